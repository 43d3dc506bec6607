"""Dialogs of the planning tab: CSV import with preview and row errors, and setting a crisis period (R16)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mtk_admin_desktop import i18n
from mtk_admin_desktop.domain import clock
from mtk_admin_desktop.domain.planning import OSLO
from mtk_admin_desktop.icons import severity_icon
from mtk_admin_desktop.services.context import AppContext
from mtk_admin_desktop.services.planning import PlanningError
from mtk_admin_desktop.services.planning_exchange import (
    CHANGED_SINCE,
    DIFFERS,
    NEW,
    RESTORED,
    UNCHANGED,
    UPDATED,
    ImportPreview,
    describe_row,
)
from mtk_admin_desktop.ui import palette
from mtk_admin_desktop.ui.focus_frame import show_focus_frame
from mtk_admin_desktop.ui.screen_fit import fit_to_screen


def _qdatetime(moment: dt.datetime) -> QDateTime:
    """The wall-clock reading of ``moment`` (Oslo time) as a QDateTime, to the minute."""
    return QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute))

class CsvImportDialog(QDialog):
    """Shows what a CSV import would do, row by row; imports only when every row is valid.

    Posts changed in the app after the file was made (or, in a file without versions, posts that differ
    from the app), and posts deleted in the app, are named and skipped unless the user ticks the box that
    overwrites (restores) them.
    """

    def __init__(self, context: AppContext, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.path = path
        self.imported = 0
        self.preview: ImportPreview = context.planning.preview_csv(path)
        self.setWindowTitle(self.tr("Import posts from CSV"))
        fit_to_screen(self, 860, 560)
        layout = QVBoxLayout(self)
        ok = self.preview.ok
        summary = QLabel(self)
        summary.setWordWrap(True)
        if ok:
            summary.setText(
                self.tr("{file}: {summary} Nothing is written until you choose Import.").format(
                    file=path.name, summary=i18n.tr_text(self.preview.summary())
                )
            )
        else:
            summary.setText(
                self.tr(
                    "{file} cannot be imported: fix the errors below and try again. Nothing has "
                    "been imported."
                ).format(file=path.name)
            )
        layout.addWidget(summary)
        self.table = QTableWidget(len(self.preview.rows), 5, self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrow keys move between cells
        self.table.setAccessibleName(self.tr("Rows to import"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Line"), self.tr("When"), self.tr("Title"), self.tr("Kind"), self.tr("Result")]
        )
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        results = {
            NEW: (self.tr("new"), "ok"),
            UPDATED: (self.tr("update"), "ok"),
            UNCHANGED: (self.tr("unchanged"), "ok"),
            CHANGED_SINCE: (self.tr("newer edit in the app"), "warning"),
            DIFFERS: (self.tr("differs (cannot tell which side changed)"), "warning"),
            RESTORED: (self.tr("deleted in the app"), "warning"),
        }
        for row, item in enumerate(self.preview.rows):
            values = item.values
            result, icon_key = (self.tr("error"), "error") if item.errors else results[item.action]
            cells = [
                str(item.line),
                values.get("planned_at") or "",
                values.get("title") or "",
                values.get("kind") or "",
                result,
            ]
            for col, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if col == 4:
                    cell.setIcon(severity_icon(icon_key))
                self.table.setItem(row, col, cell)
        layout.addWidget(self.table, 2)

        # The posts the file would set back or bring back, by name, each behind its own choice.
        changed = self.preview.rows_of(CHANGED_SINCE) if ok else []
        differing = self.preview.rows_of(DIFFERS) if ok else []
        deleted = self.preview.rows_of(RESTORED) if ok else []
        self.choices = QListWidget(self)
        self.choices.setAccessibleName(self.tr("Posts that need your choice"))
        choices_label = QLabel(self.tr("Posts that need your &choice:"), self)
        choices_label.setBuddy(self.choices)
        for item in changed:
            self.choices.addItem(
                self.tr("Changed in the app: {post}").format(post=i18n.tr_text(describe_row(item)))
            )
        for item in differing:
            self.choices.addItem(
                self.tr("Different in the app and in the file: {post}").format(
                    post=i18n.tr_text(describe_row(item))
                )
            )
        for item in deleted:
            self.choices.addItem(
                self.tr("Deleted in the app: {post}").format(post=i18n.tr_text(describe_row(item)))
            )
        # Without versions the app cannot say the app's side is the newer one, so it says only "differ".
        overwrite_text = (
            self.tr("&Overwrite the posts that differ from the app ({count})")
            if differing
            else self.tr("&Overwrite the posts changed in the app after the file was made ({count})")
        )
        self.overwrite = QCheckBox(overwrite_text.format(count=len(changed) + len(differing)), self)
        # Why some posts "differ": the file has no version column, said in plain words.
        notice = self.preview.notice() if ok else None
        self.notice = QLabel(i18n.tr_text(notice) if notice is not None else "", self)
        self.notice.setWordWrap(True)
        self.notice.setVisible(notice is not None)
        restore_text = self.tr("&Restore the deleted posts ({count})")
        self.restore = QCheckBox(restore_text.format(count=len(deleted)), self)
        self.effect = QLabel(self)
        self.effect.setWordWrap(True)
        for widget in (choices_label, self.choices, self.overwrite, self.restore):
            widget.setVisible(bool(changed or differing or deleted))
        self.overwrite.setVisible(bool(changed or differing))
        self.restore.setVisible(bool(deleted))
        self.overwrite.toggled.connect(self._show_effect)
        self.restore.toggled.connect(self._show_effect)
        layout.addWidget(self.notice)
        layout.addWidget(choices_label)
        layout.addWidget(self.choices, 1)
        layout.addWidget(self.overwrite)
        layout.addWidget(self.restore)
        layout.addWidget(self.effect)
        self._show_effect()

        errors_label = QLabel(self.tr("&Errors:"), self)
        self.errors = QListWidget(self)
        self.errors.setAccessibleName(self.tr("Errors"))
        show_focus_frame(self.table, self.errors, self.choices)  # the style marks no focus in an empty list
        errors_label.setBuddy(self.errors)
        for line, text in self.preview.errors:
            prefix = self.tr("Line {line}: ").format(line=line) if line else ""
            self.errors.addItem(prefix + i18n.tr_text(text))
        if not self.preview.errors:
            self.errors.addItem(self.tr("No errors."))
        layout.addWidget(errors_label)
        layout.addWidget(self.errors, 1)
        # Posts that changed between this preview and Import: not written, named here (the dialog stays
        # open), so nobody takes the file's values for being in the app.
        self.skipped_label = QLabel(self)
        self.skipped_label.setWordWrap(True)
        self.skipped = QListWidget(self)
        self.skipped.setAccessibleName(self.tr("Posts not imported"))
        self.skipped_label.setBuddy(self.skipped)
        show_focus_frame(self.skipped)
        self.skipped_label.hide()
        self.skipped.hide()
        layout.addWidget(self.skipped_label)
        layout.addWidget(self.skipped, 1)
        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(ok)
        self.cancel = cancel = self.buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.do_import)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _show_effect(self) -> None:
        """Say what Import will write with the current choices, and what it leaves as it is."""
        if not self.preview.ok:
            self.effect.clear()
            return
        written = len(self.preview.to_write(self.overwrite.isChecked(), self.restore.isChecked()))
        self.effect.setText(
            self.tr("Posts Import writes: {count}. Left as they are in the app: {skipped}.").format(
                count=written, skipped=len(self.preview.rows) - written
            )
        )

    def do_import(self) -> None:
        try:
            result = self.context.planning.import_csv(
                self.preview, self.overwrite.isChecked(), self.restore.isChecked()
            )
        except PlanningError as exc:
            self.errors.addItem(i18n.tr_text(exc.text))
            return
        self.imported = int(result)
        if not result.skipped:
            self.accept()
            return
        # Done, but not all of it: the dialog stays open and names what was left out. The preview is
        # stale now, so Import is off; opening the file again shows those posts as they are.
        self.skipped_label.setText(
            self.tr(
                "Posts imported: {count}. Changed in the app after this preview and not imported: "
                "{skipped}; import the file again to see them:"
            ).format(count=self.imported, skipped=len(result.skipped))
        )
        for item in result.skipped:
            self.skipped.addItem(i18n.tr_text(describe_row(item)))
        self.skipped_label.show()
        self.skipped.show()
        self.import_button.setEnabled(False)
        self.overwrite.setEnabled(False)
        self.restore.setEnabled(False)
        self.cancel.setText(self.tr("Close"))
        self.cancel.setAccessibleName(self.tr("Close"))
        self.skipped.setFocus()

    @classmethod
    def ask(cls, context: AppContext, path: Path, parent: QWidget | None = None) -> int:
        """Preview and (if the user agrees) import; the number of posts imported (0 if none).

        Posts may be imported although the dialog is closed with Close (some were skipped and named).
        """
        dialog = cls(context, path, parent)
        dialog.exec()
        return dialog.imported


class CrisisDialog(QDialog):
    """The nettredaktør sets a crisis period: posts in it are on hold until kriseledelsen approves them."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.period_id: str | None = None
        self.setWindowTitle(self.tr("Crisis mode"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "In a crisis, communication goes through the crisis management (kriseledelsen). "
                "Posts planned in the period are shown as on hold until they are approved."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        now = clock.now_oslo().replace(second=0, microsecond=0)
        self.starts = QDateTimeEdit(_qdatetime(now), self)
        self.starts.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.starts.setCalendarPopup(True)
        self.starts.setAccessibleName(self.tr("Starts"))
        label = QLabel(self.tr("&Starts:"), self)
        label.setBuddy(self.starts)
        form.addRow(label, self.starts)
        self.open_ended = QCheckBox(self.tr("Until lifted"), self)
        self.open_ended.setChecked(True)
        form.addRow(self.open_ended)
        later = now + dt.timedelta(days=3)
        self.ends = QDateTimeEdit(_qdatetime(later), self)
        self.ends.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.ends.setCalendarPopup(True)
        self.ends.setEnabled(False)
        self.ends.setAccessibleName(self.tr("Ends"))
        self.open_ended.toggled.connect(lambda on: self.ends.setEnabled(not on))
        label = QLabel(self.tr("&Ends:"), self)
        label.setBuddy(self.ends)
        form.addRow(label, self.ends)
        self.note = QLineEdit(self)
        self.note.setAccessibleName(self.tr("What the crisis is"))
        label = QLabel(self.tr("&What the crisis is:"), self)
        label.setBuddy(self.note)
        form.addRow(label, self.note)
        layout.addLayout(form)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(palette.alert_css())
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.tr("Start crisis mode"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @staticmethod
    def _value(edit: QDateTimeEdit) -> dt.datetime:
        q = edit.dateTime()
        return dt.datetime(
            q.date().year(), q.date().month(), q.date().day(), q.time().hour(), q.time().minute(), tzinfo=OSLO
        )

    def save(self) -> None:
        ends = None if self.open_ended.isChecked() else self._value(self.ends)
        try:
            self.period_id = self.context.planning.start_crisis(
                self._value(self.starts), ends, self.note.text()
            )
        except PlanningError as exc:
            self.error.setText(i18n.tr_text(exc.text))
            return
        self.accept()

    @classmethod
    def ask(cls, context: AppContext, parent: QWidget | None = None) -> str | None:
        dialog = cls(context, parent)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        return dialog.period_id if dialog.exec() == QDialog.DialogCode.Accepted else None
