"""The table model of the moderation log: one row per entry, text made safe to show.

The log grows by years; the model holds a window of it. It is given a source (a function that returns
the next entries after a cursor, read from an index) and asks it for one more window whenever the view
scrolls near the end (Qt's ``canFetchMore``/``fetchMore``), so the tab's first fill reads one screenful
and a window, not the whole log.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QIcon

from mtk_admin_desktop import i18n
from mtk_admin_desktop.domain.moderation import action_text, ground_text, visible_text
from mtk_admin_desktop.domain.records import ModerationEntry
from mtk_admin_desktop.domain.tr import QT_TRANSLATE_NOOP
from mtk_admin_desktop.icons import icon
from mtk_admin_desktop.services.moderation import oslo_date

COL_CREATED, COL_PAGE, COL_ACTION, COL_GROUND, COL_AUTHOR, COL_TEXT, COL_MODERATOR, COL_ARCHIVE, COL_SEAL = (
    range(9)
)
HEADERS = (
    QT_TRANSLATE_NOOP("ModerationLogModel", "Registered"),
    QT_TRANSLATE_NOOP("ModerationLogModel", "Page"),
    QT_TRANSLATE_NOOP("ModerationLogModel", "Action"),
    QT_TRANSLATE_NOOP("ModerationLogModel", "Ground"),
    QT_TRANSLATE_NOOP("ModerationLogModel", "Comment by"),
    QT_TRANSLATE_NOOP("ModerationLogModel", "Comment"),
    QT_TRANSLATE_NOOP("ModerationLogModel", "Moderator"),
    QT_TRANSLATE_NOOP("ModerationLogModel", "Archive"),
    QT_TRANSLATE_NOOP("ModerationLogModel", "Seal"),
)
ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


def archive_label(status: str | None) -> str:
    """What the archive column says ("Skal arkiveres", "Eksportert", "Journalført" in bokmål)."""
    labels = {
        "pending": QCoreApplication.translate("ModerationLogModel", "To be archived"),
        "exported": QCoreApplication.translate("ModerationLogModel", "Exported"),
        "journalfort": QCoreApplication.translate("ModerationLogModel", "Journalført"),
    }
    return labels.get(status or "", QCoreApplication.translate("ModerationLogModel", "Not to be archived"))


def archive_icon(status: str | None) -> QIcon:
    return icon({"pending": "warning", "exported": "archive", "journalfort": "ok"}.get(status or "", "info"))


def seal_label(entry: ModerationEntry) -> str:
    if entry.signature:
        return QCoreApplication.translate("ModerationLogModel", "Signed")
    return QCoreApplication.translate("ModerationLogModel", "Unsigned")


# The next window of entries after a cursor (None: from the newest): (entries, cursor or None at the end).
Source = Callable[[Any, int], tuple[list[ModerationEntry], Any]]
Statuses = Callable[[list[ModerationEntry]], dict[str, "str | None"]]


@dataclass(frozen=True)
class LogRow:
    """One row of the table: the entry, with its page's name and archive status resolved."""

    entry: ModerationEntry
    page_name: str
    archive: str | None
    corrected: bool  # a later entry corrects this one


class ModerationLogModel(QAbstractTableModel):
    """Entries, newest first, with page names and archive status resolved; a window of the log at a time
    (:meth:`set_source`), or a fixed list (:meth:`set_entries`)."""

    # Entries asked for per window: a few screenfuls (a full-HD screen shows ~25 rows).
    WINDOW = 100

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[LogRow] = []
        self._index: dict[str, int] = {}
        self._source: Source | None = None
        self._cursor: Any = None
        self._page_names: dict[str, str] = {}
        self._statuses: Statuses | None = None
        self._corrected: set[str] = set()
        self.entries_read = 0  # entries the source returned since the last reset (tests count them)

    def set_entries(
        self,
        entries: list[ModerationEntry],
        page_names: dict[str, str],
        statuses: dict[str, str | None],
        corrected: set[str],
    ) -> None:
        """Replace the rows with a fixed list; ``corrected`` holds ids of entries a later entry corrects."""
        self.beginResetModel()
        self._source, self._cursor, self._statuses = None, None, None
        self._page_names, self._corrected = page_names, corrected
        self._rows, self._index = [], {}
        self._append(entries, statuses)
        self.entries_read = len(entries)
        self.endResetModel()

    def set_source(
        self, source: Source, page_names: dict[str, str], statuses: Statuses, corrected: set[str]
    ) -> None:
        """Show the log ``source`` gives, a window at a time; the first window is read at once."""
        self.beginResetModel()
        self._source, self._cursor, self._statuses = source, None, statuses
        self._page_names, self._corrected = page_names, corrected
        self._rows, self._index = [], {}
        self.entries_read = 0
        entries, self._cursor = source(None, self.WINDOW)
        self.entries_read += len(entries)
        if self._cursor is None:
            self._source = None
        self._append(entries, statuses(entries) if entries else {})
        self.endResetModel()

    def _append(self, entries: list[ModerationEntry], statuses: dict[str, str | None]) -> None:
        for entry in entries:
            if entry.id in self._index:
                continue
            page_name = self._page_names.get(entry.page_id, entry.page_id)
            self._index[entry.id] = len(self._rows)
            self._rows.append(LogRow(entry, page_name, statuses.get(entry.id), entry.id in self._corrected))

    def entry_at(self, row: int) -> ModerationEntry | None:
        return self._rows[row].entry if 0 <= row < len(self._rows) else None

    def row_of(self, entry_id: str) -> int:
        """The row of an entry already read, or -1."""
        return self._index.get(entry_id, -1)

    def load_until(self, entry_id: str, created_at: str) -> int:
        """Read windows until the entry (made at ``created_at``) is in, or the log is past it; its row."""
        while self.row_of(entry_id) < 0 and self.canFetchMore():
            last = self._rows[-1].entry.created_at if self._rows else None
            if last is not None and last < created_at:
                break
            self.fetchMore()
        return self.row_of(entry_id)

    # -- Qt --------------------------------------------------------------------------------------

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008 - Qt's signature
        return not parent.isValid() and self._source is not None

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008 - Qt's signature
        if parent.isValid() or self._source is None or self._statuses is None:
            return
        entries, self._cursor = self._source(self._cursor, self.WINDOW)
        self.entries_read += len(entries)
        if self._cursor is None:
            self._source = None
        fresh = [e for e in entries if e.id not in self._index]
        if not fresh:
            return
        statuses = self._statuses(fresh)
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(fresh) - 1)
        self._append(fresh, statuses)
        self.endInsertRows()

    # -- Qt --------------------------------------------------------------------------------------

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
            return QCoreApplication.translate("ModerationLogModel", HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == ENTRY_ID_ROLE:
            return row.entry.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_TEXT:
                return visible_text(row.entry.comment_text, limit=600)
            if column == COL_CREATED and row.corrected:
                return QCoreApplication.translate("ModerationLogModel", "A later entry corrects this one")
            return self._display(row, column)
        if role == Qt.ItemDataRole.DecorationRole:
            if column == COL_ARCHIVE:
                return archive_icon(row.archive)
            if column == COL_SEAL:
                return icon("ok" if row.entry.signature else "warning")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._display(row, column)
        return None

    def _display(self, row: LogRow, column: int) -> str:
        entry = row.entry
        if column == COL_CREATED:
            day = oslo_date(entry.created_at)
            text = day.strftime("%d.%m.%Y") if day else ""
            if entry.corrects_id:
                text += " " + QCoreApplication.translate("ModerationLogModel", "(correction)")
            if row.corrected:
                text += " " + QCoreApplication.translate("ModerationLogModel", "(corrected)")
            return text
        if column == COL_PAGE:
            return row.page_name
        if column == COL_ACTION:
            return i18n.tr_text(action_text(entry.action))
        if column == COL_GROUND:
            return i18n.tr_text(ground_text(entry.ground)) if entry.ground else "—"
        if column == COL_AUTHOR:
            return visible_text(entry.comment_author, limit=40)
        if column == COL_TEXT:
            text = entry.comment_text
            if not text:
                shots = len(entry.screenshots)
                # self.tr, not translate(): lupdate only sees a plural (%n) in a tr() call.
                return self.tr("(screenshot only: %n image(s))", "", shots)
            return visible_text(text, limit=90)
        if column == COL_MODERATOR:
            return entry.moderator
        if column == COL_ARCHIVE:
            return archive_label(row.archive)
        if column == COL_SEAL:
            return seal_label(entry)
        return ""
