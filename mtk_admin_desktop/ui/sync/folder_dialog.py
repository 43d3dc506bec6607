"""Choosing the shared folder and confirming its initialisation (classmethods so tests can replace them)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


class SharedFolderDialog:
    """The two questions the sync asks a person: which folder, and "are you sure?"."""

    @classmethod
    def ask_folder(cls, parent: QWidget | None, title: str) -> str | None:
        """A folder chosen by the user, or None if cancelled."""
        folder = QFileDialog.getExistingDirectory(parent, title)
        return folder or None

    @classmethod
    def confirm(cls, parent: QWidget | None, text: str) -> bool:
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("SharedFolderDialog", "Shared folder"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes
