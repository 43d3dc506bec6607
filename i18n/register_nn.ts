<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn_NO" sourcelanguage="en">
<context>
    <name>ChecklistView</name>
    <message>
        <source>Checklist</source>
        <translation>Sjekkliste</translation>
    </message>
    <message>
        <source>In order: the page meets the guideline&apos;s checklist.</source>
        <translation>I orden: sida oppfyller sjekklista i retningslinjene.</translation>
    </message>
    <message>
        <source>Remember ({rule}): {message}</source>
        <translation>Hugs ({rule}): {message}</translation>
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
        <translation>Åtvaring</translation>
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
        <translation>Finn ut frå adressa</translation>
    </message>
    <message>
        <source>The municipality&apos;s main page (only one)</source>
        <translation>Kommunen si hovudside (berre éi)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
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
        <translation>Kven i administrasjonen klarerte sida</translation>
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
        <translation>Kva som blir publisert</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>ikkje sett</translation>
    </message>
    <message>
        <source>Per week or per month</source>
        <translation>Per veke eller per månad</translation>
    </message>
    <message>
        <source>Who publishes</source>
        <translation>Kven som publiserer</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>&amp;Formål:</translation>
    </message>
    <message>
        <source>&amp;Target group:</source>
        <translation>M&amp;ålgruppe:</translation>
    </message>
    <message>
        <source>Profile, notice and group</source>
        <translation>Profil, melding og gruppe</translation>
    </message>
    <message>
        <source>Logo and colours follow the visual profile</source>
        <translation>Logo og fargar følgjer den visuelle profilen</translation>
    </message>
    <message>
        <source>Un&amp;it:</source>
        <translation>&amp;Eining:</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Eining</translation>
    </message>
    <message>
        <source>&amp;Change status</source>
        <translation>Endre s&amp;tatus</translation>
    </message>
    <message>
        <source>Cleare&amp;d on:</source>
        <translation>Klarert &amp;dato:</translation>
    </message>
    <message>
        <source>W&amp;hat:</source>
        <translation>K&amp;va:</translation>
    </message>
    <message>
        <source>How o&amp;ften:</source>
        <translation>Kor &amp;ofte:</translation>
    </message>
    <message>
        <source>B&amp;y whom:</source>
        <translation>Av kven:</translation>
    </message>
    <message>
        <source>Open the visual profile</source>
        <translation>Opne den visuelle profilen</translation>
    </message>
    <message>
        <source>Write notice e-mail...</source>
        <translation>Skriv e-post om s&amp;ida...</translation>
    </message>
    <message>
        <source>R&amp;ecord notice as sent</source>
        <translation>Re&amp;gistrer som sendt</translation>
    </message>
    <message>
        <source>The account is a (closed) group</source>
        <translation>Kontoen er ei (lukka) gruppe</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ukjend</translation>
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
        <translation>Gr&amp;uppestorleik:</translation>
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
        <translation>ikkje registrert</translation>
    </message>
    <message>
        <source>(since {date})</source>
        <translation>(sidan {date})</translation>
    </message>
    <message>
        <source>New page: starts awaiting clearance</source>
        <translation>Ny side: startar som «ventar på klarering»</translation>
    </message>
    <message>
        <source>Sent {date} by {person}</source>
        <translation>Sendt {date} av {person}</translation>
    </message>
    <message>
        <source>Not needed for the website</source>
        <translation>Trengst ikkje for nettstaden</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Ikkje sendt</translation>
    </message>
    <message>
        <source>Not saved:</source>
        <translation>Ikkje lagra:</translation>
    </message>
    <message>
        <source>The platform is detected from the address.</source>
        <translation>Plattforma blir funnen ut frå adressa.</translation>
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
        <translation>Namn</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Eining</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Main administrator</source>
        <translation>Hovudadministrator</translation>
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
        <translation>Åtvaringar</translation>
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
        <translation>(hovudside)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Closed: no review</source>
        <translation>Nedlagd: ingen gjennomgang</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldri</translation>
    </message>
    <message>
        <source>{date} - review due</source>
        <translation>{date} – gjennomgang forfallen</translation>
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
        <translation>Nettstad</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anna</translation>
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
        <translation>Ventar på klarering</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>Kvilande</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Nedlagd</translation>
    </message>
    <message>
        <source>Main administrator</source>
        <translation>Hovudadministrator</translation>
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
        <translation>per veke</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>per månad</translation>
    </message>
    <message>
        <source>Administrators who comment or answer on the page speak on behalf of the kommunedirektør, also on a unit&apos;s page.</source>
        <translation>Administratorar som kommenterer eller svarar på sida, uttaler seg på vegner av kommunedirektøren, også på sida til ei eining.</translation>
    </message>
    <message>
        <source>{platform} accounts cannot be registered: the municipality does not use {platform}.</source>
        <translation>{platform}-kontoar kan ikkje registrerast: kommunen brukar ikkje {platform}.</translation>
    </message>
    <message>
        <source>The page needs a name.</source>
        <translation>Sida må ha eit namn.</translation>
    </message>
    <message>
        <source>Unknown platform: {platform}</source>
        <translation>Ukjend plattform: {platform}</translation>
    </message>
    <message>
        <source>The address is a {detected} address: choose {detected} as the platform.</source>
        <translation>Adressa er ei {detected}-adresse: vel {detected} som plattform.</translation>
    </message>
    <message>
        <source>Unknown status: {status}</source>
        <translation>Ukjend status: {status}</translation>
    </message>
    <message>
        <source>{name} is already the main page. There can be only one main page.</source>
        <translation>{name} er allereie hovudsida. Det kan berre vere éi hovudside.</translation>
    </message>
    <message>
        <source>The group size must be a whole number of members.</source>
        <translation>Gruppestorleiken må vere eit heilt tal medlemmer.</translation>
    </message>
    <message>
        <source>A closed page cannot be opened again: register it anew.</source>
        <translation>Ei nedlagd side kan ikkje opnast att: registrer henne på nytt.</translation>
    </message>
    <message>
        <source>A page that has been cleared cannot go back to awaiting clearance.</source>
        <translation>Ei side som er klarert, kan ikkje gå tilbake til «ventar på klarering».</translation>
    </message>
    <message>
        <source>A page awaiting clearance can only become active or be closed.</source>
        <translation>Ei side som ventar på klarering, kan berre bli aktiv eller leggjast ned.</translation>
    </message>
    <message>
        <source>Record who in the administration cleared the page, and when, before it becomes active.</source>
        <translation>Registrer kven i administrasjonen som klarerte sida, og når, før ho blir aktiv.</translation>
    </message>
    <message>
        <source>An active page must have a main administrator.</source>
        <translation>Ei aktiv side må ha ein hovudadministrator.</translation>
    </message>
    <message>
        <source>Awaiting clearance from the administration.</source>
        <translation>Ventar på klarering frå administrasjonen.</translation>
    </message>
    <message>
        <source>No record of who cleared the page with the administration, and when.</source>
        <translation>Det er ikkje registrert kven som klarerte sida med administrasjonen, og når.</translation>
    </message>
    <message>
        <source>The page has no main administrator.</source>
        <translation>Sida har ingen hovudadministrator.</translation>
    </message>
    <message>
        <source>The service office (post@mt.kommune.no) has not been told about the page.</source>
        <translation>Servicekontoret (post@mt.kommune.no) har ikkje fått melding om sida.</translation>
    </message>
    <message>
        <source>The purpose of the page is not written down.</source>
        <translation>Formålet med sida er ikkje skrive ned.</translation>
    </message>
    <message>
        <source>The target group (who the page speaks to) is not written down.</source>
        <translation>Målgruppa (kven sida snakkar til) er ikkje skriven ned.</translation>
    </message>
    <message>
        <source>The activity plan is incomplete: it must say what is published, how often and by whom.</source>
        <translation>Aktivitetsplanen er ufullstendig: han må seie kva som skal publiserast, kor ofte og av kven.</translation>
    </message>
    <message>
        <source>Far below its own plan: {actual} posts in the last 30 days, the plan says about {expected}.</source>
        <translation>Langt under eigen plan: {actual} innlegg dei siste 30 dagane, planen seier om lag {expected}.</translation>
    </message>
    <message>
        <source>Nobody has confirmed that logo and colours follow the visual profile.</source>
        <translation>Ingen har stadfesta at logo og fargar følgjer den visuelle profilen.</translation>
    </message>
    <message>
        <source>{person} has not acknowledged the administrator duties (privacy, information security, archiving, image rights, universal design).</source>
        <translation>{person} har ikkje stadfesta ansvaret som administrator (personvern, informasjonstryggleik, arkivering, biletbruk, universell utforming).</translation>
    </message>
    <message>
        <source>The group has {size} members: a closed group of more than 20-30 people is legally public.</source>
        <translation>Gruppa har {size} medlemmer: lukka grupper på over 20–30 personar er juridisk sett offentlege.</translation>
    </message>
    <message>
        <source>The page has never been reviewed.</source>
        <translation>Sida har aldri vore gjennomgått.</translation>
    </message>
    <message>
        <source>Not reviewed for more than a month (last review {date}).</source>
        <translation>Ikkje gjennomgått på over ein månad (siste gjennomgang {date}).</translation>
    </message>
    <message>
        <source>No page is marked as the municipality&apos;s main page.</source>
        <translation>Inga side er merkt som hovudsida til kommunen.</translation>
    </message>
    <message>
        <source>More than one main page: {names}.</source>
        <translation>Meir enn éi hovudside: {names}.</translation>
    </message>
    <message>
        <source>The municipality&apos;s accounts as of 1 January {year}</source>
        <translation>Kommunen sine kontoar pr. 1.1.{year}</translation>
    </message>
    <message>
        <source>The address is empty.</source>
        <extracomment>the platforms a page may be registered on (the contract other areas read) platforms that are never allowed (R19); detected by name or by address</extracomment>
        <translation>Adressa er tom.</translation>
    </message>
    <message>
        <source>An address cannot contain spaces: {url}</source>
        <translation>Ei adresse kan ikkje innehalde mellomrom: {url}</translation>
    </message>
    <message>
        <source>Write the whole address of the account, not only its handle: {url}</source>
        <translation>Skriv heile adressa til kontoen, ikkje berre brukarnamnet: {url}</translation>
    </message>
    <message>
        <source>Only web addresses (https://...) can be registered: {url}</source>
        <translation>Berre nettadresser (https://...) kan registrerast: {url}</translation>
    </message>
    <message>
        <source>This is not a valid web address: {url}</source>
        <translation>Dette er ikkje ei gyldig nettadresse: {url}</translation>
    </message>
    <message>
        <source>The address names the platform but no account: {url}</source>
        <translation>Adressa viser til plattforma, men ikkje til ein konto: {url}</translation>
    </message>
    <message>
        <source>This address is already registered, as &quot;{name}&quot;.</source>
        <translation>Denne adressa er allereie registrert, som «{name}».</translation>
    </message>
    <message>
        <source>The page is no longer in the register.</source>
        <translation>Sida finst ikkje lenger i registeret.</translation>
    </message>
    <message>
        <source>The address identifies the page and cannot be changed to another account: close this page and register the new address.</source>
        <translation>Adressa identifiserer sida og kan ikkje endrast til ein annan konto: legg ned denne sida og registrer den nye adressa.</translation>
    </message>
    <message>
        <source>Write who in the administration cleared the page.</source>
        <translation>Skriv kven i administrasjonen som klarerte sida.</translation>
    </message>
    <message>
        <source>Unknown role: {role}</source>
        <translation>Ukjend rolle: {role}</translation>
    </message>
    <message>
        <source>Write the person&apos;s name.</source>
        <translation>Skriv namnet på personen.</translation>
    </message>
    <message>
        <source>This is not an e-mail address: {email}</source>
        <translation>Dette er ikkje ei e-postadresse: {email}</translation>
    </message>
    <message>
        <source>Write who reviewed the page.</source>
        <translation>Skriv kven som gjekk gjennom sida.</translation>
    </message>
    <message>
        <source>A review cannot be dated in the future.</source>
        <translation>Ein gjennomgang kan ikkje daterast fram i tid.</translation>
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
        <translation>Registrerte {name} ({url}), ventar på klarering.</translation>
    </message>
    <message>
        <source>The file must end in .csv or .pdf.</source>
        <translation>Fila må slutte på .csv eller .pdf.</translation>
    </message>
    <message>
        <source>Give a year between 1990 and next year.</source>
        <translation>Oppgje eit år mellom 1990 og neste år.</translation>
    </message>
    <message>
        <source>PDF needs the graphical libraries; write a .csv file instead.</source>
        <translation>PDF krev dei grafiske biblioteka; skriv ei .csv-fil i staden.</translation>
    </message>
    <message>
        <source>{count} pages written to {path}.</source>
        <translation>{count} sider skrivne til {path}.</translation>
    </message>
</context>
<context>
    <name>RegisterDialogs</name>
    <message>
        <source>Type the date as dd.mm.yyyy, for example 03.12.2026.</source>
        <translation>Skriv datoen som dd.mm.åååå, til dømes 03.12.2026.</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Register a new page (Ctrl+N)</source>
        <translation>Registrer ei ny side (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search name, address, unit, person</source>
        <translation>Søk i namn, adresse, eining, person</translation>
    </message>
    <message>
        <source>Search pages</source>
        <translation>Søk i sider</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Alle einingar</translation>
    </message>
    <message>
        <source>Filter by unit</source>
        <translation>Filtrer på eining</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statusar</translation>
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
        <translation>G&amp;jennomgang forfallen</translation>
    </message>
    <message>
        <source>New pa&amp;ge</source>
        <translation>N&amp;y side</translation>
    </message>
    <message>
        <source>&amp;With errors</source>
        <translation>&amp;Med feil</translation>
    </message>
    <message>
        <source>Year&amp;ly list...</source>
        <translation>År&amp;sliste...</translation>
    </message>
    <message>
        <source>&quot;The municipality&apos;s accounts as of 1 January&quot; as PDF or CSV (R1)</source>
        <translation>«Kommunen sine kontoar pr. 1.1.» som PDF eller CSV (R1)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sider</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detaljar</translation>
    </message>
    <message>
        <source>R&amp;oles</source>
        <translation>R&amp;oller</translation>
    </message>
    <message>
        <source>Revie&amp;ws</source>
        <translation>G&amp;jennomgangar</translation>
    </message>
    <message>
        <source>Checklist (the guideline)</source>
        <translation>Sjekkliste (retningslinjene)</translation>
    </message>
    <message>
        <source>a new page</source>
        <translation>ei ny side</translation>
    </message>
    <message>
        <source>The unsaved draft is restored: check it and save.</source>
        <translation>Utkastet som ikkje var lagra, er gjenoppretta: sjå over og lagre.</translation>
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
        <translation>Ny side: fyll ut skjemaet og lagre. Ho startar som «ventar på klarering».</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Ikkje lagra: {reason}</translation>
    </message>
    <message>
        <source>Not saved: the date is not a date. Type it as dd.mm.yyyy, for example 03.12.2026.</source>
        <translation>Ikkje lagra: datoen er ikkje ein dato. Skriv han som dd.mm.åååå, til dømes 03.12.2026.</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>Lagra {name}.</translation>
    </message>
    <message>
        <source>The e-mail is ready in your mail program. When it is sent, press &quot;Record notice as sent&quot;.</source>
        <translation>E-posten er klar i e-postprogrammet ditt. Når han er send, trykkjer du «Registrer som sendt».</translation>
    </message>
    <message>
        <source>Notice e-mail</source>
        <translation>E-post om sida</translation>
    </message>
    <message>
        <source>No mail program could be opened. Send the notice to post@mt.kommune.no yourself, then record it as sent.</source>
        <translation>Fann ikkje noko e-postprogram. Send meldinga til post@mt.kommune.no sjølv, og registrer ho så som sendt.</translation>
    </message>
    <message>
        <source>Role not added</source>
        <translation>Rolla vart ikkje lagd til</translation>
    </message>
    <message>
        <source>Role not changed</source>
        <translation>Rolla vart ikkje endra</translation>
    </message>
    <message>
        <source>Review not logged</source>
        <translation>Gjennomgangen vart ikkje registrert</translation>
    </message>
    <message>
        <source>The list as of 1 January {year} ({count} accounts) is saved in {path}.</source>
        <translation>Lista pr. 1.1.{year} ({count} kontoar) er lagra i {path}.</translation>
    </message>
    <message>
        <source>Yearly list</source>
        <translation>Årsliste</translation>
    </message>
    <message>
        <source>The list could not be written: {reason}</source>
        <translation>Lista kunne ikkje skrivast: {reason}</translation>
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
        <translation>Dette er melding om at følgjande side er oppretta for Midt-Telemark kommune (retningslinjer for sosiale medium, «Opprette nye sider»):</translation>
    </message>
    <message>
        <source>Name: {name}</source>
        <translation>Namn: {name}</translation>
    </message>
    <message>
        <source>Address: {url}</source>
        <translation>Adresse: {url}</translation>
    </message>
    <message>
        <source>Unit: {unit}</source>
        <translation>Eining: {unit}</translation>
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
        <translation>Hovudadministrator: {admin}</translation>
    </message>
    <message>
        <source>(not appointed yet)</source>
        <translation>(ikkje oppnemnd enno)</translation>
    </message>
    <message>
        <source>Regards,</source>
        <translation>Helsing</translation>
    </message>
    <message>
        <source>Main page</source>
        <translation>Hovudside</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Nettstad</translation>
    </message>
    <message>
        <source>Unit page</source>
        <translation>Einingsside</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
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
        <translation>Eining</translation>
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
        <translation>Hovudadministrator</translation>
    </message>
    <message>
        <source>Midt-Telemark kommune. Editorial responsibility: {director} (chief municipal executive); web editor: {editor}.</source>
        <translation>Midt-Telemark kommune. Redaktøransvar: {director} (kommunedirektør); nettredaktør: {editor}.</translation>
    </message>
    <message>
        <source>{count} accounts, as registered in the page register at midnight on 1 January {year}.</source>
        <translation>{count} kontoar, slik dei var registrerte i sideregisteret ved midnatt 1. januar {year}.</translation>
    </message>
    <message>
        <source>Made {date} with MTK Admin Desktop.</source>
        <translation>Laga {date} med MTK Admin Desktop.</translation>
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
        <translation>Kva vart sjekka, kva vart endra</translation>
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
        <translation>Sida er nedlagd og treng ingen gjennomgang.</translation>
    </message>
    <message>
        <source>Review due: feel free to review your pages once a month (R4).</source>
        <translation>Gjennomgang forfallen: ha gjerne ein månadleg gjennomgang av sidene dine (R4).</translation>
    </message>
    <message>
        <source>Not reviewed yet; the first review is due by {next}.</source>
        <translation>Ikkje gjennomgått enno; første gjennomgang innan {next}.</translation>
    </message>
    <message>
        <source>Reviewed {date}; next review by {next}.</source>
        <translation>Gjennomgått {date}; neste gjennomgang innan {next}.</translation>
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
        <translation>Rett namn eller e-post</translation>
    </message>
    <message>
        <source>Has acknowledged the administrator duties (R9)</source>
        <translation>Har stadfesta ansvaret som administrator (R9)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
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
        <translation>&amp;Frå:</translation>
    </message>
</context>
<context>
    <name>RolesWidget</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
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
        <translation>Frå</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Duties acknowledged (R9)</source>
        <translation>Ansvar stadfesta (R9)</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <source>Show &amp;former roles</source>
        <translation>Vis &amp;tidlegare roller</translation>
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
        <translation>Rett opp namn eller e-post</translation>
    </message>
    <message>
        <source>&amp;End role today</source>
        <translation>Avslutt rolla i &amp;dag</translation>
    </message>
    <message>
        <source>Record a&amp;cknowledgement</source>
        <translation>Registrer &amp;stadfesting</translation>
    </message>
    <message>
        <source>Not acknowledged</source>
        <translation>Ikkje stadfesta</translation>
    </message>
</context>
<context>
    <name>YearlyListDialog</name>
    <message>
        <source>Yearly list of accounts</source>
        <translation>Årsliste over kontoar</translation>
    </message>
    <message>
        <source>The list shows the accounts as the register stood at midnight on 1 January of the year chosen.</source>
        <translation>Lista viser kontoane slik registeret var ved midnatt 1. januar det valde året.</translation>
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
        <translation>&amp;Vel...</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>Choose a file in a folder that exists.</source>
        <translation>Vel ei fil i ei mappe som finst.</translation>
    </message>
</context>
</TS>
