"""Tables of the archive area (see storage/schema.py for how areas declare tables and migrations)."""

from __future__ import annotations

from mtk_admin_desktop.storage.schema import Migration, TableSpec

TABLES: list[TableSpec] = []

MIGRATIONS: list[Migration] = []
