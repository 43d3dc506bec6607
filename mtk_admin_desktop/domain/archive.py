"""Which items the archive must receive (R13, R14) and how their archive status moves forward."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from mtk_admin_desktop.domain.ids import stable_id

KINDS = ("moderation", "post")
STATUSES = ("pending", "exported", "journalfort")
FAGSYSTEM = "MTK Admin Desktop"


def status_row_id(kind: str, item_id: str) -> str:
    """The id of the ``archive_status`` row of one item (the same on every laptop)."""
    return stable_id("archive", f"{kind}:{item_id}")


def moderation_needs_archiving(entry: Mapping[str, Any]) -> bool:
    """R13: every deleted comment goes to the archive; other entries when marked archive-worthy."""
    if entry.get("_deleted"):
        return False
    return entry.get("action") == "deleted" or bool(entry.get("archive_worthy"))


def post_needs_archiving(post: Mapping[str, Any]) -> bool:
    """R14: a post goes to the archive when marked archive-worthy."""
    if post.get("_deleted"):
        return False
    return bool(post.get("archive_worthy"))


def needs_archiving(kind: str, item: Mapping[str, Any]) -> bool:
    """Whether an item of ``kind`` must be archived."""
    if kind == "moderation":
        return moderation_needs_archiving(item)
    if kind == "post":
        return post_needs_archiving(item)
    raise ValueError(f"unknown archive kind {kind!r}")


def later_status(a: str | None, b: str | None) -> str | None:
    """The further of two statuses along pending → exported → journalført."""
    ranks = {s: i for i, s in enumerate(STATUSES)}
    if a is None:
        return b
    if b is None:
        return a
    return a if ranks.get(a, -1) >= ranks.get(b, -1) else b


# -- the items of a package ----------------------------------------------------------------------


@dataclass(frozen=True)
class Attachment:
    """A file that goes into the package byte for byte (a screenshot or a post's image)."""

    sha256: str
    mime: str
    file_name: str  # the name inside the item's folder, e.g. skjermbilde-1.png
    title: str  # what the archive staff see (dokumentbeskrivelse/tittel)
    caption: str = ""  # shown under the image in the PDF (alt text, capture details)


@dataclass
class ArchiveItem:
    """One moderation entry or post as it goes to the archive: metadata, text, files, the raw record."""

    kind: str  # "moderation" or "post"
    item_id: str
    title: str
    created_at: str  # ISO 8601 with offset; the journalpost's opprettetDato
    document_date: str  # ISO date; dokumentetsDato
    author: str  # who made the entry or is responsible for the post
    page_id: str = ""
    page_name: str = ""
    page_url: str = ""
    platform: str = ""
    description: str = ""
    text: str = ""  # the comment or the post's text, in full
    correspondent: str = ""  # the comment's author (korrespondansepart, avsender)
    fields: list[tuple[str, str]] = field(default_factory=list)  # label, value: the PDF's metadata table
    attachments: list[Attachment] = field(default_factory=list)
    record: dict[str, Any] = field(default_factory=dict)  # the raw row, as data.json
    # Skjerming: (tilgangsrestriksjon code, skjermingshjemmel), or None when the item is not screened.
    screening: tuple[str, str] | None = None

    @property
    def key(self) -> tuple[str, str]:
        return (self.kind, self.item_id)

    @property
    def sort_key(self) -> tuple[str, str, str]:
        return (self.created_at or "", self.kind, self.item_id)


@dataclass(frozen=True)
class ItemRef:
    """What a package needs of an item before its turn comes: which it is and where it sorts.

    The export keeps only these for the whole package and builds each :class:`ArchiveItem` just before
    writing it, so memory does not grow with the number of items.
    """

    kind: str
    item_id: str
    created_at: str  # as ArchiveItem.created_at (the moderation entry's, or the post's planned time)

    @property
    def key(self) -> tuple[str, str]:
        return (self.kind, self.item_id)

    @property
    def sort_key(self) -> tuple[str, str, str]:
        return (self.created_at or "", self.kind, self.item_id)


def folder_name(number: int, item: ArchiveItem | ItemRef) -> str:
    """The item's folder inside the package: ``items/0001-moderering-<id>``.

    The id comes from a synced row, so it is reduced to a safe file name component (a row id of ``../``
    segments, slashes, a drive letter or control characters cannot reach outside the package).
    """
    word = {"moderation": "moderering", "post": "innlegg"}[item.kind]
    return f"items/{number:04d}-{word}-{safe_component(item.item_id)}"


_UNSAFE_CHARS = re.compile(r"[^A-Za-z0-9._-]")
SAFE_COMPONENT_MAX = 64


def safe_component(value: str) -> str:
    """``value`` as one harmless path component: ASCII letters, digits, ``.``, ``_``, ``-`` only (the
    rest becomes ``_``), no leading dot (so never ``.`` or ``..``), at most 64 characters, never empty.

    A well-formed id (a UUID) comes through unchanged.
    """
    text = _UNSAFE_CHARS.sub("_", value or "")[:SAFE_COMPONENT_MAX]
    text = text.lstrip(".")
    return text or "_"


# -- text that must survive XML and PDF ----------------------------------------------------------

_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
REPLACEMENT = "\ufffd"


# Directional formatting characters (embeddings, overrides, isolates): in evidence they can disguise
# text, so the package's PDFs show them as the app's own view does (``<U+202E>``) instead of obeying them.
BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_BIDI = re.compile(f"[{BIDI_CONTROLS}]")


def bidi_visible(text: str) -> str:
    """``text`` with every directional control shown as ``<U+202E>`` (and so not applied)."""
    return _BIDI.sub(lambda m: f"<U+{ord(m.group(0)):04X}>", text or "")


def _oslo() -> dt.tzinfo:
    from zoneinfo import ZoneInfo

    return ZoneInfo("Europe/Oslo")


def xs_datetime(value: str | None) -> str | None:
    """An ISO time as a valid ``xs:dateTime`` (always with seconds), or None when it is not a time.

    A time without an offset is Oslo time (what a person typed); a date alone is midnight UTC; an
    offset XML Schema cannot carry (over 14 hours, or with seconds) is given in UTC instead.
    """
    if not value:
        return None
    text = value.strip()
    try:
        if "T" not in text and " " not in text:
            day = dt.date.fromisoformat(text)
            parsed = dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)
        else:
            parsed = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=_oslo())
    offset = parsed.utcoffset() or dt.timedelta(0)
    if abs(offset) > dt.timedelta(hours=14) or offset.seconds % 60 or offset.microseconds:
        try:
            parsed = parsed.astimezone(dt.UTC)
        except OverflowError:
            return None
    result = parsed.replace(microsecond=0).isoformat(timespec="seconds")
    return result if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d([+-]\d\d:\d\d)", result) else None


def xs_date(value: str | None) -> str | None:
    """The date part of an ISO date or time as a valid ``xs:date``, or None."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value.strip()[:10]).isoformat()
    except ValueError:
        return None


def xml_safe(text: str) -> tuple[str, int]:
    """``text`` with characters XML 1.0 forbids (and lone surrogates) replaced by U+FFFD; and how many."""
    count = 0

    def swap(_: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return REPLACEMENT

    return _XML_FORBIDDEN.sub(swap, text or ""), count


def json_bytes(data: Any) -> bytes:
    """Stable, readable UTF-8 JSON (sorted keys) so the same record gives the same bytes."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, indent=2, default=str) + "\n"
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        # A lone surrogate cannot be UTF-8; the ASCII form escapes it and loses nothing.
        return (json.dumps(data, ensure_ascii=True, sort_keys=True, indent=2, default=str) + "\n").encode()


def sha256sums_line(sha256: str, path: str) -> str:
    """One line of ``sha256sums.txt`` in the form ``sha256sum -c`` reads (binary mode marker)."""
    if "\n" in path or "\\" in path:
        raise ValueError(f"unsupported file name {path!r}")
    return f"{sha256} *{path}\n"


def parse_sha256sums(text: str) -> list[tuple[str, str]]:
    """The (sha256, path) pairs of a ``sha256sums.txt``; raises ValueError on a malformed line."""
    out = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        match = re.fullmatch(r"([0-9a-f]{64}) [ *](.+)", line)
        if not match:
            raise ValueError(f"sha256sums.txt line {number} is malformed")
        out.append((match.group(1), match.group(2)))
    return out


def package_id_for(keys: list[tuple[str, str]], created_at: str) -> str:
    """The package id: the same for the same items and creation time, so a package can be rebuilt."""
    natural = ";".join(f"{k}:{i}" for k, i in sorted(keys)) + "@" + created_at
    return stable_id("archive-package", natural)


def package_file_name(created_at: str, package_id: str) -> str:
    """``MTK-sosiale-medier-2026-11-25-<short id>`` (without .zip)."""
    return f"MTK-sosiale-medier-{created_at[:10]}-{package_id[:8]}"
