"""The export dialog: target (folder or ZIP), progress and cancel, the work off the GUI thread."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from mtk_admin_desktop.services.context import AppContext
from mtk_admin_desktop.ui.worker import Job, run_job


class ArchiveExportDialog(QDialog):
    """Choose where the package goes and in which form, then write it with a progress bar."""

    exported = Signal(object)  # the PackageResult

    def __init__(
        self,
        context: AppContext,
        page_id: str | None = None,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.page_id, self.date_from, self.date_to = page_id, date_from, date_to
        self.job: Job | None = None
        self.result_package: Any = None
        self.error_message = ""
        self.setWindowTitle(self.tr("Export to the archive"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)

        pending = context.archive.backlog(page_id, date_from, date_to, ("pending",))
        self.item_count = len(pending)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setText(
            self.tr("%n item(s) to be archived will go into the package.", "", self.item_count)
        )
        layout.addWidget(self.summary)

        form = QFormLayout()
        row = QHBoxLayout()
        self.target_edit = QLineEdit(self)
        self.target_edit.setPlaceholderText(self.tr("A USB stick or a folder on the share"))
        self.target_edit.setText(context.archive.last_target())
        self.browse_button = QPushButton(self.tr("&Browse…"), self)
        self.browse_button.clicked.connect(self.browse)
        row.addWidget(self.target_edit, 1)
        row.addWidget(self.browse_button)
        target_label = QLabel(self.tr("&Target folder:"), self)
        target_label.setBuddy(self.target_edit)
        form.addRow(target_label, row)

        self.zip_radio = QRadioButton(self.tr("One &ZIP file (recommended)"), self)
        self.folder_radio = QRadioButton(self.tr("A plain f&older"), self)
        self.zip_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.zip_radio)
        group.addButton(self.folder_radio)
        forms = QVBoxLayout()
        forms.addWidget(self.zip_radio)
        forms.addWidget(self.folder_radio)
        form.addRow(QLabel(self.tr("Form:"), self), forms)

        # Where the archive places each journalpost: the municipality's setting, changed here.
        self.parent_folder_edit = QLineEdit(str(context.settings.get("archive.parent_folder") or ""), self)
        self.parent_folder_edit.setPlaceholderText(
            self.tr("e.g. 2026/123 (leave empty to use the archive part)")
        )
        folder_label = QLabel(self.tr("&Parent folder (mappeID):"), self)
        folder_label.setBuddy(self.parent_folder_edit)
        form.addRow(folder_label, self.parent_folder_edit)
        self.arkivdel_edit = QLineEdit(str(context.settings.get("archive.arkivdel") or ""), self)
        self.arkivdel_edit.setPlaceholderText(self.tr("The archive part's code, if no parent folder"))
        arkivdel_label = QLabel(self.tr("Archive p&art (arkivdel):"), self)
        arkivdel_label.setBuddy(self.arkivdel_edit)
        form.addRow(arkivdel_label, self.arkivdel_edit)
        layout.addLayout(form)

        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Export progress"))
        self.progress.setRange(0, max(1, self.item_count + 1))
        self.progress.setValue(0)
        layout.addWidget(self.progress)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setAccessibleName(self.tr("Export status"))
        layout.addWidget(self.status)

        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.export_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.export_button.setEnabled(self.item_count > 0)
        layout.addWidget(self.buttons)
        if not self.item_count:
            self.status.setText(self.tr("Nothing to archive with these filters."))

    @classmethod
    def ask(
        cls,
        context: AppContext,
        page_id: str | None = None,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> Any:
        """Show the dialog; returns the written package (PackageResult) or None."""
        dialog = cls(context, page_id, date_from, date_to, parent)
        dialog.exec()
        return dialog.result_package

    def browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the target folder"), self.target_edit.text()
        )
        if folder:
            self.target_edit.setText(folder)

    def form(self) -> str:
        return "zip" if self.zip_radio.isChecked() else "folder"

    def _busy(self, busy: bool) -> None:
        for widget in (
            self.target_edit,
            self.browse_button,
            self.zip_radio,
            self.folder_radio,
            self.parent_folder_edit,
            self.arkivdel_edit,
            self.export_button,
        ):
            widget.setEnabled(not busy)

    def start(self) -> None:
        """Check the target and start writing in the background."""
        text = self.target_edit.text().strip()
        if not text:
            self.status.setText(self.tr("Choose a target folder first."))
            self.target_edit.setFocus()
            return
        target = Path(text)
        if not target.is_dir():
            self.status.setText(
                self.tr("The folder {path} does not exist (is the USB stick plugged in?).").format(
                    path=target
                )
            )
            return
        self._busy(True)
        self.error_message = ""
        self.status.setText(self.tr("Writing the package…"))
        context, form = self.context, self.form()
        page_id, date_from, date_to = self.page_id, self.date_from, self.date_to
        arkivdel, parent_folder = self.arkivdel_edit.text().strip(), self.parent_folder_edit.text().strip()
        # What is used here becomes the default for the next export (on every laptop: a shared setting).
        for key, value in (("archive.arkivdel", arkivdel), ("archive.parent_folder", parent_folder)):
            if str(context.settings.get(key) or "") != value:
                context.settings.set(key, value)

        def work(job: Job) -> Any:
            # The placement is what the user typed here (not the setting read again: a sync may change it).
            with context.for_worker() as worker:
                return worker.archive.export(
                    target,
                    form,
                    page_id,
                    date_from,
                    date_to,
                    progress=job.progress,
                    check=job.check,
                    arkivdel=arkivdel,
                    parent_folder=parent_folder,
                )

        self.job = run_job(work, on_done=self._done, on_error=self._failed, on_progress=self._progressed)
        self.job.cancelled_signal.connect(self._cancelled)

    def _progressed(self, done: int, total: int, text: str) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)
        self.status.setText(text)

    def _done(self, result: Any) -> None:
        self.job = None
        self.result_package = result
        self.context.archive.set_last_target(self.target_edit.text().strip())
        self.progress.setValue(self.progress.maximum())
        self.exported.emit(result)
        self.accept()

    def _failed(self, message: str, _trace: str) -> None:
        self.job = None
        self.error_message = message
        self.status.setText(message)
        self._busy(False)
        self.progress.setValue(0)

    def _cancelled(self) -> None:
        self.job = None
        self.status.setText(self.tr("Cancelled. Nothing was marked as exported."))
        self._busy(False)
        self.progress.setValue(0)

    def cancel(self) -> None:
        """Cancel a running export (it stops between files and cleans up), or close the dialog."""
        if self.job is not None:
            self.status.setText(self.tr("Cancelling…"))
            self.job.cancel()
            return
        self.reject()

    def reject(self) -> None:
        if self.job is not None:  # Escape while writing: cancel first, never leave a half-written package
            self.cancel()
            return
        super().reject()
