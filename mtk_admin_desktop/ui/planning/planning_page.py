"""The Planning tab: offline drafting of posts, checked against the guideline."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from mtk_admin_desktop.services.context import AppContext
from mtk_admin_desktop.ui.base_page import BasePage


class PlanningPage(BasePage):
    """offline drafting of posts, checked against the guideline (first version: the area's issue builds it out)."""

    icon_name = "planning"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        layout = QVBoxLayout(self)
        self.placeholder = QLabel(self.title(), self)
        layout.addWidget(self.placeholder)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("PlanningPage", "Planning")
