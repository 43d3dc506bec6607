<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Sync</source>
        <translation>Synkronisering</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <translation>Konflikter</translation>
    </message>
    <message>
        <source>The same thing was changed on two laptops at once. Nothing was thrown away: choose the value to keep.</source>
        <translation>Det samme ble endret på to bærbare samtidig. Ingenting er kastet: velg verdien som skal beholdes.</translation>
    </message>
    <message>
        <source>%1 (%2): key %3, first seen %4</source>
        <translation>%1 (%2): nøkkel %3, først sett %4</translation>
    </message>
    <message>
        <source>unsigned (no keyring)</source>
        <translation>usignert (ingen nøkkelring)</translation>
    </message>
    <message>
        <source>Other laptops on the shared folder:</source>
        <translation>Andre bærbare i den delte mappa:</translation>
    </message>
    <message>
        <source>&amp;Open conflicts</source>
        <translation>&amp;Åpne konflikter</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Åpne konflikter</translation>
    </message>
    <message>
        <source>&amp;Values</source>
        <translation>&amp;Verdier</translation>
    </message>
    <message>
        <source>Competing values</source>
        <translation>Verdier som konkurrerer</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Skrevet av</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Bærbar</translation>
    </message>
    <message>
        <source>&amp;Keep the selected value</source>
        <translation>&amp;Behold valgt verdi</translation>
    </message>
    <message>
        <source>Keep the selected value</source>
        <translation>Behold valgt verdi</translation>
    </message>
    <message>
        <source>Keep the &amp;row</source>
        <translation>Behold &amp;raden</translation>
    </message>
    <message>
        <source>Keep the row</source>
        <translation>Behold raden</translation>
    </message>
    <message>
        <source>&amp;Delete the row</source>
        <translation>&amp;Slett raden</translation>
    </message>
    <message>
        <source>Delete the row</source>
        <translation>Slett raden</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Side</translation>
    </message>
    <message>
        <source>Page role</source>
        <translation>Siderolle</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Innlegg</translation>
    </message>
    <message>
        <source>Moderation entry</source>
        <translation>Modereringsføring</translation>
    </message>
    <message>
        <source>Archive status</source>
        <translation>Arkivstatus</translation>
    </message>
    <message>
        <source>Shared setting</source>
        <translation>Felles innstilling</translation>
    </message>
    <message>
        <source>Crisis period</source>
        <translation>Krisetid</translation>
    </message>
    <message>
        <source>deleted on one laptop, changed on another</source>
        <translation>slettet på én bærbar, endret på en annen</translation>
    </message>
    <message>
        <source>field “%1”</source>
        <translation>feltet «%1»</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Slettet</translation>
    </message>
    <message>
        <source>Changed %1 to %2</source>
        <translation>Endret %1 til %2</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>Ingen åpne konflikter.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(ukjent)</translation>
    </message>
    <message>
        <source>Select the value to keep first.</source>
        <translation>Velg først verdien som skal beholdes.</translation>
    </message>
</context>
<context>
    <name>SharedFolderDialog</name>
    <message>
        <source>Shared folder</source>
        <translation>Delt mappe</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>damaged or incomplete file ({detail})</source>
        <translation>skadet eller ufullstendig fil ({detail})</translation>
    </message>
    <message>
        <source>the file unpacks to more than {limit} MB</source>
        <translation>fila pakkes ut til mer enn {limit} MB</translation>
    </message>
    <message>
        <source>the file has no footer (incomplete)</source>
        <translation>filen mangler avslutning (ufullstendig)</translation>
    </message>
    <message>
        <source>the file is not valid JSON lines</source>
        <translation>filen er ikke gyldige JSON-linjer</translation>
    </message>
    <message>
        <source>the checksum does not match the content</source>
        <translation>kontrollsummen stemmer ikke med innholdet</translation>
    </message>
    <message>
        <source>the file has no header</source>
        <translation>filen mangler hode</translation>
    </message>
    <message>
        <source>written by a newer version of the program (format {found})</source>
        <translation>skrevet av en nyere versjon av programmet (format {found})</translation>
    </message>
    <message>
        <source>the header does not match the file&apos;s place</source>
        <translation>hodet stemmer ikke med filens plass</translation>
    </message>
    <message>
        <source>the number of operations does not match</source>
        <translation>antallet endringer stemmer ikke</translation>
    </message>
    <message>
        <source>an operation in the file is malformed</source>
        <translation>en endring i filen er ugyldig</translation>
    </message>
    <message>
        <source>the operations are not the device&apos;s gapless sequence</source>
        <translation>endringene er ikke enhetens sammenhengende rekke</translation>
    </message>
    <message>
        <source>the file&apos;s signature is malformed</source>
        <translation>signaturen i fila er ugyldig</translation>
    </message>
    <message>
        <source>the shared folder&apos;s marker file is damaged</source>
        <translation>merkefilen i den delte mappen er skadet</translation>
    </message>
    <message>
        <source>the shared folder was made by a newer version of the program (format {found}); update this program</source>
        <translation>den delte mappen ble laget av en nyere versjon av programmet (format {found}); oppdater dette programmet</translation>
    </message>
    <message>
        <source>No shared folder is set.</source>
        <extracomment>The per-laptop (``local_state``) key of the other laptops a person here has said they know.</extracomment>
        <translation>Ingen delt mappe er valgt.</translation>
    </message>
    <message>
        <source>Sync: no shared folder set</source>
        <translation>Synkronisering: ingen delt mappe valgt</translation>
    </message>
    <message>
        <source>Sync: not run yet</source>
        <translation>Synkronisering: ikke kjørt ennå</translation>
    </message>
    <message>
        <source>offline: {count} changes waiting</source>
        <translation>frakoblet: {count} endringer venter</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>frakoblet</translation>
    </message>
    <message>
        <source>shared folder read-only: {count} changes waiting</source>
        <translation>delt mappe skrivebeskyttet: {count} endringer venter</translation>
    </message>
    <message>
        <source>sync incomplete: {count} skipped (see the warnings)</source>
        <translation>synkronisering ufullstendig: {count} hoppet over (se advarslene)</translation>
    </message>
    <message>
        <source>new laptop joined: {fingerprint}</source>
        <translation>ny bærbar koblet til: {fingerprint}</translation>
    </message>
    <message>
        <source>1 conflict</source>
        <translation>1 konflikt</translation>
    </message>
    <message>
        <source>Sync stopped: the folder is not an initialised shared folder (or not mounted)</source>
        <translation>Synkronisering stoppet: mappen er ikke en klargjort delt mappe (eller ikke tilkoblet)</translation>
    </message>
    <message>
        <source>Sync stopped: the folder is another shared folder than the one this laptop joined</source>
        <translation>Synkronisering stoppet: mappen er en annen delt mappe enn den denne bærbare er med i</translation>
    </message>
    <message>
        <source>Sync stopped: the shared folder needs a newer version of the program</source>
        <translation>Synkronisering stoppet: den delte mappen krever en nyere versjon av programmet</translation>
    </message>
    <message>
        <source>Sync stopped: the shared folder&apos;s marker file is damaged</source>
        <translation>Synkronisering stoppet: merkefilen i den delte mappen er skadet</translation>
    </message>
    <message>
        <source>synced just now</source>
        <translation>synkronisert nå nettopp</translation>
    </message>
    <message>
        <source>synced {minutes} min ago</source>
        <translation>synkronisert for {minutes} min siden</translation>
    </message>
    <message>
        <source>synced {hours} h ago</source>
        <translation>synkronisert for {hours} t siden</translation>
    </message>
    <message>
        <source>synced {days} days ago</source>
        <translation>synkronisert for {days} dager siden</translation>
    </message>
    <message>
        <source>The shared folder is not available: {folder}</source>
        <extracomment>files, devices or ops from the share that were not applied this time (each also a problem) things to know that are not problems: a new laptop joined (with its key&apos;s fingerprint)</extracomment>
        <translation>Den delte mappen er ikke tilgjengelig: {folder}</translation>
    </message>
    <message>
        <source>This folder is already a shared folder; choose it to join instead.</source>
        <translation>Denne mappen er allerede en delt mappe; velg den for å bli med i stedet.</translation>
    </message>
    <message>
        <source>The folder is not an initialised shared folder (or it is not mounted): {folder}. Nothing was changed.</source>
        <translation>Mappen er ikke en klargjort delt mappe (eller den er ikke tilkoblet): {folder}. Ingenting ble endret.</translation>
    </message>
    <message>
        <source>The folder belongs to another shared folder than this laptop joined; choose the right folder, or join this one explicitly.</source>
        <translation>Mappen hører til en annen delt mappe enn den denne bærbare er med i; velg riktig mappe, eller bli med i denne uttrykkelig.</translation>
    </message>
    <message>
        <source>The shared folder is read-only here; changes wait until it can be written.</source>
        <translation>Den delte mappen er skrivebeskyttet her; endringene venter til det kan skrives.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Create it (or connect the network drive it is on), then run `mtk-admin sync init` again; no shared folder was chosen.</source>
        <translation>Mappen {folder} finnes ikke. Opprett den (eller koble til nettverksdisken den ligger på), og kjør `mtk-admin sync init` på nytt; ingen delt mappe er valgt.</translation>
    </message>
    <message>
        <source>Could not write to the shared folder: {error}</source>
        <translation>Kunne ikke skrive til den delte mappen: {error}</translation>
    </message>
    <message>
        <source>Initialised the shared folder {folder} ({share_id}).</source>
        <translation>Klargjorde den delte mappen {folder} ({share_id}).</translation>
    </message>
    <message>
        <source>Sent {ops} changes in {segments} files; received {pulled} changes in {pulled_segments} files; attachments {up} up, {down} down.</source>
        <translation>Sendte {ops} endringer i {segments} filer; mottok {pulled} endringer i {pulled_segments} filer; vedlegg {up} opp, {down} ned.</translation>
    </message>
    <message>
        <source>Not everything was synced: {count} skipped (see the warnings).</source>
        <translation>Ikke alt ble synkronisert: {count} hoppet over (se advarslene).</translation>
    </message>
    <message>
        <source>Warning: {text}</source>
        <translation>Advarsel: {text}</translation>
    </message>
    <message>
        <source>{count} changes waiting</source>
        <translation>{count} endringer venter</translation>
    </message>
    <message>
        <source>{count} conflicts</source>
        <translation>{count} konflikter</translation>
    </message>
    <message>
        <source>Shared folder: {folder}</source>
        <translation>Delt mappe: {folder}</translation>
    </message>
    <message>
        <source>This laptop: {device}</source>
        <translation>Denne bærbare: {device}</translation>
    </message>
    <message>
        <source>Other laptop: {host} ({user}), key {fingerprint}, first seen {since}</source>
        <translation>Annen bærbar: {host} ({user}), nøkkel {fingerprint}, først sett {since}</translation>
    </message>
    <message>
        <source>unsigned (no keyring)</source>
        <translation>usignert (ingen nøkkelring)</translation>
    </message>
    <message>
        <source>Could not read the shared folder: {error}</source>
        <translation>Kunne ikke lese den delte mappen: {error}</translation>
    </message>
    <message>
        <source>This laptop&apos;s folder on the shared folder is not a plain folder (a link?); nothing was sent: {path}</source>
        <translation>Mappa til denne maskinen i den delte mappa er ikke en vanlig mappe (en lenke?); ingenting ble sendt: {path}</translation>
    </message>
    <message>
        <source>A file this laptop&apos;s identity wrote is damaged on the shared folder; sending waits for it to be repaired: {path}</source>
        <translation>En fil som denne bærbares identitet skrev, er skadet i den delte mappen; sending venter til den er reparert: {path}</translation>
    </message>
    <message>
        <source>This laptop&apos;s database was older than its own changes on the shared folder (restored from a backup?); {count} changes were brought back.</source>
        <translation>Databasen på denne bærbare var eldre enn dens egne endringer i den delte mappen (gjenopprettet fra sikkerhetskopi?); {count} endringer ble hentet tilbake.</translation>
    </message>
    <message>
        <source>Another installation used this laptop&apos;s identity (a copied or restored laptop). This laptop took a new identity; nothing was lost.</source>
        <translation>En annen installasjon brukte denne bærbares identitet (en kopiert eller gjenopprettet bærbar). Denne bærbare tok en ny identitet; ingenting gikk tapt.</translation>
    </message>
    <message>
        <source>Segment {seq} of this laptop is damaged on the shared folder and cannot be written again here.</source>
        <translation>Fil {seq} fra denne bærbare er skadet i den delte mappen og kan ikke skrives på nytt herfra.</translation>
    </message>
    <message>
        <source>Segment {seq} of this laptop was missing or damaged on the shared folder; it was written again.</source>
        <translation>Fil {seq} fra denne bærbare manglet eller var skadet i den delte mappen; den ble skrevet på nytt.</translation>
    </message>
    <message>
        <source>its signature does not hold (changed or forged)</source>
        <translation>signaturen holder ikke (endret eller forfalsket)</translation>
    </message>
    <message>
        <source>it is not signed by the key this laptop pinned for that device (forged, or written by someone else in its folder)</source>
        <translation>den er ikke signert med nøkkelen denne maskinen har festet for den enheten (forfalsket, eller skrevet av noen andre i mappa dens)</translation>
    </message>
    <message>
        <source>A new laptop joined the shared folder: {host} ({user}), key fingerprint {fingerprint}. If you do not know it, tell IT.</source>
        <translation>En ny bærbar er koblet til den delte mappa: {host} ({user}), nøkkelens fingeravtrykk {fingerprint}. Kjenner du den ikke, si fra til IT.</translation>
    </message>
    <message>
        <source>A new laptop joined the shared folder without a keyring: its changes are unsigned ({host}, {user}). If you do not know it, tell IT.</source>
        <translation>En ny bærbar uten nøkkelring er koblet til den delte mappa: endringene fra den er usignerte ({host}, {user}). Kjenner du den ikke, si fra til IT.</translation>
    </message>
    <message>
        <source>it is under this laptop&apos;s name but not signed by this laptop&apos;s key</source>
        <translation>den ligger under denne maskinens navn, men er ikke signert med denne maskinens nøkkel</translation>
    </message>
    <message>
        <source>This laptop&apos;s signing key is not available (keyring locked or missing); its changes wait until it is.</source>
        <translation>Signeringsnøkkelen til denne maskinen er ikke tilgjengelig (nøkkelringen er låst eller mangler); endringene venter til den er det.</translation>
    </message>
    <message>
        <source>An attachment ({sha}) is missing on this laptop and could not be shared.</source>
        <translation>Et vedlegg ({sha}) mangler på denne bærbare og kunne ikke deles.</translation>
    </message>
    <message>
        <source>The folder of another laptop on the shared folder could not be read ({error}); its changes were skipped: {path}</source>
        <translation>Mappa til en annen bærbar i den delte mappa kunne ikke leses ({error}); endringene derfra ble hoppet over: {path}</translation>
    </message>
    <message>
        <source>{count} more things in the shared folder that this program did not write are ignored.</source>
        <translation>{count} ting til i den delte mappa som dette programmet ikke har skrevet, blir oversett.</translation>
    </message>
    <message>
        <source>Something in the shared folder that this program did not write is ignored (reported once): {path}</source>
        <translation>Noe i den delte mappa som dette programmet ikke har skrevet, blir oversett (meldes én gang): {path}</translation>
    </message>
    <message>
        <source>Skipped a damaged file from another laptop ({reason}); it is tried again later: {path}</source>
        <translation>Hoppet over en skadet fil fra en annen bærbar ({reason}); den prøves igjen senere: {path}</translation>
    </message>
    <message>
        <source>A file from another laptop does not follow on from the previous one; skipped: {path}</source>
        <translation>En fil fra en annen bærbar henger ikke sammen med den forrige; hoppet over: {path}</translation>
    </message>
    <message>
        <source>A file from another laptop clashes with changes here and was not applied ({error}): {path}</source>
        <translation>En fil fra en annen bærbar kolliderer med endringer her og ble ikke tatt inn ({error}): {path}</translation>
    </message>
    <message>
        <source>The clock of another laptop is {hours} hours ahead of this one; its changes are kept, but one of the two clocks is wrong: please check them.</source>
        <translation>Klokken på en annen bærbar går {hours} timer foran denne; endringene beholdes, men én av de to klokkene går feil: sjekk dem.</translation>
    </message>
    <message>
        <source>{count} changes from another laptop were not applied because they are malformed (first: {reason}); kept aside as a finding: {path}</source>
        <translation>{count} endringer fra en annen bærbar ble ikke tatt inn fordi de er ugyldige (første: {reason}); lagt til side som funn: {path}</translation>
    </message>
    <message>
        <source>{count} changes from another laptop tried to alter or delete saved evidence and were refused (first: {reason}); recorded as a tamper finding: {path}</source>
        <translation>{count} endringer fra en annen bærbar prøvde å endre eller slette lagret dokumentasjon og ble avvist (første: {reason}); registrert som manipulering: {path}</translation>
    </message>
    <message>
        <source>the file is larger than a segment may be</source>
        <translation>fila er større enn et segment kan være</translation>
    </message>
    <message>
        <source>not a plain file (a link, pipe, device or folder); it is not read</source>
        <translation>ikke en vanlig fil (en lenke, et rør, en enhet eller en mappe); den blir ikke lest</translation>
    </message>
    <message>
        <source>not one of the field&apos;s steps</source>
        <extracomment>INTEGER fields that are yes/no flags TEXT fields holding one SHA-256 (hex) TEXT fields holding one base64 value (a signature or a public key) TEXT fields holding an app id (besides every ``*_id`` field) TEXT fields holding a date or a date and time (besides every ``*_at`` and ``*_on`` field) TEXT fields used as a single file-name component somewhere (never a path) ranges of INTEGER fields (inclusive), beyond the 64-bit range every INTEGER has</extracomment>
        <translation>ikke et av feltets trinn</translation>
    </message>
    <message>
        <source>not plain data</source>
        <translation>ikke enkle data</translation>
    </message>
    <message>
        <source>not a list of references</source>
        <translation>ikke en liste med referanser</translation>
    </message>
    <message>
        <source>a reference that is not a SHA-256</source>
        <translation>en referanse som ikke er en SHA-256</translation>
    </message>
    <message>
        <source>not a whole number in range</source>
        <translation>ikke et heltall innenfor grensene</translation>
    </message>
    <message>
        <source>not 0 or 1</source>
        <translation>ikke 0 eller 1</translation>
    </message>
    <message>
        <source>out of range</source>
        <translation>utenfor grensene</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>ikke et tall</translation>
    </message>
    <message>
        <source>not text</source>
        <translation>ikke tekst</translation>
    </message>
    <message>
        <source>text too long</source>
        <translation>for lang tekst</translation>
    </message>
    <message>
        <source>not a SHA-256</source>
        <translation>ikke en SHA-256</translation>
    </message>
    <message>
        <source>not an id in the app&apos;s format</source>
        <translation>ikke en ID i programmets format</translation>
    </message>
    <message>
        <source>not base64</source>
        <translation>ikke base64</translation>
    </message>
    <message>
        <source>not a date and time</source>
        <translation>ikke en dato og et klokkeslett</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>ikke en dato</translation>
    </message>
    <message>
        <source>not a plain file name</source>
        <translation>ikke et vanlig filnavn</translation>
    </message>
    <message>
        <source>its id is not in the app&apos;s format</source>
        <translation>ID-en er ikke i programmets format</translation>
    </message>
    <message>
        <source>its device id is not in the app&apos;s format</source>
        <translation>enhets-ID-en er ikke i programmets format</translation>
    </message>
    <message>
        <source>its number is out of range</source>
        <translation>nummeret er utenfor grensene</translation>
    </message>
    <message>
        <source>its clock reading is malformed</source>
        <translation>klokkeavlesningen er ugyldig</translation>
    </message>
    <message>
        <source>its table name is malformed</source>
        <translation>tabellnavnet er ugyldig</translation>
    </message>
    <message>
        <source>its row id is not in the app&apos;s format</source>
        <translation>rad-ID-en er ikke i programmets format</translation>
    </message>
    <message>
        <source>it lists too many earlier changes</source>
        <translation>den viser til for mange tidligere endringer</translation>
    </message>
    <message>
        <source>it refers to earlier changes by malformed ids</source>
        <translation>den viser til tidligere endringer med ugyldige ID-er</translation>
    </message>
    <message>
        <source>its author is malformed</source>
        <translation>forfatteren er ugyldig</translation>
    </message>
    <message>
        <source>a malformed delete</source>
        <translation>en ugyldig sletting</translation>
    </message>
    <message>
        <source>a malformed change</source>
        <translation>en ugyldig endring</translation>
    </message>
    <message>
        <source>its value is not plain data</source>
        <translation>verdien er ikke enkle data</translation>
    </message>
    <message>
        <source>its field does not exist in the table</source>
        <translation>feltet finnes ikke i tabellen</translation>
    </message>
    <message>
        <source>it could not be checked</source>
        <translation>den kunne ikke kontrolleres</translation>
    </message>
    <message>
        <source>evidence is never deleted</source>
        <extracomment>tables whose rows may never be deleted through the share tables whose rows belong to one device: every op on such a row must come from it. The value is the field naming the device (&quot;&quot; = the row id is the device id).</extracomment>
        <translation>dokumentasjon slettes aldri</translation>
    </message>
    <message>
        <source>it would write into evidence of another device</source>
        <translation>den ville skrevet i dokumentasjonen til en annen enhet</translation>
    </message>
    <message>
        <source>it would change evidence that was already saved</source>
        <translation>den ville endret dokumentasjon som alt er lagret</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Sync state icon</source>
        <translation>Ikon for synkroniseringsstatus</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Synkroniseringsstatus</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synkroniser</translation>
    </message>
    <message>
        <source>Sync menu</source>
        <translation>Synkroniseringsmeny</translation>
    </message>
    <message>
        <source>Sync now (F9) and shared-folder actions</source>
        <translation>Synkroniser nå (F9) og handlinger for delt mappe</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Synkroniser &amp;nå</translation>
    </message>
    <message>
        <source>Send and fetch changes through the shared folder</source>
        <translation>Send og hent endringer gjennom den delte mappen</translation>
    </message>
    <message>
        <source>&amp;Initialise shared folder…</source>
        <translation>&amp;Klargjør delt mappe …</translation>
    </message>
    <message>
        <source>&amp;Choose shared folder…</source>
        <translation>&amp;Velg delt mappe …</translation>
    </message>
    <message>
        <source>C&amp;onflicts…</source>
        <translation>K&amp;onflikter …</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ynkronisering</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synkroniserer …</translation>
    </message>
    <message>
        <source>Another installation used this laptop&apos;s identity; this laptop took a new one. Nothing was lost.</source>
        <translation>En annen installasjon brukte denne bærbares identitet; denne bærbare tok en ny. Ingenting gikk tapt.</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Synkronisering mislyktes: %1</translation>
    </message>
    <message>
        <source>Shared folder: %1</source>
        <translation>Delt mappe: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Initialise shared folder</source>
        <translation>Klargjør delt mappe</translation>
    </message>
    <message>
        <source>Make %1 a new shared folder? Other laptops then join it by choosing the same folder. Only do this once, for a folder that is not shared yet.</source>
        <translation>Gjøre %1 til en ny delt mappe? Andre bærbare blir med ved å velge samme mappe. Gjør dette bare én gang, for en mappe som ikke er delt ennå.</translation>
    </message>
    <message>
        <source>Choose shared folder</source>
        <translation>Velg delt mappe</translation>
    </message>
    <message>
        <source>%1 is not a shared folder (or it is not available). Choose the folder another laptop initialised, or initialise a new one.</source>
        <translation>%1 er ikke en delt mappe (eller den er ikke tilgjengelig). Velg mappen en annen bærbar klargjorde, eller klargjør en ny.</translation>
    </message>
    <message>
        <source>This laptop has synced with another shared folder. Switch to %1? Changes from here are sent there; nothing is deleted.</source>
        <translation>Denne bærbare har synkronisert med en annen delt mappe. Bytte til %1? Endringer herfra sendes dit; ingenting slettes.</translation>
    </message>
</context>
</TS>
