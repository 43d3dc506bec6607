"""The archive area's service (to be built: see the area's issue)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mtk_admin_desktop.services.context import AppContext


class ArchiveService:
    """Operations of the archive area for the UI and the command line."""

    def __init__(self, context: AppContext) -> None:
        self.context = context
        self.store = context.store
