"""The trust boundary of the sync: what arrives from the shared folder is screened before it is stored.

Two checks on every op of a segment (docs/sync.md "Trust"):

* **valid** (:func:`~mtk_admin_desktop.domain.sync_validate.check_op`): ids in the app's format, values
  of the declared type and range. A failing op is *quarantined*: not stored, kept with its reason in
  ``sync_findings``; the rest of the segment is applied.
* **evidence is immutable**: an op that would change an append-only field of a row that exists here
  (a moderation entry, a screenshot's metadata, a device key) is refused as *tampering*, whatever its
  clock says; so is any delete of a moderation entry. Both are recorded in ``sync_findings``.

The witnessed chain heads (:func:`update_witness`, :func:`witnessed_heads`) keep, per device, the
highest moderation chain position this laptop has ever held, so removing the newest entries later is
found by ``moderation verify``.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from mtk_admin_desktop.domain.oplog import DELETED, Op
from mtk_admin_desktop.domain.sync_validate import check_ops
from mtk_admin_desktop.domain.tr import QT_TRANSLATE_NOOP
from mtk_admin_desktop.storage.store import Store

#: tables whose rows may never be deleted through the share
NEVER_DELETED = frozenset({"moderation_entries"})
#: tables whose rows belong to one device: every op on such a row must come from it. The value is the
#: field naming the device ("" = the row id is the device id).
OWNED_BY = {"moderation_entries": "signer_device", "device_keys": ""}


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _canonical(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


@dataclass(frozen=True)
class Refusal:
    """One op that was not applied: ``kind`` is ``quarantine`` (invalid) or ``tamper`` (evidence)."""

    kind: str
    op: Op
    reason: str


@dataclass
class Screened:
    """The ops that may be applied, and the ones refused."""

    accepted: list[Op] = field(default_factory=list)
    refused: list[Refusal] = field(default_factory=list)


@dataclass(frozen=True)
class WitnessedHead:
    """The highest moderation chain position this laptop has seen of one device."""

    device: str
    chain_seq: int
    entry_id: str
    entry_hash: str
    signature: str | None
    source: str
    seen_at: str


def guarded_tables(store: Store) -> frozenset[str]:
    """Tables whose incoming ops are screened against what is stored here (evidence): those with
    append-only fields and those whose rows are never deleted. Ops of other tables are only checked
    one by one (:func:`check_op`), so their screening does not depend on what was applied before."""
    return frozenset(
        name for name, spec in store.tables.items() if spec.append_only or name in NEVER_DELETED
    )


def screen(store: Store, ops: Sequence[Op]) -> Screened:
    """Split ``ops`` (from the share) into those that may be applied and those refused, with reasons."""
    out = Screened()
    tables = store.tables
    valid: list[Op] = []
    for op, reason in zip(ops, check_ops(ops, tables), strict=True):
        if reason:
            out.refused.append(Refusal("quarantine", op, reason))
        else:
            valid.append(op)
    guarded = guarded_tables(store)
    candidates = [op for op in valid if op.tbl in guarded]
    if not candidates:
        out.accepted = valid
        return out
    known = _known_ids(store, [op.op_id for op in candidates])
    rows: dict[tuple[str, str], list[Op]] = {}
    for op in candidates:
        if op.op_id not in known:
            rows.setdefault((op.tbl, op.row_id), [])
    for table, row_id in rows:
        rows[(table, row_id)] = store.ops_for_row(table, row_id)
    refused_ids: set[str] = set()
    owners: dict[tuple[str, str], str | None] = {}
    for (table, row_id), stored in rows.items():
        if table in OWNED_BY:
            owners[(table, row_id)] = _owner(table, row_id, stored)
    for op in candidates:
        key = (op.tbl, op.row_id)
        if op.op_id not in known and key in owners and owners[key] is None:
            # A new row: its owner is the device that names itself in the same batch.
            if OWNED_BY[op.tbl] == op.field and op.value == op.device:
                owners[key] = op.device
    # Oldest first within the batch, so the row's own creation (same segment) comes before any change.
    for op in sorted(candidates, key=Op.order_key):
        if op.op_id in known:
            continue
        stored = rows[(op.tbl, op.row_id)]
        spec = tables[op.tbl]
        if op.tbl in NEVER_DELETED and op.field == DELETED:
            out.refused.append(Refusal("tamper", op, QT_TRANSLATE_NOOP("Sync", "evidence is never deleted")))
            refused_ids.add(op.op_id)
            continue
        if op.tbl in OWNED_BY and owners.get((op.tbl, op.row_id)) != op.device:
            out.refused.append(
                Refusal(
                    "tamper", op, QT_TRANSLATE_NOOP("Sync", "it would write into evidence of another device")
                )
            )
            refused_ids.add(op.op_id)
            continue
        if op.field in spec.append_only:
            same_field = [s for s in stored if s.field == op.field]
            if same_field and _canonical(op.value) not in {_canonical(s.value) for s in same_field}:
                out.refused.append(
                    Refusal(
                        "tamper",
                        op,
                        QT_TRANSLATE_NOOP("Sync", "it would change evidence that was already saved"),
                    )
                )
                refused_ids.add(op.op_id)
                continue
        stored.append(op)
    out.accepted = [op for op in valid if op.op_id not in refused_ids]
    return out


def _owner(table: str, row_id: str, stored: list[Op]) -> str | None:
    """The device a stored row of an owned table belongs to (None for a row not here yet)."""
    name = OWNED_BY[table]
    if not name:
        return row_id
    claims = sorted((op for op in stored if op.field == name), key=Op.order_key)
    return str(claims[0].value) if claims else None


def _known_ids(store: Store, ids: list[str]) -> set[str]:
    known: set[str] = set()
    for first in range(0, len(ids), 500):
        chunk = ids[first : first + 500]
        known.update(
            r[0]
            for r in store.db.execute(
                f"SELECT op_id FROM ops WHERE op_id IN ({','.join('?' * len(chunk))})", chunk
            ).fetchall()
        )
    return known


def record(store: Store, share_id: str, refusals: Iterable[Refusal], path: str = "") -> int:
    """Keep the refused ops in ``sync_findings`` (once each); returns how many were new."""
    new = 0
    for refusal in refusals:
        op = refusal.op
        cur = store.db.execute(
            "INSERT OR IGNORE INTO sync_findings (share_id, kind, device, path, op_id, tbl, row_id, field,"
            " reason, op, found_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            [
                share_id,
                refusal.kind,
                str(op.device)[:64],
                path,
                str(op.op_id)[:64],
                str(op.tbl)[:64],
                str(op.row_id)[:200],
                str(op.field)[:200],
                refusal.reason,
                _safe_json(op),
                _now(),
            ],
        )
        new += cur.rowcount
    return new


def record_finding(
    store: Store, share_id: str, kind: str, reason: str, device: str = "", path: str = ""
) -> bool:
    """Keep one finding about a file or a device (not an op); True if it is new."""
    cur = store.db.execute(
        "INSERT OR IGNORE INTO sync_findings (share_id, kind, device, path, reason, found_at) "
        "VALUES (?,?,?,?,?,?)",
        [share_id, kind, device, path, reason, _now()],
    )
    return bool(cur.rowcount)


def _safe_json(op: Op) -> str | None:
    try:
        return json.dumps(op.to_json(), ensure_ascii=False, sort_keys=True)
    except (TypeError, ValueError, RecursionError):
        return None


def findings(store: Store, table: str | None = None, kind: str | None = None) -> list[dict[str, str]]:
    """Recorded findings, newest first (without the op's content)."""
    sql = "SELECT kind, device, path, op_id, tbl, row_id, field, reason, found_at FROM sync_findings"
    where, params = [], []
    if table:
        where.append("tbl = ?")
        params.append(table)
    if kind:
        where.append("kind = ?")
        params.append(kind)
    if where:
        sql += " WHERE " + " AND ".join(where)
    names = ("kind", "device", "path", "op_id", "tbl", "row_id", "field", "reason", "found_at")
    return [dict(zip(names, r, strict=True)) for r in store.db.execute(sql + " ORDER BY id DESC", params)]


# -- witnessed chain heads ---------------------------------------------------------------------------


def update_witness(store: Store, source: str) -> None:
    """Raise each device's witnessed head to the highest moderation entry held here (never lowers it)."""
    rows = store.db.execute(
        "SELECT signer_device, chain_seq, id, entry_hash, signature FROM moderation_entries e "
        "WHERE signer_device IS NOT NULL AND chain_seq = (SELECT max(chain_seq) FROM moderation_entries "
        "WHERE signer_device = e.signer_device)"
    ).fetchall()
    for device, seq, entry_id, entry_hash, signature in rows:
        if not isinstance(seq, int) or not entry_hash:
            continue
        store.db.execute(
            "INSERT INTO sync_witness (device, chain_seq, entry_id, entry_hash, signature, source, seen_at) "
            "VALUES (?,?,?,?,?,?,?) ON CONFLICT(device) DO UPDATE SET chain_seq = excluded.chain_seq, "
            "entry_id = excluded.entry_id, entry_hash = excluded.entry_hash, "
            "signature = excluded.signature, source = excluded.source, seen_at = excluded.seen_at "
            "WHERE excluded.chain_seq > sync_witness.chain_seq",
            [device, seq, entry_id, entry_hash, signature, source, _now()],
        )


def witnessed_heads(store: Store) -> list[WitnessedHead]:
    """The highest chain position seen of every device (for verify, and for archive packages)."""
    return [
        WitnessedHead(*r)
        for r in store.db.execute(
            "SELECT device, chain_seq, entry_id, entry_hash, signature, source, seen_at FROM sync_witness "
            "ORDER BY device"
        ).fetchall()
    ]
