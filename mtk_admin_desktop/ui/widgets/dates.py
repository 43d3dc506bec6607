"""Dates and times as Norwegians type them: ``dd.mm.åååå`` and ``HH:MM``, with a calendar button.

Qt's QDateEdit has no empty value (an "optional" date is a minimum date shown as a special text, from
which typed digits pile up), changes its value with the mouse wheel while a form scrolls, and opens its
calendar in January 2000 when empty. These fields are plain line edits that parse what is typed:

- :class:`DateEdit`: ``03.12.2026``, ``3.12.26``, ``03122026`` or ``2026-12-03``; empty is empty.
- :class:`TimeEdit`: ``20:15``, ``20.15``, ``2015`` or ``8``.
- :class:`DateTimeEdit`: both in one row (Europe/Oslo wall-clock time).

:func:`guard_wheel` makes spin boxes and combo boxes of a form ignore the wheel unless they have the focus,
so scrolling a form never changes a value.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSlider,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mtk_admin_desktop.domain import clock
from mtk_admin_desktop.ui import palette

_DOTTED = re.compile(r"^\s*(\d{1,2})[.\-/ ](\d{1,2})[.\-/ ](\d{2}|\d{4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
_DIGITS = re.compile(r"^\s*(\d{2})(\d{2})(\d{2}|\d{4})\s*$")
_TIME = re.compile(r"^\s*(\d{1,2})(?:[:.](\d{2}))?\s*$")
_TIME_DIGITS = re.compile(r"^\s*(\d{1,2})(\d{2})\s*$")


def format_date(day: dt.date | None) -> str:
    """``dd.mm.åååå`` (the one date format of the interface), or an empty string."""
    return f"{day.day:02d}.{day.month:02d}.{day.year:04d}" if day else ""


def format_time(moment: dt.time | dt.datetime | None) -> str:
    return f"{moment.hour:02d}:{moment.minute:02d}" if moment is not None else ""


def parse_date(text: str) -> dt.date | None:
    """A date as a Norwegian types it; ValueError when it is not one (empty text is None)."""
    if not text.strip():
        return None
    match = _DOTTED.match(text) or _DIGITS.match(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
        if len(match.group(3)) == 2:
            year += 2000
    else:
        match = _ISO.match(text)
        if not match:
            raise ValueError(text)
        year, month, day = (int(g) for g in match.groups())
    return dt.date(year, month, day)  # ValueError for 31.02.


def parse_time(text: str) -> dt.time | None:
    """``HH:MM`` (also ``HH.MM``, ``HHMM``, ``H``); ValueError when not a time; empty is None."""
    if not text.strip():
        return None
    match = _TIME.match(text) or _TIME_DIGITS.match(text)
    if not match:
        raise ValueError(text)
    return dt.time(int(match.group(1)), int(match.group(2) or 0))


def _invalid_css() -> str:
    """An invalid entry: the alert colour pair with its border (not a red text alone)."""
    return f"QLineEdit {{ {palette.ALERT.css()} border: 1px solid {palette.ALERT_BORDER}; }}"


class _WheelGuard(QObject):
    """Passes a wheel event on to the scroll area unless the control it landed on has the focus."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Wheel and isinstance(watched, QWidget) and not watched.hasFocus():
            event.ignore()  # an ignored wheel event goes on to the parent (the scroll area scrolls)
            return True
        return False


_GUARD: _WheelGuard | None = None


def guard_wheel(root: QWidget) -> None:
    """Spin boxes, combo boxes and sliders under ``root`` change by the wheel only while they have focus."""
    global _GUARD
    if _GUARD is None:
        _GUARD = _WheelGuard()
    for kind in (QAbstractSpinBox, QComboBox, QSlider):
        for widget in root.findChildren(kind):
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel does not give them the focus
            widget.removeEventFilter(_GUARD)
            widget.installEventFilter(_GUARD)


def _label_of(widget: QWidget) -> str:
    """The text of the label whose buddy ``widget`` is (without its mnemonic and colon), or ""."""
    window = widget.window()
    for label in window.findChildren(QLabel):
        if label.buddy() is widget:
            return label.text().replace("&&", "\0").replace("&", "").replace("\0", "&").strip().rstrip(":")
    return ""


class _CalendarPopup(QWidget):
    """The calendar under a date field; Enter or a click chooses, Esc closes."""

    chosen = Signal(object)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.calendar = QCalendarWidget(self)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setGridVisible(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.calendar)
        self.calendar.activated.connect(self._chosen)
        self.calendar.clicked.connect(self._chosen)

    def _chosen(self, value: QDate) -> None:
        self.chosen.emit(dt.date(value.year(), value.month(), value.day()))
        self.close()


class DateEdit(QWidget):
    """A date typed as ``dd.mm.åååå`` (or picked in the calendar); empty means no date.

    Signals:
        dateChanged(object): the date (``datetime.date`` or None) after the user changed it.
    """

    dateChanged = Signal(object)

    def __init__(
        self, parent: QWidget | None = None, day: dt.date | None = None, empty_text: str = ""
    ) -> None:
        super().__init__(parent)
        self._date: dt.date | None = day
        self.minimum: dt.date | None = None
        self.maximum: dt.date | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.edit = QLineEdit(format_date(day), self)
        self.edit.setPlaceholderText(empty_text or self.tr("dd.mm.yyyy"))
        self.edit.setMaxLength(12)
        width = self.edit.fontMetrics().horizontalAdvance("00.00.00000") + 16
        self.edit.setMinimumWidth(max(width, self.edit.fontMetrics().horizontalAdvance(empty_text) + 16))
        self.button = QToolButton(self)
        self.button.setText("▾")
        self.button.setAccessibleName(self.tr("Choose the date in a calendar"))
        self.button.setToolTip(self.tr("Choose the date in a calendar (Alt+Down in the field)"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Alt+Down opens it from the field
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.edit)
        self.edit.textEdited.connect(self._typed)
        self.edit.editingFinished.connect(self._normalise)
        self.edit.installEventFilter(self)
        self.button.clicked.connect(self.open_calendar)
        self.popup: _CalendarPopup | None = None

    # -- the value ---------------------------------------------------------------------------------

    def date(self) -> dt.date | None:
        """The date typed (None when empty or not a date; see :meth:`is_valid`)."""
        return self._date

    def setDate(self, day: dt.date | None) -> None:  # noqa: N802 - Qt's naming, as the field it replaces
        changed = day != self._date
        self._date = day
        self.edit.setText(format_date(day))
        self._mark(True)
        if changed:
            self.dateChanged.emit(day)

    def text(self) -> str:
        return self.edit.text()

    def is_valid(self) -> bool:
        """False while the text is neither empty nor a date within the allowed range."""
        try:
            day = parse_date(self.edit.text())
        except ValueError:
            return False
        return day is None or self._in_range(day)

    def setAccessibleName(self, name: str) -> None:  # noqa: N802
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    def showEvent(self, event: Any) -> None:  # noqa: N802
        # A label's buddy is this widget; a screen reader reads the line edit inside: give it the name.
        if not self.edit.accessibleName():
            name = self.accessibleName() or _label_of(self)
            if name:
                self.setAccessibleName(name)
        super().showEvent(event)

    def set_range(self, minimum: dt.date | None, maximum: dt.date | None) -> None:
        self.minimum, self.maximum = minimum, maximum

    def _in_range(self, day: dt.date) -> bool:
        return (self.minimum is None or day >= self.minimum) and (self.maximum is None or day <= self.maximum)

    def _typed(self, text: str) -> None:
        try:
            day = parse_date(text)
        except ValueError:
            day = None
            valid = False
        else:
            valid = day is None or self._in_range(day)
        # A half-typed date is not an error yet: it is marked when the field is left.
        if valid and day != self._date:
            self._date = day
            self.dateChanged.emit(day)
        elif not valid and self._date is not None:
            self._date = None
            self.dateChanged.emit(None)
        if valid:
            self._mark(True)

    def _normalise(self) -> None:
        if self.is_valid():
            self.edit.setText(format_date(self._date))
            self._mark(True)
        else:
            self._mark(False)

    def _mark(self, valid: bool) -> None:
        if valid:
            self.edit.setStyleSheet("")
            self.edit.setToolTip("")
        else:
            self.edit.setStyleSheet(_invalid_css())
            self.edit.setToolTip(self.tr("Not a date: type it as dd.mm.yyyy, for example 03.12.2026."))

    # -- the calendar ------------------------------------------------------------------------------

    def open_calendar(self) -> None:
        """The calendar at the date typed, or at today (never January 2000)."""
        if self.popup is None:
            self.popup = _CalendarPopup(self)
            self.popup.chosen.connect(self._picked)
        day = self._date or clock.today()
        calendar = self.popup.calendar
        if self.minimum:
            calendar.setMinimumDate(QDate(self.minimum.year, self.minimum.month, self.minimum.day))
        if self.maximum:
            calendar.setMaximumDate(QDate(self.maximum.year, self.maximum.month, self.maximum.day))
        calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        self.popup.adjustSize()
        self.popup.move(self.mapToGlobal(self.rect().bottomLeft()))
        self.popup.show()
        calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def _picked(self, day: dt.date) -> None:
        self.setDate(day)
        self.edit.setFocus(Qt.FocusReason.PopupFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            alt = event.modifiers() & Qt.KeyboardModifier.AltModifier  # type: ignore[attr-defined]
            if (key == Qt.Key.Key_Down and alt) or key == Qt.Key.Key_F4:
                self.open_calendar()
                return True
        return False


class TimeEdit(QLineEdit):
    """A time of day typed as ``HH:MM`` (``20.15``, ``2015`` and ``8`` are understood)."""

    timeChanged = Signal(object)

    def __init__(self, parent: QWidget | None = None, value: dt.time | None = None) -> None:
        super().__init__(format_time(value), parent)
        self._time = value
        self.setPlaceholderText(self.tr("HH:MM"))
        self.setMaxLength(5)
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("00:000") + 16)
        self.textEdited.connect(self._typed)
        self.editingFinished.connect(self._normalise)

    def time(self) -> dt.time | None:
        return self._time

    def setTime(self, value: dt.time | None) -> None:  # noqa: N802
        changed = value != self._time
        self._time = value
        self.setText(format_time(value))
        self.setStyleSheet("")
        if changed:
            self.timeChanged.emit(value)

    def is_valid(self) -> bool:
        try:
            parse_time(self.text())
        except ValueError:
            return False
        return True

    def _typed(self, text: str) -> None:
        try:
            value = parse_time(text)
        except ValueError:
            return
        if value != self._time:
            self._time = value
            self.timeChanged.emit(value)
        self.setStyleSheet("")

    def _normalise(self) -> None:
        if self.is_valid():
            self.setText(format_time(self._time))
            self.setStyleSheet("")
        else:
            self.setStyleSheet(_invalid_css())
            self.setToolTip(self.tr("Not a time: type it as HH:MM, for example 20:15."))


class DateTimeEdit(QWidget):
    """A date and a time in one row (wall-clock time in Europe/Oslo), as ``dd.mm.åååå`` and ``HH:MM``.

    Signals:
        changed(): the date or the time changed.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, value: dt.datetime | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.date_edit = DateEdit(self, value.date() if value else None)
        self.time_edit = TimeEdit(self, value.time() if value else None)
        layout.addWidget(self.date_edit, 1)
        layout.addWidget(self.time_edit)
        self.setFocusProxy(self.date_edit)
        self.date_edit.dateChanged.connect(self.changed)
        self.time_edit.timeChanged.connect(self.changed)

    def setAccessibleName(self, name: str) -> None:  # noqa: N802
        super().setAccessibleName(name)
        self.date_edit.setAccessibleName(name + " – " + self.tr("date"))
        self.time_edit.setAccessibleName(name + " – " + self.tr("time"))

    def showEvent(self, event: Any) -> None:  # noqa: N802
        if not self.time_edit.accessibleName():
            name = self.accessibleName() or _label_of(self)
            if name:
                self.setAccessibleName(name)
        super().showEvent(event)

    def value(self) -> dt.datetime | None:
        """The moment typed, aware in Europe/Oslo (None while the date is empty or incomplete)."""
        day, time = self.date_edit.date(), self.time_edit.time()
        if day is None:
            return None
        return dt.datetime.combine(day, time or dt.time(0, 0), tzinfo=clock.OSLO)

    def set_value(self, value: dt.datetime | None) -> None:
        local = value.astimezone(clock.OSLO) if value is not None and value.tzinfo else value
        self.date_edit.setDate(local.date() if local else None)
        self.time_edit.setTime(local.time().replace(second=0, microsecond=0) if local else None)

    def is_valid(self) -> bool:
        return self.date_edit.is_valid() and self.time_edit.is_valid()
