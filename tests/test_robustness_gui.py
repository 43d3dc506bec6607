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
    assert [e["comment_text"] for e in context.moderation.entries()] == [text]
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
