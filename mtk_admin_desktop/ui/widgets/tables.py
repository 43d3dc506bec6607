"""Helpers for item-based tables (QTableWidget)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from PySide6.QtWidgets import QHeaderView, QTableWidget


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
