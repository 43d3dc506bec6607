"""Shared helpers of the subcommands: opening the store, translation, JSON output, exit codes."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from mtk_admin_desktop.credentials import Credentials
from mtk_admin_desktop.services.context import AppContext

EXIT_OK = 0
EXIT_FINDINGS = 1  # the command ran, and found errors (check commands) or refused (add commands)
EXIT_USAGE = 2
EXIT_FAILED = 3  # the command could not do its work (missing file, unreadable share, ...)

# Tests may set this to a MemoryCredentials so commands never touch the real keyring.
credentials_override: Credentials | None = None


def open_context(args: argparse.Namespace) -> AppContext:
    """The store named by ``--data-dir`` (or the user's own), with UI-language text ready."""
    ensure_translations(args)
    return AppContext.open(getattr(args, "data_dir", None), credentials=credentials_override)


def ensure_translations(args: argparse.Namespace) -> str:
    """A Qt application with the catalogues of ``--lang`` (or the user's setting) loaded.

    Commands never show a window, but PDF writing needs fonts (a GUI application), and a test run
    that creates widgets later needs that first instance to be a QApplication; so the command line
    makes an offscreen QApplication when none exists yet (unless ``QT_QPA_PLATFORM`` names a platform).
    The offscreen choice goes to that instance only, never into ``os.environ``: a window started
    afterwards in this process (``demo --start``) or a program started from it must get the real
    display. Paths that show the window create their application first (``app.application``).
    """
    import os

    from PySide6.QtCore import QCoreApplication

    from mtk_admin_desktop import i18n

    if QCoreApplication.instance() is None:
        from PySide6.QtWidgets import QApplication

        argv = sys.argv[:1]
        if not os.environ.get("QT_QPA_PLATFORM"):
            argv += ["-platform", "offscreen"]
        ensure_translations.app = QApplication(argv)  # type: ignore[attr-defined]
    language = getattr(args, "lang", None) or "system"
    return i18n.install(i18n.resolve_language(language))


def missing_store(args: argparse.Namespace) -> int | None:
    """For a command that only reads: ``fail(...)`` when no store exists in the data directory yet.

    Opening would create an empty store there, and a later ``mtk-admin demo`` on that folder would then
    find "a store" (a newcomer's ``pages list`` on a new folder once blocked the demo that way).
    Returns None when the store exists.
    """
    from pathlib import Path

    from PySide6.QtCore import QCoreApplication

    from mtk_admin_desktop.paths import Paths, default_data_dir

    ensure_translations(args)
    data_dir = Path(getattr(args, "data_dir", None) or default_data_dir())
    if Paths(data_dir).exists():
        return None
    if any(part.exists() and not part.is_dir() for part in (data_dir, *data_dir.parents)):
        return None  # a file where the folder should be: opening says so in the user's words
    return fail(
        QCoreApplication.translate(
            "Commands",
            "No store here yet: {folder}\nCreate one with `mtk-admin demo --data-dir {folder}` "
            "(a demo month) or `mtk-admin pages add --data-dir {folder} ...`, "
            "or start the application on it.",
        ).format(folder=data_dir),
        EXIT_FAILED,
    )


class _JsonOutput:
    """Whether the running command was asked for ``--json``, and whether it has printed its JSON yet."""

    wanted = False
    printed = False


json_output = _JsonOutput()


def print_json(data: Any) -> None:
    """JSON on stdout, UTF-8, readable."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")
    json_output.printed = True


def fail(message: str, code: int = EXIT_FAILED) -> int:
    """Print ``message`` on stderr and return ``code`` (for ``return fail(...)`` in handlers).

    Under ``--json`` a script reads stdout: it gets ``{"ok": false, "error": ...}`` there too, unless
    the command has printed its own JSON already (one document, never two).
    """
    message = message.strip()
    sys.stderr.write(message + "\n")
    if json_output.wanted and not json_output.printed:
        print_json({"ok": False, "error": message, "exit_code": code})
    return code
