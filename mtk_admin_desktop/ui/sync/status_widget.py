"""The sync state in the status bar ("synced 2 min ago", "offline: 14 changes waiting", conflicts)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from mtk_admin_desktop.services.context import AppContext


class SyncStatusWidget(QWidget):
    """Shows the sync state; the sync issue fills it in (first version: says whether a folder is set)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.label.setAccessibleName(self.tr("Sync status"))
        layout.addWidget(self.label)
        self.update_state()

    def update_state(self) -> None:
        folder = self.context.settings.get("sync.folder")
        self.label.setText(self.tr("Sync: no shared folder set") if not folder else self.tr("Sync: not run yet"))

    def shutdown(self) -> None:
        """Called when the window closes (the sync does a last push here)."""
