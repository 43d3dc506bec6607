"""The Planlegging and Sider tabs start flat in years of history (issue 19, item 2).

A tab's first fill reads the present (this week's posts, each page's latest review, counts from the
``planned_at`` index), never the years behind it: the rows the store decodes stay the same with ten
times the history, and so does SQLite's work on the Planlegging tab. Built while the main window is
being made, a tab reads nothing until it has been painted. Costs are counted, never timed.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from PySide6.QtWidgets import QWidget

from mtk_admin_desktop.domain import clock
from mtk_admin_desktop.domain.ids import stable_id
from mtk_admin_desktop.storage.store import Store
from mtk_admin_desktop.ui.planning.planning_page import PlanningPage
from mtk_admin_desktop.ui.register.register_page import RegisterPage

pytestmark = pytest.mark.today  # "this week" and "the last 30 days": a frozen instant (conftest)

PAGES = 5
THIS_WEEK = 12  # posts in the week the Planlegging tab opens on
#: Most rows a first fill may decode: the pages (several reads of a handful), this week's posts (and
#: the main page's week again for the quota), one latest review and the roles of each page, the open
#: page's detail. Far below the history, which is hundreds to thousands of rows.
MAX_ROWS = 120


def _pages(context) -> list[str]:
    ids = []
    with context.store.transaction() as tx:
        for number in range(PAGES):
            url = f"https://facebook.com/mtk-side-{number}"
            ids.append(
                tx.create(
                    "pages",
                    {
                        "name": f"Side {number}",
                        "platform": "facebook",
                        "url": url,
                        "url_normalised": url,
                        "is_main": int(number == 0),
                        "unit": f"Enhet {number}",
                        "status": "active",
                    },
                    row_id=stable_id("page", url),
                )
            )
            tx.create(
                "page_roles",
                {
                    "page_id": ids[-1],
                    "person_name": "Test Testesen",
                    "email": "test@mt.kommune.no",
                    "role": "hovedadministrator",
                    "acknowledged_on": "2024-01-10",
                    "from_date": "2024-01-01",
                    "to_date": None,
                },
            )
    return ids


def _post(tx, page_id: str, when: dt.datetime, title: str) -> None:
    tx.create(
        "posts",
        {
            "page_id": page_id,
            "planned_at": when.isoformat(timespec="minutes"),
            "title": title,
            "text": "Kommunen informerer om vann og vei.",
            "kind": "nyhet",
            "status": "publisert",  # R11 counts past days by what went out (issue 18)
            "responsible": "Test Testesen",
            "attachments": [],
            "links": [],
            "website": {"mode": "planned"},
            "send_to_communication": 0,
            "archive_worthy": 0,
            "crisis_approved": 0,
        },
    )


def _present(context, page_ids: list[str]) -> None:
    """This week's posts and this month's review of each page."""
    monday = clock.today() - dt.timedelta(days=clock.today().weekday())
    with context.store.transaction() as tx:
        for number in range(THIS_WEEK):
            day = monday + dt.timedelta(days=number % 7)
            when = dt.datetime.combine(day, dt.time(9 + number % 6, 0), clock.now_oslo().tzinfo)
            _post(tx, page_ids[number % PAGES], when, f"Denne uka {number}")
        for page_id in page_ids:
            tx.create(
                "page_reviews",
                {
                    "page_id": page_id,
                    "reviewed_on": (clock.today() - dt.timedelta(days=3)).isoformat(),
                    "reviewed_by": "Test Testesen",
                    "note": "",
                },
            )


def _history(context, page_ids: list[str], years: int, tag: str) -> None:
    """``years`` older years: eight posts a week and a monthly review of each page, before this month."""
    start = clock.now_oslo() - dt.timedelta(days=60)
    with context.store.transaction() as tx:
        for week in range(52 * years):
            for number in range(8):
                when = start - dt.timedelta(weeks=week, hours=number * 5)
                _post(tx, page_ids[number % PAGES], when, f"Gammel {tag} {week}-{number}")
        for month in range(12 * years):
            for page_id in page_ids:
                tx.create(
                    "page_reviews",
                    {
                        "page_id": page_id,
                        "reviewed_on": (clock.today() - dt.timedelta(days=60 + 30 * month)).isoformat(),
                        "reviewed_by": "Test Testesen",
                        "note": f"{tag} {month}",
                    },
                )


class _Reads:
    """Rows the store decodes (per table) and SQLite VM instructions while active."""

    def __init__(self, monkeypatch, context) -> None:
        self.rows: Counter[str] = Counter()
        self.steps = 0
        self.context = context
        real = Store._decode

        def counting(store, spec, row):  # noqa: ANN001, ANN202
            self.rows[spec.name] += 1
            return real(store, spec, row)

        monkeypatch.setattr(Store, "_decode", counting)

    def _step(self) -> int:
        self.steps += 1
        return 0

    def __enter__(self) -> _Reads:
        self.rows = Counter()
        self.steps = 0
        self.context.store.db.conn.set_progress_handler(self._step, 1)
        return self

    def __exit__(self, *exc: object) -> None:
        self.context.store.db.conn.set_progress_handler(None, 0)


def _first_fill(qtbot, reads: _Reads, page_class):  # noqa: ANN001, ANN202
    with reads:
        page = page_class(reads.context)
        qtbot.addWidget(page)
    return Counter(reads.rows), reads.steps, page


def test_planning_first_fill_reads_this_week_only_and_stays_flat_with_ten_times_the_history(
    qtbot, context, monkeypatch
):
    page_ids = _pages(context)
    _present(context, page_ids)
    _history(context, page_ids, 1, "a")
    reads = _Reads(monkeypatch, context)
    rows, steps, page = _first_fill(qtbot, reads, PlanningPage)
    assert len(page.items) == THIS_WEEK  # the week it opens on, every post of it
    assert sum(rows.values()) <= MAX_ROWS, rows
    # This week's posts, and the main page's week again for the quota; never the history.
    assert rows["posts"] <= 2 * THIS_WEEK, rows

    _history(context, page_ids, 10, "b")  # ten times the older years
    again, steps_again, page = _first_fill(qtbot, reads, PlanningPage)
    assert len(page.items) == THIS_WEEK
    assert again == rows
    # SQLite does the same work too: the week comes from the planned_at index, not a scan of the years.
    assert steps_again <= steps * 1.1, (steps, steps_again)


def test_register_first_fill_reads_each_pages_latest_review_and_stays_flat_with_ten_times_the_history(
    qtbot, context, monkeypatch
):
    page_ids = _pages(context)
    _present(context, page_ids)
    _history(context, page_ids, 1, "a")
    reads = _Reads(monkeypatch, context)
    rows, _, page = _first_fill(qtbot, reads, RegisterPage)
    assert page.model.rowCount() == PAGES
    assert sum(rows.values()) <= MAX_ROWS, rows
    # The table and the open page's checklist need each page's latest review, nothing older.
    assert rows["page_reviews"] <= 2 * PAGES, rows
    assert rows["posts"] == 0, rows  # posts per page in the last 30 days: counted by SQLite, not read

    _history(context, page_ids, 10, "b")
    again, _, page = _first_fill(qtbot, reads, RegisterPage)
    assert page.model.rowCount() == PAGES
    assert again == rows

    # The open page's whole review log is read when its tab is shown, and only then.
    with reads:
        page.tabs.setCurrentWidget(page.reviews_widget)
    assert page.reviews_widget.table.rowCount() == 1 + 12 * 11
    assert reads.rows["page_reviews"] == 1 + 12 * 11


def test_the_table_shows_each_pages_latest_review_and_due_state(qtbot, context) -> None:
    """Reading one review per page changes nothing the table shows: last review and "due" as before."""
    page_ids = _pages(context)
    _history(context, page_ids, 2, "a")
    with context.store.transaction() as tx:  # the first page reviewed this week: not due
        tx.create(
            "page_reviews",
            {"page_id": page_ids[0], "reviewed_on": clock.today().isoformat(), "reviewed_by": "T"},
        )
    page = RegisterPage(context)
    qtbot.addWidget(page)
    by_id = {page.model.summary(row).page.id: page.model.summary(row) for row in range(PAGES)}
    assert by_id[page_ids[0]].last_review == clock.today() and not by_id[page_ids[0]].review_due
    for page_id in page_ids[1:]:
        assert by_id[page_id].last_review == clock.today() - dt.timedelta(days=60)
        assert by_id[page_id].review_due
    # The same as the checklist computed from the page's whole review log.
    for page_id in page_ids:
        whole = [f.rule for f in context.register.findings(page_id)]
        assert [f.rule for f in by_id[page_id].findings] == whole


@pytest.mark.parametrize("page_class", [PlanningPage, RegisterPage])
def test_built_with_the_window_a_tab_paints_before_it_reads(qtbot, context, monkeypatch, page_class):
    """At start-up (the window not yet shown) the tab reads nothing; it fills after its first paint."""
    page_ids = _pages(context)
    _present(context, page_ids)
    reads = _Reads(monkeypatch, context)
    window = QWidget()
    qtbot.addWidget(window)
    with reads:
        page = page_class(context, window)
    assert reads.rows["posts"] == 0 and reads.rows["pages"] == 0, reads.rows
    painted: list[bool] = []
    real_paint = page_class.paintEvent

    def paint(self, event):  # noqa: ANN001, ANN202
        painted.append(self._filled)
        return real_paint(self, event)

    monkeypatch.setattr(page_class, "paintEvent", paint)
    window.resize(1200, 800)
    window.show()
    qtbot.waitUntil(lambda: page._filled, timeout=5000)
    assert painted and painted[0] is False  # the first paint came before the fill
    if page_class is PlanningPage:
        assert len(page.items) == THIS_WEEK
    else:
        assert page.model.rowCount() == PAGES


def test_stepping_keeps_the_quota_and_page_list_only_while_nothing_changed(qtbot, context) -> None:
    """Steps through the months reuse the week's quota and the page list only until the store changes,
    whether this window wrote or another connection did (a worker, a sync)."""
    page_ids = _pages(context)
    _present(context, page_ids)
    page = PlanningPage(context)
    qtbot.addWidget(page)
    news_this_week = len([n for n in range(THIS_WEEK) if n % PAGES == 0])
    assert f": {news_this_week} / " in page.quota_label.text()
    monday = clock.today() - dt.timedelta(days=clock.today().weekday())
    when = dt.datetime.combine(monday, dt.time(8, 0), clock.now_oslo().tzinfo)

    with context.for_worker() as worker, worker.store.transaction() as tx:  # another connection writes
        _post(tx, page_ids[0], when, "Fra en annen tilkobling")
    page.refresh()
    assert f": {news_this_week + 1} / " in page.quota_label.text()

    with context.store.transaction() as tx:  # this window's own connection writes
        _post(tx, page_ids[0], when + dt.timedelta(hours=1), "Fra dette vinduet")
        tx.update("pages", page_ids[1], {"name": "Nytt navn"})
    page.refresh()
    assert f": {news_this_week + 2} / " in page.quota_label.text()
    assert page.page_filter.findText("Nytt navn") >= 0
