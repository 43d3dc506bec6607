"""The window under a hostile world: a full disk while saving evidence, a read-only store, a failing slot."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from mtk_admin_desktop.storage import store as store_module

UNLIMITED_PAGES = 1_073_741_823


@pytest.fixture
def page_id(context) -> str:
    return context.register.save_page({"name": "Biblioteket", "url": "https://www.facebook.com/mtkbibliotek"})


def _fill(dialog, qtbot, text: str) -> None:
    dialog.page_combo.setCurrentIndex(dialog.page_combo.findText("Biblioteket"))
    dialog.text_edit.setPlainText(text)
    dialog.action_combo.setCurrentIndex(dialog.action_combo.findData("deleted"))
    dialog.ground_combo.setCurrentIndex(dialog.ground_combo.findData("personangrep"))
    qtbot.keyClicks(dialog.justification_edit, "Personangrep mot ansatt")


def test_r13_entry_form_on_a_full_disk_keeps_what_was_typed_and_saves_later(qtbot, context, page_id,
                                                                            language) -> None:
    from mtk_admin_desktop.ui.moderation.entry_dialog import EntryDialog

    language("nb")
    dialog = EntryDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    text = "Du er en idiot! 😡 " * 4000  # needs new pages in the database
    _fill(dialog, qtbot, text)
    db = context.store.db
    db.execute(f"PRAGMA max_page_count = {db.execute('PRAGMA page_count').fetchone()[0]}")  # the disk is full
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved_id is None and dialog.isVisible()  # the form stays open
    assert dialog.capture_message.isVisible()
    assert "full" in dialog.capture_message.text() and "Det du lagret før, er i behold" in \
        dialog.capture_message.text()
    assert dialog.text_edit.toPlainText() == text  # nothing the user typed is lost
    assert context.moderation.entries() == []  # and nothing half-saved
    db.execute(f"PRAGMA max_page_count = {UNLIMITED_PAGES}")  # space freed
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved_id is not None
    assert [e.comment_text for e in context.moderation.entries()] == [text]
    assert context.moderation.verify().ok


def test_a_failing_save_anywhere_in_the_window_is_told_to_the_user(qapp, tmp_path: Path, monkeypatch,
                                                                  language) -> None:
    from mtk_admin_desktop import app as app_module

    language("nb")
    shown: list[str] = []
    printed: list[type] = []
    monkeypatch.setattr(app_module.QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    hook = app_module._store_failure_hook(tmp_path, lambda kind, exc, tb: printed.append(kind))
    hook(sqlite3.OperationalError, sqlite3.OperationalError("database or disk is full"), None)
    assert len(shown) == 1 and "full" in shown[0] and "Den siste endringen ble ikke lagret" in shown[0]
    hook(ValueError, ValueError("a programming error"), None)  # not a disk problem: no message box
    assert len(shown) == 1 and printed == [sqlite3.OperationalError, ValueError]


def test_a_read_only_store_is_refused_at_window_start_with_a_message(qapp, context, monkeypatch,
                                                                     language) -> None:
    from mtk_admin_desktop import app as app_module

    data_dir = context.paths.data_dir
    context.register.save_page({"name": "Biblioteket", "url": "https://www.facebook.com/mtkbibliotek"})
    context.close()
    real = sqlite3.connect
    monkeypatch.setattr(store_module.sqlite3, "connect",
                        lambda path, *a, **k: real(f"file:{path}?mode=ro", *a, uri=True, **k))
    shown: list[str] = []
    monkeypatch.setattr(app_module.QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    assert app_module.run(str(data_dir), language="nb") == 3
    assert len(shown) == 1 and "skrivebeskyttet" in shown[0] and "Ingenting er endret" in shown[0]
    monkeypatch.undo()
    again = store_module.Store.open(data_dir / "mtk-admin.sqlite")
    assert [p["name"] for p in again.rows("pages")] == ["Biblioteket"]
    again.close()
    context.store = store_module.Store.open(data_dir / "mtk-admin.sqlite")  # for the fixture's close()


def _disk_full(context) -> None:
    db = context.store.db
    db.execute(f"PRAGMA max_page_count = {db.execute('PRAGMA page_count').fetchone()[0]}")


def test_r7_register_form_on_a_full_disk_keeps_what_was_typed(qtbot, context) -> None:
    """The save fails (the window's excepthook tells the user); the form still holds every field."""
    from mtk_admin_desktop.ui.register.register_page import RegisterPage

    page = RegisterPage(context)
    qtbot.addWidget(page)
    page.show()
    page.primary_action()
    page.form.name.setText("Kulturskolen i Midt-Telemark")
    page.form.url.setText("https://www.facebook.com/kulturskolenmt")
    page.form.purpose.setPlainText("Konserter og forestillinger " * 500)
    _disk_full(context)
    with pytest.raises(sqlite3.OperationalError, match="full"):
        page.save()  # from the Save button, the window's excepthook shows the bokmål message
    assert page.form.name.text() == "Kulturskolen i Midt-Telemark" and page.form.dirty
    assert context.store.rows("pages") == []
    context.store.db.execute(f"PRAGMA max_page_count = {UNLIMITED_PAGES}")
    assert page.save() is True
    assert [p["name"] for p in context.store.rows("pages")] == ["Kulturskolen i Midt-Telemark"]


def test_r12_post_editor_on_a_full_disk_stays_open_with_the_text(qtbot, context) -> None:
    from mtk_admin_desktop.ui.planning.post_editor_dialog import PostEditorDialog

    dialog = PostEditorDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.title_edit.setText("Juleverksted på biblioteket")
    dialog.text_edit.setPlainText("Velkommen til juleverksted! " * 800)
    _disk_full(context)
    with pytest.raises(sqlite3.OperationalError, match="full"):
        dialog.save()
    assert dialog.isVisible() and dialog.title_edit.text() == "Juleverksted på biblioteket"
    context.store.db.execute(f"PRAGMA max_page_count = {UNLIMITED_PAGES}")
    dialog.save()
    assert [p["title"] for p in context.store.rows("posts")] == ["Juleverksted på biblioteket"]
