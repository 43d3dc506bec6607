"""Core tables: the operation log, local state and settings, conflicts, blobs, shared settings."""

from __future__ import annotations

from typing import TYPE_CHECKING

from mtk_admin_desktop.storage.schema import TableSpec, create_synced_table

if TYPE_CHECKING:
    import sqlite_utils

SHARED_SETTINGS = TableSpec(
    "shared_settings", {"key": "TEXT", "value": "TEXT"}, json_fields=frozenset({"value"})
)

TABLES = [SHARED_SETTINGS]


def _m1_core(db: sqlite_utils.Database) -> None:
    db.executescript(
        """
        CREATE TABLE ops (
            op_id TEXT PRIMARY KEY,
            device TEXT NOT NULL,
            dev_seq INTEGER NOT NULL,
            hlc TEXT NOT NULL,
            tbl TEXT NOT NULL,
            row_id TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('set', 'del')),
            field TEXT NOT NULL,
            value TEXT,
            prev TEXT NOT NULL DEFAULT '[]',
            seen TEXT NOT NULL DEFAULT '[]',
            author TEXT NOT NULL DEFAULT '',
            received_at TEXT NOT NULL,
            UNIQUE (device, dev_seq)
        );
        CREATE INDEX ops_row ON ops (tbl, row_id, field);
        CREATE TABLE local_state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE local_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE conflicts (
            tbl TEXT NOT NULL,
            row_id TEXT NOT NULL,
            field TEXT NOT NULL,
            ops TEXT NOT NULL,
            PRIMARY KEY (tbl, row_id, field)
        );
        CREATE TABLE blobs (
            sha256 TEXT PRIMARY KEY,
            size INTEGER NOT NULL,
            mime TEXT NOT NULL,
            added_at TEXT NOT NULL
        );
        """
    )
    create_synced_table(db, SHARED_SETTINGS)


def _m2_local_drafts(db: sqlite_utils.Database) -> None:
    """Autosaved drafts of open editors (services/drafts.py): this laptop's, never synced."""
    db.executescript(
        """
        CREATE TABLE local_drafts (
            kind TEXT NOT NULL,
            key TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            payload TEXT NOT NULL,
            saved_at TEXT NOT NULL,
            PRIMARY KEY (kind, key)
        );
        """
    )


#: The op log's indexes, by name: the op id (unique: an op is stored once), the device's numbering
#: (unique: a clash is an error, never a silent drop) and the rows (the merge reads a row's ops). Named,
#: so a first pull into an empty log can drop them for its insert and build them again after it, in
#: the same transaction (``storage/pull_load.py``).
OPS_INDEXES = (
    "CREATE UNIQUE INDEX ops_op_id ON ops (op_id)",
    "CREATE UNIQUE INDEX ops_device_seq ON ops (device, dev_seq)",
    "CREATE INDEX ops_row ON ops (tbl, row_id, field)",
)
OPS_INDEX_NAMES = ("ops_op_id", "ops_device_seq", "ops_row")


def _m3_ops_named_indexes(db: sqlite_utils.Database) -> None:
    """The ops table with the same columns and rules, its primary key and uniqueness as named indexes.

    ``op_id TEXT PRIMARY KEY`` and ``UNIQUE (device, dev_seq)`` were indexes SQLite made and names
    itself; they cannot be dropped. As named unique indexes they keep every rule (the same errors on a
    duplicate id or a clash) and a first pull can build them once after its insert instead of growing
    them op by op. Every op is copied; the migration runs in one transaction.
    """
    db.executescript(
        """
        CREATE TABLE ops_new (
            op_id TEXT,
            device TEXT NOT NULL,
            dev_seq INTEGER NOT NULL,
            hlc TEXT NOT NULL,
            tbl TEXT NOT NULL,
            row_id TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('set', 'del')),
            field TEXT NOT NULL,
            value TEXT,
            prev TEXT NOT NULL DEFAULT '[]',
            seen TEXT NOT NULL DEFAULT '[]',
            author TEXT NOT NULL DEFAULT '',
            received_at TEXT NOT NULL
        );
        INSERT INTO ops_new SELECT op_id, device, dev_seq, hlc, tbl, row_id, kind, field, value, prev, seen,
            author, received_at FROM ops ORDER BY rowid;
        DROP TABLE ops;
        ALTER TABLE ops_new RENAME TO ops;
        """
    )
    for sql in OPS_INDEXES:
        db.execute(sql)


MIGRATIONS = [_m1_core, _m2_local_drafts, _m3_ops_named_indexes]
