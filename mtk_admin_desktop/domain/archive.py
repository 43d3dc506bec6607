"""Which items the archive must receive (R13, R14) and how their archive status moves forward."""

from __future__ import annotations

from collections.abc import Mapping
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
