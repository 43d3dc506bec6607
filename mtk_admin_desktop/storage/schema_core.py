"""Core tables: the operation log, local state and settings, conflicts, blobs, shared settings."""

from __future__ import annotations

import sqlite_utils

from mtk_admin_desktop.storage.schema import TableSpec, create_synced_table

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


MIGRATIONS = [_m1_core, _m2_local_drafts]
