"""The Moderation tab: every hidden or deleted comment, documented as evidence."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from mtk_admin_desktop.services.context import AppContext
from mtk_admin_desktop.ui.base_page import BasePage


class ModerationPage(BasePage):
    """every hidden or deleted comment, documented as evidence (first version: the area's issue builds it out)."""

    icon_name = "moderation"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        layout = QVBoxLayout(self)
        self.placeholder = QLabel(self.title(), self)
        layout.addWidget(self.placeholder)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("ModerationPage", "Moderation")
