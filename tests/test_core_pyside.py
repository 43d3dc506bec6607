"""Guards against a PySide6 release that corrupts reference counts (as 6.12.0 did).

On Python 3.11, None is an ordinary object: a binding that forgets one reference per table cell
aborts the whole application ("deallocating None") after a few thousand cells.
"""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem


def test_filling_a_table_widget_keeps_none_reference_count_stable(qtbot) -> None:
    table = QTableWidget(0, 2)
    qtbot.addWidget(table)
    # The collector freeing earlier tests' garbage inside the loop would move None's count too.
    gc.collect()
    gc.disable()
    try:
        before = sys.getrefcount(None)
        for _ in range(3):
            table.setRowCount(500)
            for row in range(500):
                item = QTableWidgetItem("x")
                item.setData(Qt.ItemDataRole.UserRole + 1, ("moderation", str(row)))
                table.setItem(row, 0, item)
            table.setRowCount(0)
        after = sys.getrefcount(None)
    finally:
        gc.enable()
    assert abs(after - before) < 200
