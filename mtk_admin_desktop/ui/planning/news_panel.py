"""R2 the other way in the planner: a one-line strip over the calendar when website news has no post.

The I dag view lists each news item of the last 14 days that no post carries; the planner shows the same
finding as one line (how many, the newest one's title) with one button that opens the post editor
pre-filled from that news item. Both places plan the post with :func:`plan_post_for_news`, so there is one
way to do it. The strip reads through ``context.news`` only and hides when nothing is missing.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from mtk_admin_desktop.domain import clock
from mtk_admin_desktop.domain.news import NewsItem, plan_values
from mtk_admin_desktop.services.context import AppContext
from mtk_admin_desktop.ui import palette
from mtk_admin_desktop.ui.widgets.words import english_plural

#: Store tables whose change can change the strip (a post saved, the feed's cache refreshed).
WATCHED = frozenset({"posts", "news_items", "news_fetches"})
#: The newest item's title is shortened to this many characters (the whole title is in the editor).
TITLE_CHARS = 90


def plan_post_for_news(context: AppContext, news_id: str, parent: QWidget | None = None) -> str | None:
    """Open the post editor pre-filled from website news item ``news_id`` (R2 the other way).

    Title, text (the summary and the link), the link and the website counterpart come from the news item;
    the post goes on the main page when one is registered. Returns the saved post's id, or None when the
    item is gone or the editor was cancelled. The I dag view and the planner both plan with this."""
    from mtk_admin_desktop.ui.planning.post_editor_dialog import PostEditorDialog

    item = context.news.item(news_id)
    if item is None:
        return None
    initial = plan_values(item)
    main = context.planning.main_page()
    if main is not None:
        initial["page_id"] = main.id
    saved: str | None = PostEditorDialog.ask(context, None, initial, parent)
    return saved or None


class NewsPanel(QWidget):
    """"R2: n website news items without a post", the newest one's title, and a button to plan a post.

    Signals:
        planned(str): a post was saved for a news item (its id); the planner refreshes its calendar.
    """

    planned = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.items: list[NewsItem] = []
        self._version: Any = None  # the store's data version and the day at the last read
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)  # one line where there is room; never widens the window (200 %)
        self.label.setStyleSheet(palette.STATUS["on_hold"].css() + "padding: 4px 8px; border-radius: 3px;")
        self.plan_button = QPushButton(self.tr("Plan a post for this news item"), self)
        self.plan_button.setAccessibleName(self.tr("Plan a post for the newest website news item"))
        self.plan_button.clicked.connect(self.plan_newest)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.plan_button)
        self.hide()
        unsubscribe = context.on_store_changed(self._store_changed)
        # A strip dropped with its page must not be called by the store afterwards.
        self.destroyed.connect(lambda *_: unsubscribe())
        # Not read here: the planner fills it with its own first fill, after the window's first paint.

    def _store_changed(self, tables: frozenset[str]) -> None:
        if tables & WATCHED:
            self.refresh()

    def refresh(self, force: bool = False) -> None:
        """Read R2 again when the store (or the day) changed since the last read; hide when nothing is
        missing. The read is bounded (the feed cache's last weeks and the posts around today)."""
        version = (self.context.planning.data_version(), clock.today())
        if version == self._version and not force:
            return
        self._version = version
        items = self.context.news.news_without_post()
        self.items = sorted(items, key=lambda i: i.published_at or clock.now_utc(), reverse=True)
        if not self.items:
            self.hide()
            return
        newest = self.items[0]
        count = len(self.items)
        text = english_plural(self.tr("R2: %n website news item(s) without a post", None, count), count)
        title = newest.title if len(newest.title) <= TITLE_CHARS else newest.title[: TITLE_CHARS - 1] + "…"
        text += " · " + self.tr('newest: "{title}"').format(title=title)
        self.label.setText(text)
        self.label.setAccessibleName(text)
        self.label.setToolTip(newest.link)
        self.show()

    def newest(self) -> NewsItem | None:
        return self.items[0] if self.items else None

    def plan_newest(self) -> str | None:
        """Open the editor pre-filled from the newest news item without a post."""
        item = self.newest()
        if item is None:
            return None
        saved = plan_post_for_news(self.context, item.id, self)
        if saved:
            self.planned.emit(saved)
        self.refresh()
        return saved
