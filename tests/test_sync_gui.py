"""Two laptops through the GUI code: two AppContexts, one shared folder, the status widget and dialogs."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMainWindow

from mtk_admin_desktop.credentials import MemoryCredentials
from mtk_admin_desktop.domain.ids import stable_id
from mtk_admin_desktop.services.context import AppContext
from mtk_admin_desktop.ui.sync.conflicts_dialog import ConflictsDialog
from mtk_admin_desktop.ui.sync.folder_dialog import SharedFolderDialog
from mtk_admin_desktop.ui.sync.status_widget import SyncStatusWidget


class Laptop:
    """One laptop: its context, a window with the sync widget in the status bar."""

    def __init__(self, root: Path, name: str) -> None:
        self.context = AppContext.open(root / name, credentials=MemoryCredentials())
        self.context.settings.set("user.name", name)
        self.context.store.author = name
        self.window = QMainWindow()
        self.widget = SyncStatusWidget(self.context, self.window)
        self.window.statusBar().addPermanentWidget(self.widget)

    def close(self) -> None:
        self.widget.shutdown()
        self.window.close()
        self.window.deleteLater()
        self.context.close()


@pytest.fixture
def laptops(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    folder = tmp_path / "share"
    folder.mkdir()
    monkeypatch.setattr(SharedFolderDialog, "ask_folder", classmethod(lambda cls, parent, title: str(folder)))
    monkeypatch.setattr(SharedFolderDialog, "confirm", classmethod(lambda cls, parent, text: True))
    made = [Laptop(tmp_path, "Kari"), Laptop(tmp_path, "Ola")]
    yield made, folder
    for laptop in made:
        laptop.close()


def sync(qtbot, laptop: Laptop) -> None:
    """F9, and wait until the background sync (and any queued one) is done."""
    qtbot.waitUntil(lambda: not laptop.widget.is_running(), timeout=30000)
    laptop.widget.sync_now_action.trigger()
    qtbot.waitUntil(lambda: not laptop.widget.is_running() and not laptop.widget._again, timeout=30000)


PAGE_URL = "facebook.com/midttelemark"


def test_two_laptops_page_appears_conflict_on_both_and_resolving_clears_both(qtbot, laptops) -> None:
    (kari, ola), folder = laptops
    assert kari.widget.sync_now_action.shortcut() == QKeySequence("F9")
    assert kari.widget.sync_now_action in kari.window.actions()
    kari.widget.initialise_folder()
    qtbot.waitUntil(lambda: not kari.widget.is_running(), timeout=30000)
    ola.widget.choose_folder()
    qtbot.waitUntil(lambda: not ola.widget.is_running(), timeout=30000)
    assert ola.context.store.get_local("sync.share_id") == kari.context.store.get_local("sync.share_id")

    page_id = stable_id("page", PAGE_URL)
    kari.context.store.create(
        "pages",
        {
            "name": "Midt-Telemark kommune",
            "platform": "facebook",
            "url": "https://www.facebook.com/midttelemark",
            "url_normalised": PAGE_URL,
            "is_main": 1,
            "status": "active",
        },
        row_id=page_id,
    )
    sync(qtbot, kari)
    sync(qtbot, ola)
    assert ola.context.store.get("pages", page_id)["name"] == "Midt-Telemark kommune"

    kari.context.store.update("pages", page_id, {"name": "Midt-Telemark kommune (Bø)"})
    ola.context.store.update("pages", page_id, {"name": "Midt-Telemark kommune (Gvarv)"})
    for laptop in (kari, ola, kari):
        sync(qtbot, laptop)
    for laptop in (kari, ola):
        assert [c["field"] for c in laptop.context.store.conflicts("pages")] == ["name"]
        assert "1 conflict" in laptop.widget.label.text()
        assert laptop.widget.conflicts_action.isEnabled()

    dialog = ConflictsDialog(kari.context)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1
    assert dialog.values.rowCount() == 2
    shown = {dialog.values.item(r, 0).text(): dialog.values.item(r, 1).text() for r in range(2)}
    assert shown == {"Midt-Telemark kommune (Bø)": "Kari", "Midt-Telemark kommune (Gvarv)": "Ola"}
    row = [dialog.values.item(r, 0).text() for r in range(2)].index("Midt-Telemark kommune (Gvarv)")
    dialog.values.selectRow(row)
    dialog.keep_value.click()
    assert dialog.list.count() == 0
    for laptop in (kari, ola):
        sync(qtbot, laptop)
    for laptop in (kari, ola):
        assert laptop.context.store.conflicts() == []
        assert laptop.context.store.get("pages", page_id)["name"] == "Midt-Telemark kommune (Gvarv)"
        assert "conflict" not in laptop.widget.label.text()


def test_delete_racing_an_edit_is_asked_about_and_keeping_the_row_settles_it(qtbot, laptops) -> None:
    (kari, ola), _ = laptops
    kari.widget.initialise_folder()
    ola.widget.choose_folder()
    row = kari.context.store.create("shared_settings", {"key": "org.nettredaktor", "value": "Kari"})
    sync(qtbot, kari)
    sync(qtbot, ola)
    kari.context.store.delete("shared_settings", row)
    ola.context.store.update("shared_settings", row, {"value": "Ola"})
    for laptop in (kari, ola, kari):
        sync(qtbot, laptop)
    dialog = ConflictsDialog(ola.context)
    qtbot.addWidget(dialog)
    assert dialog.conflicts[0].is_delete
    assert dialog.keep_row.isVisibleTo(dialog) and not dialog.keep_value.isVisibleTo(dialog)
    texts = [dialog.values.item(r, 0).text() for r in range(dialog.values.rowCount())]
    assert "Deleted" in texts and any("Ola" in t for t in texts)
    dialog.keep_row.click()
    for laptop in (ola, kari):
        sync(qtbot, laptop)
    for laptop in (kari, ola):
        assert laptop.context.store.get("shared_settings", row)["value"] == "Ola"
        assert laptop.context.store.conflicts() == []


def test_offline_status_counts_waiting_changes_and_the_last_push_happens_on_exit(qtbot, laptops) -> None:
    (kari, ola), folder = laptops
    kari.widget.initialise_folder()
    ola.widget.choose_folder()
    sync(qtbot, kari)
    folder.rename(folder.with_name("unplugged"))
    for n in range(3):
        kari.context.store.create("shared_settings", {"key": f"k{n}", "value": n})
    sync(qtbot, kari)
    assert kari.widget.label.text() == "offline: 6 changes waiting"
    folder.with_name("unplugged").rename(folder)
    kari.context.store.create("shared_settings", {"key": "last", "value": "on exit"})
    kari.widget.shutdown()  # closing the window: the last push
    sync(qtbot, ola)
    assert [r["value"] for r in ola.context.store.rows("shared_settings", "key = 'last'")] == ["on exit"]


def test_status_words(qtbot, context) -> None:
    sync_service = context.sync
    now = dt.datetime(2026, 11, 25, 12, 0, tzinfo=dt.UTC)
    status = {
        "folder": "/x",
        "last_state": "ok",
        "last_ok": "2026-11-25T11:58:00+00:00",
        "waiting": 0,
        "conflicts": 3,
        "read_only": False,
        "message": "",
        "problems": [],
    }
    assert sync_service.status_text(status, now) == "synced 2 min ago · 3 conflicts"
    status.update(last_state="unavailable", waiting=14, conflicts=0)
    assert sync_service.status_text(status, now) == "offline: 14 changes waiting"
    status.update(last_state="foreign")
    assert "another shared folder" in sync_service.status_text(status, now)


def test_status_words_in_bokmal(qtbot, context, language) -> None:
    language("nb")
    now = dt.datetime(2026, 11, 25, 12, 0, tzinfo=dt.UTC)
    status = {
        "folder": "/x",
        "last_state": "ok",
        "last_ok": "2026-11-25T11:58:00+00:00",
        "waiting": 0,
        "conflicts": 3,
        "read_only": False,
        "message": "",
        "problems": [],
    }
    assert context.sync.status_text(status, now) == "synkronisert for 2 min siden · 3 konflikter"
    status.update(last_state="unavailable", waiting=14, conflicts=0)
    assert context.sync.status_text(status, now) == "frakoblet: 14 endringer venter"


def test_an_edit_is_sent_shortly_after_without_pressing_anything(qtbot, laptops) -> None:
    (kari, ola), _ = laptops
    kari.widget.initialise_folder()
    ola.widget.choose_folder()
    sync(qtbot, kari)
    kari.widget._debounce.setInterval(50)  # three seconds in the app; the mechanism is the same
    kari.context.store.create("shared_settings", {"key": "k", "value": "debounced"})
    assert kari.widget._debounce.isActive()
    qtbot.waitUntil(lambda: kari.context.sync.status()["waiting"] == 0, timeout=30000)
    qtbot.waitUntil(lambda: not kari.widget.is_running(), timeout=30000)
    sync(qtbot, ola)
    assert [r["value"] for r in ola.context.store.rows("shared_settings", "key = 'k'")] == ["debounced"]
