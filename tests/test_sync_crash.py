"""Crashes: every prefix of one push's file operations, and real sync processes killed with SIGKILL."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlite_utils

from mtk_admin_desktop.domain.sync_segment import ROOT_DIR, SegmentError, decode_segment
from mtk_admin_desktop.paths import DB_NAME
from mtk_admin_desktop.services.sync_engine import SyncEngine
from mtk_admin_desktop.services.sync_share import MemoryShare, replay
from mtk_admin_desktop.storage.store import Store
from tests.helpers import run_cli
from tests.test_sync_merge import canonical_dump

ROOT = Path(__file__).resolve().parent.parent


def _copy(store: Store) -> Store:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    store.db.conn.backup(conn)
    return Store(sqlite_utils.Database(conn), author=store.author)


def _ids(store: Store) -> set[str]:
    return {r[0] for r in store.db.execute("SELECT op_id FROM ops")}


def test_every_prefix_of_a_push_shows_nothing_or_a_whole_segment_and_the_pusher_recovers() -> None:
    share = MemoryShare()
    pusher, reader = Store.open(":memory:", author="P"), Store.open(":memory:", author="R")
    SyncEngine(pusher, share).init_share("P")
    pusher.create("shared_settings", {"key": "first", "value": 1})
    SyncEngine(pusher, share).sync()
    SyncEngine(reader, share).sync()
    for n in range(3):
        pusher.create("shared_settings", {"key": f"k{n}", "value": "x" * 200 * n})
    before_files, before_db = dict(share.files), _copy(pusher)
    reader_db = _copy(reader)
    share.log.clear()
    SyncEngine(pusher, share).sync(pull=False)
    log, after_ops = list(share.log), _ids(pusher)
    assert [kind for kind, *_ in log] == ["write", "link", "unlink"]
    cases = [(k, None) for k in range(len(log) + 1)]
    cases += [
        (k + 1, cut)
        for k, (kind, _, _, data) in enumerate(log)
        if kind == "write"
        for cut in (0, len(data) // 3, len(data) - 1)
    ]
    for prefix, torn in cases:
        files = replay(log, before_files, prefix, torn)
        crashed = MemoryShare(files=dict(files))
        reader = _copy(reader_db)
        report = SyncEngine(reader, crashed).sync(push=False)
        assert not report.problems, (prefix, torn, report.problems)
        assert _ids(reader) in (_ids(reader_db), {*after_ops, *_ids(reader_db)}), (prefix, torn)
        # the pusher restarts with the database as it was (the crash came before its record was saved)
        for db in [before_db, pusher] if prefix == len(log) else [before_db]:
            restarted = _copy(db)
            report = SyncEngine(restarted, crashed).sync()
            assert report.ok and report.waiting == 0 and not report.problems, (prefix, torn, report.problems)
            assert not [p for p in crashed.files if p.endswith(".part")]
            SyncEngine(reader, crashed).sync()
            assert after_ops <= _ids(reader), (prefix, torn)
            crashed = MemoryShare(files=dict(files))
            reader = _copy(reader_db)


@pytest.mark.slow
def test_real_sync_processes_killed_at_random_moments_lose_nothing(tmp_path: Path) -> None:
    rng = random.Random(7)
    folder = tmp_path / "share"
    folder.mkdir()
    laptops = [tmp_path / f"laptop{n}" for n in range(3)]
    code, out, err = run_cli("sync", "init", str(folder), data_dir=laptops[0])
    assert code == 0, err
    env = {**os.environ, "PYTHONPATH": str(ROOT)}

    def command(data_dir: Path) -> list[str]:
        return [
            sys.executable,
            "-m",
            "mtk_admin_desktop",
            "sync",
            "--shared",
            str(folder),
            "--data-dir",
            str(data_dir),
            "--lang",
            "en",
        ]

    committed: set[str] = set()
    kills = 0
    for round_no in range(5):
        for number, data_dir in enumerate(laptops):
            data_dir.mkdir(exist_ok=True)
            store = Store.open(data_dir / DB_NAME, author=f"L{number}")
            for n in range(rng.randrange(1, 40)):
                store.create("shared_settings", {"key": f"L{number}-{round_no}-{n}", "value": n})
            committed |= _ids(store)
            store.close()
        procs = [
            subprocess.Popen(command(d), cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            for d in laptops
        ]
        time.sleep(rng.uniform(0.3, 2.0))
        for proc in procs:
            if proc.poll() is None and rng.random() < 0.7:
                proc.send_signal(signal.SIGKILL)
                kills += 1
        for proc in procs:
            proc.wait(timeout=120)
    for _ in range(2):
        for data_dir in laptops:
            result = subprocess.run(command(data_dir), cwd=ROOT, env=env, capture_output=True, timeout=120)
            assert result.returncode == 0, result.stderr.decode()
    stores = [Store.open(d / DB_NAME) for d in laptops]
    try:
        assert committed <= _ids(stores[0])
        dumps = {canonical_dump(s) for s in stores}
        assert len(dumps) == 1
        share_id = stores[0].get_local("sync.share_id")
        for seg in (folder / ROOT_DIR / "devices").glob("*/seg/*.jsonl.gz"):
            device, seq = seg.parent.parent.name, int(seg.name[:12])
            try:
                decode_segment(seg.read_bytes(), share_id, device, seq)
            except SegmentError as exc:  # pragma: no cover - the message says which file
                pytest.fail(f"{seg}: {exc}")
        assert not list((folder / ROOT_DIR / "devices").glob("*/tmp/*.part"))
    finally:
        for s in stores:
            s.close()
    assert kills > 0
