"""Benchmark of the sync (issue 10 item 4): a fresh laptop's first pull, and a no-op sync as history grows.

* First pull: 50 devices, 100,000 operations on a shared folder; a new laptop pulls everything. Compared
  with a floor: reading and decompressing the same segment files and one ``executemany`` into SQLite.
* No-op sync: a laptop that has everything syncs again, with 10 and with 1,000 segments per device
  (50 devices). Its cost must stay flat: one probe per device, not a scan of the history.

Run: ``python bench/bench_sync.py [--out bench/results/sync.json] [--quick]``. Not part of the tests.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import random
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from mtk_admin_desktop.domain.hlc import Timestamp  # noqa: E402
from mtk_admin_desktop.domain.ids import new_id  # noqa: E402
from mtk_admin_desktop.domain.oplog import Op  # noqa: E402
from mtk_admin_desktop.domain.sync_segment import ROOT_MARKER, encode_segment, root_marker, seg_path  # noqa: E402
from mtk_admin_desktop.services.sync_engine import SyncEngine  # noqa: E402
from mtk_admin_desktop.services.sync_share import LocalShare  # noqa: E402
from mtk_admin_desktop.storage.store import Store  # noqa: E402

START_MS = 1_790_000_000_000


def device_ops(device: str, count: int, rng: random.Random) -> list[Op]:
    """``count`` ops of one device: rows made with two fields, later edited (prev chains), like real use."""
    ops: list[Op] = []
    last_on_field: dict[tuple[str, str], str] = {}
    rows: list[str] = []
    for seq in range(1, count + 1):
        if not rows or rng.random() < 0.3:
            rows.append(new_id())
            row, field_name = rows[-1], "key"
            value: object = f"setting {len(rows)}"
        else:
            row, field_name = rng.choice(rows), "value"
            value = {"n": seq, "text": "x" * rng.randrange(10, 120)}
        op_id = new_id()
        prev = (last_on_field[(row, field_name)],) if (row, field_name) in last_on_field else ()
        ts = Timestamp(START_MS + seq * 1000 + rng.randrange(1000), 0, device)
        ops.append(
            Op(
                op_id,
                device,
                seq,
                ts.encode(),
                "shared_settings",
                row,
                "set",
                field_name,
                value,
                prev,
                (),
                "bench",
            )
        )
        last_on_field[(row, field_name)] = op_id
    return ops


def build_share(
    folder: Path, devices: int, ops_per_device: int, segments_per_device: int, seed: int = 1
) -> tuple[str, list[Path]]:
    """Write a share with the given history; returns the share id and the segment files."""
    rng = random.Random(seed)
    share_id = str(uuid.uuid4())
    root = folder / "mtk-admin-sync"
    root.mkdir(parents=True)
    (root / ROOT_MARKER).write_bytes(root_marker(share_id, "2026-11-25T00:00:00+00:00", "bench"))
    files = []
    per_segment = max(1, ops_per_device // segments_per_device)
    for _ in range(devices):
        device = str(uuid.uuid4())
        ops = device_ops(device, ops_per_device, rng)
        prev = ""
        for number in range(segments_per_device):
            chunk = (
                ops[number * per_segment : (number + 1) * per_segment]
                if number < segments_per_device - 1
                else ops[number * per_segment :]
            )
            data, prev = encode_segment(share_id, device, number + 1, prev, chunk)
            path = root / seg_path(device, number + 1)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            files.append(path)
    return share_id, files


def floor(files: list[Path], db_path: Path) -> float:
    """Read and decompress every segment and insert every op with one executemany: the least possible."""
    start = time.perf_counter()
    rows = []
    for path in files:
        lines = gzip.decompress(path.read_bytes()).splitlines()[1:-1]
        for line in lines:
            op = json.loads(line)
            rows.append(
                (
                    op["op"],
                    op["dev"],
                    op["seq"],
                    op["hlc"],
                    op["tbl"],
                    op["row"],
                    op["kind"],
                    op["field"],
                    json.dumps(op["value"]),
                    json.dumps(op["prev"]),
                    json.dumps(op["seen"]),
                    op["author"],
                )
            )
    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute(
        "CREATE TABLE ops (op_id TEXT PRIMARY KEY, device, dev_seq, hlc, tbl, row_id, kind, field, value,"
        " prev, seen, author)"
    )
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO ops VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", rows)
    conn.execute("COMMIT")
    conn.close()
    return time.perf_counter() - start


def first_pull(
    devices: int, ops_per_device: int, segments_per_device: int, work: Path, runs: int
) -> dict[str, float]:
    """``runs`` first pulls into fresh stores, each followed by a floor run (interleaved: same load)."""
    folder = work / "share-first"
    _, files = build_share(folder, devices, ops_per_device, segments_per_device)
    pulls, floors, rows = [], [], 0
    for run in range(runs):
        store = Store.open(work / f"first-{run}.sqlite", author="bench")
        start = time.perf_counter()
        report = SyncEngine(store, LocalShare(folder)).sync(push=False)
        pulls.append(time.perf_counter() - start)
        assert report.ok and report.pulled_ops == devices * ops_per_device, report.to_json()
        rows = store.db.execute("SELECT count(*) FROM shared_settings").fetchone()[0]
        store.close()
        floors.append(floor(files, work / f"floor-{run}.sqlite"))
    pull_s, floor_s = statistics.median(pulls), statistics.median(floors)
    ratios = sorted(p / f for p, f in zip(pulls, floors, strict=True))
    return {
        "devices": devices,
        "ops": devices * ops_per_device,
        "segments": len(files),
        "rows": rows,
        "runs": runs,
        "first_pull_s": round(pull_s, 2),
        "floor_s": round(floor_s, 2),
        "ratio_to_floor": round(pull_s / floor_s, 1),
        "ratio_min": round(ratios[0], 1),
        "ratio_max": round(ratios[-1], 1),
        "ops_per_s": round(devices * ops_per_device / pull_s),
    }


def noop_sync(
    devices: int, segments_per_device: int, ops_per_segment: int, work: Path, runs: int
) -> dict[str, float]:
    folder = work / f"share-noop-{segments_per_device}"
    build_share(
        folder, devices, segments_per_device * ops_per_segment, segments_per_device, seed=segments_per_device
    )
    store = Store.open(work / f"noop-{segments_per_device}.sqlite", author="bench")
    store.db.execute("PRAGMA synchronous=OFF")  # only to set up quickly; the timed syncs run as in the app
    engine = SyncEngine(store, LocalShare(folder))
    # this laptop's own history grows too: as many segments of its own as the others have
    for number in range(segments_per_device):
        store.create("shared_settings", {"key": f"own {number}", "value": number})
        engine.sync(pull=False)
    setup = engine.sync()
    assert setup.ok, setup.to_json()
    store.db.execute("PRAGMA synchronous=FULL")
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        report = SyncEngine(store, LocalShare(folder)).sync()
        times.append(time.perf_counter() - start)
        assert report.ok and report.pulled_ops == 0 and report.pushed_ops == 0, report.to_json()
    own = store.db.execute("SELECT count(*) FROM sync_published").fetchone()[0]
    total_ops = store.db.execute("SELECT count(*) FROM ops").fetchone()[0]
    store.close()
    return {
        "devices": devices,
        "segments_per_device": segments_per_device,
        "own_segments": own,
        "ops_in_store": total_ops,
        "noop_sync_ms_median": round(statistics.median(times) * 1000, 1),
        "noop_sync_ms_max": round(max(times) * 1000, 1),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(Path(__file__).resolve().parent / "results" / "sync.json"))
    parser.add_argument("--quick", action="store_true", help="a tenth of the sizes (a smoke run)")
    parser.add_argument("--runs", type=int, default=7, help="no-op syncs timed per size")
    parser.add_argument("--pull-runs", type=int, default=3, help="first pulls (each with a floor run)")
    args = parser.parse_args(argv)
    scale = 10 if args.quick else 1
    with tempfile.TemporaryDirectory(prefix="mtk-bench-sync-") as tmp:
        work = Path(tmp)
        first = first_pull(50, 2000 // scale, 4, work, args.pull_runs)
        noop = [
            noop_sync(50, segments // scale if segments > 10 else segments, 2, work, args.runs)
            for segments in (10, 1000)
        ]
    result = {
        "benchmark": "sync",
        "python": platform.python_version(),
        "machine": platform.machine(),
        "cpus": os.cpu_count(),
        "quick": args.quick,
        "first_pull": first,
        "noop_sync": noop,
        "noop_growth": round(noop[1]["noop_sync_ms_median"] / noop[0]["noop_sync_ms_median"], 2),
    }
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n")
    print(f"First pull: {first['ops']:,} ops from {first['devices']} devices in {first['segments']} segments")
    print(f"  {'sync first pull':<28}{first['first_pull_s']:>9.2f} s   ({first['ops_per_s']:,} ops/s)")
    print(
        f"  {'floor (read+gunzip+insert)':<28}{first['floor_s']:>9.2f} s   ratio {first['ratio_to_floor']}x"
        f" (medians of {first['runs']} runs; per-run ratios {first['ratio_min']}–{first['ratio_max']}x)"
    )
    print("No-op sync (50 devices):")
    print(f"  {'segments/device':>16}{'own segs':>10}{'ops in store':>14}{'median ms':>11}{'max ms':>9}")
    for row in noop:
        print(
            f"  {row['segments_per_device']:>16}{row['own_segments']:>10}{row['ops_in_store']:>14,}"
            f"{row['noop_sync_ms_median']:>11}{row['noop_sync_ms_max']:>9}"
        )
    print(f"  growth 10 → 1000 segments/device: {result['noop_growth']}x")
    print(f"Written {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
