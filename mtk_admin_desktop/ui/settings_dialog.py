"""The settings dialog: the user's name and e-mail, language, the R3 names, the shared folder."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mtk_admin_desktop.i18n import tr_text
from mtk_admin_desktop.services.context import AppContext
from mtk_admin_desktop.settings import OPTIONS
from mtk_admin_desktop.ui.screen_fit import fit_to_screen


def with_mnemonic(text: str, used: set[str]) -> str:
    """``text`` with an Alt mnemonic on its first letter no other label of the form uses yet.

    The labels come from the settings' declarations in every language, so a fixed ``&`` would clash
    (Your name / Your e-mail); a clash makes Alt+letter only cycle between the fields.
    """
    for at, char in enumerate(text):
        if char.isalnum() and char.lower() not in used:
            used.add(char.lower())
            return text[:at] + "&" + text[at:]
    return text


class SettingsDialog(QDialog):
    """Edit the declared settings; a language change says that it takes effect after a restart."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Settings"))
        settings = context.settings
        form = QFormLayout()
        self.name = QLineEdit(settings.get("user.name"), self)
        self.email = QLineEdit(settings.get("user.email"), self)
        self.language = QComboBox(self)
        system_label = self.tr("System (bokmål unless the computer uses nynorsk or English)")
        for code, label in (("system", system_label),
                            ("nb", "Norsk bokmål"), ("nn", "Norsk nynorsk"), ("en", "English")):
            self.language.addItem(label, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.get("ui.language"))))
        self.kommunedirektor = QLineEdit(settings.get("org.kommunedirektor"), self)
        self.nettredaktor = QLineEdit(settings.get("org.nettredaktor"), self)
        self.folder = QLineEdit(settings.get("sync.folder"), self)
        self.feed_url = QLineEdit(settings.get("news.feed_url"), self)  # R2 both ways (issue 18)
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        self.restart_note = QLabel(
            self.tr("A new language takes effect when the application is restarted."), self)
        self.restart_note.setWordWrap(True)
        self.restart_note.setVisible(False)
        self.language.currentIndexChanged.connect(lambda: self.restart_note.setVisible(True))
        used = {browse.text().replace("&&", "").partition("&")[2][:1].lower()}
        for key, widget in (("user.name", self.name), ("user.email", self.email),
                            ("ui.language", self.language), ("org.kommunedirektor", self.kommunedirektor),
                            ("org.nettredaktor", self.nettredaktor), ("news.feed_url", self.feed_url)):
            label = QLabel(with_mnemonic(tr_text(OPTIONS[key].label_text()), used), self)
            label.setBuddy(widget)
            widget.setAccessibleName(tr_text(OPTIONS[key].label_text()))
            form.addRow(label, widget)
        folder_label = QLabel(with_mnemonic(tr_text(OPTIONS["sync.folder"].label_text()), used), self)
        folder_label.setBuddy(self.folder)
        self.folder.setAccessibleName(tr_text(OPTIONS["sync.folder"].label_text()))
        browse.setAccessibleName(self.tr("Choose the shared folder"))
        form.addRow(folder_label, folder_row)
        standard = QDialogButtonBox.StandardButton
        buttons = QDialogButtonBox(standard.Save | standard.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.restart_note)
        layout.addWidget(buttons)
        fit_to_screen(self, 620, self.sizeHint().height())

    def _browse(self) -> None:
        title = self.tr("Choose the shared folder")
        chosen = QFileDialog.getExistingDirectory(self, title, self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def save(self) -> None:
        settings = self.context.settings
        settings.set("user.name", self.name.text().strip())
        settings.set("user.email", self.email.text().strip())
        settings.set("ui.language", self.language.currentData())
        settings.set("org.kommunedirektor", self.kommunedirektor.text().strip())
        settings.set("org.nettredaktor", self.nettredaktor.text().strip())
        settings.set("sync.folder", self.folder.text().strip())
        settings.set("news.feed_url", self.feed_url.text().strip())
        self.context.store.author = settings.get("user.name")

    @classmethod
    def ask(cls, context: AppContext, parent: QWidget | None = None) -> bool:
        """Show the dialog; save and return True if the user saved."""
        dialog = cls(context, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            dialog.save()
            return True
        return False
