"""What went wrong with the data files, in the user's words: a damaged, read-only, full or busy store.

The command line and the window both turn a low-level ``sqlite3``/``OSError`` into one of these
messages, so a user never sees a traceback and is never offered anything destructive: every message
says that nothing was changed or deleted, and what to do instead.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from mtk_admin_desktop.storage.migrations import StoreTooNewError

CORRUPT = "corrupt"
READ_ONLY = "read_only"
FULL = "full"
BUSY = "busy"
NOT_A_FOLDER = "not_a_folder"
TOO_NEW = "too_new"
OTHER = "other"

_CORRUPT_CODES = {"SQLITE_CORRUPT", "SQLITE_NOTADB"}
_FULL_CODES = {"SQLITE_FULL"}
_BUSY_CODES = {"SQLITE_BUSY", "SQLITE_LOCKED"}
_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_READ_ONLY_ERRNOS = {errno.EROFS, errno.EACCES, errno.EPERM}


@dataclass(frozen=True)
class StoreFailure:
    """A failure of the data files: its kind, the data directory, and the low-level error text."""

    kind: str
    data_dir: Path
    detail: str

    def message(self) -> str:
        """The explanation for the user, in the UI language; it never suggests deleting anything."""
        file = str(self.data_dir / "mtk-admin.sqlite")
        folder = str(self.data_dir)
        if self.kind == CORRUPT:
            text = QCoreApplication.translate(
                "StoreFailure",
                "The data file {file} is damaged or is not an MTK Admin Desktop data file ({error}). "
                "Nothing has been changed or deleted. Do not delete the file: copy it somewhere safe and "
                "ask IT to restore it from a backup.")
        elif self.kind == READ_ONLY:
            text = QCoreApplication.translate(
                "StoreFailure",
                "The data in {folder} cannot be written: the file or its folder is read-only ({error}). "
                "Nothing has been changed. Ask IT for write access to the folder, then try again.")
        elif self.kind == FULL:
            text = QCoreApplication.translate(
                "StoreFailure",
                "The disk holding {folder} is full ({error}). The last change was not saved; everything "
                "saved before it is intact. Free some space and try again.")
        elif self.kind == BUSY:
            text = QCoreApplication.translate(
                "StoreFailure",
                "The data in {folder} is in use by another program ({error}). Nothing has been changed. "
                "Close the other MTK Admin Desktop window or command and try again.")
        elif self.kind == TOO_NEW:
            text = QCoreApplication.translate(
                "StoreFailure",
                "The data in {folder} was written by a newer version of MTK Admin Desktop ({error}). "
                "Nothing has been changed. Install the newest version.")
        elif self.kind == NOT_A_FOLDER:
            text = QCoreApplication.translate(
                "StoreFailure",
                "{folder} is not a folder, so it cannot hold the data ({error}). Nothing has been changed. "
                "Choose a folder with --data-dir.")
        else:
            text = QCoreApplication.translate(
                "StoreFailure",
                "The data in {folder} could not be read or written ({error}). Nothing has been changed "
                "or deleted.")
        return text.format(file=file, folder=folder, error=self.detail)


def _writable(path: Path) -> bool:
    """True if ``path`` (or, when it does not exist, its nearest existing parent) can be written."""
    for candidate in (path, *path.parents):
        if candidate.exists():
            return os.access(candidate, os.W_OK)
    return True


def classify(exc: BaseException, data_dir: Path | str) -> StoreFailure | None:
    """The :class:`StoreFailure` ``exc`` stands for, or None when it is not a failure of the files."""
    data_dir = Path(data_dir)
    detail = str(exc) or type(exc).__name__
    if isinstance(exc, StoreTooNewError):
        return StoreFailure(TOO_NEW, data_dir, detail)
    if isinstance(exc, sqlite3.Error):
        name = getattr(exc, "sqlite_errorname", "") or ""
        lowered = detail.lower()
        if name in _CORRUPT_CODES or "not a database" in lowered or "malformed" in lowered:
            return StoreFailure(CORRUPT, data_dir, detail)
        if name in _FULL_CODES or "disk is full" in lowered:
            return StoreFailure(FULL, data_dir, detail)
        if name.startswith("SQLITE_READONLY") or "readonly" in lowered:
            return StoreFailure(READ_ONLY, data_dir, detail)
        if name in _BUSY_CODES or "locked" in lowered:
            return StoreFailure(BUSY, data_dir, detail)
        db_file = data_dir / "mtk-admin.sqlite"
        if not (_writable(db_file) and _writable(data_dir)):
            # "unable to open database file": WAL needs to create files beside the database.
            return StoreFailure(READ_ONLY, data_dir, detail)
        return StoreFailure(OTHER, data_dir, detail)
    if isinstance(exc, OSError):
        named = Path(str(exc.filename)).resolve() if exc.filename else None
        if named is not None and named != data_dir.resolve() and data_dir.resolve() not in named.parents:
            return None  # a file the user named (an image, an export target): its command says so
        if exc.errno in (errno.EEXIST, errno.ENOTDIR):
            return StoreFailure(NOT_A_FOLDER, data_dir, detail)  # --data-dir names a file
        if exc.errno in _FULL_ERRNOS:
            return StoreFailure(FULL, data_dir, detail)
        if exc.errno in _READ_ONLY_ERRNOS:
            return StoreFailure(READ_ONLY, data_dir, detail)
    return None


def check_writable(db: Any) -> None:
    """Raise the ``sqlite3`` error a write would meet (read-only file or folder); changes nothing.

    SQLite opens a file it may not write read-only without a word, and the window would let the user
    work until the first save fails; so the window tries one write at start and rolls it back.
    """
    db.execute("BEGIN IMMEDIATE")
    try:
        db.execute("INSERT OR REPLACE INTO local_state (key, value) VALUES ('write_probe', '')")
    finally:
        db.execute("ROLLBACK")
