"""The first pull's bulk path: it gives exactly the rows of the per-row reference merge, and batching
several segments of one device into one transaction keeps every guarantee of one per segment."""

from __future__ import annotations

import os
import random
from dataclasses import replace
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mtk_admin_desktop.domain.hlc import Timestamp
from mtk_admin_desktop.domain.oplog import Op
from mtk_admin_desktop.domain.sync_segment import seg_path
from mtk_admin_desktop.services import sync_engine
from mtk_admin_desktop.services.sync_engine import SyncEngine
from mtk_admin_desktop.services.sync_share import MemoryShare
from mtk_admin_desktop.storage.store import Store, _json
from tests.test_sync_merge import action, all_ops, canonical_dump, make_history

EXAMPLES = int(os.environ.get("MTK_SYNC_EXAMPLES", "40"))

# JSON-like values as callers may hand them over: tuples where JSON has lists, nested anything.
json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 5) | st.floats(allow_nan=False) | st.text(max_size=4),
    lambda inner: st.lists(inner, max_size=3)
    | st.lists(inner, max_size=3).map(tuple)
    | st.dictionaries(st.text(max_size=3), inner, max_size=3),
    max_leaves=6,
)
extra_op = st.tuples(st.integers(0, 2), st.sampled_from(["key", "value"]), json_values, st.integers(0, 7))


def extra_ops(specs: list[tuple[int, str, Any, int]]) -> list[Op]:
    """Hand-made ops of a fourth device on shared rows, with arbitrary values and partial ``prev``."""
    ops: list[Op] = []
    for seq, (row_no, name, value, pick) in enumerate(specs, start=1):
        earlier = [op.op_id for op in ops if op.row_id == f"row-{'abc'[row_no]}" and op.field == name]
        earlier += ['quoted "id"', "æ-id"] if pick == 7 else []  # ids that need escaping or are not ASCII
        prev = tuple(earlier[-1 - pick % len(earlier):][:1]) if earlier and pick % 3 else ()
        ts = Timestamp(1_790_000_000_000 + (seq * 7919) % 50_000, 0, "device-x")
        ops.append(Op(f"x-{seq}", "device-x", seq, ts.encode(), "shared_settings", f"row-{'abc'[row_no]}",
                      "set", name, value, prev, (), "X"))
    return ops


def reference(ops: list[Op]) -> Store:
    """The definition of the state: every op stored, then each row merged alone by ``resolve_row`` from
    the ops read back from the log (``Store._materialise``)."""
    store = Store.open(":memory:", author="reference")
    unique = list({op.op_id: op for op in ops}.values())
    with store.transaction():
        store.db.conn.executemany(
            "INSERT INTO ops (op_id, device, dev_seq, hlc, tbl, row_id, kind, field, value, prev, seen,"
            " author, received_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,'')",
            [(op.op_id, op.device, op.dev_seq, op.hlc, op.tbl, op.row_id, op.kind, op.field, _json(op.value),
              _json(list(op.prev)), _json(list(op.seen)), op.author) for op in unique])
        for table, row_id in sorted({(op.tbl, op.row_id) for op in unique}):
            if table in store.tables:
                store._materialise(table, row_id)
    return store


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(actions=st.lists(action, min_size=1, max_size=20), extra=st.lists(extra_op, max_size=12),
       seed=st.integers(0, 2**32 - 1))
def test_bulk_integrate_gives_the_rows_of_the_per_row_reference(actions, extra, seed) -> None:
    replicas, ops = make_history(actions)
    ops = ops + extra_ops(extra)
    rng = random.Random(seed)
    order = ops + rng.sample(ops, k=min(len(ops), rng.randrange(0, 4)))  # repeats
    rng.shuffle(order)
    fast = Store.open(":memory:", author="fast")
    position = 0
    while position < len(order):  # chunks of every size, from single ops to everything at once
        step = rng.choice([1, 2, 5, 50, len(order)])
        fast.integrate(order[position:position + step])
        position += step
    slow = reference(ops)
    assert canonical_dump(fast) == canonical_dump(slow)
    stored = "SELECT op_id, device, dev_seq, hlc, tbl, row_id, kind, field, value, prev, seen, author" \
        " FROM ops"
    assert sorted(fast.db.execute(stored).fetchall()) == sorted(slow.db.execute(stored).fetchall())
    for store in (*replicas, fast, slow):
        store.close()


# -- batches of segments in the engine ----------------------------------------------------------------


def _three_segments(share: MemoryShare) -> tuple[Store, list[str]]:
    a = Store.open(":memory:", author="A")
    SyncEngine(a, share).init_share("A")
    rows = []
    for n in range(3):
        rows.append(a.create("shared_settings", {"key": f"k{n}", "value": n}))
        SyncEngine(a, share).sync()
    assert a.db.execute("SELECT count(*) FROM sync_published").fetchone()[0] == 3
    return a, rows


def _cursor(store: Store, device: str) -> int:
    row = store.db.execute("SELECT seq FROM sync_cursors WHERE device = ?", [device]).fetchone()
    return row[0] if row else 0


def _pull_counting_commits(store: Store, share: MemoryShare) -> tuple[Any, int]:
    commits: list[str] = []
    store.db.conn.set_trace_callback(lambda sql: commits.append(sql) if sql == "COMMIT" else None)
    report = SyncEngine(store, share).sync(push=False)
    store.db.conn.set_trace_callback(None)
    return report, len(commits)


def test_segments_of_one_device_in_one_transaction_equal_one_per_segment(monkeypatch) -> None:
    share = MemoryShare()
    a, rows = _three_segments(share)
    batched = Store.open(":memory:", author="B")
    report, batched_commits = _pull_counting_commits(batched, share)
    assert report.ok and report.pulled_segments == 3 and report.pulled_ops == len(all_ops(a))
    assert _cursor(batched, a.device_id) == 3
    monkeypatch.setattr(sync_engine, "BATCH_OPS", 1)  # one segment per transaction, as before
    monkeypatch.setattr(sync_engine, "FIRST_PULL_BATCH_OPS", 1)
    single = Store.open(":memory:", author="C")
    report, single_commits = _pull_counting_commits(single, share)
    assert report.ok and report.pulled_segments == 3 and _cursor(single, a.device_id) == 3
    assert batched_commits == single_commits - 2  # three segments, one commit
    assert canonical_dump(batched) == canonical_dump(single)
    assert [batched.get("shared_settings", r)["value"] for r in rows] == [0, 1, 2]


def test_a_batch_that_clashes_applies_the_segments_before_and_names_the_file() -> None:
    share = MemoryShare()
    a, rows = _three_segments(share)
    b = Store.open(":memory:", author="B")
    clash = [op for op in all_ops(a) if op.row_id == rows[2]][0]
    b.integrate([replace(clash, op_id="another op, same device and number")])
    report = SyncEngine(b, share).sync(push=False)
    assert [p.code for p in report.problems] == ["collision"]
    assert report.problems[0].path == seg_path(a.device_id, 3)
    assert report.pulled_segments == 2
    assert _cursor(b, a.device_id) == 2  # the cursor stops before the file that was not applied
    assert b.get("shared_settings", rows[1])["value"] == 1
    last_of_second = a.db.execute("SELECT last_dev_seq FROM sync_published WHERE seq = 2").fetchone()[0]
    pulled = {r[0] for r in b.db.execute("SELECT dev_seq FROM ops WHERE device = ? AND op_id != ?",
                                         [a.device_id, "another op, same device and number"])}
    assert pulled == set(range(1, last_of_second + 1))  # nothing of the third file, nothing lost before it


def test_a_share_failing_while_reading_ahead_keeps_what_was_verified() -> None:
    share = MemoryShare()
    a, rows = _three_segments(share)
    b = Store.open(":memory:", author="B")
    original = share.read

    def failing(path: str, limit: int = 1 << 20) -> bytes:
        if path == seg_path(a.device_id, 3):
            raise OSError("the share went away")
        return original(path, limit)

    share.read = failing  # type: ignore[method-assign]
    report = SyncEngine(b, share).sync(push=False)
    # Only that device's pull stops (other devices would go on), and the sync does not count as done.
    assert [p.code for p in report.problems] == ["device_unreadable"]
    assert not report.synced
    assert _cursor(b, a.device_id) == 2
    assert b.get("shared_settings", rows[1])["value"] == 1
    share.read = original  # type: ignore[method-assign]
    report = SyncEngine(b, share).sync(push=False)
    assert not report.problems and _cursor(b, a.device_id) == 3
    assert b.get("shared_settings", rows[2])["value"] == 2


@pytest.mark.parametrize("batch_ops", [1, 3, sync_engine.BATCH_OPS])
def test_the_bulk_pragmas_are_restored_after_a_pull(monkeypatch, batch_ops: int) -> None:
    monkeypatch.setattr(sync_engine, "BATCH_OPS", batch_ops)
    monkeypatch.setattr(sync_engine, "FIRST_PULL_BATCH_OPS", batch_ops)
    share = MemoryShare()
    _three_segments(share)
    b = Store.open(":memory:", author="B")
    before = [b.db.execute(f"PRAGMA {name}").fetchone()[0] for name in ("cache_size", "wal_autocheckpoint")]
    assert SyncEngine(b, share).sync(push=False).pulled_segments == 3
    after = [b.db.execute(f"PRAGMA {name}").fetchone()[0] for name in ("cache_size", "wal_autocheckpoint")]
    assert after == before
