"""A visible focus frame for list and table views, which most styles leave unmarked when empty."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractScrollArea

# palette(highlight): the system's own selection colour, so dark and high-contrast themes keep it.
_CSS = "QAbstractScrollArea:focus { border: 2px solid palette(highlight); }"


def show_focus_frame(*views: QAbstractScrollArea) -> None:
    """Draw a 2 px frame in the highlight colour around each view while it has the keyboard focus."""
    for view in views:
        view.setStyleSheet(f"{view.styleSheet()}\n{_CSS}".strip())
