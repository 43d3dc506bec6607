"""The Moderation tab: every hidden or deleted comment, documented as evidence (R7.5, R13, R14)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mtk_admin_desktop import i18n
from mtk_admin_desktop.domain import clock
from mtk_admin_desktop.domain.moderation import ACTIONS, GROUNDS, action_text, ground_text
from mtk_admin_desktop.icons import icon
from mtk_admin_desktop.services.context import AppContext
from mtk_admin_desktop.services.moderation import LogFilter
from mtk_admin_desktop.ui.base_page import BasePage
from mtk_admin_desktop.ui.moderation import TAB
from mtk_admin_desktop.ui.moderation.entry_detail import EntryDetail
from mtk_admin_desktop.ui.moderation.log_model import COL_TEXT, ENTRY_ID_ROLE, ModerationLogModel
from mtk_admin_desktop.ui.widgets.tables import fit_columns
from mtk_admin_desktop.ui.worker import run_job


class ModerationPage(BasePage):
    """The moderation log: filters, the table, one entry in full, counts per ground, and verification."""

    icon_name = TAB.icon_name

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.service = context.moderation
        self._verify_job: Any = None
        self.last_verification: Any = None
        self._fitted = False
        layout = QVBoxLayout(self)
        # An entry draft a crash left: said here when the app starts again (issue 17).
        from mtk_admin_desktop.ui.widgets.drafts_banner import DraftsBanner

        self.drafts_banner = DraftsBanner(context, "moderation_entry", self.open_draft, self)
        layout.addWidget(self.drafts_banner)

        actions = QHBoxLayout()
        self.new_button = QPushButton(icon("add"), self.tr("&New entry…"), self)
        self.new_button.setToolTip(self.tr("Register a hidden or deleted comment (Ctrl+N)"))
        self.new_button.clicked.connect(self.primary_action)
        self.correct_button = QPushButton(self.tr("&Correct entry…"), self)
        self.correct_button.setToolTip(
            self.tr(
                "Saved entries never change: a correction is a new entry "
                "linked to the old one, and both stay in the log"
            )
        )
        self.correct_button.clicked.connect(self.correct_selected)
        self.verify_button = QPushButton(self.tr("&Verify log"), self)
        self.verify_button.setToolTip(self.tr("Check every entry's hash, chain, signature and screenshots"))
        self.verify_button.clicked.connect(self.verify)
        for button in (self.new_button, self.correct_button, self.verify_button):
            actions.addWidget(button)
        actions.addStretch(1)
        self.signing_label = QLabel(self)
        self.signing_label.setWordWrap(True)
        self.signing_label.setTextFormat(Qt.TextFormat.PlainText)
        actions.addWidget(self.signing_label, 2)
        layout.addLayout(actions)

        # A grid of three filters a row, so the tab does not force the window wider than a laptop screen.
        filters = QGridLayout()
        self.page_filter = QComboBox(self)
        self.action_filter = QComboBox(self)
        self.ground_filter = QComboBox(self)
        self.archive_filter = QComboBox(self)
        self.from_date = QDateEdit(self)
        self.to_date = QDateEdit(self)
        for edit in (self.from_date, self.to_date):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
        today = QDate(*clock.today().timetuple()[:3])
        self.from_date.setDate(today.addDays(-90))
        self.to_date.setDate(today)
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Search in text, author, justification…"))
        self.search_edit.setClearButtonEnabled(True)
        for combo in (self.page_filter, self.action_filter, self.ground_filter, self.archive_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(14)
        for number, (text, widget) in enumerate(
            (
                (self.tr("Pa&ge:"), self.page_filter),
                (self.tr("Ac&tion:"), self.action_filter),
                (self.tr("G&round:"), self.ground_filter),
                (self.tr("Arc&hive:"), self.archive_filter),
                (self.tr("&From:"), self.from_date),
                (self.tr("T&o:"), self.to_date),
                (self.tr("&Search:"), self.search_edit),
            )
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            row, column = divmod(number, 3)
            filters.addWidget(label, row, column * 2)
            # The search field takes the whole last row.
            filters.addWidget(widget, row, column * 2 + 1, 1, 5 if widget is self.search_edit else 1)
        for column in (1, 3, 5):
            filters.setColumnStretch(column, 1)
        layout.addLayout(filters)
        self._fill_filter_choices()

        self.counts_label = QLabel(self)
        self.counts_label.setWordWrap(True)
        self.counts_label.setAccessibleName(self.tr("Entries per ground in the period"))
        layout.addWidget(self.counts_label)
        self.verify_label = QLabel(self)
        self.verify_label.setWordWrap(True)
        self.verify_label.setTextFormat(Qt.TextFormat.PlainText)
        self.verify_label.setVisible(False)
        self.verify_label.setAccessibleName(self.tr("Result of the verification"))
        layout.addWidget(self.verify_label)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.model = ModerationLogModel(self)
        self.table = QTableView(self.splitter)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrow keys move between cells
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Moderation log"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.detail = EntryDetail(context, self.splitter)
        self.table.doubleClicked.connect(lambda _: self.detail.setFocus())
        self.detail.open_entry.connect(self.select_entry)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([400, 600])
        layout.addWidget(self.splitter, 1)

        for combo in (self.page_filter, self.action_filter, self.ground_filter, self.archive_filter):
            combo.currentIndexChanged.connect(self.refresh)
        self.from_date.dateChanged.connect(self.refresh)
        self.to_date.dateChanged.connect(self.refresh)
        self.search_edit.textChanged.connect(self.refresh)
        self.refresh()

    @classmethod
    def title(cls) -> str:
        return TAB.title()

    # -- filters ---------------------------------------------------------------------------------

    def _fill_filter_choices(self) -> None:
        self.page_filter.addItem(self.tr("All pages"), None)
        self.action_filter.addItem(self.tr("All actions"), None)
        for action in ACTIONS:
            self.action_filter.addItem(i18n.tr_text(action_text(action)), action)
        self.ground_filter.addItem(self.tr("All grounds"), None)
        for ground in GROUNDS:
            self.ground_filter.addItem(i18n.tr_text(ground_text(ground)), ground)
        self.ground_filter.addItem(i18n.tr_text(ground_text(None)), "none")
        self.archive_filter.addItem(self.tr("Any archive status"), None)
        for key, text in (
            ("pending", self.tr("To be archived")),
            ("exported", self.tr("Exported")),
            ("journalfort", self.tr("Journalført")),
            ("none", self.tr("Not to be archived")),
        ):
            self.archive_filter.addItem(text, key)

    def _reload_pages(self) -> dict[str, str]:
        """Refill the page filter; the pages' names by id (read once for the filter and the table)."""
        current = self.page_filter.currentData()
        self.page_filter.blockSignals(True)
        while self.page_filter.count() > 1:
            self.page_filter.removeItem(1)
        names: dict[str, str] = {}
        for page in self.service.pages():
            names[page.id] = page.name or page.id
            self.page_filter.addItem(names[page.id], page.id)
        index = self.page_filter.findData(current)
        self.page_filter.setCurrentIndex(index if index >= 0 else 0)
        self.page_filter.blockSignals(False)
        return names

    def period(self) -> tuple[dt.date, dt.date]:
        start: dt.date = self.from_date.date().toPython()  # type: ignore[assignment]  # QDate -> date
        end: dt.date = self.to_date.date().toPython()  # type: ignore[assignment]
        return (start, end) if start <= end else (end, start)

    # -- BasePage --------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the log with the current filters, keeping the selected entry if it is still shown.

        The table gets a window of the log at a time from the ``created_at`` index (more as the user
        scrolls), and the counts come from SQLite over the period: years of log cost what one
        screenful does."""
        self.drafts_banner.refresh()
        selected = self.selected_id()
        names = self._reload_pages()
        start, end = self.period()
        log = LogFilter(
            page_id=self.page_filter.currentData(),
            ground=self.ground_filter.currentData(),
            action=self.action_filter.currentData(),
            archive_status=self.archive_filter.currentData(),
            date_from=start,
            date_to=end,
            search=self.search_edit.text(),
        )
        self._show_tampering()
        service = self.service
        self.model.set_source(
            lambda after, limit: service.entries_window(log, after, limit),
            names,
            service.archive_statuses,
            service.corrected_ids(),
        )
        self._fit_columns()
        self._update_counts(start, end)
        self._update_signing()
        if selected:
            self.select_entry(selected)
        if self.selected_id() is None:
            self.detail.show_entry(None)
        self.correct_button.setEnabled(self.selected_id() is not None)

    def _fit_columns(self) -> None:
        # Content width, but capped: long page names must not push the archive column out of sight.
        # Measured with font metrics over the first window (resizeColumnToContents asked the model for
        # ten roles per cell: ~45 ms of the tab's start-up), once, on the first fill that has rows, so
        # widths the user dragged stay.
        if self._fitted or self.model.rowCount() == 0:
            return
        fit_columns(self.table, max_rows=ModerationLogModel.WINDOW, max_width=220)
        self._fitted = True

    def open_draft(self, draft: Any) -> None:
        """Open the entry form on a draft a crash left (a new entry or a correction)."""
        from mtk_admin_desktop.ui.moderation.entry_dialog import EntryDialog  # when opened: ~40 ms

        corrects = None if draft.key == "new" else self.service.entry(draft.key)
        entry_id = EntryDialog.ask(self.context, self, corrects, restore=True)
        if entry_id:
            self._saved(entry_id)

    def primary_action(self) -> None:
        """New entry (Ctrl+N)."""
        from mtk_admin_desktop.ui.moderation.entry_dialog import EntryDialog  # when opened: ~40 ms

        entry_id = EntryDialog.ask(self.context, self)
        if entry_id:
            self._saved(entry_id)

    # -- actions ---------------------------------------------------------------------------------

    def correct_selected(self) -> None:
        entry_id = self.selected_id()
        entry = self.service.entry(entry_id) if entry_id else None
        if entry is None:
            return
        from mtk_admin_desktop.ui.moderation.entry_dialog import EntryDialog

        new_id = EntryDialog.ask(self.context, self, corrects=entry)
        if new_id:
            self._saved(new_id)

    def _saved(self, entry_id: str) -> None:
        self.refresh()
        self.select_entry(entry_id)
        self.status_message.emit(self.tr("Moderation entry saved."))
        self.data_changed.emit()

    def selected_id(self) -> str | None:
        index = self.table.selectionModel().currentIndex()
        if not index.isValid():
            return None
        return self.model.data(index, ENTRY_ID_ROLE)  # type: ignore[no-any-return]

    def _find(self, entry_id: str) -> int:
        """The entry's row, reading further windows of the log if it is older than those shown."""
        row = self.model.row_of(entry_id)
        if row < 0 and self.model.canFetchMore():
            entry = self.service.entry(entry_id)
            if entry is not None and entry.created_at:
                row = self.model.load_until(entry_id, entry.created_at)
        return row

    def select_entry(self, entry_id: str) -> None:
        row = self._find(entry_id)
        if row < 0:
            # Shown elsewhere in time or filtered out: clear the filters that hide it.
            self.search_edit.blockSignals(True)
            self.search_edit.clear()
            self.search_edit.blockSignals(False)
            for combo in (self.page_filter, self.action_filter, self.ground_filter, self.archive_filter):
                combo.blockSignals(True)
                combo.setCurrentIndex(0)
                combo.blockSignals(False)
            self.from_date.blockSignals(True)
            self.from_date.setDate(QDate(2000, 1, 1))
            self.from_date.blockSignals(False)
            self.refresh()
            row = self._find(entry_id)
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(self.model.index(row, 0))

    def _row_changed(self, current: Any, _previous: Any) -> None:
        entry_id = self.model.data(current, ENTRY_ID_ROLE) if current.isValid() else None
        self.detail.show_entry(entry_id)
        self.correct_button.setEnabled(entry_id is not None)

    def _update_counts(self, start: dt.date, end: dt.date) -> None:
        counts = self.service.counts_by_ground(start, end)
        parts = [f"{i18n.tr_text(ground_text(g))}: {counts.get(g, 0)}" for g in GROUNDS]
        parts.append(f"{i18n.tr_text(ground_text(None))}: {counts.get('none', 0)}")
        self.counts_label.setText(
            self.tr("{start}–{end}: {counts}").format(
                start=start.strftime("%d.%m.%Y"), end=end.strftime("%d.%m.%Y"), counts=" · ".join(parts)
            )
        )

    def _update_signing(self) -> None:
        signed, reason = self.service.signing_state()
        if signed:
            self.signing_label.setText("")
            self.signing_label.setVisible(False)
            return
        self.signing_label.setVisible(True)
        if reason == "key_damaged":
            self.signing_label.setText(
                "⚠ "
                + self.tr(
                    "New entries are saved unsigned: the signing key in this computer's "
                    "keyring is damaged. Ask IT to look at the keyring."
                )
            )
        elif reason == "key_mismatch":
            self.signing_label.setText(
                "⚠ "
                + self.tr(
                    "New entries are saved unsigned: this computer's signing "
                    "key does not match the key registered for it."
                )
            )
        else:
            self.signing_label.setText(
                "⚠ "
                + self.tr(
                    "New entries are saved unsigned: this computer has no "
                    "keyring to keep a signing key in. Ask IT to enable it."
                )
            )

    # -- verification ----------------------------------------------------------------------------

    def verify(self) -> None:
        """Check the whole log in the background and say what does not hold."""
        context = self.context
        self.verify_button.setEnabled(False)
        self.status_message.emit(self.tr("Verifying the moderation log…"))

        def work(job: Any) -> Any:
            with context.for_worker() as worker:
                # Verified now, and kept: I dag shows what this check found without checking again.
                return worker.moderation.verified(max_age=dt.timedelta(0))

        self._verify_job = run_job(work, self._verified, self._verify_failed)

    def _verified(self, report: Any) -> None:
        self.verify_button.setEnabled(True)
        if report.ok:
            notes = len([p for p in report.problems if not p.is_failure])
            text = self.tr("Verified: all {count} entries hold.").format(count=report.checked)
            if notes:
                text += " " + self.tr("{notes} of them are unsigned.").format(notes=notes)
        else:
            lines = [f"{p.entry_id[:8]}: {i18n.tr_text(p.text())}" for p in report.failures[:8]]
            text = (
                self.tr("⚠ {bad} of {count} entries do not hold:").format(
                    bad=len(report.failed_ids()), count=report.checked
                )
                + "\n"
                + "\n".join(lines)
            )
        self.last_verification = report
        self.verify_label.setText(text)
        self.verify_label.setVisible(True)
        self.status_message.emit(text.splitlines()[0])

    def _show_tampering(self) -> None:
        """Say so at once when changes to saved entries arrived through the shared folder (refused)."""
        found = self.service.tamper_findings()
        if not found or self.last_verification is not None:
            return
        entries = len({f["row_id"] for f in found})
        text = self.tr(
            "⚠ Tampering: changes to saved entries arrived through the shared folder and were refused "
            "(entries concerned: {count}). The entries are unchanged here. Choose Verify log for details, "
            "and tell IT."
        ).format(count=entries)
        self.verify_label.setText(text)
        self.verify_label.setVisible(True)

    def _verify_failed(self, message: str, _trace: str) -> None:
        self.verify_button.setEnabled(True)
        self.status_message.emit(self.tr("The log could not be verified: {error}").format(error=message))
