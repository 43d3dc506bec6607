<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn_NO" sourcelanguage="en">
<context>
    <name>EntryDetail</name>
    <message>
        <source>Entry details</source>
        <translation>Detaljar om oppføringa</translation>
    </message>
    <message>
        <source>Choose an entry in the log to see it in full.</source>
        <translation>Vel ei oppføring i loggen for å sjå heile.</translation>
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
        <translation>Grunngiving:</translation>
    </message>
    <message>
        <source>main administrator</source>
        <translation>hovudadministrator</translation>
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
        <translation>inga rolle på sida</translation>
    </message>
    <message>
        <source>Moderator:</source>
        <translation>Moderator:</translation>
    </message>
    <message>
        <source>Approved by:</source>
        <translation>Godkjend av:</translation>
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
        <translation>Signert av eining {device}; hash {hash}…</translation>
    </message>
    <message>
        <source>Unsigned (saved on a computer without a keyring); hash {hash}…</source>
        <translation>Usignert (lagra på ei datamaskin utan nøkkelring); hash {hash}…</translation>
    </message>
    <message>
        <source>Seal:</source>
        <translation>Forsegling:</translation>
    </message>
    <message>
        <source>This entry corrects an earlier one: show it</source>
        <translation>Denne oppføringa rettar ei tidlegare: vis ho</translation>
    </message>
    <message>
        <source>Corrected by the entry of {when}: show it</source>
        <translation>Retta av oppføringa frå {when}: vis ho</translation>
    </message>
    <message>
        <source>Comment text as captured:</source>
        <translation>Kommentarteksten slik han vart sikra:</translation>
    </message>
    <message>
        <source>Comment text as captured</source>
        <translation>Kommentarteksten slik han vart sikra</translation>
    </message>
    <message>
        <source>Screenshots (full size):</source>
        <translation>Skjermbilete (full storleik):</translation>
    </message>
    <message>
        <source>Captured {when} on {screen} by {user}@{host}</source>
        <translation>Teke {when} på {screen} av {user}@{host}</translation>
    </message>
    <message>
        <source>⚠ Screenshot {sha} is missing or damaged.</source>
        <translation>⚠ Skjermbilete {sha} manglar eller er skadd.</translation>
    </message>
    <message>
        <source>Screenshot {sha}</source>
        <translation>Skjermbilete {sha}</translation>
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
        <translation>Vel side …</translation>
    </message>
    <message>
        <source>&amp;Page:</source>
        <translation>&amp;Side:</translation>
    </message>
    <message>
        <source>Address of the post, or its first words</source>
        <translation>Adressa til innlegget, eller dei første orda i det</translation>
    </message>
    <message>
        <source>P&amp;ost:</source>
        <translation>&amp;Innlegg:</translation>
    </message>
    <message>
        <source>The name as shown on the comment</source>
        <translation>Namnet slik det står på kommentaren</translation>
    </message>
    <message>
        <source>Comment &amp;by:</source>
        <translation>Kommentar a&amp;v:</translation>
    </message>
    <message>
        <source>&amp;Known</source>
        <translation>&amp;Kjend</translation>
    </message>
    <message>
        <source>Posting time known</source>
        <translation>Publiseringstidspunktet er kjent</translation>
    </message>
    <message>
        <source>Posted &amp;at:</source>
        <translation>&amp;Publisert:</translation>
    </message>
    <message>
        <source>The comment&apos;s text exactly as it stood (paste it)</source>
        <translation>Kommentarteksten nøyaktig slik han stod (lim han inn)</translation>
    </message>
    <message>
        <source>Comment &amp;text:</source>
        <translation>Kommentar&amp;tekst:</translation>
    </message>
    <message>
        <source>What was done, and why</source>
        <translation>Kva som vart gjort, og kvifor</translation>
    </message>
    <message>
        <source>— no ground —</source>
        <translation>— utan grunnlag —</translation>
    </message>
    <message>
        <source>&amp;Ground (R13):</source>
        <translation>&amp;Grunnlag (R13):</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>Gr&amp;unngiving:</translation>
    </message>
    <message>
        <source>Moderator:</source>
        <translation>Moderator:</translation>
    </message>
    <message>
        <source>Approved b&amp;y:</source>
        <translation>G&amp;odkjend av:</translation>
    </message>
    <message>
        <source>Has &amp;documentation value (R14)</source>
        <translation>Har &amp;dokumentasjonsverdi (R14)</translation>
    </message>
    <message>
        <source>Why it must be archived</source>
        <translation>Kvifor ho må arkiverast</translation>
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
        <translation>Skjermbilete</translation>
    </message>
    <message>
        <source>Scr&amp;een:</source>
        <translation>Sk&amp;jerm:</translation>
    </message>
    <message>
        <source>&amp;Capture screen</source>
        <translation>Ta skjer&amp;mbilete</translation>
    </message>
    <message>
        <source>Hides this program, captures the chosen screen, then lets you mark the region to keep</source>
        <translation>Gøymer programmet, tek bilete av vald skjerm og lèt deg deretter merke området som skal takast vare på</translation>
    </message>
    <message>
        <source>Actio&amp;n:</source>
        <translation>Tilt&amp;ak:</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Godkjend av</translation>
    </message>
    <message>
        <source>Paste &amp;image</source>
        <translation>Lim inn bilet&amp;e</translation>
    </message>
    <message>
        <source>Paste a screenshot from the clipboard (for example after Win+Shift+S)</source>
        <translation>Lim inn eit skjermbilete frå utklippstavla (til dømes etter Win+Shift+S)</translation>
    </message>
    <message>
        <source>Open &amp;file…</source>
        <translation>Opne &amp;fil …</translation>
    </message>
    <message>
        <source>Screenshots of this entry</source>
        <translation>Skjermbilete i denne oppføringa</translation>
    </message>
    <message>
        <source>&amp;Remove screenshot</source>
        <translation>Fje&amp;rn skjermbilete</translation>
    </message>
    <message>
        <source>You can also drop image files here.</source>
        <translation>Du kan òg sleppe biletfiler her.</translation>
    </message>
    <message>
        <source>Screenshot message</source>
        <translation>Melding om skjermbilete</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Reglar</translation>
    </message>
    <message>
        <source>Rule findings for this entry</source>
        <translation>Regelfunn for denne oppføringa</translation>
    </message>
    <message>
        <source>&amp;Save entry</source>
        <translation>&amp;Lagre oppføring</translation>
    </message>
    <message>
        <source>Saved screenshot</source>
        <translation>Lagra skjermbilete</translation>
    </message>
    <message>
        <source>a moderation entry</source>
        <translation>ei modereringsoppføring</translation>
    </message>
    <message>
        <source>The entry meets the rules.</source>
        <translation>Oppføringa følgjer reglane.</translation>
    </message>
    <message>
        <source>main administrator</source>
        <translation>hovudadministrator</translation>
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
        <translation>inga rolle på denne sida</translation>
    </message>
    <message>
        <source>(no name in Settings)</source>
        <translation>(utan namn i Innstillingar)</translation>
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
    <message>
        <source>The entry will be sealed and signed with this computer&apos;s key, so any later change can be detected.</source>
        <translation>Oppføringa blir forsegla og signert med nøkkelen til denne datamaskina, slik at kvar seinare endring kan oppdagast.</translation>
    </message>
    <message>
        <source>Unsigned: the signing key in this computer&apos;s keyring is damaged (left as it is). The entry is still sealed with a hash chain. Ask IT to look at the keyring.</source>
        <translation>Usignert: signeringsnøkkelen i nøkkelringen på denne datamaskina er skadd (han er late vere som han er). Oppføringa blir likevel forsegla med ei hashkjede. Be IT sjå på nøkkelringen.</translation>
    </message>
    <message>
        <source>Unsigned: this computer&apos;s signing key does not match the key registered for it. Ask IT to check the keyring.</source>
        <translation>Usignert: signeringsnøkkelen på denne datamaskina stemmer ikkje med nøkkelen som er registrert for henne. Be IT sjekke nøkkelringen.</translation>
    </message>
    <message>
        <source>Unsigned: this computer has no keyring (password store) to keep a signing key in. The entry is still sealed with a hash chain, but someone who edits the database could recompute it. Ask IT to enable the keyring.</source>
        <translation>Usignert: denne datamaskina har ingen nøkkelring (passordlager) å ta vare på ein signeringsnøkkel i. Oppføringa blir likevel forsegla med ei hashkjede, men den som redigerer databasen, kan rekne henne ut på nytt. Be IT slå på nøkkelringen.</translation>
    </message>
    <message>
        <source>kept as given ({format}, byte for byte)</source>
        <translation>blir halde slik det er ({format}, byte for byte)</translation>
    </message>
    <message>
        <source>saved as PNG</source>
        <translation>blir lagra som PNG</translation>
    </message>
    <message>
        <source>No screen to capture. Paste a screenshot or open an image file.</source>
        <translation>Fann ingen skjerm å ta bilete av. Lim inn eit skjermbilete eller opne ei biletfil.</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>Utklippstavle</translation>
    </message>
    <message>
        <source>The clipboard holds no image. Take a screenshot first (for example with Win+Shift+S), then paste.</source>
        <translation>Utklippstavla inneheld ikkje noko bilete. Ta eit skjermbilete først (til dømes med Win+Shift+S), og lim det inn etterpå.</translation>
    </message>
    <message>
        <source>Open screenshot</source>
        <translation>Opne skjermbilete</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilete</translation>
    </message>
    <message>
        <source>Dropped image</source>
        <translation>Slept bilete</translation>
    </message>
    <message>
        <source>Only images can be dropped here.</source>
        <translation>Berre bilete kan sleppast her.</translation>
    </message>
    <message>
        <source>The entry could not be saved: {error}</source>
        <translation>Oppføringa kunne ikkje lagrast: {error}</translation>
    </message>
</context>
<context>
    <name>Moderation</name>
    <message>
        <source>Deleted</source>
        <extracomment>the longest comment text accepted (a comment thread pasted whole can be long; 1 MB is plenty)</extracomment>
        <translation>Sletta</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Skjult</translation>
    </message>
    <message>
        <source>Reported to the platform</source>
        <translation>Rapportert til plattforma</translation>
    </message>
    <message>
        <source>Kept, with a reply</source>
        <translation>Behalden, med svar</translation>
    </message>
    <message>
        <source>User blocked</source>
        <translation>Brukar blokkert</translation>
    </message>
    <message>
        <source>Personal attack</source>
        <translation>Personangrep</translation>
    </message>
    <message>
        <source>Names third parties</source>
        <translation>Namngjev tredjepersonar</translation>
    </message>
    <message>
        <source>Breaks Norwegian law</source>
        <translation>I strid med norsk lov</translation>
    </message>
    <message>
        <source>No ground</source>
        <translation>Utan grunnlag</translation>
    </message>
    <message>
        <source>Choose the page where the comment was.</source>
        <extracomment>the fields whose values the entry hash covers, in no particular order (the JSON is key-sorted) fields that never change once saved (the store refuses it): everything the hash covers and the seal images chosen but not stored yet (the form stores them only once the entry may be saved)</extracomment>
        <translation>Vel sida der kommentaren stod.</translation>
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
        <translation>Ein kommentar kan berre slettast på eitt av tre grunnlag: personangrep, namngjev tredjepersonar eller i strid med norsk lov.</translation>
    </message>
    <message>
        <source>Document what was there: give the comment&apos;s text or add a screenshot.</source>
        <translation>Dokumenter kva som stod der: skriv inn kommentarteksten eller legg ved eit skjermbilete.</translation>
    </message>
    <message>
        <source>The comment text is longer than {limit} characters; add a screenshot instead.</source>
        <translation>Kommentarteksten er lengre enn {limit} teikn; legg ved eit skjermbilete i staden.</translation>
    </message>
    <message>
        <source>The moderator&apos;s name is missing: set your name in Settings.</source>
        <translation>Namnet til moderatoren manglar: legg inn namnet ditt under Innstillingar.</translation>
    </message>
    <message>
        <source>The entry to correct does not exist.</source>
        <translation>Oppføringa som skal rettast, finst ikkje.</translation>
    </message>
    <message>
        <source>{moderator} is not main administrator of this page; the deletion was approved by {approver}.</source>
        <translation>{moderator} er ikkje hovudadministrator for denne sida; slettinga vart godkjend av {approver}.</translation>
    </message>
    <message>
        <source>{moderator} is not main administrator of this page: name the main administrator who approved the deletion.</source>
        <translation>{moderator} er ikkje hovudadministrator for denne sida: oppgje hovudadministratoren som godkjende slettinga.</translation>
    </message>
    <message>
        <source>Say why the entry has documentation value.</source>
        <translation>Skriv kvifor oppføringa har dokumentasjonsverdi.</translation>
    </message>
    <message>
        <source>its content does not match its hash (changed after saving)</source>
        <translation>innhaldet stemmer ikkje med hashen (endra etter lagring)</translation>
    </message>
    <message>
        <source>its signature does not hold (changed after signing, hashes recomputed?)</source>
        <translation>signaturen held ikkje (endra etter signering, hashane rekna ut på nytt?)</translation>
    </message>
    <message>
        <source>it is signed, but its device&apos;s public key is missing</source>
        <translation>ho er signert, men den offentlege nøkkelen til eininga manglar</translation>
    </message>
    <message>
        <source>it does not follow the previous entry of its device (an entry before it was removed or changed)</source>
        <translation>ho heng ikkje saman med førre oppføring frå same eining (ei oppføring før henne er fjerna eller endra)</translation>
    </message>
    <message>
        <source>another entry of the same device has the same place in the chain</source>
        <translation>ei anna oppføring frå same eining har same plass i kjeda</translation>
    </message>
    <message>
        <source>entries before it in its device&apos;s chain are missing</source>
        <translation>oppføringar før henne i kjeda til eininga manglar</translation>
    </message>
    <message>
        <source>it is marked deleted, but moderation entries are never deleted</source>
        <translation>ho er merkt som sletta, men moderasjonsoppføringar blir aldri sletta</translation>
    </message>
    <message>
        <source>screenshot {sha} has changed (its bytes no longer match its hash)</source>
        <translation>skjermbilete {sha} er endra (innhaldet stemmer ikkje lenger med hashen)</translation>
    </message>
    <message>
        <source>screenshot {sha} is missing</source>
        <translation>skjermbilete {sha} manglar</translation>
    </message>
    <message>
        <source>unsigned (saved without a keyring): hash and chain only</source>
        <translation>usignert (lagra utan nøkkelring): berre hash og kjede</translation>
    </message>
    <message>
        <source>the public key stored for this device is not the one in this computer&apos;s keyring</source>
        <translation>den offentlege nøkkelen som er lagra for denne eininga, er ikkje den som ligg i nøkkelringen på denne datamaskina</translation>
    </message>
    <message>
        <source>it is unsigned, but its device signs its entries and no later signed entry covers it (signature removed?)</source>
        <translation>ho er usignert, men eininga signerer oppføringane sine, og inga seinare signert oppføring dekkjer henne (signaturen fjerna?)</translation>
    </message>
    <message>
        <source>entries of device {device} up to number {seq} were seen on this laptop, but only {present} are here (the newest entries were removed)</source>
        <translation>oppføringar frå eining {device} til og med nummer {seq} er sette på denne maskina, men berre {present} finst her (dei nyaste oppføringane er fjerna)</translation>
    </message>
    <message>
        <source>a change to this saved entry arrived through the shared folder and was refused (tampering; from device {device}, {when})</source>
        <translation>ei endring av denne lagra oppføringa kom gjennom den delte mappa og vart avvist (manipulering; frå eining {device}, {when})</translation>
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
        <translation>Kunne ikkje ta bilete av skjermen: systemet gav eit tomt bilete (det skjer på nokre Wayland-skrivebord). Ta skjermbiletet med verktøyet til systemet og lim det inn, eller opne ei biletfil.</translation>
    </message>
    <message>
        <source>The image could not be converted to PNG.</source>
        <translation>Biletet kunne ikkje gjerast om til PNG.</translation>
    </message>
    <message>
        <source>The image ({name}) is not saved as evidence: {why}</source>
        <translation>Biletet ({name}) blir ikkje lagra som prov: {why}</translation>
    </message>
    <message>
        <source>the file is damaged or cut short (it does not hold a whole image). Take the screenshot again, or open the file it was copied from.</source>
        <translation>fila er skadd eller avkorta (ho inneheld ikkje eit heilt bilete). Ta skjermbiletet på nytt, eller opna fila det vart kopiert frå.</translation>
    </message>
    <message>
        <source>the image is larger than a screenshot can be ({limit} megapixels, {mb} MB at most).</source>
        <translation>biletet er større enn eit skjermbilete kan vere (høgst {limit} megapikslar og {mb} MB).</translation>
    </message>
    <message>
        <source>The file {name} could not be read.</source>
        <translation>Fila {name} kunne ikkje lesast.</translation>
    </message>
    <message>
        <source>The file {name} is too large for a screenshot.</source>
        <translation>Fila {name} er for stor til å vere eit skjermbilete.</translation>
    </message>
    <message>
        <source>The image {name} is too large for a screenshot.</source>
        <translation>Biletet {name} er for stort til å vere eit skjermbilete.</translation>
    </message>
    <message>
        <source>The file {name} is not an image this program can read.</source>
        <translation>Fila {name} er ikkje eit bilete dette programmet kan lese.</translation>
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
        <translation>Biletet er tomt (berre éin farge); det blir ikkje lagra som dokumentasjon.</translation>
    </message>
    <message>
        <source>The image is too large for a screenshot.</source>
        <translation>Biletet er for stort til å vere eit skjermbilete.</translation>
    </message>
</context>
<context>
    <name>ModerationCommands</name>
    <message>
        <source>No page {page} in the register.</source>
        <translation>Finn inga side {page} i registeret.</translation>
    </message>
    <message>
        <source>Could not read {file}: {error}</source>
        <translation>Kunne ikkje lese {file}: {error}</translation>
    </message>
    <message>
        <source>Saved entry {id}.</source>
        <translation>Lagra oppføring {id}.</translation>
    </message>
    <message>
        <source>Saved unsigned: the signing key in this computer&apos;s keyring is damaged. It has been left as it is; ask IT to look at the keyring.</source>
        <translation>Lagra usignert: signeringsnøkkelen i nøkkelringen på denne datamaskina er skadd. Han er late vere som han er; be IT sjå på nøkkelringen.</translation>
    </message>
    <message>
        <source>Saved unsigned: this computer&apos;s signing key does not match the key registered for it.</source>
        <translation>Lagra usignert: signeringsnøkkelen på denne datamaskina stemmer ikkje med nøkkelen som er registrert for henne.</translation>
    </message>
    <message>
        <source>Saved unsigned: this computer has no keyring to keep a signing key in. The entry is protected by its hash chain only, which does not stop someone who edits the database and recomputes the hashes.</source>
        <translation>Lagra usignert: denne datamaskina har ingen nøkkelring å ta vare på ein signeringsnøkkel i. Oppføringa er berre verna av hashkjeda, og ho stoppar ikkje nokon som redigerer databasen og reknar ut hashane på nytt.</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>avvist</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>åtvaring</translation>
    </message>
    <message>
        <source>{count} entries.</source>
        <translation>{count} oppføringar.</translation>
    </message>
    <message>
        <source>To be archived</source>
        <translation>Skal arkiverast</translation>
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
        <translation>Loggen kunne ikkje kontrollerast: {error}</translation>
    </message>
    <message>
        <source>{count} entries checked: hashes, chains and signatures hold.</source>
        <translation>{count} oppføringar kontrollerte: hashar, kjeder og signaturar held.</translation>
    </message>
    <message>
        <source>{count} entries checked; {bad} do not hold.</source>
        <translation>{count} oppføringar kontrollerte; {bad} held ikkje.</translation>
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
        <translation>Skal arkiverast</translation>
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
        <translation>Skal ikkje arkiverast</translation>
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
        <translation>Ei seinare oppføring rettar denne</translation>
    </message>
    <message>
        <source>(correction)</source>
        <translation>(retting)</translation>
    </message>
    <message>
        <source>(corrected)</source>
        <translation>(retta)</translation>
    </message>
    <message numerus="yes">
        <source>(screenshot only: %n image(s))</source>
        <translation>
            <numerusform>(berre skjermbilete: %n bilete)</numerusform>
            <numerusform>(berre skjermbilete: %n bilete)</numerusform>
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
        <translation>Registrer ein skjult eller sletta kommentar (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Correct entry…</source>
        <translation>R&amp;ett oppføring …</translation>
    </message>
    <message>
        <source>Saved entries never change: a correction is a new entry linked to the old one, and both stay in the log</source>
        <translation>Lagra oppføringar blir aldri endra: ei retting er ei ny oppføring knytt til den gamle, og begge blir ståande i loggen</translation>
    </message>
    <message>
        <source>&amp;Verify log</source>
        <translation>&amp;Kontroller loggen</translation>
    </message>
    <message>
        <source>Check every entry&apos;s hash, chain, signature and screenshots</source>
        <translation>Kontroller hash, kjede, signatur og skjermbilete for alle oppføringar</translation>
    </message>
    <message>
        <source>Search in text, author, justification…</source>
        <translation>Søk i tekst, forfattar, grunngiving …</translation>
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
        <translation>&amp;Frå:</translation>
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
        <translation>Oppføringar per grunnlag i perioden</translation>
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
        <translation>Alle arkivstatusar</translation>
    </message>
    <message>
        <source>To be archived</source>
        <translation>Skal arkiverast</translation>
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
        <translation>Skal ikkje arkiverast</translation>
    </message>
    <message>
        <source>Moderation entry saved.</source>
        <translation>Moderasjonsoppføringa er lagra.</translation>
    </message>
    <message>
        <source>{start}–{end}: {counts}</source>
        <translation>{start}–{end}: {counts}</translation>
    </message>
    <message>
        <source>New entries are saved unsigned: the signing key in this computer&apos;s keyring is damaged. Ask IT to look at the keyring.</source>
        <translation>Nye oppføringar blir lagra usignerte: signeringsnøkkelen i nøkkelringen på denne datamaskina er skadd. Be IT sjå på nøkkelringen.</translation>
    </message>
    <message>
        <source>New entries are saved unsigned: this computer&apos;s signing key does not match the key registered for it.</source>
        <translation>Nye oppføringar blir lagra usignerte: signeringsnøkkelen på denne datamaskina stemmer ikkje med nøkkelen som er registrert for henne.</translation>
    </message>
    <message>
        <source>New entries are saved unsigned: this computer has no keyring to keep a signing key in. Ask IT to enable it.</source>
        <translation>Nye oppføringar blir lagra usignerte: denne datamaskina har ingen nøkkelring å ta vare på ein signeringsnøkkel i. Be IT slå han på.</translation>
    </message>
    <message>
        <source>Verifying the moderation log…</source>
        <translation>Kontrollerer moderasjonsloggen …</translation>
    </message>
    <message>
        <source>Verified: all {count} entries hold.</source>
        <translation>Kontrollert: alle {count} oppføringane held.</translation>
    </message>
    <message>
        <source>{notes} of them are unsigned.</source>
        <translation>{notes} av dei er usignerte.</translation>
    </message>
    <message>
        <source>⚠ {bad} of {count} entries do not hold:</source>
        <translation>⚠ {bad} av {count} oppføringar held ikkje:</translation>
    </message>
    <message>
        <source>⚠ Tampering: changes to saved entries arrived through the shared folder and were refused (entries concerned: {count}). The entries are unchanged here. Choose Verify log for details, and tell IT.</source>
        <translation>⚠ Manipulering: endringar av lagra oppføringar kom gjennom den delte mappa og vart avviste (oppføringar det gjeld: {count}). Oppføringane er uendra her. Vel Kontroller loggen for detaljar, og sei frå til IT.</translation>
    </message>
    <message>
        <source>The log could not be verified: {error}</source>
        <translation>Loggen kunne ikkje kontrollerast: {error}</translation>
    </message>
</context>
<context>
    <name>RegionSelector</name>
    <message>
        <source>Choose the region to keep</source>
        <translation>Vel området som skal takast vare på</translation>
    </message>
    <message>
        <source>Screenshot region selector</source>
        <translation>Vel område i skjermbiletet</translation>
    </message>
    <message>
        <source>Drag to mark the region to keep. Enter keeps it (or the whole screenshot), Esc cancels, arrow keys move the mark and Shift with arrow keys resizes it.</source>
        <translation>Dra for å merke området som skal takast vare på. Enter beheld det (eller heile skjermbiletet), Esc avbryt, piltastane flyttar merkinga og Shift med piltastane endrar storleiken.</translation>
    </message>
    <message>
        <source>Drag to mark the region to keep · Enter: keep (all if nothing is marked) · Esc: cancel</source>
        <translation>Dra for å merke området som skal takast vare på · Enter: behald (alt om ingenting er merkt) · Esc: avbryt</translation>
    </message>
</context>
</TS>
