<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
<context>
    <name>EntryDetail</name>
    <message>
        <source>Entry details</source>
        <translation>Detaljer om oppføringen</translation>
    </message>
    <message>
        <source>Choose an entry in the log to see it in full.</source>
        <translation>Velg en oppføring i loggen for å se den i sin helhet.</translation>
    </message>
    <message>
        <source>Registered:</source>
        <translation>Registrert:</translation>
    </message>
    <message>
        <source>Page:</source>
        <translation>Side:</translation>
    </message>
    <message>
        <source>Post:</source>
        <translation>Innlegg:</translation>
    </message>
    <message>
        <source>Comment by:</source>
        <translation>Kommentar av:</translation>
    </message>
    <message>
        <source>Posted at:</source>
        <translation>Publisert:</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Tiltak:</translation>
    </message>
    <message>
        <source>Ground:</source>
        <translation>Grunnlag:</translation>
    </message>
    <message>
        <source>Justification:</source>
        <translation>Begrunnelse:</translation>
    </message>
    <message>
        <source>main administrator</source>
        <translation>hovedadministrator</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>redaktør</translation>
    </message>
    <message>
        <source>no role on the page</source>
        <translation>ingen rolle på siden</translation>
    </message>
    <message>
        <source>Moderator:</source>
        <translation>Moderator:</translation>
    </message>
    <message>
        <source>Approved by:</source>
        <translation>Godkjent av:</translation>
    </message>
    <message>
        <source>package {package}</source>
        <translation>pakke {package}</translation>
    </message>
    <message>
        <source>archive reference {ref}</source>
        <translation>arkivreferanse {ref}</translation>
    </message>
    <message>
        <source>Archive:</source>
        <translation>Arkiv:</translation>
    </message>
    <message>
        <source>Signed by device {device}; hash {hash}…</source>
        <translation>Signert av enhet {device}; hash {hash}…</translation>
    </message>
    <message>
        <source>Unsigned (saved on a computer without a keyring); hash {hash}…</source>
        <translation>Usignert (lagret på en datamaskin uten nøkkelring); hash {hash}…</translation>
    </message>
    <message>
        <source>Seal:</source>
        <translation>Forsegling:</translation>
    </message>
    <message>
        <source>This entry corrects an earlier one: show it</source>
        <translation>Denne oppføringen retter en tidligere: vis den</translation>
    </message>
    <message>
        <source>Corrected by the entry of {when}: show it</source>
        <translation>Rettet av oppføringen fra {when}: vis den</translation>
    </message>
    <message>
        <source>Comment text as captured:</source>
        <translation>Kommentarteksten slik den ble sikret:</translation>
    </message>
    <message>
        <source>Comment text as captured</source>
        <translation>Kommentarteksten slik den ble sikret</translation>
    </message>
    <message>
        <source>Screenshots (full size):</source>
        <translation>Skjermbilder (full størrelse):</translation>
    </message>
    <message>
        <source>Captured {when} on {screen} by {user}@{host}</source>
        <translation>Tatt {when} på {screen} av {user}@{host}</translation>
    </message>
    <message>
        <source>⚠ Screenshot {sha} is missing or damaged.</source>
        <translation>⚠ Skjermbilde {sha} mangler eller er skadet.</translation>
    </message>
    <message>
        <source>Screenshot {sha}</source>
        <translation>Skjermbilde {sha}</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Correct moderation entry</source>
        <translation>Rett moderasjonsoppføring</translation>
    </message>
    <message>
        <source>New moderation entry</source>
        <translation>Ny moderasjonsoppføring</translation>
    </message>
    <message>
        <source>The comment</source>
        <translation>Kommentaren</translation>
    </message>
    <message>
        <source>Choose a page…</source>
        <translation>Velg side …</translation>
    </message>
    <message>
        <source>&amp;Page:</source>
        <translation>&amp;Side:</translation>
    </message>
    <message>
        <source>Address of the post, or its first words</source>
        <translation>Adressen til innlegget, eller de første ordene i det</translation>
    </message>
    <message>
        <source>P&amp;ost:</source>
        <translation>&amp;Innlegg:</translation>
    </message>
    <message>
        <source>The name as shown on the comment</source>
        <translation>Navnet slik det står på kommentaren</translation>
    </message>
    <message>
        <source>Comment &amp;by:</source>
        <translation>Kommentar a&amp;v:</translation>
    </message>
    <message>
        <source>&amp;Known</source>
        <translation>&amp;Kjent</translation>
    </message>
    <message>
        <source>Posting time known</source>
        <translation>Publiseringstidspunktet er kjent</translation>
    </message>
    <message>
        <source>Posted &amp;at:</source>
        <translation>P&amp;ublisert:</translation>
    </message>
    <message>
        <source>The comment&apos;s text exactly as it stood (paste it)</source>
        <translation>Kommentarteksten nøyaktig slik den sto (lim den inn)</translation>
    </message>
    <message>
        <source>Comment &amp;text:</source>
        <translation>Kommentar&amp;tekst:</translation>
    </message>
    <message>
        <source>What was done, and why</source>
        <translation>Hva som ble gjort, og hvorfor</translation>
    </message>
    <message>
        <source>— no ground —</source>
        <translation>— uten grunnlag —</translation>
    </message>
    <message>
        <source>&amp;Ground (R13):</source>
        <translation>&amp;Grunnlag (R13):</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>&amp;Begrunnelse:</translation>
    </message>
    <message>
        <source>Moderator:</source>
        <translation>Moderator:</translation>
    </message>
    <message>
        <source>Approved b&amp;y:</source>
        <translation>G&amp;odkjent av:</translation>
    </message>
    <message>
        <source>Has &amp;documentation value (R14)</source>
        <translation>Har &amp;dokumentasjonsverdi (R14)</translation>
    </message>
    <message>
        <source>Why it must be archived</source>
        <translation>Hvorfor den må arkiveres</translation>
    </message>
    <message>
        <source>Reason for archiving</source>
        <translation>Grunn til arkivering</translation>
    </message>
    <message>
        <source>Archive:</source>
        <translation>Arkiv:</translation>
    </message>
    <message>
        <source>Screenshots</source>
        <translation>Skjermbilder</translation>
    </message>
    <message>
        <source>Scr&amp;een:</source>
        <translation>Sk&amp;jerm:</translation>
    </message>
    <message>
        <source>&amp;Capture screen</source>
        <translation>Ta skjer&amp;mbilde</translation>
    </message>
    <message>
        <source>Hides this program, captures the chosen screen, then lets you mark the region to keep</source>
        <translation>Skjuler programmet, tar bilde av valgt skjerm og lar deg deretter markere området som skal tas vare på</translation>
    </message>
    <message>
        <source>Actio&amp;n:</source>
        <translation>Tilt&amp;ak:</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Godkjent av</translation>
    </message>
    <message>
        <source>Paste &amp;image</source>
        <translation>Lim inn bild&amp;e</translation>
    </message>
    <message>
        <source>Paste a screenshot from the clipboard (for example after Win+Shift+S)</source>
        <translation>Lim inn et skjermbilde fra utklippstavlen (for eksempel etter Win+Shift+S)</translation>
    </message>
    <message>
        <source>Open &amp;file…</source>
        <translation>Åpne &amp;fil …</translation>
    </message>
    <message>
        <source>Screenshots of this entry</source>
        <translation>Skjermbilder i denne oppføringen</translation>
    </message>
    <message>
        <source>&amp;Remove screenshot</source>
        <translation>Fje&amp;rn skjermbilde</translation>
    </message>
    <message>
        <source>You can also drop image files here.</source>
        <translation>Du kan også slippe bildefiler her.</translation>
    </message>
    <message>
        <source>Screenshot message</source>
        <translation>Melding om skjermbilde</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regler</translation>
    </message>
    <message>
        <source>Rule findings for this entry</source>
        <translation>Regelfunn for denne oppføringen</translation>
    </message>
    <message>
        <source>&amp;Save entry</source>
        <translation>&amp;Lagre oppføring</translation>
    </message>
    <message>
        <source>Saved screenshot</source>
        <translation>Lagret skjermbilde</translation>
    </message>
    <message>
        <source>a moderation entry</source>
        <translation>en modereringsoppføring</translation>
    </message>
    <message>
        <source>The entry meets the rules.</source>
        <translation>Oppføringen følger reglene.</translation>
    </message>
    <message>
        <source>main administrator</source>
        <translation>hovedadministrator</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>redaktør</translation>
    </message>
    <message>
        <source>no role on this page</source>
        <translation>ingen rolle på denne siden</translation>
    </message>
    <message>
        <source>(no name in Settings)</source>
        <translation>(uten navn i Innstillinger)</translation>
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
    <message>
        <source>The entry will be sealed and signed with this computer&apos;s key, so any later change can be detected.</source>
        <translation>Oppføringen blir forseglet og signert med nøkkelen til denne datamaskinen, slik at enhver senere endring kan oppdages.</translation>
    </message>
    <message>
        <source>Unsigned: the signing key in this computer&apos;s keyring is damaged (left as it is). The entry is still sealed with a hash chain. Ask IT to look at the keyring.</source>
        <translation>Usignert: signeringsnøkkelen i nøkkelringen på denne datamaskinen er skadet (den er latt være som den er). Oppføringen forsegles likevel med en hashkjede. Be IT se på nøkkelringen.</translation>
    </message>
    <message>
        <source>Unsigned: this computer&apos;s signing key does not match the key registered for it. Ask IT to check the keyring.</source>
        <translation>Usignert: signeringsnøkkelen på denne datamaskinen stemmer ikke med nøkkelen som er registrert for den. Be IT sjekke nøkkelringen.</translation>
    </message>
    <message>
        <source>Unsigned: this computer has no keyring (password store) to keep a signing key in. The entry is still sealed with a hash chain, but someone who edits the database could recompute it. Ask IT to enable the keyring.</source>
        <translation>Usignert: denne datamaskinen har ingen nøkkelring (passordlager) å oppbevare en signeringsnøkkel i. Oppføringen forsegles likevel med en hashkjede, men den som redigerer databasen, kan regne den ut på nytt. Be IT slå på nøkkelringen.</translation>
    </message>
    <message>
        <source>kept as given ({format}, byte for byte)</source>
        <translation>beholdes slik det er ({format}, byte for byte)</translation>
    </message>
    <message>
        <source>saved as PNG</source>
        <translation>lagres som PNG</translation>
    </message>
    <message>
        <source>No screen to capture. Paste a screenshot or open an image file.</source>
        <translation>Fant ingen skjerm å ta bilde av. Lim inn et skjermbilde eller åpne en bildefil.</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>Utklippstavle</translation>
    </message>
    <message>
        <source>The clipboard holds no image. Take a screenshot first (for example with Win+Shift+S), then paste.</source>
        <translation>Utklippstavlen inneholder ikke noe bilde. Ta et skjermbilde først (for eksempel med Win+Shift+S), og lim det inn etterpå.</translation>
    </message>
    <message>
        <source>Open screenshot</source>
        <translation>Åpne skjermbilde</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Dropped image</source>
        <translation>Sluppet bilde</translation>
    </message>
    <message>
        <source>Only images can be dropped here.</source>
        <translation>Bare bilder kan slippes her.</translation>
    </message>
    <message>
        <source>The entry could not be saved: {error}</source>
        <translation>Oppføringen kunne ikke lagres: {error}</translation>
    </message>
</context>
<context>
    <name>Moderation</name>
    <message>
        <source>Deleted</source>
        <extracomment>the longest comment text accepted (a comment thread pasted whole can be long; 1 MB is plenty)</extracomment>
        <translation>Slettet</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Skjult</translation>
    </message>
    <message>
        <source>Reported to the platform</source>
        <translation>Rapportert til plattformen</translation>
    </message>
    <message>
        <source>Kept, with a reply</source>
        <translation>Beholdt, med svar</translation>
    </message>
    <message>
        <source>User blocked</source>
        <translation>Bruker blokkert</translation>
    </message>
    <message>
        <source>Personal attack</source>
        <translation>Personangrep</translation>
    </message>
    <message>
        <source>Names third parties</source>
        <translation>Navngir tredjepersoner</translation>
    </message>
    <message>
        <source>Breaks Norwegian law</source>
        <translation>I strid med norsk lov</translation>
    </message>
    <message>
        <source>No ground</source>
        <translation>Uten grunnlag</translation>
    </message>
    <message>
        <source>Choose the page where the comment was.</source>
        <extracomment>the fields whose values the entry hash covers, in no particular order (the JSON is key-sorted) fields that never change once saved (the store refuses it): everything the hash covers and the seal images chosen but not stored yet (the form stores them only once the entry may be saved)</extracomment>
        <translation>Velg siden der kommentaren sto.</translation>
    </message>
    <message>
        <source>Unknown action {action}.</source>
        <translation>Ukjent tiltak {action}.</translation>
    </message>
    <message>
        <source>Unknown ground {ground}.</source>
        <translation>Ukjent grunnlag {ground}.</translation>
    </message>
    <message>
        <source>A comment may only be deleted for one of the three grounds: personal attack, naming third parties, or breaking Norwegian law.</source>
        <translation>En kommentar kan bare slettes på ett av tre grunnlag: personangrep, navngir tredjepersoner eller i strid med norsk lov.</translation>
    </message>
    <message>
        <source>Document what was there: give the comment&apos;s text or add a screenshot.</source>
        <translation>Dokumenter hva som sto der: skriv inn kommentarteksten eller legg ved et skjermbilde.</translation>
    </message>
    <message>
        <source>The comment text is longer than {limit} characters; add a screenshot instead.</source>
        <translation>Kommentarteksten er lengre enn {limit} tegn; legg ved et skjermbilde i stedet.</translation>
    </message>
    <message>
        <source>The moderator&apos;s name is missing: set your name in Settings.</source>
        <translation>Moderatorens navn mangler: legg inn navnet ditt under Innstillinger.</translation>
    </message>
    <message>
        <source>The entry to correct does not exist.</source>
        <translation>Oppføringen som skal rettes, finnes ikke.</translation>
    </message>
    <message>
        <source>{moderator} is not main administrator of this page; the deletion was approved by {approver}.</source>
        <translation>{moderator} er ikke hovedadministrator for denne siden; slettingen ble godkjent av {approver}.</translation>
    </message>
    <message>
        <source>{moderator} is not main administrator of this page: name the main administrator who approved the deletion.</source>
        <translation>{moderator} er ikke hovedadministrator for denne siden: oppgi hovedadministratoren som godkjente slettingen.</translation>
    </message>
    <message>
        <source>Say why the entry has documentation value.</source>
        <translation>Skriv hvorfor oppføringen har dokumentasjonsverdi.</translation>
    </message>
    <message>
        <source>its content does not match its hash (changed after saving)</source>
        <translation>innholdet stemmer ikke med hashen (endret etter lagring)</translation>
    </message>
    <message>
        <source>its signature does not hold (changed after signing, hashes recomputed?)</source>
        <translation>signaturen holder ikke (endret etter signering, hashene regnet ut på nytt?)</translation>
    </message>
    <message>
        <source>it is signed, but its device&apos;s public key is missing</source>
        <translation>den er signert, men den offentlige nøkkelen til enheten mangler</translation>
    </message>
    <message>
        <source>it does not follow the previous entry of its device (an entry before it was removed or changed)</source>
        <translation>den henger ikke sammen med forrige oppføring fra samme enhet (en oppføring før den er fjernet eller endret)</translation>
    </message>
    <message>
        <source>another entry of the same device has the same place in the chain</source>
        <translation>en annen oppføring fra samme enhet har samme plass i kjeden</translation>
    </message>
    <message>
        <source>entries before it in its device&apos;s chain are missing</source>
        <translation>oppføringer før den i kjeden til enheten mangler</translation>
    </message>
    <message>
        <source>it is marked deleted, but moderation entries are never deleted</source>
        <translation>den er merket som slettet, men moderasjonsoppføringer slettes aldri</translation>
    </message>
    <message>
        <source>screenshot {sha} has changed (its bytes no longer match its hash)</source>
        <translation>skjermbilde {sha} er endret (innholdet stemmer ikke lenger med hashen)</translation>
    </message>
    <message>
        <source>screenshot {sha} is missing</source>
        <translation>skjermbilde {sha} mangler</translation>
    </message>
    <message>
        <source>unsigned (saved without a keyring): hash and chain only</source>
        <translation>usignert (lagret uten nøkkelring): bare hash og kjede</translation>
    </message>
    <message>
        <source>the public key stored for this device is not the one in this computer&apos;s keyring</source>
        <translation>den offentlige nøkkelen som er lagret for denne enheten, er ikke den som ligger i nøkkelringen på denne datamaskinen</translation>
    </message>
    <message>
        <source>it is unsigned, but its device signs its entries and no later signed entry covers it (signature removed?)</source>
        <translation>den er usignert, men enheten signerer oppføringene sine, og ingen senere signert oppføring dekker den (signaturen fjernet?)</translation>
    </message>
    <message>
        <source>entries of device {device} up to number {seq} were seen on this laptop, but only {present} are here (the newest entries were removed)</source>
        <translation>oppføringer fra enhet {device} til og med nummer {seq} er sett på denne maskinen, men bare {present} finnes her (de nyeste oppføringene er fjernet)</translation>
    </message>
    <message>
        <source>a change to this saved entry arrived through the shared folder and was refused (tampering; from device {device}, {when})</source>
        <translation>en endring av denne lagrede oppføringen kom gjennom den delte mappa og ble avvist (manipulering; fra enhet {device}, {when})</translation>
    </message>
</context>
<context>
    <name>ModerationCapture</name>
    <message>
        <source>Screen {number} ({width}×{height})</source>
        <extracomment>images larger than this in either direction are refused (a corrupt or hostile file, not a screen); a long scrolling screenshot of a comment thread is tall, so the limit is JPEG&apos;s own largest side images with more pixels than this are refused: 60 megapixels is a scrolling screenshot 1,080 pixels wide and 55,000 high, and decoded it takes 240 MB (Qt&apos;s reader refuses more than 256 MB) the formats stored as given: their signature, and Qt&apos;s name for them</extracomment>
        <translation>Skjerm {number} ({width}×{height})</translation>
    </message>
    <message>
        <source>The screen could not be captured: the system returned an empty image (this happens on some Wayland desktops). Take the screenshot with the system&apos;s own tool and paste it, or open an image file.</source>
        <translation>Kunne ikke ta bilde av skjermen: systemet ga et tomt bilde (det skjer på noen Wayland-skrivebord). Ta skjermbildet med systemets eget verktøy og lim det inn, eller åpne en bildefil.</translation>
    </message>
    <message>
        <source>The image could not be converted to PNG.</source>
        <translation>Bildet kunne ikke gjøres om til PNG.</translation>
    </message>
    <message>
        <source>The image ({name}) is not saved as evidence: {why}</source>
        <translation>Bildet ({name}) lagres ikke som bevis: {why}</translation>
    </message>
    <message>
        <source>the file is damaged or cut short (it does not hold a whole image). Take the screenshot again, or open the file it was copied from.</source>
        <translation>filen er skadet eller avkortet (den inneholder ikke et helt bilde). Ta skjermbildet på nytt, eller åpne filen det ble kopiert fra.</translation>
    </message>
    <message>
        <source>the image is larger than a screenshot can be ({limit} megapixels, {mb} MB at most).</source>
        <translation>bildet er større enn et skjermbilde kan være (høyst {limit} megapiksler og {mb} MB).</translation>
    </message>
    <message>
        <source>The file {name} could not be read.</source>
        <translation>Filen {name} kunne ikke leses.</translation>
    </message>
    <message>
        <source>The file {name} is too large for a screenshot.</source>
        <translation>Filen {name} er for stor til å være et skjermbilde.</translation>
    </message>
    <message>
        <source>The image {name} is too large for a screenshot.</source>
        <translation>Bildet {name} er for stort til å være et skjermbilde.</translation>
    </message>
    <message>
        <source>The file {name} is not an image this program can read.</source>
        <translation>Filen {name} er ikke et bilde dette programmet kan lese.</translation>
    </message>
    <message>
        <source>{source}, cut out ({width}×{height})</source>
        <translation>{source}, utsnitt ({width}×{height})</translation>
    </message>
    <message>
        <source>File: {name}</source>
        <translation>Fil: {name}</translation>
    </message>
    <message>
        <source>The image is empty (a single colour); it is not saved as evidence.</source>
        <translation>Bildet er tomt (bare én farge); det lagres ikke som dokumentasjon.</translation>
    </message>
    <message>
        <source>The image is too large for a screenshot.</source>
        <translation>Bildet er for stort til å være et skjermbilde.</translation>
    </message>
</context>
<context>
    <name>ModerationCommands</name>
    <message>
        <source>No page {page} in the register.</source>
        <translation>Finner ingen side {page} i registeret.</translation>
    </message>
    <message>
        <source>Could not read {file}: {error}</source>
        <translation>Kunne ikke lese {file}: {error}</translation>
    </message>
    <message>
        <source>Saved entry {id}.</source>
        <translation>Lagret oppføring {id}.</translation>
    </message>
    <message>
        <source>Saved unsigned: the signing key in this computer&apos;s keyring is damaged. It has been left as it is; ask IT to look at the keyring.</source>
        <translation>Lagret usignert: signeringsnøkkelen i nøkkelringen på denne datamaskinen er skadet. Den er latt være som den er; be IT se på nøkkelringen.</translation>
    </message>
    <message>
        <source>Saved unsigned: this computer&apos;s signing key does not match the key registered for it.</source>
        <translation>Lagret usignert: signeringsnøkkelen på denne datamaskinen stemmer ikke med nøkkelen som er registrert for den.</translation>
    </message>
    <message>
        <source>Saved unsigned: this computer has no keyring to keep a signing key in. The entry is protected by its hash chain only, which does not stop someone who edits the database and recomputes the hashes.</source>
        <translation>Lagret usignert: denne datamaskinen har ingen nøkkelring å oppbevare en signeringsnøkkel i. Oppføringen er bare beskyttet av hashkjeden, og den stopper ikke noen som redigerer databasen og regner ut hashene på nytt.</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>avvist</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advarsel</translation>
    </message>
    <message>
        <source>{count} entries.</source>
        <translation>{count} oppføringer.</translation>
    </message>
    <message>
        <source>To be archived</source>
        <translation>Skal arkiveres</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Eksportert</translation>
    </message>
    <message>
        <source>Journalført</source>
        <translation>Journalført</translation>
    </message>
    <message>
        <source>The log could not be checked: {error}</source>
        <translation>Loggen kunne ikke kontrolleres: {error}</translation>
    </message>
    <message>
        <source>{count} entries checked: hashes, chains and signatures hold.</source>
        <translation>{count} oppføringer kontrollert: hasher, kjeder og signaturer holder.</translation>
    </message>
    <message>
        <source>{count} entries checked; {bad} do not hold.</source>
        <translation>{count} oppføringer kontrollert; {bad} holder ikke.</translation>
    </message>
</context>
<context>
    <name>ModerationLogModel</name>
    <message>
        <source>Registered</source>
        <translation>Registrert</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Side</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>Grunnlag</translation>
    </message>
    <message>
        <source>Comment by</source>
        <translation>Kommentar av</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Moderator</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arkiv</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>Forsegling</translation>
    </message>
    <message>
        <source>To be archived</source>
        <translation>Skal arkiveres</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Eksportert</translation>
    </message>
    <message>
        <source>Journalført</source>
        <translation>Journalført</translation>
    </message>
    <message>
        <source>Not to be archived</source>
        <translation>Skal ikke arkiveres</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signert</translation>
    </message>
    <message>
        <source>Unsigned</source>
        <translation>Usignert</translation>
    </message>
    <message>
        <source>A later entry corrects this one</source>
        <translation>En senere oppføring retter denne</translation>
    </message>
    <message>
        <source>(correction)</source>
        <translation>(retting)</translation>
    </message>
    <message>
        <source>(corrected)</source>
        <translation>(rettet)</translation>
    </message>
    <message numerus="yes">
        <source>(screenshot only: %n image(s))</source>
        <translation>
            <numerusform>(bare skjermbilde: %n bilde)</numerusform>
            <numerusform>(bare skjermbilder: %n bilder)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModerationPage</name>
    <message>
        <source>&amp;New entry…</source>
        <translation>&amp;Ny oppføring …</translation>
    </message>
    <message>
        <source>Register a hidden or deleted comment (Ctrl+N)</source>
        <translation>Registrer en skjult eller slettet kommentar (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Correct entry…</source>
        <translation>R&amp;ett oppføring …</translation>
    </message>
    <message>
        <source>Saved entries never change: a correction is a new entry linked to the old one, and both stay in the log</source>
        <translation>Lagrede oppføringer endres aldri: en retting er en ny oppføring knyttet til den gamle, og begge blir stående i loggen</translation>
    </message>
    <message>
        <source>&amp;Verify log</source>
        <translation>&amp;Kontroller loggen</translation>
    </message>
    <message>
        <source>Check every entry&apos;s hash, chain, signature and screenshots</source>
        <translation>Kontroller hash, kjede, signatur og skjermbilder for alle oppføringer</translation>
    </message>
    <message>
        <source>Search in text, author, justification…</source>
        <translation>Søk i tekst, forfatter, begrunnelse …</translation>
    </message>
    <message>
        <source>Pa&amp;ge:</source>
        <translation>&amp;Side:</translation>
    </message>
    <message>
        <source>Ac&amp;tion:</source>
        <translation>&amp;Tiltak:</translation>
    </message>
    <message>
        <source>G&amp;round:</source>
        <translation>&amp;Grunnlag:</translation>
    </message>
    <message>
        <source>Arc&amp;hive:</source>
        <translation>&amp;Arkiv:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Fra:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>T&amp;il:</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>S&amp;øk:</translation>
    </message>
    <message>
        <source>Entries per ground in the period</source>
        <translation>Oppføringer per grunnlag i perioden</translation>
    </message>
    <message>
        <source>Result of the verification</source>
        <translation>Resultatet av kontrollen</translation>
    </message>
    <message>
        <source>Moderation log</source>
        <translation>Moderasjonslogg</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>Moderering</translation>
    </message>
    <message>
        <source>All pages</source>
        <translation>Alle sider</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle tiltak</translation>
    </message>
    <message>
        <source>All grounds</source>
        <translation>Alle grunnlag</translation>
    </message>
    <message>
        <source>Any archive status</source>
        <translation>Alle arkivstatuser</translation>
    </message>
    <message>
        <source>To be archived</source>
        <translation>Skal arkiveres</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Eksportert</translation>
    </message>
    <message>
        <source>Journalført</source>
        <translation>Journalført</translation>
    </message>
    <message>
        <source>Not to be archived</source>
        <translation>Skal ikke arkiveres</translation>
    </message>
    <message>
        <source>Moderation entry saved.</source>
        <translation>Moderasjonsoppføringen er lagret.</translation>
    </message>
    <message>
        <source>{start}–{end}: {counts}</source>
        <translation>{start}–{end}: {counts}</translation>
    </message>
    <message>
        <source>New entries are saved unsigned: the signing key in this computer&apos;s keyring is damaged. Ask IT to look at the keyring.</source>
        <translation>Nye oppføringer lagres usignert: signeringsnøkkelen i nøkkelringen på denne datamaskinen er skadet. Be IT se på nøkkelringen.</translation>
    </message>
    <message>
        <source>New entries are saved unsigned: this computer&apos;s signing key does not match the key registered for it.</source>
        <translation>Nye oppføringer lagres usignert: signeringsnøkkelen på denne datamaskinen stemmer ikke med nøkkelen som er registrert for den.</translation>
    </message>
    <message>
        <source>New entries are saved unsigned: this computer has no keyring to keep a signing key in. Ask IT to enable it.</source>
        <translation>Nye oppføringer lagres usignert: denne datamaskinen har ingen nøkkelring å oppbevare en signeringsnøkkel i. Be IT slå den på.</translation>
    </message>
    <message>
        <source>Verifying the moderation log…</source>
        <translation>Kontrollerer moderasjonsloggen …</translation>
    </message>
    <message>
        <source>Verified: all {count} entries hold.</source>
        <translation>Kontrollert: alle {count} oppføringer holder.</translation>
    </message>
    <message>
        <source>{notes} of them are unsigned.</source>
        <translation>{notes} av dem er usignert.</translation>
    </message>
    <message>
        <source>⚠ {bad} of {count} entries do not hold:</source>
        <translation>⚠ {bad} av {count} oppføringer holder ikke:</translation>
    </message>
    <message>
        <source>⚠ Tampering: changes to saved entries arrived through the shared folder and were refused (entries concerned: {count}). The entries are unchanged here. Choose Verify log for details, and tell IT.</source>
        <translation>⚠ Manipulering: endringer av lagrede oppføringer kom gjennom den delte mappa og ble avvist (berørte oppføringer: {count}). Oppføringene er uendret her. Velg Kontroller loggen for detaljer, og si fra til IT.</translation>
    </message>
    <message>
        <source>The log could not be verified: {error}</source>
        <translation>Loggen kunne ikke kontrolleres: {error}</translation>
    </message>
</context>
<context>
    <name>RegionSelector</name>
    <message>
        <source>Choose the region to keep</source>
        <translation>Velg området som skal tas vare på</translation>
    </message>
    <message>
        <source>Screenshot region selector</source>
        <translation>Velg område i skjermbildet</translation>
    </message>
    <message>
        <source>Drag to mark the region to keep. Enter keeps it (or the whole screenshot), Esc cancels, arrow keys move the mark and Shift with arrow keys resizes it.</source>
        <translation>Dra for å markere området som skal tas vare på. Enter beholder det (eller hele skjermbildet), Esc avbryter, piltastene flytter markeringen og Shift med piltastene endrer størrelsen.</translation>
    </message>
    <message>
        <source>Drag to mark the region to keep · Enter: keep (all if nothing is marked) · Esc: cancel</source>
        <translation>Dra for å markere området som skal tas vare på · Enter: behold (alt hvis ingenting er markert) · Esc: avbryt</translation>
    </message>
</context>
</TS>
