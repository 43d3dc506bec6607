"""Benchmark of the sync (issues 10 and 19): a fresh laptop's first pull, and a no-op sync as history grows.

* First pull: 50 devices, 100,000 operations on a shared folder; a new laptop pulls everything. Compared
  with two floors, run in the same round: the **literal floor** (read each segment, gunzip it, and one
  ``executemany`` of its lines into SQLite: no JSON parsed, nothing re-encoded; goal ≤ 3×), and the
  older **decoding floor** (the same, but every op parsed and its fields re-encoded, as before issue 19).
  Beside them the **schema floor**: parse each op once and one ``executemany`` into the store's real
  ``ops`` table (three indexes), to show how much of the ratio the schema alone costs.
* No-op sync: a laptop that has everything syncs again, with 10 and with 1,000 segments per device
  (50 devices). Paired: the two sizes run alternately (A/B/B/A…), and the figure is the median of the
  per-pair ratios (goal ≤ 1.2×). Beside it, how many times the sync touches the share (reads, probes of
  a file's existence, folder listings) at each size: flat means the same count.

``python3 dev.py bench`` runs it (``run``); alone: ``python bench/bench_sync.py [--quick]``, which also
writes bench/results/sync.json. Not part of the tests.
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
from mtk_admin_desktop.services.sync_share import SMALL_FILE_LIMIT, LocalShare  # noqa: E402
from mtk_admin_desktop.storage.store import Store  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import RESULTS, Result  # noqa: E402

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


def literal_floor(files: list[Path], db_path: Path) -> float:
    """Read and gunzip every segment and insert its lines with one executemany: the least possible."""
    start = time.perf_counter()
    rows = []
    for path in files:
        rows += [(line,) for line in gzip.decompress(path.read_bytes()).splitlines()[1:-1]]
    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE ops (line BLOB)")
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO ops VALUES (?)", rows)
    conn.execute("COMMIT")
    conn.close()
    return time.perf_counter() - start


def schema_floor(files: list[Path], db_path: Path) -> float:
    """What the store's own tables cost at least: read, gunzip, parse each op once, and one
    ``executemany`` of the op records into the real ``ops`` table (its primary key and two more indexes)
    of a freshly opened store, with the page cache a pull has. No checks, no merge, no rows: the part of
    a first pull no code change in the sync can remove (the schema is the store's)."""
    store = Store.open(db_path, author="bench")  # created and migrated before the clock starts
    store.db.execute("PRAGMA cache_size=-65536")  # the page cache a pull has (Store.bulk)
    start = time.perf_counter()
    records = []
    for path in files:
        for line in gzip.decompress(path.read_bytes()).splitlines()[1:-1]:
            op = json.loads(line)
            records.append(
                (op["op"], op["dev"], op["seq"], op["hlc"], op["tbl"], op["row"], op["kind"], op["field"],
                 json.dumps(op["value"]), json.dumps(op["prev"]), json.dumps(op["seen"]), op["author"], "")
            )
    store.db.execute("BEGIN")
    store.db.conn.executemany(
        "INSERT INTO ops (op_id, device, dev_seq, hlc, tbl, row_id, kind, field, value, prev, seen, author,"
        " received_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        records,
    )
    store.db.execute("COMMIT")
    store.close()
    return time.perf_counter() - start


def floor(files: list[Path], db_path: Path) -> float:
    """The older floor: read, decompress, parse every op and re-encode its fields, one executemany."""
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
    pulls, floors, literals, schemas, rows = [], [], [], [], 0
    literal_floor(files, work / "literal-warm.sqlite")  # the segment files into the page cache
    for run in range(runs):
        literals.append(literal_floor(files, work / f"literal-{run}.sqlite"))
        store = Store.open(work / f"first-{run}.sqlite", author="bench")
        start = time.perf_counter()
        report = SyncEngine(store, LocalShare(folder)).sync(push=False)
        pulls.append(time.perf_counter() - start)
        assert report.ok and report.pulled_ops == devices * ops_per_device, report.to_json()
        rows = store.db.execute("SELECT count(*) FROM shared_settings").fetchone()[0]
        store.close()
        floors.append(floor(files, work / f"floor-{run}.sqlite"))
        schemas.append(schema_floor(files, work / f"schema-{run}.sqlite"))
    pull_s, floor_s = statistics.median(pulls), statistics.median(floors)
    ratios = sorted(p / f for p, f in zip(pulls, floors, strict=True))
    literal_ratios = sorted(p / f for p, f in zip(pulls, literals, strict=True))
    schema_ratios = sorted(f / lit for f, lit in zip(schemas, literals, strict=True))
    return {
        "devices": devices,
        "ops": devices * ops_per_device,
        "segments": len(files),
        "rows": rows,
        "runs": runs,
        "first_pull_s": round(pull_s, 2),
        "floor_s": round(floor_s, 2),
        "ratio_to_floor": round(pull_s / floor_s, 1),
        "paired_ratio_to_floor": round(statistics.median(ratios), 2),
        "literal_floor_s": round(statistics.median(literals), 2),
        "paired_ratio_to_literal_floor": round(statistics.median(literal_ratios), 2),
        "literal_ratio_min": round(literal_ratios[0], 2),
        "literal_ratio_max": round(literal_ratios[-1], 2),
        "schema_floor_s": round(statistics.median(schemas), 2),
        "schema_floor_to_literal_floor": round(statistics.median(schema_ratios), 2),
        "ratio_min": round(ratios[0], 1),
        "ratio_max": round(ratios[-1], 1),
        "ops_per_s": round(devices * ops_per_device / pull_s),
    }


class CountingShare(LocalShare):
    """The shared folder, counting how often a sync touches it (reads, existence probes, listings)."""

    def __init__(self, folder: Path | str) -> None:
        super().__init__(folder)
        self.reads = 0

    def read(self, path: str, limit: int = SMALL_FILE_LIMIT) -> bytes:
        self.reads += 1
        return super().read(path, limit)

    def exists(self, path: str) -> bool:
        self.reads += 1
        return super().exists(path)

    def listdir(self, path: str) -> list[str]:
        self.reads += 1
        return super().listdir(path)


def noop_setup(
    devices: int, segments_per_device: int, ops_per_segment: int, work: Path
) -> tuple[Store, Path]:
    """A laptop that has everything, on a share with ``segments_per_device`` segments per device."""
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
    return store, folder


def noop_once(store: Store, folder: Path) -> tuple[float, int]:
    """One no-op sync: seconds, and how many times it touched the share."""
    share = CountingShare(folder)
    start = time.perf_counter()
    report = SyncEngine(store, share).sync()
    elapsed = time.perf_counter() - start
    assert report.ok and report.pulled_ops == 0 and report.pushed_ops == 0, report.to_json()
    return elapsed, share.reads


def noop_paired(devices: int, sizes: tuple[int, int], work: Path, runs: int) -> dict[str, object]:
    """No-op syncs at two history sizes, alternately; medians and the median of per-pair ratios."""
    (small, small_folder), (large, large_folder) = (noop_setup(devices, n, 2, work) for n in sizes)
    times: dict[int, list[float]] = {sizes[0]: [], sizes[1]: []}
    reads: dict[int, list[int]] = {sizes[0]: [], sizes[1]: []}
    noop_once(small, small_folder)  # warm both
    noop_once(large, large_folder)
    ratios = []
    for number in range(runs):
        order = [(sizes[0], small, small_folder), (sizes[1], large, large_folder)]
        if number % 2:
            order.reverse()
        pair = {}
        for size, store, folder in order:
            elapsed, count = noop_once(store, folder)
            pair[size] = elapsed
            times[size].append(elapsed)
            reads[size].append(count)
        ratios.append(pair[sizes[1]] / pair[sizes[0]])
    rows = []
    for size, store in ((sizes[0], small), (sizes[1], large)):
        rows.append(
            {
                "devices": devices,
                "segments_per_device": size,
                "own_segments": store.db.execute("SELECT count(*) FROM sync_published").fetchone()[0],
                "ops_in_store": store.db.execute("SELECT count(*) FROM ops").fetchone()[0],
                "noop_sync_ms_median": round(statistics.median(times[size]) * 1000, 2),
                "noop_sync_ms_max": round(max(times[size]) * 1000, 2),
                "share_reads": max(reads[size]),
            }
        )
        store.close()
    return {"rows": rows, "paired_growth": round(statistics.median(ratios), 3), "runs": runs}


def measure(quick: bool, runs: int, pull_runs: int) -> dict[str, object]:
    scale = 10 if quick else 1
    with tempfile.TemporaryDirectory(prefix="mtk-bench-sync-") as tmp:
        work = Path(tmp)
        first = first_pull(50, 2000 // scale, 4, work, pull_runs)
        noop = noop_paired(50, (10, 1000 // scale), work, runs)
    return {
        "benchmark": "sync",
        "python": platform.python_version(),
        "machine": platform.machine(),
        "cpus": os.cpu_count(),
        "quick": quick,
        "first_pull": first,
        "noop_sync": noop["rows"],
        "noop_growth": noop["paired_growth"],
        "noop_runs": noop["runs"],
    }


def run(runs: int, quick: bool = False) -> list[Result]:
    """For bench/run.py (``dev.py bench``): the figures as results with their goals."""
    data = measure(quick, max(3 * runs, 15), max(1, min(runs, 3)))  # no-op pairs are milliseconds
    RESULTS.mkdir(parents=True, exist_ok=True)  # a fresh checkout has no results folder yet
    (RESULTS / "sync.json").write_text(json.dumps(data, indent=2) + "\n")
    first, (small, large) = data["first_pull"], data["noop_sync"]
    ops = f"{first['ops']:,}"
    return [
        Result(
            f"sync: first pull of {ops} ops from 50 devices vs literal floor (read+gunzip+one insert)",
            first["first_pull_s"],
            first["literal_floor_s"],
            "s",
            first["runs"],
            3.0,
            paired_ratio=first["paired_ratio_to_literal_floor"],
            note=f"per-run {first['literal_ratio_min']}-{first['literal_ratio_max']}; the store's own ops"
            f" table alone (parse once + one insert) is {first['schema_floor_to_literal_floor']}x this floor",
        ),
        Result(
            f"sync: first pull of {ops} ops vs decoding floor (parse + re-encode + one insert)",
            first["first_pull_s"],
            first["floor_s"],
            "s",
            first["runs"],
            None,
            paired_ratio=first["paired_ratio_to_floor"],
        ),
        Result(
            "sync: the store's ops table alone (parse once + one insert, 3 indexes) vs literal floor",
            first["schema_floor_s"],
            first["literal_floor_s"],
            "s",
            first["runs"],
            None,
            paired_ratio=first["schema_floor_to_literal_floor"],
            note="what the schema costs before any sync code runs",
        ),
        Result(
            f"sync: no-op sync, {large['segments_per_device']} vs {small['segments_per_device']}"
            " segments per device (paired)",
            large["noop_sync_ms_median"],
            small["noop_sync_ms_median"],
            "ms",
            data["noop_runs"],
            1.2,
            paired_ratio=data["noop_growth"],
        ),
        Result(
            f"sync: no-op sync, share reads at {large['segments_per_device']} vs"
            f" {small['segments_per_device']} segments per device",
            large["share_reads"],
            small["share_reads"],
            "",
            1,
            1.0,
            note="reads + existence probes + folder listings of one no-op sync",
        ),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(RESULTS / "sync.json"))
    parser.add_argument("--quick", action="store_true", help="a tenth of the sizes (a smoke run)")
    parser.add_argument("--runs", type=int, default=9, help="no-op sync pairs timed")
    parser.add_argument("--pull-runs", type=int, default=3, help="first pulls (each with both floors)")
    args = parser.parse_args(argv)
    result = measure(args.quick, args.runs, args.pull_runs)
    first, noop = result["first_pull"], result["noop_sync"]
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n")
    print(f"First pull: {first['ops']:,} ops from {first['devices']} devices in {first['segments']} segments")
    print(f"  {'sync first pull':<30}{first['first_pull_s']:>9.2f} s   ({first['ops_per_s']:,} ops/s)")
    print(
        f"  {'literal floor':<30}{first['literal_floor_s']:>9.2f} s   paired ratio"
        f" {first['paired_ratio_to_literal_floor']}x (goal <= 3)"
    )
    print(
        f"  {'decoding floor':<30}{first['floor_s']:>9.2f} s   paired ratio {first['paired_ratio_to_floor']}x"
    )
    print(
        f"  {'schema floor (ops table)':<30}{first['schema_floor_s']:>9.2f} s   "
        f"{first['schema_floor_to_literal_floor']}x the literal floor (per-run pull/literal"
        f" {first['literal_ratio_min']}-{first['literal_ratio_max']})"
    )
    print("No-op sync (50 devices):")
    print(
        f"  {'segments/device':>16}{'own segs':>10}{'ops in store':>14}{'median ms':>11}"
        f"{'max ms':>9}{'reads':>7}"
    )
    for row in noop:
        print(
            f"  {row['segments_per_device']:>16}{row['own_segments']:>10}{row['ops_in_store']:>14,}"
            f"{row['noop_sync_ms_median']:>11}{row['noop_sync_ms_max']:>9}{row['share_reads']:>7}"
        )
    print(f"  growth, median of paired ratios: {result['noop_growth']}x (goal <= 1.2)")
    print(f"Written {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
