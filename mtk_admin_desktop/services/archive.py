"""The archive area's service: what must be archived, its status, export packages and receipts."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from mtk_admin_desktop.domain.archive import KINDS, needs_archiving, status_row_id

if TYPE_CHECKING:
    from mtk_admin_desktop.services.context import AppContext
    from mtk_admin_desktop.storage.store import Store

ITEM_TABLES = {"moderation": "moderation_entries", "post": "posts"}


class ArchiveService:
    """Operations of the archive area for the UI and the command line."""

    def __init__(self, context: AppContext) -> None:
        self.context = context
        self.store = context.store

    # -- status (used by other areas) ------------------------------------------------------------

    def _has_table(self, store: Store, table: str) -> bool:
        # The moderation and planning areas may not have declared their tables yet.
        return table in store.tables and table in store.db.table_names()

    def item(self, kind: str, item_id: str, store: Store | None = None) -> dict[str, Any] | None:
        """The moderation entry or post an archive item refers to, or None."""
        store = store or self.store
        table = ITEM_TABLES[kind]
        if not self._has_table(store, table):
            return None
        return store.get(table, item_id)

    def status_row(self, kind: str, item_id: str, store: Store | None = None) -> dict[str, Any] | None:
        """The ``archive_status`` row of an item, or None if it was never exported."""
        store = store or self.store
        return store.get("archive_status", status_row_id(kind, item_id))

    def status_of(self, kind: str, item_id: str) -> str | None:
        """"pending", "exported" or "journalfort"; None for an item that need not be archived."""
        if kind not in KINDS:
            raise ValueError(f"unknown archive kind {kind!r}")
        row = self.status_row(kind, item_id)
        status = row["status"] if row else None
        if status in ("exported", "journalfort"):
            # Once in the archive it stays there, even if the item was later unmarked.
            return status
        item = self.item(kind, item_id)
        if item is None or not needs_archiving(kind, item):
            return None
        return "pending"
