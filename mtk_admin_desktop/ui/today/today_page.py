"""The I dag (today) tab: what needs attention now, each line a link to the tab where it is fixed.

The report is gathered on a worker thread on a context of its own (``context.for_worker()``),
so building this tab at start-up costs the window one empty tree and a label; the lines arrive when the
reads are done. Activating a line emits :attr:`TodayPage.open_target`, which the main window turns into
"switch tab and select"; a website news item without a post opens the post editor pre-filled instead.
A reminder banner shows when a post due within the hour still has an error.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mtk_admin_desktop import i18n
from mtk_admin_desktop.domain import clock
from mtk_admin_desktop.domain.rules import rule
from mtk_admin_desktop.icons import severity_icon
from mtk_admin_desktop.services.context import AppContext
from mtk_admin_desktop.services.today import Target, TodayLine, TodayReport
from mtk_admin_desktop.ui import palette
from mtk_admin_desktop.ui.base_page import BasePage
from mtk_admin_desktop.ui.focus_frame import show_focus_frame
from mtk_admin_desktop.ui.worker import run_job

#: The report is gathered again this often while the window is open (the reminder needs it).
REFRESH_MS = 5 * 60 * 1000
#: The first gathering waits this long, so the window's first paint does not share the CPU with it.
FIRST_LOAD_MS = 300


class TodayPage(BasePage):
    """What needs me now: posts due, R11, pages, archive, sync, the website's news.

    Signals:
        open_target(Target): take the user to where a line is fixed (the main window switches tab).
        loaded(): a report has been shown.
    """

    open_target = Signal(object)
    loaded = Signal()
    icon_name = "today"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.report: TodayReport | None = None
        self._loading = False
        self._again = False
        self._fetching = False

        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.reminder = QLabel(self)
        self.reminder.setWordWrap(True)
        self.reminder.setStyleSheet(palette.alert_css())
        self.reminder.setAccessibleName(self.tr("Reminder"))
        self.reminder.hide()
        self.meter_label = QLabel(self)
        self.meter_label.setWordWrap(True)
        self.meter_label.setAccessibleName(self.tr("News items on the main page (R11)"))
        self.news_label = QLabel(self)
        self.news_label.setWordWrap(True)
        self.news_label.setAccessibleName(self.tr("Website news"))

        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("What needs attention"), self.tr("Rule")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        self.tree.setAccessibleName(self.tr("Things that need attention today"))
        self.tree.setUniformRowHeights(True)
        self.tree.itemActivated.connect(self._activated)
        self.tree.currentItemChanged.connect(self._current_changed)
        self.tree.setToolTip(self.tr("Enter or double-click: go to where it is fixed"))
        show_focus_frame(self.tree)  # the style marks no focus in a tree without a current line
        self.status = QLabel(self)
        self.status.setAccessibleName(self.tr("Today status"))

        self.go_button = QPushButton(self.tr("&Go to"), self)
        self.go_button.clicked.connect(lambda: self._activated(self.tree.currentItem(), 0))
        self.plan_button = QPushButton(self.tr("&Plan a post for this news item"), self)
        self.plan_button.clicked.connect(self.plan_current_news)
        self.fetch_button = QPushButton(self.tr("Fetch website &news"), self)
        self.fetch_button.clicked.connect(self.fetch_news)
        self.refresh_button = QPushButton(self.tr("&Update"), self)
        self.refresh_button.clicked.connect(self.refresh)
        buttons = QHBoxLayout()
        for button in (self.go_button, self.plan_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.fetch_button)
        buttons.addWidget(self.refresh_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.reminder)
        layout.addWidget(self.meter_label)
        layout.addWidget(self.news_label)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self._current_changed(None, None)

        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        # After the first paint: the first gathering imports the R11 holidays and the rule data (~0.3 s
        # on a worker, but it holds the GIL), which would otherwise compete with painting the window.
        self.heading.setText(self.tr("Today, {date}").format(date=clock.now_oslo().strftime("%d.%m.%Y")))
        self.status.setText(self.tr("Gathering what needs attention…"))
        QTimer.singleShot(FIRST_LOAD_MS, self.refresh)

    @classmethod
    def title(cls) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("TodayPage", "Today")

    # -- loading -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Gather the report again in the background (a second call while loading runs once more after)."""
        now = clock.now_oslo()
        self.heading.setText(self.tr("Today, {date}").format(date=now.strftime("%d.%m.%Y")))
        if self._loading:
            self._again = True
            return
        self._loading = True
        self.status.setText(self.tr("Gathering what needs attention…"))
        context = self.context

        def work(job: Any) -> TodayReport:
            with context.for_worker() as worker:
                return worker.today.collect()

        run_job(work, self._show, self._failed)

    def is_loading(self) -> bool:
        return self._loading

    def _failed(self, message: str, _trace: str) -> None:
        self._loading = False
        self.status.setText(self.tr("Could not gather today's list: {error}").format(error=message))
        self.loaded.emit()

    def _show(self, report: TodayReport) -> None:
        self._loading = False
        if self._again:
            self._again = False
            self.refresh()
        self.report = report
        self._fill(report)
        self.status.setText(
            self.tr("{count} things need attention (updated {time}).").format(
                count=len(report.lines), time=report.at.strftime("%H:%M")
            )
        )
        self.loaded.emit()

    def _fill(self, report: TodayReport) -> None:
        sections = [
            ("due", self.tr("Posts due today and tomorrow with errors or warnings")),
            ("unpublished", self.tr("Planned but not marked published")),
            ("r11", self.tr("News items per week on the main page (R11)")),
            ("news", self.tr("Website news without a Facebook post (R2)")),
            ("counterpart", self.tr("Posts whose website news never appeared (R2)")),
            ("clearance", self.tr("Pages awaiting clearance (R17)")),
            ("pages", self.tr("Pages: checklist errors and monthly reviews (R4)")),
            ("archive", self.tr("To archive (R13)")),
            ("receipts", self.tr("Archive packages without a receipt")),
            ("sync", self.tr("Sync conflicts")),
        ]
        current = self._key(self.tree.currentItem())
        self.tree.clear()
        restore: QTreeWidgetItem | None = None
        for name, heading in sections:
            lines = report.section(name)
            if not lines:
                continue
            top = QTreeWidgetItem(self.tree, [f"{heading} ({len(lines)})", ""])
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for line in lines:
                item = QTreeWidgetItem(top, [i18n.tr_text(line.text), line.rule])
                item.setIcon(0, severity_icon(line.severity.key))
                item.setData(0, Qt.ItemDataRole.UserRole, line)
                item.setData(0, Qt.ItemDataRole.AccessibleDescriptionRole, line.severity.key)
                if line.rule:
                    item.setToolTip(0, i18n.tr_text(rule(line.rule).quote_text()))
                if self._key(item) == current:
                    restore = item
            top.setExpanded(True)
        if not report.lines:
            QTreeWidgetItem(self.tree, [self.tr("Nothing needs attention right now."), ""])
        if restore is not None:
            self.tree.setCurrentItem(restore)
        self._fill_meters(report)
        self.news_label.setText(i18n.tr_text(report.news_status) if report.news_status else "")
        self._fill_reminder(report)

    def _fill_meters(self, report: TodayReport) -> None:
        parts = []
        for meter in report.meters:
            if meter.over:
                state = self.tr("over the guideline (at most 10)")
            elif meter.under:
                state = self.tr("under 7")
            else:
                state = self.tr("within the guideline")
            if meter.over_days:
                state += " · " + self.tr("more than two on {days}").format(
                    days=", ".join(d.strftime("%d.%m.") for d in meter.over_days)
                )
            parts.append(
                self.tr("Week {week}: {count} / 10 · {state}").format(
                    week=meter.week.split("-W")[-1], count=meter.count, state=state
                )
            )
        self.meter_label.setText(
            self.tr("Main page: {weeks}").format(weeks="   |   ".join(parts)) if parts else ""
        )

    def _fill_reminder(self, report: TodayReport) -> None:
        if not report.reminders:
            self.reminder.hide()
            return
        texts = [i18n.tr_text(line.text) for line in report.reminders]
        self.reminder.setText(
            self.tr("Due within the hour and still with errors: {posts}").format(posts="; ".join(texts))
        )
        self.reminder.show()
        self.status_message.emit(self.reminder.text())

    # -- acting on a line --------------------------------------------------------------------------

    @staticmethod
    def _line(item: QTreeWidgetItem | None) -> TodayLine | None:
        if item is None:
            return None
        line = item.data(0, Qt.ItemDataRole.UserRole)
        return line if isinstance(line, TodayLine) else None

    def _key(self, item: QTreeWidgetItem | None) -> tuple[str, str, str] | None:
        line = self._line(item)
        return (line.section, line.target.kind, line.target.item_id) if line else None

    def lines(self) -> list[TodayLine]:
        """The lines shown, in order (for tests and assistive checks)."""
        out = []
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            if top is None:
                continue
            for j in range(top.childCount()):
                line = self._line(top.child(j))
                if line is not None:
                    out.append(line)
        return out

    def select_line(self, line: TodayLine) -> None:
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            if top is None:
                continue
            for j in range(top.childCount()):
                child = top.child(j)
                if child is not None and self._line(child) == line:
                    self.tree.setCurrentItem(child)
                    return

    def _current_changed(self, current: QTreeWidgetItem | None, _previous: Any) -> None:
        line = self._line(current)
        self.go_button.setEnabled(line is not None)
        self.plan_button.setEnabled(line is not None and line.target.area == "news")

    def _activated(self, item: QTreeWidgetItem | None, _column: int) -> None:
        line = self._line(item)
        if line is None:
            return
        if line.target.area == "news":
            self.plan_news(line.target.item_id)
        else:
            self.open_target.emit(line.target)

    def plan_current_news(self) -> None:
        line = self._line(self.tree.currentItem())
        if line is not None and line.target.area == "news":
            self.plan_news(line.target.item_id)

    def plan_news(self, news_id: str) -> str | None:
        """Open the post editor pre-filled from a website news item (R2 the other way)."""
        from mtk_admin_desktop.domain.news import plan_values
        from mtk_admin_desktop.ui.planning.post_editor_dialog import PostEditorDialog

        item = self.context.news.item(news_id)
        if item is None:
            return None
        initial = plan_values(item)
        main = self.context.planning.main_page()
        if main is not None:
            initial["page_id"] = main.id
        saved = PostEditorDialog.ask(self.context, None, initial, self)
        if saved:
            self.status_message.emit(self.tr("Post planned for the website news item."))
            self.data_changed.emit()
            self.refresh()
        return saved

    def fetch_news(self) -> None:
        """Fetch the website's news in the background; one line in the status bar whatever happens."""
        if self._fetching:
            return
        from mtk_admin_desktop.services.news import FeedError

        self._fetching = True
        self.fetch_button.setEnabled(False)
        self.status.setText(self.tr("Fetching the website's news…"))
        context = self.context

        def work(_job: Any) -> Any:
            with context.for_worker() as worker:
                try:
                    return worker.news.fetch()
                except FeedError as exc:
                    return exc

        def done(result: Any) -> None:
            self._fetching = False
            self.fetch_button.setEnabled(True)
            if isinstance(result, FeedError):
                text = self.tr("News not fetched: {reason}").format(reason=i18n.tr_text(result.text))
            else:
                text = self.tr("{items} website news items read, {new} new.").format(
                    items=result.items, new=result.new
                )
                if result.note is not None:
                    text += " " + i18n.tr_text(result.note)
            self.status_message.emit(text)
            self.status.setText(text)
            self.refresh()

        def failed(message: str, _trace: str) -> None:
            self._fetching = False
            self.fetch_button.setEnabled(True)
            self.status_message.emit(self.tr("News not fetched: {reason}").format(reason=message))

        run_job(work, done, failed)

    def primary_action(self) -> None:
        self.refresh()

    def shutdown(self) -> None:
        self.timer.stop()


__all__ = ["Target", "TodayPage"]
