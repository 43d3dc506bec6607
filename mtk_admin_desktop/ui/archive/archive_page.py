"""The Archive tab: archive packages for the municipality's Noark 5 archive."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from mtk_admin_desktop.services.context import AppContext
from mtk_admin_desktop.ui.base_page import BasePage


class ArchivePage(BasePage):
    """archive packages for the municipality's Noark 5 archive (first version: the area's issue builds it out)."""

    icon_name = "archive"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        layout = QVBoxLayout(self)
        self.placeholder = QLabel(self.title(), self)
        layout.addWidget(self.placeholder)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("ArchivePage", "Archive")
