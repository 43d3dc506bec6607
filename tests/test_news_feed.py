"""R2 both ways with the website's news: feeds read over real HTTP from a local server, good and bad."""

from __future__ import annotations

import datetime as dt
import http.server
import json
import threading
import time
from pathlib import Path

import pytest
from helpers import run_cli
from hypothesis import given, settings
from hypothesis import strategies as st

from mtk_admin_desktop.domain.news import (
    NewsItem,
    PostRef,
    facebook_post_url_problem,
    match_news,
    normalise_url,
    r2_report,
)
from mtk_admin_desktop.services.news import FeedError

FEEDS = Path(__file__).parent / "news_feeds"
_SMALL_LATIN1 = (
    (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Nytt</title>'
        "<item><title>Åpent møte på Bø – velkommen</title><link>https://mt.example/a/</link>"
        "<pubDate>Tue, 01 Dec 2026 08:15:00 +0100</pubDate></item></channel></rss>"
    )
    .replace("–", "-")
    .encode("latin-1")
)


class _Handler(http.server.BaseHTTPRequestHandler):
    sent = 0

    def log_message(self, *args: object) -> None:
        pass

    def _send(self, body: bytes, ctype: str = "application/rss+xml; charset=utf-8", code: int = 200) -> None:
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        if self.path == "/aktuelt/rss.xml":
            self._send((FEEDS / "rss.xml").read_bytes())
        elif self.path == "/aktuelt/atom":
            self._send((FEEDS / "atom.xml").read_bytes(), "application/atom+xml")
        elif self.path == "/html":
            self._send(
                b"<!DOCTYPE html><html><head><title>Aktuelt</title></head><body>Nyheter</body></html>",
                "text/html; charset=utf-8",
            )
        elif self.path == "/latin1":
            self._send(_SMALL_LATIN1)
        elif self.path == "/loop":
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif self.path == "/big":  # 50 MB, announced
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.send_header("Content-Length", str(50 * 1024 * 1024))
            self.end_headers()
            self._stream(50 * 1024 * 1024)
        elif self.path == "/big-unannounced":  # 50 MB without a Content-Length
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.send_header("Connection", "close")
            self.end_headers()
            self._stream(50 * 1024 * 1024)
        elif self.path == "/missing":
            self._send(b"not here", "text/plain", 404)
        else:
            self._send(b"", "text/plain", 500)

    def _stream(self, total: int) -> None:
        chunk = b"<!-- " + b"x" * 65000 + b" -->"
        try:
            while _Handler.sent < total:
                self.wfile.write(chunk)
                _Handler.sent += len(chunk)
        except OSError:
            pass


@pytest.fixture
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    _Handler.sent = 0
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_r2_rss_over_http_with_cdata_relative_links_enclosures_and_aeoeaa(context, server) -> None:
    result = context.news.fetch(server + "/aktuelt/rss.xml")
    assert (result.items, result.new) == (4, 4)
    items = {i.title: i for i in context.news.items()}
    snow = items["Brøyting og strøing: slik prioriterer vi vegene i vinter"]  # CDATA title
    # A relative link and enclosure are made absolute against the feed's own address.
    assert snow.link == server + "/aktuelt/broyting-og-stroing-vinter/"
    assert snow.image_url == server + "/globalassets/bilder/broytebil.jpg"
    assert (
        snow.summary
        == "Kommunen brøyter først bussrutene og vegene til skolene.\nLes om rekkefølgen & hvem du ringer."
    )
    assert snow.published_at == dt.datetime(2026, 12, 1, 7, 15, tzinfo=dt.UTC)
    assert "Åpent møte om ny barnehage på Bø – kom og si din mening" in items
    # Fetching again adds nothing new.
    assert context.news.fetch(server + "/aktuelt/rss.xml").new == 0
    assert context.news.last_fetch()["ok"] is True


def test_r2_atom_over_http_with_xml_base(context, server) -> None:
    result = context.news.fetch(server + "/aktuelt/atom")
    assert result.items == 2
    road = next(i for i in context.news.items() if i.title.startswith("Stengt veg"))
    assert road.title == "Stengt veg ved Sauherad kyrkje – omkøyring"
    assert road.link == "https://www.midt-telemark.kommune.no/aktuelt/stengt-veg-sauherad/"  # xml:base
    assert road.image_url == "https://www.midt-telemark.kommune.no/globalassets/kart-omkoyring.png"
    assert road.summary == "Vegen er stengt fram til fredag. Følg skilta."


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/html", "web page (HTML)"),
        ("/loop", "redirects in a loop"),
        ("/big", "50 MB"),
        ("/big-unannounced", "larger than 1 MB"),
        ("/missing", "answered 404"),
    ],
)
def test_r2_bad_feeds_give_one_clear_line_and_never_hang(context, server, path, expected) -> None:
    started = time.monotonic()
    with pytest.raises(FeedError) as caught:
        context.news.fetch(server + path, timeout=10, max_bytes=1024 * 1024)
    assert time.monotonic() - started < 10
    message = caught.value.text.english()
    assert expected in message and "\n" not in message
    assert _Handler.sent < 10 * 1024 * 1024  # the 50 MB were not read to the end
    last = context.news.last_fetch()
    assert last["ok"] is False and expected in last["message"].english()
    assert context.news.items() == []  # nothing half-written


def test_r2_no_network_is_one_line(context) -> None:
    import socket

    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(FeedError) as caught:
        context.news.fetch(f"http://127.0.0.1:{port}/rss.xml", timeout=5)
    assert "Could not reach the website" in caught.value.text.english()


def test_r2_a_feed_in_the_wrong_encoding_is_read_and_said(context, server) -> None:
    result = context.news.fetch(server + "/latin1")
    assert result.items == 1
    assert result.note is not None and "wrong character encoding" in result.note.english()
    assert context.news.items()[0].title == "Åpent møte på Bø - velkommen"


def test_r2_message_in_bokmal(context, server, language) -> None:
    from mtk_admin_desktop import i18n

    language("nb")
    with pytest.raises(FeedError) as caught:
        context.news.fetch(server + "/html")
    assert "nettside (HTML)" in i18n.tr_text(caught.value.text)


def _item(title: str, link: str, days_ago: float, now: dt.datetime) -> NewsItem:
    return NewsItem(normalise_url(link), link, title, "", now - dt.timedelta(days=days_ago))


_WORDS = ["brøyting", "vinter", "påmelding", "til", "skole", "rute", "vann", "møte", "Bø", "ÅPENT", "i", "og"]


@given(
    st.lists(st.lists(st.sampled_from(_WORDS), min_size=0, max_size=6), min_size=1, max_size=6),
    st.lists(st.lists(st.sampled_from(_WORDS), min_size=0, max_size=6), min_size=0, max_size=12),
)
@settings(max_examples=200, deadline=None)
def test_r2_title_suggestions_are_title_ratios_best(item_titles, post_titles) -> None:
    """The pruned matching (difflib's upper bounds first) suggests what measuring every pair would."""
    from mtk_admin_desktop.domain.news import SUGGEST_RATIO, title_ratio

    now = dt.datetime(2026, 12, 2, 10, tzinfo=dt.UTC)
    items = [_item(" ".join(w), f"https://mt.no/a/{n}", 1, now) for n, w in enumerate(item_titles)]
    posts = [PostRef(f"p{n}", " ".join(w), now, "", "planned") for n, w in enumerate(post_titles)]
    for match in match_news(items, posts):
        best: tuple[float, str] | None = None
        for post in posts:
            ratio = title_ratio(match.item.title, post.title)
            if ratio >= SUGGEST_RATIO and (best is None or ratio > best[0]):
                best = (ratio, post.id)
        assert (match.suggested_ratio, match.suggested_post_id) == (best or (0.0, None))


def test_r2_matching_by_url_then_title_and_both_directions() -> None:
    now = dt.datetime(2026, 12, 2, 10, tzinfo=dt.UTC)
    items = [
        _item("Brøyting i vinter", "https://www.mt.no/aktuelt/broyting/?utm_source=fb", 1, now),
        _item("Påmelding til vinteraktiviteter for barn og unge", "https://mt.no/aktuelt/vinter", 2, now),
        _item("Gammel sak", "https://mt.no/aktuelt/gammel", 30, now),
        _item("Skolerute vedtatt", "https://mt.no/aktuelt/skolerute", 40, now),
    ]
    posts = [
        PostRef("p1", "Brøyting", now - dt.timedelta(days=1), "https://mt.no/aktuelt/broyting", "url"),
        PostRef("p2", "Påmelding til vinteraktiviteter", now + dt.timedelta(days=1), "", "planned"),
        PostRef("p3", "Vannavstenging", now - dt.timedelta(days=5), "https://mt.no/aktuelt/vann", "url"),
        PostRef("p4", "Ny", now - dt.timedelta(hours=5), "https://mt.no/aktuelt/ny", "url"),
    ]
    matches = {m.item.title: m for m in match_news(items, posts)}
    assert matches["Brøyting i vinter"].post_id == "p1"  # www., tracking and trailing slash ignored
    assert matches["Påmelding til vinteraktiviteter for barn og unge"].suggested_post_id == "p2"
    report = r2_report(items, posts, now)
    assert [m.item.title for m in report.news_without_post] == [
        "Påmelding til vinteraktiviteter for barn og unge"
    ]  # the 30-day-old one is past R2's 14 days
    # p3's counterpart never appeared; p4 is too new to judge.
    assert [p.id for p in report.posts_without_counterpart] == ["p3"]
    assert {f.rule for f in report.findings} == {"R2"}
    # A feed that does not reach back to the post says nothing about it.
    short = r2_report(items[:2], posts, now)
    assert short.posts_without_counterpart == []


@pytest.mark.parametrize(
    ("url", "ok"),
    [
        ("https://www.facebook.com/MidtTelemarkKommune/posts/pfbid0abcDEF123", True),
        ("https://facebook.com/123456/posts/7890", True),
        ("https://m.facebook.com/story.php?story_fbid=123&id=456", True),
        ("https://www.facebook.com/permalink.php?story_fbid=123&id=456", True),
        ("https://fb.com/MidtTelemarkKommune/videos/123", True),
        ("https://www.facebook.com/share/p/1AbCdE/", True),
        ("https://www.facebook.com/photo/?fbid=123", True),
        ("https://www.facebook.com/MidtTelemarkKommune", False),  # the page, not a post
        ("https://www.facebook.com/permalink.php?id=456", False),
        ("https://facebook.com.evil.example/x/posts/1", False),
        ("https://www.midt-telemark.kommune.no/aktuelt/x", False),
        ("javascript:alert(1)", False),
        ("", False),
    ],
)
def test_facebook_post_urls_are_validated(url, ok) -> None:
    assert (facebook_post_url_problem(url) is None) is ok


def test_news_cli_fetch_and_list(context, server, data_dir) -> None:
    context.close()
    code, out, err = run_cli(
        "news", "fetch", "--url", server + "/aktuelt/rss.xml", "--json", data_dir=data_dir
    )
    assert code == 0, err
    assert json.loads(out)["items"] == 4
    code, out, err = run_cli("news", "list", "--days", "100000", "--json", data_dir=data_dir)
    assert code == 0, err
    rows = json.loads(out)
    assert len(rows) == 4 and rows[0]["title"].startswith("Brøyting")
    code, out, err = run_cli("news", "fetch", "--url", server + "/html", data_dir=data_dir)
    assert code == 3 and len(err.strip().splitlines()) == 1 and "HTML" in err


def test_news_feed_url_from_site_json(context, monkeypatch) -> None:
    from mtk_admin_desktop import settings

    monkeypatch.setattr(settings, "site_defaults", lambda: {"news.feed_url": "https://mt.no/rss"})
    assert context.news.feed_url() == "https://mt.no/rss"
    context.settings.set("news.feed_url", "https://eget.no/rss")
    assert context.news.feed_url() == "https://eget.no/rss"
