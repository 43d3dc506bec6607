"""The table model of the Arkiv tab's backlog: one row per item to archive (or archived), a window at a time.

The backlog grows by years; the model holds the part read so far. It is given a source (a function that
returns the next items after a cursor, read from the backlog indexes) and asks it for one more window
whenever the view scrolls near the end (Qt's ``canFetchMore``/``fetchMore``), so the tab's first fill
reads a screenful and a window, not the whole backlog (issue 19). Built like the moderation log's model.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from mtk_admin_desktop.domain.tr import QT_TRANSLATE_NOOP
from mtk_admin_desktop.icons import icon
from mtk_admin_desktop.services.archive import BacklogRow

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ICON = {"pending": "warning", "exported": "info", "journalfort": "ok"}
COL_STATUS, COL_DATE, COL_PAGE, COL_WHAT, COL_NUMBER = range(5)
# The page's own texts (context "ArchivePage"), so the catalogue keeps one translation of each.
HEADERS = (
    QT_TRANSLATE_NOOP("ArchivePage", "Status"),
    QT_TRANSLATE_NOOP("ArchivePage", "Date"),
    QT_TRANSLATE_NOOP("ArchivePage", "Page"),
    QT_TRANSLATE_NOOP("ArchivePage", "What"),
    QT_TRANSLATE_NOOP("ArchivePage", "Package / journal no."),
)
STATUS_TEXTS = {
    "pending": QT_TRANSLATE_NOOP("ArchivePage", "To be archived"),
    "exported": QT_TRANSLATE_NOOP("ArchivePage", "Exported"),
    "journalfort": QT_TRANSLATE_NOOP("ArchivePage", "Journalført"),
}

_Index = QModelIndex | QPersistentModelIndex

#: The next window of items after a cursor (None: from the oldest): (items, cursor or None at the end).
Source = Callable[[Any, int], tuple[list[BacklogRow], Any]]


def status_text(status: str) -> str:
    return QCoreApplication.translate("ArchivePage", STATUS_TEXTS[status])


class BacklogModel(QAbstractTableModel):
    """Backlog items, oldest first, a window at a time (:meth:`set_source`)."""

    # Items asked for per window: a few screenfuls (a full-HD screen shows ~25 rows).
    WINDOW = 100

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[BacklogRow] = []
        self._index: dict[tuple[str, str], int] = {}
        self._source: Source | None = None
        self._cursor: Any = None
        self.items_read = 0  # items the source returned since the last reset (tests count them)

    def set_source(self, source: Source) -> None:
        """Show what ``source`` gives, a window at a time; the first window is read at once."""
        self.beginResetModel()
        self._rows, self._index = [], {}
        self._source, self._cursor = source, None
        self.items_read = 0
        self._read()
        self.endResetModel()

    def _read(self) -> list[BacklogRow]:
        assert self._source is not None
        rows, self._cursor = self._source(self._cursor, self.WINDOW)
        self.items_read += len(rows)
        if self._cursor is None:
            self._source = None
        fresh = [r for r in rows if (r.kind, r.item_id) not in self._index]
        for row in fresh:
            self._index[(row.kind, row.item_id)] = len(self._rows)
            self._rows.append(row)
        return fresh

    def item_at(self, row: int) -> BacklogRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, key: tuple[str, str]) -> int:
        """The row of an item already read, or -1."""
        return self._index.get(key, -1)

    # -- Qt --------------------------------------------------------------------------------------

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008 - Qt's signature
        return not parent.isValid() and self._source is not None

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008 - Qt's signature
        if parent.isValid() or self._source is None:
            return
        first = len(self._rows)
        rows, self._cursor = self._source(self._cursor, self.WINDOW)
        self.items_read += len(rows)
        if self._cursor is None:
            self._source = None
        fresh = [r for r in rows if (r.kind, r.item_id) not in self._index]
        if not fresh:
            return
        self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
        for row in fresh:
            self._index[(row.kind, row.item_id)] = len(self._rows)
            self._rows.append(row)
        self.endInsertRows()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(HEADERS)
        ):
            return QCoreApplication.translate("ArchivePage", HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == KEY_ROLE:
            return (row.kind, row.item_id)
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return self._display(row, column)
        if role == Qt.ItemDataRole.DecorationRole and column == COL_STATUS:
            return icon(STATUS_ICON[row.status])
        return None

    @staticmethod
    def _display(row: BacklogRow, column: int) -> str:
        if column == COL_STATUS:
            return status_text(row.status)
        if column == COL_DATE:
            return dt.date.fromisoformat(row.date).strftime("%d.%m.%Y") if row.date else ""
        if column == COL_PAGE:
            return row.page_name
        if column == COL_WHAT:
            return row.title
        if column == COL_NUMBER:
            return row.journal_number or row.package_file
        return ""
