"""Ops pulled from the shared folder, taken into the log: :meth:`Store.integrate` for decoded segments.

The same steps and the same result as ``Store.integrate(ops, decoded=True)`` (a hypothesis test compares
them: rows, conflicts, stored ops, clock), with two savings for a first pull (issue 19, docs/sync.md
"First pull"):

* **No second encoding.** An op decoded from a segment line keeps the JSON text of its value as the
  line held it (``sync_segment.wire_text``); that text is stored as it is, instead of encoding the
  value again (it is the text the value was parsed from, so it reads back as the same value).
* **Indexes built once.** When the log is small beside the batch (a new laptop's first pull), the op
  log's three indexes are dropped for the insert and built again right after it, in the same
  transaction: one sort per index instead of 100,000 inserts at random places. Building the unique
  indexes checks what inserting under them checks (an op id twice, two ops under one device number), so
  a clash is the same :class:`StoreError`, and the transaction (drop included) is rolled back.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from typing import Any

from mtk_admin_desktop.domain.hlc import Timestamp
from mtk_admin_desktop.domain.oplog import Op
from mtk_admin_desktop.domain.sync_segment import WIRE
from mtk_admin_desktop.storage.schema_core import OPS_INDEX_NAMES, OPS_INDEXES
from mtk_admin_desktop.storage.store import (
    IntegrateResult,
    Store,
    StoreError,
    _id_list,
    _json,
    _op_from_row,
    _utc_now,
)

#: Drop and rebuild the indexes only for a batch of at least this many new ops ...
REBUILD_MIN_OPS = 5_000
#: ... into a log holding at most as many ops as the batch (rebuilding sorts the whole log).
REBUILD_MAX_STORED = 1.0

_INSERT = (
    "INSERT INTO ops (op_id, device, dev_seq, hlc, tbl, row_id, kind, field, value, prev, seen, author,"
    " received_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"
)


def small_log(store: Store, limit: int) -> bool:
    """True if the log holds fewer than ``limit`` ops (counted no further than that)."""
    found = store.db.execute("SELECT count(*) FROM (SELECT 1 FROM ops LIMIT ?)", [limit]).fetchone()[0]
    return bool(found < limit)


def integrate_pulled(store: Store, ops: Iterable[Op]) -> IntegrateResult:
    """``store.integrate(ops, decoded=True)``: ops decoded from segments, values straight from JSON."""
    result = IntegrateResult()
    store._start_bulk()
    with store.transaction() as tx:
        now = _utc_now()
        batch = list({op.op_id: op for op in ops}.values())
        known: set[str] = set()
        db = store.db
        # An empty log (a new laptop's first batch) holds none of these ops and none of their rows:
        # nothing to look up.
        empty = small_log(store, 1)
        for first in range(0, 0 if empty else len(batch), 500):
            ids = [op.op_id for op in batch[first : first + 500]]
            known.update(
                r[0]
                for r in db.execute(
                    f"SELECT op_id FROM ops WHERE op_id IN ({','.join('?' * len(ids))})", ids
                ).fetchall()
            )
        new: list[Op] = []
        touched: dict[str, dict[str, list[Op]]] = {}
        tables = store._tables
        for op in batch:
            if op.op_id in known:
                continue
            new.append(op)
            tbl, row_id = op.tbl, op.row_id
            rows = touched.get(tbl)
            if rows is None:
                rows = touched[tbl] = {}
            found = rows.get(row_id)
            if found is None:
                rows[row_id] = [op]
            else:
                found.append(op)
        result.rows = {(tbl, row_id) for tbl, rows in touched.items() for row_id in rows}
        result.new_ops = len(new)
        result.duplicates = len(batch) - len(new)
        for table in [name for name in touched if name not in tables]:
            del touched[table]  # kept in the log (and passed on), not applied: a newer version's table
        for table, rows in touched.items():
            row_ids = list(rows)
            for first in range(0, 0 if empty else len(row_ids), 500):
                chunk = row_ids[first : first + 500]
                marks = ",".join("?" * len(chunk))
                cur = db.execute(
                    "SELECT op_id, device, dev_seq, hlc, tbl, row_id, kind, field, value, prev, seen,"
                    f" author FROM ops WHERE tbl = ? AND row_id IN ({marks})",
                    [table, *chunk],
                )
                for r in cur.fetchall():
                    rows[r[5]].append(_op_from_row(r))
        rebuild = len(new) >= REBUILD_MIN_OPS and small_log(store, int(len(new) * REBUILD_MAX_STORED) + 1)
        try:
            if rebuild:
                for name in OPS_INDEX_NAMES:
                    db.execute(f"DROP INDEX {name}")
            # Records made as the insert takes them: a first pull's 100,000 tuples are never all in memory.
            db.conn.executemany(_INSERT, _records(new, now))
            if rebuild:
                for sql in OPS_INDEXES:
                    db.execute(sql)
        except sqlite3.IntegrityError as exc:
            raise StoreError(f"an op collides with another op of the same device and number: {exc}") from None
        _take_clock(store, new, result)
        for table in sorted(touched):
            rows = touched[table]
            policies = store.spec(table).policies()
            row_ids = sorted(rows)
            for first in range(0, len(row_ids), 500):
                store._write_rows(
                    table,
                    [
                        store._row_state(table, row_id, rows[row_id], policies)
                        for row_id in row_ids[first : first + 500]
                    ],
                )
            tx.tables.add(table)
        store._save_clock()
    return result


def _records(ops: list[Op], now: str) -> Iterator[tuple[Any, ...]]:
    """The log's record of each op, its value as the segment line held it where known (``WIRE``)."""
    for op in ops:
        value = op.__dict__.get(WIRE)
        prev, seen = op.prev, op.seen
        yield (
            op.op_id,
            op.device,
            op.dev_seq,
            op.hlc,
            op.tbl,
            op.row_id,
            op.kind,
            op.field,
            _json(op.value) if value is None else value,
            _id_list(prev) if prev else "[]",
            _id_list(seen) if seen else "[]",
            op.author,
            now,
        )


def _take_clock(store: Store, ops: list[Op], result: IntegrateResult) -> None:
    """The clock takes in every new op's stamp, as in ``Store.integrate`` (the same shortcut)."""
    clock = store.clock
    limit = f"{clock._wall() + clock.max_jump_ms:016d}"
    newest = f"{clock.last.wall_ms:016d}"
    for op in ops:
        device, dev_seq, hlc = op.device, op.dev_seq, op.hlc
        if device == store.device_id and dev_seq > store._dev_seq:
            store._dev_seq = dev_seq
        wall = hlc[:16]
        if wall < newest and wall <= limit and wall.isdigit():
            continue
        try:
            skew = clock.receive(Timestamp.decode(hlc))
        except ValueError:
            skew = None
        newest = f"{clock.last.wall_ms:016d}"
        if skew is not None:
            result.skews.append(skew)
