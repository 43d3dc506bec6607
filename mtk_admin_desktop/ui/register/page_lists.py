"""The roles editor (R7.1, R9, with history) and the review log (R4) of the page being shown."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mtk_admin_desktop import i18n
from mtk_admin_desktop.domain import clock
from mtk_admin_desktop.domain import register as rules
from mtk_admin_desktop.domain.records import Page, PageReview, PageRole
from mtk_admin_desktop.icons import icon
from mtk_admin_desktop.ui.widgets.dates import format_date


def _table(parent: QWidget, headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.setAccessibleName(name)
    table.setTabKeyNavigation(False)
    return table


class RolesWidget(QWidget):
    """Who holds which role on the page, now and before.

    Signals:
        add_requested(): the user wants to give someone a role.
        correct_requested(str): correct the name or e-mail of this role id.
        end_requested(str): end the role with this id (today).
        acknowledge_requested(str): record today's R9 acknowledgement for this role id.
    """

    add_requested = Signal()
    correct_requested = Signal(str)
    end_requested = Signal(str)
    acknowledge_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.roles: list[PageRole] = []
        self.today = clock.today()
        layout = QVBoxLayout(self)
        self.table = _table(
            self,
            [
                self.tr("Name"),
                self.tr("Role"),
                self.tr("E-mail"),
                self.tr("From"),
                self.tr("To"),
                self.tr("Duties acknowledged (R9)"),
            ],
            self.tr("Roles"),
        )
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.history = QCheckBox(self.tr("Show &former roles"), self)
        self.history.toggled.connect(lambda _: self._fill())
        buttons = QHBoxLayout()
        self.add_button = QPushButton(icon("add"), self.tr("&Add role..."), self)
        self.add_button.clicked.connect(self.add_requested)
        self.correct_button = QPushButton(self.tr("Co&rrect..."), self)
        self.correct_button.setToolTip(self.tr("Correct the name or e-mail"))
        self.correct_button.clicked.connect(lambda: self._emit(self.correct_requested))
        self.end_button = QPushButton(self.tr("&End role today"), self)
        self.end_button.clicked.connect(lambda: self._emit(self.end_requested))
        self.ack_button = QPushButton(self.tr("Record a&cknowledgement"), self)
        self.ack_button.setToolTip(i18n.tr_text(_quote("R9")))
        self.ack_button.clicked.connect(lambda: self._emit(self.acknowledge_requested))
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.correct_button)
        buttons.addWidget(self.end_button)
        buttons.addWidget(self.ack_button)
        buttons.addStretch(1)
        buttons.addWidget(self.history)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.set_roles([], enabled=False)

    def set_roles(
        self, roles: list[PageRole], enabled: bool = True, today: dt.date | None = None
    ) -> None:
        self.roles = roles
        self.today = today or clock.today()
        self.add_button.setEnabled(enabled)
        self._fill()

    def _fill(self) -> None:
        shown = [r for r in self.roles if self.history.isChecked() or rules.is_current(r, self.today)]
        self.table.setRowCount(len(shown))
        for row, role in enumerate(shown):
            current = rules.is_current(role, self.today)
            acknowledged = role.acknowledged_on
            cells = [
                role.person_name,
                i18n.tr_text(rules.label(rules.ROLE_LABELS, role.role)),
                role.email,
                _date_text(role.from_date),
                _date_text(role.to_date),
                _date_text(acknowledged) if acknowledged else self.tr("Not acknowledged"),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, role.id)
                if not current:
                    # Italic, not grey: a fixed grey is unreadable on a dark theme's background.
                    font = item.font()
                    font.setItalic(True)
                    item.setFont(font)
                if column == 5:
                    item.setIcon(icon("ok") if acknowledged else icon("warning"))
                self.table.setItem(row, column, item)
        self._update_buttons()

    def selected_role(self) -> PageRole | None:
        items = self.table.selectedItems()
        if not items:
            return None
        role_id = items[0].data(Qt.ItemDataRole.UserRole)
        return next((r for r in self.roles if r.id == role_id), None)

    def select_person(self, name: str) -> bool:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.text() == name:
                self.table.selectRow(row)
                return True
        return False

    def _update_buttons(self) -> None:
        role = self.selected_role()
        current = role is not None and rules.is_current(role, self.today)
        self.end_button.setEnabled(current)
        self.correct_button.setEnabled(role is not None)
        self.ack_button.setEnabled(current and role is not None and not role.acknowledged_on)

    def _emit(self, signal: Any) -> None:
        role = self.selected_role()
        if role is not None:
            signal.emit(role.id)


class ReviewsWidget(QWidget):
    """The page's monthly review log (R4), newest first.

    Signals:
        add_requested(): the user wants to log a review.
    """

    add_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        layout.addWidget(self.state)
        self.table = _table(
            self, [self.tr("Date"), self.tr("Reviewed by"), self.tr("Note")], self.tr("Review log")
        )
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(icon("add"), self.tr("&Log review..."), self)
        self.add_button.clicked.connect(self.add_requested)
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.set_reviews(None, [], clock.today())

    def set_reviews(self, page: Page | None, reviews: list[PageReview], today: dt.date) -> None:
        self.add_button.setEnabled(page is not None and page.status != "closed")
        self.table.setRowCount(len(reviews))
        for row, review in enumerate(reviews):
            for column, text in enumerate((_date_text(review.reviewed_on), review.reviewed_by, review.note)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        if page is None:
            self.state.setText("")
        elif page.status == "closed":
            self.state.setText(self.tr("The page is closed and needs no review."))
        elif rules.review_due(page, reviews, today):
            self.state.setText(self.tr("Review due: feel free to review your pages once a month (R4)."))
        else:
            last = rules.last_review(reviews)
            due = rules.first_review_by(page, reviews)
            if last is None:
                # A page registered lately: not due yet (it used to say "review due" on day one).
                self.state.setText(
                    self.tr("Not reviewed yet; the first review is due by {next}.").format(
                        next=format_date(due) if due else "-"
                    )
                )
            else:
                self.state.setText(
                    self.tr("Reviewed {date}; next review by {next}.").format(
                        date=format_date(last), next=format_date(due) if due else "-"
                    )
                )


def _date_text(value: Any) -> str:
    """A stored ISO date as the interface shows dates: dd.mm.yyyy."""
    day = rules.parse_date(value)
    return format_date(day) if day else str(value or "")


def _quote(rule_id: str) -> Any:
    from mtk_admin_desktop.domain.rules import rule_quote

    return rule_quote(rule_id)
