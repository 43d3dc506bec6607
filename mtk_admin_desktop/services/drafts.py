"""Autosaved drafts of open editors, so nothing typed is lost to a crash or a power cut.

While an editor (a post, a moderation entry, a page form) is open with changes, it saves what the form
holds here every few seconds; saving or discarding the form removes the draft. A draft still here when
the editor (or the application) opens again was left by a crash, and the editor offers to restore it.

Drafts are this laptop's only (``local_drafts``, never synced: a half-typed comment is nobody else's
business) and each write is one transaction, so a power cut leaves the previous draft or the new one.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from mtk_admin_desktop.domain import clock

if TYPE_CHECKING:
    from mtk_admin_desktop.services.resources import Resources

#: the kinds of editor that keep drafts
KINDS = ("post", "moderation_entry", "page", "settings")

#: the key of a draft of something not saved yet (a new post, entry or page)
NEW = "new"


@dataclass(frozen=True)
class Draft:
    """One autosaved draft: which editor, which record (``NEW`` for a new one), its fields."""

    kind: str
    key: str
    title: str
    values: dict[str, Any]
    saved_at: str


class DraftService:
    """Keep, find and drop the autosaved drafts of open editors (reached as ``DraftService(context)``)."""

    def __init__(self, context: Resources) -> None:
        self.store = context.store

    def save(self, kind: str, key: str | None, values: dict[str, Any], title: str = "") -> None:
        """Replace the draft of ``kind``/``key`` with ``values`` (one transaction)."""
        if kind not in KINDS:
            raise ValueError(f"unknown draft kind {kind!r}")
        payload = json.dumps(values, ensure_ascii=False, default=str)
        with self.store.transaction():
            self.store.db.execute(
                "INSERT INTO local_drafts (kind, key, title, payload, saved_at) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT(kind, key) DO UPDATE SET title = excluded.title, payload = excluded.payload, "
                "saved_at = excluded.saved_at",
                [kind, key or NEW, title, payload, clock.now_utc().isoformat(timespec="seconds")],
            )

    def get(self, kind: str, key: str | None) -> Draft | None:
        row = self.store.db.execute(
            "SELECT kind, key, title, payload, saved_at FROM local_drafts WHERE kind = ? AND key = ?",
            [kind, key or NEW],
        ).fetchone()
        return _draft(row) if row else None

    def drafts(self, kind: str | None = None) -> list[Draft]:
        """Every draft left (of ``kind``), newest first."""
        sql = "SELECT kind, key, title, payload, saved_at FROM local_drafts"
        params: list[Any] = []
        if kind:
            sql += " WHERE kind = ?"
            params.append(kind)
        rows = self.store.db.execute(sql + " ORDER BY saved_at DESC", params).fetchall()
        return [d for d in (_draft(r) for r in rows) if d is not None]

    def discard(self, kind: str, key: str | None) -> None:
        with self.store.transaction():
            self.store.db.execute("DELETE FROM local_drafts WHERE kind = ? AND key = ?", [kind, key or NEW])


def _draft(row: Any) -> Draft | None:
    try:
        values = json.loads(row[3])
    except ValueError:
        return None  # a damaged draft is not offered (it cannot be shown)
    if not isinstance(values, dict):
        return None
    return Draft(str(row[0]), str(row[1]), str(row[2]), values, str(row[4]))
