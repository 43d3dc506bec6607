"""Window sizes that fit the screen: at 200 % scaling a full-HD laptop has only 960×540 logical pixels."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

#: the share of the available screen a dialog may take at most (the rest shows what it belongs to)
SHARE = 0.95
#: below this available size (logical pixels) the main window takes the whole screen on first start:
#: a 1366×768 laptop at 100 %, or any full-HD screen at 150 % or 200 %
ROOMY = (1440, 900)
#: on a roomier screen, the share the main window takes on first start (centred)
MAIN_SHARE = 0.85


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


def place_main_window(window: QWidget, saved: QByteArray | None) -> None:
    """Size and place the main window before it is first shown: the saved geometry, kept on the screen,
    or (first start, or a saved value Qt cannot read) a size taken from the available screen area.

    Qt's ``restoreGeometry`` keeps a window on some screen, but a window saved on a large screen and
    restored on a small one (or at 200 % scaling) could still be larger than the screen: its status bar
    and its Save buttons then lie below the edge. The restored rectangle is clamped to the screen.
    """
    if saved is not None and not saved.isEmpty() and window.restoreGeometry(saved):
        _clamp_to_screen(window)
        return
    screen = QGuiApplication.primaryScreen()
    if screen is None:
        window.resize(1280, 800)
        return
    room = screen.availableGeometry()
    if room.width() < ROOMY[0] or room.height() < ROOMY[1]:
        # All of a small screen; a window manager fits the frame (title bar) into it when maximised.
        window.setGeometry(room)
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
        return
    rect = QRect(0, 0, int(room.width() * MAIN_SHARE), int(room.height() * MAIN_SHARE))
    rect.moveCenter(room.center())
    window.setGeometry(rect)


def _clamp_to_screen(window: QWidget) -> None:
    """Shrink and move ``window``'s (restored, not yet shown) geometry into its screen's available area."""
    if window.windowState() & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen):
        return
    rect = window.geometry()
    screen = QGuiApplication.screenAt(rect.center()) or QGuiApplication.primaryScreen()
    if screen is None:
        return
    room = screen.availableGeometry()
    width, height = min(rect.width(), room.width()), min(rect.height(), room.height())
    x = max(room.left(), min(rect.left(), room.right() + 1 - width))
    y = max(room.top(), min(rect.top(), room.bottom() + 1 - height))
    if (x, y, width, height) != (rect.x(), rect.y(), rect.width(), rect.height()):
        window.setGeometry(x, y, width, height)
