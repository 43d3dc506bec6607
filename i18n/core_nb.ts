<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>The data on this computer was written by a newer version of MTK Admin Desktop. Install the newest version; nothing has been changed.</source>
        <translation>Dataene på denne maskinen er skrevet av en nyere versjon av MTK Admin Desktop. Installer nyeste versjon; ingenting er endret.</translation>
    </message>
    <message>
        <source>The data could not be opened: {error}</source>
        <translation>Dataene kunne ikke åpnes: {error}</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>No store here yet: {folder}
Create one with `mtk-admin demo --data-dir {folder}` (a demo month) or `mtk-admin pages add --data-dir {folder} ...`, or start the application on it.</source>
        <translation>Her finnes det ingen database ennå: {folder}
Lag en med `mtk-admin demo --data-dir {folder}` (en demomåned) eller `mtk-admin pages add --data-dir {folder} ...`, eller start programmet på mappen.</translation>
    </message>
    <message>
        <source>Demo store written to {folder}</source>
        <translation>Demodatabasen er skrevet til {folder}</translation>
    </message>
    <message>
        <source>Demo store already exists: {folder}</source>
        <translation>Demodatabasen finnes allerede: {folder}</translation>
    </message>
    <message>
        <source>A store already exists in {folder}; it holds records, so no demo data was added.</source>
        <translation>Det finnes allerede en database i {folder}, og den har innhold, så ingen demodata ble lagt til.</translation>
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
        <translation>Velg datoen i en kalender</translation>
    </message>
    <message>
        <source>Choose the date in a calendar (Alt+Down in the field)</source>
        <translation>Velg datoen i en kalender (Alt+Pil ned i feltet)</translation>
    </message>
    <message>
        <source>Not a date: type it as dd.mm.yyyy, for example 03.12.2026.</source>
        <translation>Ikke en dato: skriv den som dd.mm.åååå, for eksempel 03.12.2026.</translation>
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
        <translation>Åpne utkastet</translation>
    </message>
    <message>
        <source>Throw it away</source>
        <translation>Kast det</translation>
    </message>
    <message>
        <source>An unsaved draft of {name} from {time} was kept when the program closed.</source>
        <translation>Et utkast av {name} fra {time} ble ikke lagret før programmet ble avsluttet, men er tatt vare på.</translation>
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
        <translation>Tenk igjennom om det du skriver kan få utilsiktede konsekvenser for deg selv eller kommunen.</translation>
    </message>
    <message>
        <source>Never create pages or groups on social media on behalf of Midt-Telemark kommune, with or without the municipality&apos;s logo, without clearing it with the administration.</source>
        <translation>Opprett aldri sider eller grupper i sosiale medier på vegne av Midt-Telemark kommune, med eller uten kommunens logo, uten at dette er avklart i administrasjonen.</translation>
    </message>
    <message>
        <source>Before you join groups or &quot;like&quot; pages on social media, consider whether it can conflict with your role as a municipal employee.</source>
        <translation>Før du melder deg inn i grupper eller «liker» sider i sosiale medier, er det klokt å vurdere om det kan komme i konflikt med din rolle som kommuneansatt.</translation>
    </message>
    <message>
        <source>Remember the duty of confidentiality! We do not process cases on social media.</source>
        <translation>Husk taushetsplikten! Vi saksbehandler ikke i sosiale medier.</translation>
    </message>
    <message>
        <source>Everything written in closed groups must bear the light of publicity. Closed groups of more than 20-30 people are legally public groups.</source>
        <translation>Alt som skrives i lukkede grupper må tåle offentlighetens lys. Lukkede grupper på over 20–30 personer er juridisk sett offentlige grupper.</translation>
    </message>
    <message>
        <source>You get far by using common sense.</source>
        <translation>Du kommer langt ved å bruke sunn fornuft.</translation>
    </message>
    <message>
        <source>Good advice and things to remember</source>
        <translation>Gode råd og huskeregler</translation>
    </message>
    <message>
        <source>TikTok and Telegram</source>
        <translation>TikTok og Telegram</translation>
    </message>
    <message>
        <source>Access and changes</source>
        <translation>Tilganger og endringer</translation>
    </message>
    <message>
        <source>It is forbidden to install and use TikTok and Telegram on the municipality&apos;s phones, and on private phones with work information.</source>
        <translation>Det er forbudt å installere og bruke TikTok og Telegram på kommunens telefoner, og på private telefoner med jobbrelatert informasjon.</translation>
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
        <translation>Hoveddeler</translation>
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
        <translation>Lag noe nytt i fanen du står i</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Innstillinger …</translation>
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
        <translation>Vis &amp;loggmappe</translation>
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
        <translation>Loggen ligger i denne mappen:
%1</translation>
    </message>
    <message>
        <source>Error report copied: paste it into an e-mail to IT.</source>
        <translation>Feilrapporten er kopiert: lim den inn i en e-post til IT.</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Om %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;Midt-Telemark kommune&apos;s guideline for social media, as a tool for the people who run the municipality&apos;s pages.&lt;/p&gt;&lt;p&gt;Data: %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;Midt-Telemark kommunes retningslinjer for sosiale medier, som et verktøy for dem som driver kommunens sider.&lt;/p&gt;&lt;p&gt;Data: %3&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>The municipality&apos;s accounts</source>
        <translation>Kommunens kontoer</translation>
    </message>
    <message>
        <source>The municipality&apos;s accounts: the website, the Facebook main page and the Facebook pages of units and departments.</source>
        <translation>Kommunens konto: hjemmesiden, Facebook hovedside og facebooksider tilhørende enheter og avdelinger.</translation>
    </message>
    <message>
        <source>Website counterpart</source>
        <translation>Sak på hjemmesiden</translation>
    </message>
    <message>
        <source>Information posted on Facebook shall as a main rule always also be posted as a news item on the website. This also applies the other way round.</source>
        <translation>Informasjon som legges ut på Facebook skal som hovedregel alltid også legges ut som aktuell sak på hjemmesiden. Dette gjelder også motsatt.</translation>
    </message>
    <message>
        <source>Editorial responsibility</source>
        <translation>Redaksjonelt ansvar</translation>
    </message>
    <message>
        <source>Every public channel on behalf of Midt-Telemark kommune is in principle under the editorial responsibility of the chief municipal executive; the head of Communication and Service is web editor.</source>
        <translation>Enhver offentlig kanal på vegne av Midt-Telemark kommune er i prinsippet underlagt kommunedirektørens redaksjonelle ansvar, enhetsleder for Kommunikasjon og service er nettredaktør.</translation>
    </message>
    <message>
        <source>Monthly review</source>
        <translation>Månedlig gjennomgang</translation>
    </message>
    <message>
        <source>Feel free to review your pages once a month.</source>
        <translation>Ha gjerne en månedlig gjennomgang av dine sider.</translation>
    </message>
    <message>
        <source>Access and changes</source>
        <translation>Tilgang og endringer</translation>
    </message>
    <message>
        <source>If you want access, contact the service office by e-mail or phone (35 05 90 00, post@mt.kommune.no).</source>
        <translation>Ønsker du tilgang, ta kontakt med servicekontoret på epost eller telefon (35 05 90 00, post@mt.kommune.no).</translation>
    </message>
    <message>
        <source>One main page</source>
        <translation>Én hovedside</translation>
    </message>
    <message>
        <source>The municipality communicates first of all through the main page.</source>
        <translation>Kommunen kommuniserer først og fremst gjennom hovedsiden.</translation>
    </message>
    <message>
        <source>Main administrator</source>
        <translation>Hovedadministrator</translation>
    </message>
    <message>
        <source>The page must have a main administrator.</source>
        <translation>Siden må ha en hovedadministrator.</translation>
    </message>
    <message>
        <source>Notice to the service office</source>
        <translation>Melding til servicekontoret</translation>
    </message>
    <message>
        <source>Send an e-mail to post@mt.kommune.no saying that the page has been created, what it is called and who is main administrator.</source>
        <translation>Send en epost til post@mt.kommune.no med informasjon om at siden er opprettet, hva den heter og hvem som er hovedadministrator.</translation>
    </message>
    <message>
        <source>Purpose and target group</source>
        <translation>Formål og målgruppe</translation>
    </message>
    <message>
        <source>Define the purpose of the page: who is your target group, who does it speak to?</source>
        <translation>Definer formålet med siden, hvem er målgruppen din, hvem snakker den til?</translation>
    </message>
    <message>
        <source>Activity plan</source>
        <translation>Plan for aktivitet</translation>
    </message>
    <message>
        <source>Have a plan for activity: what is to be published, how often and by whom.</source>
        <translation>Ha en plan for aktivitet. Hva skal publiseres, hvor ofte og av hvem.</translation>
    </message>
    <message>
        <source>Follow up activity</source>
        <translation>Følg opp aktiviteten</translation>
    </message>
    <message>
        <source>Posts that break the law or the guideline shall be documented, removed and archived in the archive system.</source>
        <translation>Innlegg som strider mot lov og retningslinjer skal dokumenteres, tas bort og arkiveres i arkivsystemet.</translation>
    </message>
    <message>
        <source>Send on to Communication</source>
        <translation>Videresend til kommunikasjon</translation>
    </message>
    <message>
        <source>Consider whether the material should be sent on to the municipality&apos;s communication department if it could interest more residents.</source>
        <translation>Vurder om materialet bør videresendes til kommunens kommunikasjonsavdeling hvis dette skulle være av interesse for flere innbyggere.</translation>
    </message>
    <message>
        <source>Visual profile</source>
        <translation>Visuell profil</translation>
    </message>
    <message>
        <source>Use the municipality&apos;s logo and colours according to the visual profile.</source>
        <translation>Bruk kommunens logo og farger i henhold til den visuelle profilen.</translation>
    </message>
    <message>
        <source>On behalf of the chief executive</source>
        <translation>På vegne av kommunedirektøren</translation>
    </message>
    <message>
        <source>Comments and remarks from main administrators, administrators and editors are made on behalf of the chief municipal executive, also on unit pages.</source>
        <translation>Kommentarer og merknader fra hovedadministrator/administratorer/redaktører gjøres på vegne av kommunedirektøren. Dette prinsippet gjelder og for enhet/avdelingssider.</translation>
    </message>
    <message>
        <source>Administrator duties</source>
        <translation>Ansvar som administrator</translation>
    </message>
    <message>
        <source>As administrator you are responsible for privacy, information security, archiving, rights to images and illustrations, and universal design.</source>
        <translation>Som hovedadministrator/administrator/redaktør har du ansvar for krav til personvern, informasjonssikkerhet, arkivering, bruksrett for bilder og illustrasjoner og kravet om universell utforming.</translation>
    </message>
    <message>
        <source>Who may publish</source>
        <translation>Hvem som publiserer</translation>
    </message>
    <message>
        <source>Only appointed main administrators, administrators and editors shall publish, reply and comment on behalf of the unit.</source>
        <translation>Bare oppnevnte hovedadministrator/administratorer/redaktører skal publisere, svare og kommentere på vegne av enheten/avdelingen.</translation>
    </message>
    <message>
        <source>Number of news items</source>
        <translation>Antall nyhetssaker</translation>
    </message>
    <message>
        <source>On the municipality&apos;s main Facebook page, as a main rule no more than 7-10 news items a week (two per working day), including film and picture news.</source>
        <translation>På kommunens hovedside på Facebook skal det som hovedregel ikke legges ut mer enn 7–10 nyhetssaker per uke (to pr. virkedag), inklusive film- og bildenyheter.</translation>
    </message>
    <message>
        <source>Universal design</source>
        <translation>Universell utforming</translation>
    </message>
    <message>
        <source>Everything published must be correct with regard to the law on universal design of ICT.</source>
        <translation>Det er viktig at alt som blir publisert er korrekt i forhold til lovverket rundt universell utforming av IKT.</translation>
    </message>
    <message>
        <source>Alternative text</source>
        <translation>Alternativ tekst</translation>
    </message>
    <message>
        <source>Images need an alternative text that describes them.</source>
        <translation>Bilder trenger en alternativ tekst som beskriver dem.</translation>
    </message>
    <message>
        <source>Text in images</source>
        <translation>Tekst i bilder</translation>
    </message>
    <message>
        <source>Avoid text in images; text in an image must also be in the alternative text or the post.</source>
        <translation>Unngå tekst i bilder; tekst i et bilde må også stå i alternativ tekst eller i innlegget.</translation>
    </message>
    <message>
        <source>Captions and transcripts</source>
        <translation>Teksting og transkripsjon</translation>
    </message>
    <message>
        <source>Pre-recorded video must be captioned, and audio needs a text alternative.</source>
        <translation>Forhåndsinnspilt video skal tekstes, og lyd trenger et tekstalternativ.</translation>
    </message>
    <message>
        <source>Link text</source>
        <translation>Lenketekst</translation>
    </message>
    <message>
        <source>Link text must say where the link goes.</source>
        <translation>Lenketeksten må si hvor lenken går.</translation>
    </message>
    <message>
        <source>Emoji</source>
        <translation>Emoji</translation>
    </message>
    <message>
        <source>Screen readers read emoji aloud: use few, and not inside sentences.</source>
        <translation>Skjermlesere leser opp emojier: bruk få, og ikke midt i setninger.</translation>
    </message>
    <message>
        <source>Hashtags</source>
        <translation>Emneknagger</translation>
    </message>
    <message>
        <source>Hashtags of several words are read better with a capital letter for each word (CamelCase).</source>
        <translation>Emneknagger med flere ord leses bedre med stor forbokstav i hvert ord (CamelCase).</translation>
    </message>
    <message>
        <source>Linked documents</source>
        <translation>Lenkede dokumenter</translation>
    </message>
    <message>
        <source>Documents linked from posts must be universally designed too.</source>
        <translation>Dokumenter det lenkes til fra innlegg, må også være universelt utformet.</translation>
    </message>
    <message>
        <source>Deleting comments</source>
        <translation>Sletting</translation>
    </message>
    <message>
        <source>Deleting comments should only be done in extraordinary cases, if they contain personal attacks, name third parties or break Norwegian law. The main administrator deletes and follows up. Deleted posts shall be archived.</source>
        <translation>Å slette kommentarer bør bare gjøres i ekstraordinære tilfeller dersom de inneholder personangrep, navngir tredjepersoner eller er i strid med norsk lov. Hovedadministrator er ansvarlig for å slette og følge opp slike innlegg. Innlegg som slettes skal arkiveres i kommunens arkivsystem.</translation>
    </message>
    <message>
        <source>Archiving</source>
        <translation>Arkivering</translation>
    </message>
    <message>
        <source>Posts meant as case processing or that have documentation value must be archived.</source>
        <translation>Innlegg som er ment som saksbehandling eller har dokumentasjonsverdi, må arkiveres.</translation>
    </message>
    <message>
        <source>No case processing</source>
        <translation>Ingen saksbehandling</translation>
    </message>
    <message>
        <source>There shall NOT be case processing on social media. Remember the duty of confidentiality!</source>
        <translation>NB! Det skal IKKE drives saksbehandling på sosiale medier. Husk taushetsplikten!</translation>
    </message>
    <message>
        <source>Crisis</source>
        <translation>Krise/beredskap</translation>
    </message>
    <message>
        <source>In a crisis, communication shall go through the municipality&apos;s crisis management.</source>
        <translation>Ved krisesituasjoner skal kommunikasjonen gå via kommunens kriseledelse.</translation>
    </message>
    <message>
        <source>Clearance</source>
        <translation>Avklaring</translation>
    </message>
    <message>
        <source>Never create pages or groups on social media on behalf of Midt-Telemark kommune without clearing it with the administration.</source>
        <translation>Opprett aldri sider eller grupper i sosiale medier på vegne av Midt-Telemark kommune uten at dette er avklart i administrasjonen.</translation>
    </message>
    <message>
        <source>Closed groups</source>
        <translation>Lukkede grupper</translation>
    </message>
    <message>
        <source>Closed groups of more than 20-30 people are legally public groups.</source>
        <translation>Lukkede grupper på over 20–30 personer er juridisk sett offentlige grupper.</translation>
    </message>
    <message>
        <source>TikTok and Telegram</source>
        <translation>TikTok og Telegram</translation>
    </message>
    <message>
        <source>In Midt-Telemark kommune it is forbidden to install and use the apps TikTok and Telegram on phones that are the municipality&apos;s property, and for work information on private phones.</source>
        <translation>I Midt-Telemark kommune er det forbudt å installere og bruke appene TikTok og Telegram på telefoner som anses som kommunens eiendom. Det gjelder og dersom du laster ned apper med jobbrelatert informasjon til din private telefon.</translation>
    </message>
    <message>
        <source>Private use</source>
        <translation>Privat bruk</translation>
    </message>
    <message>
        <source>Think through whether what you write can have unintended consequences for yourself or the municipality.</source>
        <translation>Tenk igjennom om det du skriver kan få utilsiktede konsekvenser for deg selv eller kommunen.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Your name</source>
        <translation>Navnet ditt</translation>
    </message>
    <message>
        <source>Your e-mail</source>
        <translation>E-postadressen din</translation>
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
        <translation>Arkivdel for arkivpakker</translation>
    </message>
    <message>
        <source>Parent folder (mappeID) for archive packages</source>
        <translation>Overordnet mappe (mappeID) for arkivpakker</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>Delt mappe</translation>
    </message>
    <message>
        <source>Website news feed (RSS or Atom)</source>
        <translation>Nyhetsstrøm fra nettsiden (RSS eller Atom)</translation>
    </message>
    <message>
        <source>Window geometry</source>
        <translation>Vindusplassering</translation>
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
        <translation>Innstillinger</translation>
    </message>
    <message>
        <source>System (bokmål unless the computer uses nynorsk or English)</source>
        <translation>System (bokmål med mindre maskinen bruker nynorsk eller engelsk)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bla gjennom …</translation>
    </message>
    <message>
        <source>A new language takes effect when the application is restarted.</source>
        <translation>Nytt språk tas i bruk når programmet startes på nytt.</translation>
    </message>
    <message>
        <source>Choose the shared folder</source>
        <translation>Velg delt mappe</translation>
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
        <translation>innstillingene</translation>
    </message>
</context>
<context>
    <name>StoreFailure</name>
    <message>
        <source>The data file {file} is damaged or is not an MTK Admin Desktop data file ({error}). Nothing has been changed or deleted. Do not delete the file: copy it somewhere safe and ask IT to restore it from a backup.</source>
        <translation>Datafilen {file} er skadet eller er ikke en datafil fra MTK Admin Desktop ({error}). Ingenting er endret eller slettet. Ikke slett filen: kopier den til et trygt sted, og be IT om å hente den tilbake fra en sikkerhetskopi.</translation>
    </message>
    <message>
        <source>The data in {folder} cannot be written: the file or its folder is read-only ({error}). Nothing has been changed. Ask IT for write access to the folder, then try again.</source>
        <translation>Dataene i {folder} kan ikke skrives: filen eller mappen er skrivebeskyttet ({error}). Ingenting er endret. Be IT om skrivetilgang til mappen, og prøv igjen.</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full ({error}). The last change was not saved; everything saved before it is intact. Free some space and try again.</source>
        <translation>Disken med {folder} er full ({error}). Den siste endringen ble ikke lagret. Det du lagret før, er i behold. Frigjør plass og prøv igjen.</translation>
    </message>
    <message>
        <source>The data in {folder} is in use by another program ({error}). Nothing has been changed. Close the other MTK Admin Desktop window or command and try again.</source>
        <translation>Dataene i {folder} er i bruk av et annet program ({error}). Ingenting er endret. Lukk det andre vinduet eller den andre kommandoen med MTK Admin Desktop, og prøv igjen.</translation>
    </message>
    <message>
        <source>The data in {folder} was written by a newer version of MTK Admin Desktop ({error}). Nothing has been changed. Install the newest version.</source>
        <translation>Dataene i {folder} er skrevet av en nyere versjon av MTK Admin Desktop ({error}). Ingenting er endret. Installer den nyeste versjonen.</translation>
    </message>
    <message>
        <source>{folder} is not a folder, so it cannot hold the data ({error}). Nothing has been changed. Choose a folder with --data-dir.</source>
        <translation>{folder} er ikke en mappe og kan ikke ha dataene ({error}). Ingenting er endret. Velg en mappe med --data-dir.</translation>
    </message>
    <message>
        <source>The data in {folder} could not be read or written ({error}). Nothing has been changed or deleted.</source>
        <translation>Dataene i {folder} kunne ikke leses eller skrives ({error}). Ingenting er endret eller slettet.</translation>
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
        <translation>Ikke et klokkeslett: skriv det som TT:MM, for eksempel 20:15.</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <source>Unsaved changes</source>
        <extracomment>how long after the last change a draft is written (typing is not slowed by a write per key)</extracomment>
        <translation>Endringer som ikke er lagret</translation>
    </message>
    <message>
        <source>Save the changes to {name}?</source>
        <translation>Vil du lagre endringene i {name}?</translation>
    </message>
    <message>
        <source>Discard throws away what you typed; Cancel goes back to it.</source>
        <translation>Forkast kaster det du har skrevet; Avbryt tar deg tilbake til det.</translation>
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
        <translation>Et utkast av {name} fra {time} ble ikke lagret før programmet ble avsluttet, men er tatt vare på. Vil du gjenopprette det?</translation>
    </message>
    <message>
        <source>No: the draft is thrown away and the saved version is shown.</source>
        <translation>Nei: utkastet kastes, og den lagrede versjonen vises.</translation>
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
