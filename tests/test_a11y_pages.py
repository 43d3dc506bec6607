"""Issue 9: every tab of the main window, with demo data, is usable with a screen reader and keyboard."""

from __future__ import annotations

import pytest
from a11y_tools import (
    focus_traps,
    invisible_focus,
    mnemonic_clashes,
    skipped_by_focus_chain,
    unnamed_controls,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from mtk_admin_desktop.demo import populate
from mtk_admin_desktop.ui.main_window import MainWindow


@pytest.fixture
def demo_window(qtbot, context):
    populate(context)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.mark.parametrize("index", range(5))  # I dag and the four areas
def test_every_control_on_every_tab_has_an_accessible_name(demo_window, index) -> None:
    demo_window.tabs.setCurrentIndex(index)
    page = demo_window.pages[index]
    assert unnamed_controls(page) == []


@pytest.mark.parametrize("index", range(5))  # I dag and the four areas
def test_tab_reaches_every_control_and_no_editor_traps_focus(demo_window, index) -> None:
    demo_window.tabs.setCurrentIndex(index)
    page = demo_window.pages[index]
    assert skipped_by_focus_chain(page) == []
    assert focus_traps(page) == []


def test_menus_and_tabs_have_names_and_shortcuts(demo_window) -> None:
    assert unnamed_controls(demo_window) == []
    shortcuts = {a.shortcut().toString() for m in demo_window.menuBar().actions() for a in m.menu().actions()}
    assert {"Ctrl+N", "Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4", "F1"} <= shortcuts


def test_main_actions_have_shortcuts(demo_window) -> None:
    """New page/post/entry and the archive export are Ctrl+N on their tab, sync is F9, tabs Ctrl+1..4."""
    actions = {a.shortcut().toString() for a in demo_window.findChildren(QAction)}
    assert {"Ctrl+N", "F9", "Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4"} <= actions


@pytest.mark.parametrize("code", ["en", "nb", "nn"])
def test_no_two_controls_of_a_tab_share_a_mnemonic(qtbot, context, language, code) -> None:
    """Alt+letter must act, not cycle between two controls (the Sider form alone has 22 of them)."""
    language(code)
    populate(context)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    clashes = []
    for index, page in enumerate(window.pages):
        window.tabs.setCurrentIndex(index)
        clashes += [f"{type(page).__name__}: {c}" for c in mnemonic_clashes(page)]
    assert clashes == []


@pytest.mark.parametrize("index", range(5))  # I dag and the four areas
def test_focus_is_visible_on_every_control_tab_reaches(qtbot, demo_window, index) -> None:
    """Walking the tab with Tab, each control looks different while it has the focus (frame, ring)."""
    demo_window.tabs.setCurrentIndex(index)
    demo_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is demo_window)
    page = demo_window.pages[index]
    demo_window.tabs.tabBar().setFocus()
    visited, invisible = invisible_focus(qtbot, page)
    assert visited > 3
    assert invisible == []
