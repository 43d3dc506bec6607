"""R13: exporting many entries with full-HD screenshots keeps memory flat (streamed).

Behaviour only; the export's time and its peak memory at 100 and 1,000 entries are measured by
``bench/bench_archive.py`` (docs/performance.md).
"""

from __future__ import annotations

import os

import pytest

from tests import test_archive_export as fx
from tests.helpers import full_hd_screenshot


def _rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        pages = int(fh.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 1e6


def _screenshot(qapp, seed: int) -> bytes:
    import random

    return full_hd_screenshot(random.Random(seed), f"{seed}-")


@pytest.mark.slow
@pytest.mark.skipif(not os.path.exists("/proc/self/statm"), reason="measures RSS through /proc")
def test_r13_export_of_many_full_hd_entries_keeps_memory_flat(context, qapp, tmp_path) -> None:
    count = 40
    page = fx.add_page(context)
    for number in range(count):
        sha = fx.add_screenshot(context, _screenshot(qapp, number))
        fx.add_entry(context, page, text=f"Kommentar nummer {number} " * 20, shots=[sha])
    samples: list[tuple[int, float]] = []

    def progress(done: int, total: int, text: str) -> None:
        samples.append((done, _rss_mb()))

    target = tmp_path / "usb"
    target.mkdir()
    before = _rss_mb()
    result = context.archive.export(target, "zip", progress=progress)
    assert len(result.item_keys) == count
    quarter = [rss for done, rss in samples if done <= count // 4]
    rest = [rss for done, rss in samples if done > count // 4]
    growth = max(rest) - max(quarter)
    assert len(samples) > count  # progress came for every entry, so the samples cover the whole export
    # Streamed: what is held is one screenshot and one PDF page at a time, not the whole package.
    assert growth < 40, samples
    assert max(rest) - before < 250
