"""The Planning tab as a user meets it: the editor with live findings, dragging a card, undo, the views."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QDialogButtonBox

from mtk_admin_desktop.domain.ids import stable_id
from mtk_admin_desktop.domain.planning import OSLO, format_planned, new_post, week_of
from mtk_admin_desktop.ui.planning.calendar_views import CARD_HEIGHT, FIRST_HOUR, HOUR_HEIGHT, MIME_POST
from mtk_admin_desktop.ui.planning.planning_page import LIST, MONTH, WEEK, PlanningPage
from mtk_admin_desktop.ui.planning.post_editor_dialog import DEBOUNCE_MS, PostEditorDialog

pytestmark = pytest.mark.today  # depends on today's date: runs at a frozen instant (conftest)

MAIN_URL = "facebook.com/midttelemark"


@pytest.fixture
def main_page(context) -> str:
    page_id = stable_id("page", MAIN_URL)
    with context.store.transaction() as tx:
        tx.create(
            "pages",
            {
                "name": "Midt-Telemark kommune",
                "platform": "facebook",
                "url_normalised": MAIN_URL,
                "url": "https://www.facebook.com/midttelemark",
                "is_main": 1,
                "status": "active",
            },
            row_id=page_id,
        )
        tx.create(
            "page_roles",
            {
                "page_id": page_id,
                "person_name": "Test Testesen",
                "role": "administrator",
                "from_date": "2024-01-01",
                "to_date": None,
            },
        )
    return page_id


def this_monday() -> dt.date:
    today = dt.datetime.now(OSLO).date()
    return today - dt.timedelta(days=today.weekday())


def add_post(context, page_id: str, day: dt.date, hour: int = 10, **values) -> str:
    post = new_post(
        page_id=page_id,
        title=values.pop("title", "Vinterdrift"),
        text="Brøytinga starter tidlig.",
        responsible="Test Testesen",
        website={"mode": "planned"},
        planned_at=format_planned(dt.datetime.combine(day, dt.time(hour), tzinfo=OSLO)),
    )
    post.update(values)
    return context.planning.save_post(post)


def rules_in(dialog: PostEditorDialog) -> list[str]:
    return [f.rule for f in dialog.findings]


def test_r12_4_create_a_post_in_the_editor_and_see_a_finding_come_and_go(qtbot, context, main_page) -> None:
    dialog = PostEditorDialog(context, None, {"page_id": main_page})
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.page_combo.currentData() == main_page
    qtbot.keyClicks(dialog.title_edit, "Påmelding til vinteraktiviteter")
    dialog.website_mode.setCurrentIndex(dialog.website_mode.findData("planned"))
    dialog.text_edit.setFocus()
    qtbot.keyClicks(dialog.text_edit, "Det er åpent for påmelding. Klikk her")
    # The check waits for a pause in typing (debounced), then the finding appears.
    with qtbot.waitSignal(dialog.findings_updated, timeout=DEBOUNCE_MS * 10):
        pass
    assert rules_in(dialog) == ["R12.4"]
    item = dialog.findings_list.item(0)
    assert "R12.4" in item.text() and "Klikk her" in item.text()
    # Clicking the finding selects the words it concerns.
    dialog.go_to_finding(item)
    assert dialog.text_edit.textCursor().selectedText() == "Klikk her"
    # Type over the selection with a link text that says where it goes: the finding disappears.
    qtbot.keyClicks(dialog.text_edit, "Se påmeldingsskjemaet på kommunens nettside")
    qtbot.waitUntil(lambda: rules_in(dialog) == [], timeout=DEBOUNCE_MS * 10)
    assert "No findings" in dialog.findings_title.text()
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert dialog.saved_id is not None
    saved = context.planning.post(dialog.saved_id)
    assert saved["title"] == "Påmelding til vinteraktiviteter"
    assert saved["text"].endswith("Se påmeldingsskjemaet på kommunens nettside")
    assert saved["page_id"] == main_page and saved["responsible"] == "Test Testesen"


def test_r12_1_save_as_draft_with_an_error_and_image_preview(qtbot, context, main_page, tmp_path) -> None:
    from PySide6.QtGui import QColor, QImage

    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("#1a5fb4"))
    path = tmp_path / "bilde.png"
    image.save(str(path))
    dialog = PostEditorDialog(context, None, {"page_id": main_page})
    qtbot.addWidget(dialog)
    dialog.choose_image_file = lambda: str(path)  # type: ignore[method-assign]
    qtbot.keyClicks(dialog.title_edit, "Nytt bilde")
    qtbot.mouseClick(dialog.add_image_button, Qt.MouseButton.LeftButton)
    dialog.run_check()
    assert "R12.1" in rules_in(dialog)
    assert dialog.preview.pixmap() is not None and not dialog.preview.pixmap().isNull()
    # Clicking the finding takes the user to the image.
    item = next(
        dialog.findings_list.item(i)
        for i in range(dialog.findings_list.count())
        if "R12.1" in dialog.findings_list.item(i).text()
    )
    dialog.go_to_finding(item)
    assert dialog.tabs.currentIndex() == 1 and dialog.attachment_list.currentRow() == 0
    dialog.save()  # errors do not stop a draft
    saved = context.planning.post(dialog.saved_id)
    assert saved["attachments"][0]["sha256"] and saved["attachments"][0]["alt_text"] == ""
    qtbot.keyClicks(dialog.alt_edit, "Blå flate")
    dialog.run_check()
    assert "R12.1" not in rules_in(dialog)


def test_editor_refuses_only_an_empty_post_and_says_why(qtbot, context) -> None:
    dialog = PostEditorDialog(context)
    qtbot.addWidget(dialog)
    dialog.save()
    assert dialog.saved_id is None and dialog.error_label.text()
    assert context.planning.all_posts() == []


def drop_on(column, post_id: str, y: int) -> None:
    """What Qt's drag and drop delivers when a card is dropped (QDrag.exec cannot run offscreen)."""
    mime = QMimeData()
    mime.setData(MIME_POST, post_id.encode())
    enter = QDragEnterEvent(
        QPoint(20, y),
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    column.dragEnterEvent(enter)
    assert enter.isAccepted()
    event = QDropEvent(
        QPointF(20, y),
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    column.dropEvent(event)


def test_drag_a_card_to_another_day_and_time_then_undo(qtbot, context, main_page) -> None:
    monday = this_monday()
    post_id = add_post(context, main_page, monday, 10)
    page = PlanningPage(context)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.waitExposed(page)
    card = page.week_view.card(post_id)
    assert card is not None and card.item.when.date() == monday
    wednesday = page.week_view.column_of(monday + dt.timedelta(days=2))
    y = (14 - FIRST_HOUR) * HOUR_HEIGHT + CARD_HEIGHT // 4  # drop at 14:00
    drop_on(wednesday, post_id, y)
    moved = context.planning.post(post_id)
    assert moved["planned_at"] == format_planned(
        dt.datetime.combine(monday + dt.timedelta(days=2), dt.time(14, 0), tzinfo=OSLO)
    )
    assert page.week_view.card(post_id).item.when.date() == monday + dt.timedelta(days=2)
    # Ctrl+Z undoes the move, Ctrl+Shift+Z redoes it (shortcuts need the window to be active).
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.week_view.card(post_id).setFocus()
    qtbot.keyClick(page.week_view.card(post_id), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert context.planning.post(post_id)["planned_at"] == format_planned(
        dt.datetime.combine(monday, dt.time(10), tzinfo=OSLO)
    )
    assert page.week_view.card(post_id).item.when.date() == monday
    qtbot.keyClick(
        page.week_view.card(post_id),
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert context.planning.post(post_id)["planned_at"] == moved["planned_at"]


def test_keyboard_moves_and_opens_a_card(qtbot, context, main_page, monkeypatch) -> None:
    monday = this_monday()
    post_id = add_post(context, main_page, monday, 10)
    page = PlanningPage(context)
    qtbot.addWidget(page)
    page.show()
    card = page.week_view.card(post_id)
    qtbot.keyClick(card, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert context.planning.post(post_id)["planned_at"].startswith(
        (monday + dt.timedelta(days=1)).isoformat()
    )
    opened = []
    monkeypatch.setattr(
        PostEditorDialog,
        "ask",
        classmethod(lambda cls, ctx, pid, initial=None, parent=None: opened.append(pid)),
    )
    qtbot.keyClick(page.week_view.card(post_id), Qt.Key.Key_Return)
    assert opened == [post_id]
    page.undo_action.trigger()
    assert context.planning.post(post_id)["planned_at"].startswith(monday.isoformat())


def test_views_today_filter_and_quota_meter(qtbot, context, main_page, qtmodeltester) -> None:
    monday = this_monday()
    for day in range(5):
        for hour in (9, 13):
            add_post(context, main_page, monday + dt.timedelta(days=day), hour, status="publisert")
    # 11 news items, three on Monday (published: R11 counts past days' published posts, issue 18)
    add_post(context, main_page, monday, 15, kind="film", status="publisert")
    other = stable_id("page", "facebook.com/enhet")
    context.store.create("pages", {"name": "Enheten", "is_main": 0, "status": "active"}, row_id=other)
    add_post(context, other, monday, 11, title="Enhetens innlegg")
    page = PlanningPage(context)
    qtbot.addWidget(page)
    page.show()
    assert "11 / 10" in page.quota_label.text() and "over" in page.quota_label.text()
    assert "R11" in page.week_findings.text()
    assert len(page.items) == 12
    page.page_filter.setCurrentIndex(page.page_filter.findData(other))
    assert [i.title() for i in page.items] == ["Enhetens innlegg"]
    page.page_filter.setCurrentIndex(0)
    qtbot.mouseClick(page.view_buttons[MONTH], Qt.MouseButton.LeftButton)
    assert page.mode == MONTH
    qtmodeltester.check(page.month_view.month_model)
    cell = page.month_view.month_model.index_of(monday)
    assert len(cell.data(Qt.ItemDataRole.UserRole + 1)) == 4
    page.month_view.day_activated.emit(monday + dt.timedelta(days=1))
    assert page.mode == WEEK and page.current == monday + dt.timedelta(days=1)
    page.set_mode(LIST)
    qtmodeltester.check(page.list_model)
    # The list shows the calendar month of the chosen day (Tuesday); a week can span two months.
    first, last = page.visible_range()
    post_days = [monday] * 4 + [monday + dt.timedelta(days=d) for d in range(1, 5) for _ in range(2)]
    assert page.list_model.rowCount() == sum(first <= day <= last for day in post_days)
    page.step(1)
    page.step(1)
    page.go_to_today()
    assert page.current == dt.datetime.now(OSLO).date()
    page.set_mode(WEEK)
    assert week_of(page.week_view.days[0]) == week_of(page.current)


def test_r16_crisis_posts_show_on_hold(qtbot, context, main_page) -> None:
    context.settings.set("org.nettredaktor", "Test Testesen")
    now = dt.datetime.now(OSLO)
    context.planning.start_crisis(now - dt.timedelta(days=30), None, "Flom")
    later = (now + dt.timedelta(hours=2)).replace(minute=0, second=0, microsecond=0)
    post_id = add_post(context, main_page, later.date(), later.hour)
    page = PlanningPage(context)
    qtbot.addWidget(page)
    page.current = later.date()
    page.refresh()
    page.show()
    card = page.week_view.card(post_id)
    assert card.item.on_hold and card.status_chip.text() == "On hold"
    assert "On hold" in card.accessibleName() and "1 error" in card.accessibleName()  # the R16 finding
    assert not page.crisis_label.isHidden() and not page.end_crisis_button.isHidden()
    page.end_crisis()  # lifted now: the post planned later is no longer on hold
    assert page.crisis_label.isHidden()
    assert not page.week_view.card(post_id).item.on_hold


def test_page_title_in_bokmal(qtbot, context, language) -> None:
    language("nb")
    assert PlanningPage.title() == "Planlegging"
    page = PlanningPage(context)
    qtbot.addWidget(page)
    assert page.today_button.text() == "&I dag"


def test_r7_6_filter_shows_posts_marked_for_kommunikasjon(qtbot, context, main_page) -> None:
    from mtk_admin_desktop.ui.planning.planning_page import COMMUNICATION

    monday = this_monday()
    marked = add_post(context, main_page, monday, 9, title="Til Kommunikasjon", send_to_communication=1)
    add_post(context, main_page, monday, 11, title="Vanlig")
    page = PlanningPage(context)
    qtbot.addWidget(page)
    page.page_filter.setCurrentIndex(page.page_filter.findData(COMMUNICATION))
    assert [i.id for i in page.items] == [marked]
    assert [p["id"] for p in context.planning.for_communication()] == [marked]


def test_export_from_the_page_runs_off_the_gui_thread(qtbot, context, main_page, tmp_path) -> None:
    import icalendar

    add_post(context, main_page, this_monday(), 9)
    page = PlanningPage(context)
    qtbot.addWidget(page)
    target = tmp_path / "plan.ics"
    page.choose_save_path = lambda kind: str(target)  # type: ignore[method-assign]
    with qtbot.waitSignal(page.status_message, timeout=10000) as signal:
        page.export("ics")
    assert "1" in signal.args[0]
    assert len(icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")) == 1


def test_csv_import_dialog_shows_row_errors_and_refuses(qtbot, context, main_page, tmp_path) -> None:
    from mtk_admin_desktop.ui.planning.exchange_dialogs import CsvImportDialog

    bad = tmp_path / "bad.csv"
    bad.write_text(
        "planned_at,title,text,kind,status\n2026-03-02T10:00+01:00,A,B,nyhet,klar\nx,T,T,quiz,klar\n",
        encoding="utf-8",
    )
    dialog = CsvImportDialog(context, bad)
    qtbot.addWidget(dialog)
    assert not dialog.import_button.isEnabled()
    errors = [dialog.errors.item(i).text() for i in range(dialog.errors.count())]
    assert len(errors) == 2 and all(e.startswith("Line 3") for e in errors)
    good = tmp_path / "good.csv"
    good.write_text(
        "planned_at,title,text,kind,status\n2026-03-02T10:00+01:00,A,B,nyhet,klar\n", encoding="utf-8"
    )
    dialog = CsvImportDialog(context, good)
    qtbot.addWidget(dialog)
    assert dialog.import_button.isEnabled()
    dialog.do_import()
    assert dialog.imported == 1 and len(context.planning.all_posts()) == 1


# The demo is written for 25 Nov and R11 counts past days' published posts only (issue 18): judge it then.
@time_machine.travel(dt.datetime(2026, 11, 25, 10, tzinfo=OSLO), tick=True)
def test_demo_month_has_findings_to_show(context) -> None:
    from mtk_admin_desktop.demo import core, planning, register

    for module in (core, register, planning):  # the areas the planning demo builds on, and itself
        module.populate(context, dt.date(2026, 11, 25))
    service = context.planning
    posts = service.all_posts()
    assert 40 <= len(posts) <= 80
    rules = {f.rule for p in posts for f in service.check_post(p)}
    assert {"R12.1", "R12.4", "R12.6", "R15", "R2"} <= rules
    weeks = {
        f.data.get("week")
        for w in ("2026-W48", "2026-W49")
        for f in service.check_week(w)
        if f.rule == "R11" and f.severity.key == "warning"
    }
    assert "2026-W49" in weeks  # a week over the quota
    planning.populate(context, dt.date(2026, 11, 25))
    assert len(service.all_posts()) == len(posts)  # stable ids: no duplicates


def test_page_title_in_nynorsk(qtbot, context, language) -> None:
    language("nn")
    assert PlanningPage.title() == "Planlegging"
    page = PlanningPage(context)
    qtbot.addWidget(page)
    assert "Veke" in page.period_label.text()


def test_undo_of_a_move_after_the_post_was_deleted_says_so(qtbot, context, main_page) -> None:
    monday = this_monday()
    post_id = add_post(context, main_page, monday, 10)
    page = PlanningPage(context)
    qtbot.addWidget(page)
    page.move_post(post_id, dt.datetime.combine(monday + dt.timedelta(days=1), dt.time(12), tzinfo=OSLO))
    context.planning.delete_post(post_id)
    with qtbot.waitSignal(page.status_message) as signal:
        page.undo_action.trigger()
    assert "no longer exists" in signal.args[0]
    assert context.planning.post(post_id) is None


def test_stepping_weeks_leaves_no_stale_card_visible(qtbot, context, main_page) -> None:
    from mtk_admin_desktop.ui.planning.calendar_views import PostCard

    monday = this_monday()
    add_post(context, main_page, monday, 10)
    add_post(context, main_page, monday + dt.timedelta(days=7), 11)
    page = PlanningPage(context)
    qtbot.addWidget(page)
    page.show()
    page.step(1)
    shown = [c for c in page.week_view.findChildren(PostCard) if not c.isHidden()]
    assert [c.item.when.date() for c in shown] == [monday + dt.timedelta(days=7)]


@pytest.mark.parametrize("mode", [WEEK, MONTH, LIST])
def test_planning_tab_and_editor_are_named_and_reachable_by_keyboard(qtbot, context, mode) -> None:
    from a11y_tools import focus_traps, skipped_by_focus_chain, unnamed_controls

    from mtk_admin_desktop.demo import core, planning, register

    for module in (core, register, planning):
        module.populate(context, dt.datetime.now(OSLO).date())
    page = PlanningPage(context)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    page.set_mode(mode)
    assert unnamed_controls(page) == []
    assert skipped_by_focus_chain(page) == []
    assert focus_traps(page) == []
    post_id = page.items[0].id
    dialog = PostEditorDialog(context, post_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for tab in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(tab)
        assert unnamed_controls(dialog) == [], tab
        assert focus_traps(dialog) == [], tab
        assert skipped_by_focus_chain(dialog) == [], tab


def test_month_steps_show_page_and_post_changes_made_in_between(qtbot, context, main_page) -> None:
    """The month view keeps its page list and its items between steps; a change must still show."""
    monday = this_monday()
    post_id = add_post(context, main_page, monday, 9, title="Vinterdrift")
    page = PlanningPage(context)
    qtbot.addWidget(page)
    page.set_mode(MONTH)
    page.step(1)
    page.step(-1)
    names = [page.page_filter.itemText(i) for i in range(page.page_filter.count())]
    assert "Enheten" not in names
    other = stable_id("page", "facebook.com/enhet")
    context.store.create("pages", {"name": "Enheten", "is_main": 0, "status": "active"}, row_id=other)
    context.store.update("pages", main_page, {"name": "Kommunen"})
    context.planning.save_post({"title": "Vinterdrift – endret"}, post_id)
    page.step(1)
    page.step(-1)
    names = [page.page_filter.itemText(i) for i in range(page.page_filter.count())]
    assert "Enheten" in names and "Kommunen" in names
    (item,) = [i for i in page.items if i.id == post_id]
    assert item.title() == "Vinterdrift – endret" and item.page_name == "Kommunen"
    cell = page.month_view.month_model.index_of(monday)
    assert "Vinterdrift – endret" in cell.data(Qt.ItemDataRole.ToolTipRole)
