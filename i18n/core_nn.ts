<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn_NO" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>The data on this computer was written by a newer version of MTK Admin Desktop. Install the newest version; nothing has been changed.</source>
        <translation>Dataa på denne maskina er skrivne av ein nyare versjon av MTK Admin Desktop. Installer nyaste versjon; ingenting er endra.</translation>
    </message>
    <message>
        <source>The data could not be opened: {error}</source>
        <translation>Dataa kunne ikkje opnast: {error}</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>No store here yet: {folder}
Create one with `mtk-admin demo --data-dir {folder}` (a demo month) or `mtk-admin pages add --data-dir {folder} ...`, or start the application on it.</source>
        <translation>Her finst det ingen database enno: {folder}
Lag ein med `mtk-admin demo --data-dir {folder}` (ein demomånad) eller `mtk-admin pages add --data-dir {folder} ...`, eller start programmet på mappa.</translation>
    </message>
    <message>
        <source>Demo store written to {folder}</source>
        <translation>Demodatabasen er skriven til {folder}</translation>
    </message>
    <message>
        <source>Demo store already exists: {folder}</source>
        <translation>Demodatabasen finst allereie: {folder}</translation>
    </message>
    <message>
        <source>A store already exists in {folder}; it holds records, so no demo data was added.</source>
        <translation>Det finst allereie ein database i {folder}, og han har innhald, så ingen demodata vart lagde til.</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.åååå</translation>
    </message>
    <message>
        <source>Choose the date in a calendar</source>
        <translation>Vel datoen i ein kalender</translation>
    </message>
    <message>
        <source>Choose the date in a calendar (Alt+Down in the field)</source>
        <translation>Vel datoen i ein kalender (Alt+Pil ned i feltet)</translation>
    </message>
    <message>
        <source>Not a date: type it as dd.mm.yyyy, for example 03.12.2026.</source>
        <translation>Ikkje ein dato: skriv han som dd.mm.åååå, til dømes 03.12.2026.</translation>
    </message>
</context>
<context>
    <name>DateTimeEdit</name>
    <message>
        <source>date</source>
        <translation>dato</translation>
    </message>
    <message>
        <source>time</source>
        <translation>klokkeslett</translation>
    </message>
</context>
<context>
    <name>DraftsBanner</name>
    <message>
        <source>Open the draft</source>
        <translation>Opne utkastet</translation>
    </message>
    <message>
        <source>Throw it away</source>
        <translation>Kast det</translation>
    </message>
    <message>
        <source>An unsaved draft of {name} from {time} was kept when the program closed.</source>
        <translation>Eit utkast av {name} frå {time} vart ikkje lagra før programmet vart avslutta, men er teke vare på.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Guideline and advice</source>
        <translation>Retningslinjer og råd</translation>
    </message>
    <message>
        <source>Help text</source>
        <translation>Hjelpetekst</translation>
    </message>
    <message>
        <source>Think through whether what you write can have unintended consequences for yourself or the municipality.</source>
        <translation>Tenk gjennom om det du skriv kan få utilsikta konsekvensar for deg sjølv eller kommunen.</translation>
    </message>
    <message>
        <source>Never create pages or groups on social media on behalf of Midt-Telemark kommune, with or without the municipality&apos;s logo, without clearing it with the administration.</source>
        <translation>Opprett aldri sider eller grupper i sosiale medium på vegner av Midt-Telemark kommune, med eller utan logoen til kommunen, utan at dette er avklart i administrasjonen.</translation>
    </message>
    <message>
        <source>Before you join groups or &quot;like&quot; pages on social media, consider whether it can conflict with your role as a municipal employee.</source>
        <translation>Før du melder deg inn i grupper eller «likar» sider i sosiale medium, er det klokt å vurdere om det kan kome i konflikt med rolla di som kommunetilsett.</translation>
    </message>
    <message>
        <source>Remember the duty of confidentiality! We do not process cases on social media.</source>
        <translation>Hugs teieplikta! Vi sakshandsamar ikkje i sosiale medium.</translation>
    </message>
    <message>
        <source>Everything written in closed groups must bear the light of publicity. Closed groups of more than 20-30 people are legally public groups.</source>
        <translation>Alt som blir skrive i lukka grupper, må tole offentlegheitas lys. Lukka grupper på over 20–30 personar er juridisk sett offentlege grupper.</translation>
    </message>
    <message>
        <source>You get far by using common sense.</source>
        <translation>Du kjem langt ved å bruke sunt vit.</translation>
    </message>
    <message>
        <source>Good advice and things to remember</source>
        <translation>Gode råd og hugseregler</translation>
    </message>
    <message>
        <source>TikTok and Telegram</source>
        <translation>TikTok og Telegram</translation>
    </message>
    <message>
        <source>Access and changes</source>
        <translation>Tilgangar og endringar</translation>
    </message>
    <message>
        <source>It is forbidden to install and use TikTok and Telegram on the municipality&apos;s phones, and on private phones with work information.</source>
        <translation>Det er forbode å installere og bruke TikTok og Telegram på telefonane til kommunen, og på private telefonar med jobbrelatert informasjon.</translation>
    </message>
    <message>
        <source>Contact the service office: phone %1, e-mail %2.</source>
        <translation>Kontakt servicekontoret: telefon %1, e-post %2.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source> (demo data)</source>
        <extracomment>The tab of each area a today line can point to. The tab to open on instead of I dag (``mtk-admin --tab N``); None or out of range: I dag.</extracomment>
        <translation> (demodata)</translation>
    </message>
    <message>
        <source>Main sections</source>
        <translation>Hovuddelar</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Ny …</translation>
    </message>
    <message>
        <source>Create a new item on the current tab</source>
        <translation>Lag noko nytt i fana du står i</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Innstillingar …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Oppdater</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>Guideline and &amp;advice</source>
        <translation>Retningslinjer og &amp;råd</translation>
    </message>
    <message>
        <source>Show &amp;log folder</source>
        <translation>Vis &amp;loggmappa</translation>
    </message>
    <message>
        <source>&amp;Copy error report</source>
        <translation>&amp;Kopier feilrapport</translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <translation>&amp;Om %1</translation>
    </message>
    <message>
        <source>Demo data in %1</source>
        <translation>Demodata i %1</translation>
    </message>
    <message>
        <source>Demo data notice</source>
        <translation>Melding om demodata</translation>
    </message>
    <message>
        <source>The log is in this folder:
%1</source>
        <translation>Loggen ligg i denne mappa:
%1</translation>
    </message>
    <message>
        <source>Error report copied: paste it into an e-mail to IT.</source>
        <translation>Feilrapporten er kopiert: lim han inn i ein e-post til IT.</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Om %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;Midt-Telemark kommune&apos;s guideline for social media, as a tool for the people who run the municipality&apos;s pages.&lt;/p&gt;&lt;p&gt;Data: %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;Retningslinjene til Midt-Telemark kommune for sosiale medium, som eit verktøy for dei som driv sidene til kommunen.&lt;/p&gt;&lt;p&gt;Data: %3&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>The municipality&apos;s accounts</source>
        <translation>Kontoane til kommunen</translation>
    </message>
    <message>
        <source>The municipality&apos;s accounts: the website, the Facebook main page and the Facebook pages of units and departments.</source>
        <translation>Kontoane til kommunen: heimesida, hovudsida på Facebook og facebooksidene til einingar og avdelingar.</translation>
    </message>
    <message>
        <source>Website counterpart</source>
        <translation>Sak på heimesida</translation>
    </message>
    <message>
        <source>Information posted on Facebook shall as a main rule always also be posted as a news item on the website. This also applies the other way round.</source>
        <translation>Informasjon som blir lagd ut på Facebook, skal som hovudregel alltid også leggjast ut som aktuell sak på heimesida. Dette gjeld også motsett.</translation>
    </message>
    <message>
        <source>Editorial responsibility</source>
        <translation>Redaksjonelt ansvar</translation>
    </message>
    <message>
        <source>Every public channel on behalf of Midt-Telemark kommune is in principle under the editorial responsibility of the chief municipal executive; the head of Communication and Service is web editor.</source>
        <translation>Kvar offentleg kanal på vegner av Midt-Telemark kommune er i prinsippet underlagd det redaksjonelle ansvaret til kommunedirektøren; einingsleiar for Kommunikasjon og service er nettredaktør.</translation>
    </message>
    <message>
        <source>Monthly review</source>
        <translation>Månadleg gjennomgang</translation>
    </message>
    <message>
        <source>Feel free to review your pages once a month.</source>
        <translation>Ha gjerne ein månadleg gjennomgang av sidene dine.</translation>
    </message>
    <message>
        <source>Access and changes</source>
        <translation>Tilgang og endringar</translation>
    </message>
    <message>
        <source>If you want access, contact the service office by e-mail or phone (35 05 90 00, post@mt.kommune.no).</source>
        <translation>Ønskjer du tilgang, ta kontakt med servicekontoret på e-post eller telefon (35 05 90 00, post@mt.kommune.no).</translation>
    </message>
    <message>
        <source>One main page</source>
        <translation>Éi hovudside</translation>
    </message>
    <message>
        <source>The municipality communicates first of all through the main page.</source>
        <translation>Kommunen kommuniserer først og fremst gjennom hovudsida.</translation>
    </message>
    <message>
        <source>Main administrator</source>
        <translation>Hovudadministrator</translation>
    </message>
    <message>
        <source>The page must have a main administrator.</source>
        <translation>Sida må ha ein hovudadministrator.</translation>
    </message>
    <message>
        <source>Notice to the service office</source>
        <translation>Melding til servicekontoret</translation>
    </message>
    <message>
        <source>Send an e-mail to post@mt.kommune.no saying that the page has been created, what it is called and who is main administrator.</source>
        <translation>Send ein e-post til post@mt.kommune.no med informasjon om at sida er oppretta, kva ho heiter og kven som er hovudadministrator.</translation>
    </message>
    <message>
        <source>Purpose and target group</source>
        <translation>Føremål og målgruppe</translation>
    </message>
    <message>
        <source>Define the purpose of the page: who is your target group, who does it speak to?</source>
        <translation>Definer føremålet med sida: kven er målgruppa di, kven snakkar ho til?</translation>
    </message>
    <message>
        <source>Activity plan</source>
        <translation>Plan for aktivitet</translation>
    </message>
    <message>
        <source>Have a plan for activity: what is to be published, how often and by whom.</source>
        <translation>Ha ein plan for aktivitet: kva som skal publiserast, kor ofte og av kven.</translation>
    </message>
    <message>
        <source>Follow up activity</source>
        <translation>Følg opp aktiviteten</translation>
    </message>
    <message>
        <source>Posts that break the law or the guideline shall be documented, removed and archived in the archive system.</source>
        <translation>Innlegg som strid mot lov og retningslinjer, skal dokumenterast, takast bort og arkiverast i arkivsystemet.</translation>
    </message>
    <message>
        <source>Send on to Communication</source>
        <translation>Send vidare til kommunikasjon</translation>
    </message>
    <message>
        <source>Consider whether the material should be sent on to the municipality&apos;s communication department if it could interest more residents.</source>
        <translation>Vurder om materialet bør sendast vidare til kommunikasjonsavdelinga i kommunen dersom det kan vere av interesse for fleire innbyggjarar.</translation>
    </message>
    <message>
        <source>Visual profile</source>
        <translation>Visuell profil</translation>
    </message>
    <message>
        <source>Use the municipality&apos;s logo and colours according to the visual profile.</source>
        <translation>Bruk logoen og fargane til kommunen i samsvar med den visuelle profilen.</translation>
    </message>
    <message>
        <source>On behalf of the chief executive</source>
        <translation>På vegner av kommunedirektøren</translation>
    </message>
    <message>
        <source>Comments and remarks from main administrators, administrators and editors are made on behalf of the chief municipal executive, also on unit pages.</source>
        <translation>Kommentarar og merknader frå hovudadministrator/administratorar/redaktørar blir gjorde på vegner av kommunedirektøren, også på einings- og avdelingssider.</translation>
    </message>
    <message>
        <source>Administrator duties</source>
        <translation>Ansvar som administrator</translation>
    </message>
    <message>
        <source>As administrator you are responsible for privacy, information security, archiving, rights to images and illustrations, and universal design.</source>
        <translation>Som administrator har du ansvar for personvern, informasjonstryggleik, arkivering, bruksrett for bilete og illustrasjonar og universell utforming.</translation>
    </message>
    <message>
        <source>Who may publish</source>
        <translation>Kven som publiserer</translation>
    </message>
    <message>
        <source>Only appointed main administrators, administrators and editors shall publish, reply and comment on behalf of the unit.</source>
        <translation>Berre oppnemnde hovudadministrator/administratorar/redaktørar skal publisere, svare og kommentere på vegner av eininga/avdelinga.</translation>
    </message>
    <message>
        <source>Number of news items</source>
        <translation>Tal på nyheitssaker</translation>
    </message>
    <message>
        <source>On the municipality&apos;s main Facebook page, as a main rule no more than 7-10 news items a week (two per working day), including film and picture news.</source>
        <translation>På hovudsida til kommunen på Facebook skal det som hovudregel ikkje leggjast ut meir enn 7–10 nyheitssaker per veke (to per yrkedag), inklusive film- og biletnyheiter.</translation>
    </message>
    <message>
        <source>Universal design</source>
        <translation>Universell utforming</translation>
    </message>
    <message>
        <source>Everything published must be correct with regard to the law on universal design of ICT.</source>
        <translation>Det er viktig at alt som blir publisert, er korrekt i høve til regelverket om universell utforming av IKT.</translation>
    </message>
    <message>
        <source>Alternative text</source>
        <translation>Alternativ tekst</translation>
    </message>
    <message>
        <source>Images need an alternative text that describes them.</source>
        <translation>Bilete treng ein alternativ tekst som skildrar dei.</translation>
    </message>
    <message>
        <source>Text in images</source>
        <translation>Tekst i bilete</translation>
    </message>
    <message>
        <source>Avoid text in images; text in an image must also be in the alternative text or the post.</source>
        <translation>Unngå tekst i bilete; tekst i eit bilete må også stå i den alternative teksten eller i innlegget.</translation>
    </message>
    <message>
        <source>Captions and transcripts</source>
        <translation>Teksting og transkripsjon</translation>
    </message>
    <message>
        <source>Pre-recorded video must be captioned, and audio needs a text alternative.</source>
        <translation>Førehandsinnspelt video skal tekstast, og lyd treng eit tekstalternativ.</translation>
    </message>
    <message>
        <source>Link text</source>
        <translation>Lenkjetekst</translation>
    </message>
    <message>
        <source>Link text must say where the link goes.</source>
        <translation>Lenkjeteksten må seie kvar lenkja går.</translation>
    </message>
    <message>
        <source>Emoji</source>
        <translation>Emoji</translation>
    </message>
    <message>
        <source>Screen readers read emoji aloud: use few, and not inside sentences.</source>
        <translation>Skjermlesarar les opp emojiar: bruk få, og ikkje midt i setningar.</translation>
    </message>
    <message>
        <source>Hashtags</source>
        <translation>Emneknaggar</translation>
    </message>
    <message>
        <source>Hashtags of several words are read better with a capital letter for each word (CamelCase).</source>
        <translation>Emneknaggar med fleire ord blir lesne betre med stor forbokstav i kvart ord (CamelCase).</translation>
    </message>
    <message>
        <source>Linked documents</source>
        <translation>Lenkja dokument</translation>
    </message>
    <message>
        <source>Documents linked from posts must be universally designed too.</source>
        <translation>Dokument det blir lenkja til frå innlegg, må også vere universelt utforma.</translation>
    </message>
    <message>
        <source>Deleting comments</source>
        <translation>Sletting</translation>
    </message>
    <message>
        <source>Deleting comments should only be done in extraordinary cases, if they contain personal attacks, name third parties or break Norwegian law. The main administrator deletes and follows up. Deleted posts shall be archived.</source>
        <translation>Å slette kommentarar bør berre gjerast i ekstraordinære tilfelle dersom dei inneheld personåtak, namngir tredjepersonar eller er i strid med norsk lov. Hovudadministrator har ansvar for å slette og følgje opp slike innlegg. Innlegg som blir sletta, skal arkiverast i arkivsystemet til kommunen.</translation>
    </message>
    <message>
        <source>Archiving</source>
        <translation>Arkivering</translation>
    </message>
    <message>
        <source>Posts meant as case processing or that have documentation value must be archived.</source>
        <translation>Innlegg som er meinte som sakshandsaming eller har dokumentasjonsverdi, må arkiverast.</translation>
    </message>
    <message>
        <source>No case processing</source>
        <translation>Inga sakshandsaming</translation>
    </message>
    <message>
        <source>There shall NOT be case processing on social media. Remember the duty of confidentiality!</source>
        <translation>NB! Det skal IKKJE drivast sakshandsaming på sosiale medium. Hugs teieplikta!</translation>
    </message>
    <message>
        <source>Crisis</source>
        <translation>Krise/beredskap</translation>
    </message>
    <message>
        <source>In a crisis, communication shall go through the municipality&apos;s crisis management.</source>
        <translation>Ved krisesituasjonar skal kommunikasjonen gå via kriseleiinga i kommunen.</translation>
    </message>
    <message>
        <source>Clearance</source>
        <translation>Avklaring</translation>
    </message>
    <message>
        <source>Never create pages or groups on social media on behalf of Midt-Telemark kommune without clearing it with the administration.</source>
        <translation>Opprett aldri sider eller grupper i sosiale medium på vegner av Midt-Telemark kommune utan at dette er avklart i administrasjonen.</translation>
    </message>
    <message>
        <source>Closed groups</source>
        <translation>Lukka grupper</translation>
    </message>
    <message>
        <source>Closed groups of more than 20-30 people are legally public groups.</source>
        <translation>Lukka grupper på over 20–30 personar er juridisk sett offentlege grupper.</translation>
    </message>
    <message>
        <source>TikTok and Telegram</source>
        <translation>TikTok og Telegram</translation>
    </message>
    <message>
        <source>In Midt-Telemark kommune it is forbidden to install and use the apps TikTok and Telegram on phones that are the municipality&apos;s property, and for work information on private phones.</source>
        <translation>I Midt-Telemark kommune er det forbode å installere og bruke appane TikTok og Telegram på telefonar som er eigedomen til kommunen. Det gjeld òg dersom du lastar ned appar med jobbrelatert informasjon til den private telefonen din.</translation>
    </message>
    <message>
        <source>Private use</source>
        <translation>Privat bruk</translation>
    </message>
    <message>
        <source>Think through whether what you write can have unintended consequences for yourself or the municipality.</source>
        <translation>Tenk gjennom om det du skriv kan få utilsikta konsekvensar for deg sjølv eller kommunen.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Your name</source>
        <translation>Namnet ditt</translation>
    </message>
    <message>
        <source>Your e-mail</source>
        <translation>E-postadressa di</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Chief municipal executive (kommunedirektør)</source>
        <translation>Kommunedirektør</translation>
    </message>
    <message>
        <source>Web editor (nettredaktør)</source>
        <translation>Nettredaktør</translation>
    </message>
    <message>
        <source>Archive part (arkivdel) for archive packages</source>
        <translation>Arkivdel for arkivpakkar</translation>
    </message>
    <message>
        <source>Parent folder (mappeID) for archive packages</source>
        <translation>Overordna mappe (mappeID) for arkivpakkar</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>Delt mappe</translation>
    </message>
    <message>
        <source>Website news feed (RSS or Atom)</source>
        <translation>Nyheitsstraum frå nettsida (RSS eller Atom)</translation>
    </message>
    <message>
        <source>Window geometry</source>
        <translation>Vindaugsplassering</translation>
    </message>
    <message>
        <source>Last tab</source>
        <translation>Siste fane</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Innstillingar</translation>
    </message>
    <message>
        <source>System (bokmål unless the computer uses nynorsk or English)</source>
        <translation>System (bokmål med mindre maskina brukar nynorsk eller engelsk)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bla gjennom …</translation>
    </message>
    <message>
        <source>A new language takes effect when the application is restarted.</source>
        <translation>Nytt språk blir teke i bruk når programmet blir starta på nytt.</translation>
    </message>
    <message>
        <source>Choose the shared folder</source>
        <translation>Vel delt mappe</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>the settings</source>
        <translation>innstillingane</translation>
    </message>
</context>
<context>
    <name>StoreFailure</name>
    <message>
        <source>The data file {file} is damaged or is not an MTK Admin Desktop data file ({error}). Nothing has been changed or deleted. Do not delete the file: copy it somewhere safe and ask IT to restore it from a backup.</source>
        <translation>Datafila {file} er skadd eller er ikkje ei datafil frå MTK Admin Desktop ({error}). Ingenting er endra eller sletta. Ikkje slett fila: kopier ho til ein trygg stad, og be IT om å hente ho tilbake frå ein tryggingskopi.</translation>
    </message>
    <message>
        <source>The data in {folder} cannot be written: the file or its folder is read-only ({error}). Nothing has been changed. Ask IT for write access to the folder, then try again.</source>
        <translation>Dataa i {folder} kan ikkje skrivast: fila eller mappa er skriveverna ({error}). Ingenting er endra. Be IT om skrivetilgang til mappa, og prøv igjen.</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full ({error}). The last change was not saved; everything saved before it is intact. Free some space and try again.</source>
        <translation>Disken med {folder} er full ({error}). Den siste endringa vart ikkje lagra. Det du lagra før, er i behald. Frigjer plass og prøv igjen.</translation>
    </message>
    <message>
        <source>The data in {folder} is in use by another program ({error}). Nothing has been changed. Close the other MTK Admin Desktop window or command and try again.</source>
        <translation>Dataa i {folder} er i bruk av eit anna program ({error}). Ingenting er endra. Lukk det andre vindauget eller den andre kommandoen med MTK Admin Desktop, og prøv igjen.</translation>
    </message>
    <message>
        <source>The data in {folder} was written by a newer version of MTK Admin Desktop ({error}). Nothing has been changed. Install the newest version.</source>
        <translation>Dataa i {folder} er skrivne av ein nyare versjon av MTK Admin Desktop ({error}). Ingenting er endra. Installer den nyaste versjonen.</translation>
    </message>
    <message>
        <source>{folder} is not a folder, so it cannot hold the data ({error}). Nothing has been changed. Choose a folder with --data-dir.</source>
        <translation>{folder} er ikkje ei mappe og kan ikkje halde dataa ({error}). Ingenting er endra. Vel ei mappe med --data-dir.</translation>
    </message>
    <message>
        <source>The data in {folder} could not be read or written ({error}). Nothing has been changed or deleted.</source>
        <translation>Dataa i {folder} kunne ikkje lesast eller skrivast ({error}). Ingenting er endra eller sletta.</translation>
    </message>
</context>
<context>
    <name>TimeEdit</name>
    <message>
        <source>HH:MM</source>
        <translation>TT:MM</translation>
    </message>
    <message>
        <source>Not a time: type it as HH:MM, for example 20:15.</source>
        <translation>Ikkje eit klokkeslett: skriv det som TT:MM, til dømes 20:15.</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <source>Unsaved changes</source>
        <extracomment>how long after the last change a draft is written (typing is not slowed by a write per key)</extracomment>
        <translation>Endringar som ikkje er lagra</translation>
    </message>
    <message>
        <source>Save the changes to {name}?</source>
        <translation>Vil du lagre endringane i {name}?</translation>
    </message>
    <message>
        <source>Discard throws away what you typed; Cancel goes back to it.</source>
        <translation>Forkast kastar det du har skrive; Avbryt tek deg tilbake til det.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Forkast</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Restore draft</source>
        <translation>Gjenopprett utkast</translation>
    </message>
    <message>
        <source>An unsaved draft of {name} from {time} was kept when the program closed. Restore it?</source>
        <translation>Eit utkast av {name} frå {time} vart ikkje lagra før programmet vart avslutta, men er teke vare på. Vil du gjenopprette det?</translation>
    </message>
    <message>
        <source>No: the draft is thrown away and the saved version is shown.</source>
        <translation>Nei: utkastet blir kasta, og den lagra versjonen blir vist.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Gjenopprett</translation>
    </message>
    <message>
        <source>&amp;Throw away</source>
        <translation>&amp;Kast</translation>
    </message>
</context>
</TS>
