"""Keys (issue 17): focus follows the form, and moving a card with Alt+arrows is shown where cards are."""

from __future__ import annotations

import datetime as dt

import pytest
from a11y_tools import focus_chain
from PySide6.QtCore import Qt
from test_planning_ui import add_post, main_page, this_monday  # noqa: F401 - fixture used by name

from mtk_admin_desktop.ui.planning.planning_page import WEEK, PlanningPage
from mtk_admin_desktop.ui.register.register_page import RegisterPage

pytestmark = pytest.mark.today


def test_details_roles_reviews_tabs_come_before_save(qtbot, context) -> None:
    context.register.save_page({"name": "Bø bibliotek", "url": "https://www.facebook.com/bobibliotek"})
    page = RegisterPage(context)
    qtbot.addWidget(page)
    page.resize(1300, 900)
    page.show()
    chain = focus_chain(page)
    tabs = next(i for i, w in enumerate(chain) if w is page.tabs or w is page.tabs.tabBar())
    assert chain.index(page.table) < tabs < chain.index(page.form.name) < chain.index(page.form.save_button)


def test_real_tab_presses_reach_the_detail_tabs_right_after_the_list(qtbot, context) -> None:
    context.register.save_page({"name": "Bø bibliotek", "url": "https://www.facebook.com/bobibliotek"})
    page = RegisterPage(context)
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Tab)
    focused = page.focusWidget()
    assert focused in (page.tabs, page.tabs.tabBar()), focused
    qtbot.keyClick(focused, Qt.Key.Key_Right)  # the arrow keys then choose Roller
    assert page.tabs.currentWidget() is page.roles_widget


def test_moving_a_card_with_alt_arrows_is_shown_on_the_card(qtbot, context, main_page) -> None:  # noqa: F811
    post_id = add_post(context, main_page, this_monday() + dt.timedelta(days=8), 10)
    page = PlanningPage(context)
    qtbot.addWidget(page)
    page.resize(1300, 900)
    page.show()
    page.current = this_monday() + dt.timedelta(days=8)
    page.set_mode(WEEK)
    card = page.week_view.card(post_id)
    assert card is not None
    assert "Alt+Left/Right" in card.toolTip() and "Alt+Up/Down" in card.toolTip()
    assert "Alt+Left/Right" in card.accessibleDescription()
