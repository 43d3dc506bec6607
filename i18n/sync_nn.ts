<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn_NO" sourcelanguage="en">
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
        <translation>Konfliktar</translation>
    </message>
    <message>
        <source>The same thing was changed on two laptops at once. Nothing was thrown away: choose the value to keep.</source>
        <translation>Det same vart endra på to berbare samstundes. Ingenting er kasta: vel verdien som skal behaldast.</translation>
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
        <translation>Andre berbare i den delte mappa:</translation>
    </message>
    <message>
        <source>&amp;Open conflicts</source>
        <translation>&amp;Opne konfliktar</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Opne konfliktar</translation>
    </message>
    <message>
        <source>&amp;Values</source>
        <translation>&amp;Verdiar</translation>
    </message>
    <message>
        <source>Competing values</source>
        <translation>Verdiar som konkurrerer</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Skriven av</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Berbar</translation>
    </message>
    <message>
        <source>&amp;Keep the selected value</source>
        <translation>&amp;Behald vald verdi</translation>
    </message>
    <message>
        <source>Keep the selected value</source>
        <translation>Behald vald verdi</translation>
    </message>
    <message>
        <source>Keep the &amp;row</source>
        <translation>Behald &amp;rada</translation>
    </message>
    <message>
        <source>Keep the row</source>
        <translation>Behald rada</translation>
    </message>
    <message>
        <source>&amp;Delete the row</source>
        <translation>&amp;Slett rada</translation>
    </message>
    <message>
        <source>Delete the row</source>
        <translation>Slett rada</translation>
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
        <translation>sletta på éin berbar, endra på ein annan</translation>
    </message>
    <message>
        <source>field “%1”</source>
        <translation>feltet «%1»</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Sletta</translation>
    </message>
    <message>
        <source>Changed %1 to %2</source>
        <translation>Endra %1 til %2</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>Ingen opne konfliktar.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(ukjend)</translation>
    </message>
    <message>
        <source>Select the value to keep first.</source>
        <translation>Vel først verdien som skal behaldast.</translation>
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
        <translation>skadd eller ufullstendig fil ({detail})</translation>
    </message>
    <message>
        <source>the file unpacks to more than {limit} MB</source>
        <translation>fila blir pakka ut til meir enn {limit} MB</translation>
    </message>
    <message>
        <source>the file has no footer (incomplete)</source>
        <translation>fila manglar avslutning (ufullstendig)</translation>
    </message>
    <message>
        <source>the file is not valid JSON lines</source>
        <translation>fila er ikkje gyldige JSON-linjer</translation>
    </message>
    <message>
        <source>the checksum does not match the content</source>
        <translation>kontrollsummen stemmer ikkje med innhaldet</translation>
    </message>
    <message>
        <source>the file has no header</source>
        <translation>fila manglar hovud</translation>
    </message>
    <message>
        <source>written by a newer version of the program (format {found})</source>
        <translation>skriven av ein nyare versjon av programmet (format {found})</translation>
    </message>
    <message>
        <source>the header does not match the file&apos;s place</source>
        <translation>hovudet stemmer ikkje med plassen til fila</translation>
    </message>
    <message>
        <source>the number of operations does not match</source>
        <translation>talet på endringar stemmer ikkje</translation>
    </message>
    <message>
        <source>an operation in the file is malformed</source>
        <translation>ei endring i fila er ugyldig</translation>
    </message>
    <message>
        <source>the operations are not the device&apos;s gapless sequence</source>
        <translation>endringane er ikkje den samanhengande rekkja til eininga</translation>
    </message>
    <message>
        <source>the file&apos;s signature is malformed</source>
        <translation>signaturen i fila er ugyldig</translation>
    </message>
    <message>
        <source>the shared folder&apos;s marker file is damaged</source>
        <translation>merkefila i den delte mappa er skadd</translation>
    </message>
    <message>
        <source>the shared folder was made by a newer version of the program (format {found}); update this program</source>
        <translation>den delte mappa vart laga av ein nyare versjon av programmet (format {found}); oppdater dette programmet</translation>
    </message>
    <message>
        <source>No shared folder is set.</source>
        <extracomment>The per-laptop (``local_state``) key of the other laptops a person here has said they know.</extracomment>
        <translation>Ingen delt mappe er vald.</translation>
    </message>
    <message>
        <source>Sync: no shared folder set</source>
        <translation>Synkronisering: ingen delt mappe vald</translation>
    </message>
    <message>
        <source>Sync: not run yet</source>
        <translation>Synkronisering: ikkje køyrd enno</translation>
    </message>
    <message>
        <source>offline: {count} changes waiting</source>
        <translation>fråkopla: {count} endringar ventar</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>fråkopla</translation>
    </message>
    <message>
        <source>shared folder read-only: {count} changes waiting</source>
        <translation>delt mappe skriveverna: {count} endringar ventar</translation>
    </message>
    <message>
        <source>sync incomplete: {count} skipped (see the warnings)</source>
        <translation>synkronisering ufullstendig: {count} hoppa over (sjå åtvaringane)</translation>
    </message>
    <message>
        <source>new laptop joined: {fingerprint}</source>
        <translation>ny berbar kopla til: {fingerprint}</translation>
    </message>
    <message>
        <source>1 conflict</source>
        <translation>1 konflikt</translation>
    </message>
    <message>
        <source>Sync stopped: the folder is not an initialised shared folder (or not mounted)</source>
        <translation>Synkronisering stoppa: mappa er ikkje ei klargjord delt mappe (eller ikkje tilkopla)</translation>
    </message>
    <message>
        <source>Sync stopped: the folder is another shared folder than the one this laptop joined</source>
        <translation>Synkronisering stoppa: mappa er ei anna delt mappe enn den denne berbare er med i</translation>
    </message>
    <message>
        <source>Sync stopped: the shared folder needs a newer version of the program</source>
        <translation>Synkronisering stoppa: den delte mappa krev ein nyare versjon av programmet</translation>
    </message>
    <message>
        <source>Sync stopped: the shared folder&apos;s marker file is damaged</source>
        <translation>Synkronisering stoppa: merkefila i den delte mappa er skadd</translation>
    </message>
    <message>
        <source>synced just now</source>
        <translation>synkronisert no nettopp</translation>
    </message>
    <message>
        <source>synced {minutes} min ago</source>
        <translation>synkronisert for {minutes} min sidan</translation>
    </message>
    <message>
        <source>synced {hours} h ago</source>
        <translation>synkronisert for {hours} t sidan</translation>
    </message>
    <message>
        <source>synced {days} days ago</source>
        <translation>synkronisert for {days} dagar sidan</translation>
    </message>
    <message>
        <source>The shared folder is not available: {folder}</source>
        <extracomment>files, devices or ops from the share that were not applied this time (each also a problem) things to know that are not problems: a new laptop joined (with its key&apos;s fingerprint)</extracomment>
        <translation>Den delte mappa er ikkje tilgjengeleg: {folder}</translation>
    </message>
    <message>
        <source>This folder is already a shared folder; choose it to join instead.</source>
        <translation>Denne mappa er allereie ei delt mappe; vel ho for å bli med i staden.</translation>
    </message>
    <message>
        <source>The folder is not an initialised shared folder (or it is not mounted): {folder}. Nothing was changed.</source>
        <translation>Mappa er ikkje ei klargjord delt mappe (eller ho er ikkje tilkopla): {folder}. Ingenting vart endra.</translation>
    </message>
    <message>
        <source>The folder belongs to another shared folder than this laptop joined; choose the right folder, or join this one explicitly.</source>
        <translation>Mappa høyrer til ei anna delt mappe enn den denne berbare er med i; vel rett mappe, eller bli med i denne uttrykkeleg.</translation>
    </message>
    <message>
        <source>The shared folder is read-only here; changes wait until it can be written.</source>
        <translation>Den delte mappa er skriveverna her; endringane ventar til det kan skrivast.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Create it (or connect the network drive it is on), then run `mtk-admin sync init` again; no shared folder was chosen.</source>
        <translation>Mappa {folder} finst ikkje. Opprett ho (eller kopla til nettverksdisken ho ligg på), og køyr `mtk-admin sync init` på nytt; inga delt mappe er vald.</translation>
    </message>
    <message>
        <source>Could not write to the shared folder: {error}</source>
        <translation>Kunne ikkje skrive til den delte mappa: {error}</translation>
    </message>
    <message>
        <source>Initialised the shared folder {folder} ({share_id}).</source>
        <translation>Klargjorde den delte mappa {folder} ({share_id}).</translation>
    </message>
    <message>
        <source>Sent {ops} changes in {segments} files; received {pulled} changes in {pulled_segments} files; attachments {up} up, {down} down.</source>
        <translation>Sende {ops} endringar i {segments} filer; tok imot {pulled} endringar i {pulled_segments} filer; vedlegg {up} opp, {down} ned.</translation>
    </message>
    <message>
        <source>Not everything was synced: {count} skipped (see the warnings).</source>
        <translation>Ikkje alt vart synkronisert: {count} hoppa over (sjå åtvaringane).</translation>
    </message>
    <message>
        <source>Warning: {text}</source>
        <translation>Åtvaring: {text}</translation>
    </message>
    <message>
        <source>{count} changes waiting</source>
        <translation>{count} endringar ventar</translation>
    </message>
    <message>
        <source>{count} conflicts</source>
        <translation>{count} konfliktar</translation>
    </message>
    <message>
        <source>Shared folder: {folder}</source>
        <translation>Delt mappe: {folder}</translation>
    </message>
    <message>
        <source>This laptop: {device}</source>
        <translation>Denne berbare: {device}</translation>
    </message>
    <message>
        <source>Other laptop: {host} ({user}), key {fingerprint}, first seen {since}</source>
        <translation>Anna berbar: {host} ({user}), nøkkel {fingerprint}, først sett {since}</translation>
    </message>
    <message>
        <source>unsigned (no keyring)</source>
        <translation>usignert (ingen nøkkelring)</translation>
    </message>
    <message>
        <source>Could not read the shared folder: {error}</source>
        <translation>Kunne ikkje lese den delte mappa: {error}</translation>
    </message>
    <message>
        <source>This laptop&apos;s folder on the shared folder is not a plain folder (a link?); nothing was sent: {path}</source>
        <translation>Mappa til denne maskina i den delte mappa er ikkje ei vanleg mappe (ei lenkje?); ingenting vart sendt: {path}</translation>
    </message>
    <message>
        <source>A file this laptop&apos;s identity wrote is damaged on the shared folder; sending waits for it to be repaired: {path}</source>
        <translation>Ei fil som identiteten til denne berbare skreiv, er skadd i den delte mappa; sendinga ventar til ho er reparert: {path}</translation>
    </message>
    <message>
        <source>This laptop&apos;s database was older than its own changes on the shared folder (restored from a backup?); {count} changes were brought back.</source>
        <translation>Databasen på denne berbare var eldre enn sine eigne endringar i den delte mappa (gjenoppretta frå tryggingskopi?); {count} endringar vart henta tilbake.</translation>
    </message>
    <message>
        <source>Another installation used this laptop&apos;s identity (a copied or restored laptop). This laptop took a new identity; nothing was lost.</source>
        <translation>Ein annan installasjon brukte identiteten til denne berbare (ein kopiert eller gjenoppretta berbar). Denne berbare tok ein ny identitet; ingenting gjekk tapt.</translation>
    </message>
    <message>
        <source>Segment {seq} of this laptop is damaged on the shared folder and cannot be written again here.</source>
        <translation>Fil {seq} frå denne berbare er skadd i den delte mappa og kan ikkje skrivast på nytt herifrå.</translation>
    </message>
    <message>
        <source>Segment {seq} of this laptop was missing or damaged on the shared folder; it was written again.</source>
        <translation>Fil {seq} frå denne berbare mangla eller var skadd i den delte mappa; ho vart skriven på nytt.</translation>
    </message>
    <message>
        <source>its signature does not hold (changed or forged)</source>
        <translation>signaturen held ikkje (endra eller forfalska)</translation>
    </message>
    <message>
        <source>it is not signed by the key this laptop pinned for that device (forged, or written by someone else in its folder)</source>
        <translation>han er ikkje signert med nøkkelen denne maskina har festa for den eininga (forfalska, eller skriven av nokon andre i mappa hennar)</translation>
    </message>
    <message>
        <source>A new laptop joined the shared folder: {host} ({user}), key fingerprint {fingerprint}. If you do not know it, tell IT.</source>
        <translation>Ei ny berbar er kopla til den delte mappa: {host} ({user}), fingeravtrykket til nøkkelen {fingerprint}. Kjenner du henne ikkje, sei frå til IT.</translation>
    </message>
    <message>
        <source>A new laptop joined the shared folder without a keyring: its changes are unsigned ({host}, {user}). If you do not know it, tell IT.</source>
        <translation>Ei ny berbar utan nøkkelring er kopla til den delte mappa: endringane derifrå er usignerte ({host}, {user}). Kjenner du henne ikkje, sei frå til IT.</translation>
    </message>
    <message>
        <source>it is under this laptop&apos;s name but not signed by this laptop&apos;s key</source>
        <translation>han ligg under namnet til denne maskina, men er ikkje signert med nøkkelen hennar</translation>
    </message>
    <message>
        <source>This laptop&apos;s signing key is not available (keyring locked or missing); its changes wait until it is.</source>
        <translation>Signeringsnøkkelen til denne maskina er ikkje tilgjengeleg (nøkkelringen er låst eller manglar); endringane ventar til han er det.</translation>
    </message>
    <message>
        <source>An attachment ({sha}) is missing on this laptop and could not be shared.</source>
        <translation>Eit vedlegg ({sha}) manglar på denne berbare og kunne ikkje delast.</translation>
    </message>
    <message>
        <source>The folder of another laptop on the shared folder could not be read ({error}); its changes were skipped: {path}</source>
        <translation>Mappa til ei anna berbar i den delte mappa kunne ikkje lesast ({error}); endringane derifrå vart hoppa over: {path}</translation>
    </message>
    <message>
        <source>{count} more things in the shared folder that this program did not write are ignored.</source>
        <translation>{count} ting til i den delte mappa som dette programmet ikkje har skrive, blir oversette.</translation>
    </message>
    <message>
        <source>Something in the shared folder that this program did not write is ignored (reported once): {path}</source>
        <translation>Noko i den delte mappa som dette programmet ikkje har skrive, blir oversett (meldt éin gong): {path}</translation>
    </message>
    <message>
        <source>Skipped a damaged file from another laptop ({reason}); it is tried again later: {path}</source>
        <translation>Hoppa over ei skadd fil frå ein annan berbar ({reason}); ho blir prøvd igjen seinare: {path}</translation>
    </message>
    <message>
        <source>A file from another laptop does not follow on from the previous one; skipped: {path}</source>
        <translation>Ei fil frå ein annan berbar heng ikkje saman med den førre; hoppa over: {path}</translation>
    </message>
    <message>
        <source>A file from another laptop clashes with changes here and was not applied ({error}): {path}</source>
        <translation>Ei fil frå ein annan berbar kolliderer med endringar her og vart ikkje teken inn ({error}): {path}</translation>
    </message>
    <message>
        <source>The clock of another laptop is {hours} hours ahead of this one; its changes are kept, but one of the two clocks is wrong: please check them.</source>
        <translation>Klokka på ein annan berbar går {hours} timar føre denne; endringane blir haldne på, men éi av dei to klokkene går feil: sjekk dei.</translation>
    </message>
    <message>
        <source>{count} changes from another laptop were not applied because they are malformed (first: {reason}); kept aside as a finding: {path}</source>
        <translation>{count} endringar frå ei anna berbar vart ikkje tekne inn fordi dei er ugyldige (første: {reason}); lagde til side som funn: {path}</translation>
    </message>
    <message>
        <source>{count} changes from another laptop tried to alter or delete saved evidence and were refused (first: {reason}); recorded as a tamper finding: {path}</source>
        <translation>{count} endringar frå ei anna berbar prøvde å endre eller slette lagra dokumentasjon og vart avviste (første: {reason}); registrert som manipulering: {path}</translation>
    </message>
    <message>
        <source>the file is larger than a segment may be</source>
        <translation>fila er større enn eit segment kan vere</translation>
    </message>
    <message>
        <source>not a plain file (a link, pipe, device or folder); it is not read</source>
        <translation>ikkje ei vanleg fil (ei lenkje, eit røyr, ei eining eller ei mappe); ho blir ikkje lesen</translation>
    </message>
    <message>
        <source>not one of the field&apos;s steps</source>
        <extracomment>INTEGER fields that are yes/no flags TEXT fields holding one SHA-256 (hex) TEXT fields holding one base64 value (a signature or a public key) TEXT fields holding an app id (besides every ``*_id`` field) TEXT fields holding a date or a date and time (besides every ``*_at`` and ``*_on`` field) TEXT fields used as a single file-name component somewhere (never a path) ranges of INTEGER fields (inclusive), beyond the 64-bit range every INTEGER has</extracomment>
        <translation>ikkje eitt av stega til feltet</translation>
    </message>
    <message>
        <source>not plain data</source>
        <translation>ikkje enkle data</translation>
    </message>
    <message>
        <source>not a list of references</source>
        <translation>ikkje ei liste med referansar</translation>
    </message>
    <message>
        <source>a reference that is not a SHA-256</source>
        <translation>ein referanse som ikkje er ein SHA-256</translation>
    </message>
    <message>
        <source>not a whole number in range</source>
        <translation>ikkje eit heiltal innanfor grensene</translation>
    </message>
    <message>
        <source>not 0 or 1</source>
        <translation>ikkje 0 eller 1</translation>
    </message>
    <message>
        <source>out of range</source>
        <translation>utanfor grensene</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>ikkje eit tal</translation>
    </message>
    <message>
        <source>not text</source>
        <translation>ikkje tekst</translation>
    </message>
    <message>
        <source>text too long</source>
        <translation>for lang tekst</translation>
    </message>
    <message>
        <source>not a SHA-256</source>
        <translation>ikkje ein SHA-256</translation>
    </message>
    <message>
        <source>not an id in the app&apos;s format</source>
        <translation>ikkje ein ID i formatet til programmet</translation>
    </message>
    <message>
        <source>not base64</source>
        <translation>ikkje base64</translation>
    </message>
    <message>
        <source>not a date and time</source>
        <translation>ikkje ein dato og eit klokkeslett</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>ikkje ein dato</translation>
    </message>
    <message>
        <source>not a plain file name</source>
        <translation>ikkje eit vanleg filnamn</translation>
    </message>
    <message>
        <source>its id is not in the app&apos;s format</source>
        <translation>ID-en er ikkje i formatet til programmet</translation>
    </message>
    <message>
        <source>its device id is not in the app&apos;s format</source>
        <translation>eining-ID-en er ikkje i formatet til programmet</translation>
    </message>
    <message>
        <source>its number is out of range</source>
        <translation>nummeret er utanfor grensene</translation>
    </message>
    <message>
        <source>its clock reading is malformed</source>
        <translation>klokkeavlesinga er ugyldig</translation>
    </message>
    <message>
        <source>its table name is malformed</source>
        <translation>tabellnamnet er ugyldig</translation>
    </message>
    <message>
        <source>its row id is not in the app&apos;s format</source>
        <translation>rad-ID-en er ikkje i formatet til programmet</translation>
    </message>
    <message>
        <source>it lists too many earlier changes</source>
        <translation>ho viser til for mange tidlegare endringar</translation>
    </message>
    <message>
        <source>it refers to earlier changes by malformed ids</source>
        <translation>ho viser til tidlegare endringar med ugyldige ID-ar</translation>
    </message>
    <message>
        <source>its author is malformed</source>
        <translation>forfattaren er ugyldig</translation>
    </message>
    <message>
        <source>a malformed delete</source>
        <translation>ei ugyldig sletting</translation>
    </message>
    <message>
        <source>a malformed change</source>
        <translation>ei ugyldig endring</translation>
    </message>
    <message>
        <source>its value is not plain data</source>
        <translation>verdien er ikkje enkle data</translation>
    </message>
    <message>
        <source>its field does not exist in the table</source>
        <translation>feltet finst ikkje i tabellen</translation>
    </message>
    <message>
        <source>it could not be checked</source>
        <translation>ho kunne ikkje kontrollerast</translation>
    </message>
    <message>
        <source>evidence is never deleted</source>
        <extracomment>tables whose rows may never be deleted through the share tables whose rows belong to one device: every op on such a row must come from it. The value is the field naming the device (&quot;&quot; = the row id is the device id).</extracomment>
        <translation>dokumentasjon blir aldri sletta</translation>
    </message>
    <message>
        <source>it would write into evidence of another device</source>
        <translation>ho ville ha skrive i dokumentasjonen til ei anna eining</translation>
    </message>
    <message>
        <source>it would change evidence that was already saved</source>
        <translation>ho ville ha endra dokumentasjon som alt er lagra</translation>
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
        <translation>Synkroniser no (F9) og handlingar for delt mappe</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Synkroniser &amp;no</translation>
    </message>
    <message>
        <source>Send and fetch changes through the shared folder</source>
        <translation>Send og hent endringar gjennom den delte mappa</translation>
    </message>
    <message>
        <source>&amp;Initialise shared folder…</source>
        <translation>&amp;Klargjer delt mappe …</translation>
    </message>
    <message>
        <source>&amp;Choose shared folder…</source>
        <translation>&amp;Vel delt mappe …</translation>
    </message>
    <message>
        <source>C&amp;onflicts…</source>
        <translation>K&amp;onfliktar …</translation>
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
        <translation>Ein annan installasjon brukte identiteten til denne berbare; denne berbare tok ein ny. Ingenting gjekk tapt.</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Synkronisering mislukkast: %1</translation>
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
        <translation>Klargjer delt mappe</translation>
    </message>
    <message>
        <source>Make %1 a new shared folder? Other laptops then join it by choosing the same folder. Only do this once, for a folder that is not shared yet.</source>
        <translation>Gjere %1 til ei ny delt mappe? Andre berbare blir med ved å velje same mappe. Gjer dette berre éin gong, for ei mappe som ikkje er delt enno.</translation>
    </message>
    <message>
        <source>Choose shared folder</source>
        <translation>Vel delt mappe</translation>
    </message>
    <message>
        <source>%1 is not a shared folder (or it is not available). Choose the folder another laptop initialised, or initialise a new one.</source>
        <translation>%1 er ikkje ei delt mappe (eller ho er ikkje tilgjengeleg). Vel mappa ein annan berbar klargjorde, eller klargjer ei ny.</translation>
    </message>
    <message>
        <source>This laptop has synced with another shared folder. Switch to %1? Changes from here are sent there; nothing is deleted.</source>
        <translation>Denne berbare har synkronisert med ei anna delt mappe. Byte til %1? Endringar herifrå blir sende dit; ingenting blir sletta.</translation>
    </message>
</context>
</TS>
