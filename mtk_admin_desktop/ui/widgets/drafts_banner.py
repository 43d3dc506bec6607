"""A bar over a tab that says an editor's draft was left by a crash, with a button that opens it.

The editor itself offers a draft when it opens for the same record; this bar is what tells the user,
when the application starts again, that there is something to open at all.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from mtk_admin_desktop.services.context import AppContext
from mtk_admin_desktop.services.drafts import Draft, DraftService
from mtk_admin_desktop.ui import palette
from mtk_admin_desktop.ui.widgets.unsaved import draft_time


class DraftsBanner(QWidget):
    """Shows the newest draft of ``kind`` left from an earlier session; ``open_draft(draft)`` opens it."""

    def __init__(
        self,
        context: AppContext,
        kind: str,
        open_draft: Callable[[Draft], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = DraftService(context)
        self.kind = kind
        self.open_draft = open_draft
        self.draft: Draft | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setStyleSheet(palette.STATUS["on_hold"].css() + "padding: 4px 8px; border-radius: 3px;")
        self.open_button = QPushButton(self.tr("Open the draft"), self)
        self.discard_button = QPushButton(self.tr("Throw it away"), self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.open_button)
        layout.addWidget(self.discard_button)
        self.open_button.clicked.connect(self._open)
        self.discard_button.clicked.connect(self._discard)
        self.refresh()

    def refresh(self) -> None:
        drafts = self.service.drafts(self.kind)
        self.draft = drafts[0] if drafts else None
        if self.draft is None:
            self.hide()
            return
        text = self.tr("An unsaved draft of {name} from {time} was kept when the program closed.").format(
            name=self.draft.title or "-", time=draft_time(self.draft)
        )
        self.label.setText(text)
        self.label.setAccessibleName(text)
        self.show()

    def _open(self) -> None:
        if self.draft is not None:
            self.open_draft(self.draft)
        self.refresh()

    def _discard(self) -> None:
        if self.draft is not None:
            self.service.discard(self.draft.kind, self.draft.key)
        self.refresh()
