"""Command line of the moderation log: add (with screenshots), list, verify naming tampered entries."""

from __future__ import annotations

import json

import pytest
from helpers import run_cli

from mtk_admin_desktop.domain.ids import stable_id


@pytest.fixture(autouse=True)
def _gui_application(qapp):
    """The commands make a QCoreApplication if none exists; make it the QApplication other tests need."""
    return qapp


def _page(data_dir) -> str:
    from mtk_admin_desktop.credentials import MemoryCredentials
    from mtk_admin_desktop.services.context import AppContext

    context = AppContext.open(data_dir, credentials=MemoryCredentials())
    url = "https://facebook.com/midttelemark"
    page_id = stable_id("page", url)
    context.store.create(
        "pages",
        {
            "name": "Midt-Telemark kommune",
            "platform": "facebook",
            "url": url,
            "url_normalised": url,
            "is_main": 1,
            "status": "active",
        },
        row_id=page_id,
    )
    context.close()
    return page_id


def _png_file(tmp_path, name="shot.png"):
    from PySide6.QtGui import QColor, QImage, QPainter

    image = QImage(60, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.fillRect(0, 0, 30, 30, QColor("#204080"))
    painter.end()
    path = tmp_path / name
    assert image.save(str(path), "PNG")
    return path


def test_r13_cli_add_list_verify(data_dir, tmp_path):
    page_id = _page(data_dir)
    shot = _png_file(tmp_path)
    code, out, err = run_cli(
        "moderation",
        "add",
        "--page",
        page_id,
        "--action",
        "deleted",
        "--ground",
        "personangrep",
        "--text",
        "Du er en idiot",
        "--moderator",
        "Kari Nordbø",
        "--approved-by",
        "Hanne Hoved",
        "--screenshot",
        str(shot),
        "--json",
        "--lang",
        "en",
        data_dir=data_dir,
    )
    assert code == 0, err
    entry = json.loads(out)
    assert entry["ground"] == "personangrep" and len(entry["screenshots"]) == 1
    assert [f["rule"] for f in entry["findings"]] == ["R13"]
    code, out, _ = run_cli("moderation", "list", "--json", data_dir=data_dir)
    listed = json.loads(out)
    assert [e["id"] for e in listed] == [entry["id"]]
    assert listed[0]["archive_status"] == "pending"
    code, out, _ = run_cli("moderation", "list", "--lang", "nb", data_dir=data_dir)
    assert code == 0 and "Skal arkiveres" in out and "Personangrep" in out
    code, out, err = run_cli("moderation", "verify", "--lang", "en", data_dir=data_dir)
    assert code == 0 and "1 entries checked" in out, err


def test_r13_cli_refuses_deletion_without_ground(data_dir, tmp_path):
    page_id = _page(data_dir)
    code, out, err = run_cli(
        "moderation",
        "add",
        "--page",
        page_id,
        "--action",
        "deleted",
        "--text",
        "x",
        "--moderator",
        "Kari",
        "--screenshot",
        str(_png_file(tmp_path)),
        "--lang",
        "nb",
        data_dir=data_dir,
    )
    assert code == 1
    assert "R13" in err and "personangrep" in err.lower()
    code, out, _ = run_cli("moderation", "list", "--json", data_dir=data_dir)
    assert json.loads(out) == []
    # Nothing was stored for the refused entry, not even its screenshot.
    assert not list((data_dir / "blobs").rglob("*")) or not any(
        p.is_file() for p in (data_dir / "blobs").rglob("*")
    )


def test_r13_cli_refuses_blank_and_non_image_files(data_dir, tmp_path):
    from PySide6.QtGui import QColor, QImage

    page_id = _page(data_dir)
    blank = QImage(50, 50, QImage.Format.Format_RGB32)
    blank.fill(QColor("black"))
    blank.save(str(tmp_path / "blank.png"), "PNG")
    (tmp_path / "notes.txt").write_text("not an image")
    for name in ("blank.png", "notes.txt", "missing.png"):
        code, _, err = run_cli(
            "moderation",
            "add",
            "--page",
            page_id,
            "--action",
            "hidden",
            "--text",
            "x",
            "--screenshot",
            str(tmp_path / name),
            "--lang",
            "en",
            data_dir=data_dir,
        )
        assert code == 3 and err.strip(), name
    code, out, _ = run_cli("moderation", "list", "--json", data_dir=data_dir)
    assert json.loads(out) == []


def test_r13_cli_verify_names_the_tampered_entry(data_dir, tmp_path):
    page_id = _page(data_dir)
    ids = []
    for n in range(3):
        code, out, err = run_cli(
            "moderation",
            "add",
            "--page",
            "Midt-Telemark kommune",
            "--action",
            "hidden",
            "--text",
            f"kommentar {n}",
            "--moderator",
            "Kari",
            "--json",
            data_dir=data_dir,
        )
        assert code == 0, err
        ids.append(json.loads(out)["id"])
    import sqlite3

    from mtk_admin_desktop.paths import Paths

    db = sqlite3.connect(Paths(data_dir).db_file)
    db.execute("UPDATE moderation_entries SET comment_text = 'endret' WHERE id = ?", [ids[1]])
    db.commit()
    db.close()
    code, out, err = run_cli("moderation", "verify", "--lang", "en", data_dir=data_dir)
    assert code == 1
    assert ids[1] in err and ids[0] not in err and ids[2] not in err
    assert "does not match its hash" in err
    code, out, _ = run_cli("moderation", "verify", "--json", data_dir=data_dir)
    assert json.loads(out)["failed"] == [ids[1]]
    assert page_id
