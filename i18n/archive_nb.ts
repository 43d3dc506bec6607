<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
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
        <translation>Skrev {path} ({count} elementer). SHA-256: {sha}</translation>
    </message>
    <message>
        <source>No schema folder {dir}.</source>
        <translation>Fant ingen skjemamappe {dir}.</translation>
    </message>
    <message>
        <source>No package {path}.</source>
        <translation>Fant ingen pakke {path}.</translation>
    </message>
    <message>
        <source>FAILED: {problem}</source>
        <translation>FEIL: {problem}</translation>
    </message>
    <message>
        <source>OK: {files} files and {xml} arkivmelding.xml checked{schema}.</source>
        <translation>OK: {files} filer og {xml} arkivmelding.xml kontrollert{schema}.</translation>
    </message>
    <message>
        <source> (also against the XSD)</source>
        <translation> (også mot XSD-en)</translation>
    </message>
    <message>
        <source>{count} problems found.</source>
        <translation>Fant {count} feil.</translation>
    </message>
    <message>
        <source>Could not read the receipt {file}: {error}</source>
        <translation>Kunne ikke lese kvitteringen {file}: {error}</translation>
    </message>
    <message>
        <source>{count} items marked as journalført.</source>
        <translation>{count} elementer merket som journalført.</translation>
    </message>
    <message>
        <source>Not known here: {key}</source>
        <translation>Ukjent her: {key}</translation>
    </message>
    <message>
        <source>From another system, ignored: {key}</source>
        <translation>Fra et annet system, hoppet over: {key}</translation>
    </message>
    <message>
        <source>Never exported, not marked (export it in a package first): {key}</source>
        <translation>Aldri eksportert, ikke merket (eksporter det i en pakke først): {key}</translation>
    </message>
    <message>
        <source>Journalført already, left as it is (--replace to replace its journal number): {key}</source>
        <translation>Allerede journalført, latt være som det var (--replace for å erstatte journalnummeret): {key}</translation>
    </message>
    <message>
        <source>Journal year or sequence number not plausible, not marked: {key}</source>
        <translation>Journalår eller sekvensnummer er ikke sannsynlig, ikke merket: {key}</translation>
    </message>
    <message>
        <source>Skjerming set; it goes into the item&apos;s arkivmelding.</source>
        <translation>Skjerming satt; den kommer med i elementets arkivmelding.</translation>
    </message>
    <message>
        <source>Skjerming removed.</source>
        <translation>Skjerming fjernet.</translation>
    </message>
    <message>
        <source>Marked as journalført.</source>
        <translation>Merket som journalført.</translation>
    </message>
</context>
<context>
    <name>ArchiveExport</name>
    <message>
        <source>The target is full: {target}. Nothing was marked as exported; free some space or choose another target.</source>
        <translation>Målet er fullt: {target}. Ingenting er merket som eksportert. Frigjør plass eller velg et annet mål.</translation>
    </message>
    <message>
        <source>The target is read-only or not writable: {target}. Nothing was marked as exported.</source>
        <translation>Målet er skrivebeskyttet eller kan ikke skrives til: {target}. Ingenting er merket som eksportert.</translation>
    </message>
    <message>
        <source>The target disappeared while writing (USB stick pulled out or share lost?): {target}. Nothing was marked as exported.</source>
        <translation>Målet forsvant under skrivingen (er minnepinnen tatt ut eller forbindelsen til fellesområdet brutt?): {target}. Ingenting er merket som eksportert.</translation>
    </message>
    <message>
        <source>Could not write the package to {target}: {error}. Nothing was marked as exported.</source>
        <translation>Kunne ikke skrive pakken til {target}: {error}. Ingenting er merket som eksportert.</translation>
    </message>
    <message>
        <source>The target folder does not exist: {target}</source>
        <translation>Målmappen finnes ikke: {target}</translation>
    </message>
    <message>
        <source>A package with this name exists already: {path}</source>
        <translation>Det finnes allerede en pakke med dette navnet: {path}</translation>
    </message>
    <message>
        <source>Reading the package back and checking every checksum</source>
        <translation>Leser pakken tilbake og kontrollerer alle sjekksummer</translation>
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
        <translation>Et skjermbilde mangler på denne maskinen: {sha}. Synkroniser først.</translation>
    </message>
    <message>
        <source>A screenshot is damaged on this laptop (its content no longer matches its checksum): {sha}</source>
        <translation>Et skjermbilde er skadet på denne maskinen (innholdet stemmer ikke lenger med sjekksummen): {sha}</translation>
    </message>
    <message>
        <source>The package was not written: {file} would not be accepted by the archive ({error}). Nothing was marked as exported; please report this as an error in the program.</source>
        <translation>Pakken ble ikke skrevet: arkivet ville ikke godta {file} ({error}). Ingenting ble merket som eksportert; meld gjerne fra om dette som en feil i programmet.</translation>
    </message>
    <message>
        <source>The package was not written: the file name “{name}” would point outside the package. Nothing was marked as exported.</source>
        <translation>Pakken ble ikke skrevet: filnavnet «{name}» ville peke ut av pakken. Ingenting ble merket som eksportert.</translation>
    </message>
    <message>
        <source>Table of contents</source>
        <translation>Innholdsliste</translation>
    </message>
    <message>
        <source>The package read back from the target differs from what was written: {problems}</source>
        <translation>Pakken som ble lest tilbake fra målet, er ikke lik det som ble skrevet: {problems}</translation>
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
            <numerusform>%n element som skal arkiveres, blir med i pakken.</numerusform>
            <numerusform>%n elementer som skal arkiveres, blir med i pakken.</numerusform>
        </translation>
    </message>
    <message>
        <source>A USB stick or a folder on the share</source>
        <translation>En minnepinne eller en mappe på fellesområdet</translation>
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
        <translation>Én &amp;ZIP-fil (anbefalt)</translation>
    </message>
    <message>
        <source>A plain f&amp;older</source>
        <translation>En vanlig ma&amp;ppe</translation>
    </message>
    <message>
        <source>Form:</source>
        <translation>Form:</translation>
    </message>
    <message>
        <source>e.g. 2026/123 (leave empty to use the archive part)</source>
        <translation>f.eks. 2026/123 (la stå tomt for å bruke arkivdelen)</translation>
    </message>
    <message>
        <source>&amp;Parent folder (mappeID):</source>
        <translation>&amp;Overordnet mappe (mappeID):</translation>
    </message>
    <message>
        <source>The archive part&apos;s code, if no parent folder</source>
        <translation>Arkivdelens kode, hvis ingen overordnet mappe</translation>
    </message>
    <message>
        <source>Archive p&amp;art (arkivdel):</source>
        <translation>Arkiv&amp;del:</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Fremdrift for eksporten</translation>
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
        <translation>Ingenting å arkivere med disse filtrene.</translation>
    </message>
    <message>
        <source>Choose the target folder</source>
        <translation>Velg målmappe</translation>
    </message>
    <message>
        <source>Choose a target folder first.</source>
        <translation>Velg en målmappe først.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist (is the USB stick plugged in?).</source>
        <translation>Mappen {path} finnes ikke (står minnepinnen i?).</translation>
    </message>
    <message>
        <source>Writing the package…</source>
        <translation>Skriver pakken …</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was marked as exported.</source>
        <translation>Avbrutt. Ingenting er merket som eksportert.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Avbryter …</translation>
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
        <translation>Skriv en pakke med alt som skal arkiveres (Ctrl+N)</translation>
    </message>
    <message>
        <source>Import &amp;receipt…</source>
        <translation>Les inn &amp;kvittering …</translation>
    </message>
    <message>
        <source>Read the archive&apos;s receipt (arkivmeldingKvittering) and mark the items it names as journalført</source>
        <translation>Les inn kvitteringen fra arkivet (arkivmeldingKvittering) og merk elementene den nevner, som journalført</translation>
    </message>
    <message>
        <source>Enter &amp;journal number…</source>
        <translation>Registrer &amp;journalnummer …</translation>
    </message>
    <message>
        <source>Mark the selected item journalført by hand</source>
        <translation>Merk det valgte elementet som journalført for hånd</translation>
    </message>
    <message>
        <source>S&amp;kjerming…</source>
        <translation>Skjer&amp;ming …</translation>
    </message>
    <message>
        <source>Mark the selected item skjermet (access restriction and legal basis) before export</source>
        <translation>Merk det valgte elementet som skjermet (tilgangsrestriksjon og skjermingshjemmel) før eksport</translation>
    </message>
    <message>
        <source>Only the &amp;period</source>
        <translation>Bare &amp;perioden</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Periode fra</translation>
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
        <translation>Hva</translation>
    </message>
    <message>
        <source>Package / journal no.</source>
        <translation>Pakke / journalnr.</translation>
    </message>
    <message>
        <source>Items for the archive</source>
        <translation>Elementer til arkivet</translation>
    </message>
    <message>
        <source>Preview of what goes into the package</source>
        <translation>Forhåndsvisning av det som blir med i pakken</translation>
    </message>
    <message>
        <source>Packages written</source>
        <translation>Skrevne pakker</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Skrevet</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Pakke</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Elementer</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Hvor</translation>
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
        <translation>Les pakken der den ble skrevet, og kontroller alle sjekksummer og alle arkivmelding.xml</translation>
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
        <translation>Skal arkiveres</translation>
    </message>
    <message>
        <source>Exported, not journalført</source>
        <translation>Eksportert, ikke journalført</translation>
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
        <translation>Skal arkiveres: {n}</translation>
    </message>
    <message>
        <source>Exported, awaiting journal: {n}</source>
        <translation>Eksportert, venter på journalføring: {n}</translation>
    </message>
    <message>
        <source>Journalført: {n}</source>
        <translation>Journalført: {n}</translation>
    </message>
    <message>
        <source>Select an item to see what goes into the package.</source>
        <translation>Velg et element for å se hva som blir med i pakken.</translation>
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
        <translation>Skrev {file} ({n} elementer).</translation>
    </message>
    <message>
        <source>Receipt from the archive</source>
        <translation>Kvittering fra arkivet</translation>
    </message>
    <message>
        <source>XML files (*.xml);;All files (*)</source>
        <translation>XML-filer (*.xml);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Could not read the receipt: {error}</source>
        <translation>Kunne ikke lese kvitteringen: {error}</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) marked as journalført.</source>
        <translation>
            <numerusform>%n element merket som journalført.</numerusform>
            <numerusform>%n elementer merket som journalført.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) were never exported and were not marked; export them first.</source>
        <translation>
            <numerusform>%n element var aldri eksportert og ble ikke merket; eksporter det først.</numerusform>
            <numerusform>%n elementer var aldri eksportert og ble ikke merket; eksporter dem først.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) were journalført already and were left as they were.</source>
        <translation>
            <numerusform>%n element var allerede journalført og ble latt være som det var.</numerusform>
            <numerusform>%n elementer var allerede journalført og ble latt være som de var.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) have an implausible journal year or sequence number and were not marked.</source>
        <translation>
            <numerusform>%n element har et usannsynlig journalår eller sekvensnummer og ble ikke merket.</numerusform>
            <numerusform>%n elementer har et usannsynlig journalår eller sekvensnummer og ble ikke merket.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in the receipt are not known here.</source>
        <translation>
            <numerusform>%n element i kvitteringen er ukjent her.</numerusform>
            <numerusform>%n elementer i kvitteringen er ukjente her.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace journal numbers?</source>
        <translation>Erstatte journalnumre?</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in the receipt are journalført already with a journal number. Replace their journal numbers with the ones in this receipt?</source>
        <translation>
            <numerusform>%n element i kvitteringen er allerede journalført med et journalnummer. Vil du erstatte journalnummeret med det i denne kvitteringen?</numerusform>
            <numerusform>%n elementer i kvitteringen er allerede journalført med et journalnummer. Vil du erstatte journalnumrene med dem i denne kvitteringen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an item first.</source>
        <translation>Velg et element først.</translation>
    </message>
    <message>
        <source>Skjerming saved.</source>
        <translation>Skjerming lagret.</translation>
    </message>
    <message>
        <source>Skjerming removed.</source>
        <translation>Skjerming fjernet.</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>Kontrollerer {file} …</translation>
    </message>
    <message>
        <source>OK: {files} files and {xml} arkivmelding.xml checked.</source>
        <translation>OK: {files} filer og {xml} arkivmelding.xml kontrollert.</translation>
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
        <translation>Fant ingen moderering eller noe innlegg med ID {id}.</translation>
    </message>
    <message>
        <source>Nothing to archive with these filters.</source>
        <translation>Ingenting å arkivere med disse filtrene.</translation>
    </message>
    <message>
        <source>No package {id} in the history.</source>
        <translation>Fant ingen pakke {id} i historikken.</translation>
    </message>
    <message>
        <source>Give a journal sequence number or the archive&apos;s reference.</source>
        <translation>Oppgi et sekvensnummer for journalposten eller arkivets referanse.</translation>
    </message>
    <message>
        <source>The journal year {year} is not plausible (four digits).</source>
        <translation>Journalåret {year} er ikke sannsynlig (skriv fire sifre).</translation>
    </message>
    <message>
        <source>The sequence number must be 1 or more.</source>
        <translation>Sekvensnummeret må være 1 eller mer.</translation>
    </message>
    <message>
        <source>Skjerming needs both the access restriction code (e.g. 13) and its legal basis (e.g. offl. § 13 jf. fvl. § 13); leave both empty to remove it.</source>
        <translation>Skjerming krever både kode for tilgangsrestriksjon (f.eks. 13) og skjermingshjemmel (f.eks. offl. § 13 jf. fvl. § 13); la begge stå tomme for å fjerne den.</translation>
    </message>
    <message>
        <source>The item has been exported already; its skjerming can no longer go into the package. Tell the archive staff instead.</source>
        <translation>Elementet er allerede eksportert, så skjermingen kan ikke lenger komme med i pakken. Gi beskjed til arkivet i stedet.</translation>
    </message>
    <message>
        <source>The file cannot be read: {error}</source>
        <translation>Filen kan ikke leses: {error}</translation>
    </message>
    <message>
        <source>The file is not a receipt from the archive (arkivmeldingKvittering): {detail}</source>
        <translation>Filen er ikke en kvittering fra arkivet (arkivmeldingKvittering): {detail}</translation>
    </message>
</context>
<context>
    <name>ArchiveVerify</name>
    <message>
        <source>The file is not a readable ZIP file ({error}).</source>
        <translation>Filen er ikke en lesbar ZIP-fil ({error}).</translation>
    </message>
    <message>
        <source>{file}: compressed with method {method}; an archive ZIP allows only stored and deflate.</source>
        <translation>{file}: komprimert med metode {method}; i en arkiv-ZIP er bare «stored» og «deflate» tillatt.</translation>
    </message>
    <message>
        <source>{file}: encrypted; an archive ZIP must not be encrypted.</source>
        <translation>{file}: kryptert; en arkiv-ZIP skal ikke være kryptert.</translation>
    </message>
    <message>
        <source>{file}: the name has non-ASCII characters but is not marked as UTF-8.</source>
        <translation>{file}: navnet har tegn utenfor ASCII, men er ikke merket som UTF-8.</translation>
    </message>
    <message>
        <source>{file}: lies on another volume (a ZIP split into several parts).</source>
        <translation>{file}: ligger på et annet volum (en ZIP delt i flere deler).</translation>
    </message>
    <message>
        <source>{file}: uses ZIP64 although its size does not need it.</source>
        <translation>{file}: bruker ZIP64 selv om størrelsen ikke krever det.</translation>
    </message>
    <message>
        <source>{file}: unsafe path in the ZIP (absolute, a drive letter, a backslash, or with ..).</source>
        <translation>{file}: usikker sti i ZIP-filen (absolutt, med stasjonsbokstav, omvendt skråstrek eller ..).</translation>
    </message>
    <message>
        <source>{file}: the name occurs more than once in the package (ignoring case and slashes).</source>
        <translation>{file}: navnet finnes mer enn én gang i pakken (uten hensyn til store og små bokstaver og skråstreker).</translation>
    </message>
    <message>
        <source>{file}: a symbolic link or special file; a package holds only ordinary files.</source>
        <translation>{file}: en symbolsk lenke eller spesialfil; en pakke skal bare inneholde vanlige filer.</translation>
    </message>
    <message>
        <source>{file}: its data overlaps another entry&apos;s (a ZIP built to explode when unpacked).</source>
        <translation>{file}: dataene overlapper en annen oppførings (en ZIP-fil laget for å eksplodere når den pakkes ut).</translation>
    </message>
    <message>
        <source>{file}: {size} bytes, over the limit of {limit} bytes for one file.</source>
        <translation>{file}: {size} byte, over grensen på {limit} byte for én fil.</translation>
    </message>
    <message>
        <source>{file}: would expand from {packed} to {size} bytes, more than {ratio} times (a ZIP bomb?).</source>
        <translation>{file}: ville vokse fra {packed} til {size} byte, mer enn {ratio} ganger (en ZIP-bombe?).</translation>
    </message>
    <message>
        <source>The package would expand to {size} bytes, over the limit of {limit} bytes.</source>
        <translation>Pakken ville bli {size} byte utpakket, over grensen på {limit} byte.</translation>
    </message>
    <message>
        <source>The package has {count} entries, over the limit of {limit}.</source>
        <translation>Pakken har {count} oppføringer, over grensen på {limit}.</translation>
    </message>
    <message>
        <source>{file}: holds {actual} bytes, but the ZIP declares {declared}.</source>
        <translation>{file}: inneholder {actual} byte, men ZIP-filen oppgir {declared}.</translation>
    </message>
    <message>
        <source>The package could not be checked ({error}).</source>
        <translation>Pakken kunne ikke kontrolleres ({error}).</translation>
    </message>
    <message>
        <source>{file}: not the structure of a FIKS Arkiv arkivmelding ({error}).</source>
        <translation>{file}: har ikke strukturen til en FIKS Arkiv-arkivmelding ({error}).</translation>
    </message>
    <message>
        <source>The package {path} does not exist.</source>
        <translation>Pakken {path} finnes ikke.</translation>
    </message>
    <message>
        <source>sha256sums.txt is missing from the package.</source>
        <translation>sha256sums.txt mangler i pakken.</translation>
    </message>
    <message>
        <source>sha256sums.txt cannot be read ({error}).</source>
        <translation>sha256sums.txt kan ikke leses ({error}).</translation>
    </message>
    <message>
        <source>{file}: in the package but not listed in sha256sums.txt.</source>
        <translation>{file}: ligger i pakken, men står ikke i sha256sums.txt.</translation>
    </message>
    <message>
        <source>{file}: listed in sha256sums.txt but missing from the package.</source>
        <translation>{file}: står i sha256sums.txt, men mangler i pakken.</translation>
    </message>
    <message>
        <source>{file}: cannot be read ({error}).</source>
        <translation>{file}: kan ikke leses ({error}).</translation>
    </message>
    <message>
        <source>{file}: the file has changed or is damaged: its SHA-256 is {actual}, but sha256sums.txt says {expected}.</source>
        <translation>{file}: filen er endret eller skadet: SHA-256 er {actual}, men sha256sums.txt sier {expected}.</translation>
    </message>
    <message>
        <source>manifest.json cannot be read ({error}).</source>
        <translation>manifest.json kan ikke leses ({error}).</translation>
    </message>
    <message>
        <source>The package has no arkivmelding.xml.</source>
        <translation>Pakken har ingen arkivmelding.xml.</translation>
    </message>
    <message>
        <source>{file}: does not follow the FIKS Arkiv XSD ({error}).</source>
        <translation>{file}: følger ikke FIKS Arkiv-XSD-en ({error}).</translation>
    </message>
    <message>
        <source>{file}: not well-formed XML ({error}).</source>
        <translation>{file}: ikke velformet XML ({error}).</translation>
    </message>
    <message>
        <source>{file}: the root element is {tag}, not arkivmelding.</source>
        <translation>{file}: rotelementet er {tag}, ikke arkivmelding.</translation>
    </message>
    <message>
        <source>{file}: antallFiler says {count}, but the message describes {described} files.</source>
        <translation>{file}: antallFiler sier {count}, men meldingen beskriver {described} filer.</translation>
    </message>
    <message>
        <source>{file}: antallFiler is missing; the message describes {described} files.</source>
        <translation>{file}: antallFiler mangler; meldingen beskriver {described} filer.</translation>
    </message>
    <message>
        <source>{file}: referanseEksternNoekkel/noekkel is missing.</source>
        <translation>{file}: referanseEksternNoekkel/noekkel mangler.</translation>
    </message>
    <message>
        <source>{file}: sjekksumAlgoritme for {document} is not SHA256.</source>
        <translation>{file}: sjekksumAlgoritme for {document} er ikke SHA256.</translation>
    </message>
    <message>
        <source>{file}: the document {document} is missing from the package.</source>
        <translation>{file}: dokumentet {document} mangler i pakken.</translation>
    </message>
    <message>
        <source>{file}: the sjekksum for {document} does not match the file.</source>
        <translation>{file}: sjekksummen for {document} stemmer ikke med filen.</translation>
    </message>
    <message>
        <source>The ZIP file&apos;s SHA-256 is {actual}, but {recorded} was recorded when it was written.</source>
        <translation>ZIP-filens SHA-256 er {actual}, men {recorded} ble registrert da den ble skrevet.</translation>
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
        <translation>f.eks. 26/01234-3 eller ID-en i arkivsystemet</translation>
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
        <translation>Oppgi et sekvensnummer eller arkivets referanse.</translation>
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
        <translation>f.eks. 13</translation>
    </message>
    <message>
        <source>e.g. offl. § 13 jf. fvl. § 13</source>
        <translation>f.eks. offl. § 13 jf. fvl. § 13</translation>
    </message>
    <message>
        <source>Access &amp;restriction (tilgangsrestriksjon):</source>
        <translation>&amp;Tilgangsrestriksjon:</translation>
    </message>
    <message>
        <source>Legal &amp;basis (skjermingshjemmel):</source>
        <translation>&amp;Skjermingshjemmel:</translation>
    </message>
    <message>
        <source>Leave both empty to remove the skjerming.</source>
        <translation>La begge stå tomme for å fjerne skjermingen.</translation>
    </message>
    <message>
        <source>Give both the access restriction and its legal basis, or neither.</source>
        <translation>Fyll ut både tilgangsrestriksjon og skjermingshjemmel, eller ingen av dem.</translation>
    </message>
</context>
</TS>
