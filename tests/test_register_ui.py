"""The Pages tab as a user meets it: typing into the form, clicking, the live checklist, refusals."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from mtk_admin_desktop.domain import register as rules
from mtk_admin_desktop.ui.register import page_form
from mtk_admin_desktop.ui.register.register_dialogs import ReviewDialog, RoleDialog, UnsavedDialog
from mtk_admin_desktop.ui.register.register_model import (
    COL_COMPLIANCE,
    COL_NAME,
    COL_REVIEW,
    PagesFilter,
    PagesModel,
    PageSummary,
)
from mtk_admin_desktop.ui.register.register_page import RegisterPage

pytestmark = pytest.mark.today  # depends on today's date: runs at a frozen instant (conftest)


@pytest.fixture
def page(qtbot, context):
    widget = RegisterPage(context)
    qtbot.addWidget(widget)
    widget.resize(1300, 850)
    widget.show()
    return widget


@pytest.fixture
def demo_page(qtbot, context):
    from mtk_admin_desktop.demo import core, register

    core.populate(context, dt.date.today())  # this area's demo only
    register.populate(context, dt.date.today())
    widget = RegisterPage(context)
    qtbot.addWidget(widget)
    widget.resize(1300, 850)
    widget.show()
    return widget


def type_into(qtbot, widget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def test_model_passes_qtmodeltester(qtmodeltester, context) -> None:
    from mtk_admin_desktop.demo import core, register

    core.populate(context, dt.date.today())  # this area's demo only
    register.populate(context, dt.date.today())
    service = context.register
    model = PagesModel()
    model.set_summaries([PageSummary(p, service.findings(p), "X", None, True) for p in service.pages()])
    qtmodeltester.check(model)
    proxy = PagesFilter()
    proxy.setSourceModel(model)
    proxy.set_filter(only_findings=True)
    qtmodeltester.check(proxy)


def test_r7_register_a_page_through_the_form_and_watch_findings_change(qtbot, page, context) -> None:
    page.primary_action()
    form = page.form
    assert form.name.text() == "" and page.table.selectionModel().currentIndex().isValid() is False
    type_into(qtbot, form.name, "Kulturskolen i Midt-Telemark")
    type_into(qtbot, form.url, "facebook.com/kulturskolenmt")
    assert "Facebook" in form.url_hint.text()
    shown = page.checklist.rules_shown()
    assert {"R7.1", "R7.3", "R7.4", "R7.7", "R17"} <= set(shown)
    purpose_findings = [f for f in page.checklist.findings if f.rule == "R7.3"]
    assert len(purpose_findings) == 2

    type_into(qtbot, form.purpose, "Konserter, forestillinger og opptak")
    assert len([f for f in page.checklist.findings if f.rule == "R7.3"]) == 1
    type_into(qtbot, form.target_group, "Elever og foreldre")
    assert "R7.3" not in page.checklist.rules_shown()

    type_into(qtbot, form.activity_what, "Konserter")
    form.activity_frequency.setFocus()
    qtbot.keyClick(form.activity_frequency, Qt.Key.Key_Up)
    qtbot.keyClick(form.activity_frequency, Qt.Key.Key_Up)
    type_into(qtbot, form.activity_by, "Lærerne")
    assert "R7.4" not in page.checklist.rules_shown()
    form.visual_profile_confirmed.setFocus()
    qtbot.keyClick(form.visual_profile_confirmed, Qt.Key.Key_Space)  # as a keyboard user ticks it
    assert form.visual_profile_confirmed.isChecked()
    assert "R7.7" not in page.checklist.rules_shown()

    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    saved = context.register.page_by_url("https://www.facebook.com/kulturskolenmt")
    assert saved is not None
    assert saved.purpose == "Konserter, forestillinger og opptak" and saved.activity_frequency == 2
    assert saved.status == "awaiting_clearance" and saved.visual_profile_confirmed is True
    assert page.model.rowCount() == 1
    assert not form.dirty and form.banner.isHidden()


def test_r19_tiktok_refused_in_the_form(qtbot, page, context) -> None:
    page.primary_action()
    type_into(qtbot, page.form.name, "Ungdom på TikTok")
    type_into(qtbot, page.form.url, "https://vm.tiktok.com/ZMabc123/")
    assert page.checklist.rules_shown()[0] == "R19"  # live, before saving
    qtbot.mouseClick(page.form.save_button, Qt.MouseButton.LeftButton)
    assert page.form.banner.isVisible()
    assert "R19" in page.form.banner.text() and "TikTok" in page.form.banner.text()
    assert context.register.pages() == []
    assert page.form.dirty  # what the user typed is still there
    assert page.form.url.text() == "https://vm.tiktok.com/ZMabc123/"


def test_r19_telegram_chosen_as_platform_refused(qtbot, page, context) -> None:
    page.primary_action()
    type_into(qtbot, page.form.name, "Varsling")
    type_into(qtbot, page.form.url, "www.midt-telemark.kommune.no/varsling")
    page.form.platform.setCurrentIndex(page.form.platform.findData("telegram"))
    assert page.checklist.rules_shown()[0] == "R19"
    qtbot.mouseClick(page.form.save_button, Qt.MouseButton.LeftButton)
    assert "R19" in page.form.banner.text()
    assert context.register.pages() == []


def test_r6_second_main_page_refused_in_the_form(qtbot, demo_page, context) -> None:
    demo_page.primary_action()
    type_into(qtbot, demo_page.form.name, "Ny hovedside")
    type_into(qtbot, demo_page.form.url, "facebook.com/nyhovedside")
    demo_page.form.is_main.click()
    assert "R6" in demo_page.checklist.rules_shown()
    qtbot.mouseClick(demo_page.form.save_button, Qt.MouseButton.LeftButton)
    assert "R6" in demo_page.form.banner.text()
    assert context.register.page_by_url("facebook.com/nyhovedside") is None


def select(page: RegisterPage, url: str) -> str:
    page_id = page.service.page_by_url(url).id
    row = page.model.row_of(page_id)
    index = page.proxy.mapFromSource(page.model.index(row, COL_NAME))
    page.table.setCurrentIndex(index)
    assert page._current_id == page_id
    return page_id


def test_r7_2_notice_mail_opens_and_is_recorded_with_one_click(qtbot, demo_page, monkeypatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(page_form, "open_mail", lambda url: opened.append(url) or True)
    page_id = select(demo_page, "instagram.com/ungdomsklubbenbo")
    assert "R7.2" in demo_page.checklist.rules_shown()
    qtbot.mouseClick(demo_page.form.notice_mail, Qt.MouseButton.LeftButton)
    assert len(opened) == 1 and opened[0].startswith("mailto:post@mt.kommune.no?subject=")
    assert "Ungdomsklubben" in opened[0]
    qtbot.mouseClick(demo_page.form.notice_sent, Qt.MouseButton.LeftButton)
    assert demo_page.service.page(page_id).notice_sent_on == dt.date.today().isoformat()
    assert "R7.2" not in demo_page.checklist.rules_shown()


def test_r7_1_adding_a_main_administrator_clears_the_finding(qtbot, demo_page, monkeypatch) -> None:
    page_id = select(demo_page, "facebook.com/kulturskolenmidttelemark")
    assert "R7.1" in demo_page.checklist.rules_shown()
    monkeypatch.setattr(
        RoleDialog,
        "ask",
        classmethod(
            lambda cls, parent=None, default_role="": {
                "person_name": "Marte Aas",
                "email": "marte.aas@mt.kommune.no",
                "role": default_role,
                "from_date": dt.date.today(),
                "acknowledged_on": None,
            }
        ),
    )
    demo_page.tabs.setCurrentWidget(demo_page.roles_widget)
    qtbot.mouseClick(demo_page.roles_widget.add_button, Qt.MouseButton.LeftButton)
    assert "R7.1" not in demo_page.checklist.rules_shown()
    assert demo_page.service.role_of(page_id, "Marte Aas") == "hovedadministrator"
    # R9: the new role holder has not acknowledged yet; one click records it
    assert "Marte Aas" in [f.data.get("person") for f in demo_page.checklist.findings if f.rule == "R9"]
    assert demo_page.roles_widget.select_person("Marte Aas")
    qtbot.mouseClick(demo_page.roles_widget.ack_button, Qt.MouseButton.LeftButton)
    assert "Marte Aas" not in [f.data.get("person") for f in demo_page.checklist.findings if f.rule == "R9"]
    # history is kept: the former main administrator shows with "former roles"
    demo_page.roles_widget.history.setChecked(True)
    assert demo_page.roles_widget.select_person("Lars Tveit")


def test_r4_logging_a_review_clears_the_badge(qtbot, demo_page, monkeypatch) -> None:
    page_id = select(demo_page, "facebook.com/midttelemarkfolkebibliotek")
    assert "R4" in demo_page.checklist.rules_shown()
    row = demo_page.model.row_of(page_id)
    assert "review due" in demo_page.model.index(row, COL_REVIEW).data()
    monkeypatch.setattr(
        ReviewDialog,
        "ask",
        classmethod(
            lambda cls, parent=None, reviewer="": {
                "reviewed_on": dt.date.today(),
                "reviewed_by": reviewer,
                "note": "Oppdatert",
            }
        ),
    )
    qtbot.mouseClick(demo_page.reviews_widget.add_button, Qt.MouseButton.LeftButton)
    assert "R4" not in demo_page.checklist.rules_shown()
    assert demo_page.service.reviews(page_id)[0].reviewed_by == demo_page.context.settings.get("user.name")


def test_r17_activation_refused_without_clearance_shows_the_rule(qtbot, demo_page) -> None:
    page_id = select(demo_page, "facebook.com/nordaguturskule")
    form = demo_page.form
    form.next_status.setCurrentIndex(form.next_status.findData("active"))
    qtbot.mouseClick(form.change_status, Qt.MouseButton.LeftButton)
    assert "R17" in form.banner.text()
    assert demo_page.service.page(page_id).status == "awaiting_clearance"


def test_filters_by_findings_review_status_and_text(qtbot, demo_page) -> None:
    total = demo_page.proxy.rowCount()
    assert total == 8
    demo_page.findings_filter.click()
    with_errors = demo_page.proxy.rowCount()
    assert 0 < with_errors < total
    for row in range(with_errors):
        assert demo_page.proxy.index(row, COL_COMPLIANCE).data(Qt.ItemDataRole.UserRole + 2) in (
            "error",
            "block",
        )
    demo_page.findings_filter.click()
    demo_page.review_filter.click()
    due_names = {demo_page.proxy.index(r, COL_NAME).data() for r in range(demo_page.proxy.rowCount())}
    assert "Midt-Telemark folkebibliotek" in due_names and "Ungdomsrådet (X)" not in due_names
    demo_page.review_filter.click()
    demo_page.status_filter.setCurrentIndex(demo_page.status_filter.findData("closed"))
    assert demo_page.proxy.rowCount() == 1
    demo_page.status_filter.setCurrentIndex(0)
    type_into(qtbot, demo_page.search, "bibliotek")
    assert demo_page.proxy.rowCount() == 1
    demo_page.search.clear()
    demo_page.platform_filter.setCurrentIndex(demo_page.platform_filter.findData("instagram"))
    assert demo_page.proxy.rowCount() == 1
    demo_page.platform_filter.setCurrentIndex(0)
    demo_page.unit_filter.setCurrentIndex(demo_page.unit_filter.findData("Kultur"))
    assert demo_page.proxy.rowCount() == 2


def test_compliance_shown_with_icon_and_text_not_colour_alone(demo_page) -> None:
    model = demo_page.model
    for row in range(model.rowCount()):
        index = model.index(row, COL_COMPLIANCE)
        assert index.data(Qt.ItemDataRole.DisplayRole)
        assert not index.data(Qt.ItemDataRole.DecorationRole).isNull()
        assert index.data(Qt.ItemDataRole.BackgroundRole) is not None


def test_sorting_by_compliance_puts_errors_last(demo_page) -> None:
    demo_page.table.sortByColumn(COL_COMPLIANCE, Qt.SortOrder.DescendingOrder)
    first = demo_page.proxy.index(0, COL_COMPLIANCE).data(Qt.ItemDataRole.UserRole + 2)
    assert first in ("error", "block")


def test_unsaved_changes_are_not_lost_on_cancel(qtbot, demo_page, monkeypatch) -> None:
    select(demo_page, "instagram.com/ungdomsklubbenbo")
    type_into(qtbot, demo_page.form.target_group, " og foreldre")
    monkeypatch.setattr(UnsavedDialog, "ask", classmethod(lambda cls, parent, name: "cancel"))
    demo_page.primary_action()
    assert demo_page.form.target_group.text().endswith("og foreldre")
    monkeypatch.setattr(UnsavedDialog, "ask", classmethod(lambda cls, parent, name: "save"))
    demo_page.primary_action()
    saved = demo_page.service.page_by_url("instagram.com/ungdomsklubbenbo")
    assert saved.target_group.endswith("og foreldre")


def test_r1_yearly_list_written_off_the_gui_thread(qtbot, demo_page, tmp_path: Path) -> None:
    target = tmp_path / "kontoer.pdf"
    job = demo_page.write_yearly_list(dt.date.today().year, target)
    # Wait on the job's own event: a fast job can finish before a waitSignal would be connected.
    qtbot.waitUntil(job.done.is_set, timeout=20000)
    assert target.read_bytes().startswith(b"%PDF")
    csv_target = tmp_path / "kontoer.csv"
    job = demo_page.write_yearly_list(dt.date.today().year, csv_target)
    qtbot.waitUntil(job.done.is_set, timeout=20000)
    assert "Midt-Telemark kommune" in csv_target.read_text(encoding="utf-8-sig")


def test_title_and_labels_in_bokmal(qtbot, context, language) -> None:
    language("nb")
    assert RegisterPage.title() == "Sider"
    widget = RegisterPage(context)
    qtbot.addWidget(widget)
    assert widget.tabs.tabText(0).replace("&", "") == "Detaljer"
    assert rules.STATUS_LABELS["awaiting_clearance"]


def test_every_input_has_a_label_or_accessible_name(page) -> None:
    from PySide6.QtWidgets import (
        QAbstractButton,
        QComboBox,
        QDateEdit,
        QLabel,
        QLineEdit,
        QPlainTextEdit,
        QSpinBox,
    )

    buddies = {label.buddy() for label in page.findChildren(QLabel) if label.buddy() is not None}
    inputs = [
        w
        for kind in (QLineEdit, QComboBox, QPlainTextEdit, QSpinBox, QDateEdit)
        for w in page.findChildren(kind)
    ]
    for widget in inputs:
        if isinstance(widget.parent(), (QComboBox, QSpinBox, QDateEdit)):
            continue  # the inner line edit of a combo box or spin box
        assert widget in buddies or widget.accessibleName(), widget
    for button in page.findChildren(QAbstractButton):
        assert button.text() or button.accessibleName() or not button.isVisible(), button


def test_r9_correcting_a_role_holder_through_the_roles_tab(qtbot, demo_page, monkeypatch) -> None:
    page_id = select(demo_page, "instagram.com/ungdomsklubbenbo")
    demo_page.tabs.setCurrentWidget(demo_page.roles_widget)
    assert demo_page.roles_widget.select_person("Emma Solheim")
    monkeypatch.setattr(
        RoleDialog,
        "ask",
        classmethod(
            lambda cls, parent=None, default_role="", existing=None: {
                **(existing.row() if existing else {}),
                "person_name": "Emma Solheim",
                "email": "emma.solheim@mt.kommune.no",
            }
        ),
    )
    qtbot.mouseClick(demo_page.roles_widget.correct_button, Qt.MouseButton.LeftButton)
    emails = {r.person_name: r.email for r in demo_page.service.roles(page_id)}
    assert emails["Emma Solheim"] == "emma.solheim@mt.kommune.no"
