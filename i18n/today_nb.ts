<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
<context>
    <name>TodayPage</name>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Reminder</source>
        <extracomment>The report is gathered again this often while the window is open (the reminder needs it). The first gathering waits this long, so the window&apos;s first paint does not share the CPU with it.</extracomment>
        <translation>Påminnelse</translation>
    </message>
    <message>
        <source>News items on the main page (R11)</source>
        <translation>Nyhetssaker på hovedsiden (R11)</translation>
    </message>
    <message>
        <source>Website news</source>
        <translation>Nyheter på nettsiden</translation>
    </message>
    <message>
        <source>What needs attention</source>
        <translation>Dette trenger oppmerksomhet</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Things that need attention today</source>
        <translation>Det som trenger oppmerksomhet i dag</translation>
    </message>
    <message>
        <source>Enter or double-click: go to where it is fixed</source>
        <translation>Enter eller dobbeltklikk: gå dit det rettes</translation>
    </message>
    <message>
        <source>Today status</source>
        <translation>Status for i dag</translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation>&amp;Gå til</translation>
    </message>
    <message>
        <source>&amp;Plan a post for this news item</source>
        <translation>&amp;Planlegg et innlegg for denne saken</translation>
    </message>
    <message>
        <source>I &amp;know this laptop</source>
        <translation>Jeg &amp;kjenner denne maskinen</translation>
    </message>
    <message>
        <source>Its name, user and key fingerprint are as expected: stop listing it here</source>
        <translation>Navnet, brukeren og nøkkelens fingeravtrykk er som ventet: ikke vis den her lenger</translation>
    </message>
    <message>
        <source>Fetch website &amp;news</source>
        <translation>Hent &amp;nyheter fra nettsiden</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>&amp;Oppdater</translation>
    </message>
    <message>
        <source>Today, {date}</source>
        <translation>I dag, {date}</translation>
    </message>
    <message>
        <source>Gathering what needs attention…</source>
        <translation>Samler det som trenger oppmerksomhet …</translation>
    </message>
    <message>
        <source>Could not gather today&apos;s list: {error}</source>
        <translation>Kunne ikke lage dagens liste: {error}</translation>
    </message>
    <message>
        <source>{count} things need attention (updated {time}).</source>
        <translation>{count} ting trenger oppmerksomhet (oppdatert {time}).</translation>
    </message>
    <message>
        <source>Posts due today and tomorrow with errors or warnings</source>
        <translation>Innlegg i dag og i morgen med feil eller advarsler</translation>
    </message>
    <message>
        <source>Planned but not marked published</source>
        <translation>Planlagt, men ikke merket som publisert</translation>
    </message>
    <message>
        <source>News items per week on the main page (R11)</source>
        <translation>Nyhetssaker per uke på hovedsiden (R11)</translation>
    </message>
    <message>
        <source>Website news without a Facebook post (R2)</source>
        <translation>Nyheter på nettsiden uten innlegg på Facebook (R2)</translation>
    </message>
    <message>
        <source>Posts whose website news never appeared (R2)</source>
        <translation>Innlegg der nettsidesaken aldri kom (R2)</translation>
    </message>
    <message>
        <source>Pages awaiting clearance (R17)</source>
        <translation>Sider som venter på klarering (R17)</translation>
    </message>
    <message>
        <source>Pages: checklist errors and monthly reviews (R4)</source>
        <translation>Sider: feil i sjekklisten og månedlig gjennomgang (R4)</translation>
    </message>
    <message>
        <source>To archive (R13)</source>
        <translation>Skal arkiveres (R13)</translation>
    </message>
    <message>
        <source>Archive packages without a receipt</source>
        <translation>Arkivpakker uten kvittering</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>Synkroniseringskonflikter</translation>
    </message>
    <message>
        <source>Evidence and shared folder: tampering, refused files, new laptops</source>
        <translation>Bevis og delt mappe: manipulering, avviste filer, nye maskiner</translation>
    </message>
    <message>
        <source>Nothing needs attention right now.</source>
        <translation>Ingenting trenger oppmerksomhet akkurat nå.</translation>
    </message>
    <message>
        <source>over the guideline (at most 10)</source>
        <translation>over retningslinjen (høyst 10)</translation>
    </message>
    <message>
        <source>under 7</source>
        <translation>under 7</translation>
    </message>
    <message>
        <source>within the guideline</source>
        <translation>innenfor retningslinjen</translation>
    </message>
    <message>
        <source>more than two on {days}</source>
        <translation>mer enn to den {days}</translation>
    </message>
    <message>
        <source>Week {week}: {count} / 10 · {state}</source>
        <translation>Uke {week}: {count} / 10 · {state}</translation>
    </message>
    <message>
        <source>Main page: {weeks}</source>
        <translation>Hovedsiden: {weeks}</translation>
    </message>
    <message>
        <source>Due within the hour and still with errors: {posts}</source>
        <translation>Skal ut innen en time og har fortsatt feil: {posts}</translation>
    </message>
    <message>
        <source>The laptop is marked as known on this laptop.</source>
        <translation>Maskinen er merket som kjent på denne maskinen.</translation>
    </message>
    <message>
        <source>Post planned for the website news item.</source>
        <translation>Innlegget for nettsidesaken er planlagt.</translation>
    </message>
    <message>
        <source>Fetching the website&apos;s news…</source>
        <translation>Henter nyhetene fra nettsiden …</translation>
    </message>
    <message>
        <source>News not fetched: {reason}</source>
        <translation>Nyhetene ble ikke hentet: {reason}</translation>
    </message>
    <message>
        <source>{items} website news items read, {new} new.</source>
        <translation>{items} nyheter fra nettsiden lest, {new} nye.</translation>
    </message>
</context>
<context>
    <name>TodayService</name>
    <message>
        <source>Planned {when}, not marked published: &quot;{title}&quot;</source>
        <extracomment>A post planned this many days back and not marked published is listed. A post due within this many minutes that still has an error gives a reminder. At most this many lines per section (the rest is summed up in the last line). When the moderation log was last verified in full (ISO, UTC; &quot;&quot; when it could not be). The areas this one reads, handed in by AppContext.</extracomment>
        <translation>Planlagt {when}, ikke merket som publisert: «{title}»</translation>
    </message>
    <message>
        <source>{when} &quot;{title}&quot;: {errors} errors, {warnings} warnings</source>
        <translation>{when} «{title}»: {errors} feil, {warnings} advarsler</translation>
    </message>
    <message>
        <source>{page} is awaiting clearance from the administration</source>
        <translation>{page} venter på klarering fra administrasjonen</translation>
    </message>
    <message>
        <source>{page}: {count} checklist errors</source>
        <translation>{page}: {count} feil i sjekklisten</translation>
    </message>
    <message>
        <source>{page}: the monthly review is due</source>
        <translation>{page}: tid for månedlig gjennomgang</translation>
    </message>
    <message>
        <source>1 moderation entry to archive</source>
        <translation>1 moderering skal arkiveres</translation>
    </message>
    <message>
        <source>{count} moderation entries to archive</source>
        <translation>{count} modereringer skal arkiveres</translation>
    </message>
    <message>
        <source>Package {file} ({count} items) was exported {date} but has no receipt yet</source>
        <translation>Pakken {file} ({count} elementer) ble eksportert {date}, men har ingen kvittering ennå</translation>
    </message>
    <message>
        <source>{count} sync conflicts to choose between</source>
        <translation>{count} synkroniseringskonflikter å velge i</translation>
    </message>
    <message>
        <source>The moderation log could not be verified: {error}</source>
        <translation>Modereringsloggen kunne ikke kontrolleres: {error}</translation>
    </message>
    <message>
        <source>Moderation log: entry {entry} does not hold: {problem}</source>
        <translation>Modereringsloggen: oppføring {entry} holder ikke: {problem}</translation>
    </message>
    <message>
        <source>Moderation log: {problem}</source>
        <translation>Modereringsloggen: {problem}</translation>
    </message>
    <message>
        <source>Moderation log: {count} more entries do not hold</source>
        <translation>Modereringsloggen: {count} oppføringer til holder ikke</translation>
    </message>
    <message>
        <source>{count} changes to saved evidence from laptop {laptop} were refused (tampering?), last {date}. Tell IT.</source>
        <translation>{count} endringer av lagrede bevis fra maskinen {laptop} ble avvist (manipulering?), sist {date}. Si fra til IT.</translation>
    </message>
    <message>
        <source>{count} files on the shared folder in the name of laptop {laptop} were refused: not signed with its key (forged?), last {date}. Tell IT.</source>
        <translation>{count} filer i den delte mappen i navnet til maskinen {laptop} ble avvist: ikke signert med dens nøkkel (forfalsket?), sist {date}. Si fra til IT.</translation>
    </message>
    <message>
        <source>{count} invalid changes from laptop {laptop} were set aside, last {date}.</source>
        <translation>{count} ugyldige endringer fra maskinen {laptop} ble lagt til side, sist {date}.</translation>
    </message>
    <message>
        <source>{count} things from laptop {laptop} were refused ({kind}), last {date}.</source>
        <translation>{count} ting fra maskinen {laptop} ble avvist ({kind}), sist {date}.</translation>
    </message>
    <message>
        <source>New laptop on the shared folder: {host} ({user}), key fingerprint {fingerprint}, since {date}. Not known to you? Tell IT.</source>
        <translation>Ny maskin i den delte mappen: {host} ({user}), nøkkelens fingeravtrykk {fingerprint}, siden {date}. Kjenner du den ikke? Si fra til IT.</translation>
    </message>
    <message>
        <source>New laptop on the shared folder without a signing key: {host} ({user}), since {date}; its changes are unsigned. Not known to you? Tell IT.</source>
        <translation>Ny maskin i den delte mappen uten signeringsnøkkel: {host} ({user}), siden {date}; endringene fra den er usignerte. Kjenner du den ikke? Si fra til IT.</translation>
    </message>
    <message>
        <source>No website news feed is set: R2 is checked one way only (File → Settings).</source>
        <translation>Ingen nyhetsstrøm fra nettsiden er satt: R2 sjekkes bare den ene veien (Fil → Innstillinger).</translation>
    </message>
    <message>
        <source>The website&apos;s news has not been fetched yet.</source>
        <translation>Nyhetene fra nettsiden er ikke hentet ennå.</translation>
    </message>
    <message>
        <source>Last news fetch failed: {reason}</source>
        <translation>Siste henting av nyheter mislyktes: {reason}</translation>
    </message>
    <message>
        <source>Website news fetched {when}: {count} items</source>
        <translation>Nyheter fra nettsiden hentet {when}: {count} saker</translation>
    </message>
    <message>
        <source>Website news without a post: &quot;{title}&quot;</source>
        <translation>Nyhet på nettsiden uten innlegg: «{title}»</translation>
    </message>
    <message>
        <source>&quot;{title}&quot;: its website counterpart never appeared in the news feed</source>
        <translation>«{title}»: nettsidesaken har aldri dukket opp i nyhetsstrømmen</translation>
    </message>
</context>
</TS>
