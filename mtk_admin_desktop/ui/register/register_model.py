"""The table of pages: one row per page with its compliance at a glance, and the filter over it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QIcon

from mtk_admin_desktop import i18n
from mtk_admin_desktop.domain import register as rules
from mtk_admin_desktop.domain.findings import Finding, Severity, worst
from mtk_admin_desktop.domain.records import Page
from mtk_admin_desktop.domain.tr import QT_TRANSLATE_NOOP
from mtk_admin_desktop.icons import icon, severity_icon
from mtk_admin_desktop.ui import palette
from mtk_admin_desktop.ui.widgets.dates import format_date

COL_NAME, COL_PLATFORM, COL_UNIT, COL_STATUS, COL_MAIN_ADMIN, COL_COMPLIANCE, COL_REVIEW = range(7)
HEADERS = (
    QT_TRANSLATE_NOOP("PagesModel", "Name"),
    QT_TRANSLATE_NOOP("PagesModel", "Platform"),
    QT_TRANSLATE_NOOP("PagesModel", "Unit"),
    QT_TRANSLATE_NOOP("PagesModel", "Status"),
    QT_TRANSLATE_NOOP("PagesModel", "Main administrator"),
    QT_TRANSLATE_NOOP("PagesModel", "Checklist"),
    QT_TRANSLATE_NOOP("PagesModel", "Last review"),
)
SEVERITY_WORDS = {
    "block": QT_TRANSLATE_NOOP("PagesModel", "Refused"),
    "error": QT_TRANSLATE_NOOP("PagesModel", "Errors"),
    "warning": QT_TRANSLATE_NOOP("PagesModel", "Warnings"),
    "info": QT_TRANSLATE_NOOP("PagesModel", "Notes"),
    "ok": QT_TRANSLATE_NOOP("PagesModel", "In order"),
}

#: a role with the page's row, for views and tests
PAGE_ROLE = Qt.ItemDataRole.UserRole + 1
SEVERITY_ROLE = Qt.ItemDataRole.UserRole + 2
SORT_ROLE = Qt.ItemDataRole.UserRole + 3


@dataclass
class PageSummary:
    """What one table row shows: the page, its findings, its main administrators and last review."""

    page: Page
    findings: list[Finding] = field(default_factory=list)
    main_admins: str = ""
    last_review: dt.date | None = None
    review_due: bool = False

    @property
    def severity_key(self) -> str:
        severity = worst([f for f in self.findings])
        return severity.key if severity is not None else "ok"

    @property
    def has_problems(self) -> bool:
        """Errors or refusals (what the "has findings" filter means by default)."""
        return any(f.severity >= Severity.ERROR for f in self.findings)


class PagesModel(QAbstractTableModel):
    """Pages as rows (read-only); :meth:`set_summaries` replaces the content."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[PageSummary] = []

    def set_summaries(self, rows: list[PageSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def summary(self, row: int) -> PageSummary:
        return self._rows[row]

    def row_of(self, page_id: str) -> int:
        for number, summary in enumerate(self._rows):
            if summary.page.id == page_id:
                return number
        return -1

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(HEADERS)
        ):
            return QCoreApplication.translate("PagesModel", HEADERS[section])
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        summary = self._rows[index.row()]
        page = summary.page
        column = index.column()
        if role == PAGE_ROLE:
            return page
        if role == SEVERITY_ROLE:
            return summary.severity_key
        if role in (
            Qt.ItemDataRole.DisplayRole,
            SORT_ROLE,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return self._text(summary, column, role)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(summary, column)
        if role == Qt.ItemDataRole.BackgroundRole and column == COL_COMPLIANCE:
            return QBrush(QColor(palette.TINT[summary.severity_key].bg))
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_COMPLIANCE:
            return QBrush(QColor(palette.TINT[summary.severity_key].fg))
        if role == Qt.ItemDataRole.FontRole and column == COL_NAME and page.is_main:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None

    def _text(self, summary: PageSummary, column: int, role: int) -> Any:
        page = summary.page
        if column == COL_NAME:
            name = page.name
            if role == SORT_ROLE:
                return (0 if page.is_main else 1, name.casefold())
            if role == Qt.ItemDataRole.ToolTipRole:
                return page.url
            if page.is_main and role != Qt.ItemDataRole.DisplayRole:
                return name + " " + QCoreApplication.translate("PagesModel", "(main page)")
            return name
        if column == COL_PLATFORM:
            return i18n.tr_text(rules.label(rules.PLATFORM_LABELS, page.platform))
        if column == COL_UNIT:
            return page.unit
        if column == COL_STATUS:
            if role == SORT_ROLE:
                status = page.status
                return rules.STATUSES.index(status) if status in rules.STATUSES else 9
            return i18n.tr_text(rules.label(rules.STATUS_LABELS, page.status))
        if column == COL_MAIN_ADMIN:
            if not summary.main_admins and page.status != "closed":
                return QCoreApplication.translate("PagesModel", "(none)")
            return summary.main_admins
        if column == COL_COMPLIANCE:
            key = summary.severity_key
            if role == SORT_ROLE:
                return (["ok", "info", "warning", "error", "block"].index(key), len(summary.findings))
            if role == Qt.ItemDataRole.ToolTipRole:
                return "\n".join(f"{f.rule}: {i18n.tr_text(f.message)}" for f in summary.findings) or None
            word = QCoreApplication.translate("PagesModel", SEVERITY_WORDS[key])
            serious = sum(1 for f in summary.findings if f.severity >= Severity.WARNING)
            if key in ("ok", "info"):
                return word
            return f"{word} ({serious})"
        if column == COL_REVIEW:
            if role == SORT_ROLE:
                return summary.last_review.isoformat() if summary.last_review else ""
            if page.status == "closed":
                return QCoreApplication.translate("PagesModel", "Closed: no review")
            shown = (
                format_date(summary.last_review)
                if summary.last_review
                else QCoreApplication.translate("PagesModel", "never")
            )
            if summary.review_due:
                return QCoreApplication.translate("PagesModel", "{date} - review due").format(date=shown)
            return shown
        return None

    def _icon(self, summary: PageSummary, column: int) -> QIcon | None:
        if column == COL_COMPLIANCE:
            return severity_icon(summary.severity_key)
        if column == COL_REVIEW and summary.review_due:
            return icon("info")
        if column == COL_NAME and summary.page.is_main:
            return icon("register")
        return None


class PagesFilter(QSortFilterProxyModel):
    """Filters the pages by text, unit, status, platform, "has findings" and "due for review"."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.text = ""
        self.unit = ""
        self.status = ""
        self.platform = ""
        self.only_findings = False
        self.only_review_due = False
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_filter(self, **values: Any) -> None:
        """Change one or more criteria (``text``, ``unit``, ``status``, ``platform``, ``only_findings``,
        ``only_review_due``) and re-filter."""
        self.beginFilterChange()
        for key, value in values.items():
            if not hasattr(self, key):
                raise AttributeError(key)
            setattr(self, key, value)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        model = self.sourceModel()
        if not isinstance(model, PagesModel):
            return True
        summary = model.summary(source_row)
        page = summary.page
        if self.unit and page.unit != self.unit:
            return False
        if self.status and page.status != self.status:
            return False
        if self.platform and page.platform != self.platform:
            return False
        if self.only_findings and not summary.has_problems:
            return False
        if self.only_review_due and not summary.review_due:
            return False
        if self.text:
            needle = self.text.casefold()
            hay = (
                " ".join((page.name, page.url, page.unit, page.purpose))
                + " "
                + summary.main_admins
            )
            if needle not in hay.casefold():
                return False
        return True

    def lessThan(
        self,
        left: QModelIndex | QPersistentModelIndex,  # noqa: N802
        right: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)
