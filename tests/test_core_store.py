"""The one write path: rows and ops in one transaction, the clock, migrations, crash safety."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mtk_admin_desktop.domain.hlc import HybridLogicalClock, Timestamp
from mtk_admin_desktop.domain.oplog import resolve_row
from mtk_admin_desktop.storage import migrations
from mtk_admin_desktop.storage.store import AppendOnlyError, Store, StoreError, connect


def _op_count(store: Store) -> int:
    return store.db.execute("SELECT count(*) FROM ops").fetchone()[0]


def test_create_writes_row_and_one_op_per_field(store: Store) -> None:
    row = store.create("shared_settings", {"key": "a", "value": {"x": [1, 2]}})
    assert store.get("shared_settings", row)["value"] == {"x": [1, 2]}
    ops = store.history("shared_settings", row)
    assert sorted(op.field for op in ops) == ["key", "value"]
    assert all(op.device == store.device_id and op.author == "Test" for op in ops)


def test_a_failure_inside_the_transaction_leaves_neither_row_nor_op(store: Store) -> None:
    before = _op_count(store)
    with pytest.raises(RuntimeError), store.transaction() as tx:
        tx.create("shared_settings", {"key": "a", "value": 1}, row_id="r1")
        raise RuntimeError("power cut")
    assert store.get("shared_settings", "r1", include_deleted=True) is None
    assert _op_count(store) == before
    # and the clock and sequence did not skip: the next write works and is numbered 1
    store.create("shared_settings", {"key": "b"}, row_id="r2")
    assert [op.dev_seq for op in store.history("shared_settings", "r2")] == [1]


def test_unknown_table_or_field_is_refused(store: Store) -> None:
    with pytest.raises(StoreError):
        store.create("no_such_table", {"a": 1})
    with pytest.raises(StoreError):
        store.create("shared_settings", {"nonsense": 1})
    with pytest.raises(StoreError):
        store.update("shared_settings", "missing", {"key": "x"})


def test_update_writes_ops_only_for_changed_fields_and_supersedes_the_previous(store: Store) -> None:
    row = store.create("shared_settings", {"key": "a", "value": 1})
    store.update("shared_settings", row, {"key": "a", "value": 2})
    ops = store.history("shared_settings", row)
    assert len(ops) == 3
    first_value, second_value = [op for op in ops if op.field == "value"]
    assert second_value.prev == (first_value.op_id,)
    assert store.get("shared_settings", row)["value"] == 2
    assert store.conflicts() == []


def test_delete_hides_the_row_but_keeps_it_and_restore_brings_it_back(store: Store) -> None:
    row = store.create("shared_settings", {"key": "a", "value": 1})
    store.delete("shared_settings", row)
    assert store.get("shared_settings", row) is None
    assert store.get("shared_settings", row, include_deleted=True)["value"] == 1
    assert store.rows("shared_settings") == []
    store.restore("shared_settings", row)
    assert store.get("shared_settings", row)["value"] == 1


def test_listeners_hear_committed_tables_only(store: Store) -> None:
    heard: list[frozenset[str]] = []
    store.add_listener(heard.append)
    store.create("shared_settings", {"key": "a"})
    with pytest.raises(ValueError), store.transaction() as tx:
        tx.create("shared_settings", {"key": "b"})
        raise ValueError
    assert heard == [frozenset({"shared_settings"})]


def test_materialised_row_equals_the_pure_merge_of_its_ops(store: Store) -> None:
    row = store.create("shared_settings", {"key": "a", "value": 1})
    store.update("shared_settings", row, {"value": [1, "två"]})
    state = resolve_row(store.ops_for_row("shared_settings", row))
    assert state.values == {"key": "a", "value": [1, "två"]}


def test_append_only_fields_cannot_change(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    from dataclasses import replace

    spec = store.spec("shared_settings")
    store._tables["shared_settings"] = replace(spec, append_only=frozenset({"key"}))
    row = store.create("shared_settings", {"key": "evidence", "value": 1})
    store.update("shared_settings", row, {"key": "evidence", "value": 2})  # same value: fine
    with pytest.raises(AppendOnlyError):
        store.update("shared_settings", row, {"key": "changed"})
    assert store.get("shared_settings", row)["key"] == "evidence"


# -- the clock ------------------------------------------------------------------------------------


def test_clock_never_runs_backwards_when_the_wall_clock_does() -> None:
    wall = [1_000_000]
    clock = HybridLogicalClock("dev", wall=lambda: wall[0])
    a = clock.now()
    wall[0] = 500_000  # someone set the clock back
    b = clock.now()
    c = clock.now()
    assert a < b < c
    assert b.wall_ms == a.wall_ms and b.counter == a.counter + 1


def test_clock_is_persisted_and_monotonic_across_restarts(tmp_path: Path) -> None:
    db_file = tmp_path / "s.sqlite"
    wall = [2_000_000_000_000]
    store = Store.open(db_file, wall=lambda: wall[0])
    store.create("shared_settings", {"key": "a"})
    last = Timestamp.decode(store.history("shared_settings", store.rows("shared_settings")[0]["id"])[-1].hlc)
    store.close()
    wall[0] = 1_000_000_000_000  # the laptop comes back with its clock years behind
    again = Store.open(db_file, wall=lambda: wall[0])
    row = again.create("shared_settings", {"key": "b"})
    newest = Timestamp.decode(again.history("shared_settings", row)[0].hlc)
    assert newest > last
    assert again.device_id == store.device_id


def test_a_remote_clock_far_ahead_moves_ours_at_most_ten_minutes_and_is_reported() -> None:
    wall = 1_700_000_000_000
    clock = HybridLogicalClock("me", wall=lambda: wall)
    three_days = 3 * 24 * 3600 * 1000
    skew = clock.receive(Timestamp(wall + three_days, 0, "other"))
    assert skew is not None and skew.ahead_ms == three_days
    assert clock.now().wall_ms <= wall + 10 * 60 * 1000
    assert clock.receive(Timestamp(wall + 1000, 0, "other")) is None


def test_timestamps_encode_so_that_text_order_is_time_order() -> None:
    stamps = [Timestamp(5, 1, "b"), Timestamp(5, 0, "z"), Timestamp(40, 0, "a"), Timestamp(5, 1, "a")]
    assert sorted(stamps, key=lambda t: t.encode()) == sorted(stamps)
    assert Timestamp.decode(stamps[0].encode()) == stamps[0]
    with pytest.raises(ValueError):
        Timestamp.decode("yesterday")


# -- migrations -----------------------------------------------------------------------------------


def test_migrations_from_an_empty_database_reach_every_area_version(tmp_path: Path) -> None:
    db = connect(tmp_path / "new.sqlite")
    from mtk_admin_desktop.storage.schema import AREAS, area_module

    assert migrations.versions(db) == {a: len(area_module(a).MIGRATIONS) for a in AREAS
                                       if area_module(a).MIGRATIONS}
    assert migrations.migrate(db) == []  # idempotent


def test_migrating_an_older_database_keeps_its_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from mtk_admin_desktop.storage import schema_core

    real = list(schema_core.MIGRATIONS)

    def _m2_note(db):  # a later version adds a table
        db.execute("CREATE TABLE later_table (id TEXT PRIMARY KEY)")

    old = Store.open(tmp_path / "old.sqlite")
    row = old.create("shared_settings", {"key": "kept", "value": "yes"})
    old.close()
    monkeypatch.setattr(schema_core, "MIGRATIONS", [*real, _m2_note])
    new = Store.open(tmp_path / "old.sqlite")
    assert new.get("shared_settings", row)["value"] == "yes"
    assert "later_table" in new.db.table_names()
    assert migrations.versions(new.db)["core"] == len(real) + 1


def test_a_database_from_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite"
    Store.open(path).close()
    import sqlite3

    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE schema_version SET version = 99 WHERE area = 'core'")
    before = path.read_bytes()
    with pytest.raises(migrations.StoreTooNewError):
        connect(path)
    assert path.read_bytes() == before


# -- crash safety with a real process ---------------------------------------------------------------

WRITER = r"""
import sys
from mtk_admin_desktop.storage.store import Store
store = Store.open(sys.argv[1])
n = 0
print("ready", flush=True)
while True:
    with store.transaction() as tx:
        for i in range(20):
            tx.create("shared_settings", {"key": f"k{n}-{i}", "value": {"n": n, "i": i, "pad": "x" * 200}})
    n += 1
"""


@pytest.mark.slow
def test_killing_the_process_during_writes_leaves_the_database_consistent(tmp_path: Path) -> None:
    db_file = tmp_path / "crash.sqlite"
    Store.open(db_file).close()
    rng = __import__("random").Random(7)
    for _round in range(5):
        proc = subprocess.Popen([sys.executable, "-c", WRITER, str(db_file)], stdout=subprocess.PIPE,
                                cwd=Path(__file__).resolve().parent.parent)
        assert proc.stdout is not None and proc.stdout.readline().strip() == b"ready"
        time.sleep(rng.uniform(0.05, 0.4))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    store = Store.open(db_file)
    assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    rows = store.rows("shared_settings")
    ops = store.db.execute("SELECT count(*) FROM ops").fetchone()[0]
    assert rows, "the writer should have committed something"
    assert len(rows) % 20 == 0, "a transaction of 20 rows was torn"
    assert ops == 2 * len(rows)
    for row in rows[:: max(1, len(rows) // 50)]:
        state = resolve_row(store.ops_for_row("shared_settings", row["id"]))
        assert state.values["value"] == row["value"]
    seqs = [r[0] for r in store.db.execute("SELECT dev_seq FROM ops ORDER BY dev_seq")]
    assert seqs == list(range(1, len(seqs) + 1)), "the per-device sequence has a gap"
    newest = store.db.execute("SELECT max(hlc) FROM ops").fetchone()[0]
    assert store.get_local("hlc") >= newest, "the persisted clock is behind a committed op"


def test_two_connections_of_one_device_never_reuse_an_op_number_or_run_the_clock_back(tmp_path: Path) -> None:
    """The window and a background job (export marking, sync) each hold a connection to the same file."""
    db_file = tmp_path / "store.sqlite"
    Store.open(db_file).close()
    window, worker = Store.open(db_file), Store.open(db_file)  # the worker opened before the edit
    try:
        window.create("shared_settings", {"key": "edit in the window"})
        worker.create("shared_settings", {"key": "marked by the export"})  # was: UNIQUE (device, dev_seq)
        window.create("shared_settings", {"key": "and another edit"})
        ops = window.db.execute("SELECT dev_seq, hlc FROM ops ORDER BY dev_seq").fetchall()
        assert [seq for seq, _ in ops] == list(range(1, len(ops) + 1))  # one series, no gaps, no repeats
        assert [hlc for _, hlc in ops] == sorted(hlc for _, hlc in ops)  # stamps in the order written
    finally:
        window.close()
        worker.close()
