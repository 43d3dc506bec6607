"""Tables of the archive area: the archive status of each item and the history of written packages."""

from __future__ import annotations

from typing import TYPE_CHECKING

from mtk_admin_desktop.storage.schema import Migration, TableSpec, create_synced_table

if TYPE_CHECKING:  # sqlite-utils is imported only when a migration runs (start-up does without it)
    import sqlite_utils

# The order of the archive status: a status only moves forward, also when two laptops disagree.
STATUS_ORDER = ("pending", "exported", "journalfort")

ARCHIVE_STATUS = TableSpec(
    "archive_status",
    {
        "kind": "TEXT",  # "moderation" or "post"
        "item_id": "TEXT",
        "status": "TEXT",
        "package_id": "TEXT",
        "package_file": "TEXT",
        "package_sha256": "TEXT",
        "exported_at": "TEXT",
        "journal_year": "INTEGER",
        "journal_seq": "INTEGER",
        "journal_number": "TEXT",
        "archive_reference": "TEXT",
        "journalfort_at": "TEXT",
        # Skjerming set before export: tilgangsrestriksjon code (e.g. "13") and skjermingshjemmel
        # (e.g. "offl. § 13 jf. fvl. § 13"), written into the item's arkivmelding.
        "skjerming_code": "TEXT",
        "skjerming_basis": "TEXT",
    },
    max_registers={"status": STATUS_ORDER},
)

ARCHIVE_PACKAGES = TableSpec(
    "archive_packages",
    {
        "package_id": "TEXT",
        "file_name": "TEXT",
        "target": "TEXT",  # the folder the package was written to
        "form": "TEXT",  # "zip" or "folder"
        "sha256": "TEXT",  # of the ZIP, or of sha256sums.txt for a folder
        "size": "INTEGER",
        "created_at": "TEXT",
        "created_by": "TEXT",
        "item_count": "INTEGER",
        "items": "TEXT",  # JSON list of {"kind", "item_id"}
        "filters": "TEXT",  # JSON: the page and period chosen
        "verified_at": "TEXT",
        "verify_ok": "INTEGER",
        "verify_message": "TEXT",
    },
    json_fields=frozenset({"items", "filters"}),
)

TABLES: list[TableSpec] = [ARCHIVE_STATUS, ARCHIVE_PACKAGES]


def _m1_archive(db: sqlite_utils.Database) -> None:
    create_synced_table(db, ARCHIVE_STATUS)
    create_synced_table(db, ARCHIVE_PACKAGES)
    db.execute("CREATE INDEX archive_status_item ON archive_status (kind, item_id)")
    db.execute("CREATE INDEX archive_status_package ON archive_status (package_id)")


def _m2_archive_skjerming(db: sqlite_utils.Database) -> None:
    columns = {c.name for c in db["archive_status"].columns}
    for name in ("skjerming_code", "skjerming_basis"):
        if name not in columns:
            db.execute(f"ALTER TABLE archive_status ADD COLUMN [{name}] TEXT")


# The Arkiv tab's backlog, read a window at a time in date order (issue 19: its first fill must not grow
# with the years of items). Per kind: the table, the SQL of the item's instant as a Julian day (UTC; 0 for
# none: such an item sorts first and is outside every period) and the SQL of "must be archived" (R13,
# R14; what ``domain.archive.needs_archiving`` says). Queries must use these strings character for
# character, or SQLite will not use the partial indexes built on them (migration 3).
BACKLOG_SQL: dict[str, tuple[str, str, str]] = {
    "moderation": (
        "moderation_entries",
        "ifnull(julianday(coalesce(nullif(comment_posted_at, ''), created_at)), 0)",
        "_deleted = 0 AND (action = 'deleted' OR archive_worthy = 1)",
    ),
    "post": ("posts", "ifnull(julianday(planned_at), 0)", "_deleted = 0 AND archive_worthy = 1"),
}


def _m3_archive_backlog_index(db: sqlite_utils.Database) -> None:
    # Partial indexes of the items to archive, in date order and by page and date: the tab's window and
    # its counts read these, not the tables (years of posts and log entries that need no archiving).
    # The item tables belong to areas migrated before this one.
    for kind, (table, when, wanted) in BACKLOG_SQL.items():
        db.execute(
            f"CREATE INDEX IF NOT EXISTS archive_backlog_{kind} ON {table} ({when}, id) WHERE {wanted}"
        )
        db.execute(
            f"CREATE INDEX IF NOT EXISTS archive_backlog_{kind}_page ON {table} (page_id, {when}, id) "
            f"WHERE {wanted}"
        )
    # The status of an item answered from the index alone (the window's "to be archived" test, the
    # counts of exported and journalført): a store that exported for years has a status row per item.
    db.execute(
        "CREATE INDEX IF NOT EXISTS archive_status_state ON archive_status (kind, item_id, _deleted, status)"
    )


MIGRATIONS: list[Migration] = [_m1_archive, _m2_archive_skjerming, _m3_archive_backlog_index]
