"""Dates and times as Norwegians type them (issue 17): dd.mm.åååå, HH:MM, empty is empty, Oslo time.

"Klarert dato" could not be typed (digits piled up after "ikke registrert", Tab stayed, 2026-12-03
became 2001-12-03, the calendar opened in January 2000), the mouse wheel changed values while the form
scrolled, and a moderation entry typed as 20:15 on a computer not on Norwegian time was archived as
another hour.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from mtk_admin_desktop.domain import clock
from mtk_admin_desktop.ui.widgets.dates import DateEdit, parse_date, parse_time

pytestmark = pytest.mark.today

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def register(qtbot, context):
    from mtk_admin_desktop.ui.register.register_page import RegisterPage

    page = RegisterPage(context)
    qtbot.addWidget(page)
    page.resize(1300, 900)
    page.show()
    page.primary_action()
    return page


def test_dates_and_times_as_typed() -> None:
    assert parse_date("03.12.2026") == dt.date(2026, 12, 3)
    assert parse_date("3.12.26") == dt.date(2026, 12, 3)
    assert parse_date("03122026") == dt.date(2026, 12, 3)
    assert parse_date("2026-12-03") == dt.date(2026, 12, 3)  # pasted from elsewhere
    assert parse_date("   ") is None
    for wrong in ("31.02.2026", "12/2026", "i morgen"):
        with pytest.raises(ValueError):
            parse_date(wrong)
    assert parse_time("20:15") == parse_time("20.15") == parse_time("2015") == dt.time(20, 15)
    assert parse_time("8") == dt.time(8, 0)
    with pytest.raises(ValueError):
        parse_time("25:00")


def test_klarert_dato_typed_from_empty_then_tab_leaves(qtbot, register) -> None:
    field = register.form.cleared_on
    assert field.text() == "" and field.edit.placeholderText() == "not recorded"
    assert register.form.values()["cleared_on"] is None  # really empty, not 2000-01-01
    field.edit.setFocus()
    qtbot.keyClicks(field.edit, "03.12.2026")
    qtbot.keyClick(field.edit, Qt.Key.Key_Tab)
    assert not field.edit.hasFocus()  # Tab leaves the field
    assert register.form.values()["cleared_on"] == "2026-12-03"
    field.edit.setFocus()
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, "2026-12-03")  # the ISO form gives the same day, not 2001-12-03
    qtbot.keyClick(field.edit, Qt.Key.Key_Tab)
    assert register.form.values()["cleared_on"] == "2026-12-03"
    assert field.text() == "03.12.2026"
    field.edit.setFocus()
    field.edit.selectAll()
    qtbot.keyClick(field.edit, Qt.Key.Key_Delete)
    qtbot.keyClick(field.edit, Qt.Key.Key_Tab)
    assert register.form.values()["cleared_on"] is None  # emptied again


def test_a_wrong_date_is_refused_with_the_reason_not_saved_as_nothing(qtbot, register, context) -> None:
    qtbot.keyClicks(register.form.name, "Bø bibliotek")
    qtbot.keyClicks(register.form.url, "https://www.facebook.com/bobibliotek")
    register.form.cleared_on.edit.setFocus()
    qtbot.keyClicks(register.form.cleared_on.edit, "31.02.2026")
    qtbot.keyClick(register.form.cleared_on.edit, Qt.Key.Key_Tab)
    messages: list[str] = []
    register.status_message.connect(messages.append)
    assert register.save() is False
    assert context.register.pages() == []
    assert "dd.mm.yyyy" in messages[-1]


@pytest.mark.qt_log_ignore("This plugin does not support")  # the offscreen platform and popups
def test_the_calendar_opens_at_today_when_empty(qtbot, register) -> None:
    field = register.form.cleared_on
    field.open_calendar()
    assert field.popup is not None and field.popup.isVisible()
    selected = field.popup.calendar.selectedDate()
    assert (selected.year(), selected.month(), selected.day()) == clock.today().timetuple()[:3]
    field.popup.calendar.setSelectedDate(selected.addDays(-1))
    field.popup.calendar.activated.emit(field.popup.calendar.selectedDate())
    assert field.date() == clock.today() - dt.timedelta(days=1)
    assert not field.popup.isVisible()


def _wheel(widget, steps: int = -1) -> None:
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0), QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False,
    )
    QApplication.sendEvent(widget, event)


def test_the_wheel_changes_nothing_unless_the_field_has_focus(qtbot, register) -> None:
    form = register.form
    register.new_button.setFocus()

    def state():
        return (form.platform.currentIndex(), form.activity_frequency.value(),
                form.activity_period.currentIndex())

    before = state()
    for widget in (form.platform, form.activity_frequency, form.activity_period):
        _wheel(widget)
    assert state() == before
    assert not form.dirty
    form.activity_frequency.setFocus()
    _wheel(form.activity_frequency, 1)
    assert form.activity_frequency.value() == 1  # with the focus, the wheel works as before


def test_post_editor_wheel_and_typed_time(qtbot, context) -> None:
    from mtk_admin_desktop.ui.planning.post_editor_dialog import PostEditorDialog

    dialog = PostEditorDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.title_edit.setFocus()
    kind = dialog.kind_combo.currentIndex()
    _wheel(dialog.kind_combo)
    assert dialog.kind_combo.currentIndex() == kind
    date_field, time_field = dialog.when_edit.date_edit.edit, dialog.when_edit.time_edit
    date_field.setFocus()
    date_field.selectAll()
    qtbot.keyClicks(date_field, "24.12.2026")
    time_field.setFocus()
    time_field.selectAll()
    qtbot.keyClicks(time_field, "2015")
    qtbot.keyClick(time_field, Qt.Key.Key_Tab)
    assert dialog.values()["planned_at"].startswith("2026-12-24T20:15")
    assert time_field.text() == "20:15"


_TZ_SCRIPT = """
import datetime as dt, json, os, sys, time
time.tzset()
sys.path.insert(0, {tests!r})
from PySide6.QtWidgets import QApplication
from PySide6.QtTest import QTest
from mtk_admin_desktop.credentials import MemoryCredentials
from mtk_admin_desktop.services.context import AppContext
from mtk_admin_desktop.ui.moderation.entry_dialog import EntryDialog
from mtk_admin_desktop.ui.moderation.entry_detail import EntryDetail
from test_moderation_log import make_page
app = QApplication([])
context = AppContext.open(sys.argv[1], credentials=MemoryCredentials())
context.settings.set("user.name", "Hanne Hoved")
make_page(context)
dialog = EntryDialog(context)
dialog.show()
dialog.page_combo.setCurrentIndex(1)
dialog.posted_known.setChecked(True)
date_field = dialog.posted_edit.date_edit.edit
date_field.setFocus(); date_field.selectAll(); QTest.keyClicks(date_field, "01.12.2026")
time_field = dialog.posted_edit.time_edit
time_field.setFocus(); time_field.selectAll(); QTest.keyClicks(time_field, "20:15")
dialog.text_edit.setPlainText("Stygg kommentar")
dialog.action_combo.setCurrentIndex(dialog.action_combo.findData("hidden"))
dialog.save()
entry = context.moderation.entries()[0]
detail = EntryDetail(context)
detail.show_entry(entry.id)
texts = [w.text() for w in detail.findChildren(type(dialog.moderator_label))]
pages = {{p["id"]: p for p in context.store.rows("pages")}}
item = context.archive.build_item("moderation", entry.row(), context.store, pages)
archived = dict(item.fields)["Kommentar publisert"]
print(json.dumps({{"local": time.strftime("%Z"), "stored": entry.comment_posted_at, "shown": texts,
                  "archived": archived}}))
"""


def test_moderation_time_stays_oslo_time_on_a_computer_in_new_york(tmp_path) -> None:
    """20:15 typed is 20:15 Oslo time, stored as UTC with its zone, shown as 20:15 (TZ=America/New_York)."""
    import json

    env = {**os.environ, "TZ": "America/New_York", "QT_QPA_PLATFORM": "offscreen"}
    script = _TZ_SCRIPT.format(tests=str(ROOT / "tests"))
    result = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path)], capture_output=True, text=True, env=env,
        timeout=120, cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["local"] in ("EST", "EDT")  # the process really ran on New York time
    stored = dt.datetime.fromisoformat(seen["stored"])
    assert stored.utcoffset() == dt.timedelta(0)  # stored as UTC, with its zone
    assert stored.astimezone(clock.OSLO).strftime("%d.%m.%Y %H:%M") == "01.12.2026 20:15"
    assert any("01.12.2026 20:15" in text for text in seen["shown"])  # the entry's detail
    assert seen["archived"] == "01.12.2026 20:15"  # the archive package's metadata


def test_date_edit_empty_text_and_range(qtbot) -> None:
    edit = DateEdit(None, None, "ikke registrert")
    qtbot.addWidget(edit)
    edit.set_range(None, dt.date(2026, 12, 2))
    edit.show()
    qtbot.keyClicks(edit.edit, "03.12.2026")  # after the allowed range
    assert edit.date() is None and not edit.is_valid()
    edit.setDate(dt.date(2026, 12, 1))
    assert edit.is_valid() and edit.text() == "01.12.2026"
