"""Tables of the moderation area: the append-only log, its screenshots, and the devices' public keys."""

from __future__ import annotations

from typing import TYPE_CHECKING

from mtk_admin_desktop.domain.moderation import CORE_FIELDS
from mtk_admin_desktop.storage.schema import Migration, TableSpec, create_synced_table

if TYPE_CHECKING:  # imported only when a migration runs (storage/database.py)
    import sqlite_utils

MODERATION_ENTRIES = TableSpec(
    "moderation_entries",
    {
        "page_id": "TEXT",
        "post_ref": "TEXT",
        "comment_author": "TEXT",
        "comment_text": "TEXT",
        "comment_posted_at": "TEXT",
        "action": "TEXT",
        "ground": "TEXT",
        "justification": "TEXT",
        "moderator": "TEXT",
        "moderator_role": "TEXT",
        "approved_by": "TEXT",
        "screenshots": "TEXT",
        "corrects_id": "TEXT",
        "archive_worthy": "INTEGER",
        "archive_reason": "TEXT",
        "created_at": "TEXT",
        "chain_seq": "INTEGER",
        "entry_hash": "TEXT",
        "prev_hash": "TEXT",
        "signature": "TEXT",
        "signer_device": "TEXT",
    },
    json_fields=frozenset({"screenshots"}),
    # Evidence: the store refuses any change to these once written (AppendOnlyError).
    append_only=frozenset(CORE_FIELDS),
    blob_fields=frozenset({"screenshots"}),
)

SCREENSHOTS = TableSpec(
    "screenshots",
    {
        "sha256": "TEXT",
        "captured_at": "TEXT",
        "screen": "TEXT",
        "host": "TEXT",
        "user": "TEXT",
        "width": "INTEGER",
        "height": "INTEGER",
        "mime": "TEXT",
    },
    append_only=frozenset({"sha256", "captured_at", "screen", "host", "user", "width", "height", "mime"}),
    blob_fields=frozenset({"sha256"}),
)

# Row id = the device id; the public key travels with the data so every laptop can verify signatures.
DEVICE_KEYS = TableSpec(
    "device_keys",
    {"public_key": "TEXT", "algorithm": "TEXT", "created_at": "TEXT", "host": "TEXT", "user": "TEXT"},
    append_only=frozenset({"public_key", "algorithm", "created_at"}),
)

TABLES: list[TableSpec] = [MODERATION_ENTRIES, SCREENSHOTS, DEVICE_KEYS]


def _m1_moderation(db: sqlite_utils.Database) -> None:
    for spec in TABLES:
        create_synced_table(db, spec)
    db.execute("CREATE INDEX moderation_entries_page ON moderation_entries (page_id, created_at)")
    db.execute("CREATE INDEX moderation_entries_created ON moderation_entries (created_at)")
    db.execute("CREATE INDEX moderation_entries_device ON moderation_entries (signer_device, chain_seq)")
    db.execute("CREATE INDEX screenshots_sha ON screenshots (sha256)")


def _m2_corrections_index(db: sqlite_utils.Database) -> None:
    # The log marks entries a later entry corrects; without this the marks scanned the whole log on
    # every refresh (issue 19: the tab's cost must not grow with years of log). Corrections are few.
    db.execute(
        "CREATE INDEX moderation_entries_corrects ON moderation_entries (corrects_id) "
        "WHERE corrects_id IS NOT NULL AND corrects_id != ''"
    )


MIGRATIONS: list[Migration] = [_m1_moderation, _m2_corrections_index]
