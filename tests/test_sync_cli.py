"""The command line: ``sync init DIR``, ``sync [--shared DIR] [--json]``, ``sync status [--json]``."""

from __future__ import annotations

import json
from pathlib import Path

from mtk_admin_desktop.domain.sync_segment import ROOT_DIR, ROOT_MARKER
from mtk_admin_desktop.paths import DB_NAME
from mtk_admin_desktop.storage.store import Store
from tests.helpers import run_cli


def test_init_sync_and_status_between_two_laptops(tmp_path: Path) -> None:
    folder, kari, ola = tmp_path / "share", tmp_path / "kari", tmp_path / "ola"
    folder.mkdir()
    code, out, err = run_cli("sync", "init", str(folder), "--json", data_dir=kari)
    assert code == 0, err
    share_id = json.loads(out)["share_id"]
    assert json.loads((folder / ROOT_DIR / ROOT_MARKER).read_text())["share_id"] == share_id
    code, _, err = run_cli("sync", "init", str(folder), "--lang", "en", data_dir=ola)
    assert code == 3 and "already a shared folder" in err

    store = Store.open(kari / DB_NAME, author="Kari")
    row = store.create("shared_settings", {"key": "org.nettredaktor", "value": "Kari Nordmann"})
    store.close()
    code, out, err = run_cli("sync", "--json", data_dir=kari)
    assert code == 0, err
    assert json.loads(out)["pushed_ops"] == 2
    code, out, err = run_cli("sync", "--shared", str(folder), "--lang", "en", data_dir=ola)
    assert code == 0, err
    assert "received 2 changes" in out
    store = Store.open(ola / DB_NAME)
    assert store.get("shared_settings", row)["value"] == "Kari Nordmann"
    store.close()

    code, out, _ = run_cli("sync", "status", "--json", data_dir=ola)
    status = json.loads(out)
    assert code == 0 and status["share_id"] == share_id and status["waiting"] == 0
    assert status["last_state"] == "ok"
    code, out, _ = run_cli("sync", "status", "--lang", "nb", data_dir=ola)
    assert "synkronisert" in out


def test_a_missing_or_uninitialised_folder_fails_clearly_and_changes_nothing(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    code, _, err = run_cli("sync", "--shared", str(empty), "--lang", "nb", data_dir=tmp_path / "a")
    assert code == 3
    assert "ikke en klargjort delt mappe" in err
    assert list(empty.iterdir()) == []
    code, _, err = run_cli(
        "sync", "--shared", str(tmp_path / "missing"), "--lang", "en", data_dir=tmp_path / "a"
    )
    assert code == 3 and "not available" in err
    code, out, _ = run_cli("sync", "status", "--json", data_dir=tmp_path / "a")
    assert json.loads(out)["folder"] == "" and json.loads(out)["last_state"] == "unavailable"
    code, _, err = run_cli("sync", "init", str(tmp_path / "missing"), data_dir=tmp_path / "a")
    assert code == 3 and not (tmp_path / "missing").exists()


def test_another_share_needs_an_explicit_join(tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    assert run_cli("sync", "init", str(first), data_dir=tmp_path / "a")[0] == 0
    assert run_cli("sync", "init", str(second), data_dir=tmp_path / "b")[0] == 0
    code, _, err = run_cli("sync", "--shared", str(second), "--lang", "en", data_dir=tmp_path / "a")
    assert code == 3 and "another shared folder" in err
    code, out, err = run_cli("sync", "--shared", str(second), "--join", "--json", data_dir=tmp_path / "a")
    assert code == 0, err
    assert json.loads(out)["state"] == "ok"
