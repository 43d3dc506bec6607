<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn_NO" sourcelanguage="en">
<context>
    <name>TodayPage</name>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Reminder</source>
        <extracomment>The report is gathered again this often while the window is open (the reminder needs it). The first gathering waits this long, so the window&apos;s first paint does not share the CPU with it.</extracomment>
        <translation>Påminning</translation>
    </message>
    <message>
        <source>News items on the main page (R11)</source>
        <translation>Nyheitssaker på hovudsida (R11)</translation>
    </message>
    <message>
        <source>Website news</source>
        <translation>Nyheiter på nettsida</translation>
    </message>
    <message>
        <source>What needs attention</source>
        <translation>Dette treng merksemd</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Things that need attention today</source>
        <translation>Det som treng merksemd i dag</translation>
    </message>
    <message>
        <source>Enter or double-click: go to where it is fixed</source>
        <translation>Enter eller dobbeltklikk: gå dit det blir retta</translation>
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
        <translation>&amp;Planlegg eit innlegg for denne saka</translation>
    </message>
    <message>
        <source>I &amp;know this laptop</source>
        <translation>Eg &amp;kjenner denne maskina</translation>
    </message>
    <message>
        <source>Its name, user and key fingerprint are as expected: stop listing it here</source>
        <translation>Namnet, brukaren og fingeravtrykket til nøkkelen er som venta: ikkje vis henne her lenger</translation>
    </message>
    <message>
        <source>Fetch website &amp;news</source>
        <translation>Hent &amp;nyheiter frå nettsida</translation>
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
        <translation>Samlar det som treng merksemd …</translation>
    </message>
    <message>
        <source>Could not gather today&apos;s list: {error}</source>
        <translation>Kunne ikkje lage lista for i dag: {error}</translation>
    </message>
    <message>
        <source>{count} things need attention (updated {time}).</source>
        <translation>{count} ting treng merksemd (oppdatert {time}).</translation>
    </message>
    <message>
        <source>Posts due today and tomorrow with errors or warnings</source>
        <translation>Innlegg i dag og i morgon med feil eller åtvaringar</translation>
    </message>
    <message>
        <source>Planned but not marked published</source>
        <translation>Planlagt, men ikkje merkt som publisert</translation>
    </message>
    <message>
        <source>News items per week on the main page (R11)</source>
        <translation>Nyheitssaker per veke på hovudsida (R11)</translation>
    </message>
    <message>
        <source>Website news without a Facebook post (R2)</source>
        <translation>Nyheiter på nettsida utan innlegg på Facebook (R2)</translation>
    </message>
    <message>
        <source>Posts whose website news never appeared (R2)</source>
        <translation>Innlegg der nettsidesaka aldri kom (R2)</translation>
    </message>
    <message>
        <source>Pages awaiting clearance (R17)</source>
        <translation>Sider som ventar på klarering (R17)</translation>
    </message>
    <message>
        <source>Pages: checklist errors and monthly reviews (R4)</source>
        <translation>Sider: feil i sjekklista og månadleg gjennomgang (R4)</translation>
    </message>
    <message>
        <source>To archive (R13)</source>
        <translation>Skal arkiverast (R13)</translation>
    </message>
    <message>
        <source>Archive packages without a receipt</source>
        <translation>Arkivpakkar utan kvittering</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>Synkroniseringskonfliktar</translation>
    </message>
    <message>
        <source>Evidence and shared folder: tampering, refused files, new laptops</source>
        <translation>Prov og delt mappe: manipulering, avviste filer, nye maskiner</translation>
    </message>
    <message>
        <source>Nothing needs attention right now.</source>
        <translation>Ingenting treng merksemd akkurat no.</translation>
    </message>
    <message>
        <source>over the guideline (at most 10)</source>
        <translation>over retningslina (høgst 10)</translation>
    </message>
    <message>
        <source>under 7</source>
        <translation>under 7</translation>
    </message>
    <message>
        <source>within the guideline</source>
        <translation>innanfor retningslina</translation>
    </message>
    <message>
        <source>more than two on {days}</source>
        <translation>meir enn to den {days}</translation>
    </message>
    <message>
        <source>Week {week}: {count} / 10 · {state}</source>
        <translation>Veke {week}: {count} / 10 · {state}</translation>
    </message>
    <message>
        <source>Main page: {weeks}</source>
        <translation>Hovudsida: {weeks}</translation>
    </message>
    <message>
        <source>Due within the hour and still with errors: {posts}</source>
        <translation>Skal ut innan ein time og har framleis feil: {posts}</translation>
    </message>
    <message>
        <source>The laptop is marked as known on this laptop.</source>
        <translation>Maskina er merkt som kjend på denne maskina.</translation>
    </message>
    <message>
        <source>Post planned for the website news item.</source>
        <translation>Innlegget for nettsidesaka er planlagt.</translation>
    </message>
    <message>
        <source>Fetching the website&apos;s news…</source>
        <translation>Hentar nyheitene frå nettsida …</translation>
    </message>
    <message>
        <source>News not fetched: {reason}</source>
        <translation>Nyheitene vart ikkje henta: {reason}</translation>
    </message>
    <message>
        <source>{items} website news items read, {new} new.</source>
        <translation>{items} nyheiter frå nettsida lesne, {new} nye.</translation>
    </message>
</context>
<context>
    <name>TodayService</name>
    <message>
        <source>Planned {when}, not marked published: &quot;{title}&quot;</source>
        <extracomment>A post planned this many days back and not marked published is listed. A post due within this many minutes that still has an error gives a reminder. At most this many lines per section (the rest is summed up in the last line). When the moderation log was last verified in full (ISO, UTC; &quot;&quot; when it could not be). The areas this one reads, handed in by AppContext.</extracomment>
        <translation>Planlagt {when}, ikkje merkt som publisert: «{title}»</translation>
    </message>
    <message>
        <source>{when} &quot;{title}&quot;: {errors} errors, {warnings} warnings</source>
        <translation>{when} «{title}»: {errors} feil, {warnings} åtvaringar</translation>
    </message>
    <message>
        <source>{page} is awaiting clearance from the administration</source>
        <translation>{page} ventar på klarering frå administrasjonen</translation>
    </message>
    <message>
        <source>{page}: {count} checklist errors</source>
        <translation>{page}: {count} feil i sjekklista</translation>
    </message>
    <message>
        <source>{page}: the monthly review is due</source>
        <translation>{page}: tid for månadleg gjennomgang</translation>
    </message>
    <message>
        <source>1 moderation entry to archive</source>
        <translation>1 moderering skal arkiverast</translation>
    </message>
    <message>
        <source>{count} moderation entries to archive</source>
        <translation>{count} modereringar skal arkiverast</translation>
    </message>
    <message>
        <source>Package {file} ({count} items) was exported {date} but has no receipt yet</source>
        <translation>Pakken {file} ({count} element) vart eksportert {date}, men har inga kvittering enno</translation>
    </message>
    <message>
        <source>{count} sync conflicts to choose between</source>
        <translation>{count} synkroniseringskonfliktar å velje i</translation>
    </message>
    <message>
        <source>The moderation log could not be verified: {error}</source>
        <translation>Modereringsloggen kunne ikkje kontrollerast: {error}</translation>
    </message>
    <message>
        <source>Moderation log: entry {entry} does not hold: {problem}</source>
        <translation>Modereringsloggen: oppføring {entry} held ikkje: {problem}</translation>
    </message>
    <message>
        <source>Moderation log: {problem}</source>
        <translation>Modereringsloggen: {problem}</translation>
    </message>
    <message>
        <source>Moderation log: {count} more entries do not hold</source>
        <translation>Modereringsloggen: {count} oppføringar til held ikkje</translation>
    </message>
    <message>
        <source>{count} changes to saved evidence from laptop {laptop} were refused (tampering?), last {date}. Tell IT.</source>
        <translation>{count} endringar av lagra prov frå maskina {laptop} vart avviste (manipulering?), sist {date}. Sei frå til IT.</translation>
    </message>
    <message>
        <source>{count} files on the shared folder in the name of laptop {laptop} were refused: not signed with its key (forged?), last {date}. Tell IT.</source>
        <translation>{count} filer i den delte mappa i namnet til maskina {laptop} vart avviste: ikkje signerte med nøkkelen hennar (forfalska?), sist {date}. Sei frå til IT.</translation>
    </message>
    <message>
        <source>{count} invalid changes from laptop {laptop} were set aside, last {date}.</source>
        <translation>{count} ugyldige endringar frå maskina {laptop} vart lagde til sides, sist {date}.</translation>
    </message>
    <message>
        <source>{count} things from laptop {laptop} were refused ({kind}), last {date}.</source>
        <translation>{count} ting frå maskina {laptop} vart avviste ({kind}), sist {date}.</translation>
    </message>
    <message>
        <source>New laptop on the shared folder: {host} ({user}), key fingerprint {fingerprint}, since {date}. Not known to you? Tell IT.</source>
        <translation>Ny maskin i den delte mappa: {host} ({user}), fingeravtrykket til nøkkelen {fingerprint}, sidan {date}. Kjenner du henne ikkje? Sei frå til IT.</translation>
    </message>
    <message>
        <source>New laptop on the shared folder without a signing key: {host} ({user}), since {date}; its changes are unsigned. Not known to you? Tell IT.</source>
        <translation>Ny maskin i den delte mappa utan signeringsnøkkel: {host} ({user}), sidan {date}; endringane frå henne er usignerte. Kjenner du henne ikkje? Sei frå til IT.</translation>
    </message>
    <message>
        <source>No website news feed is set: R2 is checked one way only (File → Settings).</source>
        <translation>Ingen nyheitsstraum frå nettsida er sett: R2 blir berre sjekka den eine vegen (Fil → Innstillingar).</translation>
    </message>
    <message>
        <source>The website&apos;s news has not been fetched yet.</source>
        <translation>Nyheitene frå nettsida er ikkje henta enno.</translation>
    </message>
    <message>
        <source>Last news fetch failed: {reason}</source>
        <translation>Siste henting av nyheiter mislukkast: {reason}</translation>
    </message>
    <message>
        <source>Website news fetched {when}: {count} items</source>
        <translation>Nyheiter frå nettsida henta {when}: {count} saker</translation>
    </message>
    <message>
        <source>Website news without a post: &quot;{title}&quot;</source>
        <translation>Nyheit på nettsida utan innlegg: «{title}»</translation>
    </message>
    <message>
        <source>&quot;{title}&quot;: its website counterpart never appeared in the news feed</source>
        <translation>«{title}»: nettsidesaka har aldri dukka opp i nyheitsstraumen</translation>
    </message>
</context>
</TS>
