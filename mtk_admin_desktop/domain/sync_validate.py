"""Checks on every op that arrives from the shared folder, before anything of it is stored.

Anyone who can write to the share can write a well-formed segment, so its ops are checked like user
input: every id must be in the app's id format (:func:`~mtk_admin_desktop.domain.ids.is_app_id`), and
every value must have the type its table declares (``TableSpec.fields``), within the ranges and formats
the app itself writes (dates parse, hashes are hashes, flags are 0/1, a max-register value is one of
its steps). :func:`check_op` returns why an op is refused, or None. Pure: the sync engine quarantines.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Mapping, Sequence
from typing import Any, Protocol

from mtk_admin_desktop.domain.hlc import Timestamp
from mtk_admin_desktop.domain.ids import is_app_id
from mtk_admin_desktop.domain.oplog import DELETED, Op
from mtk_admin_desktop.domain.tr import QT_TRANSLATE_NOOP

MAX_TEXT = 4_000_000  # characters in one text value (a moderation comment is at most 1,000,000)
MAX_SHORT = 10_000  # an author name, a status word, a date
MAX_REFS = 100_000  # ids in an op's prev or seen
MAX_DEPTH = 16  # nesting of list/dict values
MAX_ITEMS = 100_000  # elements of one list/dict value, counted through every level
INT_RANGE = 2**63
_SHA = re.compile(r"^[0-9a-f]{64}$")
_TABLE = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
_B64 = re.compile(r"^[A-Za-z0-9+/]{1,2000}={0,2}$")

#: INTEGER fields that are yes/no flags
FLAG_FIELDS = frozenset(
    {
        "is_main",
        "is_group",
        "visual_profile_confirmed",
        "send_to_communication",
        "archive_worthy",
        "crisis_approved",
        "verify_ok",
    }
)
#: TEXT fields holding one SHA-256 (hex)
SHA_FIELDS = frozenset({"sha256", "package_sha256", "entry_hash", "prev_hash"})
#: TEXT fields holding one base64 value (a signature or a public key)
BASE64_FIELDS = frozenset({"signature", "public_key"})
#: TEXT fields holding an app id (besides every ``*_id`` field)
ID_FIELDS = frozenset({"signer_device"})
#: TEXT fields holding a date or a date and time (besides every ``*_at`` and ``*_on`` field)
DATE_FIELDS = frozenset({"from_date", "to_date", "starts", "ends"})
#: TEXT fields used as a single file-name component somewhere (never a path)
NAME_FIELDS = frozenset({"file_name", "package_file"})
#: ranges of INTEGER fields (inclusive), beyond the 64-bit range every INTEGER has
INT_RANGES = {
    "chain_seq": (1, INT_RANGE - 1),
    "journal_year": (1900, 9999),
    "journal_seq": (0, INT_RANGE - 1),
    "size": (0, INT_RANGE - 1),
    "item_count": (0, INT_RANGE - 1),
    "group_size": (0, INT_RANGE - 1),
    "activity_frequency": (0, 1_000_000),
    "width": (0, 1_000_000),
    "height": (0, 1_000_000),
}


class TableShape(Protocol):
    """What the checks need of a ``TableSpec`` (the storage layer's declaration)."""

    @property
    def fields(self) -> Mapping[str, str]: ...

    @property
    def json_fields(self) -> frozenset[str]: ...

    @property
    def blob_fields(self) -> frozenset[str]: ...

    @property
    def max_registers(self) -> Mapping[str, tuple[object, ...]]: ...


def _is_date(text: str) -> bool:
    if len(text) > 64:
        return False
    try:
        dt.date.fromisoformat(text)
        return True
    except ValueError:
        pass
    try:
        dt.datetime.fromisoformat(text)
    except ValueError:
        return False
    return True


def _is_datetime(text: str) -> bool:
    if len(text) > 64:
        return False
    try:
        dt.datetime.fromisoformat(text)
    except ValueError:
        return False
    return True


def _is_safe_name(text: str) -> bool:
    return (
        0 < len(text) <= 255
        and text not in (".", "..")
        and not any(ch in text for ch in '/\\:\0')
        and not any(ord(ch) < 0x20 for ch in text)
    )


def _json_ok(value: Any, depth: int = 0, budget: list[int] | None = None) -> bool:
    """Plain JSON (None, bool, int, float, str, list, dict with str keys), bounded in depth and size."""
    budget = budget if budget is not None else [MAX_ITEMS]
    kind = type(value)
    # The usual leaves first, by exact type (a first pull checks every value of 100,000 ops).
    if kind is str:
        return len(value) <= MAX_TEXT
    if kind is int:
        return bool(-INT_RANGE <= value < INT_RANGE)
    if value is None or isinstance(value, bool):
        return True
    if isinstance(value, int):
        return -INT_RANGE <= value < INT_RANGE
    if isinstance(value, float):
        return math.isfinite(value)
    if isinstance(value, str):
        return len(value) <= MAX_TEXT
    if depth >= MAX_DEPTH:
        return False
    if isinstance(value, list):
        budget[0] -= len(value)
        if budget[0] < 0:
            return False
        for item in value:
            if not _json_ok(item, depth + 1, budget):
                return False
        return True
    if isinstance(value, dict):
        budget[0] -= len(value)
        if budget[0] < 0:
            return False
        for key, item in value.items():
            if not (isinstance(key, str) and len(key) <= MAX_SHORT and _json_ok(item, depth + 1, budget)):
                return False
        return True
    return False


def check_value(spec: TableShape, name: str, value: Any) -> str | None:
    """Why ``value`` may not be stored in ``spec.name``'s field ``name`` (None if it may)."""
    if value is None:
        return None
    sql_type = spec.fields[name].upper()
    if name in spec.max_registers:
        if value in spec.max_registers[name]:
            return None
        return QT_TRANSLATE_NOOP("Sync", "not one of the field's steps")
    if name in spec.json_fields:
        if not _json_ok(value):
            return QT_TRANSLATE_NOOP("Sync", "not plain data")
        if name in spec.blob_fields:
            if not isinstance(value, (list, dict)):
                return QT_TRANSLATE_NOOP("Sync", "not a list of references")
            items = value if isinstance(value, list) else [value]
            for item in items:
                if isinstance(item, str):
                    if not _SHA.match(item):
                        return QT_TRANSLATE_NOOP("Sync", "a reference that is not a SHA-256")
                elif isinstance(item, dict):
                    sha = item.get("sha256")
                    if sha is not None and not (isinstance(sha, str) and _SHA.match(sha)):
                        return QT_TRANSLATE_NOOP("Sync", "a reference that is not a SHA-256")
                else:
                    return QT_TRANSLATE_NOOP("Sync", "a reference that is not a SHA-256")
        return None
    if sql_type == "INTEGER":
        if isinstance(value, bool):
            value = int(value)
        if not isinstance(value, int) or not -INT_RANGE <= value < INT_RANGE:
            return QT_TRANSLATE_NOOP("Sync", "not a whole number in range")
        if name in FLAG_FIELDS and value not in (0, 1):
            return QT_TRANSLATE_NOOP("Sync", "not 0 or 1")
        low, high = INT_RANGES.get(name, (-INT_RANGE, INT_RANGE - 1))
        return None if low <= value <= high else QT_TRANSLATE_NOOP("Sync", "out of range")
    if sql_type == "REAL":
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return QT_TRANSLATE_NOOP("Sync", "not a number")
        if math.isfinite(float(value)) and abs(value) < 1e300:
            return None
        return QT_TRANSLATE_NOOP("Sync", "out of range")
    # TEXT
    if not isinstance(value, str):
        return QT_TRANSLATE_NOOP("Sync", "not text")
    if len(value) > MAX_TEXT:
        return QT_TRANSLATE_NOOP("Sync", "text too long")
    if value == "":
        return None
    if name in SHA_FIELDS or name in spec.blob_fields:
        return None if _SHA.match(value) else QT_TRANSLATE_NOOP("Sync", "not a SHA-256")
    if name in ID_FIELDS or name.endswith("_id"):
        return None if is_app_id(value) else QT_TRANSLATE_NOOP("Sync", "not an id in the app's format")
    if name in BASE64_FIELDS:
        return None if _B64.match(value) else QT_TRANSLATE_NOOP("Sync", "not base64")
    if name.endswith("_at"):
        return None if _is_datetime(value) else QT_TRANSLATE_NOOP("Sync", "not a date and time")
    if name in DATE_FIELDS or name.endswith("_on"):
        return None if _is_date(value) else QT_TRANSLATE_NOOP("Sync", "not a date")
    if name in NAME_FIELDS:
        return None if _is_safe_name(value) else QT_TRANSLATE_NOOP("Sync", "not a plain file name")
    return None


_U = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
# op id | device | row id | clock reading (16 digits, 4 hex digits, device): the usual op, in one match
_USUAL_HEAD = re.compile(f"{_U}\\|{_U}\\|{_U}\\|[0-9]{{16}}-[0-9a-f]{{4}}-{_U}")
_ID_LIST = re.compile(f"{_U}(?:,{_U})*")
_SPECIAL_TEXT = SHA_FIELDS | BASE64_FIELDS | ID_FIELDS | DATE_FIELDS | NAME_FIELDS


def _usual_value(value: Any) -> bool:
    """A scalar that :func:`_json_ok` accepts, decided without recursion (False: ask it)."""
    kind = type(value)
    if kind is str:
        return len(value) <= MAX_TEXT
    if kind is int:
        return bool(-INT_RANGE <= value < INT_RANGE)
    return value is None or kind is bool


def _usual_ok(op: Op, spec: TableShape | None) -> bool:
    """True only for an op that :func:`_check_op` accepts: the usual op, checked in a few C calls.

    Conservative: anything unusual (an unknown table, a special field, a nested value the quick test
    does not cover) answers False, and the full check decides.
    """
    if spec is None or type(op.tbl) is not str or not _TABLE.fullmatch(op.tbl):
        return False
    op_id, device, row_id, hlc = op.op_id, op.device, op.row_id, op.hlc
    if not (type(op_id) is str and type(device) is str and type(row_id) is str and type(hlc) is str):
        return False
    if not _USUAL_HEAD.fullmatch(f"{op_id}|{device}|{row_id}|{hlc}"):
        return False
    if type(op.dev_seq) is not int or not 1 <= op.dev_seq < INT_RANGE:
        return False
    for refs in (op.prev, op.seen):
        if refs:
            # Joined, the ids must be exactly len(refs) app ids: none of them holds a comma or more.
            try:
                joined = ",".join(refs)
            except TypeError:
                return False
            if len(joined) != 37 * len(refs) - 1 or len(refs) > MAX_REFS or not _ID_LIST.fullmatch(joined):
                return False
    if type(op.author) is not str or len(op.author) > MAX_SHORT:
        return False
    name, value = op.field, op.value
    if op.kind == "del":
        return name == DELETED and type(value) is bool
    if op.kind != "set" or type(name) is not str or name == DELETED:
        return False
    if name not in spec.fields or name in spec.max_registers:
        return False
    if name in spec.json_fields:
        return name not in spec.blob_fields and _json_ok(value)
    if not _usual_value(value):
        return False
    if value is None:
        return True
    sql_type = spec.fields[name].upper()
    if sql_type == "TEXT":
        return type(value) is str and not (
            name in _SPECIAL_TEXT
            or name in spec.blob_fields
            or name.endswith(("_id", "_at", "_on"))
        )
    if sql_type == "INTEGER":
        return type(value) is int and name not in FLAG_FIELDS and name not in INT_RANGES
    return False


def check_op(op: Op, spec: TableShape | None) -> str | None:
    """Why ``op`` (from the share) may not be stored, or None. ``spec`` is None for an unknown table.

    Every op is checked in full; the usual one (app ids, a plain value of a plain field) by
    :func:`_usual_ok` in a few C-level matches (a first pull checks 100,000 ops), anything else by
    :func:`_check_op`, which also gives the reason.
    """
    if _usual_ok(op, spec):
        return None
    return _check_op(op, spec)


_FULL, _JSON, _TEXT, _INT = 0, 1, 2, 3  # how a field's value is checked by :func:`check_ops`' quick path


def _value_rule(spec: TableShape | None, table: str, name: str) -> int:
    """What :func:`_usual_ok` asks of a "set" op's value for this table and field (``_FULL``: not a
    usual field, the full check decides), decided once per (table, field) by :func:`check_ops`."""
    if spec is None or not _TABLE.fullmatch(table) or name == DELETED:
        return _FULL
    if name not in spec.fields or name in spec.max_registers:
        return _FULL
    if name in spec.json_fields:
        return _FULL if name in spec.blob_fields else _JSON
    sql_type = spec.fields[name].upper()
    if sql_type == "TEXT":
        special = name in _SPECIAL_TEXT or name in spec.blob_fields or name.endswith(("_id", "_at", "_on"))
        return _FULL if special else _TEXT
    if sql_type == "INTEGER":
        return _FULL if name in FLAG_FIELDS or name in INT_RANGES else _INT
    return _FULL


def check_ops(ops: Sequence[Op], tables: Mapping[str, TableShape]) -> list[str | None]:
    """:func:`check_op` for every op (``tables.get(op.tbl)`` its spec): why each is refused, or None.

    The same answers (a hypothesis test compares them); the quick test of the usual op is
    :func:`_usual_ok` with its decisions about the table and the field made once per (table, field)
    instead of once per op (a first pull checks 100,000 ops of a handful of fields). An op the quick
    test does not take goes through :func:`check_op`; one that cannot be checked at all is refused.
    """
    rules: dict[tuple[str, str], int] = {}
    usual_tables: dict[str, bool] = {}
    reasons: list[str | None] = []
    for op in ops:
        try:
            ok = _quick(op, tables, rules, usual_tables)
        except Exception:  # noqa: BLE001 - the full check decides
            ok = False
        if ok:
            reasons.append(None)
            continue
        try:
            spec = tables.get(op.tbl) if type(op.tbl) is str else None
            reasons.append(check_op(op, spec))
        except Exception:  # noqa: BLE001 - a check must never stop the sync; refuse instead
            reasons.append(QT_TRANSLATE_NOOP("Sync", "it could not be checked"))
    return reasons


def _quick(op: Op, tables: Mapping[str, TableShape], rules: dict[tuple[str, str], int],
           usual_tables: dict[str, bool]) -> bool:
    """:func:`_usual_ok` of ``op`` with its spec from ``tables``, the per-field part cached in ``rules``."""
    op_id, device, row_id, hlc, tbl = op.op_id, op.device, op.row_id, op.hlc, op.tbl
    name, value, author, dev_seq = op.field, op.value, op.author, op.dev_seq
    if not (
        type(op_id) is str and type(device) is str and type(row_id) is str and type(hlc) is str
        and type(tbl) is str and type(name) is str and type(author) is str and len(author) <= MAX_SHORT
        and type(dev_seq) is int and 1 <= dev_seq < INT_RANGE
        and _USUAL_HEAD.fullmatch(f"{op_id}|{device}|{row_id}|{hlc}")
    ):
        return False
    usual_table = usual_tables.get(tbl)
    if usual_table is None:
        usual_table = usual_tables[tbl] = tables.get(tbl) is not None and bool(_TABLE.fullmatch(tbl))
    if not usual_table:
        return False
    for refs in (op.prev, op.seen):
        if refs:
            joined = ",".join(refs)  # a TypeError for anything but strings: the full check decides
            if len(joined) != 37 * len(refs) - 1 or len(refs) > MAX_REFS or not _ID_LIST.fullmatch(joined):
                return False
    kind = op.kind
    if kind == "del":
        return name == DELETED and type(value) is bool
    if kind != "set":
        return False
    rule = rules.get((tbl, name))
    if rule is None:
        rule = rules[(tbl, name)] = _value_rule(tables.get(tbl), tbl, name)
    if rule == _FULL:
        return False
    if value is None:
        return True
    if rule == _TEXT:
        return type(value) is str and len(value) <= MAX_TEXT
    if rule == _INT:
        return type(value) is int and -INT_RANGE <= value < INT_RANGE
    return _json_ok(value)


def _check_op(op: Op, spec: TableShape | None) -> str | None:
    """:func:`check_op`, rule by rule."""
    if not is_app_id(op.op_id):
        return QT_TRANSLATE_NOOP("Sync", "its id is not in the app's format")
    if not is_app_id(op.device):
        return QT_TRANSLATE_NOOP("Sync", "its device id is not in the app's format")
    if type(op.dev_seq) is not int or not 1 <= op.dev_seq < INT_RANGE:
        return QT_TRANSLATE_NOOP("Sync", "its number is out of range")
    try:
        stamp = Timestamp.decode(op.hlc)
    except ValueError:
        return QT_TRANSLATE_NOOP("Sync", "its clock reading is malformed")
    if not is_app_id(stamp.device) or stamp.counter > 0xFFFF or len(op.hlc) > 80:
        return QT_TRANSLATE_NOOP("Sync", "its clock reading is malformed")
    if not _TABLE.match(op.tbl):
        return QT_TRANSLATE_NOOP("Sync", "its table name is malformed")
    if not is_app_id(op.row_id):
        return QT_TRANSLATE_NOOP("Sync", "its row id is not in the app's format")
    if len(op.prev) > MAX_REFS or len(op.seen) > MAX_REFS:
        return QT_TRANSLATE_NOOP("Sync", "it lists too many earlier changes")
    if not all(is_app_id(ref) for ref in op.prev) or not all(is_app_id(ref) for ref in op.seen):
        return QT_TRANSLATE_NOOP("Sync", "it refers to earlier changes by malformed ids")
    if not isinstance(op.author, str) or len(op.author) > MAX_SHORT:
        return QT_TRANSLATE_NOOP("Sync", "its author is malformed")
    if op.kind == "del":
        if op.field != DELETED or not isinstance(op.value, bool):
            return QT_TRANSLATE_NOOP("Sync", "a malformed delete")
        return None
    if op.kind != "set" or op.field == DELETED:
        return QT_TRANSLATE_NOOP("Sync", "a malformed change")
    if not _json_ok(op.value):
        return QT_TRANSLATE_NOOP("Sync", "its value is not plain data")
    if spec is None:
        return None  # a table of a newer version: kept in the log, not applied here
    if op.field not in spec.fields:
        return QT_TRANSLATE_NOOP("Sync", "its field does not exist in the table")
    return check_value(spec, op.field, op.value)
