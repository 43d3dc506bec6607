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


def test_fitting_a_dialog_to_the_screen_does_not_tie_the_screen_to_it(qtbot) -> None:
    """PySide6 6.11: QWidget.screen() links the QScreen wrapper to the widget, and collecting the widget
    later deleted the application's screen (the next dialog crashed). fit_to_screen must not link it."""
    import gc

    from PySide6.QtGui import QScreen
    from PySide6.QtWidgets import QDialog

    from mtk_admin_desktop.ui.screen_fit import fit_to_screen, screen_of

    dialog = QDialog()
    qtbot.addWidget(dialog)
    fit_to_screen(dialog, 5000, 5000)
    dialog.show()
    assert screen_of(dialog) is not None
    room = screen_of(dialog).availableGeometry()
    assert dialog.width() <= room.width() and dialog.height() <= room.height()
    tied = [r for s in gc.get_objects() if isinstance(s, QScreen) for r in gc.get_referrers(s) if r is dialog]
    assert tied == []
