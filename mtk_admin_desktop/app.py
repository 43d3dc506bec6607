"""Starting the window: the QApplication, its language, the store, and a clear message if it fails."""

from __future__ import annotations

import logging
import os
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from mtk_admin_desktop import APP_ID, APP_NAME, ORG_NAME, __version__, i18n
from mtk_admin_desktop.icons import icon

# How long after the window is shown the background warm-up of later imports starts.
WARM_UP_DELAY_MS = 1500


def application() -> QApplication:
    """The application for the window, on the platform's real display (created here if none exists).

    Every path that shows the window creates it here first, before any command helper could make its
    offscreen one: a window on the offscreen platform is never seen (the first ``dev.py run`` on a new
    computer once opened nothing). An offscreen instance is refused unless the environment asked for it.
    """
    existing = QApplication.instance()
    if existing is not None and not isinstance(existing, QApplication):
        raise RuntimeError("the window needs a QApplication, and another kind of Qt application exists")
    app = existing or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    if app.platformName() == "offscreen" and "offscreen" not in os.environ.get("QT_QPA_PLATFORM", ""):
        raise RuntimeError("the window would be created on the offscreen platform, where no one sees it")
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(icon("app"))
    return app


def run(data_dir: str | None = None, demo: bool = False, language: str | None = None,
        start_tab: int | None = None) -> int:
    """Run the application until the window closes; returns the exit code."""
    from mtk_admin_desktop.paths import default_data_dir
    from mtk_admin_desktop.services.context import AppContext
    from mtk_admin_desktop.services.failures import check_writable, classify
    from mtk_admin_desktop.storage.migrations import StoreTooNewError

    app = application()
    i18n.install(i18n.resolve_language(language or "system"), app)
    try:
        context = AppContext.open(data_dir, demo=demo)
    except StoreTooNewError:
        QMessageBox.critical(None, APP_NAME, app.translate(
            "App", "The data on this computer was written by a newer version of MTK Admin Desktop. "
                   "Install the newest version; nothing has been changed."))
        return 3
    except Exception as exc:  # noqa: BLE001 - any failure to open must be told, not a silent crash
        failure = classify(exc, data_dir or default_data_dir())
        QMessageBox.critical(None, APP_NAME, failure.message() if failure else app.translate(
            "App", "The data could not be opened: {error}").format(error=exc))
        return 3
    try:
        check_writable(context.store.db)
    except sqlite3.Error as exc:
        context.close()
        failure = classify(exc, context.paths.data_dir)
        QMessageBox.critical(None, APP_NAME, failure.message() if failure else str(exc))
        return 3
    logging.getLogger(__name__).info(
        "%s %s started on %s%s", APP_NAME, __version__, context.paths.data_dir, " (demo)" if demo else "")
    if language is None:
        chosen = context.settings.get("ui.language")
        i18n.install(i18n.resolve_language(chosen), app)
    from mtk_admin_desktop.ui.main_window import MainWindow

    previous_hook = sys.excepthook
    sys.excepthook = _store_failure_hook(context.paths.data_dir, previous_hook)
    window = MainWindow(context, start_tab=start_tab)
    window.show()
    _warm_imports()
    if os.environ.get("MTK_ADMIN_EXIT_AFTER_PAINT"):
        # For the start-up benchmark: quit as soon as the first frame has been painted.
        app.processEvents()
        window.repaint()
        QTimer.singleShot(0, app.quit)
    code = app.exec()
    sys.excepthook = previous_hook
    context.close()
    return code


def _store_failure_hook(data_dir: Path, previous: Callable[..., Any]) -> Callable[..., Any]:
    """An excepthook that tells the user when a save failed for a full, read-only or damaged disk.

    A slot that raises is otherwise only printed on stderr: the user would believe the change was
    saved. The store's transaction has already rolled back, so the message can say what is intact.
    """
    from mtk_admin_desktop.services.failures import classify

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        previous(kind, exc, tb)
        failure = classify(exc, data_dir)
        if failure is not None and QApplication.instance() is not None:
            QMessageBox.critical(QApplication.activeWindow(), APP_NAME, failure.message())

    return hook


def _warm_imports() -> None:
    """Import what the tabs need later (the holidays data) in the background, off the start-up path.

    The thread starts a moment after the window is shown: started at once it competed with the first
    paint for the interpreter lock (the import is ~0.2 s of Python).
    """
    import importlib
    import threading

    def start() -> None:
        threading.Thread(target=importlib.import_module, args=("holidays",), name="warm-imports",
                         daemon=True).start()

    QTimer.singleShot(WARM_UP_DELAY_MS, start)
