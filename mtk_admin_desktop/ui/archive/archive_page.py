"""The Arkiv tab: the backlog for the municipality's Noark 5 archive, export, receipts, package history."""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from mtk_admin_desktop.domain import clock
from mtk_admin_desktop.icons import icon
from mtk_admin_desktop.services.context import AppContext
from mtk_admin_desktop.ui.archive import TAB
from mtk_admin_desktop.ui.archive.backlog_model import (
    COL_DATE,
    COL_NUMBER,
    COL_PAGE,
    COL_STATUS,
    COL_WHAT,
    KEY_ROLE,
    STATUS_TEXTS,
    BacklogModel,
    status_text,
)
from mtk_admin_desktop.ui.base_page import BasePage
from mtk_admin_desktop.ui.focus_frame import show_focus_frame
from mtk_admin_desktop.ui.palette import STATUS
from mtk_admin_desktop.ui.widgets.tables import bulk_fill
from mtk_admin_desktop.ui.worker import Job, run_job

STATUS_PAIR = {"pending": "pending", "exported": "ready", "journalfort": "done"}


class ArchivePage(BasePage):
    """Backlog counts and list with filters and a preview; export, receipts, and the package history."""

    icon_name = TAB.icon_name

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.service = context.archive
        self.verify_job: Job | None = None
        layout = QVBoxLayout(self)

        actions = QHBoxLayout()
        self.export_button = QPushButton(icon("archive"), self.tr("&Export to the archive…"), self)
        self.export_button.setToolTip(self.tr("Write a package of everything to be archived (Ctrl+N)"))
        self.export_button.clicked.connect(self.primary_action)
        self.receipt_button = QPushButton(self.tr("Import &receipt…"), self)
        self.receipt_button.setToolTip(
            self.tr(
                "Read the archive's receipt (arkivmeldingKvittering) and mark "
                "the items it names as journalført"
            )
        )
        self.receipt_button.clicked.connect(self.import_receipt)
        self.journal_button = QPushButton(self.tr("Enter &journal number…"), self)
        self.journal_button.setToolTip(self.tr("Mark the selected item journalført by hand"))
        self.journal_button.clicked.connect(self.enter_journal_number)
        self.screening_button = QPushButton(self.tr("S&kjerming…"), self)
        self.screening_button.setToolTip(
            self.tr("Mark the selected item skjermet (access restriction and legal basis) before export")
        )
        self.screening_button.clicked.connect(self.set_screening)
        for button in (self.export_button, self.receipt_button, self.journal_button, self.screening_button):
            actions.addWidget(button)
        actions.addStretch(1)
        layout.addLayout(actions)

        counts = QHBoxLayout()
        self.count_labels: dict[str, QLabel] = {}
        for status in ("pending", "exported", "journalfort"):
            label = QLabel(self)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setStyleSheet(
                f"QLabel {{ {STATUS[STATUS_PAIR[status]].css()} padding: 4px 10px; border-radius: 4px; }}"
            )
            self.count_labels[status] = label
            counts.addWidget(label)
        counts.addStretch(1)
        layout.addLayout(counts)

        filters = QHBoxLayout()
        self.page_filter = QComboBox(self)
        self.status_filter = QComboBox(self)
        self.period_check = QCheckBox(self.tr("Only the &period"), self)
        self.from_date = QDateEdit(self)
        self.to_date = QDateEdit(self)
        today = QDate(*clock.today().timetuple()[:3])
        self.from_date.setDate(QDate(today.year(), today.month(), 1))
        self.to_date.setDate(today)
        for edit in (self.from_date, self.to_date):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
            edit.setEnabled(False)
        self.from_date.setAccessibleName(self.tr("Period from"))
        self.to_date.setAccessibleName(self.tr("Period to"))
        page_label = QLabel(self.tr("Pa&ge:"), self)
        page_label.setBuddy(self.page_filter)
        status_label = QLabel(self.tr("&Show:"), self)
        status_label.setBuddy(self.status_filter)
        dash = QLabel("–", self)
        for widget in (
            page_label,
            self.page_filter,
            status_label,
            self.status_filter,
            self.period_check,
            self.from_date,
            dash,
            self.to_date,
        ):
            filters.addWidget(widget)
        filters.addStretch(1)
        layout.addLayout(filters)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        upper = QSplitter(Qt.Orientation.Horizontal, self.splitter)
        # The backlog a window at a time: the model reads more as the list is scrolled (issue 19).
        self.model = BacklogModel(self)
        self.table = QTableView(upper)
        self.table.setModel(self.model)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrow keys move between cells
        self.table.setAccessibleName(self.tr("Items for the archive"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        # Sized to the rows read so far (ResizeToContents would measure every row on each window).
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_WHAT, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        selection = self.table.selectionModel()
        assert selection is not None
        selection.currentRowChanged.connect(lambda *_: self.show_preview())
        self.preview = QTextBrowser(upper)
        show_focus_frame(self.preview)  # a Tab stop (it scrolls by keys), so its focus must show
        self.preview.setAccessibleName(self.tr("Preview of what goes into the package"))
        self.preview.setOpenLinks(False)
        upper.addWidget(self.table)
        upper.addWidget(self.preview)
        upper.setStretchFactor(0, 3)
        upper.setStretchFactor(1, 2)

        history = QGroupBox(self.tr("Packages written"), self.splitter)
        history_layout = QVBoxLayout(history)
        self.history = QTableWidget(0, 5, history)
        self.history.setTabKeyNavigation(False)  # Tab leaves the table; arrow keys move between cells
        self.history.setHorizontalHeaderLabels(
            [
                self.tr("Written"),
                self.tr("Package"),
                self.tr("Items"),
                self.tr("Where"),
                self.tr("Last check"),
            ]
        )
        self.history.setAccessibleName(self.tr("Packages written"))
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.verticalHeader().setVisible(False)
        hheader = self.history.horizontalHeader()
        hheader.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        hheader.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        history_layout.addWidget(self.history)
        row = QHBoxLayout()
        self.verify_button = QPushButton(self.tr("&Verify this package again"), history)
        self.verify_button.setToolTip(
            self.tr(
                "Read the package where it was written and check every checksum and every arkivmelding.xml"
            )
        )
        self.verify_button.clicked.connect(self.verify_selected)
        self.verify_label = QLabel(history)
        self.verify_label.setWordWrap(True)
        self.verify_label.setTextFormat(Qt.TextFormat.PlainText)
        self.verify_label.setAccessibleName(self.tr("Result of the check"))
        row.addWidget(self.verify_button)
        row.addWidget(self.verify_label, 1)
        history_layout.addLayout(row)
        self.splitter.addWidget(upper)
        self.splitter.addWidget(history)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        layout.addWidget(self.splitter, 1)

        # The pages are read with the list (refresh), after the first paint at start-up.
        self.page_filter.addItem(self.tr("All pages"), None)
        self._fill_status_choices()
        self.page_filter.currentIndexChanged.connect(self.refresh)
        self.status_filter.currentIndexChanged.connect(self.refresh)
        self.period_check.toggled.connect(self._period_toggled)
        self.from_date.dateChanged.connect(self.refresh)
        self.to_date.dateChanged.connect(self.refresh)
        # Built while the main window is being made (start-up), the tab paints first and reads the
        # backlog on the next turn of the event loop after that paint (issue 19); built alone (tests) or
        # once the window is showing (a tab opened later) it fills at once.
        self._filled = False
        self._fill_queued = False
        self._sized = False
        self._listed: tuple[Any, ...] | None = None  # the filters the list was read with
        if parent is None or parent.window().isVisible():
            self.refresh()
        else:
            self.table.installEventFilter(self)  # reached by the keyboard first: fill now

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if watched is self.table and event.type() == QEvent.Type.FocusIn and not self._filled:
            self._queued_fill()
        return super().eventFilter(watched, event)

    def paintEvent(self, event: Any) -> None:
        super().paintEvent(event)
        if not self._filled and not self._fill_queued:
            self._fill_queued = True
            QTimer.singleShot(0, self, self._queued_fill)

    def _queued_fill(self) -> None:
        if self._filled:
            return
        if not self.isVisible():  # closed before the queued fill came round: fill when painted again
            self._fill_queued = False
            return
        self.refresh()

    @classmethod
    def title(cls) -> str:
        return TAB.title()

    # -- filters ---------------------------------------------------------------------------------

    def _fill_choices(self) -> None:
        self.page_filter.blockSignals(True)
        current = self.page_filter.currentData()
        self.page_filter.clear()
        self.page_filter.addItem(self.tr("All pages"), None)
        for page in sorted(self.context.register.pages(), key=lambda p: p.name.lower()):
            self.page_filter.addItem(page.name or page.id, page.id)
        index = self.page_filter.findData(current)
        self.page_filter.setCurrentIndex(max(0, index))
        self.page_filter.blockSignals(False)

    def _fill_status_choices(self) -> None:
        for text, value in (
            (self.tr("To be archived"), ("pending",)),
            (self.tr("Exported, not journalført"), ("exported",)),
            (self.tr("Journalført"), ("journalfort",)),
            (self.tr("All"), None),
        ):
            self.status_filter.addItem(text, value)

    def _period_toggled(self, on: bool) -> None:
        self.from_date.setEnabled(on)
        self.to_date.setEnabled(on)
        self.refresh()

    def filters(self) -> tuple[str | None, dt.date | None, dt.date | None]:
        """The page and period chosen (the export takes the same)."""
        page_id = self.page_filter.currentData()
        if not self.period_check.isChecked():
            return page_id, None, None
        return page_id, _date(self.from_date.date()), _date(self.to_date.date())

    # -- showing ---------------------------------------------------------------------------------

    def status_text(self, status: str) -> str:
        return status_text(status)

    def refresh(self) -> None:
        """Reload counts, the list and the history from the archive service.

        The counts come from SQLite (the backlog indexes); the list reads its first window, and more as
        it is scrolled. After a change (an export, a receipt, a journal number) the list reads as far as
        it had been scrolled, and the selected item stays selected (if it is still listed; if not, the
        row it was on).
        """
        self._filled = True
        kept, kept_row = self.selected_key(), self.table.currentIndex().row()
        shown = self.model.rowCount()
        scrolled = self.table.verticalScrollBar().value()
        self._fill_choices()
        page_id, date_from, date_to = self.filters()
        counts = self.service.backlog_counts(page_id, date_from, date_to)
        texts = {
            "pending": self.tr("To be archived: {n}"),
            "exported": self.tr("Exported, awaiting journal: {n}"),
            "journalfort": self.tr("Journalført: {n}"),
        }
        for status, label in self.count_labels.items():
            label.setText(f"<b>{html.escape(texts[status].format(n=counts[status]))}</b>")
            label.setAccessibleName(texts[status].format(n=counts[status]))
        self.export_button.setEnabled(counts["pending"] > 0)
        wanted = self.status_filter.currentData()
        service = self.service

        def source(after: Any, limit: int) -> tuple[list[Any], Any]:
            return service.backlog_window(page_id, date_from, date_to, wanted, after, limit)

        same_list = (page_id, date_from, date_to, wanted) == self._listed
        self._listed = (page_id, date_from, date_to, wanted)
        self.model.set_source(source)
        if same_list:  # the same filters: read on as far as the user had scrolled
            while self.model.rowCount() < shown and self.model.canFetchMore():
                self.model.fetchMore()
        if not self._sized and self.model.rowCount():
            self._sized = True  # the columns fit the first window once; the user may resize them after
            self._size_columns()
        if self.model.rowCount():
            row = self.model.row_of(kept) if kept is not None else -1
            if row < 0:
                row = min(kept_row, self.model.rowCount() - 1) if same_list and kept_row >= 0 else 0
            self.select_row(row)  # the preview follows (the reset left no current row, so it changes)
            if same_list:
                self.table.verticalScrollBar().setValue(scrolled)
        else:
            self.show_preview()
        self._fill_history()

    def _size_columns(self) -> None:
        """Fit the columns to the first window's texts by font metrics: resizeColumnsToContents asked
        every cell's size hint (icons, styles) and took ~0.15 s of the tab's first fill (issue 19)."""
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        pad = 3 * metrics.averageCharWidth()  # the cell's margins and some air
        rows = [self.model.item_at(r) for r in range(self.model.rowCount())]
        texts = {
            COL_STATUS: [status_text(s) for s in STATUS_TEXTS],
            COL_DATE: ["00.00.0000"],
            COL_PAGE: [r.page_name for r in rows if r is not None],
            COL_NUMBER: [r.journal_number or r.package_file for r in rows if r is not None],
        }
        icon_room = {COL_STATUS: metrics.height() + 8}  # the status icon (a small icon, text high)
        for column, strings in texts.items():
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            wanted = max(metrics.horizontalAdvance(t) for t in [title, *strings]) + pad
            header.resizeSection(column, min(wanted + icon_room.get(column, 0), 360))

    def select_row(self, row: int) -> None:
        """Make ``row`` of the list the current, selected one (the preview follows)."""
        selection = self.table.selectionModel()
        assert selection is not None
        selection.setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )

    def selected_key(self) -> tuple[str, str] | None:
        item = self.model.item_at(self.table.currentIndex().row())
        return (item.kind, item.item_id) if item is not None else None

    def _selected_title(self) -> str:
        item = self.model.item_at(self.table.currentIndex().row())
        return item.title if item is not None else ""

    def show_preview(self) -> None:
        """The selected item as it goes into the package: its metadata, its text, its files."""
        key = self.selected_key()
        if key is None:
            hint = self.tr("Select an item to see what goes into the package.")
            self.preview.setHtml(f"<p>{html.escape(hint)}</p>")
            return
        items = self.service.items_for_export(keys=[key])
        item = items[0]
        status = self.service.status_of(*key) or "pending"
        status_label = self.tr("Status")
        parts = [
            f"<h3>{html.escape(item.title)}</h3>",
            f"<p><b>{html.escape(status_label)}:</b> {html.escape(self.status_text(status))}</p>",
            "<table>",
        ]
        for label, value in item.fields:
            parts.append(f"<tr><td><b>{html.escape(label)}</b></td><td>{html.escape(value)}</td></tr>")
        parts.append("</table>")
        if item.text:
            shown = item.text if len(item.text) < 2000 else item.text[:2000] + "…"
            parts.append(f"<p>{html.escape(shown).replace(chr(10), '<br/>')}</p>")
        files = ["arkivmelding.xml", "dokument.pdf", *(a.file_name for a in item.attachments), "data.json"]
        files_label = self.tr("Files in the package")
        parts.append(f"<p><b>{html.escape(files_label)}:</b> {html.escape(', '.join(files))}</p>")
        self.preview.setHtml("".join(parts))

    def _fill_history(self) -> None:
        packages = self.service.packages()
        with bulk_fill(self.history):
            self.history.setRowCount(len(packages))
            for r, package in enumerate(packages):
                ok = package.get("verify_ok")
                check = QTableWidgetItem(
                    icon("ok" if ok else "error"),
                    (self.tr("OK") if ok else self.tr("FAILED"))
                    + " "
                    + _local_time(package.get("verified_at")),
                )
                name = QTableWidgetItem(package.get("file_name") or "")
                name.setData(KEY_ROLE, package["id"])
                cells = [
                    QTableWidgetItem(_local_time(package.get("created_at"))),
                    name,
                    QTableWidgetItem(str(package.get("item_count") or 0)),
                    QTableWidgetItem(package.get("target") or ""),
                    check,
                ]
                for c, cell in enumerate(cells):
                    self.history.setItem(r, c, cell)
        if packages and self.history.currentRow() < 0:
            self.history.selectRow(0)
        self.verify_button.setEnabled(bool(packages) and self.verify_job is None)

    # -- actions ---------------------------------------------------------------------------------

    def primary_action(self) -> None:
        """Export: the dialog with target, form, progress and cancel."""
        page_id, date_from, date_to = self.filters()
        from mtk_admin_desktop.ui.archive.export_dialog import ArchiveExportDialog  # dialogs load on use

        result = ArchiveExportDialog.ask(self.context, page_id, date_from, date_to, self)
        if result is not None:
            self.status_message.emit(
                self.tr("Wrote {file} ({n} items).").format(file=result.file_name, n=len(result.item_keys))
            )
            self.refresh()
            self.data_changed.emit()

    @classmethod
    def ask_receipt_file(cls, parent: QWidget) -> str:
        """The receipt file the user picks ("" if none); tests replace this."""
        path, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("ArchivePage", "Receipt from the archive"),
            "",
            QCoreApplication.translate("ArchivePage", "XML files (*.xml);;All files (*)"),
        )
        return path

    def import_receipt(self) -> None:
        from mtk_admin_desktop.services.archive import ArchiveError

        path = self.ask_receipt_file(self)
        if not path:
            return
        try:
            result = self.service.import_receipt(Path(path))
        except ArchiveError as exc:
            self.verify_label.setText(self.tr("Could not read the receipt: {error}").format(error=exc))
            self.status_message.emit(self.verify_label.text())
            return
        if result.already and self.ask_replace_journal_numbers(len(result.already)):
            try:
                again = self.service.import_receipt(Path(path), replace=True)
            except ArchiveError as exc:
                self.verify_label.setText(self.tr("Could not read the receipt: {error}").format(error=exc))
                self.status_message.emit(self.verify_label.text())
                return
            again.marked = result.marked + [k for k in again.marked if k not in result.marked]
            result = again
        message = self.tr("%n item(s) marked as journalført.", "", len(result.marked))
        if result.not_exported:
            message += " " + self.tr(
                "%n item(s) were never exported and were not marked; export them first.",
                "",
                len(result.not_exported),
            )
        if result.already:
            message += " " + self.tr(
                "%n item(s) were journalført already and were left as they were.", "", len(result.already)
            )
        if result.invalid:
            message += " " + self.tr(
                "%n item(s) have an implausible journal year or sequence number and were not marked.",
                "",
                len(result.invalid),
            )
        if result.unknown or result.foreign:
            message += " " + self.tr(
                "%n item(s) in the receipt are not known here.", "", len(result.unknown) + len(result.foreign)
            )
        self.verify_label.setText(message)
        self.status_message.emit(message)
        self.refresh()
        self.data_changed.emit()

    def ask_replace_journal_numbers(self, count: int) -> bool:
        """Whether to replace the journal numbers of ``count`` items journalført already (tests replace
        this to answer)."""
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self,
            self.tr("Replace journal numbers?"),
            self.tr(
                "%n item(s) in the receipt are journalført already with a journal number. Replace their "
                "journal numbers with the ones in this receipt?",
                "",
                count,
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def enter_journal_number(self) -> None:
        from mtk_admin_desktop.services.archive import ArchiveError
        from mtk_admin_desktop.ui.archive.journal_dialog import JournalDialog  # dialogs load on use

        key = self.selected_key()
        if key is None:
            self.status_message.emit(self.tr("Select an item first."))
            return
        answer = JournalDialog.ask(self._selected_title(), self)
        if answer is None:
            return
        year, seq, reference = answer
        try:
            self.service.mark_journalfort(key[0], key[1], year, seq, reference)
        except ArchiveError as exc:
            self.status_message.emit(str(exc))
            return
        self.refresh()
        self.data_changed.emit()

    def set_screening(self) -> None:
        """Ask for the selected item's skjerming and store it (it goes into the item's arkivmelding)."""
        from mtk_admin_desktop.services.archive import ArchiveError
        from mtk_admin_desktop.ui.archive.screening_dialog import ScreeningDialog

        key = self.selected_key()
        if key is None:
            self.status_message.emit(self.tr("Select an item first."))
            return
        current = self.service.status_row(*key) or {}
        answer = ScreeningDialog.ask(
            self._selected_title(),
            str(current.get("skjerming_code") or ""),
            str(current.get("skjerming_basis") or ""),
            self,
        )
        if answer is None:
            return
        try:
            self.service.set_screening(key[0], key[1], *answer)
        except ArchiveError as exc:
            self.status_message.emit(str(exc))
            return
        self.status_message.emit(self.tr("Skjerming saved.") if answer[0] else self.tr("Skjerming removed."))
        self.refresh()
        self.data_changed.emit()

    def verify_selected(self) -> None:
        """Verify the selected package again, in the background."""
        row = self.history.currentRow()
        item = self.history.item(row, 1) if row >= 0 else None
        if item is None or self.verify_job is not None:
            return
        package_id = item.data(KEY_ROLE)
        context = self.context
        self.verify_button.setEnabled(False)
        self.verify_label.setText(self.tr("Checking {file}…").format(file=item.text()))

        def work(job: Job) -> Any:
            with context.for_worker() as worker:
                return worker.archive.verify_again(package_id, progress=job.progress)

        def done(report: Any) -> None:
            from mtk_admin_desktop.services.archive_verify import problem_message

            self.verify_job = None
            if report.ok:
                text = self.tr("OK: {files} files and {xml} arkivmelding.xml checked.").format(
                    files=report.files_checked, xml=report.xml_checked
                )
            else:
                text = self.tr("{n} problem(s): {first}").format(
                    n=len(report.problems), first=problem_message(report.problems[0])
                )
            self.verify_label.setText(text)
            self.status_message.emit(text)
            self._fill_history()

        def failed(message: str, _trace: str) -> None:
            self.verify_job = None
            self.verify_label.setText(message)
            self._fill_history()

        self.verify_job = run_job(
            work,
            on_done=done,
            on_error=failed,
            on_progress=lambda d, t, s: self.verify_label.setText(f"{d}/{t} {s}"),
        )


def _date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def _local_time(value: str | None) -> str:
    if not value:
        return ""
    try:
        parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return value
    return parsed.astimezone().strftime("%d.%m.%Y %H:%M")
