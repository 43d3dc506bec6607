"""The website's news and Facebook posts, both ways (R2): matching by URL, suggestions by title, findings.

Pure: no Qt, no SQL, no network. The service fetches and caches the feed; this module decides which news
item has a post, which post's website counterpart never showed up in the feed, and whether a URL is a
Facebook post's address (plan versus published).
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from mtk_admin_desktop.domain.findings import Finding, Severity
from mtk_admin_desktop.domain.tr import QT_TRANSLATE_NOOP, Text

_CTX = "News"

#: R2: a news item on the website this many days old or newer without a post is a finding.
NEWS_WINDOW_DAYS = 14
#: A post's website counterpart gets this long to appear in the feed before it is a warning.
COUNTERPART_GRACE_DAYS = 2
#: Title similarity (difflib ratio, 0..1) from which a post is suggested as a news item's counterpart.
SUGGEST_RATIO = 0.6

_TRACKING = re.compile(r"^(utm_[a-z]+|fbclid|gclid|mc_[a-z]+)$", re.IGNORECASE)


@dataclass(frozen=True)
class NewsItem:
    """One item of the website's news feed, as cached."""

    id: str
    link: str
    title: str
    summary: str = ""
    published_at: dt.datetime | None = None
    image_url: str = ""


@dataclass(frozen=True)
class PostRef:
    """What matching needs of a post: its id, time, title, website counterpart URL and its links."""

    id: str
    title: str
    planned_at: dt.datetime | None
    website_url: str = ""
    website_mode: str = ""
    link_urls: tuple[str, ...] = ()
    status: str = ""


@dataclass
class NewsMatch:
    """A news item and the post that carries it (by URL), or the post suggested by a similar title."""

    item: NewsItem
    post_id: str | None = None
    suggested_post_id: str | None = None
    suggested_ratio: float = 0.0


@dataclass
class R2Report:
    """Both directions of R2 at one moment."""

    matches: list[NewsMatch] = field(default_factory=list)
    news_without_post: list[NewsMatch] = field(default_factory=list)
    posts_without_counterpart: list[PostRef] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)


def normalise_url(url: str) -> str:
    """A URL as compared: scheme-less, host lower-case without ``www.``, no fragment, no trailing slash,
    no tracking parameters (``utm_*``, ``fbclid``), remaining query parameters sorted."""
    url = (url or "").strip()
    if not url:
        return ""
    if "://" not in url:
        url = "https://" + url
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if host.startswith("www."):
        host = host[4:]
    if parts.port and parts.port not in (80, 443):
        host = f"{host}:{parts.port}"
    query = urlencode(
        sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING.match(k))
    )
    path = parts.path.rstrip("/")
    return urlunsplit(("", host, path, query, ""))


def _title_key(title: str) -> str:
    text = unicodedata.normalize("NFC", title or "").casefold()
    return " ".join(re.findall(r"\w+", text))


def title_ratio(a: str, b: str) -> float:
    """How alike two titles are (0..1), ignoring case and punctuation."""
    ka, kb = _title_key(a), _title_key(b)
    if not ka or not kb:
        return 0.0
    return difflib.SequenceMatcher(None, ka, kb, autojunk=False).ratio()


def match_news(items: Iterable[NewsItem], posts: Iterable[PostRef]) -> list[NewsMatch]:
    """Each news item with the post whose website URL (or one of whose links) is the item's link; an item
    without one gets the post with the most similar title (at least :data:`SUGGEST_RATIO`) that has no
    website URL of its own, as a suggestion."""
    posts = list(posts)
    by_url: dict[str, str] = {}
    for post in posts:
        for url in (post.website_url, *post.link_urls):
            key = normalise_url(url)
            if key and key not in by_url:
                by_url[key] = post.id
    # One matcher per post title, its side prepared once: an item is then compared with each title by
    # difflib's two cheap upper bounds first (lengths, then letters in common), and only a title that
    # could beat the best so far is measured in full. The result is title_ratio's, in a few hundredths of
    # the time: a six-year store has a thousand undated or URL-less posts in the window (1.2 s before).
    free = [
        (post.id, len(key), difflib.SequenceMatcher(None, "", key, autojunk=False))
        for post in posts
        if not post.website_url.strip() and post.status != "avlyst" and (key := _title_key(post.title))
    ]
    out = []
    for item in items:
        match = NewsMatch(item, post_id=by_url.get(normalise_url(item.link)))
        key = _title_key(item.title)
        if match.post_id is None and key:
            best: tuple[float, str] | None = None
            for post_id, length, matcher in free:
                floor = best[0] if best is not None else SUGGEST_RATIO
                if 2.0 * min(length, len(key)) / (length + len(key)) < floor:  # real_quick_ratio, inlined
                    continue
                matcher.set_seq1(key)
                if matcher.quick_ratio() < floor:
                    continue
                ratio = matcher.ratio()
                if ratio >= SUGGEST_RATIO and (best is None or ratio > best[0]):
                    best = (ratio, post_id)
            if best is not None:
                match.suggested_ratio, match.suggested_post_id = best
        out.append(match)
    return out


def r2_report(
    items: list[NewsItem], posts: list[PostRef], now: dt.datetime, feed_oldest: dt.datetime | None = None
) -> R2Report:
    """R2 both ways at ``now``.

    News of the last :data:`NEWS_WINDOW_DAYS` days with no post: warning. A post whose website counterpart
    URL is not among the feed's items, :data:`COUNTERPART_GRACE_DAYS` after its time: warning, but only
    when the feed reaches back to the post's time (``feed_oldest``; a feed of the latest 10 items says
    nothing about last month).
    """
    report = R2Report(matches=match_news(items, posts))
    since = now - dt.timedelta(days=NEWS_WINDOW_DAYS)
    for match in report.matches:
        published = match.item.published_at
        if match.post_id is None and published is not None and since <= published <= now:
            report.news_without_post.append(match)
            report.findings.append(
                Finding(
                    "R2",
                    Severity.WARNING,
                    Text(
                        _CTX,
                        QT_TRANSLATE_NOOP("News", 'News on the website without a Facebook post: "{title}"'),
                        {"title": match.item.title},
                    ),
                    data={
                        "news_id": match.item.id,
                        "link": match.item.link,
                        "suggested_post_id": match.suggested_post_id or "",
                    },
                )
            )
    feed_urls = {normalise_url(i.link) for i in items}
    oldest = feed_oldest or min((i.published_at for i in items if i.published_at), default=None)
    for post in posts:
        if post.website_mode != "url" or not post.website_url.strip() or post.planned_at is None:
            continue
        if post.status == "avlyst" or post.planned_at > now - dt.timedelta(days=COUNTERPART_GRACE_DAYS):
            continue
        if oldest is None or oldest > post.planned_at:
            continue
        if normalise_url(post.website_url) in feed_urls:
            continue
        report.posts_without_counterpart.append(post)
        report.findings.append(
            Finding(
                "R2",
                Severity.WARNING,
                Text(
                    _CTX,
                    QT_TRANSLATE_NOOP(
                        "News",
                        'The website counterpart of "{title}" never appeared in the website\'s news feed.',
                    ),
                    {"title": post.title},
                ),
                field="website",
                data={"post_id": post.id, "url": post.website_url},
            )
        )
    return report


def post_ref(row: Mapping[str, Any], planned_at: dt.datetime | None) -> PostRef:
    """A :class:`PostRef` from a stored post (``website`` and ``links`` decoded)."""
    website = row.get("website") or {}
    if not isinstance(website, Mapping):
        website = {}
    links = row.get("links") or []
    urls = tuple(str(link.get("url") or "") for link in links if isinstance(link, Mapping))
    return PostRef(
        id=str(row["id"]),
        title=str(row.get("title") or ""),
        planned_at=planned_at,
        website_url=str(website.get("url") or "") if website.get("mode") == "url" else "",
        website_mode=str(website.get("mode") or ""),
        link_urls=urls,
        status=str(row.get("status") or ""),
    )


def plan_values(item: NewsItem) -> dict[str, Any]:
    """A new post pre-filled from a news item: title, text (summary and link), the link, the counterpart."""
    text = item.summary.strip()
    text = f"{text}\n\n{item.link}" if text else item.link
    return {
        "title": item.title,
        "text": text,
        "kind": "nyhet",
        "status": "utkast",
        "links": [{"url": item.link, "text": item.title}],
        "website": {"mode": "url", "url": item.link, "reason": ""},
    }


# -- plan versus published ------------------------------------------------------------------------

_FB_HOSTS = ("facebook.com", "fb.com")
_FB_POST_PATH = re.compile(
    r"^/(?:"
    r"[^/]+/posts/[^/]+"  # /MidtTelemark/posts/pfbid0… or /123/posts/456
    r"|[^/]+/videos/[^/]+"
    r"|[^/]+/photos/.+"
    r"|permalink\.php|story\.php|photo\.php|photo|watch|reel/[^/]+"
    r"|share/[prv]/[^/]+"
    r"|\d+/posts/\d+"
    r")/?$"
)


def facebook_post_url_problem(url: str) -> Text | None:
    """Why ``url`` is not a Facebook post's address, or None if it is one."""
    raw = (url or "").strip()
    if not raw:
        return Text(_CTX, QT_TRANSLATE_NOOP("News", "Give the Facebook address of the published post."))
    parts = urlsplit(raw if "://" in raw else "https://" + raw)
    host = (parts.hostname or "").lower()
    if parts.scheme not in ("http", "https") or not any(
        host == h or host.endswith("." + h) for h in _FB_HOSTS
    ):
        return Text(
            _CTX,
            QT_TRANSLATE_NOOP("News", "{url} is not a Facebook address (facebook.com or fb.com)."),
            {"url": raw},
        )
    query = dict(parse_qsl(parts.query))
    path = parts.path or "/"
    if path.rstrip("/") in ("/permalink.php", "/story.php") and not query.get("story_fbid"):
        return Text(
            _CTX, QT_TRANSLATE_NOOP("News", "{url} is missing the post number (story_fbid)."), {"url": raw}
        )
    if path.rstrip("/") in ("/photo.php", "/photo", "/watch") and not (query.get("fbid") or query.get("v")):
        return Text(_CTX, QT_TRANSLATE_NOOP("News", "{url} is missing the post number."), {"url": raw})
    if not _FB_POST_PATH.match(path):
        return Text(
            _CTX,
            QT_TRANSLATE_NOOP(
                "News",
                "{url} is a Facebook address but not a post's (copy the post's own link: … → Copy link).",
            ),
            {"url": raw},
        )
    return None
