"""Small dialogs of the Pages tab: a new role, a review, the yearly list, and "save changes?".

Each has a classmethod ``ask(...)`` returning the answer (or None for cancel) so tests can replace it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mtk_admin_desktop import i18n
from mtk_admin_desktop.domain import clock
from mtk_admin_desktop.domain import register as rules
from mtk_admin_desktop.domain.records import PageRole
from mtk_admin_desktop.ui.widgets.dates import DateEdit, guard_wheel
from mtk_admin_desktop.ui.widgets.unsaved import UnsavedQuestion


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def date_edit(parent: QWidget, day: dt.date | None = None) -> DateEdit:
    """A date field typed as dd.mm.yyyy, with a calendar button (today unless ``day``)."""
    return DateEdit(parent, day or clock.today())


def _date_ok(dialog: QDialog, *edits: DateEdit) -> bool:
    """Every date filled in and a date; otherwise say so and focus the field."""
    for edit in edits:
        if edit.date() is None or not edit.is_valid():
            QMessageBox.warning(
                dialog,
                dialog.windowTitle(),
                QCoreApplication.translate(
                    "RegisterDialogs", "Type the date as dd.mm.yyyy, for example 03.12.2026."
                ),
            )
            edit.setFocus()
            return False
    return True


class RoleDialog(QDialog):
    """A person's new role on a page: name, e-mail, role, from when, and the R9 acknowledgement."""

    def __init__(
        self,
        parent: QWidget | None = None,
        default_role: str = "hovedadministrator",
        existing: PageRole | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add role") if existing is None else self.tr("Correct name or e-mail"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit(self)
        self.email = QLineEdit(self)
        self.email.setPlaceholderText("fornavn.etternavn@mt.kommune.no")
        self.role = QComboBox(self)
        for key in rules.ROLES:
            self.role.addItem(i18n.tr_text(rules.label(rules.ROLE_LABELS, key)), key)
        self.role.setCurrentIndex(rules.ROLES.index(default_role))
        self.from_date = date_edit(self)
        self.acknowledged = QCheckBox(self.tr("Has acknowledged the administrator duties (R9)"), self)
        self.acknowledged.setToolTip(i18n.tr_text(_r9_quote()))
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&E-mail:"), self.email)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.tr("&From:"), self.from_date)
        form.addRow("", self.acknowledged)
        layout.addLayout(form)
        duties = QLabel(i18n.tr_text(_r9_quote()), self)
        duties.setWordWrap(True)
        layout.addWidget(duties)
        if existing is not None:
            # Only typos are corrected here: a new role or date is history, recorded as end + add.
            self.name.setText(existing.person_name)
            self.email.setText(existing.email)
            self.role.setCurrentIndex(max(self.role.findData(existing.role), 0))
            self.role.setEnabled(False)
            self.from_date.setEnabled(False)
            self.acknowledged.hide()
            duties.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        guard_wheel(self)

    def _accept(self) -> None:
        if _date_ok(self, self.from_date):
            self.accept()

    def values(self) -> dict[str, Any]:
        day = self.from_date.date() or clock.today()
        return {
            "person_name": self.name.text().strip(),
            "email": self.email.text().strip(),
            "role": self.role.currentData(),
            "from_date": day,
            "acknowledged_on": day if self.acknowledged.isChecked() else None,
        }

    @classmethod
    def ask(
        cls,
        parent: QWidget | None = None,
        default_role: str = "hovedadministrator",
        existing: PageRole | None = None,
    ) -> dict[str, Any] | None:
        """The new role's values (or the corrected ones of ``existing``), or None if cancelled."""
        dialog = cls(parent, default_role, existing)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None


def _r9_quote() -> Any:
    from mtk_admin_desktop.domain.rules import rule_quote

    return rule_quote("R9")


class ReviewDialog(QDialog):
    """One entry of the monthly review log (R4): when, by whom, what was found."""

    def __init__(self, parent: QWidget | None = None, reviewer: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Log review"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.day = date_edit(self)
        self.day.set_range(None, clock.today())
        self.reviewer = QLineEdit(reviewer, self)
        self.note = QPlainTextEdit(self)
        self.note.setPlaceholderText(self.tr("What was checked, what was changed"))
        self.note.setTabChangesFocus(True)
        form.addRow(self.tr("&Date:"), self.day)
        form.addRow(self.tr("Reviewed &by:"), self.reviewer)
        form.addRow(self.tr("&Note:"), self.note)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        guard_wheel(self)

    def _accept(self) -> None:
        if _date_ok(self, self.day):
            self.accept()

    def values(self) -> dict[str, Any]:
        return {
            "reviewed_on": self.day.date() or clock.today(),
            "reviewed_by": self.reviewer.text().strip(),
            "note": self.note.toPlainText().strip(),
        }

    @classmethod
    def ask(cls, parent: QWidget | None = None, reviewer: str = "") -> dict[str, Any] | None:
        dialog = cls(parent, reviewer)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None


class YearlyListDialog(QDialog):
    """Choose the year and the file of "Kommunens kontoer pr. 1.1.ÅÅÅÅ" (R1)."""

    def __init__(self, parent: QWidget | None = None, year: int | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Yearly list of accounts"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The list shows the accounts as the register stood at midnight on 1 January of "
                "the year chosen."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.year = QSpinBox(self)
        self.year.setRange(2000, clock.today().year + 1)
        self.year.setValue(year or clock.today().year)
        form.addRow(self.tr("&Year (as of 1 January):"), self.year)
        kinds = QHBoxLayout()
        self.pdf = QRadioButton(self.tr("&PDF"), self)
        self.csv = QRadioButton(self.tr("&CSV (Excel)"), self)
        self.pdf.setChecked(True)
        kinds.addWidget(self.pdf)
        kinds.addWidget(self.csv)
        kinds.addStretch(1)
        form.addRow(self.tr("Format:"), kinds)
        self.path = QLineEdit(self)
        self.path.setAccessibleName(self.tr("File"))
        browse = QPushButton(self.tr("C&hoose..."), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        file_label = QLabel(self.tr("&File:"), self)
        file_label.setBuddy(self.path)  # a layout row gets no buddy by itself
        form.addRow(file_label, row)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        guard_wheel(self)
        self.year.valueChanged.connect(self._suggest)
        self.pdf.toggled.connect(self._suggest)
        self._suggest()

    def _suffix(self) -> str:
        return ".pdf" if self.pdf.isChecked() else ".csv"

    def _suggest(self) -> None:
        current = Path(self.path.text()) if self.path.text() else Path.home() / "Documents"
        folder = current.parent if self.path.text() else current
        if not folder.exists():
            folder = Path.home()
        self.path.setText(str(folder / f"kommunens-kontoer-{self.year.value()}{self._suffix()}"))

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.windowTitle(),
            self.path.text(),
            "PDF (*.pdf)" if self.pdf.isChecked() else "CSV (*.csv)",
        )
        if chosen:
            self.path.setText(chosen)

    def _accept(self) -> None:
        path = Path(self.path.text().strip())
        if not self.path.text().strip() or not path.parent.is_dir():
            QMessageBox.warning(self, self.windowTitle(), self.tr("Choose a file in a folder that exists."))
            return
        if path.suffix.lower() != self._suffix():
            self.path.setText(str(path.with_suffix(self._suffix())))
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None = None, year: int | None = None) -> tuple[int, Path] | None:
        """(year, file) to write, or None if cancelled."""
        dialog = cls(parent, year)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.year.value(), Path(dialog.path.text().strip())


class UnsavedDialog(UnsavedQuestion):
    """ "Save the changes to this page?" before the form shows another page (Save, Discard, Cancel)."""
