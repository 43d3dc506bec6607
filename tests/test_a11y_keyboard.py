"""Issue 9: a keyboard-only user registers a page, plans a post and records a moderation entry.

Only key events reach the application (``qtbot.keyClicks``/``keyClick`` on whatever has the focus):
no mouse event and no direct call of a widget's method to do the work.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from a11y_tools import accessible_name, announced_names
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from mtk_admin_desktop.demo import populate
from mtk_admin_desktop.ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def window(qtbot, context):
    populate(context)
    main = MainWindow(context)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main)
    return main


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """One key to whatever has the focus, as a keyboard would send it."""
    qtbot.keyClick(focused(), key, modifier)


def type_text(qtbot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def tab_to(qtbot, name: str, limit: int = 40) -> None:
    """Press Tab until the control announced as ``name`` has the focus (what a screen-reader user does)."""
    for _ in range(limit):
        if name in announced_names(focused()):
            return
        press(qtbot, Qt.Key.Key_Tab)
    pytest.fail(f"Tab never reached {name!r}; stopped on {accessible_name(focused())!r}")


def in_modal_dialog(qtbot, steps: Callable[[], None]) -> list[BaseException]:
    """Run ``steps`` once the dialog the next key opens is shown (its own event loop blocks the test)."""
    errors: list[BaseException] = []

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(50, run)
            return
        if QApplication.activeWindow() is not dialog:
            # The offscreen platform has no window manager to activate a new window; do what it would.
            dialog.activateWindow()
            QTimer.singleShot(50, run)
            return
        try:
            steps()
        except BaseException as exc:  # noqa: BLE001 - handed back to the test after the loop ends
            errors.append(exc)
            dialog.close()
            return
        # With the dialog as context the check is dropped once the dialog is deleted.
        QTimer.singleShot(1000, dialog, lambda: still_open(dialog))

    def still_open(dialog: QWidget) -> None:
        # The keys should have confirmed the dialog; if not, close it so the test fails instead of hanging.
        if dialog.isVisible():
            errors.append(AssertionError(f"{type(dialog).__name__} still open after the keys; focus on "
                                         f"{accessible_name(focused())!r}"))
            dialog.close()

    QTimer.singleShot(50, run)
    return errors


def back_to(qtbot, main: QWidget) -> None:
    """The window manager gives the main window the focus back when a dialog closes (offscreen has none)."""
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main)


def test_register_plan_and_moderate_with_the_keyboard_only(qtbot, window, context) -> None:
    pages_before = len(context.register.pages())
    posts_before = len(context.planning.all_posts())
    entries_before = len(context.moderation.entries())

    # Sider: Ctrl+1, Ctrl+N puts the focus in an empty form's name field; Ctrl+S saves.
    press(qtbot, Qt.Key.Key_1, CTRL)
    press(qtbot, Qt.Key.Key_N, CTRL)
    type_text(qtbot, "Biblioteket i Midt-Telemark")
    tab_to(qtbot, "Address")
    type_text(qtbot, "https://www.facebook.com/biblioteketmt")
    press(qtbot, Qt.Key.Key_S, CTRL)
    page = context.register.page_by_url("https://www.facebook.com/biblioteketmt")
    assert page is not None and page.name == "Biblioteket i Midt-Telemark"
    assert len(context.register.pages()) == pages_before + 1

    # Planlegging: Ctrl+2, Ctrl+N opens the editor; a title, then Enter confirms.
    press(qtbot, Qt.Key.Key_2, CTRL)

    def plan() -> None:
        tab_to(qtbot, "Title")
        type_text(qtbot, "Sommeråpent bibliotek")
        tab_to(qtbot, "Text")
        type_text(qtbot, "Biblioteket holder sommeråpent fra 1. juli.")
        tab_to(qtbot, "Title")
        press(qtbot, Qt.Key.Key_Return)

    errors = in_modal_dialog(qtbot, plan)
    press(qtbot, Qt.Key.Key_N, CTRL)
    assert errors == []
    back_to(qtbot, window)
    titles = [p.get("title") for p in context.planning.all_posts()]
    assert len(titles) == posts_before + 1 and "Sommeråpent bibliotek" in titles

    # Moderering: Ctrl+3, Ctrl+N; the page, the comment text, a ground, then Alt+S saves.
    press(qtbot, Qt.Key.Key_3, CTRL)

    def moderate() -> None:
        tab_to(qtbot, "Page")
        press(qtbot, Qt.Key.Key_Down)
        tab_to(qtbot, "Comment text")
        type_text(qtbot, "Dette er en personlig trakassering av en ansatt.")
        tab_to(qtbot, "Ground (R13)")
        press(qtbot, Qt.Key.Key_Down)
        press(qtbot, Qt.Key.Key_S, ALT)

    errors = in_modal_dialog(qtbot, moderate)
    press(qtbot, Qt.Key.Key_N, CTRL)
    assert errors == []
    back_to(qtbot, window)
    entries = context.moderation.entries()
    assert len(entries) == entries_before + 1
    assert any(e.comment_text == "Dette er en personlig trakassering av en ansatt." for e in entries)
