"""The log IT can read: a rotating file in the platform's log directory, and an error report to copy.

One logger per module (``logging.getLogger(__name__)``) under the package logger. What is logged: jobs
started, finished and failed (with the traceback), uncaught exceptions, sync and export summaries.
What is never logged: secrets (keys, passwords) and the text of a moderated comment or a post; log
ids, counts and outcomes instead.

The directory is ``MTK_ADMIN_LOG_DIR`` when set (tests, IT), else ``platformdirs.user_log_dir``:
``%LOCALAPPDATA%\\mtk-admin-desktop\\Logs`` on Windows, ``~/.local/state/mtk-admin-desktop/log`` on Linux.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import platform
import sys
import threading
from collections import deque
from pathlib import Path
from types import TracebackType

import platformdirs

from mtk_admin_desktop import APP_ID, APP_NAME, __version__

LOGGER = "mtk_admin_desktop"
FILE_NAME = "mtk-admin.log"
#: One file of at most 1 MiB and four older ones: weeks of ordinary use, small enough to e-mail.
MAX_BYTES = 1024 * 1024
BACKUPS = 4
FORMAT = "%(asctime)s %(levelname)-7s %(name)s [%(threadName)s] %(message)s"

_lock = threading.Lock()
_handler: logging.Handler | None = None
_stderr_handler: logging.Handler | None = None
_hooks_installed = False


def log_dir() -> Path:
    """Where the log files are (not created by this call)."""
    env = os.environ.get("MTK_ADMIN_LOG_DIR")
    if env:
        return Path(env)
    return Path(platformdirs.user_log_dir(APP_ID, appauthor=False))


def log_file() -> Path:
    """The current log file."""
    return log_dir() / FILE_NAME


def setup(verbose: bool = False) -> Path | None:
    """Send the package's log records to the rotating file (and to stderr with ``verbose``).

    Safe to call more than once (the command line runs in-process in tests): the file handler is
    replaced when the directory changed. Returns the file, or None when it cannot be written (a
    read-only profile must not stop the program; the records then go nowhere but stderr).
    """
    global _handler, _stderr_handler
    logger = logging.getLogger(LOGGER)
    logger.setLevel(logging.DEBUG if verbose else logging.INFO)
    logger.propagate = False
    path = log_file()
    with _lock:
        current = getattr(_handler, "baseFilename", None)
        if _handler is not None and current != str(path.resolve()):
            logger.removeHandler(_handler)
            _handler.close()
            _handler = None
        if _handler is None:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                handler = logging.handlers.RotatingFileHandler(
                    path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True
                )
            except OSError:
                path = None  # type: ignore[assignment]
            else:
                handler.setFormatter(logging.Formatter(FORMAT))
                logger.addHandler(handler)
                _handler = handler
        if verbose and _stderr_handler is None:
            _stderr_handler = logging.StreamHandler(sys.stderr)
            _stderr_handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
            logger.addHandler(_stderr_handler)
        elif not verbose and _stderr_handler is not None:
            logger.removeHandler(_stderr_handler)
            _stderr_handler = None
    install_exception_hooks()
    return path


def install_exception_hooks() -> None:
    """Log every uncaught exception, on the main thread and on other threads, then go on as before."""
    global _hooks_installed
    if _hooks_installed:
        return
    _hooks_installed = True
    previous = sys.excepthook
    previous_thread = threading.excepthook

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if not issubclass(kind, KeyboardInterrupt):
            logging.getLogger(LOGGER).critical("Uncaught exception", exc_info=(kind, exc, tb))
        previous(kind, exc, tb)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            logging.getLogger(LOGGER).critical(
                "Uncaught exception in thread %s",
                args.thread.name if args.thread else "?",
                exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
            )
        previous_thread(args)

    sys.excepthook = hook
    threading.excepthook = thread_hook


def last_lines(count: int = 200) -> list[str]:
    """The newest ``count`` lines of the log (fewer when the log is shorter or absent)."""
    if _handler is not None:
        _handler.flush()
    try:
        with log_file().open(encoding="utf-8", errors="replace") as stream:
            return [line.rstrip("\n") for line in deque(stream, maxlen=count)]
    except OSError:
        return []


def error_report(lines: int = 200) -> str:
    """What IT needs to start: version, system, Python and Qt, where the log is, and its last lines."""
    try:
        from PySide6 import __version__ as pyside_version
    except ImportError:  # pragma: no cover - the program cannot run without it
        pyside_version = "?"
    head = [
        f"{APP_NAME} {__version__}",
        f"System: {platform.platform()} ({platform.machine()})",
        f"Python: {platform.python_version()}; PySide6: {pyside_version}",
        f"Frozen: {'yes' if getattr(sys, 'frozen', False) else 'no'}",
        f"Log: {log_file()}",
        "",
        f"--- last {lines} lines of the log ---",
    ]
    return "\n".join(head + last_lines(lines)) + "\n"
