"""The Planning tab: the post calendar (week, month, list), the main page's quota, crisis mode, exchange."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mtk_admin_desktop import i18n
from mtk_admin_desktop.domain import clock
from mtk_admin_desktop.domain.planning import (
    OSLO,
    format_planned,
    parse_planned,
    public_holiday,
    week_days,
    week_of,
)
from mtk_admin_desktop.domain.planning_rules import DAY_MAX, WEEK_MAX, check_post_quota, counts_as_news
from mtk_admin_desktop.domain.planning_rules import on_hold as on_hold_in
from mtk_admin_desktop.domain.records import Page
from mtk_admin_desktop.icons import icon
from mtk_admin_desktop.services.context import AppContext
from mtk_admin_desktop.services.planning import PlanningError, PlanningService
from mtk_admin_desktop.ui import palette
from mtk_admin_desktop.ui.base_page import BasePage
from mtk_admin_desktop.ui.planning import TAB
from mtk_admin_desktop.ui.planning.calendar_views import (
    CalendarItem,
    MonthView,
    PostListModel,
    WeekView,
)
from mtk_admin_desktop.ui.planning.exchange_dialogs import CrisisDialog, CsvImportDialog
from mtk_admin_desktop.ui.planning.news_panel import NewsPanel
from mtk_admin_desktop.ui.planning.post_editor_dialog import PostEditorDialog
from mtk_admin_desktop.ui.widgets.drafts_banner import DraftsBanner
from mtk_admin_desktop.ui.widgets.words import english_plural
from mtk_admin_desktop.ui.worker import run_job

WEEK, MONTH, LIST = 0, 1, 2
COMMUNICATION = "__communication__"  # the page filter's entry for posts marked for Kommunikasjon (R7.6)
# What the month grid, its tooltips and the crisis marking read of a post (no attachments, links, website).
MONTH_FIELDS = (
    "page_id",
    "planned_at",
    "title",
    "text",
    "kind",
    "status",
    "send_to_communication",
    "crisis_approved",
)


class MovePostCommand(QUndoCommand):
    """Moving a post to another time, undoable (Ctrl+Z) and redoable."""

    def __init__(self, page: PlanningPage, post_id: str, old: str | None, new: str) -> None:
        super().__init__(QCoreApplication.translate("PlanningPage", "Move post"))
        self.page = page
        self.post_id = post_id
        self.old = old
        self.new = new

    def redo(self) -> None:
        self._set(self.new)

    def undo(self) -> None:
        self._set(self.old)

    def _set(self, planned_at: str | None) -> None:
        try:
            self.page.service.set_planned_at(self.post_id, planned_at)
        except PlanningError as exc:
            # Deleted meanwhile (here or by a sync): nothing to move; say so instead of failing.
            self.setObsolete(True)
            self.page.status_message.emit(i18n.tr_text(exc.text))
        self.page.after_change()


class PlanningPage(BasePage):
    """The post planning calendar: week with draggable cards, month, list; editor; quota; crisis mode."""

    icon_name = TAB.icon_name

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.service: PlanningService = context.planning
        self.current = clock.now_oslo().date()
        self.items: list[CalendarItem] = []
        self.pages: dict[str, Page] = {}
        self.page_names: dict[str, Page] = {}
        self._data_version: tuple[int, int] | None = None  # the store's, at the last refresh
        self._pages_checked_at: tuple[int, int] | None = None
        self._quotas: dict[str, Any] = {}
        self._month_items: dict[str, CalendarItem] = {}  # the month grid's items by post id, kept a step
        self.undo_stack = QUndoStack(self)
        self._export_job: Any = None

        layout = QVBoxLayout(self)
        nav = QHBoxLayout()
        self.prev_button = QToolButton(self)
        self.prev_button.setText("‹")
        self.prev_button.setAccessibleName(self.tr("Previous period"))
        self.prev_button.setToolTip(self.tr("Previous period (Ctrl+PgUp)"))
        self.prev_button.setShortcut(QKeySequence("Ctrl+PgUp"))
        self.today_button = QPushButton(self.tr("&Today"), self)
        self.next_button = QToolButton(self)
        self.next_button.setText("›")
        self.next_button.setAccessibleName(self.tr("Next period"))
        self.next_button.setToolTip(self.tr("Next period (Ctrl+PgDown)"))
        self.next_button.setShortcut(QKeySequence("Ctrl+PgDown"))
        self.period_label = QLabel(self)
        font = self.period_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.period_label.setFont(font)
        for w in (self.prev_button, self.today_button, self.next_button):
            nav.addWidget(w)
        nav.addWidget(self.period_label, 1)
        self.view_group = QButtonGroup(self)
        self.view_buttons = []
        for mode, text in ((WEEK, self.tr("&Week")), (MONTH, self.tr("&Month")), (LIST, self.tr("&List"))):
            button = QPushButton(text, self)
            button.setCheckable(True)
            self.view_group.addButton(button, mode)
            self.view_buttons.append(button)
            nav.addWidget(button)
        self.view_buttons[WEEK].setChecked(True)
        page_label = QLabel(self.tr("&Page:"), self)
        self.page_filter = QComboBox(self)
        self.page_filter.setAccessibleName(self.tr("Show page"))
        page_label.setBuddy(self.page_filter)
        nav.addWidget(page_label)
        nav.addWidget(self.page_filter)
        layout.addLayout(nav)
        # A post draft a crash left: said here when the app starts again, opened with one click.
        self.drafts_banner = DraftsBanner(context, "post", self.open_draft, self)
        layout.addWidget(self.drafts_banner)

        tools = QHBoxLayout()
        self.quota_label = QLabel(self)
        self.quota_label.setObjectName("quota_meter")
        self.quota_label.setTextFormat(Qt.TextFormat.PlainText)
        # Wraps rather than widening the window past the screen at 200 % scaling.
        self.quota_label.setWordWrap(True)
        tools.addWidget(self.quota_label)
        self.crisis_label = QLabel(self)
        self.crisis_label.setStyleSheet(
            palette.STATUS["on_hold"].css() + "padding: 2px 6px; border-radius: 3px;"
        )
        tools.addWidget(self.crisis_label)
        tools.addStretch(1)
        self.new_button = QPushButton(icon("add"), self.tr("&New post"), self)
        self.crisis_button = QPushButton(icon("crisis"), self.tr("Crisis mode…"), self)
        self.end_crisis_button = QPushButton(self.tr("End crisis mode"), self)
        self.ics_button = QPushButton(self.tr("Export .ics…"), self)
        self.csv_button = QPushButton(self.tr("Export CSV…"), self)
        self.import_button = QPushButton(self.tr("Import CSV…"), self)
        for w in (
            self.new_button,
            self.crisis_button,
            self.end_crisis_button,
            self.ics_button,
            self.csv_button,
            self.import_button,
        ):
            tools.addWidget(w)
        layout.addLayout(tools)

        self.week_findings = QLabel(self)
        self.week_findings.setWordWrap(True)
        layout.addWidget(self.week_findings)

        # R2 the other way: website news without a post, one line over the calendar.
        self.news_panel = NewsPanel(context, self)
        self.news_panel.planned.connect(lambda _post_id: self.after_change())
        layout.addWidget(self.news_panel)

        self.stack = QStackedWidget(self)
        self.week_view = WeekView(self.stack)
        self.month_view = MonthView(self.stack, self._check_item)
        self.list_model = PostListModel(self._check_item, self)
        self.list_view = QTableView(self.stack)
        self.list_view.setTabKeyNavigation(False)  # Tab leaves the table; arrow keys move between cells
        self.list_view.setModel(self.list_model)
        self.list_view.setAccessibleName(self.tr("Posts"))
        self.list_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.list_view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.list_view.horizontalHeader().setSectionResizeMode(
            PostListModel.COL_TITLE, QHeaderView.ResizeMode.Stretch
        )
        self.list_view.verticalHeader().hide()
        self.list_view.setWordWrap(False)
        # Widths from the font, not ResizeToContents: that would check every row, not only visible ones.
        em = self.fontMetrics().horizontalAdvance("M")
        for column, width in (
            (PostListModel.COL_TIME, 13),
            (PostListModel.COL_PAGE, 20),
            (PostListModel.COL_KIND, 10),
            (PostListModel.COL_STATUS, 8),
            (PostListModel.COL_FINDINGS, 17),
        ):
            self.list_view.setColumnWidth(column, width * em)
        for page_view in (self.week_view, self.month_view, self.list_view):
            self.stack.addWidget(page_view)
        layout.addWidget(self.stack, 1)
        self.status_line = QLabel(self)
        layout.addWidget(self.status_line)

        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.undo_action)
        self.addAction(self.redo_action)

        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.today_button.clicked.connect(self.go_to_today)
        self.view_group.idClicked.connect(self.set_mode)
        self.page_filter.currentIndexChanged.connect(lambda _: self.refresh())
        self.week_view.open_requested.connect(self.open_post)
        self.week_view.move_requested.connect(self.move_post)
        self.month_view.day_activated.connect(self.show_day)
        self.list_view.doubleClicked.connect(
            lambda index: self.open_post(self.list_model.item_at(index.row()).id)
        )
        self.list_view.activated.connect(
            lambda index: self.open_post(self.list_model.item_at(index.row()).id)
        )
        self.new_button.clicked.connect(self.primary_action)
        self.crisis_button.clicked.connect(self.start_crisis)
        self.end_crisis_button.clicked.connect(self.end_crisis)
        self.ics_button.clicked.connect(lambda: self.export("ics"))
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        self.import_button.clicked.connect(self.import_csv)
        # Built while the main window is being made (start-up), the tab paints first and reads its posts
        # on the next turn of the event loop after that paint (issue 19): the window shows at once,
        # whatever the store holds. Built alone (tests) or once the window is showing (a tab opened
        # later) it fills at once.
        self._filled = False
        self._fill_queued = False
        if parent is None or parent.window().isVisible():
            self.refresh()
        else:
            # Reached by the keyboard (or a click) before the queued fill came round: fill now.
            views: tuple[QWidget, ...] = (self.week_view.scroll_area, self.month_view, self.list_view)
            for view in views:
                view.installEventFilter(self)

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if event.type() == QEvent.Type.FocusIn and not self._filled:
            self._first_fill()
        return super().eventFilter(watched, event)

    def paintEvent(self, event: Any) -> None:
        super().paintEvent(event)
        if not self._filled and not self._fill_queued:
            self._fill_queued = True
            QTimer.singleShot(0, self, self._first_fill)

    def _first_fill(self) -> None:
        if not self.isVisible():  # closed before the queued fill came round: fill when painted again
            self._fill_queued = False
            return
        if not self._filled:
            self.refresh()

    @classmethod
    def title(cls) -> str:
        return TAB.title()

    # -- navigation --------------------------------------------------------------------------------

    @property
    def mode(self) -> int:
        return self.stack.currentIndex()

    def set_mode(self, mode: int) -> None:
        self.stack.setCurrentIndex(mode)
        self.view_buttons[mode].setChecked(True)
        self.refresh()
        current = self.stack.currentWidget()
        if current is not None:
            current.setFocus()

    def step(self, direction: int) -> None:
        if self.mode == WEEK:
            self.current += dt.timedelta(days=7 * direction)
        else:
            month = self.current.month - 1 + direction
            self.current = dt.date(self.current.year + month // 12, month % 12 + 1, 1)
        self.refresh()

    def go_to_today(self) -> None:
        self.current = clock.now_oslo().date()
        self.refresh()

    def show_day(self, day: dt.date) -> None:
        self.current = day
        self.set_mode(WEEK)

    def visible_range(self) -> tuple[dt.date, dt.date]:
        if self.mode == WEEK:
            days = week_days(week_of(self.current))
            return days[0], days[-1]
        if self.mode == MONTH:
            grid = self.month_view.month_model.grid_for(self.current.replace(day=1))
            return grid[0], grid[-1]
        first = self.current.replace(day=1)
        last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        return first, last

    # -- data --------------------------------------------------------------------------------------

    def _fill_page_filter(self) -> None:
        # Rebuilt only when a page changed: every refresh (each step through the months) asks, and asks
        # the pages only when something in the store changed since the last step.
        if self._data_version == self._pages_checked_at and getattr(self, "_pages_version", None):
            return
        self._pages_checked_at = self._data_version
        version = self.service.pages_version()
        if version and version == getattr(self, "_pages_version", None):
            return
        self._pages_version = version
        current = self.page_filter.currentData()
        self.page_filter.blockSignals(True)
        self.page_filter.clear()
        self.page_filter.addItem(self.tr("All pages"), None)
        self.pages = {p.id: p for p in self.service.pages()}
        # Names of closed pages too: their old posts still show in the calendar.
        self.page_names = {p.id: p for p in self.service.all_pages()}
        for page in self.pages.values():
            self.page_filter.addItem(page.name or "?", page.id)
        # R7.6: the nettredaktør's list of what units marked for Kommunikasjon.
        self.page_filter.addItem(self.tr("Marked for Kommunikasjon"), COMMUNICATION)
        self.page_filter.setCurrentIndex(max(self.page_filter.findData(current), 0))
        self.page_filter.blockSignals(False)

    def _check_item(self, item: CalendarItem) -> list[Any]:
        """The post's findings, R11 included: its day and week on the main page with it counted."""
        page_id = item.post.get("page_id")
        if page_id not in self._contexts:
            self._contexts[page_id] = self.service.check_context(page_id)
        post = item.post
        if "attachments" not in post:  # the month grid read a summary only: check the whole post
            post = self.service.post(item.id) or post
        findings = list(self.service.check_post(post, self._contexts[page_id]))
        page = self.page_names.get(page_id or "")
        if page and page.is_main and item.when is not None:
            week = week_of(item.when.date())
            if (page_id, week) not in self._week_posts:
                days = week_days(week)
                found = self.service.posts_between(days[0], days[-1], [str(page_id)])
                self._week_posts[(page_id, week)] = found
            quota = check_post_quota(post, item.id, page, self._week_posts[(page_id, week)], ranked=True)
            findings += quota[1]
        return findings

    def refresh(self) -> None:
        """Read the visible range only (and nothing else) and show it."""
        self._filled = True
        data_version = self.service.data_version()
        if data_version != self._data_version:
            self._quotas.clear()  # a week's quota and findings, kept while nothing in the store changed
        self._data_version = data_version
        self._fill_page_filter()
        self._contexts: dict[Any, Any] = {}
        self._week_posts: dict[tuple[Any, str], list[dict[str, Any]]] = {}
        first, last = self.visible_range()
        selected = self.page_filter.currentData()
        page_ids = [selected] if selected and selected != COMMUNICATION else None
        # The month grid shows only a summary of each post: its big JSON columns are not read.
        fields = MONTH_FIELDS if self.mode == MONTH else None
        posts = self.service.posts_between(first, last, page_ids, fields)
        if selected == COMMUNICATION:
            posts = [p for p in posts if p.get("send_to_communication") and p.get("status") != "avlyst"]
        periods = self.service.crisis_period_list()
        # Month grids of neighbouring months share a week or two: an item whose post and marks are as
        # they were is kept, with the line it has already measured for its cell.
        previous = self._month_items if self.mode == MONTH else {}
        items = []
        for post in posts:
            page = self.page_names.get(post.get("page_id") or "")
            on_hold = (
                bool(periods) and not post.get("crisis_approved") and on_hold_in(post, periods) is not None
            )
            name, is_main = (page.name, page.is_main) if page else ("", False)
            item = previous.get(post["id"])
            marks = (post, name, on_hold, is_main)
            if item is None or (item.post, item.page_name, item.on_hold, item.is_main) != marks:
                item = CalendarItem(post, name, None, on_hold, is_main)
            items.append(item)
        self.items = items
        self._month_items = {item.id: item for item in items} if self.mode == MONTH else {}
        if self.mode == WEEK:
            for item in items:
                item.findings = self._check_item(item)
            days = week_days(week_of(self.current))
            self.period_label.setText(
                self.tr("Week {week}, {first} – {last}").format(
                    week=days[0].isocalendar()[1], first=_d(days[0]), last=_d(days[-1])
                )
            )
            self.week_view.show_week(days, items, self._day_notes(days, items))
        elif self.mode == MONTH:
            self.period_label.setText(_month_name(self.current))
            self.month_view.month_model.set_month(self.current.replace(day=1), items)
            self.month_view.setCurrentIndex(self.month_view.month_model.index_of(self.current))
        else:
            self.period_label.setText(_month_name(self.current))
            self.list_model.set_items(items)
        self._show_quota()
        self._show_crisis(periods)
        self.drafts_banner.refresh()
        self.news_panel.refresh()
        self.status_line.setText(english_plural(self.tr("%n post(s) shown.", None, len(items)), len(items)))

    def _day_notes(self, days: list[dt.date], items: list[CalendarItem]) -> dict[dt.date, str]:
        notes: dict[dt.date, str] = {}
        main_news: dict[dt.date, int] = {}
        for item in items:
            if item.is_main and item.when is not None and counts_as_news(item.post):
                main_news[item.when.date()] = main_news.get(item.when.date(), 0) + 1
        for day in days:
            parts = []
            if public_holiday(day):
                parts.append(self.tr("public holiday"))
            if main_news.get(day, 0) > DAY_MAX and not public_holiday(day) and day.weekday() < 5:
                parts.append(
                    self.tr("⚠ {count} news items (max {limit})").format(count=main_news[day], limit=DAY_MAX)
                )
            if parts:
                notes[day] = " · ".join(parts)
        return notes

    def _show_quota(self) -> None:
        week = week_of(self.current)
        if week not in self._quotas:
            self._quotas[week] = self.service.week_overview(week)
        quota, findings = self._quotas[week]
        if quota is None:
            self.quota_label.setText(self.tr("No main page registered: no weekly quota."))
            self.quota_label.setStyleSheet("")
            self.week_findings.setText("")
            return
        if quota.over or quota.over_days:
            key, word = "over", self.tr("over the guideline")
        elif quota.under:
            key, word = "under", self.tr("below 7")
        else:
            key, word = "within", self.tr("within the guideline")
        text = self.tr("Main page: {count} / {limit} this week · {state}").format(
            count=quota.count, limit=WEEK_MAX, state=word
        )
        if quota.over_days:
            text += " · " + self.tr("more than two on: {days}").format(
                days=", ".join(_d(d) for d in quota.over_days)
            )
        self.quota_label.setText(text)
        self.quota_label.setAccessibleName(text)
        self.quota_label.setStyleSheet(palette.QUOTA[key].css() + "padding: 3px 8px; border-radius: 3px;")
        shown = [f for f in findings if f.severity > 0]
        self.week_findings.setText("\n".join(f"{f.rule}: {i18n.tr_text(f.message)}" for f in shown))
        self.week_findings.setVisible(bool(shown))

    def _show_crisis(self, periods: Any) -> None:
        now = clock.now_oslo()
        active = [p for p in periods if p.covers(now)]
        self.crisis_label.setVisible(bool(active))
        self.end_crisis_button.setVisible(bool(active))
        if active:
            on_hold = sum(1 for i in self.items if i.on_hold)
            self.crisis_label.setText(
                self.tr(
                    "Crisis mode since {start}: posts are on hold until kriseledelsen "
                    "approves them ({count} shown)"
                ).format(start=active[0].starts.strftime("%d.%m. %H:%M"), count=on_hold)
            )

    def after_change(self) -> None:
        self.refresh()
        self.data_changed.emit()

    # -- actions -----------------------------------------------------------------------------------

    def primary_action(self) -> None:
        """New post (Ctrl+N)."""
        initial: dict[str, Any] = {}
        selected = self.page_filter.currentData()
        if selected and selected != COMMUNICATION:
            initial["page_id"] = selected
        start = max(self.current, clock.now_oslo().date())
        if self.mode == WEEK and week_of(start) != week_of(self.current):
            start = self.current
        initial["planned_at"] = dt.datetime.combine(start, dt.time(10, 0), tzinfo=OSLO).isoformat()
        saved = PostEditorDialog.ask(self.context, None, initial, self)
        if saved:
            self.status_message.emit(self.tr("Post saved."))
            self.after_change()

    def open_draft(self, draft: Any) -> None:
        """Open the editor on a draft a crash left (a new post, or changes to a saved one)."""
        post_id = None if draft.key == "new" or self.service.post(draft.key) is None else draft.key
        if PostEditorDialog.ask(self.context, post_id, None, self, restore=True):
            self.status_message.emit(self.tr("Post saved."))
            self.after_change()

    def open_post(self, post_id: str) -> None:
        if PostEditorDialog.ask(self.context, post_id, None, self):
            self.status_message.emit(self.tr("Post saved."))
            self.after_change()

    def move_post(self, post_id: str, when: dt.datetime) -> None:
        """Move a post (dragged or Alt+arrows) as one undoable step."""
        post = self.service.post(post_id)
        if post is None:
            return
        old = post.get("planned_at")
        old_time = parse_planned(old)
        if old_time is not None and old_time == when:
            return
        self.undo_stack.push(MovePostCommand(self, post_id, old, format_planned(when)))
        self.status_message.emit(
            self.tr("Post moved to {when}. Ctrl+Z undoes it.").format(when=when.strftime("%d.%m.%Y %H:%M"))
        )
        card = self.week_view.card(post_id)
        if card is not None:
            card.setFocus()

    def start_crisis(self) -> None:
        if CrisisDialog.ask(self.context, self):
            self.after_change()

    def end_crisis(self) -> None:
        now = clock.now_utc()  # compared as an instant (Oslo times compare by wall clock)
        try:
            for row in self.service.crisis_periods():
                starts = parse_planned(row.get("starts"))
                ends = parse_planned(row.get("ends"))
                if starts and starts <= now and (ends is None or ends > now):
                    self.service.end_crisis(row["id"], now)
        except PlanningError as exc:
            QMessageBox.warning(self, self.tr("Crisis mode"), i18n.tr_text(exc.text))
            return
        self.after_change()

    def choose_save_path(self, kind: str) -> str:
        """Ask where to save an export (tests replace this)."""
        if kind == "ics":
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export to iCalendar"), "publiseringsplan.ics", self.tr("iCalendar (*.ics)")
            )
        else:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export to CSV"), "publiseringsplan.csv", self.tr("CSV (*.csv)")
            )
        return path

    def choose_open_path(self) -> str:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import posts from CSV"), "", self.tr("CSV (*.csv)")
        )
        return path

    def export(self, kind: str) -> None:
        """Export every post off the GUI thread (a big plan takes a moment)."""
        path = self.choose_save_path(kind)
        if not path:
            return
        context = self.context

        def work(job: Any) -> int:
            with context.for_worker() as worker:
                if kind == "ics":
                    return worker.planning.export_ics(Path(path))
                return worker.planning.export_csv(Path(path))

        def done(count: int) -> None:
            self.status_message.emit(
                self.tr("{count} post(s) exported to {path}.").format(count=count, path=path)
            )

        def failed(message: str, _trace: str) -> None:
            QMessageBox.warning(self, self.tr("Export failed"), message)

        self._export_job = run_job(work, done, failed)

    def import_csv(self) -> None:
        path = self.choose_open_path()
        if not path:
            return
        count = CsvImportDialog.ask(self.context, Path(path), self)
        if count:
            self.status_message.emit(self.tr("{count} post(s) imported.").format(count=count))
            self.after_change()


def _d(day: dt.date) -> str:
    return f"{day.day}.{day.month}."


def _month_name(day: dt.date) -> str:
    names = (
        QCoreApplication.translate("PlanningPage", "January"),
        QCoreApplication.translate("PlanningPage", "February"),
        QCoreApplication.translate("PlanningPage", "March"),
        QCoreApplication.translate("PlanningPage", "April"),
        QCoreApplication.translate("PlanningPage", "May"),
        QCoreApplication.translate("PlanningPage", "June"),
        QCoreApplication.translate("PlanningPage", "July"),
        QCoreApplication.translate("PlanningPage", "August"),
        QCoreApplication.translate("PlanningPage", "September"),
        QCoreApplication.translate("PlanningPage", "October"),
        QCoreApplication.translate("PlanningPage", "November"),
        QCoreApplication.translate("PlanningPage", "December"),
    )
    return f"{names[day.month - 1]} {day.year}"
