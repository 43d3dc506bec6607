"""Marking an item skjermet before export: the access restriction code and its legal basis."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


class ScreeningDialog(QDialog):
    """Tilgangsrestriksjon (e.g. 13) and skjermingshjemmel (e.g. offl. § 13 jf. fvl. § 13) of one item."""

    def __init__(self, title: str, code: str = "", basis: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Skjerming"))
        layout = QVBoxLayout(self)
        about = QLabel(title, self)
        about.setWordWrap(True)
        layout.addWidget(about)
        form = QFormLayout()
        self.code = QLineEdit(code, self)
        self.code.setPlaceholderText(self.tr("e.g. 13"))
        self.code.setMaxLength(40)
        self.basis = QLineEdit(basis, self)
        self.basis.setPlaceholderText(self.tr("e.g. offl. § 13 jf. fvl. § 13"))
        self.basis.setMaxLength(500)
        for text, widget in (
            (self.tr("Access &restriction (tilgangsrestriksjon):"), self.code),
            (self.tr("Legal &basis (skjermingshjemmel):"), self.basis),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
        layout.addLayout(form)
        hint = QLabel(self.tr("Leave both empty to remove the skjerming."), self)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def values(self) -> tuple[str, str]:
        return self.code.text().strip(), self.basis.text().strip()

    def _accept(self) -> None:
        code, basis = self.values()
        if bool(code) != bool(basis):
            self.error.setText(self.tr("Give both the access restriction and its legal basis, or neither."))
            (self.basis if code else self.code).setFocus()
            return
        self.accept()

    @classmethod
    def ask(
        cls, title: str, code: str = "", basis: str = "", parent: QWidget | None = None
    ) -> tuple[str, str] | None:
        """(code, basis), both empty to remove; None if cancelled."""
        dialog = cls(title, code, basis, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.values()
