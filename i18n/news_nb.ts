<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
<context>
    <name>News</name>
    <message>
        <source>News on the website without a Facebook post: &quot;{title}&quot;</source>
        <extracomment>R2: a news item on the website this many days old or newer without a post is a finding. A post&apos;s website counterpart gets this long to appear in the feed before it is a warning. Title similarity (difflib ratio, 0..1) from which a post is suggested as a news item&apos;s counterpart.</extracomment>
        <translation>Nyhet på nettsiden uten innlegg på Facebook: «{title}»</translation>
    </message>
    <message>
        <source>The website counterpart of &quot;{title}&quot; never appeared in the website&apos;s news feed.</source>
        <translation>Nettsidesaken til «{title}» har aldri dukket opp i nettsidens nyhetsstrøm.</translation>
    </message>
    <message>
        <source>Give the Facebook address of the published post.</source>
        <translation>Oppgi Facebook-adressen til det publiserte innlegget.</translation>
    </message>
    <message>
        <source>{url} is not a Facebook address (facebook.com or fb.com).</source>
        <translation>{url} er ikke en Facebook-adresse (facebook.com eller fb.com).</translation>
    </message>
    <message>
        <source>{url} is missing the post number (story_fbid).</source>
        <translation>{url} mangler innleggsnummeret (story_fbid).</translation>
    </message>
    <message>
        <source>{url} is missing the post number.</source>
        <translation>{url} mangler innleggsnummeret.</translation>
    </message>
    <message>
        <source>{url} is a Facebook address but not a post&apos;s (copy the post&apos;s own link: … → Copy link).</source>
        <translation>{url} er en Facebook-adresse, men ikke adressen til et innlegg (kopier innleggets egen lenke: … → Kopier lenke).</translation>
    </message>
</context>
<context>
    <name>NewsCommands</name>
    <message>
        <source>{items} news items read, {new} new.</source>
        <translation>{items} nyheter lest, {new} nye.</translation>
    </message>
    <message>
        <source>No news in the cache (run: mtk-admin news fetch).</source>
        <translation>Ingen nyheter er hentet (kjør: mtk-admin news fetch).</translation>
    </message>
    <message>
        <source>has a post</source>
        <translation>har innlegg</translation>
    </message>
    <message>
        <source>R2: no post; perhaps {post}</source>
        <translation>R2: uten innlegg; kanskje {post}</translation>
    </message>
    <message>
        <source>R2: no post</source>
        <translation>R2: uten innlegg</translation>
    </message>
</context>
<context>
    <name>NewsService</name>
    <message>
        <source>The feed address must start with https:// (got {url}).</source>
        <extracomment>The whole fetch (connect, redirects, every read) must finish within this many seconds. A news feed is tens of kilobytes; anything above this is not one. Posts read for matching: this many days back and ahead of today (bounded, on the planned_at index).</extracomment>
        <translation>Adressen til nyhetsstrømmen må begynne med https:// (fikk {url}).</translation>
    </message>
    <message>
        <source>The feed is {size} MB; a news feed is far smaller (limit {limit} MB). Check the address.</source>
        <translation>Nyhetsstrømmen er {size} MB; en nyhetsstrøm er langt mindre (grense {limit} MB). Sjekk adressen.</translation>
    </message>
    <message>
        <source>The feed is larger than {limit} MB; a news feed is far smaller. Check the address.</source>
        <translation>Nyhetsstrømmen er større enn {limit} MB; en nyhetsstrøm er langt mindre. Sjekk adressen.</translation>
    </message>
    <message>
        <source>The feed address redirects in a loop or too many times ({url}).</source>
        <translation>Adressen til nyhetsstrømmen videresender i ring eller for mange ganger ({url}).</translation>
    </message>
    <message>
        <source>The website answered {code} for the feed ({url}).</source>
        <translation>Nettsiden svarte {code} for nyhetsstrømmen ({url}).</translation>
    </message>
    <message>
        <source>The website did not deliver the feed within {seconds} seconds.</source>
        <translation>Nettsiden leverte ikke nyhetsstrømmen innen {seconds} sekunder.</translation>
    </message>
    <message>
        <source>Could not reach the website for the news feed (offline?): {reason}</source>
        <translation>Fikk ikke kontakt med nettsiden for å hente nyhetene (frakoblet?): {reason}</translation>
    </message>
    <message>
        <source>The address gives a web page (HTML), not a news feed: use the site&apos;s RSS or Atom address.</source>
        <translation>Adressen gir en nettside (HTML), ikke en nyhetsstrøm: bruk nettstedets RSS- eller Atom-adresse.</translation>
    </message>
    <message>
        <source>The address does not give an RSS or Atom feed. {reason}</source>
        <translation>Adressen gir ikke en RSS- eller Atom-strøm. {reason}</translation>
    </message>
    <message>
        <source>The feed declares the wrong character encoding; read as {encoding}.</source>
        <translation>Nyhetsstrømmen oppgir feil tegnkoding; lest som {encoding}.</translation>
    </message>
    <message>
        <source>No news feed address is set (File → Settings, or news.feed_url in site.json).</source>
        <translation>Ingen adresse til nyhetsstrømmen er satt (Fil → Innstillinger, eller news.feed_url i site.json).</translation>
    </message>
</context>
</TS>
