"""The calendar's views: a week of seven day columns with draggable cards, a month grid, a list.

The views only show what they are given (posts of the visible range, already checked); the page asks
the service for that range, so a store of thousands of posts costs no more than the range on screen.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QDrag,
    QFont,
    QFontMetrics,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mtk_admin_desktop import i18n
from mtk_admin_desktop.domain import clock
from mtk_admin_desktop.domain.findings import Finding, Severity, worst
from mtk_admin_desktop.domain.planning import OSLO, is_working_day, kind_text, parse_planned, status_text
from mtk_admin_desktop.domain.planning_rules import DAY_MAX, WEEK_MAX, counts_as_news
from mtk_admin_desktop.domain.tr import QT_TRANSLATE_NOOP
from mtk_admin_desktop.icons import severity_icon
from mtk_admin_desktop.ui import palette
from mtk_admin_desktop.ui.widgets.words import english_plural

MIME_POST = "application/x-mtk-post-id"
WEEKDAYS = (
    QT_TRANSLATE_NOOP("PlanningCalendar", "Mon"),
    QT_TRANSLATE_NOOP("PlanningCalendar", "Tue"),
    QT_TRANSLATE_NOOP("PlanningCalendar", "Wed"),
    QT_TRANSLATE_NOOP("PlanningCalendar", "Thu"),
    QT_TRANSLATE_NOOP("PlanningCalendar", "Fri"),
    QT_TRANSLATE_NOOP("PlanningCalendar", "Sat"),
    QT_TRANSLATE_NOOP("PlanningCalendar", "Sun"),
)
FIRST_HOUR = 6
LAST_HOUR = 23
HOUR_HEIGHT = 56
CARD_HEIGHT = 52


def _fmt(text: str, **params: Any) -> str:
    """Fill ``{named}`` placeholders of an already translated text."""
    return text.format(**params) if params else text


def status_key(post: dict[str, Any], on_hold: bool) -> str:
    """The palette key of a post's status chip (always shown beside its word)."""
    if on_hold:
        return "on_hold"
    return _STATUS_KEYS.get(post.get("status") or "", "neutral")


_STATUS_KEYS = {
    "ide": "neutral",
    "utkast": "draft",
    "klar": "ready",
    "publisert": "done",
    "avlyst": "cancelled",
}


def status_pair(post: dict[str, Any], on_hold: bool) -> palette.Pair:
    return palette.STATUS[status_key(post, on_hold)]


def week_style_sheet() -> str:
    """One style sheet for every card of the week: page kind colours, focus ring, status chips."""
    parts = []
    for kind in ("main", "unit"):
        pair = palette.CARD[kind]
        parts.append(
            f'QFrame#post_card[pagekind="{kind}"] {{ {pair.css()} border: 1px solid {palette.CARD_BORDER}; '
            f"border-radius: 4px; }}"
        )
        parts.append(
            f'QFrame#post_card[pagekind="{kind}"] QLabel {{ color: {pair.fg}; background: transparent; }}'
        )
    parts.append(f"QFrame#post_card:focus {{ border: 2px solid {palette.CARD['selected'].bg}; }}")
    for key, pair in palette.STATUS.items():
        parts.append(
            f'QFrame#post_card QLabel#status_chip[chip="{key}"] {{ {pair.css()} border-radius: 3px; '
            f"padding: 0 3px; }}"
        )
    return "\n".join(parts)


def severity_word(severity: Severity) -> str:
    return {
        Severity.BLOCK: _fmt(QCoreApplication.translate("PlanningCalendar", "blocked")),
        Severity.ERROR: _fmt(QCoreApplication.translate("PlanningCalendar", "error")),
        Severity.WARNING: _fmt(QCoreApplication.translate("PlanningCalendar", "warning")),
        Severity.INFO: _fmt(QCoreApplication.translate("PlanningCalendar", "info")),
    }[severity]


class PlanningCalendar(QObject):
    """Counted words of the calendar: "1 warning", "7 warnings" (plural forms need ``self.tr`` with a
    count, which is what the translation tool reads as having plural forms)."""

    def severity_count(self, severity: Severity, count: int) -> str:
        if severity == Severity.BLOCK:
            return self.tr("%n blocked", "", count)
        if severity == Severity.ERROR:
            return self.tr("%n error(s)", "", count)
        if severity == Severity.WARNING:
            return self.tr("%n warning(s)", "", count)
        return self.tr("%n note(s)", "", count)

    def posts_on(self, count: int) -> str:
        return self.tr("{day}: %n post(s)", "", count)


_WORDS: list[PlanningCalendar] = []


def _words() -> PlanningCalendar:
    if not _WORDS:
        _WORDS.append(PlanningCalendar())
    return _WORDS[0]


def severity_count(severity: Severity, count: int) -> str:
    """ "1 warning", "7 warnings" (plural forms per language, %n in the catalogues)."""
    return english_plural(_words().severity_count(severity, count), count)


def day_text(day: dt.date) -> str:
    """A day as the interface writes dates: dd.mm.åååå."""
    return f"{day.day:02d}.{day.month:02d}.{day.year:04d}"


_STATUS_COLOURS: dict[str, tuple[QColor, QColor]] = {}
# Looked up once: each PySide6 enum attribute access costs about 2 µs, and the month grid elides a line
# per post shown.
_ELIDE_RIGHT = Qt.TextElideMode.ElideRight


class CalendarItem:
    """One post as the views show it: the post, its page name, its findings, whether it is on hold."""

    def __init__(
        self,
        post: dict[str, Any],
        page_name: str,
        findings: list[Finding] | None,
        on_hold: bool = False,
        is_main: bool = False,
    ) -> None:
        self.post = post
        self.id: str = post["id"]
        self.page_name = page_name
        self.findings = findings
        self.on_hold = on_hold
        self.is_main = is_main
        self.when = parse_planned(post.get("planned_at"))
        # "hh:mm" once per item: the month grid repaints every line on each paint (strftime is slow).
        self.clock = f"{self.when.hour:02d}:{self.when.minute:02d}" if self.when else ""
        self._month_line: tuple[int, str, str] | None = None
        self._colours: tuple[QColor, QColor] | None = None

    def month_line(self, metrics: QFontMetrics, font_key: str, width: int) -> str:
        """The "hh:mm title" line elided to ``width``, kept per width and font: a repaint does not measure."""
        cached = self._month_line
        if cached is not None and cached[0] == width and cached[1] == font_key:
            return cached[2]
        text = metrics.elidedText(f"{self.clock} {self.title()}", _ELIDE_RIGHT, width)
        self._month_line = (width, font_key, text)
        return text

    def status_colours(self) -> tuple[QColor, QColor]:
        """Background and text colour of the status (the month grid's line), shared QColor objects."""
        if self._colours is not None:  # an item is made anew when its post or marks change
            return self._colours
        key = status_key(self.post, self.on_hold)
        colours = _STATUS_COLOURS.get(key)
        if colours is None:
            pair = palette.STATUS[key]
            colours = _STATUS_COLOURS[key] = (QColor(pair.bg), QColor(pair.fg))
        self._colours = colours
        return colours

    def status_label(self) -> str:
        if self.on_hold:
            return _fmt(QCoreApplication.translate("PlanningCalendar", "On hold"))
        return i18n.tr_text(status_text(self.post.get("status") or ""))

    def title(self) -> str:
        return self.post.get("title") or (self.post.get("text") or "").split("\n")[0][:60] or "…"

    def findings_summary(self) -> str:
        if not self.findings:
            return _fmt(QCoreApplication.translate("PlanningCalendar", "no findings"))
        counts: dict[Severity, int] = {}
        for f in self.findings:
            counts[f.severity] = counts.get(f.severity, 0) + 1
        return ", ".join(severity_count(s, n) for s, n in sorted(counts.items(), reverse=True))

    def accessible_text(self) -> str:
        time = self.when.strftime("%H:%M") if self.when else ""
        return _fmt(
            QCoreApplication.translate("PlanningCalendar", "{time} {page}: {title}. {status}. {findings}"),
            time=time,
            page=self.page_name,
            title=self.title(),
            status=self.status_label(),
            findings=self.findings_summary(),
        )


# -- week view --------------------------------------------------------------------------------------


class ElidedLabel(QLabel):
    """One line of plain text that ends in "…" when it lacks room (a card is narrow at 200 % scaling).

    The card's tooltip and accessible text carry the whole title, so nothing is lost.
    """

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.full_text = text
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._elide()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        room = max(self.contentsRect().width(), 0)
        self.setText(self.fontMetrics().elidedText(self.full_text, Qt.TextElideMode.ElideRight, room))


class PostCard(QFrame):
    """A post in the week view: time, page, title, status chip, finding badge. Drag it; Enter opens it.

    Signals:
        open_requested(str): the post id to open in the editor.
        move_requested(str, object): keyboard move (Alt+arrows) to a new datetime.
    """

    open_requested = Signal(str)
    move_requested = Signal(str, object)

    def __init__(self, item: CalendarItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self._press: QPoint | None = None
        self.setObjectName("post_card")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # Colours come from the week view's one style sheet (per-card sheets made a week slow to draw).
        self.setProperty("pagekind", "main" if item.is_main else "unit")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(0)
        top = QHBoxLayout()
        top.setSpacing(4)
        time = item.when.strftime("%H:%M") if item.when else ""
        # Time and page apart: the page name ends in "…" on a narrow card (200 %) instead of being cut.
        clock = QLabel(time, self)
        bold = clock.font()
        bold.setBold(True)
        clock.setFont(bold)
        top.addWidget(clock)
        top.addWidget(ElidedLabel(item.page_name, self), 1)
        self.badge = QLabel(self)
        severity = worst(item.findings or [])
        if severity is not None:
            self.badge.setPixmap(severity_icon(severity.key).pixmap(14, 14))
            self.badge.setToolTip(item.findings_summary())
            self.badge.setAccessibleName(item.findings_summary())
            top.addWidget(self.badge)
        layout.addLayout(top)
        title = ElidedLabel(item.title(), self)
        layout.addWidget(title)
        self.status_chip = QLabel(item.status_label(), self)
        self.status_chip.setObjectName("status_chip")
        self.status_chip.setProperty("chip", status_key(item.post, item.on_hold))
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_chip)
        bottom.addStretch(1)
        layout.addLayout(bottom)
        self.setAccessibleName(item.accessible_text())
        # The keys are shown where the card is: nothing else tells a keyboard user cards can move.
        keys = _fmt(
            QCoreApplication.translate(
                "PlanningCalendar",
                "Enter opens the post. Alt+Left/Right moves it a day, Alt+Up/Down half an hour; "
                "Ctrl+Z undoes.",
            )
        )
        self.setAccessibleDescription(keys)
        details = "\n".join(f"{f.rule}: {i18n.tr_text(f.message)}" for f in item.findings or [])
        self.setToolTip("\n".join(part for part in (item.accessible_text(), details, keys) if part))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
            self.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None or not (event.buttons() & Qt.MouseButton.LeftButton):
            return
        if (event.position().toPoint() - self._press).manhattanLength() < 8:
            return
        self._press = None
        drag = QDrag(self)
        mime = QMimeData()
        mime.setData(MIME_POST, self.item.id.encode())
        drag.setMimeData(mime)
        drag.setPixmap(self.grab())
        drag.exec(Qt.DropAction.MoveAction)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._press = None
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.open_requested.emit(self.item.id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_requested.emit(self.item.id)
            return
        if event.modifiers() & Qt.KeyboardModifier.AltModifier and self.item.when is not None:
            steps = {
                Qt.Key.Key_Left: dt.timedelta(days=-1),
                Qt.Key.Key_Right: dt.timedelta(days=1),
                Qt.Key.Key_Up: dt.timedelta(minutes=-30),
                Qt.Key.Key_Down: dt.timedelta(minutes=30),
            }
            if key in steps:
                # Keyboard users move cards too (the mouse-free way to do what dragging does).
                new = (self.item.when.replace(tzinfo=None) + steps[key]).replace(tzinfo=OSLO)
                self.move_requested.emit(self.item.id, new)
                return
        super().keyPressEvent(event)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class DayColumn(QWidget):
    """One day of the week view: an hour grid with the day's cards placed at their times; a drop target.

    Signals:
        dropped(str, object): a post id dropped here and the datetime (Oslo) it was dropped at.
    """

    dropped = Signal(str, object)

    def __init__(self, day: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day = day
        # Shaded as a day off: a weekend until the week is shown, then the holidays too (the holiday
        # calendar is not loaded to paint an empty tab, nor on each paint).
        self.working = day.weekday() < 5
        self.cards: list[PostCard] = []
        self.setAcceptDrops(True)
        self.setMinimumWidth(120)
        self.setFixedHeight((LAST_HOUR - FIRST_HOUR) * HOUR_HEIGHT)
        self.setAccessibleName(
            _fmt(QCoreApplication.translate("PlanningCalendar", "Day {day}"), day=day_text(day))
        )

    def time_at(self, y: int) -> dt.datetime:
        """The time a y position stands for, to the quarter hour."""
        minutes = FIRST_HOUR * 60 + round(max(0, y) / HOUR_HEIGHT * 60 / 15) * 15
        minutes = min(minutes, LAST_HOUR * 60 - 15)
        return dt.datetime.combine(self.day, dt.time(minutes // 60, minutes % 60), tzinfo=OSLO)

    def y_of(self, moment: dt.datetime) -> int:
        hours = moment.hour + moment.minute / 60 - FIRST_HOUR
        return int(min(max(hours, 0), LAST_HOUR - FIRST_HOUR - CARD_HEIGHT / HOUR_HEIGHT) * HOUR_HEIGHT)

    def set_cards(self, cards: list[PostCard]) -> None:
        for card in self.cards:
            # Hidden at once: deleteLater waits for the event loop, and a stale card must not show meanwhile.
            card.hide()
            card.deleteLater()
        self.cards = cards
        for card in cards:
            if card.parent() is not self:
                card.setParent(self)
            card.show()
        self._place()

    def _place(self) -> None:
        # Cards whose times overlap share the width side by side.
        placed: list[tuple[int, PostCard]] = [(self.y_of(c.item.when), c) for c in self.cards if c.item.when]
        placed.sort(key=lambda pc: pc[0])
        groups: list[list[tuple[int, PostCard]]] = []
        for y, card in placed:
            if (
                groups
                and y < groups[-1][-1][0] + CARD_HEIGHT
                and y < max(g[0] for g in groups[-1]) + CARD_HEIGHT
            ):
                groups[-1].append((y, card))
            else:
                groups.append([(y, card)])
        width = max(self.width(), self.minimumWidth()) - 4
        for group in groups:
            w = max(width // len(group), 30)
            for i, (y, card) in enumerate(group):
                card.setGeometry(2 + i * w, y + 1, w - 2, CARD_HEIGHT - 2)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._place()

    def paintEvent(self, event: Any) -> None:
        painter = QPainter(self)
        pal = self.palette()
        base = pal.color(QPalette.ColorRole.Base)
        if not self.working:
            base = pal.color(QPalette.ColorRole.AlternateBase)
        painter.fillRect(self.rect(), base)
        pen = QPen(pal.color(QPalette.ColorRole.Mid))
        for hour in range(FIRST_HOUR, LAST_HOUR + 1):
            y = (hour - FIRST_HOUR) * HOUR_HEIGHT
            pen.setStyle(Qt.PenStyle.SolidLine)
            painter.setPen(pen)
            painter.drawLine(0, y, self.width(), y)
        painter.drawLine(0, 0, 0, self.height())
        if self.day == clock.now_oslo().date():
            painter.setPen(QPen(QColor(palette.CARD["selected"].bg), 3))
            painter.drawLine(1, 0, 1, self.height())
        painter.end()

    def dragEnterEvent(self, event: Any) -> None:
        if event.mimeData().hasFormat(MIME_POST):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: Any) -> None:
        if event.mimeData().hasFormat(MIME_POST):
            event.acceptProposedAction()

    def dropEvent(self, event: Any) -> None:
        if not event.mimeData().hasFormat(MIME_POST):
            return
        post_id = bytes(event.mimeData().data(MIME_POST).data()).decode()
        y = int(event.position().y()) - CARD_HEIGHT // 4
        event.acceptProposedAction()
        self.dropped.emit(post_id, self.time_at(y))


class HourGutter(QWidget):
    """The hours beside the week's day columns."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedWidth(44)
        self.setFixedHeight((LAST_HOUR - FIRST_HOUR) * HOUR_HEIGHT)

    def paintEvent(self, event: Any) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        for hour in range(FIRST_HOUR, LAST_HOUR):
            y = (hour - FIRST_HOUR) * HOUR_HEIGHT
            painter.drawText(
                QRect(0, y + 2, self.width() - 6, 16),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
                f"{hour:02d}:00",
            )
        painter.end()


class WeekView(QWidget):
    """Seven day columns (Monday–Sunday) under their headings, scrolling through the hours.

    Signals:
        open_requested(str): open this post in the editor.
        move_requested(str, object): move this post to this datetime (dragged or Alt+arrows).
        day_activated(object): a day heading was chosen (date).
    """

    open_requested = Signal(str)
    move_requested = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.days: list[dt.date] = []
        self.columns: list[DayColumn] = []
        self.headers: list[QLabel] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.header_row = QHBoxLayout()
        self.header_row.setSpacing(0)
        self.header_row.addSpacing(44)
        outer.addLayout(self.header_row)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setAccessibleName(_fmt(QCoreApplication.translate("PlanningCalendar", "Week")))
        outer.addWidget(self.scroll_area, 1)
        self.body = QWidget()
        self.body_layout = QHBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        self.body_layout.setSpacing(0)
        self.body_layout.addWidget(HourGutter(self.body))
        for _ in range(7):
            header = QLabel(self)
            header.setAlignment(Qt.AlignmentFlag.AlignCenter)
            header.setWordWrap(True)  # a holiday or R11 note under the date wraps at 200 %, not cut
            header.setMinimumWidth(120)
            self.header_row.addWidget(header, 1)
            self.headers.append(header)
            column = DayColumn(clock.today(), self.body)
            column.dropped.connect(self.move_requested)
            self.body_layout.addWidget(column, 1)
            self.columns.append(column)
        self.scroll_area.setWidget(self.body)
        self.body.setStyleSheet(week_style_sheet())
        # Keep the headings over their columns: leave room for the vertical scroll bar.
        self.header_row.addSpacing(self.scroll_area.verticalScrollBar().sizeHint().width() + 2)
        # Office hours first: most posts are planned between 08 and 16.
        self.scroll_area.verticalScrollBar().setValue((8 - FIRST_HOUR) * HOUR_HEIGHT)

    def show_week(
        self, days: list[dt.date], items: list[CalendarItem], day_notes: dict[dt.date, str]
    ) -> None:
        """Show the seven ``days`` with ``items``; ``day_notes`` adds text under a heading (a holiday)."""
        self.days = days
        locale_days = [QCoreApplication.translate("PlanningCalendar", d) for d in WEEKDAYS]
        today = clock.now_oslo().date()
        for i, day in enumerate(days):
            column = self.columns[i]
            column.day = day
            column.working = is_working_day(day)
            column.setAccessibleName(
                _fmt(QCoreApplication.translate("PlanningCalendar", "Day {day}"), day=day_text(day))
            )
            note = day_notes.get(day, "")
            text = f"{locale_days[day.weekday()]} {day.day}.{day.month}."
            if day == today:
                text = f"<b>{text}</b> · " + _fmt(QCoreApplication.translate("PlanningCalendar", "today"))
            if note:
                text += f"<br><small>{_escape(note)}</small>"
            self.headers[i].setText(text)
            cards = []
            for item in items:
                if item.when is not None and item.when.date() == day:
                    card = PostCard(item, column)
                    card.open_requested.connect(self.open_requested)
                    card.move_requested.connect(self.move_requested)
                    cards.append(card)
            column.set_cards(cards)
            column.update()

    def card(self, post_id: str) -> PostCard | None:
        for column in self.columns:
            for card in column.cards:
                if card.item.id == post_id:
                    return card
        return None

    def column_of(self, day: dt.date) -> DayColumn | None:
        return next((c for c in self.columns if c.day == day), None)


# -- month view -------------------------------------------------------------------------------------

POSTS_ROLE = Qt.ItemDataRole.UserRole + 1
DATE_ROLE = Qt.ItemDataRole.UserRole + 2


class MonthModel(QAbstractTableModel):
    """Six weeks × seven days around a month; each cell holds that day's posts (already fetched)."""

    def __init__(self, parent: Any = None, checker: Any = None) -> None:
        super().__init__(parent)
        self.first = clock.today().replace(day=1)
        self.days: list[dt.date] = []
        self.by_day: dict[dt.date, list[CalendarItem]] = {}
        self.working: dict[dt.date, bool] = {}
        # R11 on the main page: news items per working day over two, per ISO week (row) over ten
        self.r11_days: dict[dt.date, int] = {}
        self.r11_weeks: dict[int, int] = {}
        # checker(item) -> list[Finding]; asked only for a day's tooltip (the grid paints no findings)
        self.checker = checker
        # The empty grid of a month not yet shown: no holidays looked up (set_month does that).
        self.days = self.grid_for(self.first)

    @staticmethod
    def grid_for(month_first: dt.date) -> list[dt.date]:
        start = month_first - dt.timedelta(days=month_first.weekday())
        return [start + dt.timedelta(days=i) for i in range(42)]

    def set_month(self, month_first: dt.date, items: list[CalendarItem]) -> None:
        self.beginResetModel()
        self.first = month_first
        self.days = self.grid_for(month_first)
        self.by_day = {}
        self.working = {day: is_working_day(day) for day in self.days}
        news: dict[dt.date, int] = {}
        for item in items:
            if item.when is not None:
                self.by_day.setdefault(item.when.date(), []).append(item)
                if item.is_main and counts_as_news(item.post):
                    news[item.when.date()] = news.get(item.when.date(), 0) + 1
        self.r11_days = {d: n for d, n in news.items() if n > DAY_MAX and self.working.get(d)}
        weeks: dict[int, int] = {}
        for day, count in news.items():
            if day in self.days:
                row = self.days.index(day) // 7
                weeks[row] = weeks.get(row, 0) + count
        self.r11_weeks = {row: n for row, n in weeks.items() if n > WEEK_MAX}
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def day_at(self, index: QModelIndex | QPersistentModelIndex) -> dt.date:
        return self.days[index.row() * 7 + index.column()]

    def index_of(self, day: dt.date) -> QModelIndex:
        if day not in self.days:
            return QModelIndex()
        i = self.days.index(day)
        return self.index(i // 7, i % 7)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        day = self.day_at(index)
        items = self.by_day.get(day, [])
        if role == Qt.ItemDataRole.DisplayRole:
            return str(day.day)
        if role == Qt.ItemDataRole.AccessibleTextRole or role == Qt.ItemDataRole.ToolTipRole:
            count = len(items)
            head = _fmt(english_plural(_words().posts_on(count), count), day=day_text(day))
            # The month grid shows status by colour; the tooltip and screen readers get the words, the
            # page and the findings of each post.
            lines = []
            if day in self.r11_days:
                lines.append(
                    _fmt(
                        QCoreApplication.translate(
                            "PlanningCalendar", "⚠ R11: {count} news items on the main page (at most {limit})"
                        ),
                        count=self.r11_days[day],
                        limit=DAY_MAX,
                    )
                )
            for item in items[:12]:
                if item.findings is None and self.checker is not None:
                    item.findings = self.checker(item)
                lines.append(
                    _fmt(
                        QCoreApplication.translate(
                            "PlanningCalendar", "{time} {page}: {title} ({status}) · {findings}"
                        ),
                        time=item.clock,
                        page=item.page_name or "?",
                        title=item.title(),
                        status=item.status_label(),
                        findings=item.findings_summary(),
                    )
                )
            if len(items) > 12:
                lines.append(
                    _fmt(
                        QCoreApplication.translate("PlanningCalendar", "+{count} more"), count=len(items) - 12
                    )
                )
            return "\n".join([head, *lines])
        if role == POSTS_ROLE:
            return items
        if role == DATE_ROLE:
            return day
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("PlanningCalendar", WEEKDAYS[section])
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Vertical and self.days:
            number = str(self.days[section * 7].isocalendar()[1])
            return number + " ⚠" if section in self.r11_weeks else number
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Vertical and self.days:
            monday = self.days[section * 7]
            text = _fmt(
                QCoreApplication.translate("PlanningCalendar", "Week {number}, {year}"),
                number=monday.isocalendar()[1],
                year=monday.isocalendar()[0],
            )
            if section in self.r11_weeks:
                text += "\n" + _fmt(
                    QCoreApplication.translate(
                        "PlanningCalendar", "⚠ R11: {count} news items on the main page (at most {limit})"
                    ),
                    count=self.r11_weeks[section],
                    limit=WEEK_MAX,
                )
            return text
        return None


class _PaintFrame:
    """What every cell of one paint event shares: today, the fonts and metrics, the palette's colours.

    Taken from the first cell's style option (the view's font and palette, the same for every cell).
    """

    def __init__(self, font: QFont, pal: QPalette, line_height: int) -> None:
        self.today = clock.now_oslo().date()
        self.font = QFont(font)
        self.bold = QFont(font)
        self.bold.setBold(True)
        self.font_key = font.key()
        self.metrics = QFontMetrics(font)
        exact = QFontMetricsF(font)
        # A line's text is elided to its width; when its height fits too, it is drawn at its baseline
        # (the same pixels as centring it in the line's rectangle, without laying it out again).
        # Rounded: text is drawn at a whole pixel's baseline either way (the same pixels, checked).
        fits = exact.height() <= line_height
        self.baseline = round((line_height - exact.height()) / 2 + exact.ascent()) if fits else None
        self.ascent = self.metrics.ascent()
        role = QPalette.ColorRole
        self.base, self.alternate = pal.color(role.Base), pal.color(role.AlternateBase)
        self.mid, self.text, self.placeholder = (
            pal.color(role.Mid),
            pal.color(role.Text),
            pal.color(role.PlaceholderText),
        )
        self.selected = QPen(QColor(palette.CARD["selected"].bg), 2)


# Flags the month cells use, as plain ints once: PySide6's enum operators cost microseconds a call, and
# a month paints 42 cells with several each.
_SELECTED = QStyle.StateFlag.State_Selected.value
_TOP_RIGHT = int(Qt.AlignmentFlag.AlignRight.value | Qt.AlignmentFlag.AlignTop.value)
_V_CENTER = int(Qt.AlignmentFlag.AlignVCenter.value)


class MonthDelegate(QStyledItemDelegate):
    """Paints a month cell: the day number and as many "hh:mm title" lines as fit, then "+N more"."""

    LINE = 17

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._in_paint_event = False
        self._frame: _PaintFrame | None = None

    def begin_paint_event(self) -> None:
        """Cells painted until :meth:`end_paint_event` share one :class:`_PaintFrame`."""
        self._in_paint_event, self._frame = True, None

    def end_paint_event(self) -> None:
        self._in_paint_event, self._frame = False, None

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        frame = self._frame
        if frame is None:
            frame = _PaintFrame(option.font, option.palette, self.LINE - 1)
            if self._in_paint_event:
                self._frame = frame
        painter.save()
        model = index.model()
        if isinstance(model, MonthModel):  # read the model directly: no trip through QVariant per cell
            day = model.day_at(index)
            items = model.by_day.get(day, [])
            first = model.first
            working = model.working.get(day)
            if working is None:
                working = is_working_day(day)
        else:
            day = index.data(DATE_ROLE)
            items = index.data(POSTS_ROLE) or []
            first = getattr(model, "first", day)
            working = is_working_day(day)
        rect: QRect = option.rect
        painter.fillRect(rect, frame.base if working else frame.alternate)
        painter.setPen(frame.mid)
        painter.drawRect(rect.adjusted(0, 0, -1, -1))
        if option.state.value & _SELECTED:
            painter.setPen(frame.selected)
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        today = day == frame.today
        painter.setFont(frame.bold if today else frame.font)
        painter.setPen(frame.text if day.month == first.month else frame.placeholder)
        # At the top left: the baseline one ascent below the top, as AlignTop lays it out, without a layout.
        painter.drawText(rect.left() + 4, rect.top() + 2 + frame.ascent, str(day.day))
        if today:
            painter.setFont(frame.font)
        if isinstance(model, MonthModel) and day in model.r11_days:
            # R11: a third news item on a working day on the main page (the words are in the tooltip)
            painter.setPen(frame.text)
            painter.drawText(rect.adjusted(4, 2, -4, 0), _TOP_RIGHT, "⚠ R11")
        if items:
            y = rect.top() + self.LINE + 4
            room = max(0, (rect.bottom() - y) // self.LINE)
            shown = items if len(items) <= room else items[: max(room - 1, 0)]
            left, width = rect.left() + 3, rect.width() - 6
            line_height = self.LINE - 1
            flags = _V_CENTER
            metrics, font_key, baseline = frame.metrics, frame.font_key, frame.baseline
            for item in shown:
                background, foreground = item.status_colours()
                painter.fillRect(left, y, width, line_height, background)
                painter.setPen(foreground)
                text = item.month_line(metrics, font_key, width - 4)
                if baseline is not None:  # drawText(x, y, text): no QPointF built per line (~2 µs)
                    painter.drawText(left + 2, y + baseline, text)
                else:
                    painter.drawText(QRect(left + 2, y, width - 4, line_height), flags, text)
                y += self.LINE
            if len(shown) < len(items):
                painter.setPen(frame.text)
                painter.drawText(
                    QRect(rect.left() + 4, y, rect.width() - 8, self.LINE),
                    flags,
                    _fmt(
                        QCoreApplication.translate("PlanningCalendar", "+{count} more"),
                        count=len(items) - len(shown),
                    ),
                )
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return QSize(120, 110)


class MonthView(QTableView):
    """The month grid; Enter or a double-click on a day opens that day's week.

    Signals:
        day_activated(object): the date chosen.
    """

    day_activated = Signal(object)

    def __init__(self, parent: QWidget | None = None, checker: Any = None) -> None:
        super().__init__(parent)
        self.month_model = MonthModel(self, checker)
        self.setModel(self.month_model)
        self.delegate = MonthDelegate(self)
        self.setItemDelegate(self.delegate)
        self.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QTableView.SelectionBehavior.SelectItems)
        self.setTabKeyNavigation(False)  # Tab leaves the month; arrow keys move between its days
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.setShowGrid(False)
        self.setAccessibleName(_fmt(QCoreApplication.translate("PlanningCalendar", "Month")))
        self.activated.connect(lambda index: self.day_activated.emit(self.month_model.day_at(index)))
        self.doubleClicked.connect(lambda index: self.day_activated.emit(self.month_model.day_at(index)))

    def paintEvent(self, event: Any) -> None:
        self.delegate.begin_paint_event()
        try:
            super().paintEvent(event)
        finally:
            self.delegate.end_paint_event()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.day_activated.emit(self.month_model.day_at(self.currentIndex()))
            return
        super().keyPressEvent(event)


# -- list view --------------------------------------------------------------------------------------


class PostListModel(QAbstractTableModel):
    """Posts of the visible range as rows; findings are computed only for rows that are shown."""

    COL_TIME, COL_PAGE, COL_TITLE, COL_KIND, COL_STATUS, COL_FINDINGS = range(6)
    HEADERS = (
        QT_TRANSLATE_NOOP("PlanningCalendar", "Time"),
        QT_TRANSLATE_NOOP("PlanningCalendar", "Page"),
        QT_TRANSLATE_NOOP("PlanningCalendar", "Title"),
        QT_TRANSLATE_NOOP("PlanningCalendar", "Kind"),
        QT_TRANSLATE_NOOP("PlanningCalendar", "Status"),
        QT_TRANSLATE_NOOP("PlanningCalendar", "Findings"),
    )

    def __init__(self, checker: Any = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.items: list[CalendarItem] = []
        # checker(item) -> list[Finding]; called lazily from data() for rows the view paints.
        self.checker = checker

    def set_items(self, items: list[CalendarItem]) -> None:
        self.beginResetModel()
        self.items = items
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def item_at(self, row: int) -> CalendarItem:
        return self.items[row]

    def _findings(self, item: CalendarItem) -> list[Finding]:
        if item.findings is None:
            item.findings = self.checker(item) if self.checker else []
        return item.findings

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == self.COL_TIME:
                return f"{day_text(item.when.date())} {item.clock}" if item.when else ""
            if col == self.COL_PAGE:
                return item.page_name
            if col == self.COL_TITLE:
                return item.title()
            if col == self.COL_KIND:
                return i18n.tr_text(kind_text(item.post.get("kind") or ""))
            if col == self.COL_STATUS:
                return item.status_label()
            if col == self.COL_FINDINGS:
                return (
                    item.findings_summary()
                    if self._findings(item)
                    else _fmt(QCoreApplication.translate("PlanningCalendar", "none"))
                )
        if role == Qt.ItemDataRole.DecorationRole and col == self.COL_FINDINGS:
            severity = worst(self._findings(item))
            return severity_icon(severity.key if severity is not None else "ok")
        if role == Qt.ItemDataRole.BackgroundRole and col == self.COL_STATUS:
            return QColor(status_pair(item.post, item.on_hold).bg)
        if role == Qt.ItemDataRole.ForegroundRole and col == self.COL_STATUS:
            return QColor(status_pair(item.post, item.on_hold).fg)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("PlanningCalendar", self.HEADERS[section])
        return None
