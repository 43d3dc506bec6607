"""Helpers for tables: refilling item tables (QTableWidget) and sizing columns cheaply."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QTableView, QTableWidget


@contextlib.contextmanager
def bulk_fill(table: QTableWidget) -> Iterator[QTableWidget]:
    """Refill a table without per-cell layout work, then size its columns once.

    With ``ResizeToContents`` columns, every ``setItem`` on a visible table measures the whole column
    again: filling 2,000 rows took minutes. Here the header is ``Interactive`` while filling, updates
    and sorting are off, and the original resize modes (so one measuring pass) come back at the end.
    """
    header = table.horizontalHeader()
    modes = [header.sectionResizeMode(i) for i in range(header.count())]
    sorting = table.isSortingEnabled()
    table.setUpdatesEnabled(False)
    table.setSortingEnabled(False)
    for i in range(header.count()):
        header.setSectionResizeMode(i, QHeaderView.ResizeMode.Interactive)
    try:
        yield table
    finally:
        for i, mode in enumerate(modes):
            header.setSectionResizeMode(i, mode)
        table.setSortingEnabled(sorting)
        table.setUpdatesEnabled(True)


def fit_columns(view: QTableView, max_rows: int = 200, max_width: int = 420) -> None:
    """Size every visible column to its header and its widest text in the first ``max_rows`` rows.

    ``QTableView.resizeColumnsToContents`` asks the delegate for a size hint per cell, and the delegate
    asks the model for about ten roles per cell (3,500 calls into Python for 50 pages, a tenth of the
    start-up). This measures the text with font metrics and asks only for text, icon and font. Columns
    stay ``Interactive``: the user may widen them, and :func:`fit_columns` is meant for the first fill.
    """
    model = view.model()
    if model is None:
        return
    header = view.horizontalHeader()
    base = QFontMetrics(view.font())
    # The cell's margins and a small icon, from the font rather than QStyle's pixel metrics: the
    # QStyle wrapper alone costs ~15 ms to create in PySide6, on the start-up path.
    padding = 2 * base.averageCharWidth() + 6
    icon_size = view.iconSize().width()
    if icon_size <= 0:
        icon_size = max(16, base.height())
    metrics: dict[str | None, QFontMetrics] = {None: base}
    rows = min(model.rowCount(), max_rows)
    for column in range(model.columnCount()):
        if view.isColumnHidden(column):
            continue
        width = header.sectionSizeFromContents(column).width()
        for row in range(rows):
            index = model.index(row, column)
            text = index.data(Qt.ItemDataRole.DisplayRole)
            extra = icon_size + 4 if index.data(Qt.ItemDataRole.DecorationRole) is not None else 0
            if not text and not extra:
                continue
            font = index.data(Qt.ItemDataRole.FontRole)
            key = font.key() if isinstance(font, QFont) else None
            if key not in metrics:
                metrics[key] = QFontMetrics(font)
            fm = metrics[key]
            text_width = max((fm.horizontalAdvance(line) for line in str(text or "").split("\n")), default=0)
            width = max(width, text_width + extra + padding)
        header.resizeSection(column, min(width, max_width))
