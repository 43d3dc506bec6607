"""Tables of the sync area: per-laptop bookkeeping of the shared folder, never synced themselves.

``sync_published`` is this laptop's own chain of segments per share, ``sync_cursors`` how far each
other device's chain has been applied here, ``sync_blob_queue`` blobs referred to but not yet fetched,
``sync_log`` one row per sync run (for the status bar and ``sync status``), and the trust tables:
``sync_findings`` (ops quarantined or refused as tampering, segments refused), ``sync_device_pins``
(each device's public key, pinned when first seen) and ``sync_witness`` (the highest moderation chain
position seen per device). All are written inside
``store.transaction()``, together with the ops a segment brings, so a crash leaves them consistent.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mtk_admin_desktop.storage.schema import Migration, TableSpec

if TYPE_CHECKING:
    import sqlite_utils

TABLES: list[TableSpec] = []


def _m1_sync(db: sqlite_utils.Database) -> None:
    db.executescript(
        """
        CREATE TABLE sync_published (
            share_id TEXT NOT NULL,
            device TEXT NOT NULL,
            seq INTEGER NOT NULL,
            first_dev_seq INTEGER NOT NULL,
            last_dev_seq INTEGER NOT NULL,
            body_sha TEXT NOT NULL,
            prev_sha TEXT NOT NULL,
            published_at TEXT NOT NULL,
            verified_at TEXT,
            PRIMARY KEY (share_id, device, seq)
        );
        CREATE TABLE sync_cursors (
            share_id TEXT NOT NULL,
            device TEXT NOT NULL,
            seq INTEGER NOT NULL,
            body_sha TEXT NOT NULL,
            last_dev_seq INTEGER NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (share_id, device)
        );
        CREATE TABLE sync_blob_queue (
            sha256 TEXT PRIMARY KEY,
            first_seen TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            last_error TEXT
        );
        CREATE TABLE sync_log (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            started_at TEXT NOT NULL,
            finished_at TEXT NOT NULL,
            state TEXT NOT NULL,
            ok INTEGER NOT NULL,
            pushed_ops INTEGER NOT NULL DEFAULT 0,
            pulled_ops INTEGER NOT NULL DEFAULT 0,
            report TEXT NOT NULL
        );
        """
    )


def _m2_sync_verified_index(db: sqlite_utils.Database) -> None:
    # The rolling check of own segments picks the least recently verified one: an index keeps that
    # one row read, however long the history.
    db.execute("CREATE INDEX sync_published_verified ON sync_published (share_id, device, verified_at, seq)")


def _m3_sync_trust(db: sqlite_utils.Database) -> None:
    # What the trust checks found (docs/sync.md "Trust"): ops quarantined or refused as tampering,
    # segments refused, devices seen for the first time. ``op`` keeps the refused op's JSON as
    # evidence (never shown whole, never logged).
    db.executescript(
        """
        CREATE TABLE sync_findings (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            share_id TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL,
            device TEXT NOT NULL DEFAULT '',
            path TEXT NOT NULL DEFAULT '',
            op_id TEXT NOT NULL DEFAULT '',
            tbl TEXT NOT NULL DEFAULT '',
            row_id TEXT NOT NULL DEFAULT '',
            field TEXT NOT NULL DEFAULT '',
            reason TEXT NOT NULL,
            op TEXT,
            found_at TEXT NOT NULL,
            UNIQUE (kind, device, path, op_id)
        );
        CREATE INDEX sync_findings_row ON sync_findings (tbl, row_id);
        CREATE TABLE sync_device_pins (
            device TEXT PRIMARY KEY,
            public_key TEXT,
            fingerprint TEXT NOT NULL DEFAULT '',
            host TEXT NOT NULL DEFAULT '',
            user TEXT NOT NULL DEFAULT '',
            first_seen TEXT NOT NULL,
            share_id TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE sync_witness (
            device TEXT PRIMARY KEY,
            chain_seq INTEGER NOT NULL,
            entry_id TEXT NOT NULL,
            entry_hash TEXT NOT NULL,
            signature TEXT,
            source TEXT NOT NULL,
            seen_at TEXT NOT NULL
        );
        """
    )


MIGRATIONS: list[Migration] = [_m1_sync, _m2_sync_verified_index, _m3_sync_trust]
