"""Archive export (issue 10, item 5): 500 moderation entries with full-HD screenshots, and its memory.

Time: the export of 500 entries (items read from the store, package written, read back and verified,
PDF/A per item) against the floor of copying the same screenshot bytes into a stored ZIP with a
SHA-256 sum per file. Goal ≤ 4×. Marking the items exported is left out so every run exports the same
items (that is one transaction of 500 small rows).

Memory: peak resident set size of a fresh process exporting 100 and 1,000 entries (one subprocess per
size, ``resource.getrusage`` maxrss). Goal ≤ 1.2×: the export streams, so memory must not grow with
the number of entries.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

from common import PEAK_RSS, Result, interleaved, peak_rss_kb

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
CACHE = HERE / "results" / "stores" / "archive"
ENTRIES = 1000
TIMED = 500


def screenshot(rng: random.Random) -> bytes:
    """A 1920×1080 PNG like a screen capture (the archive tests use the same one)."""
    from tests.helpers import full_hd_screenshot

    return full_hd_screenshot(rng)


def _open(data_dir: Path):  # noqa: ANN202
    from PySide6.QtWidgets import QApplication

    from mtk_admin_desktop.credentials import MemoryCredentials
    from mtk_admin_desktop.services.context import AppContext

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    QApplication.instance() or QApplication([])
    return AppContext.open(data_dir, credentials=MemoryCredentials())


def cached_store() -> Path:
    """1,000 entries, each with its own full-HD screenshot, through the moderation service (cached)."""
    marker = CACHE / ".complete"
    if marker.exists():
        return CACHE
    from large_store import _add_entry

    if CACHE.exists():
        shutil.rmtree(CACHE)
    context = _open(CACHE)
    context.settings.set("user.name", "Benk Benksen")
    from mtk_admin_desktop.domain.ids import stable_id

    url = "https://www.facebook.com/midttelemark"
    page_id = context.store.create(
        "pages",
        {
            "name": "Midt-Telemark kommune",
            "platform": "facebook",
            "url": url,
            "url_normalised": "facebook.com/midttelemark",
            "is_main": 1,
            "status": "active",
        },
        row_id=stable_id("page", "facebook.com/midttelemark"),
    )
    context.store.create(
        "page_roles",
        {
            "page_id": page_id,
            "person_name": "Benk Benksen",
            "email": "benk@mt.kommune.no",
            "role": "hovedadministrator",
            "acknowledged_on": "2024-01-10",
            "from_date": "2024-01-01",
            "to_date": None,
        },
    )
    rng = random.Random(5)
    for i in range(ENTRIES):
        shot = context.moderation.store_screenshot(screenshot(rng), 1920, 1080, screen="bench")
        _add_entry(context, rng, [page_id], [shot], i)
    context.close()
    marker.touch()
    return CACHE


def entry_keys(context, count: int) -> list[tuple[str, str]]:  # noqa: ANN001
    """The first ``count`` moderation entries, oldest first, as archive keys."""
    rows = context.store.db.execute(
        "SELECT id FROM moderation_entries WHERE _deleted = 0 ORDER BY created_at, id LIMIT ?", [count]
    ).fetchall()
    return [("moderation", row[0]) for row in rows]


def export_once(context, keys: list[tuple[str, str]], target: Path) -> int:  # noqa: ANN001
    """The export's work without marking: read the items, write, read back and verify; returns bytes.

    The same path as ``ArchiveService.export``: references up front, each item built when written."""
    from mtk_admin_desktop.services.archive_package import write_package

    data = context.archive.export_input(keys=keys, now=dt.datetime.now(dt.UTC))
    result = write_package(data, target, "zip")
    return result.size


def floor_once(context, keys: list[tuple[str, str]], target: Path) -> int:  # noqa: ANN001
    """The floor: the same screenshots copied into a stored ZIP, with a SHA-256 sum per file."""
    shas = []
    for _kind, item_id in keys:
        shas += context.store.get("moderation_entries", item_id)["screenshots"] or []
    path = target / "floor.zip"
    sums = []
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        for number, sha in enumerate(shas):
            digest = hashlib.sha256()
            with (
                open(context.blobs.path(sha), "rb") as source,
                archive.open(f"{number:04d}/{sha}.png", "w", force_zip64=True) as sink,
            ):
                while chunk := source.read(1 << 20):
                    digest.update(chunk)
                    sink.write(chunk)
            sums.append(f"{digest.hexdigest()}  {number:04d}/{sha}.png\n")
        archive.writestr("sha256sums.txt", "".join(sums))
    with open(path, "rb") as fh:
        os.fsync(fh.fileno())
    return path.stat().st_size


MEMORY = r"""
import resource, sys, tempfile
from pathlib import Path
sys.path.insert(0, sys.argv[3])
import bench_archive as b
context = b._open(Path(sys.argv[1]))
keys = b.entry_keys(context, int(sys.argv[2]))
with tempfile.TemporaryDirectory(prefix="mtk-bench-mem-") as target:
    b.export_once(context, keys, Path(target))
_print_peak_rss()
"""


def peak_rss_mb(store: Path, count: int) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, "-c", PEAK_RSS + MEMORY, str(store), str(count), str(HERE)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return peak_rss_kb(out) / 1024


def run(runs: int) -> list[Result]:
    source = cached_store()
    scratch = Path(tempfile.mkdtemp(prefix="mtk-bench-archive-"))
    try:
        work = scratch / "store"
        shutil.copytree(source, work)  # opening writes local state; keep the cache pristine
        context = _open(work)
        keys = entry_keys(context, TIMED)
        sizes: dict[str, int] = {}

        def timed(fn, label: str) -> float:  # noqa: ANN001
            target = Path(tempfile.mkdtemp(dir=scratch))
            start = time.perf_counter()
            sizes[label] = fn(context, keys, target)
            elapsed = time.perf_counter() - start
            shutil.rmtree(target)
            return elapsed

        # The export is slow next to its floor; fewer runs keep the suite to minutes on two cores.
        export_runs = max(1, min(runs, 3))
        value, baseline = interleaved(
            lambda: timed(export_once, "export"), lambda: timed(floor_once, "floor"), export_runs
        )
        context.close()
        small, large = peak_rss_mb(work, 100), peak_rss_mb(work, ENTRIES)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return [
        Result(
            f"archive export: {TIMED} entries with full-HD screenshots vs stored ZIP + SHA-256",
            value,
            baseline,
            "s",
            export_runs,
            4.0,
            note=f"package {sizes['export'] / 1e6:.0f} MB, floor {sizes['floor'] / 1e6:.0f} MB, "
            f"{value / TIMED * 1000:.0f} ms per entry",
        ),
        Result(f"archive export: peak memory, {ENTRIES} vs 100 entries", large, small, "MB", 1, 1.2),
    ]
