"""The Moderering tab stays flat in years of log (issue 19): it reads one window of entries from the
``created_at`` index, counts with SQLite, and reads further windows only as the user scrolls.

Costs are counted (entries decoded, SQLite VM steps), never timed.
"""

from __future__ import annotations

import datetime as dt

import pytest
from test_archive_export import add_page

from mtk_admin_desktop.domain import clock
from mtk_admin_desktop.domain.archive import status_row_id
from mtk_admin_desktop.services.moderation import LogFilter, oslo_date
from mtk_admin_desktop.storage.store import Store
from mtk_admin_desktop.ui.moderation.log_model import ENTRY_ID_ROLE, ModerationLogModel
from mtk_admin_desktop.ui.moderation.moderation_page import ModerationPage

pytestmark = pytest.mark.today  # the tab shows the last 90 days: runs at a frozen instant (conftest)

RECENT = 250  # entries in the tab's default period, more than two windows


def _log(context, page_id: str, count: int, newest: dt.datetime, step: dt.timedelta, tag: str) -> list[str]:
    """``count`` entries, one every ``step`` back from ``newest``, written in one transaction."""
    ids = []
    with context.store.transaction() as tx:
        for number in range(count):
            made = newest - number * step
            ids.append(
                tx.create(
                    "moderation_entries",
                    {
                        "page_id": page_id,
                        "post_ref": f"https://facebook.com/post/{tag}{number}",
                        "comment_author": f"Innbygger {tag}{number}",
                        "comment_text": f"Kommentar {tag}{number}"
                        + (" Blåbærsyltetøy" if number % 7 == 0 else ""),
                        "action": "deleted" if number % 3 else "hidden",
                        "ground": ("personangrep" if number % 2 else "navngir_tredjepersoner")
                        if number % 3
                        else None,
                        "justification": "Begrunnelse",
                        "moderator": "Kari Hovedadmin",
                        "screenshots": [],
                        "archive_worthy": 1 if number % 3 else 0,
                        "created_at": made.astimezone(dt.UTC).isoformat(timespec="microseconds"),
                        "entry_hash": "ab" * 32,
                    },
                )
            )
    return ids


def _recent(context) -> tuple[str, list[str]]:
    page_id = add_page(context)
    newest = clock.now_utc() - dt.timedelta(minutes=5)
    return page_id, _log(context, page_id, RECENT, newest, dt.timedelta(hours=7), "n")


def _history(context, page_id: str, count: int) -> None:
    """Older years of log, before the tab's default 90 days."""
    _log(
        context, page_id, count, clock.now_utc() - dt.timedelta(days=120), dt.timedelta(hours=9), f"h{count}-"
    )


class _Reads:
    """Counts moderation entries decoded by the store and SQLite VM steps while active."""

    def __init__(self, monkeypatch, context) -> None:
        self.entries = 0
        self.steps = 0
        self.context = context
        real = Store._decode

        def counting(store, spec, row):  # noqa: ANN001, ANN202
            if spec.name == "moderation_entries":
                self.entries += 1
            return real(store, spec, row)

        monkeypatch.setattr(Store, "_decode", counting)

    def _step(self) -> int:
        self.steps += 1
        return 0

    def __enter__(self) -> _Reads:
        self.entries = self.steps = 0
        self.context.store.db.conn.set_progress_handler(self._step, 100)
        return self

    def __exit__(self, *exc: object) -> None:
        self.context.store.db.conn.set_progress_handler(None, 0)


def _open_tab(qtbot, context) -> ModerationPage:
    page = ModerationPage(context)
    qtbot.addWidget(page)
    return page


def _fetch_all(model: ModerationLogModel) -> list[str]:
    while model.canFetchMore():
        model.fetchMore()
    return [model.data(model.index(row, 0), ENTRY_ID_ROLE) for row in range(model.rowCount())]


def test_first_fill_reads_one_window_and_stays_flat_with_ten_times_the_history(qtbot, context, monkeypatch):
    page_id, _ = _recent(context)
    _history(context, page_id, RECENT)
    reads = _Reads(monkeypatch, context)
    with reads:
        page = _open_tab(qtbot, context)
    one = (reads.entries, reads.steps)
    # One window of the log, not the log: at most N entries read for the first screenful.
    assert page.model.rowCount() == ModerationLogModel.WINDOW
    assert reads.entries <= ModerationLogModel.WINDOW
    assert page.model.canFetchMore()
    # The counts cover the whole period although only a window was read.
    assert "Personal attack: 83 · Names third parties: 83 · Breaks Norwegian law: 0 · No ground: 84" in (
        page.counts_label.text()
    )

    _history(context, page_id, 10 * RECENT)  # ten times the old years
    with reads:
        _open_tab(qtbot, context)
    assert reads.entries == one[0]
    # SQLite does (nearly) the same work too: the period comes from the index, not a scan of the years.
    assert reads.steps <= one[1] * 1.1 + 5, (one, reads.steps)


def test_scrolling_reads_further_windows_until_the_period_ends(qtbot, context):
    _, ids = _recent(context)
    page = _open_tab(qtbot, context)
    page.resize(1000, 700)
    page.show()
    shown = page.model.rowCount()
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() > shown)  # the view asked for more as it neared the end
    # Every entry of the period, newest first, each once, as the unwindowed query gives them.
    assert _fetch_all(page.model) == ids
    start, end = page.period()
    assert ids == [e.id for e in context.moderation.entries(date_from=start, date_to=end)]
    assert not page.model.canFetchMore()


def test_windows_with_search_and_archive_filter_give_what_the_whole_log_query_gives(qtbot, context):
    page_id, ids = _recent(context)
    _history(context, page_id, 40)
    context.store.create(
        "archive_status",
        {"kind": "moderation", "item_id": ids[1], "status": "exported", "package_id": "p1"},
        row_id=status_row_id("moderation", ids[1]),
    )
    service = context.moderation
    start = clock.today() - dt.timedelta(days=400)
    for log in (
        LogFilter(search="BLÅBÆR", date_from=start),
        LogFilter(archive_status="exported"),
        LogFilter(archive_status="none", date_from=start),
        LogFilter(ground="none", page_id=page_id, date_from=start, date_to=clock.today()),
        LogFilter(action="hidden", search="n1", date_from=start),
    ):
        model = ModerationLogModel()
        model.set_source(
            lambda after, limit, log=log: service.entries_window(log, after, limit),
            {},
            service.archive_statuses,
            set(),
        )
        expected = [
            e.id
            for e in service.entries(
                page_id=log.page_id,
                ground=log.ground,
                action=log.action,
                archive_status=log.archive_status,
                date_from=log.date_from,
                date_to=log.date_to,
                search=log.search,
            )
        ]
        assert expected, log
        assert _fetch_all(model) == expected, log


def test_period_edges_follow_oslo_midnight_in_the_window_and_the_counts(context):
    page_id = add_page(context)
    # 22:59:59 UTC and 23:00:00 UTC on a winter evening: two Oslo dates (UTC+1).
    late = dt.datetime(2026, 1, 14, 22, 59, 59, 999999, tzinfo=dt.UTC)
    first = _log(context, page_id, 1, late, dt.timedelta(), "a")[0]
    second = _log(context, page_id, 1, late + dt.timedelta(microseconds=1), dt.timedelta(), "b")[0]
    assert oslo_date(context.store.get("moderation_entries", first)["created_at"]) == dt.date(2026, 1, 14)
    day = dt.date(2026, 1, 15)
    window, _ = context.moderation.entries_window(LogFilter(date_from=day, date_to=day))
    assert [e.id for e in window] == [second]
    assert sum(context.moderation.counts_by_ground(day, day).values()) == 1
    assert sum(context.moderation.counts_by_ground(dt.date(2026, 1, 14), day).values()) == 2


def test_selecting_an_entry_older_than_the_first_window_reads_on_to_it(qtbot, context):
    _, ids = _recent(context)
    page = _open_tab(qtbot, context)
    oldest = ids[-1]
    assert page.model.row_of(oldest) == -1
    page.select_entry(oldest)
    assert page.selected_id() == oldest
    assert page.model.rowCount() == RECENT


def test_windowed_log_model_passes_qtmodeltester(qtmodeltester, context):
    page_id, _ = _recent(context)
    service = context.moderation
    model = ModerationLogModel()
    model.set_source(
        lambda after, limit: service.entries_window(LogFilter(), after, limit),
        {page_id: "Hovedside"},
        service.archive_statuses,
        set(),
    )
    qtmodeltester.check(model)
    _fetch_all(model)
    assert model.rowCount() == RECENT
    qtmodeltester.check(model)
