"""The base of the four tabs: a title, ``refresh()``, and the context passed in."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from mtk_admin_desktop.services.context import AppContext


class BasePage(QWidget):
    """One tab of the main window.

    Signals:
        status_message(str): a short message for the status bar.
        data_changed(): this page changed data other pages may show (the main window refreshes them).
    """

    status_message = Signal(str)
    data_changed = Signal()

    #: the icon name (icons.py) shown on the tab
    icon_name = "app"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context

    @classmethod
    def title(cls) -> str:
        """The tab's title in the user's language (subclasses translate their own)."""
        raise NotImplementedError

    def refresh(self) -> None:
        """Reload what the page shows from the services."""

    def may_close(self, ask: bool) -> bool:
        """Whether the window may close now: a page with unsaved edits asks (``ask``) or keeps a draft."""
        return True

    def primary_action(self) -> None:
        """The page's main action (new page, new post, new entry, export); bound to Ctrl+N."""
