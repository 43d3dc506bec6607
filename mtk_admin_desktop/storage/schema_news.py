"""Tables of the news area: this laptop's cache of the website's news feed (R2), never synced.

Why local and not synced: the feed is public data that every laptop can fetch again, and what people
decide about it (the post, its website counterpart URL) lives in ``posts``, which does sync. Syncing the
cache would put every fetched item into the operation log once per laptop, and two laptops fetching the
same feed would write the same facts twice. A laptop that has never fetched shows "never fetched" instead
of R2 findings; one that fetched once works offline from its cache.

``news_items`` keeps every item ever seen (an item that drops out of the feed is still the website's
news); ``news_fetches`` one row per fetch (for the status line and ``news list``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mtk_admin_desktop.storage.schema import Migration, TableSpec

if TYPE_CHECKING:  # imported only when a migration runs (storage/database.py)
    import sqlite_utils

TABLES: list[TableSpec] = []


def _m1_news(db: sqlite_utils.Database) -> None:
    db.executescript(
        """
        CREATE TABLE news_items (
            id TEXT PRIMARY KEY,
            feed_url TEXT NOT NULL,
            link TEXT NOT NULL,
            link_key TEXT NOT NULL,
            title TEXT NOT NULL,
            summary TEXT NOT NULL DEFAULT '',
            published_at TEXT,
            image_url TEXT NOT NULL DEFAULT '',
            first_seen TEXT NOT NULL,
            last_seen TEXT NOT NULL
        );
        CREATE INDEX news_items_published ON news_items (published_at);
        CREATE INDEX news_items_link ON news_items (link_key);
        CREATE TABLE news_fetches (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            feed_url TEXT NOT NULL,
            finished_at TEXT NOT NULL,
            ok INTEGER NOT NULL,
            items INTEGER NOT NULL DEFAULT 0,
            message TEXT NOT NULL DEFAULT ''
        );
        """
    )


MIGRATIONS: list[Migration] = [_m1_news]
