"""Window sizes that fit the screen: at 200 % scaling a full-HD laptop has only 960×540 logical pixels."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

#: the share of the available screen a dialog may take at most (the rest shows what it belongs to)
SHARE = 0.95


def screen_of(widget: QWidget) -> QScreen | None:
    """The screen ``widget``'s window is on (the primary screen before it is placed).

    Not ``QWidget.screen()``: in PySide6 6.11 that ties the QScreen's Python wrapper to the widget, and
    when the garbage collector later frees the widget (dialogs sit in reference cycles through their
    signal connections) the wrapper takes the application's QScreen with it; the next window then
    crashes in Qt (found as a segmentation fault in the test suite, depending on when gc ran).
    ``QGuiApplication.screenAt`` returns the screen without that tie.
    """
    window = widget.window()
    screen = QGuiApplication.screenAt(window.frameGeometry().center()) if window.isVisible() else None
    return screen or QGuiApplication.primaryScreen()


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize ``widget`` to ``width``×``height``, or less where its screen is smaller (large scaling)."""
    parent = widget.parentWidget()
    screen = screen_of(parent if parent is not None else widget)
    if screen is not None:
        room = screen.availableGeometry()
        width = min(width, int(room.width() * SHARE))
        height = min(height, int(room.height() * SHARE))
    widget.resize(width, height)
