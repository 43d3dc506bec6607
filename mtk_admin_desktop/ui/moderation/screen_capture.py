"""Capturing the screen without the application in the picture: hide, wait until gone, grab, come back."""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QApplication, QWidget

from mtk_admin_desktop.services.moderation_capture import CaptureError, Grab, grab_screen


class ScreenCapturer(QObject):
    """Hides the given windows, waits until the system no longer shows them, grabs a screen, shows them again.

    It works through the event loop (timers), so the application stays responsive while it waits.

    Signals:
        grabbed(object): the :class:`Grab` of the whole screen.
        failed(str): a message for the user (the grab was empty or impossible).
    """

    grabbed = Signal(object)
    failed = Signal(str)

    #: how long to wait for the windows to disappear at most, and how long after for the compositor's fade
    GONE_TIMEOUT_MS = 2000
    SETTLE_MS = 250
    POLL_MS = 30

    def __init__(self, windows: list[QWidget], screen: QScreen, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.windows = [w for w in windows if w is not None]
        self.screen = screen
        self._hidden: list[QWidget] = []
        self._deadline = 0.0

    def start(self) -> None:
        """Begin: hide the windows now; the result arrives as ``grabbed`` or ``failed``."""
        self._hidden = [w for w in self.windows if w.isVisible()]
        for window in self._hidden:
            window.hide()
        self._deadline = time.monotonic() + self.GONE_TIMEOUT_MS / 1000
        QTimer.singleShot(self.POLL_MS, self._wait_gone)

    def _still_shown(self) -> bool:
        for window in self._hidden:
            handle = window.windowHandle()
            if window.isVisible() or (handle is not None and handle.isExposed()):
                return True
        return False

    def _wait_gone(self) -> None:
        QApplication.processEvents()
        if self._still_shown() and time.monotonic() < self._deadline:
            QTimer.singleShot(self.POLL_MS, self._wait_gone)
            return
        # Unmapped is not yet repainted: give the window system (and a compositor's fade) a moment.
        QTimer.singleShot(self.SETTLE_MS, self._grab)

    def _grab(self) -> None:
        try:
            grab: Grab | None = grab_screen(self.screen)
            error = ""
        except CaptureError as exc:
            grab, error = None, str(exc)
        for window in self._hidden:
            window.show()
            # The offscreen platform (tests, smoke test) has no stacking and warns about raise().
            if QGuiApplication.platformName() != "offscreen":
                window.raise_()
            window.activateWindow()
        if grab is not None:
            self.grabbed.emit(grab)
        else:
            self.failed.emit(error)
