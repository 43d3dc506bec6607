"""The news area's service: fetch the website's news feed, cache it, and compare it with the posts (R2).

The feed is fetched with ``urllib`` (a total deadline, a bounded read, at most a few redirects) and the
bytes parsed with ``feedparser``; nothing here waits longer than :data:`TIMEOUT_S` or holds more than
:data:`MAX_BYTES`. Every failure becomes one :class:`FeedError` whose text says what went wrong in the
user's terms. The cache is this laptop's (``storage/schema_news.py`` says why); R2 is judged from it, so
everything but the fetch works offline. A worker thread uses the service of its own context
(``context.for_worker()``).
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import socket
import ssl
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit

from mtk_admin_desktop.domain import clock
from mtk_admin_desktop.domain.ids import stable_id
from mtk_admin_desktop.domain.news import (
    NewsItem,
    PostRef,
    R2Report,
    normalise_url,
    post_ref,
    r2_report,
)
from mtk_admin_desktop.domain.planning import oslo_day_bounds, parse_planned
from mtk_admin_desktop.domain.tr import QT_TRANSLATE_NOOP, Text
from mtk_admin_desktop.storage.store import Store

_CTX = "NewsService"

#: The whole fetch (connect, redirects, every read) must finish within this many seconds.
TIMEOUT_S = 15.0
#: A news feed is tens of kilobytes; anything above this is not one.
MAX_BYTES = 5 * 1024 * 1024
MAX_REDIRECTS = 5
MAX_ITEMS = 500
#: Posts read for matching: this many days back and ahead of today (bounded, on the planned_at index).
POSTS_BACK_DAYS = 60
POSTS_AHEAD_DAYS = 30
_CHUNK = 64 * 1024


class FeedError(Exception):
    """A fetch or parse that failed; ``text`` is the one line the user sees."""

    def __init__(self, text: Text) -> None:
        super().__init__(text.english())
        self.text = text


@dataclass(frozen=True)
class FetchResult:
    """What a successful fetch brought: items read, items new to the cache, and a note (e.g. encoding)."""

    url: str
    items: int
    new: int
    note: Text | None = None


def _t(source: str, **params: Any) -> Text:
    return Text(_CTX, source, params)


class _Redirects(urllib.request.HTTPRedirectHandler):
    max_redirections = MAX_REDIRECTS
    max_repeats = 2


def fetch_bytes(url: str, timeout: float = TIMEOUT_S, max_bytes: int = MAX_BYTES) -> tuple[bytes, str, str]:
    """The body at ``url`` (http, https or file), its final URL and content type; FeedError otherwise."""
    scheme = urlsplit(url).scheme.lower()
    if scheme not in ("http", "https", "file"):
        raise FeedError(
            _t(
                QT_TRANSLATE_NOOP("NewsService", "The feed address must start with https:// (got {url})."),
                url=url,
            )
        )
    deadline = time.monotonic() + timeout
    opener = urllib.request.build_opener(_Redirects())
    request = urllib.request.Request(
        url,
        headers={
            "User-Agent": "mtk-admin-desktop (news feed, R2)",
            "Accept": "application/rss+xml, application/atom+xml, application/xml, text/xml;q=0.9, */*;q=0.1",
        },
    )
    seconds = int(timeout)
    try:
        with opener.open(request, timeout=timeout) as response:
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise FeedError(
                    _t(
                        QT_TRANSLATE_NOOP(
                            "NewsService",
                            "The feed is {size} MB; a news feed is far smaller (limit {limit} MB). "
                            "Check the address.",
                        ),
                        size=int(length) // (1024 * 1024),
                        limit=max_bytes // (1024 * 1024),
                    )
                )
            chunks: list[bytes] = []
            total = 0
            while True:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError
                sock = getattr(getattr(getattr(response, "fp", None), "raw", None), "_sock", None)
                if sock is not None:
                    sock.settimeout(remaining)
                # read1: what has arrived (up to a chunk), so a server dripping bytes meets the deadline.
                chunk = response.read1(min(_CHUNK, max_bytes + 1 - total))
                if not chunk:
                    break
                chunks.append(chunk)
                total += len(chunk)
                if total > max_bytes:
                    raise FeedError(
                        _t(
                            QT_TRANSLATE_NOOP(
                                "NewsService",
                                "The feed is larger than {limit} MB; a news feed is far smaller. "
                                "Check the address.",
                            ),
                            limit=max_bytes // (1024 * 1024),
                        )
                    )
            return b"".join(chunks), response.geturl() or url, response.headers.get("Content-Type") or ""
    except FeedError:
        raise
    except urllib.error.HTTPError as exc:
        if 300 <= exc.code < 400:
            raise FeedError(
                _t(
                    QT_TRANSLATE_NOOP(
                        "NewsService", "The feed address redirects in a loop or too many times ({url})."
                    ),
                    url=url,
                )
            ) from exc
        raise FeedError(
            _t(
                QT_TRANSLATE_NOOP("NewsService", "The website answered {code} for the feed ({url})."),
                code=exc.code,
                url=url,
            )
        ) from exc
    except TimeoutError as exc:
        raise FeedError(
            _t(
                QT_TRANSLATE_NOOP(
                    "NewsService", "The website did not deliver the feed within {seconds} seconds."
                ),
                seconds=seconds,
            )
        ) from exc
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, (TimeoutError, socket.timeout)):
            raise FeedError(
                _t(
                    QT_TRANSLATE_NOOP(
                        "NewsService", "The website did not deliver the feed within {seconds} seconds."
                    ),
                    seconds=seconds,
                )
            ) from exc
        raise FeedError(
            _t(
                QT_TRANSLATE_NOOP(
                    "NewsService", "Could not reach the website for the news feed (offline?): {reason}"
                ),
                reason=str(exc.reason),
            )
        ) from exc
    except (OSError, ssl.SSLError, ValueError) as exc:
        raise FeedError(
            _t(
                QT_TRANSLATE_NOOP(
                    "NewsService", "Could not reach the website for the news feed (offline?): {reason}"
                ),
                reason=str(exc),
            )
        ) from exc


_TAG = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"[ \t\r\f\v]+")


def plain_text(markup: str, limit: int = 1000) -> str:
    """HTML of a feed summary as plain text (tags dropped, entities decoded, blank runs squeezed)."""
    text = re.sub(r"(?i)<br\s*/?>|</p>", "\n", markup or "")
    text = html.unescape(_TAG.sub("", text))
    lines = [_SPACE.sub(" ", line).strip() for line in text.splitlines()]
    text = "\n".join(line for line in lines if line)
    return text[:limit]


def _looks_like_html(data: bytes) -> bool:
    head = data[:2048].lstrip().lower()
    return head.startswith(b"<!doctype html") or head.startswith(b"<html") or b"<html" in head[:512]


def parse_feed(data: bytes, url: str, content_type: str = "") -> tuple[list[NewsItem], Text | None]:
    """The items of an RSS or Atom document (links made absolute against ``url``), and a note when the
    feed needed forgiving (a wrong declared encoding). FeedError when it is not a feed at all."""
    import feedparser  # type: ignore[import-untyped]

    headers = {"content-location": url}
    if content_type:
        headers["content-type"] = content_type
    parsed = feedparser.parse(data, response_headers=headers, sanitize_html=True)
    if not parsed.get("version"):
        if _looks_like_html(data):
            raise FeedError(
                _t(
                    QT_TRANSLATE_NOOP(
                        "NewsService",
                        "The address gives a web page (HTML), not a news feed: "
                        "use the site's RSS or Atom address.",
                    )
                )
            )
        reason = str(parsed.get("bozo_exception") or "")
        raise FeedError(
            _t(
                QT_TRANSLATE_NOOP("NewsService", "The address does not give an RSS or Atom feed. {reason}"),
                reason=reason[:200],
            )
        )
    note = None
    exc = parsed.get("bozo_exception")
    if parsed.get("bozo") and isinstance(exc, feedparser.CharacterEncodingOverride):
        note = _t(
            QT_TRANSLATE_NOOP(
                "NewsService", "The feed declares the wrong character encoding; read as {encoding}."
            ),
            encoding=str(parsed.get("encoding") or "?"),
        )
    items: list[NewsItem] = []
    for entry in parsed.entries[:MAX_ITEMS]:
        link = urljoin(url, str(entry.get("link") or "").strip())
        title = plain_text(str(entry.get("title") or ""), 300).replace("\n", " ")
        if not link or not title or urlsplit(link).scheme not in ("http", "https"):
            continue
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        published = (
            dt.datetime(stamp[0], stamp[1], stamp[2], stamp[3], stamp[4], stamp[5], tzinfo=dt.UTC)
            if stamp
            else None
        )
        image = ""
        for enclosure in entry.get("enclosures") or []:
            if str(enclosure.get("type") or "").startswith("image/") and enclosure.get("href"):
                image = urljoin(url, str(enclosure["href"]))
                break
        summary = plain_text(str(entry.get("summary") or ""))
        key = normalise_url(link)
        items.append(NewsItem(stable_id("news", key), link, title, summary, published, image))
    return items, note


class NewsService:
    """The website's news feed: its address, fetching, the cache, and R2 both ways."""

    def __init__(self, store: Store, feed_url: Callable[[], str]) -> None:
        self.store = store
        self._feed_url = feed_url

    def feed_url(self) -> str:
        """The configured feed address (settings, else ``site.json``); empty when none is set."""
        return str(self._feed_url() or "").strip()

    # -- fetching ----------------------------------------------------------------------------------

    def fetch(
        self,
        url: str | None = None,
        timeout: float = TIMEOUT_S,
        max_bytes: int = MAX_BYTES,
    ) -> FetchResult:
        """Fetch the feed and cache its items (one transaction); FeedError with one clear line otherwise.

        The attempt is logged either way (``last_fetch``)."""
        store = self.store
        url = (url or self.feed_url()).strip()
        if not url:
            raise FeedError(
                _t(
                    QT_TRANSLATE_NOOP(
                        "NewsService",
                        "No news feed address is set (File → Settings, or news.feed_url in site.json).",
                    )
                )
            )
        try:
            data, final_url, content_type = fetch_bytes(url, timeout, max_bytes)
            items, note = parse_feed(data, final_url, content_type)
        except FeedError as exc:
            self._log(store, url, False, 0, exc.text)
            raise
        new = self.store_items(items, url)
        self._log(store, url, True, len(items), note)
        return FetchResult(url, len(items), new, note)

    def import_bytes(self, data: bytes, url: str) -> FetchResult:
        """Cache a feed already in hand (the demo's file), as if fetched from ``url``."""
        store = self.store
        items, note = parse_feed(data, url)
        new = self.store_items(items, url)
        self._log(store, url, True, len(items), note)
        return FetchResult(url, len(items), new, note)

    def store_items(self, items: list[NewsItem], feed_url: str) -> int:
        """Insert or refresh ``items`` in the cache; returns how many were new."""
        store = self.store
        now = clock.now_utc().isoformat(timespec="seconds")
        new = 0
        with store.transaction():
            for item in items:
                found = store.db.execute("SELECT 1 FROM news_items WHERE id = ?", [item.id]).fetchone()
                published = item.published_at.isoformat(timespec="seconds") if item.published_at else None
                if found:
                    store.db.execute(
                        "UPDATE news_items SET link = ?, title = ?, summary = ?, published_at = "
                        "coalesce(?, published_at), image_url = ?, last_seen = ? WHERE id = ?",
                        [item.link, item.title, item.summary, published, item.image_url, now, item.id],
                    )
                else:
                    new += 1
                    store.db.execute(
                        "INSERT INTO news_items (id, feed_url, link, link_key, title, summary, published_at, "
                        "image_url, first_seen, last_seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        [
                            item.id,
                            feed_url,
                            item.link,
                            normalise_url(item.link),
                            item.title,
                            item.summary,
                            published,
                            item.image_url,
                            now,
                            now,
                        ],
                    )
        return new

    def _log(self, store: Store, url: str, ok: bool, count: int, message: Text | None) -> None:
        text = (
            json.dumps([message.context, message.source, message.params], ensure_ascii=False)
            if message
            else ""
        )
        with store.transaction():
            store.db.execute(
                "INSERT INTO news_fetches (feed_url, finished_at, ok, items, message) VALUES (?, ?, ?, ?, ?)",
                [url, clock.now_utc().isoformat(timespec="seconds"), int(ok), count, text],
            )
            # Keep the log short: it is a status line, not a history.
            store.db.execute("DELETE FROM news_fetches WHERE id <= (SELECT max(id) - 50 FROM news_fetches)")

    def last_fetch(self) -> dict[str, Any] | None:
        """The newest fetch attempt: ``{feed_url, finished_at, ok, items, message: Text|None}``."""
        row = (
            self.store
            .db.execute(
                "SELECT feed_url, finished_at, ok, items, message FROM news_fetches ORDER BY id DESC LIMIT 1"
            )
            .fetchone()
        )
        if row is None:
            return None
        message = None
        if row[4]:
            context, source, params = json.loads(row[4])
            message = Text(context, source, params)
        return {
            "feed_url": row[0],
            "finished_at": row[1],
            "ok": bool(row[2]),
            "items": row[3],
            "message": message,
        }

    # -- reading the cache -------------------------------------------------------------------------

    def items(self, days: int | None = None, limit: int = 200) -> list[NewsItem]:
        """Cached items, newest first; ``days``: only those published within that many days."""
        store = self.store
        sql = "SELECT id, link, title, summary, published_at, image_url FROM news_items"
        params: list[Any] = []
        if days is not None:
            sql += " WHERE published_at >= ?"
            params.append((clock.now_utc() - dt.timedelta(days=days)).isoformat(timespec="seconds"))
        sql += " ORDER BY published_at DESC LIMIT ?"
        params.append(limit)
        return [
            NewsItem(
                r[0], r[1], r[2], r[3] or "", dt.datetime.fromisoformat(r[4]) if r[4] else None, r[5] or ""
            )
            for r in store.db.execute(sql, params).fetchall()
        ]

    def item(self, news_id: str) -> NewsItem | None:
        rows = (
            self.store
            .db.execute(
                "SELECT id, link, title, summary, published_at, image_url FROM news_items WHERE id = ?",
                [news_id],
            )
            .fetchall()
        )
        if not rows:
            return None
        r = rows[0]
        return NewsItem(
            r[0], r[1], r[2], r[3] or "", dt.datetime.fromisoformat(r[4]) if r[4] else None, r[5] or ""
        )

    def _oldest(self, store: Store) -> dt.datetime | None:
        row = store.db.execute("SELECT min(published_at) FROM news_items").fetchone()
        return dt.datetime.fromisoformat(row[0]) if row and row[0] else None

    def _posts(self, store: Store, today: dt.date) -> list[PostRef]:
        """Posts planned from :data:`POSTS_BACK_DAYS` before to :data:`POSTS_AHEAD_DAYS` after today
        (a bounded read on the planned_at index, whatever the history), and ideas without a date yet."""
        low, high = oslo_day_bounds(
            today - dt.timedelta(days=POSTS_BACK_DAYS), today + dt.timedelta(days=POSTS_AHEAD_DAYS)
        )
        cursor = store.db.execute(
            "SELECT id, title, planned_at, website, links, status FROM posts "
            "WHERE _deleted = 0 AND (planned_at >= ? AND planned_at < ? OR planned_at IS NULL)",
            [low, high],
        )
        out = []
        for pid, title, planned, website, links, status in cursor.fetchall():
            try:
                moment = parse_planned(planned)
                row = {
                    "id": pid,
                    "title": title,
                    "status": status,
                    "website": json.loads(website) if website else {},
                    "links": json.loads(links) if links else [],
                }
            except ValueError:
                continue
            out.append(post_ref(row, moment))
        return out

    def r2(self, now: dt.datetime | None = None) -> R2Report | None:
        """R2 both ways from the cache; None when the feed was never fetched on this laptop."""
        store = self.store
        if store.db.execute("SELECT 1 FROM news_items LIMIT 1").fetchone() is None:
            return None
        now = now or clock.now_utc()
        items = self.items(days=POSTS_BACK_DAYS, limit=MAX_ITEMS)
        return r2_report(
            items, self._posts(store, now.astimezone(clock.OSLO).date()), now, self._oldest(store)
        )

    def news_without_post(self) -> list[NewsItem]:
        """R2 the other way: news of the last :data:`NEWS_WINDOW_DAYS` days no post carries."""
        report = self.r2()
        return [m.item for m in report.news_without_post] if report else []
