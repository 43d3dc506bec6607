"""Subcommands of the news area: ``news fetch [--url URL]`` and ``news list [--days N] [--json]``.

``fetch`` reads the website's news feed into this laptop's cache (exit 3 with one line on a bad feed);
``list`` shows the cached news with the post each one has, or the R2 finding when it has none.
"""

from __future__ import annotations

import argparse
from typing import Any

from mtk_admin_desktop.commands.common import EXIT_OK, fail, open_context, print_json
from mtk_admin_desktop.domain.tr import QT_TRANSLATE_NOOP
from mtk_admin_desktop.i18n import tr, tr_text

_CTX = "NewsCommands"


def add_commands(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    """Add this area's subcommands; each sets handler to a function(args) -> exit code."""
    news = subparsers.add_parser("news", parents=[common], help="the website's news feed (R2 both ways)")
    sub = news.add_subparsers(dest="news_command", metavar="SUBCOMMAND", required=True)
    fetch = sub.add_parser("fetch", parents=[common], help="fetch the news feed into the cache")
    fetch.add_argument("--url", help="the feed's address (default: the setting, or site.json)")
    fetch.add_argument("--timeout", type=float, default=15.0, help="seconds for the whole fetch (default 15)")
    fetch.add_argument("--json", action="store_true", help="print the result as JSON")
    fetch.set_defaults(handler=_fetch)
    listing = sub.add_parser("list", parents=[common], help="list the cached news and their posts")
    listing.add_argument("--days", type=int, default=30, help="news of the last N days (default 30)")
    listing.add_argument("--json", action="store_true", help="print the list as JSON")
    listing.set_defaults(handler=_list)


def _fetch(args: argparse.Namespace) -> int:
    from mtk_admin_desktop.services.news import FeedError

    context = open_context(args)
    try:
        result = context.news.fetch(args.url, timeout=args.timeout)
    except FeedError as exc:
        return fail(tr_text(exc.text))
    finally:
        context.close()
    if args.json:
        print_json(
            {
                "ok": True,
                "url": result.url,
                "items": result.items,
                "new": result.new,
                "note": result.note.english() if result.note else None,
            }
        )
    else:
        print(
            tr(
                _CTX,
                QT_TRANSLATE_NOOP("NewsCommands", "{items} news items read, {new} new."),
                items=result.items,
                new=result.new,
            )
        )
        if result.note:
            print(tr_text(result.note))
    return EXIT_OK


def _list(args: argparse.Namespace) -> int:
    from mtk_admin_desktop.domain.news import match_news

    context = open_context(args)
    try:
        items = context.news.items(days=args.days)
        report = context.news.r2()
        missing = {m.item.id for m in report.news_without_post} if report else set()
        matches = {m.item.id: m for m in report.matches} if report else {}
        if not report:
            matches = {m.item.id: m for m in match_news(items, [])}
    finally:
        context.close()
    rows: list[dict[str, Any]] = []
    for item in items:
        match = matches.get(item.id)
        rows.append(
            {
                "id": item.id,
                "published_at": item.published_at.isoformat() if item.published_at else None,
                "title": item.title,
                "link": item.link,
                "post_id": match.post_id if match else None,
                "suggested_post_id": match.suggested_post_id if match else None,
                "r2_without_post": item.id in missing,
            }
        )
    if args.json:
        print_json(rows)
        return EXIT_OK
    if not rows:
        print(
            tr(_CTX, QT_TRANSLATE_NOOP("NewsCommands", "No news in the cache (run: mtk-admin news fetch)."))
        )
    for row in rows:
        date = (row["published_at"] or "")[:10]
        if row["post_id"]:
            state = tr(_CTX, QT_TRANSLATE_NOOP("NewsCommands", "has a post"))
        elif row["r2_without_post"] and row["suggested_post_id"]:
            state = tr(
                _CTX,
                QT_TRANSLATE_NOOP("NewsCommands", "R2: no post; perhaps {post}"),
                post=row["suggested_post_id"],
            )
        elif row["r2_without_post"]:
            state = tr(_CTX, QT_TRANSLATE_NOOP("NewsCommands", "R2: no post"))
        else:
            state = "–"
        print(f"{date}  {row['title']}  [{state}]\n            {row['link']}")
    return EXIT_OK
