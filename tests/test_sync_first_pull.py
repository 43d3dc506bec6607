"""A first pull into an empty log (issue 19 item 4, docs/sync.md "First pull"): the op log's indexes are
dropped for the insert and built again after it, values are stored as their segment line held them,
and the checks of a batch are made once per field. None of it may change what a pull leaves.

* The state after a first pull with indexes dropped equals the state after the ordinary path
  (``Store.integrate``, indexes kept, small batches), on a share with conflicts, deletes, poison ops,
  a non-canonical line and a forged segment mixed in.
* A first pull that fails or is cancelled in the middle leaves the store as it was, indexes included.
* A no-op sync touches the share as often with 1,000 segments per device as with 10.
* The one-pass line decoder keeps a value's text only where it is the text the value was parsed from;
  the batch check answers exactly what the op-by-op check answers.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import uuid
from dataclasses import replace
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mtk_admin_desktop.domain import sync_segment, sync_validate
from mtk_admin_desktop.domain.hlc import Timestamp
from mtk_admin_desktop.domain.oplog import Op
from mtk_admin_desktop.domain.sync_segment import seg_path
from mtk_admin_desktop.services import sync_engine
from mtk_admin_desktop.services.sync_engine import SyncEngine
from mtk_admin_desktop.services.sync_share import MemoryShare
from mtk_admin_desktop.storage import pull_load
from mtk_admin_desktop.storage.schema import all_tables
from mtk_admin_desktop.storage.schema_core import OPS_INDEX_NAMES
from mtk_admin_desktop.storage.store import Store
from tests.test_sync_cost import EXAMPLES, _ops
from tests.test_sync_merge import canonical_dump

_TABLES = all_tables()


def _canonical(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _raw_segment(share_id: str, device: str, seq: int, prev: str, lines: list[str], first: int) -> bytes:
    """A segment file with the given op lines as they are (a writer that is not this program)."""
    header = {"type": "header", "format": 1, "share": share_id, "device": device, "seq": seq, "prev": prev,
              "count": len(lines), "first": first, "last": first + len(lines) - 1}
    body = ("\n".join([_canonical(header), *lines]) + "\n").encode("utf-8")
    sha = hashlib.sha256(body).hexdigest()
    footer = _canonical({"type": "footer", "count": len(lines), "sha256": sha}) + "\n"
    return gzip.compress(body + footer.encode("utf-8"), mtime=0)


def _office() -> MemoryShare:
    """Three laptops' histories with conflicts and deletes, and a stranger's folder with poison ops, a
    line written differently from this program's, and a forged second segment."""
    share = MemoryShare()
    a, b, c = (Store.open(":memory:", author=name) for name in "ABC")
    SyncEngine(a, share).init_share("A")
    rows = [a.create("shared_settings", {"key": f"k{i}", "value": {"n": i, "tags": ["x", i]}})
            for i in range(40)]
    assert SyncEngine(a, share).sync().ok
    for laptop in (b, c):
        assert SyncEngine(laptop, share).sync().ok
    for i in range(10):
        a.update("shared_settings", rows[i], {"value": {"from": "A", "i": i}})
    for i in range(5, 15):
        b.update("shared_settings", rows[i], {"value": {"from": "B", "i": i}})  # 5-9 conflict with A
    b.delete("shared_settings", rows[20])
    a.update("shared_settings", rows[20], {"key": "edited after B deleted"})  # deleted here, edited there
    c.delete("shared_settings", rows[30])
    c.update("shared_settings", rows[31], {"key": "ÆØÅ \"quoted\" \\ back"})
    for laptop in (a, b, c):
        assert SyncEngine(laptop, share).sync(pull=False).ok
    share_id = json.loads(share.read("SYNCROOT.json"))["share_id"]
    stranger = str(uuid.uuid4())

    def op(seq: int, **changes: Any) -> Op:
        base = Op(str(uuid.uuid4()), stranger, seq, Timestamp(1_790_000_000_000 + seq, 0, stranger).encode(),
                  "shared_settings", rows[1], "set", "key", f"stranger {seq}", (), (), "S")
        return replace(base, **changes)

    ops = [
        op(1),
        op(2, row_id="../../outside"),  # quarantined
        op(3, field="nope"),  # quarantined
        op(4, value={"b": 1, "a": [1, 2]}, field="value", row_id=rows[2]),  # conflicts with A's value
        op(5, kind="del", field="_deleted", value=True, row_id=rows[3]),  # deletes a row it saw nothing of
    ]
    lines = [_canonical(o.to_json()) for o in ops]
    # The same op as this program would write it, but with spaces and keys out of order: a valid line
    # whose value text is not the canonical one.
    odd = op(6, value={"z": 1, "a": {"q": None}}, field="value", row_id=rows[4]).to_json()
    lines.append(json.dumps(odd, ensure_ascii=True, separators=(", ", ": ")))
    first = _raw_segment(share_id, stranger, 1, "", lines, 1)
    share.files[seg_path(stranger, 1)] = first
    body_sha = hashlib.sha256(gzip.decompress(first).rsplit(b"\n", 2)[0] + b"\n").hexdigest()
    forged = replace(op(7), device=a.device_id)  # an op of A's in the stranger's folder: refused
    share.files[seg_path(stranger, 2)] = _raw_segment(share_id, stranger, 2, body_sha,
                                                      [_canonical(forged.to_json())], 7)
    return share


def _state(store: Store) -> tuple[Any, ...]:
    ops = [(*r[:8], json.loads(r[8]), *r[9:]) for r in store.db.execute(
        "SELECT op_id, device, dev_seq, hlc, tbl, row_id, kind, field, value, prev, seen, author FROM ops"
        " ORDER BY op_id").fetchall()]
    return (
        canonical_dump(store),
        store.conflicts(),
        ops,
        sorted(store.db.execute("SELECT device, seq, body_sha, last_dev_seq FROM sync_cursors").fetchall()),
        sorted(store.db.execute("SELECT kind, device, path, op_id, reason FROM sync_findings").fetchall()),
    )


def _indexes(store: Store) -> list[str]:
    return sorted(r[0] for r in store.db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'ops'").fetchall())


def _pull(share: MemoryShare) -> tuple[Store, Any, list[str]]:
    store = Store.open(":memory:", author="new")
    statements: list[str] = []
    store.db.conn.set_trace_callback(statements.append)
    report = SyncEngine(store, share).sync(push=False)
    store.db.conn.set_trace_callback(None)
    return store, report, statements


def _ordinary(monkeypatch: pytest.MonkeyPatch) -> None:
    """The path before issue 19's first-pull work: Store.integrate, indexes kept, 20,000-op batches."""
    monkeypatch.setattr(sync_engine, "integrate_pulled",
                        lambda store, ops: store.integrate(ops, decoded=True))
    monkeypatch.setattr(sync_engine, "FIRST_PULL_BATCH_OPS", sync_engine.BATCH_OPS)
    monkeypatch.setattr(pull_load, "REBUILD_MIN_OPS", 10**9)


def test_a_first_pull_with_indexes_dropped_equals_the_ordinary_path(monkeypatch: pytest.MonkeyPatch) -> None:
    share = _office()
    monkeypatch.setattr(pull_load, "REBUILD_MIN_OPS", 10)  # the office is small; a real first pull is not
    fast, fast_report, statements = _pull(share)
    assert any(s.startswith("DROP INDEX ops_op_id") for s in statements)  # the indexes really went
    assert _indexes(fast) == sorted(OPS_INDEX_NAMES)  # and are back
    _ordinary(monkeypatch)
    slow, slow_report, slow_statements = _pull(share)
    assert not any(s.startswith("DROP INDEX") for s in slow_statements)
    assert _state(fast) == _state(slow)
    assert [p.to_json() for p in fast_report.problems] == [p.to_json() for p in slow_report.problems]
    assert (fast_report.pulled_ops, fast_report.skipped) == (slow_report.pulled_ops, slow_report.skipped)
    # What the office holds is all there: conflicts, the delete conflict, quarantined ops, the forgery.
    fields = {c["field"] for c in fast.conflicts()}
    assert {"value", "_deleted"} <= fields
    kinds = sorted(r[0] for r in fast.db.execute("SELECT kind FROM sync_findings").fetchall())
    assert kinds == ["quarantine", "quarantine"]
    assert any(p.code == "bad_segment" for p in fast_report.problems)


def test_a_first_pull_that_fails_half_way_leaves_the_store_as_it_was(monkeypatch: pytest.MonkeyPatch) -> None:
    share = _office()
    monkeypatch.setattr(pull_load, "REBUILD_MIN_OPS", 10)
    store = Store.open(":memory:", author="new")
    SyncEngine(store, share).join()
    before = _state(store)

    def cancelled(*_args: Any) -> None:
        # After the drop, the insert and the rebuild: a worker cancelled, a disk full, a bug.
        raise RuntimeError("cancelled")

    monkeypatch.setattr(pull_load, "_take_clock", cancelled)
    with pytest.raises(RuntimeError, match="cancelled"):
        SyncEngine(store, share).sync(push=False)
    assert _state(store) == before
    assert _indexes(store) == sorted(OPS_INDEX_NAMES)
    assert store.db.execute("SELECT count(*) FROM ops").fetchone()[0] == 0
    monkeypatch.undo()
    monkeypatch.setattr(pull_load, "REBUILD_MIN_OPS", 10)
    assert SyncEngine(store, share).sync(push=False).pulled_ops > 0  # and the next sync does it all
    again, _report, _statements = _pull(share)
    assert _state(store)[:3] == _state(again)[:3]


def test_a_clash_in_a_first_pull_is_the_same_error_and_restores_the_indexes() -> None:
    share = MemoryShare()
    a = Store.open(":memory:", author="A")
    SyncEngine(a, share).init_share("A")
    for i in range(30):
        a.create("shared_settings", {"key": f"k{i}", "value": i})
    assert SyncEngine(a, share).sync().ok
    store = Store.open(":memory:", author="new")
    # An op here under A's device and number 5 that is not A's op 5: the rebuilt unique index finds it.
    clash = replace(a.ops_since(a.device_id, 4, limit=1)[0], op_id=str(uuid.uuid4()))
    store.integrate([clash])
    pull_load_min = pull_load.REBUILD_MIN_OPS
    pull_load.REBUILD_MIN_OPS = 10
    try:
        report = SyncEngine(store, share).sync(push=False)
    finally:
        pull_load.REBUILD_MIN_OPS = pull_load_min
    assert [p.code for p in report.problems] == ["collision"]
    assert _indexes(store) == sorted(OPS_INDEX_NAMES)


class _Counting:
    """Counts how often a sync touches the share (reads, existence probes, folder listings)."""

    def __init__(self, share: MemoryShare) -> None:
        self.count = 0
        for name in ("read", "exists", "listdir", "is_dir"):
            original = getattr(share, name)

            def counted(*args: Any, _original: Any = original, **kwargs: Any) -> Any:
                self.count += 1
                return _original(*args, **kwargs)

            setattr(share, name, counted)


def _history(segments: int) -> tuple[MemoryShare, Store]:
    """Two other laptops and this one, each with ``segments`` segments of one op on the share."""
    share = MemoryShare()
    SyncEngine(Store.open(":memory:", author="owner"), share).init_share("owner")
    me = Store.open(":memory:", author="me")
    for laptop in (Store.open(":memory:", author="a"), Store.open(":memory:", author="b"), me):
        with laptop.transaction() as tx:
            for i in range(segments):
                tx.create("shared_settings", {"key": f"{laptop.author} {i}"})
        assert SyncEngine(laptop, share, segment_ops=1).sync().ok
    assert SyncEngine(me, share).sync().ok
    return share, me


def test_a_no_op_sync_reads_the_share_as_often_at_ten_and_a_thousand_segments() -> None:
    counts = []
    for segments in (10, 1000):
        share, me = _history(segments)
        assert me.db.execute("SELECT count(*) FROM sync_published").fetchone()[0] == segments
        counting = _Counting(share)
        report = SyncEngine(me, share).sync()
        assert report.ok and report.pulled_ops == 0 and report.pushed_ops == 0
        counts.append(counting.count)
    assert counts[0] == counts[1]


# -- the pieces --------------------------------------------------------------------------------------


def _typed(value: Any) -> str:
    """Equal only for the same value with the same types (True is not 1, 1.0 is not 1)."""
    return json.dumps(value, sort_keys=True, default=repr)


_LINE_EDITS = st.sampled_from(["canonical", "spaces", "ascii", "reordered", "extra_key", "duplicate_value",
                               "escaped_key", "nested_value_key", "trailing"])


@settings(max_examples=EXAMPLES * 10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(op=_ops(), edit=_LINE_EDITS)
def test_a_line_decodes_to_the_ordinary_op_and_keeps_only_the_text_its_value_came_from(
    op: Op, edit: str
) -> None:
    data = op.to_json()
    if edit == "canonical":
        line = _canonical(data)
    elif edit == "spaces":
        line = json.dumps(data, sort_keys=True, separators=(", ", ": "))
    elif edit == "ascii":
        line = json.dumps(data, sort_keys=True, separators=(",", ":"))
    elif edit == "reordered":
        line = json.dumps(dict(reversed(list(data.items()))), ensure_ascii=False, separators=(",", ":"))
    elif edit == "extra_key":
        line = _canonical({**data, "x\"value": 5})
    elif edit == "duplicate_value":
        line = _canonical(data)[:-1] + ',"value":true}'
    elif edit == "escaped_key":
        line = _canonical(data)[:-1] + ',"valu\\u0065":[1]}'
    elif edit == "nested_value_key":
        line = _canonical({**data, "value": {"value": 1, "k": [data["value"]]}})
    else:
        line = _canonical(data) + " "
    try:
        expected = sync_segment._op_of(sync_segment._load_line(line))
    except Exception as exc:  # noqa: BLE001 - then the one-pass decoder fails the same way
        with pytest.raises(type(exc)):
            sync_segment._line_op(line)
        return
    got = sync_segment._line_op(line)
    assert got == expected and repr(got) == repr(expected)
    text = sync_segment.wire_text(got)
    if text is not None:
        assert _typed(json.loads(text)) == _typed(got.value)
    if edit == "canonical" and type(op.value) is not float:
        assert text == _canonical(got.value)  # the usual line: its text is kept, never encoded again


@settings(max_examples=EXAMPLES * 5, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ops=st.lists(_ops(), max_size=12))
def test_the_batch_check_answers_what_the_op_by_op_check_answers(ops: list[Op]) -> None:
    expected = []
    for op in ops:
        try:
            expected.append(sync_validate.check_op(op, _TABLES.get(op.tbl)))
        except Exception:  # noqa: BLE001 - screened as "could not be checked" before, and now
            expected.append("it could not be checked")
    assert sync_validate.check_ops(ops, _TABLES) == expected


def test_the_usual_op_takes_the_quick_ways() -> None:
    # Not tests that cannot fail: the usual line keeps its text, the usual op passes the quick check.
    device = str(uuid.uuid4())
    op = Op(str(uuid.uuid4()), device, 1, Timestamp(1_790_000_000_000, 0, device).encode(), "shared_settings",
            str(uuid.uuid4()), "set", "value", {"n": 1, "text": "æ"}, (str(uuid.uuid4()),), (), "A")
    decoded = sync_segment._line_op(_canonical(op.to_json()))
    assert sync_segment.wire_text(decoded) == '{"n":1,"text":"æ"}'
    assert sync_validate._quick(decoded, _TABLES, {}, {})


def test_a_lone_surrogate_from_the_share_is_refused_not_a_crash_of_every_sync() -> None:
    # "\ud800" is valid JSON but no database can hold it (SQLite refuses the text): before, the pull
    # raised UnicodeEncodeError on every sync. Now the file is refused as malformed; others apply.
    share = MemoryShare()
    a = Store.open(":memory:", author="A")
    SyncEngine(a, share).init_share("A")
    a.create("shared_settings", {"key": "fine"})
    assert SyncEngine(a, share).sync().ok
    share_id = json.loads(share.read("SYNCROOT.json"))["share_id"]
    lines = {}
    for name, text in (("lone", "a\\ud800b"), ("pair", "smile \\ud83d\\ude00")):
        device = str(uuid.uuid4())
        op = Op(str(uuid.uuid4()), device, 1, Timestamp(1_790_000_000_000, 0, device).encode(),
                "shared_settings", str(uuid.uuid4()), "set", "key", "X", (), (), "S")
        lines[name] = device
        line = _canonical(op.to_json()).replace('"value":"X"', f'"value":"{text}"')
        share.files[seg_path(device, 1)] = _raw_segment(share_id, device, 1, "", [line], 1)
    store = Store.open(":memory:", author="new")
    report = SyncEngine(store, share).sync(push=False)
    assert [(p.code, p.device) for p in report.problems] == [("bad_segment", lines["lone"])]
    keys = sorted(r["key"] for r in store.rows("shared_settings"))
    assert keys == ["fine", "smile \U0001f600"]
