"""Robustness of the data files: damaged, truncated, read-only and full stores, and clocks set years wrong."""

from __future__ import annotations

import errno
import hashlib
import sqlite3
from pathlib import Path

import pytest
from helpers import run_cli

from mtk_admin_desktop.domain.hlc import Timestamp
from mtk_admin_desktop.storage import store as store_module
from mtk_admin_desktop.storage.store import Store

YEAR_MS = 365 * 24 * 3600 * 1000
NOW_MS = 1_795_000_000_000  # November 2026


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _store_with_a_page(data_dir: Path) -> None:
    code, _, err = run_cli("pages", "add", "--name", "Biblioteket", "--url", "https://facebook.com/mtkbibliotek",
                           data_dir=data_dir)
    assert code == 0, err


def _checkpointed(data_dir: Path) -> Path:
    """The store's file with everything in it (no -wal beside it), as a backup copy would be."""
    db_file = data_dir / "mtk-admin.sqlite"
    conn = sqlite3.connect(db_file)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return db_file


# -- a damaged store at start-up ------------------------------------------------------------------


@pytest.mark.parametrize("damage", ["garbage", "truncated"])
def test_damaged_store_is_refused_in_bokmal_and_left_untouched(data_dir: Path, damage: str) -> None:
    _store_with_a_page(data_dir)
    db_file = _checkpointed(data_dir)
    if damage == "garbage":
        db_file.write_bytes(b"\x13\x37" * 4096)
    else:
        db_file.write_bytes(db_file.read_bytes()[: db_file.stat().st_size // 2])
    for name in ("mtk-admin.sqlite-wal", "mtk-admin.sqlite-shm"):
        (data_dir / name).unlink(missing_ok=True)
    before = _digest(db_file)
    for command in (("pages", "list"), ("pages", "add", "--name", "X", "--url", "https://facebook.com/x1"),
                    ("moderation", "verify"), ("sync", "status", "--json")):
        code, out, err = run_cli(*command, "--lang", "nb", data_dir=data_dir)
        assert code == 3, (command, out, err)
        assert "Traceback" not in err
        assert "skadet" in err and "Ingenting er endret eller slettet" in err, err
        assert str(db_file) in err
    assert _digest(db_file) == before  # never overwritten, never "repaired"



def test_damaged_store_at_window_start_shows_a_message_and_changes_nothing(
        data_dir: Path, qapp, monkeypatch: pytest.MonkeyPatch) -> None:
    from mtk_admin_desktop import app as app_module

    db_file = data_dir / "mtk-admin.sqlite"
    db_file.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    before = _digest(db_file)
    shown: list[str] = []
    monkeypatch.setattr(app_module.QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    assert app_module.run(str(data_dir), language="nb") == 3
    assert len(shown) == 1 and "skadet" in shown[0] and "Ikke slett filen" in shown[0]
    assert _digest(db_file) == before


# -- read-only and full -------------------------------------------------------------------------------


def _read_only_connect(monkeypatch: pytest.MonkeyPatch) -> None:
    """Open every store file read-only, as SQLite does for a file the user may not write."""
    real = sqlite3.connect

    def connect(path: str, *args, **kwargs):  # noqa: ANN002, ANN003
        if path != ":memory:":
            return real(f"file:{path}?mode=ro", *args, uri=True, **kwargs)
        return real(path, *args, **kwargs)

    monkeypatch.setattr(store_module.sqlite3, "connect", connect)


def test_read_only_store_refuses_changes_with_a_clear_message(data_dir: Path, monkeypatch) -> None:
    _store_with_a_page(data_dir)
    db_file = _checkpointed(data_dir)
    before = _digest(db_file)
    _read_only_connect(monkeypatch)
    code, out, _ = run_cli("pages", "list", data_dir=data_dir)
    assert code == 0 and "Biblioteket" in out  # reading still works
    code, _, err = run_cli("pages", "add", "--name", "Ny", "--url", "https://facebook.com/ny1",
                           "--lang", "nb", data_dir=data_dir)
    assert code == 3 and "Traceback" not in err
    assert "skrivebeskyttet" in err and "Ingenting er endret" in err, err
    code, _, err = run_cli("moderation", "add", "--page", "Biblioteket", "--action", "hidden", "--text", "x",
                           "--lang", "nb", data_dir=data_dir)
    assert code == 3 and "skrivebeskyttet" in err, err
    monkeypatch.undo()
    assert _digest(db_file) == before


def _read_only_folder(monkeypatch: pytest.MonkeyPatch, data_dir: Path) -> None:
    """The store's folder as on a read-only medium: SQLite cannot create -shm beside a WAL store."""
    real = sqlite3.connect

    def connect(path: str, *args, **kwargs):  # noqa: ANN002, ANN003
        if not kwargs.get("uri") and Path(path).parent == data_dir:
            raise sqlite3.OperationalError("unable to open database file")
        return real(path, *args, **kwargs)

    monkeypatch.setattr(store_module.sqlite3, "connect", connect)
    monkeypatch.setattr(store_module, "_on_read_only_medium", lambda path: path.parent == data_dir)


def _assert_readable_not_writable(data_dir: Path) -> None:
    code, out, err = run_cli("pages", "list", "--lang", "nb", data_dir=data_dir)
    assert code == 0 and "Biblioteket" in out, err
    code, _, err = run_cli("pages", "add", "--name", "Ny", "--url", "https://facebook.com/ny1",
                           "--lang", "nb", data_dir=data_dir)
    assert code == 3 and "Traceback" not in err
    assert "skrivebeskyttet" in err and "Ingenting er endret" in err, err


def test_store_in_a_read_only_folder_can_be_read_but_not_changed(data_dir: Path, monkeypatch) -> None:
    _store_with_a_page(data_dir)
    db_file = _checkpointed(data_dir)
    before = _digest(db_file)
    _read_only_folder(monkeypatch, data_dir)
    _assert_readable_not_writable(data_dir)
    monkeypatch.undo()
    assert _digest(db_file) == before


def test_read_only_store_with_unmerged_journal_is_not_shown_as_if_complete(data_dir: Path,
                                                                           monkeypatch) -> None:
    """Reading around a -wal file would show the store without its newest changes: refused instead."""
    _store_with_a_page(data_dir)
    _checkpointed(data_dir)
    (data_dir / "mtk-admin.sqlite-wal").write_bytes(b"\x00" * 4096)
    _read_only_folder(monkeypatch, data_dir)
    code, out, err = run_cli("pages", "list", "--lang", "nb", data_dir=data_dir)
    assert code == 3 and "Traceback" not in err, err
    assert "mtk-admin.sqlite-wal" in err and "Ingenting er endret" in err, err
    assert "Biblioteket" not in out


def test_store_on_a_real_read_only_mount_can_be_read(tmp_path: Path) -> None:
    """The same on a tmpfs remounted read-only (needs root and mount; skipped elsewhere)."""
    import os
    import subprocess

    stick = tmp_path / "stick"
    stick.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=32m", "none", str(stick)],
                                           capture_output=True).returncode != 0:
        pytest.skip("mounting a read-only file system needs root")
    try:
        data_dir = stick / "data"
        _store_with_a_page(data_dir)
        assert not (data_dir / "mtk-admin.sqlite-wal").exists()  # closed cleanly: journal merged
        subprocess.run(["mount", "-o", "remount,ro", str(stick)], check=True)
        before = _digest(data_dir / "mtk-admin.sqlite")
        _assert_readable_not_writable(data_dir)
        assert _digest(data_dir / "mtk-admin.sqlite") == before
    finally:
        subprocess.run(["umount", "-l", str(stick)], check=False)


def test_full_disk_keeps_everything_saved_before(data_dir: Path, monkeypatch) -> None:
    _store_with_a_page(data_dir)
    real = store_module.connect

    def full_connect(path):  # noqa: ANN001, ANN202
        db = real(path)
        pages = db.execute("PRAGMA page_count").fetchone()[0]
        db.execute(f"PRAGMA max_page_count = {pages}")  # not one page more: SQLITE_FULL
        return db

    monkeypatch.setattr(store_module, "connect", full_connect)
    text = "Lang kommentar " * 2000  # needs new pages
    code, out, err = run_cli("moderation", "add", "--page", "Biblioteket", "--action", "hidden",
                             "--text", text,
                             "--lang", "nb", data_dir=data_dir)
    assert code == 3 and "Traceback" not in err
    assert "full" in err and "Det du lagret før, er i behold" in err, err
    monkeypatch.undo()
    code, out, _ = run_cli("moderation", "list", "--json", data_dir=data_dir)
    assert code == 0 and out.strip() == "[]"  # nothing half-saved
    code, out, _ = run_cli("pages", "list", data_dir=data_dir)
    assert "Biblioteket" in out


def test_full_disk_while_storing_a_screenshot_saves_nothing(data_dir: Path, monkeypatch, tmp_path) -> None:
    from PySide6.QtGui import QColor, QImage

    from mtk_admin_desktop.storage import files

    _store_with_a_page(data_dir)
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("#3366aa"))
    for x in range(0, 64, 4):
        image.setPixelColor(x, x % 48, QColor("#ffffff"))  # not blank: blank grabs are refused
    png = tmp_path / "shot.png"
    assert image.save(str(png))

    def no_space(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", no_space)
    code, _, err = run_cli("moderation", "add", "--page", "Biblioteket", "--action", "hidden", "--text", "x",
                           "--screenshot", str(png), "--lang", "nb", data_dir=data_dir)
    assert code == 3 and "Traceback" not in err and "full" in err, err
    monkeypatch.undo()
    assert not [p for p in (data_dir / "blobs").rglob("*") if p.is_file()]  # no partial file left
    code, out, _ = run_cli("moderation", "list", "--json", data_dir=data_dir)
    assert out.strip() == "[]"


# -- a clock set years wrong ------------------------------------------------------------------------------


def _hlcs(store: Store) -> list[str]:
    return [r[0] for r in store.db.execute("SELECT hlc FROM ops WHERE device = ? ORDER BY dev_seq",
                                           [store.device_id])]


def test_clock_years_ahead_then_put_right_refuses_and_loses_nothing(tmp_path: Path) -> None:
    wall = [NOW_MS + 5 * YEAR_MS]
    store = Store.open(tmp_path / "s.sqlite", wall=lambda: wall[0])
    row = store.create("shared_settings", {"key": "a", "value": 1})
    wall[0] = NOW_MS  # IT puts the clock right
    for value in range(2, 12):
        store.update("shared_settings", row, {"value": value})
    store.close()
    # and then wrong the other way
    store = Store.open(tmp_path / "s.sqlite", wall=lambda: NOW_MS - 3 * YEAR_MS)
    store.update("shared_settings", row, {"value": 12})
    hlcs = _hlcs(store)
    assert hlcs == sorted(hlcs) and len(set(hlcs)) == len(hlcs)
    assert store.get("shared_settings", row)["value"] == 12


def test_clock_counter_overflow_keeps_ordering_and_the_newest_value(tmp_path: Path) -> None:
    """After a clock set ahead, the counter carries every op; past 0xffff it must still sort after."""
    wall = [NOW_MS + YEAR_MS]
    store = Store.open(tmp_path / "s.sqlite", wall=lambda: wall[0])
    row = store.create("shared_settings", {"key": "a", "value": "first"})
    wall[0] = NOW_MS
    while store.clock.last.counter < 0xFFFE:  # as many ops as a year of work would stamp
        store.clock.now()
    store.update("shared_settings", row, {"value": "second"})
    store.update("shared_settings", row, {"value": "third"})
    store.update("shared_settings", row, {"value": "fourth"})
    hlcs = _hlcs(store)
    assert hlcs == sorted(hlcs)
    assert all(Timestamp.decode(h).encode() == h for h in hlcs)
    assert store.get("shared_settings", row)["value"] == "fourth"
    store.close()
    again = Store.open(tmp_path / "s.sqlite", wall=lambda: NOW_MS)
    again.update("shared_settings", row, {"value": "fifth"})
    assert _hlcs(again) == sorted(_hlcs(again))
    assert again.get("shared_settings", row)["value"] == "fifth"


def test_r13_moderation_entry_saved_and_verified_with_a_clock_years_wrong(context) -> None:
    from mtk_admin_desktop.domain.moderation import EntryDraft

    page_id = context.register.save_page({"name": "Biblioteket", "url": "https://facebook.com/mtkbibliotek"})
    context.store.clock._wall = lambda: NOW_MS + 7 * YEAR_MS
    first = context.moderation.add_entry(EntryDraft(page_id=page_id, action="deleted", ground="personangrep",
                                                    comment_text="Du er en idiot", moderator="Test Testesen"))
    context.store.clock._wall = lambda: NOW_MS - 7 * YEAR_MS
    second = context.moderation.add_entry(EntryDraft(page_id=page_id, action="hidden",
                                                     comment_text="Spam", moderator="Test Testesen"))
    assert first.entry_id and second.entry_id
    assert {e.id for e in context.moderation.entries()} == {first.entry_id, second.entry_id}
    assert context.moderation.verify().ok


def test_a_data_dir_that_is_a_file_is_refused_in_bokmal_and_left_alone(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "rapport.docx"
    not_a_folder.write_bytes(b"PK\x03\x04 a Word file")
    for data_dir in (not_a_folder, not_a_folder / "mtk"):
        code, _, err = run_cli("pages", "list", "--lang", "nb", data_dir=data_dir)
        assert code == 3 and "Traceback" not in err
        assert "er ikke en mappe" in err and "Ingenting er endret" in err, err
    assert not_a_folder.read_bytes() == b"PK\x03\x04 a Word file"


def test_a_store_from_a_newer_version_is_refused_by_every_command_and_left_alone(data_dir: Path) -> None:
    _store_with_a_page(data_dir)
    db_file = _checkpointed(data_dir)
    conn = sqlite3.connect(db_file)
    conn.execute("UPDATE schema_version SET version = 99 WHERE area = 'core'")
    conn.commit()
    conn.close()
    before = _digest(db_file)
    for command in (("pages", "list", "--json"), ("moderation", "verify"), ("sync", "--json")):
        code, out, err = run_cli(*command, "--lang", "nb", data_dir=data_dir)
        assert code == 3 and "Traceback" not in err, (command, err)
        assert "nyere versjon" in err and "Ingenting er endret" in err
    assert _digest(db_file) == before
