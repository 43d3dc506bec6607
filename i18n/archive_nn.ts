<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn_NO" sourcelanguage="en">
<context>
    <name>ArchiveCommands</name>
    <message>
        <source>No page {page} in the register.</source>
        <translation>Ingen side {page} i registeret.</translation>
    </message>
    <message>
        <source>--from is after --to.</source>
        <translation>--from er etter --to.</translation>
    </message>
    <message>
        <source>Nothing to archive.</source>
        <translation>Ingenting å arkivere.</translation>
    </message>
    <message>
        <source>Wrote {path} ({count} items). SHA-256: {sha}</source>
        <translation>Skreiv {path} ({count} element). SHA-256: {sha}</translation>
    </message>
    <message>
        <source>No schema folder {dir}.</source>
        <translation>Fann inga skjemamappe {dir}.</translation>
    </message>
    <message>
        <source>No package {path}.</source>
        <translation>Fann ingen pakke {path}.</translation>
    </message>
    <message>
        <source>FAILED: {problem}</source>
        <translation>FEIL: {problem}</translation>
    </message>
    <message>
        <source>OK: {files} files and {xml} arkivmelding.xml checked{schema}.</source>
        <translation>OK: {files} filer og {xml} arkivmelding.xml kontrollerte{schema}.</translation>
    </message>
    <message>
        <source> (also against the XSD)</source>
        <translation> (òg mot XSD-en)</translation>
    </message>
    <message>
        <source>{count} problems found.</source>
        <translation>Fann {count} feil.</translation>
    </message>
    <message>
        <source>Could not read the receipt {file}: {error}</source>
        <translation>Kunne ikkje lese kvitteringa {file}: {error}</translation>
    </message>
    <message>
        <source>{count} items marked as journalført.</source>
        <translation>{count} element merkte som journalførte.</translation>
    </message>
    <message>
        <source>Not known here: {key}</source>
        <translation>Ukjend her: {key}</translation>
    </message>
    <message>
        <source>From another system, ignored: {key}</source>
        <translation>Frå eit anna system, hoppa over: {key}</translation>
    </message>
    <message>
        <source>Never exported, not marked (export it in a package first): {key}</source>
        <translation>Aldri eksportert, ikkje merkt (eksporter det i ein pakke først): {key}</translation>
    </message>
    <message>
        <source>Journalført already, left as it is (--replace to replace its journal number): {key}</source>
        <translation>Allereie journalført, late vere som det var (--replace for å byte ut journalnummeret): {key}</translation>
    </message>
    <message>
        <source>Journal year or sequence number not plausible, not marked: {key}</source>
        <translation>Journalår eller sekvensnummer er ikkje sannsynleg, ikkje merkt: {key}</translation>
    </message>
    <message>
        <source>Skjerming set; it goes into the item&apos;s arkivmelding.</source>
        <translation>Skjerming sett; ho kjem med i arkivmeldinga til elementet.</translation>
    </message>
    <message>
        <source>Skjerming removed.</source>
        <translation>Skjerming fjerna.</translation>
    </message>
    <message>
        <source>Marked as journalført.</source>
        <translation>Merkt som journalført.</translation>
    </message>
</context>
<context>
    <name>ArchiveExport</name>
    <message>
        <source>The target is full: {target}. Nothing was marked as exported; free some space or choose another target.</source>
        <translation>Målet er fullt: {target}. Ingenting er merkt som eksportert. Frigjer plass eller vel eit anna mål.</translation>
    </message>
    <message>
        <source>The target is read-only or not writable: {target}. Nothing was marked as exported.</source>
        <translation>Målet er skrivebeskytta eller kan ikkje skrivast til: {target}. Ingenting er merkt som eksportert.</translation>
    </message>
    <message>
        <source>The target disappeared while writing (USB stick pulled out or share lost?): {target}. Nothing was marked as exported.</source>
        <translation>Målet forsvann under skrivinga (er minnepinnen teken ut eller sambandet til fellesområdet brote?): {target}. Ingenting er merkt som eksportert.</translation>
    </message>
    <message>
        <source>Could not write the package to {target}: {error}. Nothing was marked as exported.</source>
        <translation>Kunne ikkje skrive pakken til {target}: {error}. Ingenting er merkt som eksportert.</translation>
    </message>
    <message>
        <source>The target folder does not exist: {target}</source>
        <translation>Målmappa finst ikkje: {target}</translation>
    </message>
    <message>
        <source>A package with this name exists already: {path}</source>
        <translation>Det finst alt ein pakke med dette namnet: {path}</translation>
    </message>
    <message>
        <source>Reading the package back and checking every checksum</source>
        <translation>Les pakken tilbake og kontrollerer alle sjekksummar</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Ferdig</translation>
    </message>
    <message>
        <source>Item {n} of {total}</source>
        <translation>Element {n} av {total}</translation>
    </message>
    <message>
        <source>A screenshot is missing from this laptop: {sha}. Run a sync first.</source>
        <translation>Eit skjermbilete manglar på denne maskina: {sha}. Synkroniser først.</translation>
    </message>
    <message>
        <source>A screenshot is damaged on this laptop (its content no longer matches its checksum): {sha}</source>
        <translation>Eit skjermbilete er skadd på denne maskina (innhaldet stemmer ikkje lenger med sjekksummen): {sha}</translation>
    </message>
    <message>
        <source>The package was not written: {file} would not be accepted by the archive ({error}). Nothing was marked as exported; please report this as an error in the program.</source>
        <translation>Pakken vart ikkje skriven: arkivet ville ikkje godta {file} ({error}). Ingenting vart merkt som eksportert; meld gjerne frå om dette som ein feil i programmet.</translation>
    </message>
    <message>
        <source>The package was not written: the file name “{name}” would point outside the package. Nothing was marked as exported.</source>
        <translation>Pakken vart ikkje skriven: filnamnet «{name}» ville peike ut av pakken. Ingenting vart merkt som eksportert.</translation>
    </message>
    <message>
        <source>Table of contents</source>
        <translation>Innhaldsliste</translation>
    </message>
    <message>
        <source>The package read back from the target differs from what was written: {problems}</source>
        <translation>Pakken som vart lesen tilbake frå målet, er ikkje lik det som vart skrive: {problems}</translation>
    </message>
</context>
<context>
    <name>ArchiveExportDialog</name>
    <message>
        <source>Export to the archive</source>
        <translation>Eksporter til arkivet</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) to be archived will go into the package.</source>
        <translation>
            <numerusform>%n element som skal arkiverast, blir med i pakken.</numerusform>
            <numerusform>%n element som skal arkiverast, blir med i pakken.</numerusform>
        </translation>
    </message>
    <message>
        <source>A USB stick or a folder on the share</source>
        <translation>Ein minnepinne eller ei mappe på fellesområdet</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bla gjennom …</translation>
    </message>
    <message>
        <source>&amp;Target folder:</source>
        <translation>&amp;Målmappe:</translation>
    </message>
    <message>
        <source>One &amp;ZIP file (recommended)</source>
        <translation>Éi &amp;ZIP-fil (tilrådd)</translation>
    </message>
    <message>
        <source>A plain f&amp;older</source>
        <translation>Ei vanleg ma&amp;ppe</translation>
    </message>
    <message>
        <source>Form:</source>
        <translation>Form:</translation>
    </message>
    <message>
        <source>e.g. 2026/123 (leave empty to use the archive part)</source>
        <translation>t.d. 2026/123 (la stå tomt for å bruke arkivdelen)</translation>
    </message>
    <message>
        <source>&amp;Parent folder (mappeID):</source>
        <translation>&amp;Overordna mappe (mappeID):</translation>
    </message>
    <message>
        <source>The archive part&apos;s code, if no parent folder</source>
        <translation>Koden til arkivdelen, om det ikkje er noka overordna mappe</translation>
    </message>
    <message>
        <source>Archive p&amp;art (arkivdel):</source>
        <translation>Arkiv&amp;del:</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Framdrift for eksporten</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Status for eksporten</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Eksporter</translation>
    </message>
    <message>
        <source>Nothing to archive with these filters.</source>
        <translation>Ingenting å arkivere med desse filtera.</translation>
    </message>
    <message>
        <source>Choose the target folder</source>
        <translation>Vel målmappe</translation>
    </message>
    <message>
        <source>Choose a target folder first.</source>
        <translation>Vel ei målmappe først.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist (is the USB stick plugged in?).</source>
        <translation>Mappa {path} finst ikkje (står minnepinnen i?).</translation>
    </message>
    <message>
        <source>Writing the package…</source>
        <translation>Skriv pakken …</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was marked as exported.</source>
        <translation>Avbrote. Ingenting er merkt som eksportert.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Avbryt …</translation>
    </message>
</context>
<context>
    <name>ArchivePage</name>
    <message>
        <source>&amp;Export to the archive…</source>
        <translation>&amp;Eksporter til arkivet …</translation>
    </message>
    <message>
        <source>Write a package of everything to be archived (Ctrl+N)</source>
        <translation>Skriv ein pakke med alt som skal arkiverast (Ctrl+N)</translation>
    </message>
    <message>
        <source>Import &amp;receipt…</source>
        <translation>Les inn &amp;kvittering …</translation>
    </message>
    <message>
        <source>Read the archive&apos;s receipt (arkivmeldingKvittering) and mark the items it names as journalført</source>
        <translation>Les inn kvitteringa frå arkivet (arkivmeldingKvittering) og merk elementa ho nemner, som journalførte</translation>
    </message>
    <message>
        <source>Enter &amp;journal number…</source>
        <translation>Registrer &amp;journalnummer …</translation>
    </message>
    <message>
        <source>Mark the selected item journalført by hand</source>
        <translation>Merk det valde elementet som journalført for hand</translation>
    </message>
    <message>
        <source>S&amp;kjerming…</source>
        <translation>Skjer&amp;ming …</translation>
    </message>
    <message>
        <source>Mark the selected item skjermet (access restriction and legal basis) before export</source>
        <translation>Merk det valde elementet som skjerma (tilgangsrestriksjon og skjermingsheimel) før eksport</translation>
    </message>
    <message>
        <source>Only the &amp;period</source>
        <translation>Berre &amp;perioden</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Periode frå</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Periode til</translation>
    </message>
    <message>
        <source>Pa&amp;ge:</source>
        <translation>S&amp;ide:</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Vis:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Side</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Kva</translation>
    </message>
    <message>
        <source>Package / journal no.</source>
        <translation>Pakke / journalnr.</translation>
    </message>
    <message>
        <source>Items for the archive</source>
        <translation>Element til arkivet</translation>
    </message>
    <message>
        <source>Preview of what goes into the package</source>
        <translation>Førehandsvising av det som blir med i pakken</translation>
    </message>
    <message>
        <source>Packages written</source>
        <translation>Skrivne pakkar</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Skriven</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Pakke</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Kvar</translation>
    </message>
    <message>
        <source>Last check</source>
        <translation>Siste kontroll</translation>
    </message>
    <message>
        <source>&amp;Verify this package again</source>
        <translation>Kontroller denne pakken på &amp;nytt</translation>
    </message>
    <message>
        <source>Read the package where it was written and check every checksum and every arkivmelding.xml</source>
        <translation>Les pakken der han vart skriven, og kontroller alle sjekksummar og alle arkivmelding.xml</translation>
    </message>
    <message>
        <source>Result of the check</source>
        <translation>Resultat av kontrollen</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arkiv</translation>
    </message>
    <message>
        <source>All pages</source>
        <translation>Alle sider</translation>
    </message>
    <message>
        <source>To be archived</source>
        <translation>Skal arkiverast</translation>
    </message>
    <message>
        <source>Exported, not journalført</source>
        <translation>Eksportert, ikkje journalført</translation>
    </message>
    <message>
        <source>Journalført</source>
        <translation>Journalført</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Eksportert</translation>
    </message>
    <message>
        <source>To be archived: {n}</source>
        <translation>Skal arkiverast: {n}</translation>
    </message>
    <message>
        <source>Exported, awaiting journal: {n}</source>
        <translation>Eksportert, ventar på journalføring: {n}</translation>
    </message>
    <message>
        <source>Journalført: {n}</source>
        <translation>Journalført: {n}</translation>
    </message>
    <message>
        <source>Select an item to see what goes into the package.</source>
        <translation>Vel eit element for å sjå kva som blir med i pakken.</translation>
    </message>
    <message>
        <source>Files in the package</source>
        <translation>Filer i pakken</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEIL</translation>
    </message>
    <message>
        <source>Wrote {file} ({n} items).</source>
        <translation>Skreiv {file} ({n} element).</translation>
    </message>
    <message>
        <source>Receipt from the archive</source>
        <translation>Kvittering frå arkivet</translation>
    </message>
    <message>
        <source>XML files (*.xml);;All files (*)</source>
        <translation>XML-filer (*.xml);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Could not read the receipt: {error}</source>
        <translation>Kunne ikkje lese kvitteringa: {error}</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) marked as journalført.</source>
        <translation>
            <numerusform>%n element merkt som journalført.</numerusform>
            <numerusform>%n element merkte som journalførte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) were never exported and were not marked; export them first.</source>
        <translation>
            <numerusform>%n element var aldri eksportert og vart ikkje merkt; eksporter det først.</numerusform>
            <numerusform>%n element var aldri eksporterte og vart ikkje merkte; eksporter dei først.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) were journalført already and were left as they were.</source>
        <translation>
            <numerusform>%n element var allereie journalført og vart late vere som det var.</numerusform>
            <numerusform>%n element var allereie journalførte og vart late vere som dei var.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) have an implausible journal year or sequence number and were not marked.</source>
        <translation>
            <numerusform>%n element har eit usannsynleg journalår eller sekvensnummer og vart ikkje merkt.</numerusform>
            <numerusform>%n element har eit usannsynleg journalår eller sekvensnummer og vart ikkje merkte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in the receipt are not known here.</source>
        <translation>
            <numerusform>%n element i kvitteringa er ukjent her.</numerusform>
            <numerusform>%n element i kvitteringa er ukjende her.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace journal numbers?</source>
        <translation>Byte ut journalnummer?</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in the receipt are journalført already with a journal number. Replace their journal numbers with the ones in this receipt?</source>
        <translation>
            <numerusform>%n element i kvitteringa er allereie journalført med eit journalnummer. Vil du byte ut journalnummeret med det i denne kvitteringa?</numerusform>
            <numerusform>%n element i kvitteringa er allereie journalførte med eit journalnummer. Vil du byte ut journalnumra med dei i denne kvitteringa?</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an item first.</source>
        <translation>Vel eit element først.</translation>
    </message>
    <message>
        <source>Skjerming saved.</source>
        <translation>Skjerming lagra.</translation>
    </message>
    <message>
        <source>Skjerming removed.</source>
        <translation>Skjerming fjerna.</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>Kontrollerer {file} …</translation>
    </message>
    <message>
        <source>OK: {files} files and {xml} arkivmelding.xml checked.</source>
        <translation>OK: {files} filer og {xml} arkivmelding.xml kontrollerte.</translation>
    </message>
    <message>
        <source>{n} problem(s): {first}</source>
        <translation>{n} feil: {first}</translation>
    </message>
</context>
<context>
    <name>ArchiveService</name>
    <message>
        <source>No moderation entry or post with id {id}.</source>
        <translation>Fann inga moderering eller noko innlegg med ID {id}.</translation>
    </message>
    <message>
        <source>Nothing to archive with these filters.</source>
        <translation>Ingenting å arkivere med desse filtera.</translation>
    </message>
    <message>
        <source>No package {id} in the history.</source>
        <translation>Fann ingen pakke {id} i historikken.</translation>
    </message>
    <message>
        <source>Give a journal sequence number or the archive&apos;s reference.</source>
        <translation>Oppgi eit sekvensnummer for journalposten eller referansen til arkivet.</translation>
    </message>
    <message>
        <source>The journal year {year} is not plausible (four digits).</source>
        <translation>Journalåret {year} er ikkje sannsynleg (skriv fire siffer).</translation>
    </message>
    <message>
        <source>The sequence number must be 1 or more.</source>
        <translation>Sekvensnummeret må vere 1 eller meir.</translation>
    </message>
    <message>
        <source>Skjerming needs both the access restriction code (e.g. 13) and its legal basis (e.g. offl. § 13 jf. fvl. § 13); leave both empty to remove it.</source>
        <translation>Skjerming krev både kode for tilgangsrestriksjon (t.d. 13) og skjermingsheimel (t.d. offl. § 13 jf. fvl. § 13); la begge stå tomme for å fjerne henne.</translation>
    </message>
    <message>
        <source>The item has been exported already; its skjerming can no longer go into the package. Tell the archive staff instead.</source>
        <translation>Elementet er allereie eksportert, så skjerminga kan ikkje lenger kome med i pakken. Gi beskjed til arkivet i staden.</translation>
    </message>
    <message>
        <source>The file cannot be read: {error}</source>
        <translation>Fila kan ikkje lesast: {error}</translation>
    </message>
    <message>
        <source>The file is not a receipt from the archive (arkivmeldingKvittering): {detail}</source>
        <translation>Fila er ikkje ei kvittering frå arkivet (arkivmeldingKvittering): {detail}</translation>
    </message>
</context>
<context>
    <name>ArchiveVerify</name>
    <message>
        <source>The file is not a readable ZIP file ({error}).</source>
        <translation>Fila er ikkje ei lesbar ZIP-fil ({error}).</translation>
    </message>
    <message>
        <source>{file}: compressed with method {method}; an archive ZIP allows only stored and deflate.</source>
        <translation>{file}: komprimert med metode {method}; i ein arkiv-ZIP er berre «stored» og «deflate» tillatne.</translation>
    </message>
    <message>
        <source>{file}: encrypted; an archive ZIP must not be encrypted.</source>
        <translation>{file}: kryptert; ein arkiv-ZIP skal ikkje vere kryptert.</translation>
    </message>
    <message>
        <source>{file}: the name has non-ASCII characters but is not marked as UTF-8.</source>
        <translation>{file}: namnet har teikn utanfor ASCII, men er ikkje merkt som UTF-8.</translation>
    </message>
    <message>
        <source>{file}: lies on another volume (a ZIP split into several parts).</source>
        <translation>{file}: ligg på eit anna volum (ein ZIP delt i fleire delar).</translation>
    </message>
    <message>
        <source>{file}: uses ZIP64 although its size does not need it.</source>
        <translation>{file}: brukar ZIP64 sjølv om storleiken ikkje krev det.</translation>
    </message>
    <message>
        <source>{file}: unsafe path in the ZIP (absolute, a drive letter, a backslash, or with ..).</source>
        <translation>{file}: usikker sti i ZIP-fila (absolutt, med stasjonsbokstav, omvend skråstrek eller ..).</translation>
    </message>
    <message>
        <source>{file}: the name occurs more than once in the package (ignoring case and slashes).</source>
        <translation>{file}: namnet finst meir enn éin gong i pakken (utan omsyn til store og små bokstavar og skråstrekar).</translation>
    </message>
    <message>
        <source>{file}: a symbolic link or special file; a package holds only ordinary files.</source>
        <translation>{file}: ei symbolsk lenkje eller ei spesialfil; ein pakke skal berre innehalde vanlege filer.</translation>
    </message>
    <message>
        <source>{file}: its data overlaps another entry&apos;s (a ZIP built to explode when unpacked).</source>
        <translation>{file}: dataa overlappar ei anna oppføring (ei ZIP-fil laga for å eksplodere når ho blir pakka ut).</translation>
    </message>
    <message>
        <source>{file}: {size} bytes, over the limit of {limit} bytes for one file.</source>
        <translation>{file}: {size} byte, over grensa på {limit} byte for éi fil.</translation>
    </message>
    <message>
        <source>{file}: would expand from {packed} to {size} bytes, more than {ratio} times (a ZIP bomb?).</source>
        <translation>{file}: ville vekse frå {packed} til {size} byte, meir enn {ratio} gonger (ei ZIP-bombe?).</translation>
    </message>
    <message>
        <source>The package would expand to {size} bytes, over the limit of {limit} bytes.</source>
        <translation>Pakken ville bli {size} byte utpakka, over grensa på {limit} byte.</translation>
    </message>
    <message>
        <source>The package has {count} entries, over the limit of {limit}.</source>
        <translation>Pakken har {count} oppføringar, over grensa på {limit}.</translation>
    </message>
    <message>
        <source>{file}: holds {actual} bytes, but the ZIP declares {declared}.</source>
        <translation>{file}: inneheld {actual} byte, men ZIP-fila oppgir {declared}.</translation>
    </message>
    <message>
        <source>The package could not be checked ({error}).</source>
        <translation>Pakken kunne ikkje kontrollerast ({error}).</translation>
    </message>
    <message>
        <source>{file}: not the structure of a FIKS Arkiv arkivmelding ({error}).</source>
        <translation>{file}: har ikkje strukturen til ei FIKS Arkiv-arkivmelding ({error}).</translation>
    </message>
    <message>
        <source>The package {path} does not exist.</source>
        <translation>Pakken {path} finst ikkje.</translation>
    </message>
    <message>
        <source>sha256sums.txt is missing from the package.</source>
        <translation>sha256sums.txt manglar i pakken.</translation>
    </message>
    <message>
        <source>sha256sums.txt cannot be read ({error}).</source>
        <translation>sha256sums.txt kan ikkje lesast ({error}).</translation>
    </message>
    <message>
        <source>{file}: in the package but not listed in sha256sums.txt.</source>
        <translation>{file}: ligg i pakken, men står ikkje i sha256sums.txt.</translation>
    </message>
    <message>
        <source>{file}: listed in sha256sums.txt but missing from the package.</source>
        <translation>{file}: står i sha256sums.txt, men manglar i pakken.</translation>
    </message>
    <message>
        <source>{file}: cannot be read ({error}).</source>
        <translation>{file}: kan ikkje lesast ({error}).</translation>
    </message>
    <message>
        <source>{file}: the file has changed or is damaged: its SHA-256 is {actual}, but sha256sums.txt says {expected}.</source>
        <translation>{file}: fila er endra eller skadd: SHA-256 er {actual}, men sha256sums.txt seier {expected}.</translation>
    </message>
    <message>
        <source>manifest.json cannot be read ({error}).</source>
        <translation>manifest.json kan ikkje lesast ({error}).</translation>
    </message>
    <message>
        <source>The package has no arkivmelding.xml.</source>
        <translation>Pakken har ingen arkivmelding.xml.</translation>
    </message>
    <message>
        <source>{file}: does not follow the FIKS Arkiv XSD ({error}).</source>
        <translation>{file}: følgjer ikkje FIKS Arkiv-XSD-en ({error}).</translation>
    </message>
    <message>
        <source>{file}: not well-formed XML ({error}).</source>
        <translation>{file}: ikkje velforma XML ({error}).</translation>
    </message>
    <message>
        <source>{file}: the root element is {tag}, not arkivmelding.</source>
        <translation>{file}: rotelementet er {tag}, ikkje arkivmelding.</translation>
    </message>
    <message>
        <source>{file}: antallFiler says {count}, but the message describes {described} files.</source>
        <translation>{file}: antallFiler seier {count}, men meldinga skildrar {described} filer.</translation>
    </message>
    <message>
        <source>{file}: antallFiler is missing; the message describes {described} files.</source>
        <translation>{file}: antallFiler manglar; meldinga skildrar {described} filer.</translation>
    </message>
    <message>
        <source>{file}: referanseEksternNoekkel/noekkel is missing.</source>
        <translation>{file}: referanseEksternNoekkel/noekkel manglar.</translation>
    </message>
    <message>
        <source>{file}: sjekksumAlgoritme for {document} is not SHA256.</source>
        <translation>{file}: sjekksumAlgoritme for {document} er ikkje SHA256.</translation>
    </message>
    <message>
        <source>{file}: the document {document} is missing from the package.</source>
        <translation>{file}: dokumentet {document} manglar i pakken.</translation>
    </message>
    <message>
        <source>{file}: the sjekksum for {document} does not match the file.</source>
        <translation>{file}: sjekksummen for {document} stemmer ikkje med fila.</translation>
    </message>
    <message>
        <source>The ZIP file&apos;s SHA-256 is {actual}, but {recorded} was recorded when it was written.</source>
        <translation>SHA-256 for ZIP-fila er {actual}, men {recorded} vart registrert då ho vart skriven.</translation>
    </message>
</context>
<context>
    <name>JournalDialog</name>
    <message>
        <source>Journal number</source>
        <translation>Journalnummer</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>e.g. 26/01234-3 or the archive system&apos;s id</source>
        <translation>t.d. 26/01234-3 eller ID-en i arkivsystemet</translation>
    </message>
    <message>
        <source>Journal &amp;year:</source>
        <translation>Journal&amp;år:</translation>
    </message>
    <message>
        <source>&amp;Sequence number:</source>
        <translation>&amp;Sekvensnummer:</translation>
    </message>
    <message>
        <source>Archive &amp;reference:</source>
        <translation>Arkiv&amp;referanse:</translation>
    </message>
    <message>
        <source>Give a sequence number or the archive&apos;s reference.</source>
        <translation>Oppgi eit sekvensnummer eller referansen til arkivet.</translation>
    </message>
</context>
<context>
    <name>ScreeningDialog</name>
    <message>
        <source>Skjerming</source>
        <translation>Skjerming</translation>
    </message>
    <message>
        <source>e.g. 13</source>
        <translation>t.d. 13</translation>
    </message>
    <message>
        <source>e.g. offl. § 13 jf. fvl. § 13</source>
        <translation>t.d. offl. § 13 jf. fvl. § 13</translation>
    </message>
    <message>
        <source>Access &amp;restriction (tilgangsrestriksjon):</source>
        <translation>&amp;Tilgangsrestriksjon:</translation>
    </message>
    <message>
        <source>Legal &amp;basis (skjermingshjemmel):</source>
        <translation>&amp;Skjermingsheimel:</translation>
    </message>
    <message>
        <source>Leave both empty to remove the skjerming.</source>
        <translation>La begge stå tomme for å fjerne skjerminga.</translation>
    </message>
    <message>
        <source>Give both the access restriction and its legal basis, or neither.</source>
        <translation>Fyll ut både tilgangsrestriksjon og skjermingsheimel, eller ingen av dei.</translation>
    </message>
</context>
</TS>
