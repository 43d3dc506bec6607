"""Rules where people work, and feedback that does not mislead (issue 17).

R11 in the post editor as you type (this post counted, its own saved version not twice), in the list's
Funn column and as marks in the month grid, whose tooltips name pages and findings; R7.4 "far below its
own plan" and the R8 reminder in the page's checklist; media named by their file; the red "Not saved"
banner clears once fixed; "the e-mail is ready" only when a mail program opened; a page registered today
is not "due for review".
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from test_planning_ui import add_post, main_page  # noqa: F401 - the fixture is used by name
from test_register_ui import type_into

from mtk_admin_desktop.domain import clock
from mtk_admin_desktop.ui.planning.calendar_views import PostListModel
from mtk_admin_desktop.ui.planning.planning_page import LIST, MONTH, PlanningPage
from mtk_admin_desktop.ui.planning.post_editor_dialog import DEBOUNCE_MS, PostEditorDialog
from mtk_admin_desktop.ui.register import page_form
from mtk_admin_desktop.ui.register.register_page import RegisterPage

pytestmark = pytest.mark.today


def next_tuesday() -> dt.date:
    today = clock.today()
    return today + dt.timedelta(days=7 - today.weekday() + 1)


def _wait_check(qtbot, dialog) -> None:
    with qtbot.waitSignal(dialog.findings_updated, timeout=DEBOUNCE_MS * 10):
        pass


def r11(findings) -> list[str]:
    return [f.message.english() for f in findings if f.rule == "R11"]


def test_r11_in_the_editor_as_you_type_with_this_post_counted(qtbot, context, main_page) -> None:  # noqa: F811
    day = next_tuesday()
    first = add_post(context, main_page, day, 9, kind="nyhet")
    add_post(context, main_page, day, 12, kind="nyhet")
    dialog = PostEditorDialog(context, None, {"page_id": main_page, "kind": "arrangement"})
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.when_edit.set_value(dt.datetime.combine(day, dt.time(15, 0), tzinfo=clock.OSLO))
    qtbot.keyClicks(dialog.title_edit, "Tredje sak")
    _wait_check(qtbot, dialog)
    assert r11(dialog.findings) == []  # an event is not a news item
    assert "2 news items" in dialog.quota_label.text()
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("nyhet"))
    _wait_check(qtbot, dialog)
    date = f"{day.day:02d}.{day.month:02d}.{day.year}"
    assert r11(dialog.findings) == [
        f"With this post, {date} has 3 news items on the main page; the guideline says two per working day."
    ]
    assert any("R11" in dialog.findings_list.item(i).text() for i in range(dialog.findings_list.count()))
    assert f"{date}: 3" in dialog.quota_label.text() and dialog.quota_label.isVisible()

    # Editing one of the two saved posts: it is counted once, not twice.
    again = PostEditorDialog(context, first)
    qtbot.addWidget(again)
    assert r11(again.findings) == [] and f"{date}: 2" in again.quota_label.text()


def test_r11_in_the_list_funn_column_and_the_month_grid(qtbot, context, main_page) -> None:  # noqa: F811
    day = next_tuesday()
    for hour in (8, 11, 14):
        add_post(context, main_page, day, hour, kind="nyhet", title=f"Sak {hour}")
    page = PlanningPage(context)
    qtbot.addWidget(page)
    page.resize(1300, 900)
    page.show()
    page.current = day
    page.set_mode(LIST)
    model = page.list_model
    rows = {model.item_at(r).post["title"]: r for r in range(model.rowCount())}
    cell = model.data(model.index(rows["Sak 14"], PostListModel.COL_FINDINGS))
    assert cell == "1 warning"  # "7 advarsel" is gone: plural forms
    assert r11(model.item_at(rows["Sak 14"]).findings)  # the third of the day
    eight = model.item_at(rows["Sak 8"])
    model.data(model.index(rows["Sak 8"], PostListModel.COL_FINDINGS))
    assert r11(eight.findings) == [], [f.message.english() for f in eight.findings]

    page.set_mode(MONTH)
    grid = page.month_view.month_model
    assert grid.r11_days == {day: 3}
    tip = grid.data(grid.index_of(day), Qt.ItemDataRole.ToolTipRole)
    assert "R11" in tip and "3 posts" in tip and "Midt-Telemark kommune" in tip
    assert "14:00 Midt-Telemark kommune: Sak 14" in tip and "1 warning" in tip
    row = grid.index_of(day).row()
    assert grid.headerData(row, Qt.Orientation.Vertical).endswith("⚠") is False  # 3 a week is not > 10


def test_r11_week_words_say_week_50_2026_not_2026_w50() -> None:
    from mtk_admin_desktop.domain.planning_rules import check_week

    findings = check_week({"id": "m", "is_main": True}, "2026-W50", [])
    assert findings[0].message.english().startswith("Only 0 news items in week 50, 2026 on the main page")


def test_a_video_is_named_by_its_file_in_findings(qtbot, context, main_page, monkeypatch) -> None:  # noqa: F811
    dialog = PostEditorDialog(context, None, {"page_id": main_page})
    qtbot.addWidget(dialog)
    monkeypatch.setattr(dialog, "choose_media_file", lambda kind: "/home/kari/Videoer/intervju-ordforer.mp4")
    dialog.add_media("video")
    _wait_check(qtbot, dialog)
    captions = [f.message.english() for f in dialog.findings if f.rule == "R12.3"]
    assert captions == ["Video intervju-ordforer.mp4 has no captions."]


@pytest.fixture
def register(qtbot, context):
    page = RegisterPage(context)
    qtbot.addWidget(page)
    page.resize(1300, 900)
    page.show()
    return page


def _active_page(context, **values) -> str:
    page = {
        "name": "Bø bibliotek", "url": "https://www.facebook.com/bobibliotek", "purpose": "Arrangement",
        "target_group": "Lånere", "activity_what": "Arrangement", "activity_frequency": 3,
        "activity_period": "week", "activity_by": "Biblioteket",
    }
    page.update(values)
    page_id = context.register.save_page(page)
    context.register.add_role(page_id, "Kari Hoved", "hovedadministrator", "kari@mt.kommune.no")
    context.store.update("pages", page_id, {"cleared_by": "Kommunedirektøren", "cleared_on": "2026-01-05"})
    context.register.set_status(page_id, "active")
    return page_id


def test_r7_4_far_below_plan_and_r8_in_the_pages_checklist(qtbot, context, register) -> None:
    context.store.create("posts", {"title": "x"})  # the planning table exists; no post on this page
    page_id = _active_page(context)
    register.refresh()
    register._select(page_id)
    register._load(page_id)
    shown = register.checklist.rules_shown()
    assert "R7.4" in shown, shown
    texts = [register.checklist.item(i).text() for i in range(register.checklist.count())]
    assert any("Far below its own plan" in t for t in texts)
    assert any(t.startswith("Remember (R8)") and "kommunedirektør" in t for t in texts)


def test_a_page_registered_today_is_not_due_for_review(qtbot, context, register) -> None:
    page_id = context.register.save_page({"name": "Ny side", "url": "https://www.facebook.com/nysidemt"})
    register.refresh()
    register._select(page_id)
    register._load(page_id)
    assert "R4" not in register.checklist.rules_shown()
    state = register.reviews_widget.state.text()
    assert not state.startswith("Review due") and "first review is due by" in state
    assert register.model.summary(register.model.row_of(page_id)).review_due is False


def test_the_not_saved_banner_clears_when_the_problem_is_fixed(qtbot, context, register) -> None:
    register.primary_action()
    type_into(qtbot, register.form.name, "Ungdom")
    type_into(qtbot, register.form.url, "https://vm.tiktok.com/ZMabc123/")
    qtbot.mouseClick(register.form.save_button, Qt.MouseButton.LeftButton)
    assert register.form.banner.isVisible() and "R19" in register.form.banner.text()
    register.form.url.selectAll()
    type_into(qtbot, register.form.url, "https://www.facebook.com/ungdommt")
    assert register.form.banner.isHidden()  # fixed: the red banner goes
    qtbot.mouseClick(register.form.save_button, Qt.MouseButton.LeftButton)
    assert context.register.page_by_url("https://www.facebook.com/ungdommt") is not None


def test_no_mail_program_no_e_mail_is_ready(qtbot, context, register, monkeypatch) -> None:
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QMessageBox

    page_id = context.register.save_page({"name": "Bø bibliotek", "url": "https://www.facebook.com/bobibliotek"})
    register.refresh()
    register._select(page_id)
    register._load(page_id)
    messages: list[str] = []
    warnings: list[str] = []
    register.status_message.connect(messages.append)
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warnings.append(text))
    monkeypatch.setattr(page_form, "has_mail_program", lambda: True)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)  # the system opened nothing
    qtbot.mouseClick(register.form.notice_mail, Qt.MouseButton.LeftButton)
    assert not any("ready" in m for m in messages)
    assert warnings and "No mail program" in warnings[0]


def test_linux_without_a_mailto_handler_has_no_mail_program(tmp_path, monkeypatch) -> None:
    import shutil
    import sys

    from tests.helpers import require_tool

    if not sys.platform.startswith("linux"):
        pytest.skip("the desktop association is asked on Linux only")
    require_tool("xdg-mime", "xdg-utils")
    empty = tmp_path / "xdg"
    (empty / "config").mkdir(parents=True)
    (empty / "data").mkdir()
    monkeypatch.setenv("XDG_CONFIG_HOME", str(empty / "config"))
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(empty / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(empty / "data"))
    monkeypatch.setenv("XDG_DATA_DIRS", str(empty / "data"))
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("XDG_CURRENT_DESKTOP", raising=False)
    monkeypatch.delenv("DESKTOP_SESSION", raising=False)
    assert shutil.which("xdg-mime")
    opened: list[object] = []
    from PySide6.QtGui import QDesktopServices

    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    assert page_form.open_mail("mailto:post@mt.kommune.no") is False
    assert opened == []  # nothing was started that would fail silently
