"""A first pull's cost stays flat in the number of ops (counted, never timed), and its quick paths
decide exactly what the full rules decide (issue 19 item 4, docs/sync.md "First pull").

* Transactions: the verified segments of *several* devices are applied in one transaction (up to
  ``BATCH_OPS`` ops), so a first pull commits (and fsyncs) once per batch, not once per device or
  segment; the statements it runs do not grow with the ops per segment.
* The quick validation of the usual op (``sync_validate._usual_ok``) only ever accepts what the full
  rule-by-rule check accepts; the clock shortcut of ``Store.integrate`` leaves the clock and the skews
  exactly as taking in every stamp one by one; ``decoded=True`` gives the rows of the reference merge.
"""

from __future__ import annotations

import json
import os
import sqlite3
import uuid
from dataclasses import replace
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mtk_admin_desktop.domain import sync_validate
from mtk_admin_desktop.domain.hlc import HybridLogicalClock, Timestamp
from mtk_admin_desktop.domain.oplog import DELETED, Op
from mtk_admin_desktop.domain.sync_segment import decode_segment, encode_segment, seg_path
from mtk_admin_desktop.services import sync_engine
from mtk_admin_desktop.services.sync_engine import SyncEngine
from mtk_admin_desktop.services.sync_share import MemoryShare
from mtk_admin_desktop.storage.schema import all_tables
from mtk_admin_desktop.storage.store import Store
from tests.test_sync_bulk import reference
from tests.test_sync_merge import canonical_dump

EXAMPLES = int(os.environ.get("MTK_SYNC_EXAMPLES", "40"))
START_MS = 1_790_000_000_000


class _CountingConnection:
    """The store's connection, counting statements run from Python (an executemany counts once)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self.statements: list[str] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)

    def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:
        self.statements.append(" ".join(sql.split()[:2]))
        return self._conn.execute(sql, *args)

    def executemany(self, sql: str, *args: Any) -> sqlite3.Cursor:
        self.statements.append("many " + " ".join(sql.split()[:2]))
        return self._conn.executemany(sql, *args)


def _device_ops(device: str, count: int) -> list[Op]:
    """``count`` ops of one device: rows created, then edited (prev chains), as in the benchmark."""
    ops: list[Op] = []
    rows: list[str] = []
    last: dict[str, str] = {}
    for seq in range(1, count + 1):
        if seq % 3 == 1:
            rows.append(str(uuid.uuid4()))
            row, name, value = rows[-1], "key", f"setting {seq}"
        else:
            row, name, value = rows[seq % len(rows)], "value", {"n": seq, "text": "x" * (seq % 40)}
        op_id = str(uuid.uuid4())
        prev = (last[row + name],) if row + name in last else ()
        stamp = Timestamp(START_MS + seq * 1000, 0, device).encode()
        ops.append(
            Op(op_id, device, seq, stamp, "shared_settings", row, "set", name, value, prev, (), "bench")
        )
        last[row + name] = op_id
    return ops


def _share(devices: int, segments: int, ops_per_segment: int, poison: bool = False) -> MemoryShare:
    """A share another laptop initialised, with ``devices`` devices' histories on it."""
    share = MemoryShare()
    SyncEngine(Store.open(":memory:", author="owner"), share).init_share("owner")
    share_id = json.loads(share.read("SYNCROOT.json"))["share_id"]
    for _ in range(devices):
        device = str(uuid.uuid4())
        ops = _device_ops(device, segments * ops_per_segment)
        if poison:  # one malformed op per device (quarantined on arrival), the rest applies
            ops[1] = replace(ops[1], row_id="../../outside")
        prev = ""
        for number in range(segments):
            chunk = ops[number * ops_per_segment:(number + 1) * ops_per_segment]
            data, prev = encode_segment(share_id, device, number + 1, prev, chunk)
            share.files[seg_path(device, number + 1)] = data
    return share


def _first_pull(share: MemoryShare) -> tuple[int, list[str], Store]:
    """A new laptop's first pull: ops applied, the statements it ran, the store."""
    store = Store.open(":memory:", author="new")
    SyncEngine(store, share).join()  # joining the share is one transaction of its own, before the pull
    counting = _CountingConnection(store.db.conn)
    store.db.conn = counting  # type: ignore[assignment]
    report = SyncEngine(store, share).sync(push=False)
    store.db.conn = counting._conn
    assert report.ok and not report.problems, report.to_json()
    return report.pulled_ops, counting.statements, store


def test_a_first_pull_commits_once_per_batch_not_per_device_or_segment() -> None:
    share = _share(devices=6, segments=3, ops_per_segment=10)
    pulled, statements, store = _first_pull(share)
    assert pulled == 180
    # Six devices of three segments each: one transaction for all of them (it was six, and eighteen
    # before that); their rows and cursors are all there.
    assert statements.count("COMMIT") == 1
    assert store.db.execute("SELECT count(*) FROM sync_cursors WHERE seq = 3").fetchone()[0] == 6


def test_a_first_pull_runs_as_many_statements_with_ten_times_the_ops() -> None:
    small = _first_pull(_share(devices=4, segments=3, ops_per_segment=4))
    large = _first_pull(_share(devices=4, segments=3, ops_per_segment=40))
    assert (small[0], large[0]) == (48, 480)
    # Same statements, same number: nothing is run per op (or per row) from Python. (Ids are looked up
    # 500 to a statement, so up to 500 ops the count is exactly the same.)
    assert sorted(large[1]) == sorted(small[1])
    assert large[1].count("COMMIT") == 1


def _state(store: Store) -> tuple[Any, ...]:
    """Everything a pull leaves: rows and ops (canonical), cursors, pins, findings (without times)."""
    return (
        canonical_dump(store),
        sorted(store.db.execute("SELECT device, seq, body_sha, last_dev_seq FROM sync_cursors").fetchall()),
        sorted(store.db.execute("SELECT device, public_key FROM sync_device_pins").fetchall()),
        sorted(store.db.execute("SELECT kind, device, path, op_id, reason FROM sync_findings").fetchall()),
    )


def test_batches_are_bounded_by_batch_ops_and_equal_one_segment_at_a_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    share = _share(devices=6, segments=2, ops_per_segment=10, poison=True)
    monkeypatch.setattr(sync_engine, "BATCH_OPS", 40)  # four segments (two devices) per transaction
    monkeypatch.setattr(sync_engine, "FIRST_PULL_BATCH_OPS", 40)
    store = Store.open(":memory:", author="new")
    SyncEngine(store, share).join()
    commits: list[str] = []
    store.db.conn.set_trace_callback(lambda sql: commits.append(sql) if sql == "COMMIT" else None)
    report = SyncEngine(store, share).sync(push=False)
    store.db.conn.set_trace_callback(None)
    assert len(commits) == 3 and report.pulled_ops == 114
    assert [p.code for p in report.problems] == ["quarantine"] * 6 and report.skipped == 6
    monkeypatch.setattr(sync_engine, "BATCH_OPS", 1)  # one segment per transaction, as before batching
    monkeypatch.setattr(sync_engine, "FIRST_PULL_BATCH_OPS", 1)
    single = Store.open(":memory:", author="new")
    SyncEngine(single, share).join()
    alone = SyncEngine(single, share).sync(push=False)
    assert _state(store) == _state(single)
    assert [p.to_json() for p in report.problems] == [p.to_json() for p in alone.problems]
    assert (report.pulled_ops, report.pulled_segments) == (alone.pulled_ops, alone.pulled_segments)


def test_a_batch_of_several_devices_that_clashes_applies_all_else_and_names_the_file() -> None:
    share = _share(devices=3, segments=2, ops_per_segment=5)
    devices = sorted(share.listdir("devices"))
    share_id = json.loads(share.read("SYNCROOT.json"))["share_id"]
    victim = devices[1]
    second = decode_segment(share.read(seg_path(victim, 2)), share_id, victim, 2)
    store = Store.open(":memory:", author="B")
    # An op here with the victim's device and number, but another id: its second file clashes.
    store.integrate([replace(second.ops[0], op_id=str(uuid.uuid4()))])
    report = SyncEngine(store, share).sync(push=False)
    assert [p.code for p in report.problems] == ["collision"]
    assert report.problems[0].path == seg_path(victim, 2)
    cursors = dict(store.db.execute("SELECT device, seq FROM sync_cursors").fetchall())
    assert cursors == {devices[0]: 2, victim: 1, devices[2]: 2}
    assert report.pulled_segments == 5 and report.pulled_ops == 25


# -- the quick paths decide as the full rules ---------------------------------------------------------

_TABLES = all_tables()
_ID = st.uuids().map(str)
_ODD_ID = st.sampled_from(["", "x", "../../etc", "ABCDEF00-0000-4000-8000-000000000000",
                           "00000000-0000-4000-8000-000000000000\n", "a,b", "a|b"])
_ids = _ID | _ODD_ID
_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**64), 2**64) | st.floats() | st.text(max_size=6)
    | st.sampled_from(["2026-12-04", "2026-12-04T10:00:00+00:00", "a" * 64, "published", "x/y"]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner, max_size=3),
    max_leaves=5,
)


@st.composite
def _ops(draw: st.DrawFn) -> Op:
    table = draw(st.sampled_from([*sorted(_TABLES), "newer_table", "Bad Table"]))
    spec = _TABLES.get(table)
    fields = sorted(spec.fields) if spec else ["x"]
    kind = draw(st.sampled_from(["set", "set", "set", "del", "other"]))
    names = st.sampled_from([*fields, DELETED, "nope"])
    name = DELETED if kind == "del" and draw(st.booleans()) else draw(names)
    device = draw(_ids)
    wall = draw(st.integers(0, 10**16 - 1) | st.just(START_MS))
    stamp = draw(st.sampled_from([
        f"{wall:016d}-{draw(st.integers(0, 0x1FFFF)):04x}-{device}",
        f"{wall:016d}-00FF-{device}",
        f"{wall}-0000-{device}",
        "garbage",
    ]))
    refs = st.lists(_ids, max_size=3).map(tuple)
    return Op(draw(_ids), device, draw(st.integers(-1, 2**63) | st.just(1)), stamp, table, draw(_ids),
              kind, name, draw(_values), draw(refs), draw(refs), draw(st.text(max_size=3)))


@settings(max_examples=EXAMPLES * 25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(op=_ops())
def test_the_quick_check_accepts_only_what_the_full_check_accepts(op: Op) -> None:
    spec = _TABLES.get(op.tbl)
    full = sync_validate._check_op(op, spec)
    if sync_validate._usual_ok(op, spec):
        assert full is None
    assert sync_validate.check_op(op, spec) == full


def test_the_quick_check_takes_the_usual_op() -> None:
    # Not a test that cannot fail: the usual op really goes the quick way (else there is no speed-up).
    for op in _device_ops(str(uuid.uuid4()), 6):
        assert sync_validate._usual_ok(op, _TABLES["shared_settings"])


@settings(max_examples=EXAMPLES * 5, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(walls=st.lists(st.integers(-5, 5), min_size=1, max_size=30), counters=st.integers(0, 3),
       start=st.integers(-3, 3))
def test_the_clock_shortcut_takes_in_stamps_as_one_by_one(walls: list[int], counters: int,
                                                           start: int) -> None:
    now = START_MS
    device = str(uuid.uuid4())
    store = Store.open(":memory:", author="B", wall=lambda: now)
    store.clock.last = Timestamp(now + start * 400_000, 1, store.device_id)
    clock = HybridLogicalClock(store.device_id, store.clock.last, wall=lambda: now)
    # stamps around the clock and around the ten-minute limit, some far ahead (skews)
    stamps = [Timestamp(now + w * 300_000 + (i % 2), (i * counters) % 4, device) for i, w in enumerate(walls)]
    ops = [Op(str(uuid.uuid4()), device, i + 1, ts.encode(), "shared_settings", str(uuid.uuid4()), "set",
              "key", "k", (), (), "") for i, ts in enumerate(stamps)]
    result = store.integrate(ops, decoded=True)
    skews = [s for s in (clock.receive(ts) for ts in stamps) if s is not None]
    assert store.clock.last == clock.last
    assert {(s.remote, s.ahead_ms) for s in result.skews} <= {(s.remote, s.ahead_ms) for s in skews}
    assert {s.remote.device for s in result.skews} == {s.remote.device for s in skews}
    assert max((s.ahead_ms for s in result.skews), default=0) == max((s.ahead_ms for s in skews), default=0)


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(count=st.integers(1, 40), seed=st.integers(0, 3))
def test_decoded_integrate_gives_the_rows_of_the_reference(count: int, seed: int) -> None:
    ops = _device_ops(str(uuid.uuid4()), count)
    # values as a segment decodes them (straight from JSON)
    ops = [replace(op, value=json.loads(json.dumps(op.value))) for op in ops[seed:] + ops[:seed]]
    fast = Store.open(":memory:", author="fast")
    fast.integrate(ops[: count // 2], decoded=True)
    fast.integrate(ops[count // 2:], decoded=True)
    assert canonical_dump(fast) == canonical_dump(reference(ops))
