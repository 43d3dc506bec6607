<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn_NO" sourcelanguage="en">
<context>
    <name>News</name>
    <message>
        <source>News on the website without a Facebook post: &quot;{title}&quot;</source>
        <extracomment>R2: a news item on the website this many days old or newer without a post is a finding. A post&apos;s website counterpart gets this long to appear in the feed before it is a warning. Title similarity (difflib ratio, 0..1) from which a post is suggested as a news item&apos;s counterpart.</extracomment>
        <translation>Nyheit på nettsida utan innlegg på Facebook: «{title}»</translation>
    </message>
    <message>
        <source>The website counterpart of &quot;{title}&quot; never appeared in the website&apos;s news feed.</source>
        <translation>Nettsidesaka til «{title}» har aldri dukka opp i nyheitsstraumen til nettsida.</translation>
    </message>
    <message>
        <source>Give the Facebook address of the published post.</source>
        <translation>Oppgi Facebook-adressa til det publiserte innlegget.</translation>
    </message>
    <message>
        <source>{url} is not a Facebook address (facebook.com or fb.com).</source>
        <translation>{url} er ikkje ei Facebook-adresse (facebook.com eller fb.com).</translation>
    </message>
    <message>
        <source>{url} is missing the post number (story_fbid).</source>
        <translation>{url} manglar innleggsnummeret (story_fbid).</translation>
    </message>
    <message>
        <source>{url} is missing the post number.</source>
        <translation>{url} manglar innleggsnummeret.</translation>
    </message>
    <message>
        <source>{url} is a Facebook address but not a post&apos;s (copy the post&apos;s own link: … → Copy link).</source>
        <translation>{url} er ei Facebook-adresse, men ikkje adressa til eit innlegg (kopier lenkja til sjølve innlegget: … → Kopier lenkje).</translation>
    </message>
</context>
<context>
    <name>NewsCommands</name>
    <message>
        <source>{items} news items read, {new} new.</source>
        <translation>{items} nyheiter lesne, {new} nye.</translation>
    </message>
    <message>
        <source>No news in the cache (run: mtk-admin news fetch).</source>
        <translation>Ingen nyheiter er henta (køyr: mtk-admin news fetch).</translation>
    </message>
    <message>
        <source>has a post</source>
        <translation>har innlegg</translation>
    </message>
    <message>
        <source>R2: no post; perhaps {post}</source>
        <translation>R2: utan innlegg; kanskje {post}</translation>
    </message>
    <message>
        <source>R2: no post</source>
        <translation>R2: utan innlegg</translation>
    </message>
</context>
<context>
    <name>NewsService</name>
    <message>
        <source>The feed address must start with https:// (got {url}).</source>
        <extracomment>The whole fetch (connect, redirects, every read) must finish within this many seconds. A news feed is tens of kilobytes; anything above this is not one. Posts read for matching: this many days back and ahead of today (bounded, on the planned_at index).</extracomment>
        <translation>Adressa til nyheitsstraumen må byrje med https:// (fekk {url}).</translation>
    </message>
    <message>
        <source>The feed is {size} MB; a news feed is far smaller (limit {limit} MB). Check the address.</source>
        <translation>Nyheitsstraumen er {size} MB; ein nyheitsstraum er langt mindre (grense {limit} MB). Sjekk adressa.</translation>
    </message>
    <message>
        <source>The feed is larger than {limit} MB; a news feed is far smaller. Check the address.</source>
        <translation>Nyheitsstraumen er større enn {limit} MB; ein nyheitsstraum er langt mindre. Sjekk adressa.</translation>
    </message>
    <message>
        <source>The feed address redirects in a loop or too many times ({url}).</source>
        <translation>Adressa til nyheitsstraumen vidaresender i ring eller for mange gonger ({url}).</translation>
    </message>
    <message>
        <source>The website answered {code} for the feed ({url}).</source>
        <translation>Nettsida svarte {code} for nyheitsstraumen ({url}).</translation>
    </message>
    <message>
        <source>The website did not deliver the feed within {seconds} seconds.</source>
        <translation>Nettsida leverte ikkje nyheitsstraumen innan {seconds} sekund.</translation>
    </message>
    <message>
        <source>Could not reach the website for the news feed (offline?): {reason}</source>
        <translation>Fekk ikkje kontakt med nettsida for å hente nyheitene (fråkopla?): {reason}</translation>
    </message>
    <message>
        <source>The address gives a web page (HTML), not a news feed: use the site&apos;s RSS or Atom address.</source>
        <translation>Adressa gir ei nettside (HTML), ikkje ein nyheitsstraum: bruk RSS- eller Atom-adressa til nettstaden.</translation>
    </message>
    <message>
        <source>The address does not give an RSS or Atom feed. {reason}</source>
        <translation>Adressa gir ikkje ein RSS- eller Atom-straum. {reason}</translation>
    </message>
    <message>
        <source>The feed declares the wrong character encoding; read as {encoding}.</source>
        <translation>Nyheitsstraumen oppgir feil teiknkoding; lesen som {encoding}.</translation>
    </message>
    <message>
        <source>No news feed address is set (File → Settings, or news.feed_url in site.json).</source>
        <translation>Inga adresse til nyheitsstraumen er sett (Fil → Innstillingar, eller news.feed_url i site.json).</translation>
    </message>
</context>
</TS>
