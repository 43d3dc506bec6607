"""Start-up flat in data (issue 19, item 2): the Arkiv tab reads one window of its backlog from the backlog
indexes and counts with SQLite; the main window is built and shown without sqlite-utils or cryptography.

Costs are counted (items read, rows decoded, modules imported), never timed.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from test_archive_export import add_page
from test_perf_moderation_window import _log

from mtk_admin_desktop.domain import clock
from mtk_admin_desktop.domain.archive import status_row_id
from mtk_admin_desktop.storage.store import Store
from mtk_admin_desktop.ui.archive.archive_page import ArchivePage
from mtk_admin_desktop.ui.archive.backlog_model import KEY_ROLE, BacklogModel

ROOT = Path(__file__).resolve().parent.parent
RECENT = 300  # log entries made lately; two in three must be archived: 200, two windows


def _recent(context) -> tuple[str, list[str]]:
    page_id = add_page(context)
    newest = clock.now_utc() - dt.timedelta(minutes=5)
    ids = _log(context, page_id, RECENT, newest, dt.timedelta(hours=7), "n")
    return page_id, ids


def _history(context, page_id: str, count: int, tag: str) -> None:
    """Older years of log, all of it still to be archived (the tab's worst case)."""
    start = clock.now_utc() - dt.timedelta(days=400)
    _log(context, page_id, count, start, dt.timedelta(hours=9), tag)


def _posts(context, page_id: str, count: int) -> list[str]:
    ids = []
    start = clock.now_oslo() - dt.timedelta(days=30)
    with context.store.transaction() as tx:
        for number in range(count):
            ids.append(
                tx.create(
                    "posts",
                    {
                        "page_id": page_id,
                        "planned_at": (start + dt.timedelta(hours=5 * number)).isoformat(timespec="minutes"),
                        "title": f"Vedtak {number}",
                        "text": "Kommunestyret har vedtatt ...",
                        "kind": "nyhet",
                        "status": "publisert",
                        "attachments": [],
                        "links": [],
                        "archive_worthy": number % 2,
                    },
                )
            )
    return ids


class _Reads:
    """Rows the store decodes (per table) and items the Arkiv tab's windows return, while active."""

    def __init__(self, monkeypatch, context) -> None:
        self.rows: Counter[str] = Counter()
        self.items = 0
        real_decode = Store._decode
        real_window = type(context.archive).backlog_window

        def decode(store, spec, row):  # noqa: ANN001, ANN202
            self.rows[spec.name] += 1
            return real_decode(store, spec, row)

        def window(service, *args, **kwargs):  # noqa: ANN001, ANN202
            rows, cursor = real_window(service, *args, **kwargs)
            self.items += len(rows)
            return rows, cursor

        monkeypatch.setattr(Store, "_decode", decode)
        monkeypatch.setattr(type(context.archive), "backlog_window", window)

    def __enter__(self) -> _Reads:
        self.rows = Counter()
        self.items = 0
        return self

    def __exit__(self, *exc: object) -> None:
        pass


def _open(qtbot, context) -> ArchivePage:
    page = ArchivePage(context)
    qtbot.addWidget(page)
    return page


def _fetch_all(model: BacklogModel) -> list[tuple[str, str]]:
    while model.canFetchMore():
        model.fetchMore()
    return [model.data(model.index(row, 0), KEY_ROLE) for row in range(model.rowCount())]


@pytest.mark.today  # Oslo-date periods and "lately": runs at CI's dates too (tests/test_dates.txt)
def test_arkiv_first_fill_reads_one_window_and_stays_flat_with_ten_times_the_history(
    qtbot, context, monkeypatch
):
    page_id, _ = _recent(context)
    _history(context, page_id, RECENT, "a")
    reads = _Reads(monkeypatch, context)
    with reads:
        page = _open(qtbot, context)
    first = (reads.items, dict(reads.rows))
    # One window of the backlog, not the backlog: the first screenful and some.
    assert page.model.rowCount() == BacklogModel.WINDOW
    assert reads.items <= BacklogModel.WINDOW
    # The list's items are not read whole (the window reads the columns the list shows): only the
    # selected item, for its preview, a few times over.
    assert reads.rows["moderation_entries"] <= 5 and reads.rows["posts"] == 0, reads.rows
    assert page.model.canFetchMore()
    # The counts cover the whole backlog although only a window was read (two in three entries).
    assert "400" in page.count_labels["pending"].accessibleName()

    _history(context, page_id, 10 * RECENT, "b")  # ten times the old years
    with reads:
        page = _open(qtbot, context)
    assert (reads.items, dict(reads.rows)) == first
    assert page.model.rowCount() == BacklogModel.WINDOW
    assert "2400" in page.count_labels["pending"].accessibleName()


@pytest.mark.today  # Oslo-date periods and "lately": runs at CI's dates too (tests/test_dates.txt)
def test_scrolling_shows_every_item_of_the_backlog_in_order(qtbot, context):
    page_id, _ = _recent(context)
    _posts(context, page_id, 40)
    page = _open(qtbot, context)
    page.resize(1000, 700)
    page.show()
    shown = page.model.rowCount()
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() > shown)  # the view asked for more as it neared the end
    keys = _fetch_all(page.model)
    expected = [(r.kind, r.item_id) for r in context.archive.backlog(statuses=("pending",))]
    assert sorted(keys) == sorted(expected) and len(keys) == len(set(keys)) == 220
    # Oldest first, as the whole list was: every window's dates follow on.
    dates = [page.model.item_at(row).date for row in range(page.model.rowCount())]
    assert dates == sorted(dates)
    assert not page.model.canFetchMore()


@pytest.mark.today  # Oslo-date periods and "lately": runs at CI's dates too (tests/test_dates.txt)
@pytest.mark.parametrize(
    "filters",
    [
        {},
        {"statuses": ("pending",)},
        {"statuses": ("exported",)},
        {"statuses": ("journalfort",)},
        {"statuses": ("exported", "journalfort")},
        {"page": "other"},
        {"period": (-20, -5)},
        {"period": (-20, -5), "statuses": ("pending",), "page": "main"},
    ],
)
def test_windows_and_counts_give_what_the_whole_backlog_gives(context, filters):
    """Every window together, and the counts, are the whole-list backlog() with the same filters."""
    main, ids = _recent(context)
    other = add_page(context, "Biblioteket", "https://facebook.com/biblioteket")
    _history(context, main, 40, "a")
    _log(context, other, 60, clock.now_utc() - dt.timedelta(days=10), dt.timedelta(hours=3), "o")
    _posts(context, main, 30)
    _posts(context, other, 30)
    with context.store.transaction() as tx:  # some exported, some journalført, one status row deleted
        for number, item_id in enumerate(ids[1:40:3]):
            row = tx.create(
                "archive_status",
                {
                    "kind": "moderation",
                    "item_id": item_id,
                    "status": "journalfort" if number % 2 else "exported",
                    "package_file": f"pakke-{number}.zip",
                    "journal_number": f"2026/{number + 1}" if number % 2 else None,
                },
                row_id=status_row_id("moderation", item_id),
            )
        tx.delete("archive_status", row)
    service = context.archive
    page_id = {"main": main, "other": other}.get(filters.get("page", ""))
    date_from = date_to = None
    if "period" in filters:
        date_from = clock.today() + dt.timedelta(days=filters["period"][0])
        date_to = clock.today() + dt.timedelta(days=filters["period"][1])
    statuses = filters.get("statuses")
    expected = service.backlog(page_id, date_from, date_to, statuses)
    assert expected, filters
    got, cursor = [], None
    while True:
        window, cursor = service.backlog_window(page_id, date_from, date_to, statuses, cursor, limit=7)
        got += window
        if cursor is None:
            break
    assert sorted(got, key=lambda r: (r.date, r.kind, r.item_id)) == expected
    assert service.backlog_counts(page_id, date_from, date_to) == service.counts(page_id, date_from, date_to)


def test_an_item_from_a_later_window_can_be_selected_and_marked_journalfort(qtbot, context, monkeypatch):
    from mtk_admin_desktop.ui.archive.journal_dialog import JournalDialog

    page_id, _ = _recent(context)
    page = _open(qtbot, context)
    while page.model.rowCount() <= BacklogModel.WINDOW + 10:
        page.model.fetchMore()
    row = BacklogModel.WINDOW + 5
    kind, item_id = page.model.data(page.model.index(row, 0), KEY_ROLE)
    page.select_row(row)
    assert page.selected_key() == (kind, item_id)
    assert page.model.item_at(row).title in page.preview.toPlainText()
    # Exported first (journal numbers go to exported items), by the service as an export would.
    context.store.create(
        "archive_status",
        {"kind": kind, "item_id": item_id, "status": "exported", "package_file": "p.zip"},
        row_id=status_row_id(kind, item_id),
    )
    monkeypatch.setattr(JournalDialog, "ask", staticmethod(lambda title, parent: (2026, 17, "")))
    page.enter_journal_number()
    assert context.archive.status_of(kind, item_id) == "journalfort"
    # The list read on as far as it had been scrolled; the row the item was on stays current (the item
    # itself left the "to be archived" list).
    assert page.model.rowCount() >= BacklogModel.WINDOW + 10
    assert page.model.row_of((kind, item_id)) == -1
    assert page.table.currentIndex().row() == row
    assert "1" in page.count_labels["journalfort"].accessibleName()
    page.status_filter.setCurrentIndex(page.status_filter.findText("Journalført"))
    assert [page.model.item_at(r).item_id for r in range(page.model.rowCount())] == [item_id]


def test_built_with_the_window_the_arkiv_tab_paints_before_it_reads(qtbot, context, monkeypatch):
    from PySide6.QtWidgets import QWidget

    _recent(context)
    reads = _Reads(monkeypatch, context)
    window = QWidget()
    qtbot.addWidget(window)
    with reads:
        page = ArchivePage(context, window)
    assert reads.items == 0 and page.model.rowCount() == 0
    painted: list[bool] = []
    real_paint = ArchivePage.paintEvent

    def paint(self, event):  # noqa: ANN001, ANN202
        painted.append(self._filled)
        return real_paint(self, event)

    monkeypatch.setattr(ArchivePage, "paintEvent", paint)
    window.resize(1200, 800)
    window.show()
    qtbot.waitUntil(lambda: page._filled, timeout=5000)
    assert painted and painted[0] is False
    assert page.model.rowCount() == BacklogModel.WINDOW


def test_backlog_model_passes_qtmodeltester(qtmodeltester, context):
    _recent(context)
    service = context.archive
    model = BacklogModel()
    model.set_source(lambda after, limit: service.backlog_window(after=after, limit=limit))
    qtmodeltester.check(model)
    _fetch_all(model)
    assert model.rowCount() == 200
    qtmodeltester.check(model)


CHILD = r"""
import json, sys
from PySide6.QtWidgets import QApplication
from mtk_admin_desktop.credentials import MemoryCredentials
from mtk_admin_desktop.services.context import AppContext
from mtk_admin_desktop.ui.main_window import MainWindow
app = QApplication(sys.argv[:1])
context = AppContext.open(sys.argv[1], credentials=MemoryCredentials())
window = MainWindow(context, start_tab=int(sys.argv[2]))
window.show()
for _ in range(5):
    app.processEvents()
window.repaint()
app.processEvents()
page = window._pages[int(sys.argv[2])]
print(json.dumps({
    "filled": getattr(page, "_filled", True),
    "modules": [m for m in ("sqlite_utils", "cryptography") if m in sys.modules],
}))
window.sync_status.shutdown()
window.close()
context.close()
"""


def _start_in_a_child(tmp_path, tab: int) -> dict:
    """Build and show the main window on ``tab`` in a fresh process; what it imported by then."""
    from mtk_admin_desktop.credentials import MemoryCredentials
    from mtk_admin_desktop.services.context import AppContext

    data = tmp_path / "data"
    with AppContext.open(data, credentials=MemoryCredentials()) as context:  # migrated here, once
        page_id = add_page(context)
        _log(context, page_id, 20, clock.now_utc(), dt.timedelta(hours=2), "s")
    env = dict(
        os.environ, QT_QPA_PLATFORM="offscreen", PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring"
    )
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(data), str(tab)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr[-3000:]
    result: dict = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["filled"], result
    return result


@pytest.mark.parametrize("tab", [0, 1, 2, 4])
def test_the_window_is_built_and_shown_without_cryptography(tmp_path, tab):
    """cryptography is for signing and the sync; the sync's first run and state are read later, off the
    GUI thread. (The Moderering tab needs it: it shows whether entries made now will be signed.)"""
    assert "cryptography" not in _start_in_a_child(tmp_path, tab)["modules"]


@pytest.mark.parametrize("tab", [0, 4])
def test_the_window_is_built_and_shown_without_sqlite_utils(tmp_path, tab):
    """Opening a store that needs no migration imports no sqlite-utils (it is for migrations)."""
    assert "sqlite_utils" not in _start_in_a_child(tmp_path, tab)["modules"]


def _export(context, ids: list[str]) -> None:
    with context.store.transaction() as tx:
        for item_id in ids:
            tx.create(
                "archive_status",
                {"kind": "moderation", "item_id": item_id, "status": "exported", "package_file": "p.zip"},
                row_id=status_row_id("moderation", item_id),
            )


def test_the_moderation_logs_archive_column_reads_the_status_of_its_window_only(context):
    """The Moderering tab asks the archive status of each window it shows; that costs the same however
    many entries were exported over the years (it read every status row of the kind)."""
    page_id, ids = _recent(context)
    _export(context, ids[:100])
    marks = ",".join("?" * 10)
    window = context.store.rows("moderation_entries", f"id IN ({marks})", ids[:10])
    steps = 0

    def step() -> int:
        nonlocal steps
        steps += 1
        return 0

    def cost() -> tuple[dict, int]:
        nonlocal steps
        steps = 0
        context.store.db.conn.set_progress_handler(step, 1)
        try:
            return context.archive.statuses_of("moderation", window), steps
        finally:
            context.store.db.conn.set_progress_handler(None, 0)

    statuses, first = cost()
    assert statuses == {i: "exported" for i in ids[:10]}
    more = _log(context, page_id, 1000, clock.now_utc() - dt.timedelta(days=500), dt.timedelta(hours=5), "x")
    _export(context, more)
    again, second = cost()
    assert again == statuses
    assert second <= first * 1.1 + 5, (first, second)


def test_the_sync_status_shows_its_full_state_after_start_read_in_the_background(
    qtbot, context, monkeypatch, language
):
    """Without a shared folder the status bar first says what the settings say; the sync area's state
    (here an open conflict) follows from a background read, and the conflicts action with it."""
    language("en")  # English texts, whatever a command run earlier installed
    from PySide6.QtWidgets import QMainWindow

    from mtk_admin_desktop.ui.sync import status_widget

    context.store.db.execute(
        "INSERT INTO conflicts (tbl, row_id, field, ops) VALUES ('pages', 'p1', 'name', '[]')"
    )
    monkeypatch.setattr(status_widget, "START_DELAY_MS", 10)
    window = QMainWindow()
    qtbot.addWidget(window)
    widget = status_widget.SyncStatusWidget(context, window)
    assert "no shared folder" in widget.label.text()
    assert not widget.conflicts_action.isEnabled()
    qtbot.waitUntil(lambda: widget.conflicts_action.isEnabled(), timeout=10_000)
    assert "1 conflict" in widget.label.text()
    assert widget.wait(10)
    widget.shutdown()
