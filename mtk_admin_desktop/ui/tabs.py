"""What the main window knows of a tab before its page is built: title, icon and where the page lives.

The page modules import most of the application (services, dialogs, models); importing them only when a
tab is first shown keeps them off the start-up path.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mtk_admin_desktop.ui.base_page import BasePage


@dataclass(frozen=True)
class Tab:
    module: str  # the module that defines the page class
    class_name: str
    icon_name: str  # icons.py name shown on the tab
    title: Callable[[], str]  # the title in the user's language

    def page_class(self) -> type[BasePage]:
        """The page class (importing its module the first time)."""
        page_class: type[BasePage] = getattr(importlib.import_module(self.module), self.class_name)
        return page_class
