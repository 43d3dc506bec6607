"""Which items the archive must receive (R13, R14) and how their archive status moves forward."""

from __future__ import annotations

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
    """The item's folder inside the package: ``items/0001-moderering-<id>``."""
    word = {"moderation": "moderering", "post": "innlegg"}[item.kind]
    return f"items/{number:04d}-{word}-{item.item_id}"


# -- text that must survive XML and PDF ----------------------------------------------------------

_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
REPLACEMENT = "\ufffd"


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
