"""The month view on a busy store reads the visible six weeks only (timings: bench/bench_planner.py)."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from mtk_admin_desktop.domain.ids import stable_id
from mtk_admin_desktop.domain.planning import OSLO, format_planned, parse_planned
from mtk_admin_desktop.ui.planning.planning_page import MONTH, PlanningPage


@pytest.mark.slow
def test_month_view_reads_only_the_visible_range(qtbot, context, monkeypatch) -> None:
    main = stable_id("page", "facebook.com/midttelemark")
    context.store.create(
        "pages", {"name": "Midt-Telemark kommune", "is_main": 1, "status": "active"}, row_id=main
    )
    rng = random.Random(4)
    today = dt.datetime.now(OSLO).date()
    with context.store.transaction() as tx:
        for i in range(2000):
            # Two years around today: a busy plan, ~3 posts a day.
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
    asked: list[tuple[dt.date, dt.date]] = []
    service = context.planning
    real_between = service.posts_between

    def spy(first: dt.date, last: dt.date, page_ids=None, fields=None):  # noqa: ANN001, ANN202
        asked.append((first, last))
        return real_between(first, last, page_ids, fields)

    def everything(*_args, **_kwargs):  # noqa: ANN002, ANN003, ANN202
        raise AssertionError("the calendar must not load every post")

    monkeypatch.setattr(service, "posts_between", spy)
    monkeypatch.setattr(service, "all_posts", everything)
    page = PlanningPage(context)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    page.set_mode(MONTH)
    for direction in (1, 1, 1, -1, -1, -1):
        asked.clear()
        page.step(direction)
        first, last = page.visible_range()
        assert (last - first).days == 41  # six weeks
        # Every read is of the grid or a week inside it (quota, R11), never a wider range.
        assert asked and all(first <= low and high <= last for low, high in asked), asked
        expected = [
            p["id"]
            for p in context.store.rows("posts")
            if first <= parse_planned(p["planned_at"]).date() <= last
        ]
        assert sorted(item.id for item in page.items) == sorted(expected)
        assert 0 < len(page.items) < 2000
