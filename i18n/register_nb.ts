<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
<context>
    <name>ChecklistView</name>
    <message>
        <source>Checklist</source>
        <translation>Sjekkliste</translation>
    </message>
    <message>
        <source>In order: the page meets the guideline&apos;s checklist.</source>
        <translation>I orden: siden oppfyller sjekklisten i retningslinjene.</translation>
    </message>
    <message>
        <source>Remember ({rule}): {message}</source>
        <translation>Husk ({rule}): {message}</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Avvist</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Feil</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advarsel</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
</context>
<context>
    <name>PageForm</name>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Side</translation>
    </message>
    <message>
        <source>Detect from the address</source>
        <translation>Finn ut fra adressen</translation>
    </message>
    <message>
        <source>The municipality&apos;s main page (only one)</source>
        <translation>Kommunens hovedside (bare én)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Plattform:</translation>
    </message>
    <message>
        <source>Status and clearance</source>
        <translation>Status og klarering</translation>
    </message>
    <message>
        <source>Who in the administration cleared the page</source>
        <translation>Hvem i administrasjonen klarerte siden</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Change to:</source>
        <translation>Endre til:</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Ny status</translation>
    </message>
    <message>
        <source>Cleared &amp;by:</source>
        <translation>&amp;Klarert av:</translation>
    </message>
    <message>
        <source>Purpose and activity plan</source>
        <translation>Formål og aktivitetsplan</translation>
    </message>
    <message>
        <source>What is published</source>
        <translation>Hva som publiseres</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>ikke satt</translation>
    </message>
    <message>
        <source>Per week or per month</source>
        <translation>Per uke eller per måned</translation>
    </message>
    <message>
        <source>Who publishes</source>
        <translation>Hvem som publiserer</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>F&amp;ormål:</translation>
    </message>
    <message>
        <source>&amp;Target group:</source>
        <translation>&amp;Målgruppe:</translation>
    </message>
    <message>
        <source>Profile, notice and group</source>
        <translation>Profil, melding og gruppe</translation>
    </message>
    <message>
        <source>Logo and colours follow the visual profile</source>
        <translation>Logo og farger følger den visuelle profilen</translation>
    </message>
    <message>
        <source>Un&amp;it:</source>
        <translation>Enhe&amp;t:</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>&amp;Change status</source>
        <translation>Endre stat&amp;us</translation>
    </message>
    <message>
        <source>Cleare&amp;d on:</source>
        <translation>Klarert &amp;dato:</translation>
    </message>
    <message>
        <source>W&amp;hat:</source>
        <translation>H&amp;va:</translation>
    </message>
    <message>
        <source>How o&amp;ften:</source>
        <translation>&amp;Hvor ofte:</translation>
    </message>
    <message>
        <source>B&amp;y whom:</source>
        <translation>Av hv&amp;em:</translation>
    </message>
    <message>
        <source>Open the visual profile</source>
        <translation>Åpne den visuelle profilen</translation>
    </message>
    <message>
        <source>Write notice e-mail...</source>
        <translation>Skriv e-post om s&amp;iden...</translation>
    </message>
    <message>
        <source>R&amp;ecord notice as sent</source>
        <translation>Registrer som &amp;sendt</translation>
    </message>
    <message>
        <source>The account is a (closed) group</source>
        <translation>Kontoen er en (lukket) gruppe</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ukjent</translation>
    </message>
    <message>
        <source>Notice to the service office:</source>
        <translation>Melding til servicekontoret:</translation>
    </message>
    <message>
        <source>Notice to the service office</source>
        <translation>Melding til servicekontoret</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>&amp;Gruppestørrelse:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Me&amp;rknader:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>Til&amp;bakestill</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>ikke registrert</translation>
    </message>
    <message>
        <source>(since {date})</source>
        <translation>(siden {date})</translation>
    </message>
    <message>
        <source>New page: starts awaiting clearance</source>
        <translation>Ny side: starter som «venter på klarering»</translation>
    </message>
    <message>
        <source>Sent {date} by {person}</source>
        <translation>Sendt {date} av {person}</translation>
    </message>
    <message>
        <source>Not needed for the website</source>
        <translation>Trengs ikke for nettstedet</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Ikke sendt</translation>
    </message>
    <message>
        <source>Not saved:</source>
        <translation>Ikke lagret:</translation>
    </message>
    <message>
        <source>The platform is detected from the address.</source>
        <translation>Plattformen finnes ut fra adressen.</translation>
    </message>
    <message>
        <source>{platform}: {url}</source>
        <translation>{platform}: {url}</translation>
    </message>
</context>
<context>
    <name>PagesModel</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Main administrator</source>
        <translation>Hovedadministrator</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Sjekkliste</translation>
    </message>
    <message>
        <source>Last review</source>
        <translation>Siste gjennomgang</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Avvist</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Feil</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Advarsler</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Merknader</translation>
    </message>
    <message>
        <source>In order</source>
        <translation>I orden</translation>
    </message>
    <message>
        <source>(main page)</source>
        <extracomment>a role with the page&apos;s row, for views and tests</extracomment>
        <translation>(hovedside)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Closed: no review</source>
        <translation>Nedlagt: ingen gjennomgang</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldri</translation>
    </message>
    <message>
        <source>{date} - review due</source>
        <translation>{date} – gjennomgang forfalt</translation>
    </message>
</context>
<context>
    <name>Register</name>
    <message>
        <source>Facebook</source>
        <extracomment>a saved page, or a form&apos;s values for one a role or review as the service hands it out, or a row of its table allowed status changes (R17: a page starts awaiting clearance; closed is final) the group size above which a closed group is legally public (R18: &quot;over 20-30 personer&quot;)</extracomment>
        <translation>Facebook</translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>YouTube</source>
        <translation>YouTube</translation>
    </message>
    <message>
        <source>Snapchat</source>
        <translation>Snapchat</translation>
    </message>
    <message>
        <source>X (Twitter)</source>
        <translation>X (Twitter)</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Nettsted</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
    <message>
        <source>TikTok</source>
        <translation>TikTok</translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <source>Awaiting clearance</source>
        <translation>Venter på klarering</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>Hvilende</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Nedlagt</translation>
    </message>
    <message>
        <source>Main administrator</source>
        <translation>Hovedadministrator</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Redaktør</translation>
    </message>
    <message>
        <source>per week</source>
        <translation>per uke</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>per måned</translation>
    </message>
    <message>
        <source>Administrators who comment or answer on the page speak on behalf of the kommunedirektør, also on a unit&apos;s page.</source>
        <translation>Administratorer som kommenterer eller svarer på siden, uttaler seg på vegne av kommunedirektøren, også på en enhets side.</translation>
    </message>
    <message>
        <source>{platform} accounts cannot be registered: the municipality does not use {platform}.</source>
        <translation>{platform}-kontoer kan ikke registreres: kommunen bruker ikke {platform}.</translation>
    </message>
    <message>
        <source>The page needs a name.</source>
        <translation>Siden må ha et navn.</translation>
    </message>
    <message>
        <source>Unknown platform: {platform}</source>
        <translation>Ukjent plattform: {platform}</translation>
    </message>
    <message>
        <source>The address is a {detected} address: choose {detected} as the platform.</source>
        <translation>Adressen er en {detected}-adresse: velg {detected} som plattform.</translation>
    </message>
    <message>
        <source>Unknown status: {status}</source>
        <translation>Ukjent status: {status}</translation>
    </message>
    <message>
        <source>{name} is already the main page. There can be only one main page.</source>
        <translation>{name} er allerede hovedsiden. Det kan bare være én hovedside.</translation>
    </message>
    <message>
        <source>The group size must be a whole number of members.</source>
        <translation>Gruppestørrelsen må være et helt antall medlemmer.</translation>
    </message>
    <message>
        <source>A closed page cannot be opened again: register it anew.</source>
        <translation>En nedlagt side kan ikke åpnes igjen: registrer den på nytt.</translation>
    </message>
    <message>
        <source>A page that has been cleared cannot go back to awaiting clearance.</source>
        <translation>En side som er klarert, kan ikke gå tilbake til «venter på klarering».</translation>
    </message>
    <message>
        <source>A page awaiting clearance can only become active or be closed.</source>
        <translation>En side som venter på klarering, kan bare bli aktiv eller legges ned.</translation>
    </message>
    <message>
        <source>Record who in the administration cleared the page, and when, before it becomes active.</source>
        <translation>Registrer hvem i administrasjonen som klarerte siden, og når, før den blir aktiv.</translation>
    </message>
    <message>
        <source>An active page must have a main administrator.</source>
        <translation>En aktiv side må ha en hovedadministrator.</translation>
    </message>
    <message>
        <source>Awaiting clearance from the administration.</source>
        <translation>Venter på klarering fra administrasjonen.</translation>
    </message>
    <message>
        <source>No record of who cleared the page with the administration, and when.</source>
        <translation>Det er ikke registrert hvem som klarerte siden med administrasjonen, og når.</translation>
    </message>
    <message>
        <source>The page has no main administrator.</source>
        <translation>Siden har ingen hovedadministrator.</translation>
    </message>
    <message>
        <source>The service office (post@mt.kommune.no) has not been told about the page.</source>
        <translation>Servicekontoret (post@mt.kommune.no) har ikke fått melding om siden.</translation>
    </message>
    <message>
        <source>The purpose of the page is not written down.</source>
        <translation>Formålet med siden er ikke skrevet ned.</translation>
    </message>
    <message>
        <source>The target group (who the page speaks to) is not written down.</source>
        <translation>Målgruppen (hvem siden snakker til) er ikke skrevet ned.</translation>
    </message>
    <message>
        <source>The activity plan is incomplete: it must say what is published, how often and by whom.</source>
        <translation>Aktivitetsplanen er ufullstendig: den må si hva som skal publiseres, hvor ofte og av hvem.</translation>
    </message>
    <message>
        <source>Far below its own plan: {actual} posts in the last 30 days, the plan says about {expected}.</source>
        <translation>Langt under egen plan: {actual} innlegg de siste 30 dagene, planen sier omtrent {expected}.</translation>
    </message>
    <message>
        <source>Nobody has confirmed that logo and colours follow the visual profile.</source>
        <translation>Ingen har bekreftet at logo og farger følger den visuelle profilen.</translation>
    </message>
    <message>
        <source>{person} has not acknowledged the administrator duties (privacy, information security, archiving, image rights, universal design).</source>
        <translation>{person} har ikke bekreftet ansvaret som administrator (personvern, informasjonssikkerhet, arkivering, bildebruk, universell utforming).</translation>
    </message>
    <message>
        <source>The group has {size} members: a closed group of more than 20-30 people is legally public.</source>
        <translation>Gruppen har {size} medlemmer: lukkede grupper på over 20–30 personer er juridisk sett offentlige.</translation>
    </message>
    <message>
        <source>The page has never been reviewed.</source>
        <translation>Siden har aldri vært gjennomgått.</translation>
    </message>
    <message>
        <source>Not reviewed for more than a month (last review {date}).</source>
        <translation>Ikke gjennomgått på over en måned (siste gjennomgang {date}).</translation>
    </message>
    <message>
        <source>No page is marked as the municipality&apos;s main page.</source>
        <translation>Ingen side er merket som kommunens hovedside.</translation>
    </message>
    <message>
        <source>More than one main page: {names}.</source>
        <translation>Mer enn én hovedside: {names}.</translation>
    </message>
    <message>
        <source>The municipality&apos;s accounts as of 1 January {year}</source>
        <translation>Kommunens kontoer pr. 1.1.{year}</translation>
    </message>
    <message>
        <source>The address is empty.</source>
        <extracomment>the platforms a page may be registered on (the contract other areas read) platforms that are never allowed (R19); detected by name or by address</extracomment>
        <translation>Adressen er tom.</translation>
    </message>
    <message>
        <source>An address cannot contain spaces: {url}</source>
        <translation>En adresse kan ikke inneholde mellomrom: {url}</translation>
    </message>
    <message>
        <source>Write the whole address of the account, not only its handle: {url}</source>
        <translation>Skriv hele adressen til kontoen, ikke bare brukernavnet: {url}</translation>
    </message>
    <message>
        <source>Only web addresses (https://...) can be registered: {url}</source>
        <translation>Bare nettadresser (https://...) kan registreres: {url}</translation>
    </message>
    <message>
        <source>This is not a valid web address: {url}</source>
        <translation>Dette er ikke en gyldig nettadresse: {url}</translation>
    </message>
    <message>
        <source>The address names the platform but no account: {url}</source>
        <translation>Adressen viser til plattformen, men ikke til en konto: {url}</translation>
    </message>
    <message>
        <source>This address is already registered, as &quot;{name}&quot;.</source>
        <translation>Denne adressen er allerede registrert, som «{name}».</translation>
    </message>
    <message>
        <source>The page is no longer in the register.</source>
        <translation>Siden finnes ikke lenger i registeret.</translation>
    </message>
    <message>
        <source>The address identifies the page and cannot be changed to another account: close this page and register the new address.</source>
        <translation>Adressen identifiserer siden og kan ikke endres til en annen konto: legg ned denne siden og registrer den nye adressen.</translation>
    </message>
    <message>
        <source>Write who in the administration cleared the page.</source>
        <translation>Skriv hvem i administrasjonen som klarerte siden.</translation>
    </message>
    <message>
        <source>Unknown role: {role}</source>
        <translation>Ukjent rolle: {role}</translation>
    </message>
    <message>
        <source>Write the person&apos;s name.</source>
        <translation>Skriv navnet på personen.</translation>
    </message>
    <message>
        <source>This is not an e-mail address: {email}</source>
        <translation>Dette er ikke en e-postadresse: {email}</translation>
    </message>
    <message>
        <source>Write who reviewed the page.</source>
        <translation>Skriv hvem som gikk gjennom siden.</translation>
    </message>
    <message>
        <source>A review cannot be dated in the future.</source>
        <translation>En gjennomgang kan ikke dateres fram i tid.</translation>
    </message>
</context>
<context>
    <name>RegisterCommands</name>
    <message>
        <source>no findings</source>
        <translation>ingen funn</translation>
    </message>
    <message>
        <source>Registered {name} ({url}), awaiting clearance.</source>
        <translation>Registrerte {name} ({url}), venter på klarering.</translation>
    </message>
    <message>
        <source>The file must end in .csv or .pdf.</source>
        <translation>Filen må slutte på .csv eller .pdf.</translation>
    </message>
    <message>
        <source>Give a year between 1990 and next year.</source>
        <translation>Oppgi et år mellom 1990 og neste år.</translation>
    </message>
    <message>
        <source>PDF needs the graphical libraries; write a .csv file instead.</source>
        <translation>PDF krever de grafiske bibliotekene; skriv en .csv-fil i stedet.</translation>
    </message>
    <message>
        <source>{count} pages written to {path}.</source>
        <translation>{count} sider skrevet til {path}.</translation>
    </message>
</context>
<context>
    <name>RegisterDialogs</name>
    <message>
        <source>Type the date as dd.mm.yyyy, for example 03.12.2026.</source>
        <translation>Skriv datoen som dd.mm.åååå, for eksempel 03.12.2026.</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Register a new page (Ctrl+N)</source>
        <translation>Registrer en ny side (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search name, address, unit, person</source>
        <translation>Søk i navn, adresse, enhet, person</translation>
    </message>
    <message>
        <source>Search pages</source>
        <translation>Søk i sider</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Alle enheter</translation>
    </message>
    <message>
        <source>Filter by unit</source>
        <translation>Filtrer på enhet</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statuser</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrer på status</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>Alle plattformer</translation>
    </message>
    <message>
        <source>Filter by platform</source>
        <translation>Filtrer på plattform</translation>
    </message>
    <message>
        <source>Due for re&amp;view</source>
        <translation>G&amp;jennomgang forfalt</translation>
    </message>
    <message>
        <source>New pa&amp;ge</source>
        <translation>N&amp;y side</translation>
    </message>
    <message>
        <source>&amp;With errors</source>
        <translation>Med &amp;feil</translation>
    </message>
    <message>
        <source>Year&amp;ly list...</source>
        <translation>&amp;Årsliste...</translation>
    </message>
    <message>
        <source>&quot;The municipality&apos;s accounts as of 1 January&quot; as PDF or CSV (R1)</source>
        <translation>«Kommunens kontoer pr. 1.1.» som PDF eller CSV (R1)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sider</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detaljer</translation>
    </message>
    <message>
        <source>R&amp;oles</source>
        <translation>R&amp;oller</translation>
    </message>
    <message>
        <source>Revie&amp;ws</source>
        <translation>G&amp;jennomganger</translation>
    </message>
    <message>
        <source>Checklist (the guideline)</source>
        <translation>Sjekkliste (retningslinjene)</translation>
    </message>
    <message>
        <source>a new page</source>
        <translation>en ny side</translation>
    </message>
    <message>
        <source>The unsaved draft is restored: check it and save.</source>
        <translation>Utkastet som ikke var lagret, er gjenopprettet: se over og lagre.</translation>
    </message>
    <message>
        <source>New page</source>
        <translation>Ny side</translation>
    </message>
    <message>
        <source>{name}: {count} findings</source>
        <translation>{name}: {count} funn</translation>
    </message>
    <message>
        <source>{name}: 1 finding</source>
        <translation>{name}: 1 funn</translation>
    </message>
    <message>
        <source>New page: fill in the form and save. It starts awaiting clearance.</source>
        <translation>Ny side: fyll ut skjemaet og lagre. Den starter som «venter på klarering».</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Ikke lagret: {reason}</translation>
    </message>
    <message>
        <source>Not saved: the date is not a date. Type it as dd.mm.yyyy, for example 03.12.2026.</source>
        <translation>Ikke lagret: datoen er ikke en dato. Skriv den som dd.mm.åååå, for eksempel 03.12.2026.</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>Lagret {name}.</translation>
    </message>
    <message>
        <source>The e-mail is ready in your mail program. When it is sent, press &quot;Record notice as sent&quot;.</source>
        <translation>E-posten er klar i e-postprogrammet ditt. Når den er sendt, trykker du «Registrer som sendt».</translation>
    </message>
    <message>
        <source>Notice e-mail</source>
        <translation>E-post om siden</translation>
    </message>
    <message>
        <source>No mail program could be opened. Send the notice to post@mt.kommune.no yourself, then record it as sent.</source>
        <translation>Fant ikke noe e-postprogram. Send meldingen til post@mt.kommune.no selv, og registrer den så som sendt.</translation>
    </message>
    <message>
        <source>Role not added</source>
        <translation>Rollen ble ikke lagt til</translation>
    </message>
    <message>
        <source>Role not changed</source>
        <translation>Rollen ble ikke endret</translation>
    </message>
    <message>
        <source>Review not logged</source>
        <translation>Gjennomgangen ble ikke registrert</translation>
    </message>
    <message>
        <source>The list as of 1 January {year} ({count} accounts) is saved in {path}.</source>
        <translation>Listen pr. 1.1.{year} ({count} kontoer) er lagret i {path}.</translation>
    </message>
    <message>
        <source>Yearly list</source>
        <translation>Årsliste</translation>
    </message>
    <message>
        <source>The list could not be written: {reason}</source>
        <translation>Listen kunne ikke skrives: {reason}</translation>
    </message>
</context>
<context>
    <name>RegisterService</name>
    <message>
        <source>New page for Midt-Telemark kommune: {name}</source>
        <extracomment>the fields a form may set on a page (the rest are kept by the service)</extracomment>
        <translation>Ny side for Midt-Telemark kommune: {name}</translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation>Hei,</translation>
    </message>
    <message>
        <source>This is to tell you that the following page has been created for Midt-Telemark kommune (the guideline for social media, &quot;Opprette nye sider&quot;):</source>
        <translation>Dette er melding om at følgende side er opprettet for Midt-Telemark kommune (retningslinjer for sosiale medier, «Opprette nye sider»):</translation>
    </message>
    <message>
        <source>Name: {name}</source>
        <translation>Navn: {name}</translation>
    </message>
    <message>
        <source>Address: {url}</source>
        <translation>Adresse: {url}</translation>
    </message>
    <message>
        <source>Unit: {unit}</source>
        <translation>Enhet: {unit}</translation>
    </message>
    <message>
        <source>Purpose: {purpose}</source>
        <translation>Formål: {purpose}</translation>
    </message>
    <message>
        <source>Target group: {target}</source>
        <translation>Målgruppe: {target}</translation>
    </message>
    <message>
        <source>Main administrator: {admin}</source>
        <translation>Hovedadministrator: {admin}</translation>
    </message>
    <message>
        <source>(not appointed yet)</source>
        <translation>(ikke oppnevnt ennå)</translation>
    </message>
    <message>
        <source>Regards,</source>
        <translation>Hilsen</translation>
    </message>
    <message>
        <source>Main page</source>
        <translation>Hovedside</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Nettsted</translation>
    </message>
    <message>
        <source>Unit page</source>
        <translation>Enhetsside</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Main administrator</source>
        <translation>Hovedadministrator</translation>
    </message>
    <message>
        <source>Midt-Telemark kommune. Editorial responsibility: {director} (chief municipal executive); web editor: {editor}.</source>
        <translation>Midt-Telemark kommune. Redaktøransvar: {director} (kommunedirektør); nettredaktør: {editor}.</translation>
    </message>
    <message>
        <source>{count} accounts, as registered in the page register at midnight on 1 January {year}.</source>
        <translation>{count} kontoer, slik de var registrert i sideregisteret ved midnatt 1. januar {year}.</translation>
    </message>
    <message>
        <source>Made {date} with MTK Admin Desktop.</source>
        <translation>Laget {date} med MTK Admin Desktop.</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Log review</source>
        <translation>Registrer gjennomgang</translation>
    </message>
    <message>
        <source>What was checked, what was changed</source>
        <translation>Hva ble sjekket, hva ble endret</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>Reviewed &amp;by:</source>
        <translation>Gjennomgått &amp;av:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Merknad:</translation>
    </message>
</context>
<context>
    <name>ReviewsWidget</name>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>Gjennomgått av</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <source>Review log</source>
        <translation>Gjennomgangslogg</translation>
    </message>
    <message>
        <source>&amp;Log review...</source>
        <translation>&amp;Registrer gjennomgang...</translation>
    </message>
    <message>
        <source>The page is closed and needs no review.</source>
        <translation>Siden er nedlagt og trenger ingen gjennomgang.</translation>
    </message>
    <message>
        <source>Review due: feel free to review your pages once a month (R4).</source>
        <translation>Gjennomgang forfalt: ha gjerne en månedlig gjennomgang av dine sider (R4).</translation>
    </message>
    <message>
        <source>Not reviewed yet; the first review is due by {next}.</source>
        <translation>Ikke gjennomgått ennå; første gjennomgang innen {next}.</translation>
    </message>
    <message>
        <source>Reviewed {date}; next review by {next}.</source>
        <translation>Gjennomgått {date}; neste gjennomgang innen {next}.</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Add role</source>
        <translation>Legg til rolle</translation>
    </message>
    <message>
        <source>Correct name or e-mail</source>
        <translation>Rett navn eller e-post</translation>
    </message>
    <message>
        <source>Has acknowledged the administrator duties (R9)</source>
        <translation>Har bekreftet ansvaret som administrator (R9)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Fra:</translation>
    </message>
</context>
<context>
    <name>RolesWidget</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Duties acknowledged (R9)</source>
        <translation>Ansvar bekreftet (R9)</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <source>Show &amp;former roles</source>
        <translation>Vis &amp;tidligere roller</translation>
    </message>
    <message>
        <source>&amp;Add role...</source>
        <translation>&amp;Legg til rolle...</translation>
    </message>
    <message>
        <source>Co&amp;rrect...</source>
        <translation>&amp;Rett opp...</translation>
    </message>
    <message>
        <source>Correct the name or e-mail</source>
        <translation>Rett opp navn eller e-post</translation>
    </message>
    <message>
        <source>&amp;End role today</source>
        <translation>Avslutt rollen i &amp;dag</translation>
    </message>
    <message>
        <source>Record a&amp;cknowledgement</source>
        <translation>Registrer &amp;bekreftelse</translation>
    </message>
    <message>
        <source>Not acknowledged</source>
        <translation>Ikke bekreftet</translation>
    </message>
</context>
<context>
    <name>YearlyListDialog</name>
    <message>
        <source>Yearly list of accounts</source>
        <translation>Årsliste over kontoer</translation>
    </message>
    <message>
        <source>The list shows the accounts as the register stood at midnight on 1 January of the year chosen.</source>
        <translation>Listen viser kontoene slik registeret var ved midnatt 1. januar det valgte året.</translation>
    </message>
    <message>
        <source>&amp;Year (as of 1 January):</source>
        <translation>&amp;År (pr. 1.1.):</translation>
    </message>
    <message>
        <source>&amp;PDF</source>
        <translation>&amp;PDF</translation>
    </message>
    <message>
        <source>&amp;CSV (Excel)</source>
        <translation>&amp;CSV (Excel)</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>&amp;Velg...</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>Choose a file in a folder that exists.</source>
        <translation>Velg en fil i en mappe som finnes.</translation>
    </message>
</context>
</TS>
