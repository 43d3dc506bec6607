"""Writing an archive package safely (temporary name, fsync, read back, rename) and verifying one.

A package is a ZIP within ISO/IEC 21320-1 (stored or deflate, no encryption, UTF-8 names, ZIP64 only
where a size needs it) or a plain folder. Files are streamed from disk in chunks; items are built one at
a time when their turn comes and their PDFs are drawn a few items ahead in threads, so memory holds a few
items' PDFs, never the package.
"""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import io
import json
import os
import re
import shutil
import stat
import struct
import tempfile
import xml.etree.ElementTree as ET
import zipfile
from collections import deque
from collections.abc import Callable, Iterator, Sequence
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
from mtk_admin_desktop.domain.tr import QT_TRANSLATE_NOOP, Text
from mtk_admin_desktop.services import archive_pdf
from mtk_admin_desktop.services.archive_xml import (
    ARKIVMELDING_XSD,
    MDK,
    NS,
    DocumentFile,
    arkivmelding_bytes,
    structure_errors,
    validate_with_xsd,
)

TEMP_PREFIX = ".mtk-arkiv-tmp-"
CHUNK = 1 << 20
_STORED_SUFFIXES = (".png", ".jpg", ".jpeg", ".pdf", ".gif", ".webp", ".tif", ".tiff")
ZIP64_LIMIT = (1 << 31) - 1  # what zipfile itself uses to decide that a size needs ZIP64
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
    files: dict[str, str] = field(default_factory=dict)  # path in package -> sha256


# -- writers -------------------------------------------------------------------------------------


class _Writer:
    """Adds files to a package under construction, hashing while it copies."""

    def __init__(self) -> None:
        self.files: dict[str, tuple[str, int]] = {}

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


class ZipWriter(_Writer):
    """A ZIP within ISO/IEC 21320-1, entries with a fixed time so the same content gives the same bytes."""

    def __init__(self, path: Path, when: dt.datetime) -> None:
        super().__init__()
        self.path = path
        self.fh = open(path, "xb")  # noqa: SIM115 - closed in close()/abort()
        self.zip = zipfile.ZipFile(self.fh, "w", allowZip64=True)
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
        self.files[name] = (sha, written)
        return sha, written

    def close(self) -> None:
        self.zip.close()
        self.fh.flush()
        os.fsync(self.fh.fileno())
        self.fh.close()

    def abort(self) -> None:
        for closer in (self.zip.close, self.fh.close):
            try:
                closer()
            except (OSError, ValueError, zipfile.BadZipFile):
                pass
        _remove(self.path)


class FolderWriter(_Writer):
    """A plain folder; every file fsync'd."""

    def __init__(self, path: Path) -> None:
        super().__init__()
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
        self.files[name] = (sha, written)
        return sha, written

    def close(self) -> None:
        for folder in sorted({p.parent for p in self.path.rglob("*")} | {self.path}, reverse=True):
            _fsync_dir(folder)

    def abort(self) -> None:
        _remove(self.path)


def _check_name(name: str) -> None:
    """Refuse a name inside the package that could point outside it (names come from synced values)."""
    if unsafe_name(name) or len(name) > 1024:
        raise ArchiveWriteError(_tr(MSG_UNSAFE_NAME).format(name=name), "unsafe_name")


def _fsync_dir(path: Path) -> None:
    if os.name == "nt":  # directories cannot be opened for fsync on Windows; NTFS journals renames
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


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

ProgressFn = Callable[[int, int, str], None]


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

    def item(self, entry: ArchiveItem | ItemRef) -> ArchiveItem:
        if isinstance(entry, ArchiveItem):
            return entry
        if self.load is None:
            raise ValueError("BuildInput has item references but no load function")
        return self.load(entry)


def _doc_type(kind: str) -> tuple[str, str]:
    return ("MELDING", "Melding") if kind == "moderation" else ("KORR", "Korrespondanse")


def write_package(
    data: BuildInput,
    target: Path,
    form: str = "zip",
    progress: ProgressFn | None = None,
    check: Callable[[], None] | None = None,
) -> PackageResult:
    """Build, write and verify a package on ``target``; raises :class:`ArchiveWriteError` if it fails.

    On any failure (or cancel via ``check``) the temporary file or folder is removed; nothing is renamed
    into place, so the caller marks nothing.
    """
    if form not in ("zip", "folder"):
        raise ValueError(form)
    progress = progress or (lambda *_: None)
    check = check or (lambda: None)
    target = Path(target)
    if not target.is_dir():
        raise ArchiveWriteError(_tr(MSG_THE_TARGET_FOLDER_DOES).format(target=target), "gone")
    clean_temporaries(target)
    items = sorted(data.items, key=lambda i: i.sort_key)
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
        writer = ZipWriter(temp, created) if form == "zip" else FolderWriter(temp)
        with tempfile.TemporaryDirectory(prefix="mtk-arkiv-") as scratch:
            _fill(writer, data, items, package_id, created_text, Path(scratch), progress, check)
        writer.close()
        check()
        progress(len(items), len(items) + 1, _tr(MSG_READING_THE_PACKAGE_BACK))
        package_sha, size = _read_back(temp, form, writer.files)
        check()
        os.replace(temp, final)
        _fsync_dir(target)
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
    progress(len(items) + 1, len(items) + 1, _tr(MSG_DONE))
    return PackageResult(
        package_id=package_id,
        file_name=final.name,
        path=final,
        form=form,
        sha256=package_sha,
        size=size,
        created_at=created_text,
        item_keys=[i.key for i in items],
        files={name: sha for name, (sha, _) in writer.files.items()},
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
) -> Iterator[tuple[ArchiveItem, Future[bytes]]]:
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
    progress: ProgressFn,
    check: Callable[[], None],
) -> None:
    threads = pdf_threads()
    # Leaving the block waits for the PDFs still being drawn (at most ``threads``, after a cancel or error).
    with PdfPool(threads) as pool:
        items = _items_with_pdfs(data, entries, pool, threads + 1)
        try:
            contents_rows, manifest_items = _fill_items(writer, data, entries, items, progress, check)
        finally:
            items.close()  # on cancel or error: the PDFs not yet started are dropped
    total = len(entries) + 1
    check()
    progress(len(entries), total, _tr(MSG_TABLE_OF_CONTENTS))
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
    archive_pdf.write_contents_pdf(
        toc,
        f"Arkivpakke sosiale medier – {ORG_NAME}",
        header,
        contents_rows,
        dt.datetime.fromisoformat(created_text.replace("Z", "+00:00")),
        f"package:{package_id}",
    )
    writer.add_file("innhold.pdf", toc)
    writer.add_bytes(
        "LESMEG.txt",
        lesmeg_text(
            package_id, created_text, data.created_by, len(entries), data.kommunedirektor, data.nettredaktor
        ).encode(),
    )
    counts: dict[str, int] = {}
    for entry in entries:
        counts[entry.kind] = counts.get(entry.kind, 0) + 1
    manifest = {
        "package_id": package_id,
        "created_at": created_text,
        "created_by": data.created_by,
        "responsible": {"kommunedirektor": data.kommunedirektor, "nettredaktor": data.nettredaktor},
        "placement": {"arkivdel": data.arkivdel, "parent_folder": data.parent_folder},
        "application": APP_NAME,
        "version": __version__,
        "organisation": ORG_NAME,
        "format": "FIKS Arkiv v2 arkivmelding.opprett, en per element",
        "counts": counts,
        "filters": data.filters,
        "items": manifest_items,
        "files": {name: {"sha256": sha, "size": size} for name, (sha, size) in writer.files.items()},
    }
    writer.add_bytes("manifest.json", json_bytes(manifest))
    sums = "".join(sha256sums_line(sha, name) for name, (sha, _) in sorted(writer.files.items()))
    writer.add_bytes("sha256sums.txt", sums.encode())


def _fill_items(
    writer: _Writer,
    data: BuildInput,
    entries: list[ArchiveItem | ItemRef],
    items: Iterator[tuple[ArchiveItem, Future[bytes]]],
    progress: ProgressFn,
    check: Callable[[], None],
) -> tuple[list[list[str]], list[dict[str, Any]]]:
    contents_rows: list[list[str]] = []
    manifest_items: list[dict[str, Any]] = []
    total = len(entries) + 1
    for number in range(1, len(entries) + 1):
        check()
        progress(number - 1, total, _tr(MSG_ITEM_N_OF_TOTAL).format(n=number, total=len(entries)))
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
        files = ", ".join(own)
        contents_rows.append(
            [
                str(number),
                item.page_name or "",
                item.document_date[:10],
                "Moderering" if item.kind == "moderation" else "Innlegg",
                item.title + (f" ({item.description})" if item.description else ""),
                f"{folder}/: {files}",
            ]
        )
        manifest_items.append(
            {
                "number": number,
                "kind": item.kind,
                "id": item.item_id,
                "folder": folder,
                "title": item.title,
                "page_id": item.page_id,
                "date": item.document_date,
            }
        )
    return contents_rows, manifest_items


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
  skjermbilde-N.*   Originale skjermbilder, byte for byte (vedlegg).
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


def _read_back(path: Path, form: str, expected: dict[str, tuple[str, int]]) -> tuple[str, int]:
    """Read what is on the target again and compare every file with what was written."""
    if form == "zip":
        digest, size = hashlib.sha256(), 0
        with open(path, "rb") as fh:
            while block := fh.read(CHUNK):
                digest.update(block)
                size += len(block)
        problems = verify_zip_structure(path)
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            for name, (sha, length) in expected.items():
                if name not in names:
                    problems.append(VerifyProblem("listed_missing", file=name))
                    continue
                got, got_size = _hash_stream(zf.open(name))
                if got != sha or got_size != length:
                    problems.append(VerifyProblem("checksum_mismatch", file=name, actual=got, expected=sha))
        if problems:
            raise _read_back_failed(problems)
        return digest.hexdigest(), size
    problems = []
    for name, (sha, length) in expected.items():
        got, got_size = _hash_stream(open(path / PurePosixPath(name), "rb"))  # noqa: SIM115
        if got != sha or got_size != length:
            problems.append(VerifyProblem("checksum_mismatch", file=name, actual=got, expected=sha))
    if problems:
        raise _read_back_failed(problems)
    total = sum(length for _, length in expected.values())
    return expected["sha256sums.txt"][0], total


def _read_back_failed(problems: list[str]) -> ArchiveWriteError:
    """The export's error for a package that did not read back as written, in the user's language."""
    told = "; ".join(problem_message(p) for p in problems[:5])
    return ArchiveWriteError(_tr(MSG_THE_PACKAGE_READ_BACK).format(problems=told), "verify")


def _hash_stream(fh: IO[bytes]) -> tuple[str, int]:
    digest, size = hashlib.sha256(), 0
    with fh:
        while block := fh.read(CHUNK):
            digest.update(block)
            size += len(block)
    return digest.hexdigest(), size


# -- verifying -----------------------------------------------------------------------------------

# Every kind of problem verify can find: a stable code (for --json and scripts) and the English sentence,
# marked for lupdate and translated when shown. {file} is a name inside the package; {error} is Python's,
# zlib's or xmlschema's own reason, which stays as it is, in parentheses.
VERIFY_MESSAGES: dict[str, str] = {
    "zip_unreadable": QT_TRANSLATE_NOOP("ArchiveVerify", "The file is not a readable ZIP file ({error})."),
    "zip_method": QT_TRANSLATE_NOOP(
        "ArchiveVerify",
        "{file}: compressed with method {method}; an archive ZIP allows only stored and deflate.",
    ),
    "zip_encrypted": QT_TRANSLATE_NOOP(
        "ArchiveVerify", "{file}: encrypted; an archive ZIP must not be encrypted."
    ),
    "zip_name_not_utf8": QT_TRANSLATE_NOOP(
        "ArchiveVerify", "{file}: the name has non-ASCII characters but is not marked as UTF-8."
    ),
    "zip_other_volume": QT_TRANSLATE_NOOP(
        "ArchiveVerify", "{file}: lies on another volume (a ZIP split into several parts)."
    ),
    "zip64_unneeded": QT_TRANSLATE_NOOP(
        "ArchiveVerify", "{file}: uses ZIP64 although its size does not need it."
    ),
    "zip_unsafe_path": QT_TRANSLATE_NOOP(
        "ArchiveVerify", "{file}: unsafe path in the ZIP (absolute, a drive letter, a backslash, or with ..)."
    ),
    "zip_duplicate": QT_TRANSLATE_NOOP(
        "ArchiveVerify", "{file}: the name occurs more than once in the package (ignoring case and slashes)."
    ),
    "zip_symlink": QT_TRANSLATE_NOOP(
        "ArchiveVerify", "{file}: a symbolic link or special file; a package holds only ordinary files."
    ),
    "zip_overlap": QT_TRANSLATE_NOOP(
        "ArchiveVerify", "{file}: its data overlaps another entry's (a ZIP built to explode when unpacked)."
    ),
    "zip_too_large": QT_TRANSLATE_NOOP(
        "ArchiveVerify", "{file}: {size} bytes, over the limit of {limit} bytes for one file."
    ),
    "zip_ratio": QT_TRANSLATE_NOOP(
        "ArchiveVerify",
        "{file}: would expand from {packed} to {size} bytes, more than {ratio} times (a ZIP bomb?).",
    ),
    "zip_total_too_large": QT_TRANSLATE_NOOP(
        "ArchiveVerify", "The package would expand to {size} bytes, over the limit of {limit} bytes."
    ),
    "zip_too_many": QT_TRANSLATE_NOOP(
        "ArchiveVerify", "The package has {count} entries, over the limit of {limit}."
    ),
    "zip_size_mismatch": QT_TRANSLATE_NOOP(
        "ArchiveVerify", "{file}: holds {actual} bytes, but the ZIP declares {declared}."
    ),
    "verify_failed": QT_TRANSLATE_NOOP("ArchiveVerify", "The package could not be checked ({error})."),
    "xml_structure": QT_TRANSLATE_NOOP(
        "ArchiveVerify", "{file}: not the structure of a FIKS Arkiv arkivmelding ({error})."
    ),
    "package_not_found": QT_TRANSLATE_NOOP("ArchiveVerify", "The package {path} does not exist."),
    "sums_missing": QT_TRANSLATE_NOOP("ArchiveVerify", "sha256sums.txt is missing from the package."),
    "sums_unreadable": QT_TRANSLATE_NOOP("ArchiveVerify", "sha256sums.txt cannot be read ({error})."),
    "not_listed": QT_TRANSLATE_NOOP(
        "ArchiveVerify", "{file}: in the package but not listed in sha256sums.txt."
    ),
    "listed_missing": QT_TRANSLATE_NOOP(
        "ArchiveVerify", "{file}: listed in sha256sums.txt but missing from the package."
    ),
    "unreadable": QT_TRANSLATE_NOOP("ArchiveVerify", "{file}: cannot be read ({error})."),
    "checksum_mismatch": QT_TRANSLATE_NOOP(
        "ArchiveVerify",
        "{file}: the file has changed or is damaged: its SHA-256 is {actual}, "
        "but sha256sums.txt says {expected}.",
    ),
    "manifest_unreadable": QT_TRANSLATE_NOOP("ArchiveVerify", "manifest.json cannot be read ({error})."),
    "no_arkivmelding": QT_TRANSLATE_NOOP("ArchiveVerify", "The package has no arkivmelding.xml."),
    "xsd_invalid": QT_TRANSLATE_NOOP(
        "ArchiveVerify", "{file}: does not follow the FIKS Arkiv XSD ({error})."
    ),
    "xml_malformed": QT_TRANSLATE_NOOP("ArchiveVerify", "{file}: not well-formed XML ({error})."),
    "xml_wrong_root": QT_TRANSLATE_NOOP(
        "ArchiveVerify", "{file}: the root element is {tag}, not arkivmelding."
    ),
    "xml_file_count": QT_TRANSLATE_NOOP(
        "ArchiveVerify", "{file}: antallFiler says {count}, but the message describes {described} files."
    ),
    "xml_file_count_missing": QT_TRANSLATE_NOOP(
        "ArchiveVerify", "{file}: antallFiler is missing; the message describes {described} files."
    ),
    "xml_no_key": QT_TRANSLATE_NOOP("ArchiveVerify", "{file}: referanseEksternNoekkel/noekkel is missing."),
    "xml_checksum_algorithm": QT_TRANSLATE_NOOP(
        "ArchiveVerify", "{file}: sjekksumAlgoritme for {document} is not SHA256."
    ),
    "xml_document_missing": QT_TRANSLATE_NOOP(
        "ArchiveVerify", "{file}: the document {document} is missing from the package."
    ),
    "xml_checksum_mismatch": QT_TRANSLATE_NOOP(
        "ArchiveVerify", "{file}: the sjekksum for {document} does not match the file."
    ),
    "zip_sha_recorded": QT_TRANSLATE_NOOP(
        "ArchiveVerify",
        "The ZIP file's SHA-256 is {actual}, but {recorded} was recorded when it was written.",
    ),
}


class VerifyProblem(str):
    """One problem verify found: a stable ``code`` and its ``params``; as a ``str``, the English sentence.

    A ``str`` so that everything that took problems as English text keeps working unchanged (the
    history's ``verify_message``, ``--json``'s ``problems``, ``"name" in problem``); ``message()`` gives
    the sentence in the user's language.
    """

    code: str
    params: dict[str, Any]

    def __new__(cls, code: str, **params: Any) -> VerifyProblem:
        clean = {k: v if isinstance(v, int) else str(v) for k, v in params.items()}
        self = super().__new__(cls, Text("ArchiveVerify", VERIFY_MESSAGES[code], clean).english())
        self.code = code
        self.params = clean
        return self

    def __reduce__(self) -> tuple[Any, ...]:  # copy/pickle: rebuild from the code, not from the text
        return (_problem, (self.code, self.params))

    @property
    def text(self) -> Text:
        return Text("ArchiveVerify", VERIFY_MESSAGES[self.code], self.params)

    def message(self) -> str:
        """The sentence in the installed language."""
        from mtk_admin_desktop.i18n import tr_text

        return tr_text(self.text)


def _problem(code: str, params: dict[str, Any]) -> VerifyProblem:
    return VerifyProblem(code, **params)


def problem_message(problem: str) -> str:
    """A problem in the user's language (a plain string added by other code is shown as it is)."""
    return problem.message() if isinstance(problem, VerifyProblem) else str(problem)


def problem_json(problem: str) -> dict[str, Any]:
    """A problem for ``--json``: the stable code, its parameters and the sentence in the user's language."""
    if isinstance(problem, VerifyProblem):
        return {"code": problem.code, "params": dict(problem.params), "message": problem.message()}
    return {"code": "", "params": {}, "message": str(problem)}


@dataclass(frozen=True)
class VerifyLimits:
    """What ``archive verify`` accepts before it reads a byte of a file's content (docs/archive.md).

    Sizes are checked as declared and counted while reading (never trusted): with these limits a check
    takes bounded time and memory whatever the package claims.
    """

    member_size: int = 4 << 30  # one file: 4 GiB (a long screen recording would be far smaller)
    total_size: int = 256 << 30  # everything, unpacked
    # Unpacked : packed, for one file over ratio_from bytes, and for the whole package beyond ratio_from
    # (ours are ~1:1 to 10:1; a 2 MB comment of one repeated letter compresses 1000:1 but is small).
    ratio: int = 100
    ratio_from: int = 64 << 20
    members: int = 500_000  # 20,000 items of 5 files is 100,000
    directory_size: int = 128 << 20  # the ZIP's central directory, read whole by zipfile
    text_size: int = 64 << 20  # sha256sums.txt, manifest.json, an arkivmelding.xml are read whole


LIMITS = VerifyLimits()
# Problems after which verify reads no file's content at all.
_REFUSED = {
    "zip_unreadable",
    "zip_duplicate",
    "zip_unsafe_path",
    "zip_symlink",
    "zip_overlap",
    "zip_too_large",
    "zip_ratio",
    "zip_total_too_large",
    "zip_too_many",
    "zip_encrypted",
    "zip_method",
}
_DRIVE = re.compile(r"^[A-Za-z]:")


def unsafe_name(name: str) -> bool:
    """Whether a name inside a package could reach outside it when unpacked (on any system)."""
    if not name or "\x00" in name or "\\" in name or name.startswith("/") or _DRIVE.match(name):
        return True
    return any(part in ("", ".", "..") for part in name.rstrip("/").split("/"))


def _zip_directory(fh: IO[bytes], limits: VerifyLimits) -> str | None:
    """Refuse a ZIP whose central directory is too large to read before zipfile reads it (None: fine)."""
    end = zipfile._EndRecData(fh)  # type: ignore[attr-defined]
    if not end:
        return None  # zipfile says what is wrong
    count, size = end[zipfile._ECD_ENTRIES_TOTAL], end[zipfile._ECD_SIZE]  # type: ignore[attr-defined]
    if count > limits.members:
        return f"count:{count}"
    if size > limits.directory_size:
        return f"directory:{size}"
    return None


def verify_zip_structure(path: Path, limits: VerifyLimits = LIMITS) -> list[str]:
    """Problems (:class:`VerifyProblem`) of a ZIP: ISO/IEC 21320-1 (methods, encryption, UTF-8 names,
    ZIP64, volumes) and safety (names, duplicates, links, overlapping entries, sizes and expansion),
    from the central directory and the local headers alone: no content is decompressed."""
    problems: list[str] = []
    try:
        fh = open(path, "rb")  # noqa: SIM115 - closed below
    except OSError as exc:
        return [VerifyProblem("zip_unreadable", error=exc)]
    with fh:
        try:
            refused = _zip_directory(fh, limits)
            if refused and refused.startswith("count:"):
                count = int(refused.split(":")[1])
                return [VerifyProblem("zip_too_many", count=count, limit=limits.members)]
            if refused:
                return [VerifyProblem("zip_unreadable", error=f"central directory of {refused[10:]} bytes")]
            fh.seek(0)
            zf = zipfile.ZipFile(fh)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
            return [VerifyProblem("zip_unreadable", error=exc)]
        file_size = os.fstat(fh.fileno()).st_size
        with zf:
            infos = zf.infolist()
            if len(infos) > limits.members:
                return [VerifyProblem("zip_too_many", count=len(infos), limit=limits.members)]
            seen: set[str] = set()
            total = 0
            spans: list[tuple[int, int, str]] = []
            for info in infos:
                name = info.filename
                if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                    problems.append(VerifyProblem("zip_method", file=name, method=info.compress_type))
                if info.flag_bits & 0x1:
                    problems.append(VerifyProblem("zip_encrypted", file=name))
                if not name.isascii() and not info.flag_bits & 0x800:
                    problems.append(VerifyProblem("zip_name_not_utf8", file=name))
                if info.volume != 0:
                    problems.append(VerifyProblem("zip_other_volume", file=name))
                if (
                    _has_zip64_extra(info.extra)
                    and info.file_size <= ZIP64_LIMIT
                    and info.compress_size <= ZIP64_LIMIT
                    and info.header_offset <= ZIP64_LIMIT
                ):
                    problems.append(VerifyProblem("zip64_unneeded", file=name))
                # zipfile turns backslashes into slashes on Windows only: judge the name as stored.
                stored = info.orig_filename
                if unsafe_name(stored):
                    problems.append(VerifyProblem("zip_unsafe_path", file=stored))
                key = stored.replace("\\", "/").rstrip("/").casefold()
                if key in seen:
                    problems.append(VerifyProblem("zip_duplicate", file=stored))
                seen.add(key)
                kind = stat.S_IFMT(info.external_attr >> 16)
                if kind not in (0, stat.S_IFREG, stat.S_IFDIR):
                    problems.append(VerifyProblem("zip_symlink", file=name))
                if info.file_size > limits.member_size:
                    problems.append(
                        VerifyProblem(
                            "zip_too_large", file=name, size=info.file_size, limit=limits.member_size
                        )
                    )
                elif info.file_size > limits.ratio_from and info.file_size > limits.ratio * max(
                    info.compress_size, 1
                ):
                    problems.append(
                        VerifyProblem(
                            "zip_ratio",
                            file=name,
                            packed=info.compress_size,
                            size=info.file_size,
                            ratio=limits.ratio,
                        )
                    )
                total += info.file_size
                start = _data_start(fh, info)
                if start is None or start + info.compress_size > file_size:
                    problems.append(VerifyProblem("zip_overlap", file=name))
                else:
                    spans.append((info.header_offset, start + info.compress_size, name))
            # Unpacking may cost at most ``ratio`` times the file itself (plus a little): time stays in
            # proportion to what was handed over, however the entries are cut.
            allowed = min(limits.total_size, limits.ratio * file_size + limits.ratio_from)
            if total > allowed:
                problems.append(VerifyProblem("zip_total_too_large", size=total, limit=allowed))
            spans.sort()
            for (_, end, _), (begin, _, name) in zip(spans, spans[1:], strict=False):
                if begin < end:
                    problems.append(VerifyProblem("zip_overlap", file=name))
    return problems


def _data_start(fh: IO[bytes], info: zipfile.ZipInfo) -> int | None:
    """Where an entry's data begins, from its local header (None: no local header there)."""
    fh.seek(info.header_offset)
    head = fh.read(30)
    if len(head) < 30 or head[:4] != b"PK\x03\x04":
        return None
    name_length, extra_length = struct.unpack("<HH", head[26:30])
    return int(info.header_offset) + 30 + int(name_length) + int(extra_length)


def _has_zip64_extra(extra: bytes) -> bool:
    pos = 0
    while pos + 4 <= len(extra):
        tag, length = struct.unpack("<HH", extra[pos : pos + 4])
        if tag == 0x0001:
            return True
        pos += 4 + length
    return False


@dataclass
class VerifyReport:
    """What ``archive verify`` found: every problem, and how much was checked.

    ``problems`` are :class:`VerifyProblem` (English as ``str``; ``messages()`` in the user's language).
    """

    path: Path
    problems: list[str] = field(default_factory=list)
    files_checked: int = 0
    xml_checked: int = 0
    items: int = 0
    package_id: str = ""

    @property
    def ok(self) -> bool:
        return not self.problems

    def add(self, code: str, **params: Any) -> None:
        self.problems.append(VerifyProblem(code, **params))

    def messages(self) -> list[str]:
        """Every problem in the installed language."""
        return [problem_message(p) for p in self.problems]


class _Reader:
    """Read access to a package, ZIP or folder, by the names inside it, each file read at most to its
    declared size (a folder's: its size when listed)."""

    def __init__(self, path: Path, limits: VerifyLimits = LIMITS) -> None:
        self.path = path
        self.limits = limits
        self.zip = zipfile.ZipFile(path) if path.is_file() else None
        self.sizes: dict[str, int] = {}
        self.refused: list[tuple[str, str, dict[str, Any]]] = []  # (code, file, params) found listing

    def names(self) -> list[str]:
        if self.zip is not None:
            for info in self.zip.infolist():
                if not info.filename.endswith("/"):
                    self.sizes[info.filename] = info.file_size
            return list(self.sizes)
        # A folder: walked without following links; a link (to a file or a folder) is refused, never read.
        for folder, dirs, files in os.walk(self.path, followlinks=False):
            for entry in sorted(dirs + files):
                full = Path(folder) / entry
                name = full.relative_to(self.path).as_posix()
                found = full.lstat()
                if stat.S_ISLNK(found.st_mode) or not (
                    stat.S_ISREG(found.st_mode) or stat.S_ISDIR(found.st_mode)
                ):
                    self.refused.append(("zip_symlink", name, {}))
                elif stat.S_ISREG(found.st_mode):
                    if found.st_size > self.limits.member_size:
                        self.refused.append(
                            ("zip_too_large", name, {"size": found.st_size, "limit": self.limits.member_size})
                        )
                    else:
                        self.sizes[name] = found.st_size
            dirs[:] = [d for d in dirs if not (Path(folder) / d).is_symlink()]
            if len(self.sizes) > self.limits.members:
                self.refused.append(
                    ("zip_too_many", "", {"count": len(self.sizes), "limit": self.limits.members})
                )
                break
        return sorted(self.sizes)

    def open(self, name: str) -> IO[bytes]:
        if self.zip is not None:
            return self.zip.open(name)  # zipfile stops at the declared size and checks the CRC
        return open(self.path / PurePosixPath(name), "rb")  # noqa: SIM115

    def read(self, name: str) -> bytes:
        """A small file whole (sha256sums.txt, manifest.json, arkivmelding.xml), up to the text limit."""
        if self.sizes.get(name, 0) > self.limits.text_size:
            raise ValueError(f"{self.sizes[name]} bytes, over the limit of {self.limits.text_size}")
        with self.open(name) as fh:
            data = fh.read(self.limits.text_size + 1)
        if len(data) > self.limits.text_size:
            raise ValueError(f"over the limit of {self.limits.text_size} bytes")
        return data

    def hash(self, name: str) -> tuple[str, int]:
        """SHA-256 and size of a file, reading in chunks and never more than its declared size + 1."""
        declared = self.sizes.get(name, 0)
        digest, size = hashlib.sha256(), 0
        with self.open(name) as fh:
            while block := fh.read(min(CHUNK, declared + 1 - size)):
                digest.update(block)
                size += len(block)
                if size > declared:
                    break
        return digest.hexdigest(), size

    def close(self) -> None:
        if self.zip is not None:
            self.zip.close()


def verify_package(
    path: Path,
    schema_dir: Path | None = None,
    progress: ProgressFn | None = None,
    expected_sha256: str | None = None,
    limits: VerifyLimits = LIMITS,
) -> VerifyReport:
    """Check a package as the archive staff would: every checksum, every arkivmelding (its structure
    always, the XSDs in ``schema_dir`` when given), the ZIP's form and safety, within ``limits``.

    ``expected_sha256``: the ZIP file's checksum recorded when it was written; compared when nothing
    else is wrong.
    """
    path = Path(path)
    report = VerifyReport(path)
    if not path.exists():
        report.add("package_not_found", path=path)
        return report
    try:
        _verify(path, report, schema_dir, progress, limits)
    except Exception as exc:  # noqa: BLE001 - whatever a hostile package provokes: a problem, not a traceback
        report.add("verify_failed", error=f"{type(exc).__name__}: {exc}")
        return report
    if report.ok and expected_sha256 is not None and path.is_file():
        actual, _ = _hash_stream(open(path, "rb"))  # noqa: SIM115 - closed by _hash_stream
        if actual != expected_sha256:
            report.add("zip_sha_recorded", actual=actual, recorded=expected_sha256)
    return report


def _verify(
    path: Path,
    report: VerifyReport,
    schema_dir: Path | None,
    progress: ProgressFn | None,
    limits: VerifyLimits,
) -> None:
    if path.is_file():
        report.problems += verify_zip_structure(path, limits)
        if any(getattr(p, "code", "") in _REFUSED for p in report.problems):
            return  # nothing of an unsafe ZIP is read
    reader = _Reader(path, limits)
    try:
        names = set(reader.names())
        for code, name, params in reader.refused:
            report.add(code, **({"file": name} if name else {}), **params)
        if reader.refused:
            return
        _verify_contents(reader, names, report, schema_dir, progress)
    finally:
        reader.close()


def _verify_contents(
    reader: _Reader,
    names: set[str],
    report: VerifyReport,
    schema_dir: Path | None,
    progress: ProgressFn | None,
) -> None:
    if "sha256sums.txt" not in names:
        report.add("sums_missing")
        return
    try:
        sums = parse_sha256sums(reader.read("sha256sums.txt").decode("utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        report.add("sums_unreadable", error=exc)
        return
    listed = {name for _, name in sums}
    for name in sorted(names - listed - {"sha256sums.txt"}):
        report.add("not_listed", file=name)
    hashes: dict[str, str] = {}
    for number, (sha, name) in enumerate(sums, 1):
        if progress:
            progress(number, len(sums), name)
        if name not in names:
            report.add("listed_missing", file=name)
            continue
        try:
            got, size = reader.hash(name)
        except Exception as exc:  # noqa: BLE001 - BadZipFile, OSError, EOFError; a damaged deflate: zlib.error
            report.add("unreadable", file=name, error=exc)
            continue
        if size != reader.sizes.get(name):
            report.add("zip_size_mismatch", file=name, actual=size, declared=reader.sizes.get(name, 0))
            continue
        report.files_checked += 1
        hashes[name] = got
        if got != sha:
            report.add("checksum_mismatch", file=name, actual=got, expected=sha)
    if "manifest.json" in names:
        try:
            manifest = json.loads(reader.read("manifest.json"))
            report.package_id = manifest.get("package_id", "")
            report.items = len(manifest.get("items", []))
        except Exception as exc:  # noqa: BLE001 - damaged bytes give zlib, JSON or Unicode errors
            report.add("manifest_unreadable", error=exc)
    for name in sorted(n for n in names if n.endswith("/arkivmelding.xml")):
        try:
            xml = reader.read(name)
        except Exception as exc:  # noqa: BLE001
            report.add("unreadable", file=name, error=exc)
            continue
        report.xml_checked += 1
        report.problems += _check_arkivmelding(name, xml, names, hashes)
        if schema_dir is not None and not any(
            getattr(p, "code", "") == "xml_malformed" and p.params.get("file") == name  # type: ignore[attr-defined]
            for p in report.problems
        ):
            try:
                errors = validate_with_xsd(xml, schema_dir, ARKIVMELDING_XSD)
            except Exception as exc:  # noqa: BLE001 - xmlschema's errors on odd input: a problem, not a crash
                errors = [f"{type(exc).__name__}: {exc}"]
            for error in errors[:20]:
                report.add("xsd_invalid", file=name, error=error)
    if not report.xml_checked:
        report.add("no_arkivmelding")


def _check_arkivmelding(name: str, xml: bytes, names: set[str], hashes: dict[str, str]) -> list[str]:
    """Structural checks of the arkivmelding ``name`` without the XSD: the root, antallFiler, each
    document's file, size and checksum."""
    try:
        root = ET.fromstring(xml)
    except ET.ParseError as exc:
        return [VerifyProblem("xml_malformed", file=name, error=exc)]
    q = f"{{{NS}}}"
    problems: list[str] = []
    if root.tag != f"{q}arkivmelding":
        return [VerifyProblem("xml_wrong_root", file=name, tag=root.tag)]
    for error in structure_errors(root)[:20]:
        problems.append(VerifyProblem("xml_structure", file=name, error=error))
    objects = list(root.iter(f"{q}dokumentobjekt"))
    count = root.findtext(f"{q}antallFiler")
    if count is None:
        problems.append(VerifyProblem("xml_file_count_missing", file=name, described=len(objects)))
    elif count != str(len(objects)):
        problems.append(VerifyProblem("xml_file_count", file=name, count=count, described=len(objects)))
    key = root.find(f"{q}registrering/{q}referanseEksternNoekkel")
    if key is None or not key.findtext(f"{{{MDK}}}noekkel"):
        problems.append(VerifyProblem("xml_no_key", file=name))
    for obj in objects:
        ref = obj.findtext(f"{q}referanseDokumentfil") or ""
        sha = obj.findtext(f"{q}sjekksum") or ""
        if obj.findtext(f"{q}sjekksumAlgoritme") != "SHA256":
            problems.append(VerifyProblem("xml_checksum_algorithm", file=name, document=ref))
        if ref not in names:
            problems.append(VerifyProblem("xml_document_missing", file=name, document=ref))
        elif ref in hashes and hashes[ref] != sha:
            problems.append(VerifyProblem("xml_checksum_mismatch", file=name, document=ref))
    return problems
