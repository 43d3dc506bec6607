"""Planner scaling (issue 10, item 2): month view opened and stepped through twelve months.

The same walk on the large store (10,000 posts over six years) and on an empty store, interleaved in
one process. Goal: ≤ 1.3× (the cost of a step must not grow with history); the longest single step
(open or month change, with the repaint) is reported too, against one 60 Hz frame.

A dense month (issue 19, item 5): the large store plus 1,400 posts in March 2025, a month the walk
passes through; its longest step (the month grid of ~1,500 posts) is reported against one 60 Hz frame,
and the walk against the empty store's.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
import time
from pathlib import Path

from common import Result, paired_runs
from large_store import cached

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

#: First month of the walk: inside the large store's six years (2021-2026), so every month has posts.
START = dt.date(2025, 1, 1)
FRAME_MS = 1000 / 60
#: The dense month: 1,400 posts more in one month of the walk (the issue's "~1,400 posts in a month").
DENSE_MONTH = dt.date(2025, 3, 1)
DENSE_POSTS = 1_400


def _open(data_dir: Path):  # noqa: ANN202 - AppContext, imported late (Qt application first)
    from PySide6.QtWidgets import QApplication

    from mtk_admin_desktop.credentials import MemoryCredentials
    from mtk_admin_desktop.services.context import AppContext

    QApplication.instance() or QApplication([])
    return AppContext.open(data_dir, credentials=MemoryCredentials())


def _walk(context, longest: list[float]) -> float:  # noqa: ANN001
    """Open a planning page in month view and step twelve months; total seconds, each step's time kept."""
    from PySide6.QtWidgets import QApplication

    from mtk_admin_desktop.ui.planning.planning_page import MONTH, PlanningPage

    # The page is built before the clock starts: building it shows this week's cards with their checks,
    # which is the week view's cost, not the month view's.
    page = PlanningPage(context)
    page.resize(1280, 800)
    page.current = START
    page.show()
    QApplication.processEvents()
    steps = []
    total_start = time.perf_counter()
    start = time.perf_counter()
    page.set_mode(MONTH)
    page.repaint()
    steps.append(time.perf_counter() - start)
    for _ in range(12):
        start = time.perf_counter()
        page.step(1)
        page.month_view.viewport().repaint()
        steps.append(time.perf_counter() - start)
    total = time.perf_counter() - total_start
    longest.append(max(steps))
    page.close()
    page.deleteLater()
    QApplication.processEvents()
    return total


def _same_months(large, target: Path):  # noqa: ANN001, ANN202
    """A store holding only the pages and the posts the walk shows: same work on screen, no history."""
    context = _open(target)
    low = (START - dt.timedelta(days=14)).isoformat()
    high = (START + dt.timedelta(days=13 * 31 + 14)).isoformat()
    posts = large.store.rows("posts", "planned_at >= ? AND planned_at < ?", [low, high])
    with context.store.transaction() as tx:
        for table, rows in (
            ("pages", large.store.rows("pages")),
            ("page_roles", large.store.rows("page_roles")),
            ("posts", posts),
        ):
            for row in rows:
                values = {k: v for k, v in row.items() if k != "id" and not k.startswith("_")}
                tx.create(table, values, row_id=row["id"])
    return context, len(posts)


def _dense(large_dir: Path, target: Path):  # noqa: ANN202
    """A copy of the large store with :data:`DENSE_POSTS` more posts spread over :data:`DENSE_MONTH`."""
    import random

    shutil.copytree(large_dir, target)
    context = _open(target)
    rng = random.Random(19)
    page_ids = [row["id"] for row in context.store.rows("pages")]
    oslo = dt.timezone(dt.timedelta(hours=1))
    with context.store.transaction() as tx:
        for number in range(DENSE_POSTS):
            day = DENSE_MONTH + dt.timedelta(days=rng.randrange(31))
            when = dt.datetime.combine(day, dt.time(rng.randrange(7, 22), rng.choice((0, 15, 30, 45))), oslo)
            tx.create(
                "posts",
                {
                    "page_id": rng.choice(page_ids),
                    "planned_at": when.isoformat(),
                    "title": f"Tett måned {number}",
                    "text": "Kommunen informerer om vann og vei",
                    "kind": rng.choice(["nyhet", "film", "bilde", "arrangement", "annet"]),
                    "status": rng.choice(["ide", "utkast", "klar", "publisert"]),
                    "responsible": "Benk Benksen",
                    "attachments": [],
                    "links": [],
                    "website": {"mode": "planned"},
                    "send_to_communication": 0,
                    "archive_worthy": 0,
                    "crisis_approved": 0,
                },
            )
    return context


def run(runs: int, quick: bool = False) -> list[Result]:  # noqa: ARG001 - same sizes when quick
    large_dir = cached()
    # Work on a copy: the app writes settings and local state when it opens a store.
    scratch = Path(tempfile.mkdtemp(prefix="mtk-bench-planner-"))
    try:
        work = scratch / "large"
        shutil.copytree(large_dir, work)
        large = _open(work)
        empty = _open(scratch / "empty")
        same, shown = _same_months(large, scratch / "same")
        dense = _dense(large_dir, scratch / "dense")
        low, high = DENSE_MONTH.isoformat(), (DENSE_MONTH + dt.timedelta(days=31)).isoformat()
        in_month = dense.store.db.execute(
            "SELECT count(*) FROM posts WHERE _deleted = 0 AND planned_at >= ? AND planned_at < ?",
            [low, high],
        ).fetchone()[0]
        posts = large.store.db.execute("SELECT count(*) FROM posts WHERE _deleted = 0").fetchone()[0]
        longest_large: list[float] = []
        longest_empty: list[float] = []
        for context in (large, empty, same, dense):
            _walk(context, [])  # warm caches (word list, fonts, first query plans)
        value, baseline, ratio = paired_runs(
            lambda: _walk(large, longest_large), lambda: _walk(empty, longest_empty), runs
        )
        # Control: is it the history that costs, or drawing the posts on screen? Same months, no history.
        history, control, history_ratio = paired_runs(lambda: _walk(large, []), lambda: _walk(same, []), runs)
        longest_dense: list[float] = []
        dense_empty: list[float] = []
        dense_value, dense_base, dense_ratio = paired_runs(
            lambda: _walk(dense, longest_dense), lambda: _walk(empty, dense_empty), runs
        )
        for context in (large, empty, same, dense):
            context.close()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    import statistics

    return [
        Result(
            f"planner: month view + 12 steps, {posts} posts vs empty store",
            value,
            baseline,
            "s",
            runs,
            1.3,
            paired_ratio=ratio,
        ),
        Result(
            f"planner: month view + 12 steps, {posts} posts vs only the {shown} shown (no history)",
            history,
            control,
            "s",
            runs,
            1.3,
            paired_ratio=history_ratio,
        ),
        Result(
            "planner: longest single step (large store) vs one 60 Hz frame",
            statistics.median(longest_large) * 1000,
            FRAME_MS,
            "ms",
            runs,
            None,
            note=f"empty store longest step {statistics.median(longest_empty) * 1000:.1f} ms",
        ),
        Result(
            f"planner: month view + 12 steps through a dense month ({in_month} posts) vs empty store",
            dense_value,
            dense_base,
            "s",
            runs,
            1.3,
            paired_ratio=dense_ratio,
        ),
        Result(
            f"planner: longest single step, dense month ({in_month} posts) vs one 60 Hz frame",
            statistics.median(longest_dense) * 1000,
            FRAME_MS,
            "ms",
            runs,
            1.0,
            note=f"empty store longest step {statistics.median(dense_empty) * 1000:.1f} ms; measured, "
            "not asserted in tests",
        ),
    ]
