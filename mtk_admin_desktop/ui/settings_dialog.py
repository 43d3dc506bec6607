"""The settings dialog: the user's name and e-mail, language, the R3 names, the shared folder."""

from __future__ import annotations

from typing import Any

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
from mtk_admin_desktop.ui.widgets.dates import guard_wheel
from mtk_admin_desktop.ui.widgets.unsaved import AskBeforeDiscard, DraftKeeper, RestoreQuestion


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


# The key of the settings' draft (there is one set of settings per laptop).
DRAFT_KEY = "settings"


class SettingsDialog(AskBeforeDiscard):
    """Edit the declared settings; a language change says that it takes effect after a restart.

    Like the other editors it keeps an autosaved draft while changed (a crash or a power cut loses
    nothing typed) and offers it back the next time it opens.
    """

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
        for code, language_label in (("system", system_label),
                                     ("nb", "Norsk bokmål"), ("nn", "Norsk nynorsk"), ("en", "English")):
            self.language.addItem(language_label, code)
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
        buttons.button(standard.Save).setText(self.tr("Save"))
        buttons.button(standard.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.restart_note)
        layout.addWidget(buttons)
        fit_to_screen(self, 620, self.sizeHint().height())
        guard_wheel(self)
        self._initial = self.values()
        self.restored = False
        self.drafts = DraftKeeper(
            context, "settings", DRAFT_KEY, self.values, self.is_dirty, self.draft_title, self
        )
        pending = self.drafts.pending()
        if pending is not None:
            if RestoreQuestion.ask(parent, pending):
                self._fill(pending.values)
                self.restored = True
            else:
                self.drafts.service.discard("settings", DRAFT_KEY)
        for edit in (self.name, self.email, self.kommunedirektor, self.nettredaktor, self.folder):
            edit.textChanged.connect(self.drafts.touch)
        self.language.currentIndexChanged.connect(self.drafts.touch)

    def _fill(self, values: dict[str, Any]) -> None:
        """The form from an autosaved draft (keys it does not know are left as saved)."""
        for key, edit in (("user.name", self.name), ("user.email", self.email),
                          ("org.kommunedirektor", self.kommunedirektor),
                          ("org.nettredaktor", self.nettredaktor), ("sync.folder", self.folder)):
            if isinstance(values.get(key), str):
                edit.setText(values[key])
        index = self.language.findData(values.get("ui.language"))
        if index >= 0:
            self.language.setCurrentIndex(index)

    def draft_title(self) -> str:
        return self.tr("the settings")

    def values(self) -> dict[str, object]:
        """The settings as the form has them now."""
        return {
            "user.name": self.name.text().strip(),
            "user.email": self.email.text().strip(),
            "ui.language": self.language.currentData(),
            "org.kommunedirektor": self.kommunedirektor.text().strip(),
            "org.nettredaktor": self.nettredaktor.text().strip(),
            "sync.folder": self.folder.text().strip(),
            "news.feed_url": self.feed_url.text().strip(),
        }

    def is_dirty(self) -> bool:
        """True when the form differs from the saved settings (or a crash's draft was restored)."""
        return self.restored or self.values() != self._initial

    def needs_asking(self) -> bool:
        return self.is_dirty()

    def save_from_question(self) -> None:
        self.accept()

    def _browse(self) -> None:
        title = self.tr("Choose the shared folder")
        chosen = QFileDialog.getExistingDirectory(self, title, self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def save(self) -> None:
        settings = self.context.settings
        for key, value in self.values().items():
            settings.set(key, value)  # user.name also becomes the author of later changes
        self.drafts.finish()  # saved: no draft is kept

    @classmethod
    def ask(cls, context: AppContext, parent: QWidget | None = None) -> bool:
        """Show the dialog; save and return True if the user saved."""
        dialog = cls(context, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            dialog.save()
            return True
        return False
