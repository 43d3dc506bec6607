<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn_NO" sourcelanguage="en">
<context>
    <name>CrisisDialog</name>
    <message>
        <source>Crisis mode</source>
        <translation>Krisemodus</translation>
    </message>
    <message>
        <source>In a crisis, communication goes through the crisis management (kriseledelsen). Posts planned in the period are shown as on hold until they are approved.</source>
        <translation>Ved krisesituasjonar skal kommunikasjonen gå via kommunen si kriseleiing. Innlegg som er planlagde i perioden, blir viste som «på vent» til dei er godkjende.</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Startar</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Startar:</translation>
    </message>
    <message>
        <source>Until lifted</source>
        <translation>Til han blir oppheva</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Sluttar</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>S&amp;luttar:</translation>
    </message>
    <message>
        <source>What the crisis is</source>
        <translation>Kva krisa gjeld</translation>
    </message>
    <message>
        <source>&amp;What the crisis is:</source>
        <translation>&amp;Kva krisa gjeld:</translation>
    </message>
    <message>
        <source>Start crisis mode</source>
        <translation>Start krisemodus</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Import posts from CSV</source>
        <translation>Importer innlegg frå CSV</translation>
    </message>
    <message>
        <source>{file} cannot be imported: fix the errors below and try again. Nothing has been imported.</source>
        <translation>{file} kan ikkje importerast: rett feila nedanfor og prøv igjen. Ingenting er importert.</translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation>Rader som skal importerast</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linje</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>error</source>
        <translation>feil</translation>
    </message>
    <message>
        <source>update</source>
        <translation>blir oppdatert</translation>
    </message>
    <message>
        <source>{file}: {summary} Nothing is written until you choose Import.</source>
        <translation>{file}: {summary} Ingenting blir skrive før du vel Importer.</translation>
    </message>
    <message>
        <source>new</source>
        <translation>ny</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>uendra</translation>
    </message>
    <message>
        <source>newer edit in the app</source>
        <translation>nyare endring i programmet</translation>
    </message>
    <message>
        <source>differs (cannot tell which side changed)</source>
        <translation>ulik (kan ikkje sjå kva side som er endra)</translation>
    </message>
    <message>
        <source>deleted in the app</source>
        <translation>sletta i programmet</translation>
    </message>
    <message>
        <source>Posts that need your choice</source>
        <translation>Innlegg som treng valet ditt</translation>
    </message>
    <message>
        <source>Posts that need your &amp;choice:</source>
        <translation>Innlegg som treng &amp;valet ditt:</translation>
    </message>
    <message>
        <source>Changed in the app: {post}</source>
        <translation>Endra i programmet: {post}</translation>
    </message>
    <message>
        <source>Different in the app and in the file: {post}</source>
        <translation>Ulik i programmet og i fila: {post}</translation>
    </message>
    <message>
        <source>Deleted in the app: {post}</source>
        <translation>Sletta i programmet: {post}</translation>
    </message>
    <message>
        <source>&amp;Overwrite the posts that differ from the app ({count})</source>
        <translation>&amp;Overskriv innlegga som er ulike i programmet ({count})</translation>
    </message>
    <message>
        <source>&amp;Overwrite the posts changed in the app after the file was made ({count})</source>
        <translation>&amp;Skriv over innlegga som er endra i programmet etter at fila vart laga ({count})</translation>
    </message>
    <message>
        <source>&amp;Restore the deleted posts ({count})</source>
        <translation>&amp;Gjenopprett dei sletta innlegga ({count})</translation>
    </message>
    <message>
        <source>Posts Import writes: {count}. Left as they are in the app: {skipped}.</source>
        <translation>Innlegg importen skriv: {count}. Blir ståande slik dei er i programmet: {skipped}.</translation>
    </message>
    <message>
        <source>Posts imported: {count}. Changed in the app after this preview and not imported: {skipped}; import the file again to see them:</source>
        <translation>Innlegg importerte: {count}. Endra i programmet etter denne førehandsvisinga og ikkje importerte: {skipped}; importer fila på nytt for å sjå dei:</translation>
    </message>
    <message>
        <source>&amp;Errors:</source>
        <translation>&amp;Feil:</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Feil</translation>
    </message>
    <message>
        <source>Line {line}: </source>
        <translation>Linje {line}: </translation>
    </message>
    <message>
        <source>No errors.</source>
        <translation>Ingen feil.</translation>
    </message>
    <message>
        <source>Posts not imported</source>
        <translation>Innlegg som ikkje vart importerte</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
</context>
<context>
    <name>NewsPanel</name>
    <message>
        <source>Plan a post for this news item</source>
        <extracomment>Store tables whose change can change the strip (a post saved, the feed&apos;s cache refreshed). The newest item&apos;s title is shortened to this many characters (the whole title is in the editor).</extracomment>
        <translation>Planlegg innlegg for denne saka</translation>
    </message>
    <message>
        <source>Plan a post for the newest website news item</source>
        <translation>Planlegg innlegg for den nyaste saka på nettsida</translation>
    </message>
    <message numerus="yes">
        <source>R2: %n website news item(s) without a post</source>
        <translation>
            <numerusform>R2: %n nyheit på nettsida utan innlegg</numerusform>
            <numerusform>R2: %n nyheiter på nettsida utan innlegg</numerusform>
        </translation>
    </message>
    <message>
        <source>newest: &quot;{title}&quot;</source>
        <translation>nyaste: «{title}»</translation>
    </message>
</context>
<context>
    <name>Planning</name>
    <message>
        <source>News</source>
        <translation>Nyheit</translation>
    </message>
    <message>
        <source>Film</source>
        <translation>Film</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Bilete</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Arrangement</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anna</translation>
    </message>
    <message>
        <source>Idea</source>
        <extracomment>Kinds that count as news items on the main page (R11: &quot;inklusive film- og bildenyheter&quot;).</extracomment>
        <translation>Idé</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publisert</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avlyst</translation>
    </message>
    <message>
        <source>Published on the website (URL)</source>
        <translation>Publisert på heimesida (URL)</translation>
    </message>
    <message>
        <source>Planned on the website</source>
        <translation>Planlagd på heimesida</translation>
    </message>
    <message>
        <source>Not relevant (give a reason)</source>
        <translation>Ikkje aktuelt (grunngje)</translation>
    </message>
</context>
<context>
    <name>PlanningCalendar</name>
    <message>
        <source>Mon</source>
        <translation>mån.</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>tys.</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>ons.</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>tor.</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>fre.</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>lau.</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>sun.</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>stoppa</translation>
    </message>
    <message>
        <source>error</source>
        <translation>feil</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>åtvaring</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message numerus="yes">
        <source>%n blocked</source>
        <translation>
            <numerusform>%n stoppa</numerusform>
            <numerusform>%n stoppa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n feil</numerusform>
            <numerusform>%n feil</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n åtvaring</numerusform>
            <numerusform>%n åtvaringar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n merknad</numerusform>
            <numerusform>%n merknader</numerusform>
        </translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>På vent</translation>
    </message>
    <message>
        <source>no findings</source>
        <translation>ingen funn</translation>
    </message>
    <message>
        <source>{time} {page}: {title}. {status}. {findings}</source>
        <translation>{time} {page}: {title}. {status}. {findings}</translation>
    </message>
    <message>
        <source>Enter opens the post. Alt+Left/Right moves it a day, Alt+Up/Down half an hour; Ctrl+Z undoes.</source>
        <translation>Enter opnar innlegget. Alt+Venstre/Høgre flyttar det ein dag, Alt+Opp/Ned ein halvtime; Ctrl+Z angrar.</translation>
    </message>
    <message>
        <source>Day {day}</source>
        <translation>Dag {day}</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Veke</translation>
    </message>
    <message>
        <source>today</source>
        <translation>i dag</translation>
    </message>
    <message numerus="yes">
        <source>{day}: %n post(s)</source>
        <translation>
            <numerusform>{day}: %n innlegg</numerusform>
            <numerusform>{day}: %n innlegg</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ R11: {count} news items on the main page (at most {limit})</source>
        <translation>⚠ R11: {count} nyheitssaker på hovudsida (høgst {limit})</translation>
    </message>
    <message>
        <source>{time} {page}: {title} ({status}) · {findings}</source>
        <translation>{time} {page}: {title} ({status}) · {findings}</translation>
    </message>
    <message>
        <source>+{count} more</source>
        <translation>+{count} til</translation>
    </message>
    <message>
        <source>Week {number}, {year}</source>
        <translation>Veke {number}, {year}</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Side</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
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
        <source>Findings</source>
        <translation>Funn</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
</context>
<context>
    <name>PlanningCommands</name>
    <message numerus="yes">
        <source>%n post(s) exported to {path}.</source>
        <translation>
            <numerusform>%n innlegg eksportert til {path}.</numerusform>
            <numerusform>%n innlegg eksporterte til {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped, as changed in the app: %n post(s). Give --overwrite to overwrite.</source>
        <translation>
            <numerusform>Hoppa over fordi det er endra i programmet: %n innlegg. Bruk --overwrite for å overskrive.</numerusform>
            <numerusform>Hoppa over fordi dei er endra i programmet: %n innlegg. Bruk --overwrite for å overskrive.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped, as the app and the file differ and which changed cannot be told: %n post(s). Give --overwrite to overwrite.</source>
        <translation>
            <numerusform>Hoppa over fordi programmet og fila er ulike og det ikkje kan avgjerast kva som er endra: %n innlegg. Bruk --overwrite for å overskrive.</numerusform>
            <numerusform>Hoppa over fordi programmet og fila er ulike og det ikkje kan avgjerast kva som er endra: %n innlegg. Bruk --overwrite for å overskrive.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped, as deleted in the app: %n post(s). Give --restore to bring back.</source>
        <translation>
            <numerusform>Hoppa over fordi det er sletta i programmet: %n innlegg. Bruk --restore for å hente det tilbake.</numerusform>
            <numerusform>Hoppa over fordi dei er sletta i programmet: %n innlegg. Bruk --restore for å hente dei tilbake.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) can be imported.</source>
        <translation>
            <numerusform>%n innlegg kan importerast.</numerusform>
            <numerusform>%n innlegg kan importerast.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) imported.</source>
        <translation>
            <numerusform>%n innlegg importert.</numerusform>
            <numerusform>%n innlegg importerte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not imported, as changed in the app after the check above: %n post(s) (run the import again to see them):</source>
        <translation>
            <numerusform>Ikkje importert fordi det vart endra i programmet etter kontrollen over: %n innlegg (køyr importen på nytt for å sjå det):</numerusform>
            <numerusform>Ikkje importert fordi dei vart endra i programmet etter kontrollen over: %n innlegg (køyr importen på nytt for å sjå dei):</numerusform>
        </translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>stoppa</translation>
    </message>
    <message>
        <source>error</source>
        <translation>feil</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>åtvaring</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>No page {page}.</source>
        <translation>Finn inga side {page}.</translation>
    </message>
    <message>
        <source>Give one --image for each --alt.</source>
        <translation>Oppgje eitt --image for kvar --alt.</translation>
    </message>
    <message>
        <source>No such image file: {path}</source>
        <translation>Biletfila finst ikkje: {path}</translation>
    </message>
    <message>
        <source>{path} is not an image (PNG, JPEG, GIF, WebP ...).</source>
        <translation>{path} er ikkje eit bilete (PNG, JPEG, GIF, WebP …).</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Ingen funn.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}</source>
        <translation>Kan ikkje skrive {path}: {error}</translation>
    </message>
    <message>
        <source>line {line}: </source>
        <translation>linje {line}: </translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Ingenting vart importert.</translation>
    </message>
    <message>
        <source>Changed in the app after the file was made (importing would undo those edits):</source>
        <translation>Endra i programmet etter at fila vart laga (importen ville ha angra desse endringane):</translation>
    </message>
    <message>
        <source>Different in the app and in the file (importing would set the file&apos;s values):</source>
        <translation>Ulike i programmet og i fila (importen ville sett verdiane frå fila):</translation>
    </message>
    <message>
        <source>Deleted in the app:</source>
        <translation>Sletta i programmet:</translation>
    </message>
    <message>
        <source>Not an ISO week: {week} (use YYYY-Www, e.g. 2026-W05).</source>
        <translation>Ikkje ei ISO-veke: {week} (bruk ÅÅÅÅ-Wvv, t.d. 2026-W05).</translation>
    </message>
    <message>
        <source>Week {week} on the main page</source>
        <translation>Veke {week} på hovudsida</translation>
    </message>
</context>
<context>
    <name>PlanningPage</name>
    <message>
        <source>Move post</source>
        <translation>Flytt innlegg</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Førre periode</translation>
    </message>
    <message>
        <source>Previous period (Ctrl+PgUp)</source>
        <translation>Førre periode (Ctrl+PgUp)</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;I dag</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>Neste periode</translation>
    </message>
    <message>
        <source>Next period (Ctrl+PgDown)</source>
        <translation>Neste periode (Ctrl+PgDown)</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Veke</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Månad</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <source>&amp;Page:</source>
        <translation>&amp;Side:</translation>
    </message>
    <message>
        <source>Show page</source>
        <translation>Vis side</translation>
    </message>
    <message>
        <source>&amp;New post</source>
        <translation>&amp;Nytt innlegg</translation>
    </message>
    <message>
        <source>Crisis mode…</source>
        <translation>Krisemodus …</translation>
    </message>
    <message>
        <source>End crisis mode</source>
        <translation>Avslutt krisemodus</translation>
    </message>
    <message>
        <source>Export .ics…</source>
        <translation>Eksporter .ics …</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Eksporter CSV …</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importer CSV …</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Innlegg</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Angre</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gjer om</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planlegging</translation>
    </message>
    <message>
        <source>All pages</source>
        <translation>Alle sider</translation>
    </message>
    <message>
        <source>Marked for Kommunikasjon</source>
        <translation>Merkt for kommunikasjonsavdelinga</translation>
    </message>
    <message>
        <source>Week {week}, {first} – {last}</source>
        <translation>Veke {week}, {first}–{last}</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) shown.</source>
        <translation>
            <numerusform>%n innlegg blir vist.</numerusform>
            <numerusform>%n innlegg blir viste.</numerusform>
        </translation>
    </message>
    <message>
        <source>public holiday</source>
        <translation>heilagdag</translation>
    </message>
    <message>
        <source>⚠ {count} news items (max {limit})</source>
        <translation>⚠ {count} nyheitssaker (maks {limit})</translation>
    </message>
    <message>
        <source>No main page registered: no weekly quota.</source>
        <translation>Inga hovudside registrert: ingen vekekvote.</translation>
    </message>
    <message>
        <source>over the guideline</source>
        <translation>over retningslina</translation>
    </message>
    <message>
        <source>below 7</source>
        <translation>under 7</translation>
    </message>
    <message>
        <source>within the guideline</source>
        <translation>innanfor retningslina</translation>
    </message>
    <message>
        <source>Main page: {count} / {limit} this week · {state}</source>
        <translation>Hovudsida: {count} / {limit} denne veka · {state}</translation>
    </message>
    <message>
        <source>more than two on: {days}</source>
        <translation>meir enn to på: {days}</translation>
    </message>
    <message>
        <source>Crisis mode since {start}: posts are on hold until kriseledelsen approves them ({count} shown)</source>
        <translation>Krisemodus sidan {start}: innlegg er på vent til kriseleiinga godkjenner dei ({count} viste)</translation>
    </message>
    <message>
        <source>Post saved.</source>
        <translation>Innlegget er lagra.</translation>
    </message>
    <message>
        <source>Post moved to {when}. Ctrl+Z undoes it.</source>
        <translation>Innlegget er flytt til {when}. Ctrl+Z angrar.</translation>
    </message>
    <message>
        <source>Crisis mode</source>
        <translation>Krisemodus</translation>
    </message>
    <message>
        <source>Export to iCalendar</source>
        <translation>Eksporter til iCalendar</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Eksporter til CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Import posts from CSV</source>
        <translation>Importer innlegg frå CSV</translation>
    </message>
    <message>
        <source>{count} post(s) exported to {path}.</source>
        <translation>{count} innlegg eksportert til {path}.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Eksporten mislukkast</translation>
    </message>
    <message>
        <source>{count} post(s) imported.</source>
        <translation>{count} innlegg importert.</translation>
    </message>
    <message>
        <source>January</source>
        <translation>Januar</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Februar</translation>
    </message>
    <message>
        <source>March</source>
        <translation>Mars</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Desember</translation>
    </message>
</context>
<context>
    <name>PlanningRules</name>
    <message>
        <source>The website counterpart has no URL yet.</source>
        <extracomment>R11: news items per ISO week on the main page (&quot;7-10 nyhetssaker per uke (to pr. virkedag)&quot;).</extracomment>
        <translation>Saka på heimesida har ingen URL enno.</translation>
    </message>
    <message>
        <source>Say why a news item on the website is not relevant.</source>
        <translation>Skriv kvifor ei sak på heimesida ikkje er aktuell.</translation>
    </message>
    <message>
        <source>Record the website counterpart: its URL, &quot;planned&quot;, or why it is not relevant.</source>
        <translation>Registrer saka på heimesida: URL, «planlagd», eller kvifor ho ikkje er aktuell.</translation>
    </message>
    <message>
        <source>Could this interest more residents? Consider sending it to Kommunikasjon.</source>
        <translation>Kan dette interessere fleire innbyggjarar? Vurder å sende det til kommunikasjonsavdelinga.</translation>
    </message>
    <message>
        <source>Name the person responsible for publishing this post.</source>
        <translation>Oppgje kven som er ansvarleg for å publisere innlegget.</translation>
    </message>
    <message>
        <source>{person} holds no role on this page and may not publish on it.</source>
        <translation>{person} har inga rolle på denne sida og skal ikkje publisere der.</translation>
    </message>
    <message>
        <source>Image {name} has no alternative text.</source>
        <translation>Biletet {name} manglar alternativ tekst.</translation>
    </message>
    <message>
        <source>Image {name} contains text: write that text in the alternative text or the post.</source>
        <translation>Biletet {name} inneheld tekst: skriv den teksten i den alternative teksten eller i innlegget.</translation>
    </message>
    <message>
        <source>The text in image {name} is neither in its alternative text nor in the post.</source>
        <translation>Teksten i biletet {name} står verken i den alternative teksten eller i innlegget.</translation>
    </message>
    <message>
        <source>Record the rights to image {name}: photographer or source, and licence or consent.</source>
        <translation>Registrer bruksretten til biletet {name}: fotograf eller kjelde, og lisens eller samtykke.</translation>
    </message>
    <message>
        <source>Video {name} has no captions.</source>
        <translation>Videoen {name} er ikkje teksta.</translation>
    </message>
    <message>
        <source>Audio {name} has no text alternative (transcript).</source>
        <translation>Lyden {name} manglar tekstalternativ (transkripsjon).</translation>
    </message>
    <message>
        <source>&quot;{link_text}&quot; does not say where the link goes.</source>
        <translation>«{link_text}» seier ikkje kvar lenkja går.</translation>
    </message>
    <message>
        <source>The linked document must be universally designed too.</source>
        <translation>Dokumentet det blir lenkja til, må òg vere universelt utforma.</translation>
    </message>
    <message>
        <source>An emoji inside a sentence is read aloud in the middle of it.</source>
        <translation>Ein emoji inne i ei setning blir lesen opp midt i setninga.</translation>
    </message>
    <message>
        <source>{count} emoji in one post: screen readers read every one aloud; use three or fewer.</source>
        <translation>{count} emojiar i eitt innlegg: skjermlesarar les opp kvar av dei; bruk tre eller færre.</translation>
    </message>
    <message>
        <source>Write the hashtag as {suggestion} so screen readers read the words.</source>
        <translation>Skriv emneknaggen som {suggestion} så skjermlesarar les orda rett.</translation>
    </message>
    <message>
        <source>If this hashtag is several words, start each word with a capital letter.</source>
        <translation>Viss emneknaggen består av fleire ord, start kvart ord med stor bokstav.</translation>
    </message>
    <message>
        <source>Say why the post is worth archiving (legal, administrative, cultural or research value).</source>
        <translation>Skriv kvifor innlegget er arkivverdig (rettsleg, forvaltingsmessig, kulturell eller forskingsmessig verdi).</translation>
    </message>
    <message>
        <source>The text contains what looks like a national identity number ({kind}). Remove it: duty of confidentiality.</source>
        <translation>Teksten inneheld noko som ser ut som eit identitetsnummer ({kind}). Fjern det: hugs teieplikta!</translation>
    </message>
    <message>
        <source>The title contains what looks like a national identity number ({kind}). Remove it: duty of confidentiality.</source>
        <translation>Tittelen inneheld noko som ser ut som eit identitetsnummer ({kind}). Fjern det: hugs teieplikta!</translation>
    </message>
    <message>
        <source>The alternative text of image {name} contains what looks like a national identity number ({kind}). Remove it: duty of confidentiality.</source>
        <translation>Alternativteksten til biletet {name} inneheld noko som ser ut som eit identitetsnummer ({kind}). Fjern det: hugs teieplikta!</translation>
    </message>
    <message>
        <source>The text in image {name} contains what looks like a national identity number ({kind}). Remove it: duty of confidentiality.</source>
        <translation>Teksten i biletet {name} inneheld noko som ser ut som eit identitetsnummer ({kind}). Fjern det: hugs teieplikta!</translation>
    </message>
    <message>
        <source>The text of link {name} contains what looks like a national identity number ({kind}). Remove it: duty of confidentiality.</source>
        <translation>Teksten til lenkje {name} inneheld noko som ser ut som eit identitetsnummer ({kind}). Fjern det: hugs teieplikta!</translation>
    </message>
    <message>
        <source>&quot;{word}&quot; sounds like case processing, which is not done on social media.</source>
        <translation>«{word}» høyrest ut som sakshandsaming, og det skal IKKJE drivast sakshandsaming på sosiale medium.</translation>
    </message>
    <message>
        <source>In the title, &quot;{word}&quot; sounds like case processing, which is not done on social media.</source>
        <translation>I tittelen høyrest «{word}» ut som sakshandsaming, og det skal IKKJE drivast sakshandsaming på sosiale medium.</translation>
    </message>
    <message>
        <source>In the alternative text of image {name}, &quot;{word}&quot; sounds like case processing, which is not done on social media.</source>
        <translation>I alternativteksten til biletet {name} høyrest «{word}» ut som sakshandsaming, og det skal IKKJE drivast sakshandsaming på sosiale medium.</translation>
    </message>
    <message>
        <source>In the text in image {name}, &quot;{word}&quot; sounds like case processing, which is not done on social media.</source>
        <translation>I teksten i biletet {name} høyrest «{word}» ut som sakshandsaming, og det skal IKKJE drivast sakshandsaming på sosiale medium.</translation>
    </message>
    <message>
        <source>In the text of link {name}, &quot;{word}&quot; sounds like case processing, which is not done on social media.</source>
        <translation>I teksten til lenkja {name} høyrest «{word}» ut som sakshandsaming, og det skal IKKJE drivast sakshandsaming på sosiale medium.</translation>
    </message>
    <message>
        <source>Crisis mode: this post is on hold until the crisis management (kriseledelsen) approves it.</source>
        <translation>Krisemodus: innlegget er på vent til kriseleiinga har godkjent det.</translation>
    </message>
    <message>
        <source>{count} news items planned in week {number}, {year} on the main page; the guideline says at most 10.</source>
        <translation>{count} nyheitssaker planlagde i veke {number}, {year} på hovudsida; retningslina seier høgst 10.</translation>
    </message>
    <message>
        <source>Only {count} news items in week {number}, {year} on the main page; the guideline suggests 7 to 10.</source>
        <translation>Berre {count} nyheitssaker i veke {number}, {year} på hovudsida; retningslina føreslår 7 til 10.</translation>
    </message>
    <message>
        <source>With this post, {day} has {count} news items on the main page; the guideline says two per working day.</source>
        <translation>Med dette innlegget har {day} {count} nyheitssaker på hovudsida; retningslina seier to pr. vyrkedag.</translation>
    </message>
    <message>
        <source>With this post, week {number}, {year} has {count} news items on the main page; the guideline says at most 10.</source>
        <translation>Med dette innlegget har veke {number}, {year} {count} nyheitssaker på hovudsida; retningslina seier høgst 10.</translation>
    </message>
    <message>
        <source>{count} news items on {day}; the guideline says two per working day.</source>
        <translation>{count} nyheitssaker {day}; retningslina seier to pr. vyrkedag.</translation>
    </message>
</context>
<context>
    <name>PlanningService</name>
    <message>
        <source>Line 1 is not a header line with the column names (planned_at, title, text, kind, status …) separated by semicolons or commas.</source>
        <extracomment>The fields a posts CSV carries: all of a post&apos;s but whether and where it went out on Facebook (set in the app when the post is marked published, not planned in a spreadsheet; the version still covers them).</extracomment>
        <translation>Linje 1 er ikkje ei overskriftslinje med kolonnenamna (planned_at, title, text, kind, status …) skilde med semikolon eller komma.</translation>
    </message>
    <message>
        <source>Line {line} cannot be read as CSV ({error}).</source>
        <translation>Linje {line} kan ikkje lesast som CSV ({error}).</translation>
    </message>
    <message>
        <source>Line 1, column {column}: the column &quot;{name}&quot; is also column {first}; a column may be in the file only once.</source>
        <translation>Linje 1, kolonne {column}: kolonnen «{name}» er også kolonne {first}; ein kolonne kan berre vere med éin gong i fila.</translation>
    </message>
    <message>
        <source>Column {column} has a value, but the header line has no column name there (the row has {cells} cells, the header line {columns}).</source>
        <translation>Kolonne {column} har ein verdi, men overskriftslinja har ikkje noko kolonnenamn der (rada har {cells} celler, overskriftslinja {columns}).</translation>
    </message>
    <message>
        <source>line {line}: &quot;{title}&quot; ({when}), last edited in the app {changed}</source>
        <translation>linje {line}: «{title}» ({when}), sist endra i programmet {changed}</translation>
    </message>
    <message>
        <source>line {line}: &quot;{title}&quot; ({when})</source>
        <translation>linje {line}: «{title}» ({when})</translation>
    </message>
    <message>
        <source>{path} is {size} MB; a posts file can be at most {limit} MB.</source>
        <translation>{path} er på {size} MB; ei innleggsfil kan vere på høgst {limit} MB.</translation>
    </message>
    <message>
        <source>Column {letter} ({column}): &quot;{value}&quot; is not 0 or 1.</source>
        <translation>Kolonne {letter} ({column}): «{value}» er ikkje 0 eller 1.</translation>
    </message>
    <message>
        <source>Column {letter} ({column}): not valid JSON ({error}).</source>
        <translation>Kolonne {letter} ({column}): ikkje gyldig JSON ({error}).</translation>
    </message>
    <message>
        <source>Unknown kind &quot;{value}&quot; (use one of: {allowed}).</source>
        <extracomment>The register area, handed in by AppContext (the one place that wires areas together).</extracomment>
        <translation>Ukjend type «{value}» (bruk ein av: {allowed}).</translation>
    </message>
    <message>
        <source>Unknown status &quot;{value}&quot; (use one of: {allowed}).</source>
        <translation>Ukjend status «{value}» (bruk ein av: {allowed}).</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a date and time (use 2026-05-17T10:00+02:00).</source>
        <translation>«{value}» er ikkje ein dato og eit klokkeslett (bruk 2026-05-17T10:00+02:00).</translation>
    </message>
    <message>
        <source>{name} must be a list.</source>
        <translation>{name} må vere ei liste.</translation>
    </message>
    <message>
        <source>website must be an object.</source>
        <translation>website må vere eit objekt.</translation>
    </message>
    <message>
        <source>Give the post a title or some text.</source>
        <translation>Gi innlegget ein tittel eller litt tekst.</translation>
    </message>
    <message>
        <source>The post no longer exists.</source>
        <translation>Innlegget finst ikkje lenger.</translation>
    </message>
    <message>
        <source>Only the web editor (nettredaktør) {editor} can set crisis mode.</source>
        <translation>Berre nettredaktøren ({editor}) kan setje krisemodus.</translation>
    </message>
    <message>
        <source>The crisis period must end after it starts.</source>
        <translation>Kriseperioden må slutte etter at han startar.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {error}</source>
        <translation>Kan ikkje lese {path}: {error}</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text.</source>
        <translation>{path} er ikkje UTF-8-tekst.</translation>
    </message>
    <message>
        <source>The row has only {cells} of the header line&apos;s {columns} cells: column {column} (&quot;{name}&quot;) and the ones after it are missing.</source>
        <translation>Rada har berre {cells} av dei {columns} cellene i overskriftslinja: kolonne {column} («{name}») og kolonnane etter han manglar.</translation>
    </message>
    <message>
        <source>Posts in the file: {count}. New: {new}, updated: {updated}, unchanged: {unchanged}, changed in the app after the file was made: {changed}, different in the app and in the file (which side changed cannot be told): {differs}, deleted in the app: {restored}.</source>
        <translation>Innlegg i fila: {count}. Nye: {new}, blir oppdaterte: {updated}, uendra: {unchanged}, endra i programmet etter at fila vart laga: {changed}, ulike i programmet og i fila (det kan ikkje avgjerast kva side som er endra): {differs}, sletta i programmet: {restored}.</translation>
    </message>
    <message>
        <source>Posts in the file: {count}. New: {new}, updated: {updated}, unchanged: {unchanged}, changed in the app after the file was made: {changed}, deleted in the app: {restored}.</source>
        <translation>Innlegg i fila: {count}. Nye: {new}, blir oppdaterte: {updated}, uendra: {unchanged}, endra i programmet etter at fila vart laga: {changed}, sletta i programmet: {restored}.</translation>
    </message>
    <message>
        <source>The file has no version column (it was made by hand, or saved by a program that left the column out), so the app cannot tell whether the posts that differ ({count}) were changed in the app or in the file. They are skipped unless you choose to overwrite them.</source>
        <translation>Fila har ingen versjonskolonne (ho er laga for hand, eller lagra av eit program som fjerna kolonnen), så programmet kan ikkje avgjere om innlegga som er ulike ({count}), er endra i programmet eller i fila. Dei blir hoppa over dersom du ikkje vel å overskrive dei.</translation>
    </message>
    <message>
        <source>Rows without a version: {count}. The app cannot tell whether those posts were changed in the app or in the file; they are skipped unless you choose to overwrite them.</source>
        <translation>Rader utan versjon: {count}. Programmet kan ikkje avgjere om dei innlegga er endra i programmet eller i fila; dei blir hoppa over dersom du ikkje vel å overskrive dei.</translation>
    </message>
    <message>
        <source>Columns the file must have but lacks: {columns}.</source>
        <translation>Kolonnar fila må ha, men manglar: {columns}.</translation>
    </message>
    <message>
        <source>Unknown page id {page}.</source>
        <translation>Ukjend side-id {page}.</translation>
    </message>
    <message>
        <source>Unknown page &quot;{page}&quot;.</source>
        <translation>Ukjend side «{page}».</translation>
    </message>
    <message>
        <source>The post id {id} is also on line {first}: a post may be in the file only once.</source>
        <translation>Innleggs-ID-en {id} står òg på linje {first}: eit innlegg kan berre stå éin gong i fila.</translation>
    </message>
    <message>
        <source>id &quot;{id}&quot;: id must be an id exported by the app, or empty for a new post.</source>
        <translation>id «{id}»: id må vere ein id eksportert av programmet, eller tom for eit nytt innlegg.</translation>
    </message>
    <message>
        <source>The file has no posts.</source>
        <translation>Fila har ingen innlegg.</translation>
    </message>
    <message>
        <source>The file has errors; nothing was imported.</source>
        <translation>Fila har feil; ingenting vart importert.</translation>
    </message>
</context>
<context>
    <name>PostEditorDialog</name>
    <message>
        <source>Edit post</source>
        <translation>Rediger innlegg</translation>
    </message>
    <message>
        <source>New post</source>
        <translation>Nytt innlegg</translation>
    </message>
    <message>
        <source>Post fields</source>
        <translation>Felta i innlegget</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Innlegg</translation>
    </message>
    <message>
        <source>Images and media</source>
        <translation>Bilete og media</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Lenkjer</translation>
    </message>
    <message>
        <source>Website, archive, crisis</source>
        <translation>Heimeside, arkiv, krise</translation>
    </message>
    <message>
        <source>Preview and copy</source>
        <translation>Førehandsvising og kopiering</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>(no page)</source>
        <translation>(inga side)</translation>
    </message>
    <message>
        <source>main page</source>
        <translation>hovudside</translation>
    </message>
    <message>
        <source>&amp;Page:</source>
        <translation>&amp;Side:</translation>
    </message>
    <message>
        <source>No date yet</source>
        <translation>Ingen dato enno</translation>
    </message>
    <message>
        <source>&amp;When (Oslo time):</source>
        <translation>&amp;Når (norsk tid):</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tittel:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;kst:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>&amp;Ansvarleg:</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Vedlegg</translation>
    </message>
    <message>
        <source>Add &amp;image…</source>
        <translation>Legg til &amp;bilete …</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Selected attachment</source>
        <translation>Valt vedlegg</translation>
    </message>
    <message>
        <source>Image preview</source>
        <translation>Førehandsvising av biletet</translation>
    </message>
    <message>
        <source>&amp;Alternative text:</source>
        <translation>Alt&amp;ernativ tekst:</translation>
    </message>
    <message>
        <source>The image contains text</source>
        <translation>Biletet inneheld tekst</translation>
    </message>
    <message>
        <source>Text in the image:</source>
        <translation>Teksten i biletet:</translation>
    </message>
    <message>
        <source>Photographer or source:</source>
        <translation>Fotograf eller kjelde:</translation>
    </message>
    <message>
        <source>e.g. own photo, CC BY 4.0, consent from the people shown</source>
        <translation>t.d. eige bilete, CC BY 4.0, samtykke frå dei som er avbilda</translation>
    </message>
    <message>
        <source>Licence or consent:</source>
        <translation>Lisens eller samtykke:</translation>
    </message>
    <message>
        <source>The video is captioned</source>
        <translation>Videoen er teksta</translation>
    </message>
    <message>
        <source>The audio has a transcript</source>
        <translation>Lyden har transkripsjon</translation>
    </message>
    <message>
        <source>Add &amp;video…</source>
        <translation>Legg til &amp;video …</translation>
    </message>
    <message>
        <source>Add a&amp;udio…</source>
        <translation>Legg til l&amp;yd …</translation>
    </message>
    <message>
        <source>Link text says where the link goes (not &quot;click here&quot;).</source>
        <translation>Lenkjeteksten skal seie kvar lenkja går (ikkje «klikk her»).</translation>
    </message>
    <message>
        <source>Address (URL)</source>
        <translation>Adresse (URL)</translation>
    </message>
    <message>
        <source>Link text</source>
        <translation>Lenkjetekst</translation>
    </message>
    <message>
        <source>Add &amp;link</source>
        <translation>Legg til &amp;lenkje</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>Fjern lenkje</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Ikkje registrert</translation>
    </message>
    <message>
        <source>&amp;Website counterpart:</source>
        <translation>Sak på &amp;heimesida:</translation>
    </message>
    <message>
        <source>Website URL:</source>
        <translation>URL på heimesida:</translation>
    </message>
    <message>
        <source>Why not relevant:</source>
        <translation>Kvifor ikkje aktuelt:</translation>
    </message>
    <message>
        <source>Send to Kommunikasjon (of interest to more residents)</source>
        <translation>Send til kommunikasjonsavdelinga (av interesse for fleire innbyggjarar)</translation>
    </message>
    <message>
        <source>Worth archiving</source>
        <translation>Arkivverdig</translation>
    </message>
    <message>
        <source>Archive reason:</source>
        <translation>Grunn til arkivering:</translation>
    </message>
    <message>
        <source>Approved by the crisis management (kriseledelsen)</source>
        <translation>Godkjent av kriseleiinga</translation>
    </message>
    <message>
        <source>Approved by:</source>
        <translation>Godkjent av:</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Funn</translation>
    </message>
    <message>
        <source>The guideline&apos;s words</source>
        <translation>Ordlyden i retningslinjene</translation>
    </message>
    <message>
        <source>Add image</source>
        <translation>Legg til bilete</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Bilete (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <source>Add video</source>
        <translation>Legg til video</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.mov *.m4v *.webm *.avi *.mkv)</source>
        <translation>Videoar (*.mp4 *.mov *.m4v *.webm *.avi *.mkv)</translation>
    </message>
    <message>
        <source>Add audio</source>
        <translation>Legg til lyd</translation>
    </message>
    <message>
        <source>Sound files (*.mp3 *.m4a *.wav *.ogg *.aac)</source>
        <translation>Lydfiler (*.mp3 *.m4a *.wav *.ogg *.aac)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <source>Could not read the image: {error}</source>
        <translation>Kunne ikkje lese biletet: {error}</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bilete</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Lyd</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Inga førehandsvising</translation>
    </message>
    <message>
        <source>a new post</source>
        <translation>eit nytt innlegg</translation>
    </message>
    <message>
        <source>the post</source>
        <translation>innlegget</translation>
    </message>
    <message>
        <source>R11, main page with this post: week {number}, {year}: {count} news items (guideline {low}–{high}); {day}: {on_day} (at most {day_max} on a working day).</source>
        <translation>R11, hovudsida med dette innlegget: veke {number}, {year}: {count} nyheitssaker (retningslina {low}–{high}); {day}: {on_day} (høgst {day_max} på ein vyrkedag).</translation>
    </message>
    <message>
        <source>No findings: the post follows the guideline.</source>
        <translation>Ingen funn: innlegget følgjer retningslina.</translation>
    </message>
    <message>
        <source>&amp;Findings ({count}):</source>
        <translation>&amp;Funn ({count}):</translation>
    </message>
    <message>
        <source>The guideline ({rule}): “{quote}”</source>
        <translation>Retningslina ({rule}): «{quote}»</translation>
    </message>
    <message>
        <source>Type the date as dd.mm.yyyy and the time as HH:MM, or tick &quot;No date yet&quot;.</source>
        <translation>Skriv datoen som dd.mm.åååå og klokkeslettet som TT:MM, eller kryss av for «Ingen dato enno».</translation>
    </message>
</context>
<context>
    <name>PostPreview</name>
    <message>
        <source>Preview as on Facebook</source>
        <translation>Førehandsvising som på Facebook</translation>
    </message>
    <message>
        <source>Character count</source>
        <translation>Tal på teikn</translation>
    </message>
    <message>
        <source>Copy &amp;text</source>
        <translation>Kopier &amp;tekst</translation>
    </message>
    <message>
        <source>Copy &amp;image</source>
        <translation>Kopier &amp;bilete</translation>
    </message>
    <message>
        <source>Alternative text of the first image</source>
        <translation>Alternativ tekst til det første biletet</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>Ingen bilete</translation>
    </message>
    <message>
        <source>Copy &amp;alt text</source>
        <translation>Kopier &amp;alt-tekst</translation>
    </message>
    <message>
        <source>Alt text:</source>
        <translation>Alt-tekst:</translation>
    </message>
    <message>
        <source>Published on Facebook</source>
        <translation>Publisert på Facebook</translation>
    </message>
    <message>
        <source>Facebook address of the post</source>
        <translation>Adressa til innlegget på Facebook</translation>
    </message>
    <message>
        <source>Published at</source>
        <translation>Publisert</translation>
    </message>
    <message>
        <source>&amp;Mark published</source>
        <translation>&amp;Merk som publisert</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Tidspunkt:</translation>
    </message>
    <message>
        <source>Save the post first.</source>
        <translation>Lagre innlegget først.</translation>
    </message>
    <message>
        <source>Published {when}</source>
        <translation>Publisert {when}</translation>
    </message>
    <message>
        <source>Not marked published yet.</source>
        <translation>Ikkje merkt som publisert enno.</translation>
    </message>
    <message>
        <source>(no page)</source>
        <translation>(inga side)</translation>
    </message>
    <message>
        <source>Alt text: {alt}</source>
        <translation>Alt-tekst: {alt}</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(manglar)</translation>
    </message>
    <message>
        <source>Link preview (made by Facebook): {url}</source>
        <translation>Lenkjeførehandsvising (blir laga av Facebook): {url}</translation>
    </message>
    <message>
        <source>{count} characters</source>
        <translation>{count} teikn</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>utan dato</translation>
    </message>
    <message>
        <source>Copy a post with errors?</source>
        <translation>Kopiere eit innlegg med feil?</translation>
    </message>
    <message>
        <source>The post still has {count} errors against the guideline. Copy it anyway?</source>
        <translation>Innlegget har framleis {count} feil mot retningslina. Vil du kopiere det likevel?</translation>
    </message>
    <message>
        <source>Text copied: paste it into Business Suite.</source>
        <translation>Teksten er kopiert: lim han inn i Business Suite.</translation>
    </message>
    <message>
        <source>The image file is missing.</source>
        <translation>Biletfila manglar.</translation>
    </message>
    <message>
        <source>The image could not be read.</source>
        <translation>Biletet kunne ikkje lesast.</translation>
    </message>
    <message>
        <source>Image copied: paste it, then paste the alt text into the alt-text field.</source>
        <translation>Biletet er kopiert: lim det inn, og lim deretter alt-teksten inn i feltet for alternativ tekst.</translation>
    </message>
    <message>
        <source>Alt text copied.</source>
        <translation>Alt-teksten er kopiert.</translation>
    </message>
</context>
</TS>
