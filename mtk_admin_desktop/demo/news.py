"""Demo data of the news area: the website's news feed, so a new user sees R2 both ways.

``resources/demo_news.xml`` is a real-shaped RSS 2.0 file; the dates are set around ``today`` and three
items carry the website addresses of the published demo posts but the oldest (news with a post). Four have
no post (R2: "plan a post for this news item"), one of them suggested by title for the demo's unfinished
"Påmelding til vinteraktiviteter", and one published post's counterpart is left out of the feed (R2 the
other way). The filled feed is written into the demo's data directory and set as the feed address, so
"Fetch news" works offline in the demo.
"""

from __future__ import annotations

import datetime as dt
import email.utils

from mtk_admin_desktop.domain import clock
from mtk_admin_desktop.domain.planning import OSLO, parse_planned
from mtk_admin_desktop.paths import resources_dir
from mtk_admin_desktop.services.context import AppContext

FEED_FILE = "demo-nyheter.xml"


def populate(context: AppContext, today: dt.date) -> None:
    """Write the demo feed, set it as the feed address, and cache its items."""
    template = (resources_dir() / "demo_news.xml").read_text(encoding="utf-8")
    noon = dt.datetime.combine(today, dt.time(8, 30), tzinfo=OSLO)
    if today == clock.today():
        # Today's news item must already be out when the demo opens, even at 08:00 or just after midnight.
        noon = min(noon, clock.now_oslo() - dt.timedelta(hours=1))
    published = [
        p
        for p in context.planning.posts_between(today - dt.timedelta(days=14), today - dt.timedelta(days=1))
        if p.get("status") == "publisert" and (p.get("website") or {}).get("url")
    ]
    published.sort(key=lambda p: p.get("planned_at") or "")
    # Every published post's website news is in the feed except the oldest one's (R2 the other way): it
    # gets an address of its own (the demo month repeats titles, and addresses are made from titles).
    if published:
        missing = dict(published[0]["website"], url=published[0]["website"]["url"].rstrip("/") + "-oppdatert")
        context.planning.save_post({"website": missing}, published[0]["id"])
    items = []
    for post in published[1:]:
        moment = parse_planned(post.get("planned_at")) or noon
        items.append(
            "    <item>\n"
            f"      <title>{_xml(post.get('title') or '')}</title>\n"
            f"      <link>{_xml(post['website']['url'])}</link>\n"
            f"      <pubDate>{email.utils.format_datetime(moment - dt.timedelta(hours=1))}</pubDate>\n"
            f"      <description>{_xml(post.get('text') or '')}</description>\n"
            "    </item>\n"
        )
    template = template.replace("    <!--POSTS-->\n", "".join(items))
    for n in range(21):
        template = template.replace(
            "{{DAYS_AGO_" + str(n) + "}}", email.utils.format_datetime(noon - dt.timedelta(days=n))
        )
    data = template.encode("utf-8")
    path = context.paths.data_dir / FEED_FILE
    path.write_bytes(data)
    url = path.resolve().as_uri()
    context.settings.set("news.feed_url", url)
    context.news.import_bytes(data, url)


def _xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
