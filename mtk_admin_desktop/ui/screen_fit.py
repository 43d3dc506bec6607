"""Window sizes that fit the screen: at 200 % scaling a full-HD laptop has only 960×540 logical pixels."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

#: the share of the available screen a dialog may take at most (the rest shows what it belongs to)
SHARE = 0.95


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize ``widget`` to ``width``×``height``, or less where its screen is smaller (large scaling)."""
    parent = widget.parentWidget()
    screen = (parent.screen() if parent is not None else None) or widget.screen() \
        or QGuiApplication.primaryScreen()
    if screen is not None:
        room = screen.availableGeometry()
        width = min(width, int(room.width() * SHARE))
        height = min(height, int(room.height() * SHARE))
    widget.resize(width, height)
