"""Writing an archive package safely (temporary name, fsync, read back with ``archive_verify``, rename).

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
import os
import shutil
import stat
import tempfile
import zipfile
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
        "moderation_chain_heads": data.chain_heads,
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


