"""Typed records of the rows that cross the service boundary: page (with its roles and reviews), post,
moderation entry, archive status.

Each record is declared once, here, with the type of every field; ``tests/test_records.py`` checks the
storage schema (``storage/schema_*.py`` and the migrated SQLite tables) against these declarations, so
a field added in one place and forgotten in the other fails the suite. ``from_row`` turns a stored row
(SQLite's 0/1 for booleans, None for an empty cell, JSON already decoded by the store) into a record;
values are coerced, never trusted: a row that arrived through the shared folder may be odd.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Self

JsonList = list[dict[str, Any]]
JsonDict = dict[str, Any]


class Record:
    """Shared conversion from a stored row; the subclasses are frozen dataclasses."""

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> Self:
        """The record for ``row``: missing fields get their defaults, values their declared type."""
        hints = typing.get_type_hints(cls)
        values: dict[str, Any] = {}
        for item in dataclasses.fields(cls):  # type: ignore[arg-type]
            key = _column(item)
            if key in row:
                values[item.name] = _coerce(hints[item.name], row[key])
        return cls(**values)

    def values(self) -> dict[str, Any]:
        """The stored fields and their values (without ``id``), as the store's write path takes them."""
        meta = {f.name for f in dataclasses.fields(self) if META in f.metadata}  # type: ignore[arg-type]
        return {
            k: v
            for k, v in dataclasses.asdict(self).items()  # type: ignore[call-overload]
            if k != "id" and k not in meta
        }

    def row(self) -> dict[str, Any]:
        """The record as the store's row it came from (``id`` and bookkeeping columns included): for the
        domain's rules, which read form values and saved records alike."""
        return {_column(f): getattr(self, f.name) for f in dataclasses.fields(self)}  # type: ignore[arg-type]


def row_of(item: Record | Mapping[str, Any]) -> Mapping[str, Any]:
    """The fields by name of a record or of a mapping (a form's values): for rules that read both."""
    return item.row() if isinstance(item, Record) else item


#: Field metadata naming the store's bookkeeping column a field is read from (not a column of the schema).
META = "store_column"


def _column(item: dataclasses.Field[Any]) -> str:
    return str(item.metadata.get(META, item.name))


def stored_fields(record: type[Record]) -> list[str]:
    """The record's fields that are columns of its table's schema (``id`` and bookkeeping left out)."""
    return [
        f.name
        for f in dataclasses.fields(record)  # type: ignore[arg-type]
        if f.name != "id" and META not in f.metadata
    ]


def _base(kind: Any) -> tuple[Any, bool]:
    """(the plain type of a field, whether it may be None): ``int | None`` gives (int, True)."""
    optional = isinstance(kind, types.UnionType) and type(None) in typing.get_args(kind)
    base = next((a for a in typing.get_args(kind) if a is not type(None)), kind) if optional else kind
    return typing.get_origin(base) or base, optional


def _coerce(kind: Any, value: Any) -> Any:
    origin, optional = _base(kind)
    if value is None:
        return None if optional else _empty(origin)
    if origin is bool:
        return bool(value) if isinstance(value, int | bool) else str(value).strip().lower() in ("1", "true")
    if origin is int:
        try:
            return int(value)
        except (TypeError, ValueError):
            return None if optional else 0
    if origin is str:
        return value if isinstance(value, str) else str(value)
    if origin is list:
        return list(value) if isinstance(value, list) else []
    if origin is dict:
        return dict(value) if isinstance(value, dict) else ({} if not optional else None)
    return value


def _empty(origin: Any) -> Any:
    return {bool: False, int: 0, str: "", list: [], dict: {}}.get(origin)


@dataclass(frozen=True)
class Page(Record):
    """An account the municipality runs (R1, R6, R7, R17, R18)."""

    id: str
    name: str = ""
    platform: str = ""
    url: str = ""
    url_normalised: str = ""
    is_main: bool = False
    unit: str = ""
    status: str = ""
    cleared_by: str = ""
    cleared_on: str = ""  # ISO date
    purpose: str = ""
    target_group: str = ""
    activity_what: str = ""
    activity_frequency: int | None = None
    activity_period: str = ""
    activity_by: str = ""
    visual_profile_confirmed: bool = False
    visual_profile_confirmed_by: str = ""
    visual_profile_confirmed_on: str = ""
    notice_sent_on: str = ""
    notice_sent_by: str = ""
    is_group: bool = False
    group_size: int | None = None
    status_changed_on: str = ""
    notes: str = ""
    #: the hybrid-logical-clock stamp of the page's first write (the store keeps it; R4 counts from it)
    created: str = field(default="", metadata={META: "_created"}, compare=False)


@dataclass(frozen=True)
class PageRole(Record):
    """A person's role on a page from one day to another (R7.1, R9); an ended role stays as history."""

    id: str
    page_id: str = ""
    person_name: str = ""
    email: str = ""
    role: str = ""  # hovedadministrator, administrator or redaktor
    acknowledged_on: str = ""  # ISO date (R9); "" until acknowledged
    from_date: str = ""  # ISO date
    to_date: str = ""  # ISO date the role ended; "" while it is held


@dataclass(frozen=True)
class PageReview(Record):
    """One review of a page (R4)."""

    id: str
    page_id: str = ""
    reviewed_on: str = ""  # ISO date
    reviewed_by: str = ""
    note: str = ""


@dataclass(frozen=True)
class Post(Record):
    """A planned (or published) post on one page (R2, R9–R12, R14–R16)."""

    id: str
    page_id: str = ""
    planned_at: str = ""  # ISO 8601 with offset, Europe/Oslo
    title: str = ""
    text: str = ""
    kind: str = ""
    status: str = ""
    responsible: str = ""
    attachments: JsonList = field(default_factory=list)
    links: JsonList = field(default_factory=list)
    website: JsonDict | None = None
    send_to_communication: bool = False
    archive_worthy: bool = False
    archive_reason: str = ""
    crisis_approved: bool = False
    crisis_approved_by: str = ""
    published_url: str = ""  # the post on Facebook, once marked published (issue 18)
    published_at: str = ""  # ISO 8601 with offset


@dataclass(frozen=True)
class ModerationEntry(Record):
    """A hidden or deleted comment with its lawful ground and its seal (R7.5, R13); never changed once
    saved.

    The fields saving may leave empty are ``None`` when stored so (not ""): the entry hash covers them
    as JSON, so ``entry_hash(entry.row(), entry.id)`` of a saved entry gives its stored hash. The log's
    verification still reads the stored rows, as they are, never records.
    """

    id: str
    page_id: str = ""
    post_ref: str = ""
    comment_author: str = ""
    comment_text: str = ""
    comment_posted_at: str | None = None
    action: str = ""
    ground: str | None = None
    justification: str = ""
    moderator: str = ""
    moderator_role: str | None = None
    approved_by: str | None = None
    screenshots: list[str] = field(default_factory=list)  # SHA-256 of each screenshot
    corrects_id: str | None = None
    archive_worthy: bool = False
    archive_reason: str | None = None
    created_at: str = ""
    chain_seq: int | None = None
    entry_hash: str = ""
    prev_hash: str | None = None
    signature: str | None = None
    signer_device: str = ""


@dataclass(frozen=True)
class ArchiveStatus(Record):
    """Where an archive item stands: pending, exported in a package, journalført with its number."""

    id: str
    kind: str = ""
    item_id: str = ""
    status: str = ""
    package_id: str = ""
    package_file: str = ""
    package_sha256: str = ""
    exported_at: str = ""
    journal_year: int | None = None
    journal_seq: int | None = None
    journal_number: str = ""
    archive_reference: str = ""
    journalfort_at: str = ""
    skjerming_code: str = ""
    skjerming_basis: str = ""


#: The stored table of each record type.
TABLES: dict[str, type[Record]] = {
    "pages": Page,
    "page_roles": PageRole,
    "page_reviews": PageReview,
    "posts": Post,
    "moderation_entries": ModerationEntry,
    "archive_status": ArchiveStatus,
}


def stored_type(record: type[Record], name: str) -> tuple[str, bool]:
    """(SQLite type, is JSON) that a record field is stored as: TEXT, INTEGER or REAL."""
    origin, _optional = _base(typing.get_type_hints(record)[name])
    if origin in (list, dict):
        return "TEXT", True
    if origin in (bool, int):
        return "INTEGER", False
    if origin is float:
        return "REAL", False
    return "TEXT", False
