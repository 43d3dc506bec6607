"""Writing an archive package safely (temporary name, fsync, read back with ``archive_verify``, rename).

A package is a ZIP within ISO/IEC 21320-1 (stored or deflate, no encryption, UTF-8 names, ZIP64 only
where a size needs it) or a plain folder. Files are streamed from disk in chunks; items are built one at
a time when their turn comes and their PDFs are drawn a few items ahead in threads, so memory holds a few
items' PDFs, never the package.
"""

from __future__ import annotations

import ctypes
import datetime as dt
import errno
import hashlib
import io
import json
import os
import shutil
import sqlite3
import stat
import struct
import sys
import tempfile
import zipfile
import zlib
from collections import deque
from collections.abc import Callable, Generator, Iterator, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import IO, Any

from PySide6.QtCore import QCoreApplication, QThreadPool

from mtk_admin_desktop import APP_NAME, ORG_NAME, __version__
from mtk_admin_desktop.domain.archive import (
    ArchiveItem,
    ItemRef,
    folder_name,
    json_bytes,
    package_file_name,
    package_id_for,
    parse_sha256sums,
    sha256sums_line,
)
from mtk_admin_desktop.domain.tr import QT_TRANSLATE_NOOP
from mtk_admin_desktop.services import archive_pdf
from mtk_admin_desktop.services.archive_verify import (
    CHUNK,
    ProgressFn,
    VerifyProblem,
    _hash_stream,
    problem_message,
    unsafe_name,
    verify_zip_structure,
)
from mtk_admin_desktop.services.archive_xml import (
    DocumentFile,
    arkivmelding_bytes,
    structure_errors,
)
from mtk_admin_desktop.storage.files import fsync_dir

TEMP_PREFIX = ".mtk-arkiv-tmp-"
_STORED_SUFFIXES = (".png", ".jpg", ".jpeg", ".pdf", ".gif", ".webp", ".tif", ".tiff")
MIME_SUFFIX = {
    "image/png": ".png",
    "image/jpeg": ".jpg",
    "image/tiff": ".tif",
    "image/gif": ".gif",
    "image/webp": ".webp",
}


# Messages for the user, marked for lupdate (translated by _tr at display time).
MSG_THE_TARGET_IS_FULL = QT_TRANSLATE_NOOP(
    "ArchiveExport",
    "The target is full: {target}. Nothing was marked as exported; free some space or choose another target.",
)
MSG_THE_TARGET_IS_READ = QT_TRANSLATE_NOOP(
    "ArchiveExport", "The target is read-only or not writable: {target}. Nothing was marked as exported."
)
MSG_THE_TARGET_DISAPPEARED_WHILE = QT_TRANSLATE_NOOP(
    "ArchiveExport",
    "The target disappeared while writing "
    "(USB stick pulled out or share "
    "lost?): {target}. Nothing was marked "
    "as exported.",
)
MSG_COULD_NOT_WRITE_THE = QT_TRANSLATE_NOOP(
    "ArchiveExport", "Could not write the package to {target}: {error}. Nothing was marked as exported."
)
MSG_THE_TARGET_FOLDER_DOES = QT_TRANSLATE_NOOP("ArchiveExport", "The target folder does not exist: {target}")
MSG_A_PACKAGE_WITH_THIS = QT_TRANSLATE_NOOP(
    "ArchiveExport", "A package with this name exists already: {path}"
)
MSG_READING_THE_PACKAGE_BACK = QT_TRANSLATE_NOOP(
    "ArchiveExport", "Reading the package back and checking every checksum"
)
MSG_DONE = QT_TRANSLATE_NOOP("ArchiveExport", "Done")
MSG_ITEM_N_OF_TOTAL = QT_TRANSLATE_NOOP("ArchiveExport", "Item {n} of {total}")
MSG_A_SCREENSHOT_IS_MISSING = QT_TRANSLATE_NOOP(
    "ArchiveExport", "A screenshot is missing from this laptop: {sha}. Run a sync first."
)
MSG_A_SCREENSHOT_IS_DAMAGED = QT_TRANSLATE_NOOP(
    "ArchiveExport",
    "A screenshot is damaged on this laptop (its content no longer matches its checksum): {sha}",
)
MSG_INVALID_XML = QT_TRANSLATE_NOOP(
    "ArchiveExport",
    "The package was not written: {file} would not be accepted by the archive ({error}). Nothing was "
    "marked as exported; please report this as an error in the program.",
)
MSG_UNSAFE_NAME = QT_TRANSLATE_NOOP(
    "ArchiveExport",
    "The package was not written: the file name “{name}” would point outside the package. Nothing was "
    "marked as exported.",
)
MSG_TABLE_OF_CONTENTS = QT_TRANSLATE_NOOP("ArchiveExport", "Table of contents")
MSG_THE_PACKAGE_READ_BACK = QT_TRANSLATE_NOOP(
    "ArchiveExport", "The package read back from the target differs from what was written: {problems}"
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ArchiveExport", text)


class ArchiveWriteError(RuntimeError):
    """The package could not be written; nothing was marked exported (``reason``: full, read_only...)."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


def _write_error(exc: OSError, target: Path) -> ArchiveWriteError:
    """A clear message for the usual ways a USB stick or share lets us down."""
    code = exc.errno
    if code in (errno.ENOSPC, errno.EDQUOT):
        return ArchiveWriteError(_tr(MSG_THE_TARGET_IS_FULL).format(target=target), "full")
    if code in (errno.EROFS, errno.EACCES, errno.EPERM):
        return ArchiveWriteError(_tr(MSG_THE_TARGET_IS_READ).format(target=target), "read_only")
    if code in (errno.ENOENT, errno.ENODEV, errno.ENXIO, errno.EIO, errno.ESTALE):
        return ArchiveWriteError(_tr(MSG_THE_TARGET_DISAPPEARED_WHILE).format(target=target), "gone")
    return ArchiveWriteError(
        _tr(MSG_COULD_NOT_WRITE_THE).format(target=target, error=exc.strerror or exc), "other"
    )


@dataclass
class PackageResult:
    """A package written and verified on its target."""

    package_id: str
    file_name: str  # the final name on the target (…zip or a folder name)
    path: Path
    form: str  # "zip" or "folder"
    sha256: str  # of the ZIP file, or of sha256sums.txt for a folder
    size: int
    created_at: str
    item_keys: list[tuple[str, str]]

    @property
    def files(self) -> dict[str, str]:
        """Every file of the package (path in package -> SHA-256), read from its ``sha256sums.txt`` when
        asked (the writer does not hold them: memory stays flat however many items)."""
        if self.form == "zip":
            with zipfile.ZipFile(self.path) as zf:
                text = zf.read("sha256sums.txt").decode()
        else:
            text = (self.path / "sha256sums.txt").read_text(encoding="utf-8")
        return {name: sha for sha, name in parse_sha256sums(text)}


# -- writers -------------------------------------------------------------------------------------


class Records:
    """What the package holds so far, kept in a scratch SQLite file instead of in memory: every file
    written (name, SHA-256, size, in the order written) and each item's row of the contents and of the
    manifest. The manifest, ``sha256sums.txt``, ``innhold.pdf`` and the read-back stream from here, so
    memory stays flat however many items (a dict of every file cost ~14 KB an entry with the rest)."""

    def __init__(self, path: Path | None = None) -> None:
        where = str(path) if path is not None else ":memory:"
        self.db = sqlite3.connect(where, isolation_level=None, check_same_thread=False)
        self.db.executescript(
            """
            PRAGMA journal_mode = OFF;
            PRAGMA synchronous = OFF;
            PRAGMA cache_size = -2048;
            PRAGMA temp_store = FILE;
            CREATE TABLE files (seq INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, sha256 TEXT NOT NULL,
                                size INTEGER NOT NULL);
            CREATE TABLE items (number INTEGER PRIMARY KEY, contents TEXT NOT NULL, manifest TEXT NOT NULL);
            BEGIN;
            """
        )
        self.count = 0
        self.total_size = 0

    def add_file(self, name: str, sha: str, size: int) -> None:
        self.db.execute("INSERT INTO files (name, sha256, size) VALUES (?, ?, ?)", (name, sha, size))
        self.count += 1
        self.total_size += size

    def file(self, name: str) -> tuple[str, int] | None:
        row = self.db.execute("SELECT sha256, size FROM files WHERE name = ?", (name,)).fetchone()
        return (row[0], row[1]) if row else None

    def files(self, by_name: bool = False) -> Iterator[tuple[str, str, int]]:
        """(name, sha256, size) of every file, in the order written or sorted by name (SQLite compares
        UTF-8 bytes, which sorts as Python sorts the names)."""
        order = "name" if by_name else "seq"
        yield from self.db.execute(f"SELECT name, sha256, size FROM files ORDER BY {order}")  # noqa: S608

    def add_item(self, number: int, contents: list[str], manifest: dict[str, Any]) -> None:
        self.db.execute(
            "INSERT INTO items (number, contents, manifest) VALUES (?, ?, ?)",
            (number, json.dumps(contents), json.dumps(manifest)),
        )

    def contents_rows(self) -> Iterator[list[str]]:
        for (row,) in self.db.execute("SELECT contents FROM items ORDER BY number"):
            yield json.loads(row)

    def manifest_items(self) -> Iterator[dict[str, Any]]:
        for (row,) in self.db.execute("SELECT manifest FROM items ORDER BY number"):
            yield json.loads(row)

    def close(self) -> None:
        self.db.close()


class _Writer:
    """Adds files to a package under construction, hashing while it copies; each file recorded in
    ``records`` as it is written (never a scan of the files so far: that was O(n²))."""

    def __init__(self, records: Records | None = None) -> None:
        self.records = records if records is not None else Records()

    def add_stream(self, name: str, source: IO[bytes], size: int) -> tuple[str, int]:
        raise NotImplementedError

    def add_file(self, name: str, path: Path) -> tuple[str, int]:
        with open(path, "rb") as fh:
            return self.add_stream(name, fh, os.fstat(fh.fileno()).st_size)

    def add_bytes(self, name: str, data: bytes) -> tuple[str, int]:
        return self.add_stream(name, io.BytesIO(data), len(data))

    def close(self) -> None:
        raise NotImplementedError

    def abort(self) -> None:
        raise NotImplementedError


def _copy(source: IO[bytes], sink: IO[bytes]) -> tuple[str, int]:
    digest, size = hashlib.sha256(), 0
    while block := source.read(CHUNK):
        digest.update(block)
        sink.write(block)
        size += len(block)
    return digest.hexdigest(), size


_CENTRAL = struct.Struct("<4s4B4HL2L5H2L")  # a central directory record (APPNOTE 4.3.12)
_END64 = struct.Struct("<4sQ2H2L4Q")  # the ZIP64 end of central directory record (4.3.14)
_LOCATOR64 = struct.Struct("<4sLQL")  # its locator (4.3.15)
_END = struct.Struct("<4s4H2LH")  # the end of central directory record (4.3.16)


def central_record(info: zipfile.ZipInfo) -> bytes:
    """``info``'s central directory record, with a ZIP64 extra field only where a value needs it (as
    zipfile writes it, and as ISO/IEC 21320-1 wants: ZIP64 only where needed)."""
    year, month, day, hour, minute, second = info.date_time
    big = info.file_size > zipfile.ZIP64_LIMIT or info.compress_size > zipfile.ZIP64_LIMIT
    far = info.header_offset > zipfile.ZIP64_LIMIT
    wide = ([info.file_size, info.compress_size] if big else []) + ([info.header_offset] if far else [])
    extra = struct.pack(f"<HH{len(wide)}Q", 1, 8 * len(wide), *wide) if wide else b""
    version = max(zipfile.ZIP64_VERSION if wide else 0, info.extract_version)
    encoded: tuple[bytes, int] = info._encodeFilenameFlags()  # type: ignore[attr-defined]
    name, flags = encoded
    return (
        _CENTRAL.pack(
            b"PK\x01\x02",
            max(version, info.create_version),
            info.create_system,
            version,
            info.reserved,
            flags,
            info.compress_type,
            hour << 11 | minute << 5 | second // 2,
            (year - 1980) << 9 | month << 5 | day,
            info.CRC,
            0xFFFFFFFF if big else info.compress_size,
            0xFFFFFFFF if big else info.file_size,
            len(name),
            len(extra),
            0,
            0,
            info.internal_attr,
            info.external_attr,
            0xFFFFFFFF if far else info.header_offset,
        )
        + name
        + extra
    )


class _SpillingZipFile(zipfile.ZipFile):
    """A ZipFile that keeps its central directory in a scratch file, not as an entry in memory per
    member (~2.5 KB an item with zipfile's own list): :meth:`spill` after each member, and
    ``close()`` copies the records behind the last member and writes the end records."""

    spill_file: IO[bytes]
    spilled = 0

    def spill(self) -> None:
        for info in self.filelist:
            self.spill_file.write(central_record(info))
            self.spilled += 1
        self.filelist.clear()
        self.NameToInfo.clear()

    def _write_end_record(self) -> None:
        self.spill()
        fp = self.fp
        assert fp is not None
        start = fp.tell()
        self.spill_file.seek(0)
        shutil.copyfileobj(self.spill_file, fp, CHUNK)
        end = fp.tell()
        count, size = self.spilled, end - start
        if count > zipfile.ZIP_FILECOUNT_LIMIT or start > zipfile.ZIP64_LIMIT or size > zipfile.ZIP64_LIMIT:
            fp.write(_END64.pack(b"PK\x06\x06", 44, 45, 45, 0, 0, count, count, size, start))
            fp.write(_LOCATOR64.pack(b"PK\x06\x07", 0, end, 1))
            count = min(count, 0xFFFF)
            size, start = min(size, 0xFFFFFFFF), min(start, 0xFFFFFFFF)
        fp.write(_END.pack(b"PK\x05\x06", 0, 0, count, count, size, start, 0))
        fp.flush()


class ZipWriter(_Writer):
    """A ZIP within ISO/IEC 21320-1, entries with a fixed time so the same content gives the same bytes."""

    def __init__(self, path: Path, when: dt.datetime, records: Records | None = None) -> None:
        super().__init__(records)
        self.path = path
        self.fh = open(path, "xb")  # noqa: SIM115 - closed in close()/abort()
        self.directory = tempfile.TemporaryFile()  # noqa: SIM115 - closed in close()/abort()
        self.zip = _SpillingZipFile(self.fh, "w", allowZip64=True)
        self.zip.spill_file = self.directory
        local = when.astimezone(dt.UTC)
        self.date_time = (
            max(local.year, 1980),
            local.month,
            local.day,
            local.hour,
            local.minute,
            local.second // 2 * 2,
        )

    def add_stream(self, name: str, source: IO[bytes], size: int) -> tuple[str, int]:
        _check_name(name)
        info = zipfile.ZipInfo(name, self.date_time)
        info.create_system = 3
        info.external_attr = (stat.S_IFREG | 0o644) << 16
        info.compress_type = (
            zipfile.ZIP_STORED if name.lower().endswith(_STORED_SUFFIXES) else zipfile.ZIP_DEFLATED
        )
        info.file_size = size  # lets zipfile decide on ZIP64 up front, only when the size needs it
        with self.zip.open(info, "w") as sink:
            sha, written = _copy(source, sink)
        self.zip.spill()
        self.records.add_file(name, sha, written)
        return sha, written

    def close(self) -> None:
        self.zip.close()
        self.directory.close()
        self.fh.flush()
        os.fsync(self.fh.fileno())
        self.fh.close()

    def abort(self) -> None:
        for closer in (self.zip.close, self.fh.close, self.directory.close):
            try:
                closer()
            except (OSError, ValueError, zipfile.BadZipFile):
                pass
        _remove(self.path)


class FolderWriter(_Writer):
    """A plain folder; every file fsync'd."""

    def __init__(self, path: Path, records: Records | None = None) -> None:
        super().__init__(records)
        self.path = path
        path.mkdir()

    def add_stream(self, name: str, source: IO[bytes], size: int) -> tuple[str, int]:
        _check_name(name)
        target = self.path / PurePosixPath(name)
        # The last word: whatever the name, the file lands inside the package folder (links included).
        if not target.parent.resolve().joinpath(target.name).is_relative_to(self.path.resolve()):
            raise ArchiveWriteError(_tr(MSG_UNSAFE_NAME).format(name=name), "unsafe_name")
        # Only below the package folder: if the stick was pulled, mkdir(parents=True) would quietly
        # recreate the mount point on the local disk instead of failing.
        for part in reversed(PurePosixPath(name).parents[:-1]):
            (self.path / part).mkdir(exist_ok=True)
        with open(target, "xb") as sink:
            sha, written = _copy(source, sink)
            sink.flush()
            os.fsync(sink.fileno())
        self.records.add_file(name, sha, written)
        return sha, written

    def close(self) -> None:
        for folder in sorted({p.parent for p in self.path.rglob("*")} | {self.path}, reverse=True):
            fsync_dir(folder)

    def abort(self) -> None:
        _remove(self.path)


def _check_name(name: str) -> None:
    """Refuse a name inside the package that could point outside it (names come from synced values)."""
    if unsafe_name(name) or len(name) > 1024:
        raise ArchiveWriteError(_tr(MSG_UNSAFE_NAME).format(name=name), "unsafe_name")


def _remove(path: Path) -> None:
    try:
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
        elif path.exists() or path.is_symlink():
            path.unlink()
    except OSError:
        pass  # the target may be gone; the next export cleans up


def clean_temporaries(target: Path) -> list[str]:
    """Remove what an interrupted export left on ``target`` (our temporary names only)."""
    removed: list[str] = []
    try:
        entries = list(target.iterdir())
    except OSError:
        return removed
    for entry in entries:
        if entry.name.startswith(TEMP_PREFIX):
            _remove(entry)
            removed.append(entry.name)
    return removed


# -- building ------------------------------------------------------------------------------------

@dataclass
class BuildInput:
    """What a package is made from: the items, how to find a blob, who made it, when.

    ``items`` are whole items, or references that ``load`` turns into items one at a time while the
    package is written (the export's way: only one item's data is held at a time).
    """

    items: Sequence[ArchiveItem | ItemRef]
    blob_path: Callable[[str], Path]
    created_by: str
    created_at: dt.datetime
    filters: dict[str, Any] = field(default_factory=dict)
    load: Callable[[ItemRef], ArchiveItem] | None = None
    # R3: who carries editorial responsibility (settings org.kommunedirektor, org.nettredaktor).
    kommunedirektor: str = ""
    nettredaktor: str = ""
    # Where the archive places each journalpost: an arkivdel code, or the parent folder's mappeID.
    arkivdel: str = ""
    parent_folder: str = ""
    # The highest moderation chain position this laptop had seen of every device when the package was
    # made (issue 15): with them the archive can tell later that newer entries existed and went missing.
    chain_heads: list[dict[str, Any]] = field(default_factory=list)

    def item(self, entry: ArchiveItem | ItemRef) -> ArchiveItem:
        if isinstance(entry, ArchiveItem):
            return entry
        if self.load is None:
            raise ValueError("BuildInput has item references but no load function")
        return self.load(entry)


def _doc_type(kind: str) -> tuple[str, str]:
    return ("MELDING", "Melding") if kind == "moderation" else ("KORR", "Korrespondanse")


class _Progress:
    """The export's progress over every phase, one bar that only moves forward: one step per item (its
    PDF, screenshots and XML), one per part of ``innhold.pdf``, one for the package's own files, then the
    read-back in steps of the bytes read (a quarter as many steps as items)."""

    def __init__(self, report: ProgressFn, items: int) -> None:
        self.report = report
        self.items = items
        self.parts = max(1, -(-items // archive_pdf.CONTENTS_ROWS_PER_PART))
        self.read_steps = max(1, items // 4)
        self.total = items + self.parts + 1 + self.read_steps
        self.done, self.text = -1, ""

    def at(self, done: int, text: str) -> None:
        done = min(max(done, self.done), self.total)
        if done != self.done or text != self.text:
            self.done, self.text = done, text
            self.report(done, self.total, text)

    def item(self, number: int) -> None:
        self.at(number - 1, _tr(MSG_ITEM_N_OF_TOTAL).format(n=number, total=self.items))

    def part(self, number: int) -> None:
        self.at(self.items + number, _tr(MSG_TABLE_OF_CONTENTS))

    def reading(self, read: int, size: int) -> None:
        share = self.read_steps * read // size if size else self.read_steps
        self.at(self.items + self.parts + 1 + share, _tr(MSG_READING_THE_PACKAGE_BACK))


def write_package(
    data: BuildInput,
    target: Path,
    form: str = "zip",
    progress: ProgressFn | None = None,
    check: Callable[[], None] | None = None,
) -> PackageResult:
    """Build, write and verify a package on ``target``; raises :class:`ArchiveWriteError` if it fails.

    On any failure (or cancel via ``check``, asked between files in every phase) the temporary file or
    folder is removed; nothing is renamed into place, so the caller marks nothing.
    """
    if form not in ("zip", "folder"):
        raise ValueError(form)
    check = check or (lambda: None)
    target = Path(target)
    if not target.is_dir():
        raise ArchiveWriteError(_tr(MSG_THE_TARGET_FOLDER_DOES).format(target=target), "gone")
    clean_temporaries(target)
    items = sorted(data.items, key=lambda i: i.sort_key)
    steps = _Progress(progress or (lambda *_: None), len(items))
    created = data.created_at.astimezone(dt.UTC).replace(microsecond=0)
    created_text = created.isoformat().replace("+00:00", "Z")
    package_id = package_id_for([i.key for i in items], created_text)
    base = package_file_name(created_text, package_id)
    final = target / (base + ".zip" if form == "zip" else base)
    if final.exists():
        raise ArchiveWriteError(_tr(MSG_A_PACKAGE_WITH_THIS).format(path=final), "exists")
    temp = target / f"{TEMP_PREFIX}{package_id[:8]}-{os.getpid()}"
    writer: _Writer | None = None
    try:
        with tempfile.TemporaryDirectory(prefix="mtk-arkiv-") as scratch:
            records = Records(Path(scratch) / "records.sqlite")
            try:
                writer = ZipWriter(temp, created) if form == "zip" else FolderWriter(temp)
                writer.records.close()
                writer.records = records
                _fill(writer, data, items, package_id, created_text, Path(scratch), steps, check)
                writer.close()
                check()
                steps.reading(0, 1)
                package_sha, size = _read_back(temp, form, records, steps, check)
            finally:
                records.close()
        check()
        os.replace(temp, final)
        fsync_dir(target)
    except ArchiveWriteError:
        if writer is not None:
            writer.abort()
        else:
            _remove(temp)
        raise
    except OSError as exc:
        if writer is not None:
            writer.abort()
        else:
            _remove(temp)
        raise _write_error(exc, target) from exc
    except BaseException:
        if writer is not None:
            writer.abort()
        else:
            _remove(temp)
        raise
    steps.at(steps.total, _tr(MSG_DONE))
    return PackageResult(
        package_id=package_id,
        file_name=final.name,
        path=final,
        form=form,
        sha256=package_sha,
        size=size,
        created_at=created_text,
        item_keys=[i.key for i in items],
    )


PDF_NOTE = "Arkivpakke sosiale medier"


def pdf_threads() -> int:
    """How many item PDFs are drawn at once: Qt lays out and writes a PDF without holding Python's lock,
    so every core helps (2 cores: 2 PDFs at a time, while this thread writes the package)."""
    return max(1, min(4, os.cpu_count() or 1))


class PdfPool:
    """Draws PDFs on the threads of a QThreadPool and hands back futures.

    Qt's threads, not Python's: Qt's font cache starts a timer when it grows (fallback fonts for emoji,
    Hebrew, Arabic...), and a plain Python thread has no event dispatcher for it (Qt warns on every page).
    Leaving the ``with`` block waits for every PDF still being drawn.
    """

    def __init__(self, threads: int) -> None:
        self.pool = QThreadPool()
        self.pool.setMaxThreadCount(threads)
        self.jobs: set[Callable[[], None]] = set()  # each kept alive until it has run

    def submit(self, fn: Callable[..., bytes], *args: Any) -> Future[bytes]:
        future: Future[bytes] = Future()

        def job() -> None:
            try:
                if future.set_running_or_notify_cancel():  # False: cancelled before it started
                    future.set_result(fn(*args))
            except BaseException as exc:  # noqa: BLE001 - handed to whoever waits for the PDF
                future.set_exception(exc)
            finally:
                self.jobs.discard(job)  # (holding it longer would hold its PDF: memory grew per item)

        self.jobs.add(job)
        self.pool.start(job)
        return future

    def __enter__(self) -> PdfPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.pool.waitForDone()
        self.jobs.clear()


def _items_with_pdfs(
    data: BuildInput, entries: list[ArchiveItem | ItemRef], pool: PdfPool, ahead: int
) -> Generator[tuple[ArchiveItem, Future[bytes]], None, None]:
    """Each item, in order, with its dokument.pdf being drawn in ``pool``.

    Items are built here (this thread owns the store connection) at most ``ahead`` places before the one
    being written, so memory holds a few items and PDFs, never the whole package. Qt's text layout and
    PDF writer are reentrant: each thread draws its own document. The bytes do not depend on the thread.
    """
    pending: deque[tuple[ArchiveItem, Future[bytes]]] = deque()
    upcoming = iter(entries)
    try:
        while True:
            while len(pending) < ahead:
                entry = next(upcoming, None)
                if entry is None:
                    break
                item = data.item(entry)
                pending.append((item, pool.submit(archive_pdf.item_pdf, item, data.blob_path, PDF_NOTE)))
            if not pending:
                return
            yield pending.popleft()
    finally:
        for _, future in pending:
            future.cancel()


def _fill(
    writer: _Writer,
    data: BuildInput,
    entries: list[ArchiveItem | ItemRef],
    package_id: str,
    created_text: str,
    scratch: Path,
    steps: _Progress,
    check: Callable[[], None],
) -> None:
    threads = pdf_threads()
    records = writer.records
    # Leaving the block waits for the PDFs still being drawn (at most ``threads``, after a cancel or error).
    with PdfPool(threads) as pool:
        items = _items_with_pdfs(data, entries, pool, threads + 1)
        try:
            _fill_items(writer, data, len(entries), items, steps, check)
        finally:
            items.close()  # on cancel or error: the PDFs not yet started are dropped
    check()
    steps.part(0)
    header = [
        ("Pakke-ID", package_id),
        ("Laget", created_text),
        ("Laget av", data.created_by or "-"),
        ("Redaktøransvar (kommunedirektør)", data.kommunedirektor or "-"),
        ("Nettredaktør", data.nettredaktor or "-"),
        ("Program", f"{APP_NAME} {__version__}"),
        ("Antall elementer", str(len(entries))),
    ]
    toc = scratch / "innhold.pdf"

    def part_done(number: int) -> None:
        check()
        steps.part(number)

    archive_pdf.write_contents_pdf(
        toc,
        f"Arkivpakke sosiale medier – {ORG_NAME}",
        header,
        records.contents_rows(),
        dt.datetime.fromisoformat(created_text.replace("Z", "+00:00")),
        f"package:{package_id}",
        part_done=part_done,
    )
    writer.add_file("innhold.pdf", toc)
    toc.unlink()
    _give_back_memory()
    writer.add_bytes(
        "LESMEG.txt",
        lesmeg_text(
            package_id, created_text, data.created_by, len(entries), data.kommunedirektor, data.nettredaktor
        ).encode(),
    )
    check()
    counts: dict[str, int] = {}
    for entry in entries:
        counts[entry.kind] = counts.get(entry.kind, 0) + 1
    manifest = {
        "package_id": package_id,
        "created_at": created_text,
        "created_by": data.created_by,
        "responsible": {"kommunedirektor": data.kommunedirektor, "nettredaktor": data.nettredaktor},
        "placement": {"arkivdel": data.arkivdel, "parent_folder": data.parent_folder},
        "moderation_chain_heads": data.chain_heads,
        "application": APP_NAME,
        "version": __version__,
        "organisation": ORG_NAME,
        "format": "FIKS Arkiv v2 arkivmelding.opprett, en per element",
        "counts": counts,
        "filters": data.filters,
        "items": _ITEMS_MARK,
        "files": _FILES_MARK,
    }
    path = scratch / "manifest.json"
    with open(path, "wb") as sink:
        _write_manifest(sink, manifest, records)
    writer.add_file("manifest.json", path)
    path.unlink()
    path = scratch / "sha256sums.txt"
    with open(path, "wb") as sink:
        for name, sha, _ in records.files(by_name=True):
            sink.write(sha256sums_line(sha, name).encode())
    writer.add_file("sha256sums.txt", path)
    path.unlink()


def _give_back_memory() -> None:
    """Hand the memory Qt freed after laying out innhold.pdf back to the system (glibc keeps it
    otherwise, and the read-back's peak would come on top of it). Nothing where there is no glibc."""
    if not sys.platform.startswith("linux"):
        return
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass


_ITEMS_MARK = "\x00items\x00"
_FILES_MARK = "\x00files\x00"


def _json_text(value: Any, indent: int) -> bytes:
    """``value`` as :func:`json_bytes` writes it nested ``indent`` spaces deep (no line break at the end)."""
    return json_bytes(value)[:-1].replace(b"\n", b"\n" + b" " * indent)


def _write_manifest(sink: IO[bytes], manifest: dict[str, Any], records: Records) -> None:
    """``manifest.json`` written as it is read: the fixed part as :func:`json_bytes` gives it, the list of
    items and the map of files streamed from ``records`` in the same layout (sorted keys, the files too;
    indent 2)."""
    head = json_bytes(manifest)
    rest = head
    for mark, rows in (  # in the order json_bytes sorts the keys: "files" before "items"
        (_FILES_MARK, ((n, {"sha256": sha, "size": size}) for n, sha, size in records.files(by_name=True))),
        (_ITEMS_MARK, ((None, item) for item in records.manifest_items())),
    ):
        marker = json.dumps(mark).encode()
        before, rest = rest.split(marker, 1)
        sink.write(before)
        opening, closing = (b"[", b"]") if mark == _ITEMS_MARK else (b"{", b"}")
        sink.write(opening)
        first = True
        for key, value in rows:
            sink.write(b"\n    " if first else b",\n    ")
            first = False
            if key is not None:
                sink.write(_json_text(key, 4) + b": ")
            sink.write(_json_text(value, 4))
        sink.write(closing if first else b"\n  " + closing)
    sink.write(rest)


def _fill_items(
    writer: _Writer,
    data: BuildInput,
    count: int,
    items: Iterator[tuple[ArchiveItem, Future[bytes]]],
    steps: _Progress,
    check: Callable[[], None],
) -> None:
    """Write each item's files; its row of the contents and of the manifest go to the records."""
    for number in range(1, count + 1):
        check()
        steps.item(number)
        item, pdf_future = next(items)
        folder = folder_name(number, item)
        docs: list[DocumentFile] = []
        # Originals byte for byte, streamed from the blob store; checked against their name on the way.
        for att in item.attachments:
            source = data.blob_path(att.sha256)
            try:
                sha, size = writer.add_file(f"{folder}/{att.file_name}", source)
            except FileNotFoundError as exc:
                if exc.filename and Path(exc.filename) == source:
                    raise ArchiveWriteError(
                        _tr(MSG_A_SCREENSHOT_IS_MISSING).format(sha=att.sha256), "blob"
                    ) from exc
                raise
            if sha != att.sha256:
                raise ArchiveWriteError(_tr(MSG_A_SCREENSHOT_IS_DAMAGED).format(sha=att.sha256), "blob")
            docs.append(
                DocumentFile(
                    f"{folder}/{att.file_name}",
                    att.file_name,
                    att.title,
                    att.mime,
                    sha,
                    size,
                    main=False,
                    document_type=("FOTO", "Foto"),
                )
            )
        check()
        pdf = pdf_future.result()  # an error drawing it surfaces here
        sha, size = writer.add_bytes(f"{folder}/dokument.pdf", pdf)
        del pdf, pdf_future
        docs.insert(
            0,
            DocumentFile(
                f"{folder}/dokument.pdf",
                "dokument.pdf",
                item.title,
                "application/pdf",
                sha,
                size,
                main=True,
                document_type=_doc_type(item.kind),
            ),
        )
        raw = json_bytes({"kind": item.kind, "id": item.item_id, "record": item.record})
        sha, size = writer.add_bytes(f"{folder}/data.json", raw)
        docs.append(
            DocumentFile(
                f"{folder}/data.json", "data.json", "Rådata (JSON)", "application/json", sha, size, main=False
            )
        )
        xml = arkivmelding_bytes(item, docs, data.arkivdel, data.parent_folder)
        invalid = structure_errors(xml)
        if invalid:  # never mark exported what the archive would reject
            raise ArchiveWriteError(
                _tr(MSG_INVALID_XML).format(file=f"{folder}/arkivmelding.xml", error="; ".join(invalid[:3])),
                "invalid_xml",
            )
        writer.add_bytes(f"{folder}/arkivmelding.xml", xml)
        # The item's own files, in the order written (not a scan of every file so far: that was O(n²)).
        own = [d.file_name for d in docs[1:-1]] + ["dokument.pdf", "data.json", "arkivmelding.xml"]
        writer.records.add_item(
            number,
            [
                str(number),
                item.page_name or "",
                item.document_date[:10],
                "Moderering" if item.kind == "moderation" else "Innlegg",
                item.title + (f" ({item.description})" if item.description else ""),
                f"{folder}/: {', '.join(own)}",
            ],
            {
                "number": number,
                "kind": item.kind,
                "id": item.item_id,
                "folder": folder,
                "title": item.title,
                "page_id": item.page_id,
                "date": item.document_date,
            },
        )


def lesmeg_text(
    package_id: str, created: str, created_by: str, count: int, director: str = "", editor: str = ""
) -> str:
    """The package's LESMEG.txt (Norwegian, for the archive staff); R3's responsible persons named."""
    return f"""ARKIVPAKKE – SOSIALE MEDIER, {ORG_NAME.upper()}

Pakke-ID:   {package_id}
Laget:      {created}
Laget av:   {created_by or "-"}
Redaktøransvar: kommunedirektør {director or "(ikke oppgitt)"}; nettredaktør {editor or "(ikke oppgitt)"}
Program:    {APP_NAME} {__version__}
Elementer:  {count}

Hva er dette?
Pakken inneholder slettede kommentarer fra kommunens sider i sosiale medier (moderasjonslogg, jf.
retningslinjene for sosiale medier) og innlegg som er merket arkivverdige. Hvert element ligger i sin
egen mappe under items/ og skal journalføres i kommunens Noark 5-arkiv.

Innhold i hver mappe under items/:
  arkivmelding.xml  FIKS Arkiv v2, meldingstype arkivmelding.opprett (én journalpost per element).
                    referanseEksternNoekkel har fagsystem "MTK Admin Desktop" og elementets ID.
  dokument.pdf      Hoveddokumentet (PDF/A-2b): elementet med alle metadata og skjermbilder.
  skjermbilde-N.*   Skjermbildene (vedlegg): en PNG- eller JPEG-fil eller et bilde limt inn fra
                    utklippstavlen ligger her byte for byte slik moderatoren hadde det; et bilde tatt
                    av skjermen i programmet (eller et annet format) er lagret som PNG, og et utsnitt
                    er et nytt bilde (det står i bildeteksten i dokument.pdf).
  data.json         Rådata slik de ligger i programmet (vedlegg).

Felles filer:
  innhold.pdf       Innholdsliste (PDF/A-2b).
  manifest.json     Maskinlesbar oversikt over pakken og alle filer.
  sha256sums.txt    SHA-256-sjekksum for hver fil.

Slik kontrollerer du pakken:
  Pakk ut ZIP-filen (eller gå inn i mappen) og kjør:   sha256sum -c sha256sums.txt
  eller i programmet:   mtk-admin archive verify <pakke> --schema <mappe med FIKS Arkiv-XSD-ene>
  I Windows PowerShell: Get-FileHash -Algorithm SHA256 <fil>, og sammenlign med sha256sums.txt.

Kvittering:
  Arkivets kvittering (arkivmeldingKvittering) kan leses inn med   mtk-admin archive receipt <fil>
  eller under fanen Arkiv. Da merkes elementene som journalført med journalpostens år, sekvensnummer
  og nummer. Referansen kan også legges inn for hånd.

Tekst med tegn som XML 1.0 ikke tillater, er erstattet med U+FFFD i arkivmelding.xml og dokument.pdf
(det står da en merknad i arkivmeldingen); originalteksten ligger uendret i data.json.
"""


def _read_back(
    path: Path, form: str, records: Records, steps: _Progress, check: Callable[[], None]
) -> tuple[str, int]:
    """Read what is on the target again, once, and compare every file with what was written."""
    if form == "zip":
        return _read_back_zip(path, records, steps, check)
    problems: list[str] = []
    read = 0
    for name, sha, length in records.files():
        check()
        got, got_size = _hash_stream(open(path / PurePosixPath(name), "rb"))  # noqa: SIM115
        if got != sha or got_size != length:
            problems.append(VerifyProblem("checksum_mismatch", file=name, actual=got, expected=sha))
        read += got_size
        steps.reading(read, records.total_size)
    if problems:
        raise _read_back_failed(problems)
    sums = records.file("sha256sums.txt")
    assert sums is not None
    return sums[0], records.total_size


class _HashingReader:
    """Reads a file from start to end once, every byte into the file's SHA-256 on the way."""

    def __init__(self, fh: IO[bytes], moved: Callable[[int], None]) -> None:
        self.fh = fh
        self.moved = moved
        self.digest = hashlib.sha256()
        self.position = 0

    def read(self, size: int) -> bytes:
        block = self.fh.read(size)
        self.digest.update(block)
        self.position += len(block)
        self.moved(self.position)
        return block

    def exactly(self, size: int) -> bytes:
        block = self.read(size)
        if len(block) != size:
            raise zipfile.BadZipFile("the file ends early")
        return block

    def skip_to(self, offset: int) -> None:
        while self.position < offset:
            self.exactly(min(CHUNK, offset - self.position))


class _MemberReader:
    """One member's content, read from the package's single pass (inflated if deflated)."""

    def __init__(self, reader: _HashingReader, length: int, method: int) -> None:
        self.reader = reader
        self.left = length
        self.inflate = zlib.decompressobj(-15) if method == zipfile.ZIP_DEFLATED else None

    def read(self, size: int) -> bytes:
        while self.left:
            block = self.reader.exactly(min(size, self.left))
            self.left -= len(block)
            if self.inflate is None:
                return block
            block = self.inflate.decompress(block)
            if block:
                return block
        return self.inflate.flush() if self.inflate is not None else b""

    def close(self) -> None:
        """The reader moves on past whatever was not read (still read once, into the package's sum)."""

    def __enter__(self) -> _MemberReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


_LOCAL_HEADER = struct.Struct("<2xHH8xL4xHH")  # after the signature: flags, method, compressed size, names


def _zip64_compressed_size(extra: bytes) -> int:
    """The compressed size in a local header's ZIP64 extra field (the sizes are both there)."""
    at = 0
    while at + 4 <= len(extra):
        kind, length = struct.unpack_from("<HH", extra, at)
        if kind == 1 and length >= 16:
            return int(struct.unpack_from("<Q", extra, at + 12)[0])
        at += 4 + length
    raise zipfile.BadZipFile("a member's size is in a ZIP64 field that is not there")



def _read_back_zip(
    path: Path, records: Records, steps: _Progress, check: Callable[[], None]
) -> tuple[str, int]:
    """One pass over the ZIP from start to end: its own SHA-256 and every member's, each member's bytes
    read once (deflated ones inflated on the way), checked against the records; the structure (central
    directory, local headers: no content) is checked first, as ``archive verify`` does."""
    size = path.stat().st_size  # a target that is gone is said so (OSError), not as a bad ZIP
    problems = verify_zip_structure(path)
    if problems:
        raise _read_back_failed(problems)
    found = 0
    with open(path, "rb", buffering=CHUNK) as fh:
        reader = _HashingReader(fh, lambda at: steps.reading(at, size))
        try:
            # The members one after another from their local headers (no list of them in memory), up to
            # the central directory, which is read (into the package's sum) and checked above.
            while (head := reader.exactly(4)) == b"PK\x03\x04":
                check()
                flags, method, length, name_length, extra_length = _LOCAL_HEADER.unpack(reader.exactly(26))
                raw_name = reader.exactly(name_length)
                extra = reader.exactly(extra_length)
                if flags & 0x8:
                    raise zipfile.BadZipFile("a member has a data descriptor (not written by this program)")
                if length == 0xFFFFFFFF:
                    length = _zip64_compressed_size(extra)
                name = raw_name.decode("utf-8" if flags & 0x800 else "cp437")
                member = _MemberReader(reader, length, method)
                got, got_size = _hash_stream(member)  # type: ignore[arg-type]
                reader.skip_to(reader.position + member.left)  # what the hash did not read
                expected = records.file(name)
                if expected is None:
                    continue
                found += 1
                if got != expected[0] or got_size != expected[1]:
                    problems.append(
                        VerifyProblem("checksum_mismatch", file=name, actual=got, expected=expected[0])
                    )
            if head not in (b"PK\x01\x02", b"PK\x05\x06"):
                raise zipfile.BadZipFile("no central directory after the last member")
            while reader.read(CHUNK):
                pass
        except (zipfile.BadZipFile, zlib.error) as exc:
            raise _read_back_failed([VerifyProblem("zip_unreadable", error=exc)]) from exc
    steps.reading(size, size)
    if found != records.count:  # (only then a list of the names: from the central directory)
        with zipfile.ZipFile(path) as zf:
            written = set(zf.namelist())
        problems += [
            VerifyProblem("listed_missing", file=name)
            for name, _, _ in records.files()
            if name not in written
        ]
    if problems:
        raise _read_back_failed(problems)
    return reader.digest.hexdigest(), reader.position


def _read_back_failed(problems: list[str]) -> ArchiveWriteError:
    """The export's error for a package that did not read back as written, in the user's language."""
    told = "; ".join(problem_message(p) for p in problems[:5])
    return ArchiveWriteError(_tr(MSG_THE_PACKAGE_READ_BACK).format(problems=told), "verify")


