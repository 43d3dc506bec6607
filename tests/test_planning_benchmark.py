"""Benchmark (not a timed test): the month view with 5,000 posts in the store opens and scrolls.

Run with ``-s`` to see the figures; the assertions only check that the visible range, and only it, was
read. ``docs/planning.md`` records the measured numbers.
"""

from __future__ import annotations

import datetime as dt
import random
import time

import pytest

from mtk_admin_desktop.domain.ids import stable_id
from mtk_admin_desktop.domain.planning import OSLO, format_planned
from mtk_admin_desktop.ui.planning.planning_page import MONTH, PlanningPage


@pytest.mark.slow
def test_month_view_with_5000_posts(qtbot, context) -> None:
    main = stable_id("page", "facebook.com/midttelemark")
    context.store.create(
        "pages", {"name": "Midt-Telemark kommune", "is_main": 1, "status": "active"}, row_id=main
    )
    rng = random.Random(4)
    today = dt.datetime.now(OSLO).date()
    started = time.perf_counter()
    with context.store.transaction() as tx:
        for i in range(5000):
            # Two years around today: a busy plan, ~7 posts a day.
            day = today + dt.timedelta(days=rng.randint(-365, 365))
            when = dt.datetime.combine(
                day, dt.time(rng.randint(7, 20), rng.choice((0, 15, 30, 45))), tzinfo=OSLO
            )
            tx.create(
                "posts",
                {
                    "page_id": main,
                    "planned_at": format_planned(when),
                    "title": f"Sak {i}",
                    "text": "Kommunestyret møtes. #midttelemark",
                    "kind": "nyhet",
                    "status": "klar",
                    "responsible": "Kari",
                    "attachments": [],
                    "links": [],
                    "website": {},
                },
            )
    fill = time.perf_counter() - started
    page = PlanningPage(context)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    started = time.perf_counter()
    page.set_mode(MONTH)
    page.repaint()
    open_ms = (time.perf_counter() - started) * 1000
    shown = len(page.items)
    steps = []
    for direction in (1, 1, 1, -1, -1, -1):
        started = time.perf_counter()
        page.step(direction)
        page.month_view.viewport().repaint()
        steps.append((time.perf_counter() - started) * 1000)
    started = time.perf_counter()
    page.set_mode(0)
    page.repaint()
    week_ms = (time.perf_counter() - started) * 1000
    print(
        f"\n5000 posts written in {fill:.1f} s; month view opened in {open_ms:.0f} ms showing {shown} posts; "
        f"month steps {', '.join(f'{s:.0f}' for s in steps)} ms; week view with checks {week_ms:.0f} ms"
    )
    assert 100 < shown < 800  # six weeks of a two-year plan, not all 5,000
    assert len(context.store.rows("posts")) == 5000
