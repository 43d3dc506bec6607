"""Shared widget helpers."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem

from mtk_admin_desktop.ui.widgets.tables import bulk_fill


def test_bulk_fill_restores_resize_modes_sorting_and_updates(qtbot) -> None:
    table = QTableWidget(0, 2)
    qtbot.addWidget(table)
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    table.setSortingEnabled(True)
    table.show()
    with bulk_fill(table):
        assert header.sectionResizeMode(0) == QHeaderView.ResizeMode.Interactive
        assert not table.isSortingEnabled()
        table.setRowCount(300)
        for row in range(300):
            table.setItem(row, 0, QTableWidgetItem("x" * (row % 40)))
    assert header.sectionResizeMode(0) == QHeaderView.ResizeMode.ResizeToContents
    assert header.sectionResizeMode(1) == QHeaderView.ResizeMode.Stretch
    assert table.isSortingEnabled() and table.updatesEnabled()
    assert table.columnWidth(0) >= table.fontMetrics().horizontalAdvance("x" * 39)
