"""Nothing typed is lost (issue 17): every editor asks before discarding, keeps a draft, restores it.

The post editor, the moderation entry form, the page form and the settings ask *Lagre / Forkast /
Avbryt* on Esc, Cancel and the window's close button; an autosaved draft survives a hard crash of the
process (``os._exit`` in a subprocess) and is offered back when the editor or the tab opens again.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QColor, QImage
from PySide6.QtWidgets import QDialogButtonBox
from test_moderation_log import make_page

from mtk_admin_desktop.services.drafts import DraftService
from mtk_admin_desktop.services.moderation_capture import Grab
from mtk_admin_desktop.ui.widgets import unsaved

pytestmark = pytest.mark.today

ROOT = Path(__file__).resolve().parent.parent


class WindowCloseEvent(QCloseEvent):
    """A close event as the window system sends it when the user clicks the window's close button."""

    def spontaneous(self) -> bool:  # noqa: D102
        return True


@pytest.fixture
def answers(monkeypatch):
    """Answers the Save/Discard/Cancel question gets, in order; the questions asked are recorded."""
    given: list[str] = []
    asked: list[str] = []

    def ask(cls, parent, name):
        asked.append(name)
        return given.pop(0)

    monkeypatch.setattr(unsaved.UnsavedQuestion, "ask", classmethod(ask))
    return given, asked


def _post_editor(qtbot, context, post_id=None):
    from mtk_admin_desktop.ui.planning.post_editor_dialog import PostEditorDialog

    dialog = PostEditorDialog(context, post_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_post_editor_esc_cancel_and_close_ask_before_discarding(qtbot, context, answers):
    given, asked = answers
    dialog = _post_editor(qtbot, context)
    qtbot.keyClicks(dialog.title_edit, "Brøyting i sentrum")
    dialog.text_edit.setFocus()
    qtbot.keyClicks(dialog.text_edit, "Vi brøyter fra klokka fem.")

    given.append("cancel")  # Esc, then Avbryt in the question: back to the text, nothing lost
    qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.text_edit.toPlainText() == "Vi brøyter fra klokka fem."
    assert asked == ["Brøyting i sentrum"]

    given.append("cancel")  # the window's close button asks too
    dialog.closeEvent(WindowCloseEvent())
    assert dialog.isVisible() and len(asked) == 2

    given.append("save")  # the dialog's Avbryt button, then Lagre in the question: saved
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    posts = context.store.rows("posts")
    assert [p["title"] for p in posts] == ["Brøyting i sentrum"]
    assert DraftService(context).drafts() == []


def test_post_editor_discard_throws_away_and_untouched_closes_without_asking(qtbot, context, answers):
    given, asked = answers
    dialog = _post_editor(qtbot, context)
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Escape)  # nothing typed: closes at once
    assert not dialog.isVisible() and asked == []

    dialog = _post_editor(qtbot, context)
    qtbot.keyClicks(dialog.title_edit, "Feil")
    given.append("discard")
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and asked == ["Feil"]
    assert context.store.rows("posts") == []


def _crash_script(body: str) -> str:
    return textwrap.dedent(
        """
        import os, sys
        sys.path.insert(0, {tests!r})
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtWidgets import QApplication
        from PySide6.QtTest import QTest
        from mtk_admin_desktop.credentials import MemoryCredentials
        from mtk_admin_desktop.services.context import AppContext
        from mtk_admin_desktop.services.drafts import DraftService
        app = QApplication([])
        context = AppContext.open(sys.argv[1], credentials=MemoryCredentials())
        """
    ).format(tests=str(ROOT / "tests")) + textwrap.dedent(body) + textwrap.dedent(
        """
        deadline = 0
        while not DraftService(context).drafts() and deadline < 100:  # the debounced autosave
            QTest.qWait(50)
            deadline += 1
        os._exit(9)  # a crash or a power cut: no close, no cleanup
        """
    )


def _run_crash(data_dir: Path, body: str) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", _crash_script(body), str(data_dir)],
        capture_output=True, text=True, timeout=120, env=env, cwd=ROOT,
    )
    assert result.returncode == 9, result.stderr


def test_post_draft_survives_a_crash_and_is_offered_when_the_editor_opens(qtbot, data_dir, monkeypatch):
    _run_crash(
        data_dir,
        """
        from mtk_admin_desktop.ui.planning.post_editor_dialog import PostEditorDialog
        dialog = PostEditorDialog(context)
        dialog.show()
        QTest.keyClicks(dialog.title_edit, "Vannavstenging")
        dialog.text_edit.setFocus()
        QTest.keyClicks(dialog.text_edit, "Vannet er stengt i Bø sentrum i kveld.")
        """,
    )
    from mtk_admin_desktop.credentials import MemoryCredentials
    from mtk_admin_desktop.services.context import AppContext
    from mtk_admin_desktop.ui.planning.post_editor_dialog import PostEditorDialog

    context = AppContext.open(data_dir, credentials=MemoryCredentials())
    try:
        offered = []
        monkeypatch.setattr(
            unsaved.RestoreQuestion, "ask", classmethod(lambda cls, parent, d: offered.append(d) or True)
        )
        dialog = PostEditorDialog(context)
        qtbot.addWidget(dialog)
        assert [d.title for d in offered] == ["Vannavstenging"]
        assert dialog.title_edit.text() == "Vannavstenging"
        assert dialog.text_edit.toPlainText() == "Vannet er stengt i Bø sentrum i kveld."
        assert dialog.is_dirty()
        dialog.save()
        assert [p["title"] for p in context.store.rows("posts")] == ["Vannavstenging"]
        assert DraftService(context).drafts() == []  # saved: the draft is gone
    finally:
        context.close()


def test_declined_draft_is_thrown_away(qtbot, context, monkeypatch):
    DraftService(context).save("post", None, {"title": "Gammelt utkast", "text": "x"}, "Gammelt utkast")
    monkeypatch.setattr(unsaved.RestoreQuestion, "ask", classmethod(lambda cls, parent, d: False))
    dialog = _post_editor(qtbot, context)
    assert dialog.title_edit.text() == "" and not dialog.is_dirty()
    assert DraftService(context).drafts() == []


def test_moderation_entry_asks_and_its_draft_keeps_text_and_screenshot(qtbot, context, answers, monkeypatch):
    from mtk_admin_desktop.ui.moderation.entry_dialog import EntryDialog

    given, asked = answers
    make_page(context)
    dialog = EntryDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.page_combo.setCurrentIndex(1)
    dialog.text_edit.setFocus()
    qtbot.keyClicks(dialog.text_edit, "Dette er en trussel")
    image = QImage(200, 80, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    image.setPixelColor(10, 10, QColor("#a03050"))
    dialog.add_grab(Grab(image, "skjerm 1", "2026-12-02T10:00:00+00:00"))

    given.append("cancel")
    qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Escape)
    assert dialog.isVisible() and asked == ["«Dette er en trussel»"]

    dialog.drafts.save_now()  # what the debounced autosave writes
    dialog.drafts.active = False  # the process dies here: the form is never closed
    dialog.hide()

    monkeypatch.setattr(unsaved.RestoreQuestion, "ask", classmethod(lambda cls, parent, d: True))
    again = EntryDialog(context)
    qtbot.addWidget(again)
    assert again.text_edit.toPlainText() == "Dette er en trussel"
    assert again.page_combo.currentIndex() == 1
    assert again.shot_list.count() == 1
    assert again.grabs[0].image.pixelColor(10, 10) == QColor("#a03050")
    assert context.store.rows("moderation_entries") == []  # a draft is not evidence


def test_settings_ask_before_discarding(qtbot, context, answers):
    from mtk_admin_desktop.ui.settings_dialog import SettingsDialog

    given, asked = answers
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, "Kari Nordmann")
    given.append("cancel")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.name.text() == "Kari Nordmann"
    given.append("discard")
    dialog.closeEvent(WindowCloseEvent())
    assert not dialog.isVisible()
    assert context.settings.get("user.name") == "Test Testesen"
    assert len(asked) == 2


def test_page_form_draft_is_offered_when_sider_opens_and_window_close_asks(
    qtbot, context, answers, monkeypatch
):
    from mtk_admin_desktop.ui.main_window import MainWindow
    from mtk_admin_desktop.ui.register.register_page import RegisterPage

    given, asked = answers
    page = RegisterPage(context)
    qtbot.addWidget(page)
    page.show()
    page.primary_action()
    qtbot.keyClicks(page.form.name, "Bø bibliotek")
    qtbot.keyClicks(page.form.url, "https://www.facebook.com/bobibliotek")
    qtbot.waitUntil(lambda: DraftService(context).get("page", None) is not None, timeout=5000)
    draft = DraftService(context).get("page", None)
    assert draft is not None and draft.values["name"] == "Bø bibliotek"

    monkeypatch.setattr(unsaved.RestoreQuestion, "ask", classmethod(lambda cls, parent, d: True))
    window = MainWindow(context, start_tab=1)  # the app opens again, on Sider
    qtbot.addWidget(window)
    window.show()
    restored = window.page(1)
    assert restored.form.name.text() == "Bø bibliotek" and restored.form.dirty

    given.append("cancel")  # closing the window with unsaved edits asks; Avbryt keeps it open
    window.closeEvent(event := WindowCloseEvent())
    assert not event.isAccepted() and asked == ["Bø bibliotek"]


def test_app_start_after_a_crash_says_a_post_draft_is_there_and_opens_it(qtbot, context, monkeypatch):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from mtk_admin_desktop.ui.planning.planning_page import PlanningPage
    from mtk_admin_desktop.ui.planning.post_editor_dialog import PostEditorDialog

    values = {"title": "Strømbrudd", "text": "Strømmen er borte i Gvarv.", "_undated": True}
    DraftService(context).save("post", None, values, "Strømbrudd")
    asked: list[object] = []
    monkeypatch.setattr(
        unsaved.RestoreQuestion, "ask", classmethod(lambda cls, p, d: asked.append(d) or False)
    )
    page = PlanningPage(context)
    qtbot.addWidget(page)
    page.show()
    assert page.drafts_banner.isVisible() and "Strømbrudd" in page.drafts_banner.label.text()
    seen: dict[str, object] = {}

    def look() -> None:
        dialog = next(
            w for w in QApplication.topLevelWidgets() if isinstance(w, PostEditorDialog) and w.isVisible()
        )
        seen["title"] = dialog.title_edit.text()
        seen["undated"] = dialog.undated.isChecked()
        dialog.save()

    QTimer.singleShot(0, look)
    qtbot.mouseClick(page.drafts_banner.open_button, Qt.MouseButton.LeftButton)
    assert seen == {"title": "Strømbrudd", "undated": True}
    assert asked == []  # the banner's button was the question: not asked twice
    assert [p["title"] for p in context.store.rows("posts")] == ["Strømbrudd"]
    assert not page.drafts_banner.isVisible()


def test_settings_draft_survives_a_crash_and_is_offered_when_settings_open(qtbot, data_dir, monkeypatch):
    """Issue 17: the settings dialog keeps an autosaved draft like the other editors; after a crash the
    next opening offers it; saved, the settings hold what was typed and the draft is gone."""
    _run_crash(
        data_dir,
        """
        from mtk_admin_desktop.ui.settings_dialog import SettingsDialog
        dialog = SettingsDialog(context)
        dialog.show()
        dialog.kommunedirektor.clear()
        QTest.keyClicks(dialog.kommunedirektor, "Kari Kommunedirektør")
        """,
    )
    from mtk_admin_desktop.credentials import MemoryCredentials
    from mtk_admin_desktop.services.context import AppContext
    from mtk_admin_desktop.ui.settings_dialog import SettingsDialog

    context = AppContext.open(data_dir, credentials=MemoryCredentials())
    try:
        assert context.settings.get("org.kommunedirektor") != "Kari Kommunedirektør"
        offered = []
        monkeypatch.setattr(
            unsaved.RestoreQuestion, "ask", classmethod(lambda cls, parent, d: offered.append(d) or True)
        )
        dialog = SettingsDialog(context)
        qtbot.addWidget(dialog)
        assert len(offered) == 1 and offered[0].kind == "settings"
        assert dialog.kommunedirektor.text() == "Kari Kommunedirektør"
        assert dialog.is_dirty()
        dialog.save()
        assert context.settings.get("org.kommunedirektor") == "Kari Kommunedirektør"
        assert DraftService(context).drafts() == []
    finally:
        context.close()


def test_settings_draft_declined_or_discarded_is_gone(qtbot, context, answers, monkeypatch):
    from mtk_admin_desktop.ui.settings_dialog import SettingsDialog

    DraftService(context).save("settings", "settings", {"user.name": "Utkast"}, "innstillingene")
    monkeypatch.setattr(unsaved.RestoreQuestion, "ask", classmethod(lambda cls, parent, d: False))
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.name.text() == "Test Testesen" and not dialog.is_dirty()
    assert DraftService(context).drafts() == []
    given, _ = answers
    dialog.show()
    qtbot.keyClicks(dialog.name, " II")
    dialog.drafts.save_now()
    assert [d.kind for d in DraftService(context).drafts()] == ["settings"]
    given.append("discard")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert DraftService(context).drafts() == [] and context.settings.get("user.name") == "Test Testesen"
