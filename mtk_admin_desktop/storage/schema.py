"""Declarations of the synced tables: their fields and how each field merges.

Each area declares its tables in ``schema_<area>.py`` (``TABLES``) beside its migrations
(``MIGRATIONS``); :data:`AREAS` lists the areas in the order their migrations run.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import ModuleType
from typing import TYPE_CHECKING

from mtk_admin_desktop.domain.oplog import FIRST, LWW, FieldPolicy

if TYPE_CHECKING:  # imported only when a migration runs (storage/database.py)
    import sqlite_utils

AREAS = ("core", "register", "planning", "moderation", "archive", "sync", "news")

# A step gets the store's Database, which hands sqlite-utils' table helpers on (storage/database.py).
Migration = Callable[["sqlite_utils.Database"], None]


@dataclass(frozen=True)
class TableSpec:
    """One synced table.

    ``fields`` maps each synced column to its SQLite type (TEXT, INTEGER, REAL). ``json_fields`` hold
    lists or dicts (stored as JSON text). ``append_only`` fields never change once written (moderation
    evidence); ``max_registers`` only move forward through the given order (archive status);
    ``blob_fields`` hold the SHA-256 of a blob the sync must carry along.
    """

    name: str
    fields: Mapping[str, str]
    json_fields: frozenset[str] = frozenset()
    append_only: frozenset[str] = frozenset()
    max_registers: Mapping[str, tuple[object, ...]] = field(default_factory=dict)
    blob_fields: frozenset[str] = frozenset()

    def policy(self, name: str) -> FieldPolicy:
        if name in self.append_only:
            return FIRST
        if name in self.max_registers:
            return FieldPolicy("max", tuple(self.max_registers[name]))
        return LWW

    def policies(self) -> dict[str, FieldPolicy]:
        return {name: self.policy(name) for name in self.fields}


def area_module(area: str) -> ModuleType:
    return importlib.import_module(f"mtk_admin_desktop.storage.schema_{area}")


def all_tables() -> dict[str, TableSpec]:
    """Every synced table of every area, by name."""
    out: dict[str, TableSpec] = {}
    for area in AREAS:
        for spec in getattr(area_module(area), "TABLES", ()):
            out[spec.name] = spec
    return out


def create_synced_table(db: sqlite_utils.Database, spec: TableSpec) -> None:
    """Create the materialised table for ``spec``: id, its fields, and the bookkeeping columns.

    ``_deleted`` is 1 for a deleted row (kept: nothing is ever physically removed by the write path),
    ``_created``/``_updated`` are the HLC timestamps of its first and newest op.
    """
    columns: dict[str, object] = {"id": str}
    types = {"TEXT": str, "INTEGER": int, "REAL": float}
    for name, sql_type in spec.fields.items():
        columns[name] = types[sql_type.upper()]
    columns.update({"_deleted": int, "_created": str, "_updated": str})
    db[spec.name].create(columns, pk="id", defaults={"_deleted": 0}, not_null={"_deleted"})  # type: ignore[union-attr]


def add_synced_columns(db: sqlite_utils.Database, spec: TableSpec, names: list[str]) -> None:
    """A migration helper: add newly declared fields to an existing synced table."""
    types = {"TEXT": str, "INTEGER": int, "REAL": float}
    table = db[spec.name]
    for name in names:
        table.add_column(name, types[spec.fields[name].upper()])  # type: ignore[union-attr]
