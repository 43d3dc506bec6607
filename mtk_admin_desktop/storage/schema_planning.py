"""Tables of the planning area: planned posts and crisis periods (R16)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from mtk_admin_desktop.storage.schema import Migration, TableSpec, add_synced_columns, create_synced_table

if TYPE_CHECKING:  # imported only when a migration runs (storage/database.py)
    import sqlite_utils

POSTS = TableSpec(
    "posts",
    {
        "page_id": "TEXT",
        "planned_at": "TEXT",  # ISO 8601 with offset, Europe/Oslo
        "title": "TEXT",
        "text": "TEXT",
        "kind": "TEXT",  # nyhet, film, bilde, arrangement, annet
        "status": "TEXT",  # ide, utkast, klar, publisert, avlyst
        "responsible": "TEXT",
        "attachments": "TEXT",  # JSON list of dicts; images carry the sha256 of a blob
        "links": "TEXT",  # JSON list of {"url", "text"}
        "website": "TEXT",  # JSON {"mode": url|planned|not_relevant, "url", "reason"} (R2)
        "send_to_communication": "INTEGER",  # R7.6
        "archive_worthy": "INTEGER",  # R14
        "archive_reason": "TEXT",
        "crisis_approved": "INTEGER",  # R16
        "crisis_approved_by": "TEXT",
        # Plan versus published (issue 18): the post's address on Facebook and when it went out (ISO with
        # offset). Added by migration 2; a post with ``published_at`` is what R11 counts for past days.
        "published_url": "TEXT",
        "published_at": "TEXT",
    },
    json_fields=frozenset({"attachments", "links", "website"}),
    blob_fields=frozenset({"attachments"}),
)

CRISIS_PERIODS = TableSpec(
    "crisis_periods",
    {"starts": "TEXT", "ends": "TEXT", "note": "TEXT", "set_by": "TEXT"},
)

TABLES: list[TableSpec] = [POSTS, CRISIS_PERIODS]


def _m1_posts(db: sqlite_utils.Database) -> None:
    create_synced_table(db, POSTS)
    create_synced_table(db, CRISIS_PERIODS)
    # The calendar asks for one visible range at a time; without this a month of 5,000 posts scans.
    db.execute("CREATE INDEX posts_planned_at ON posts (planned_at)")
    db.execute("CREATE INDEX posts_page ON posts (page_id, planned_at)")


def _m2_published(db: sqlite_utils.Database) -> None:
    # Migration 1 creates the table from the current POSTS, so a new store already has the columns.
    have = set(db["posts"].columns_dict)
    add_synced_columns(db, POSTS, [c for c in ("published_url", "published_at") if c not in have])


MIGRATIONS: list[Migration] = [_m1_posts, _m2_published]
