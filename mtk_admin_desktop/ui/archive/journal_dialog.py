"""Entering an item's journal number by hand (when the archive sends no receipt file)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mtk_admin_desktop.domain import clock


class JournalDialog(QDialog):
    """Journal year, sequence number and the archive's reference for one item."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Journal number"))
        layout = QVBoxLayout(self)
        about = QLabel(title, self)
        about.setWordWrap(True)
        layout.addWidget(about)
        form = QFormLayout()
        self.year = QSpinBox(self)
        self.year.setRange(1990, 2200)
        self.year.setValue(clock.today().year)
        self.seq = QSpinBox(self)
        self.seq.setRange(0, 9_999_999)
        self.seq.setSpecialValueText(self.tr("(none)"))
        self.reference = QLineEdit(self)
        self.reference.setPlaceholderText(self.tr("e.g. 26/01234-3 or the archive system's id"))
        for text, widget in (
            (self.tr("Journal &year:"), self.year),
            (self.tr("&Sequence number:"), self.seq),
            (self.tr("Archive &reference:"), self.reference),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
        layout.addLayout(form)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def values(self) -> tuple[int | None, int | None, str]:
        seq = self.seq.value() or None
        return (self.year.value() if seq else None, seq, self.reference.text().strip())

    def _accept(self) -> None:
        year, seq, reference = self.values()
        if seq is None and not reference:
            self.error.setText(self.tr("Give a sequence number or the archive's reference."))
            self.seq.setFocus()
            return
        self.accept()

    @classmethod
    def ask(cls, title: str, parent: QWidget | None = None) -> tuple[int | None, int | None, str] | None:
        """(journal year, sequence number, reference), or None if cancelled."""
        dialog = cls(title, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.values()
