"""The conflicts view: every competing value with who wrote it and when, and a way to settle each."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mtk_admin_desktop.services.context import AppContext
from mtk_admin_desktop.services.sync import ConflictValue, ConflictView
from mtk_admin_desktop.ui.focus_frame import show_focus_frame
from mtk_admin_desktop.ui.screen_fit import fit_to_screen


def _show(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


class ConflictsDialog(QDialog):
    """Lists the open conflicts; for one, shows every value and settles it by a person's choice."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Conflicts"))
        fit_to_screen(self, 860, 460)
        self.conflicts: list[ConflictView] = []
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The same thing was changed on two laptops at once. Nothing was thrown away: "
                "choose the value to keep."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        # Laptops seen on the shared folder, with their key's fingerprint: a stranger here needs IT.
        devices = context.sync.devices()
        lines = [
            self.tr("%1 (%2): key %3, first seen %4")
            .replace("%1", d["host"] or d["device"][:8])
            .replace("%2", d["user"] or "?")
            .replace("%3", d["fingerprint"] if d["signed"] else self.tr("unsigned (no keyring)"))
            .replace("%4", str(d["first_seen"])[:10])
            for d in devices
        ]
        self.devices_label = QLabel(
            self.tr("Other laptops on the shared folder:") + "\n" + "\n".join(lines) if lines else "", self
        )
        self.devices_label.setTextFormat(Qt.TextFormat.PlainText)
        self.devices_label.setWordWrap(True)
        self.devices_label.setVisible(bool(lines))
        layout.addWidget(self.devices_label)
        body = QHBoxLayout()
        left = QVBoxLayout()
        list_label = QLabel(self.tr("&Open conflicts"), self)
        self.list = QListWidget(self)
        list_label.setBuddy(self.list)
        self.list.setAccessibleName(self.tr("Open conflicts"))
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.currentRowChanged.connect(self._show_conflict)
        left.addWidget(list_label)
        left.addWidget(self.list)
        body.addLayout(left, 2)
        right = QVBoxLayout()
        self.values_label = QLabel(self.tr("&Values"), self)
        self.values = QTableWidget(0, 4, self)
        self.values.setTabKeyNavigation(False)  # Tab leaves the table; arrow keys move between cells
        self.values_label.setBuddy(self.values)
        self.values.setAccessibleName(self.tr("Competing values"))
        self.values.setHorizontalHeaderLabels(
            [self.tr("Value"), self.tr("Written by"), self.tr("When"), self.tr("Laptop")]
        )
        self.values.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.values.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.values.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.values.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.values.verticalHeader().setVisible(False)
        show_focus_frame(self.list, self.values)  # both may be empty, and then showed no focus at all
        right.addWidget(self.values_label)
        right.addWidget(self.values)
        buttons = QHBoxLayout()
        self.keep_value = QPushButton(self.tr("&Keep the selected value"), self)
        self.keep_value.setAccessibleName(self.tr("Keep the selected value"))
        self.keep_value.clicked.connect(self._keep_selected)
        self.keep_row = QPushButton(self.tr("Keep the &row"), self)
        self.keep_row.setAccessibleName(self.tr("Keep the row"))
        self.keep_row.clicked.connect(lambda: self._settle_delete(True))
        self.delete_row = QPushButton(self.tr("&Delete the row"), self)
        self.delete_row.setAccessibleName(self.tr("Delete the row"))
        self.delete_row.clicked.connect(lambda: self._settle_delete(False))
        for button in (self.keep_value, self.keep_row, self.delete_row):
            buttons.addWidget(button)
        buttons.addStretch(1)
        right.addLayout(buttons)
        body.addLayout(right, 5)
        layout.addLayout(body)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        # Enter closes the dialog when no action button has the focus (issue 9: Enter confirms).
        close.button(QDialogButtonBox.StandardButton.Close).setDefault(True)
        layout.addWidget(close)
        self.reload()

    @classmethod
    def ask(cls, context: AppContext, parent: QWidget | None = None) -> int:
        """Show the dialog; returns the number of conflicts still open when it closes."""
        dialog = cls(context, parent)
        dialog.exec()
        return len(dialog.conflicts)

    def _table_name(self, table: str) -> str:
        names = {
            "pages": self.tr("Page"),
            "page_roles": self.tr("Page role"),
            "posts": self.tr("Post"),
            "moderation_entries": self.tr("Moderation entry"),
            "archive_status": self.tr("Archive status"),
            "shared_settings": self.tr("Shared setting"),
            "crisis_periods": self.tr("Crisis period"),
        }
        return names.get(table, table)

    def reload(self) -> None:
        current = self.list.currentRow()
        self.conflicts = self.context.sync.conflicts()
        self.list.clear()
        for conflict in self.conflicts:
            what = (
                self.tr("deleted on one laptop, changed on another")
                if conflict.is_delete
                else self.tr("field “%1”").replace("%1", conflict.field)
            )
            text = f"{self._table_name(conflict.table)}: {conflict.label}\n{what}"
            item = QListWidgetItem(text)
            item.setToolTip(text)
            self.list.addItem(item)
        if self.conflicts:
            self.list.setCurrentRow(min(max(current, 0), len(self.conflicts) - 1))
        else:
            self._show_conflict(-1)

    def _value_text(self, conflict: ConflictView, value: ConflictValue) -> str:
        if value.is_delete:
            return self.tr("Deleted")
        if conflict.is_delete:
            return self.tr("Changed %1 to %2").replace("%1", value.field).replace("%2", _show(value.value))
        return _show(value.value)

    def _show_conflict(self, row: int) -> None:
        conflict = self.conflicts[row] if 0 <= row < len(self.conflicts) else None
        self.values.setRowCount(0)
        self.keep_value.setVisible(conflict is not None and not conflict.is_delete)
        self.keep_row.setVisible(conflict is not None and conflict.is_delete)
        self.delete_row.setVisible(conflict is not None and conflict.is_delete)
        if conflict is None:
            self.values_label.setText(self.tr("No open conflicts."))
            return
        self.values_label.setText(self.tr("&Values"))
        for value in conflict.values:
            line = self.values.rowCount()
            self.values.insertRow(line)
            cells = [
                self._value_text(conflict, value),
                value.author or self.tr("(unknown)"),
                value.when.replace("T", " "),
                value.device[:8],
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setData(Qt.ItemDataRole.UserRole, value.op_id)
                self.values.setItem(line, column, item)
        self.values.resizeColumnsToContents()
        self.values.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.values.selectRow(0)

    def current(self) -> ConflictView | None:
        row = self.list.currentRow()
        return self.conflicts[row] if 0 <= row < len(self.conflicts) else None

    def _keep_selected(self) -> None:
        conflict = self.current()
        line = self.values.currentRow()
        if conflict is None or not 0 <= line < len(conflict.values):
            QMessageBox.information(self, self.tr("Conflicts"), self.tr("Select the value to keep first."))
            return
        self.context.sync.resolve(conflict, conflict.values[line])
        self.reload()

    def _settle_delete(self, keep: bool) -> None:
        conflict = self.current()
        if conflict is None:
            return
        self.context.sync.resolve(conflict, keep_row=keep)
        self.reload()
