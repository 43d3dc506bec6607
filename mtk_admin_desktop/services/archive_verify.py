"""Verifying an archive package: its ZIP structure (refused before any content is read when unsafe),
its checksums, manifest and arkivmelding, in bounded time and memory.

Kept apart from writing (``archive_package``), which reads its own package back with these same checks.
Every problem is a :class:`VerifyProblem`: a stable code for ``--json`` and a sentence in the user's
language.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat
import struct
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import IO, Any

from mtk_admin_desktop.domain.archive import parse_sha256sums
from mtk_admin_desktop.domain.tr import QT_TRANSLATE_NOOP, Text
from mtk_admin_desktop.services.archive_xml import (
    ARKIVMELDING_XSD,
    MDK,
    NS,
    structure_errors,
    validate_with_xsd,
)

CHUNK = 1 << 20
ZIP64_LIMIT = (1 << 31) - 1  # what zipfile itself uses to decide that a size needs ZIP64
ProgressFn = Callable[[int, int, str], None]


def _hash_stream(fh: IO[bytes]) -> tuple[str, int]:
    digest, size = hashlib.sha256(), 0
    with fh:
        while block := fh.read(CHUNK):
            digest.update(block)
            size += len(block)
    return digest.hexdigest(), size


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
