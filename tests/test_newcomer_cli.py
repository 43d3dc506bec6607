"""Issue 17: the command line as a newcomer meets it (README's first steps).

A read-only command on a new folder used to create an empty store there, and the ``demo`` the README
suggests next then refused that folder ("already exists"); ``pages yearly`` refused a wrong file name
in English under bokmål; and nothing said how to reach ``mtk-admin`` after ``dev.py run``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from helpers import run_cli

ROOT = Path(__file__).resolve().parent.parent


def test_pages_list_on_a_new_folder_says_there_is_no_store_and_creates_none(tmp_path: Path) -> None:
    folder = tmp_path / "ny"
    code, out, err = run_cli("pages", "list", "--lang", "nb", data_dir=folder)
    assert code == 3, (out, err)
    assert "ingen database ennå" in err and str(folder) in err and "mtk-admin demo" in err, err
    assert not (folder / "mtk-admin.sqlite").exists()
    # The demo the message suggests then works on that folder.
    code, out, err = run_cli("demo", "--lang", "nb", data_dir=folder)
    assert code == 0 and "Demodatabasen er skrevet til" in out, out + err


def test_pages_list_json_on_a_new_folder_answers_in_json(tmp_path: Path) -> None:
    import json

    code, out, _ = run_cli("pages", "list", "--json", "--lang", "nb", data_dir=tmp_path / "ny")
    assert code == 3
    answer = json.loads(out)
    assert answer["ok"] is False and "ingen database" in answer["error"]


def test_demo_fills_a_store_that_is_still_empty(tmp_path: Path) -> None:
    """``pages check`` (or a first start) on a new folder leaves an empty store; ``demo`` fills it."""
    folder = tmp_path / "tom"
    code, _, _ = run_cli("pages", "check", data_dir=folder)
    assert (folder / "mtk-admin.sqlite").exists()
    code, out, err = run_cli("demo", data_dir=folder)
    assert code == 0, err
    assert "Demodatabasen er skrevet til" in out
    code, out, _ = run_cli("pages", "list", "--json", data_dir=folder)
    assert code == 0 and len(__import__("json").loads(out)) >= 5


def test_demo_never_mixes_into_a_store_that_holds_records(tmp_path: Path) -> None:
    import json

    folder = tmp_path / "ekte"
    code, _, err = run_cli("pages", "add", "--name", "Midt-Telemark kommune", "--url",
                           "https://www.facebook.com/midttelemark", "--main", data_dir=folder)
    assert code == 0, err
    code, out, _ = run_cli("demo", data_dir=folder)
    assert code == 0 and "finnes allerede en database" in out
    code, out, _ = run_cli("pages", "list", "--json", data_dir=folder)
    assert [p["name"] for p in json.loads(out)] == ["Midt-Telemark kommune"]


def test_pages_yearly_refuses_a_txt_file_in_bokmal(tmp_path: Path) -> None:
    code, out, err = run_cli("pages", "yearly", "2026", "--out", str(tmp_path / "x.txt"), "--lang", "nb",
                             data_dir=tmp_path / "store")
    assert code == 2
    assert err.strip() == "Filen må slutte på .csv eller .pdf.", err
    code, out, err = run_cli("pages", "yearly", "1066", "--out", str(tmp_path / "x.csv"), "--lang", "nb",
                             data_dir=tmp_path / "store")
    assert err.strip() == "Oppgi et år mellom 1990 og neste år.", err


def test_dev_py_reaches_the_command_line_from_another_folder(tmp_path: Path) -> None:
    """``python3 dev.py mtk-admin ARGS``, the README's way, with a path relative to where the user is."""
    done = subprocess.run([sys.executable, str(ROOT / "dev.py"), "mtk-admin", "pages", "add", "--name",
                           "Biblioteket", "--url", "https://www.facebook.com/biblioteket", "--data-dir",
                           "mitt-lager", "--lang", "nb"], cwd=tmp_path, capture_output=True, text=True,
                          timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    assert (tmp_path / "mitt-lager" / "mtk-admin.sqlite").exists()
    assert "Biblioteket" in done.stdout


def test_the_command_lines_offscreen_qt_never_reaches_the_window(tmp_path: Path) -> None:
    """Without a display setting, a command's Qt application is offscreen for itself only: nothing is put
    into the environment (programs it starts, a window opened later), and the window refuses to open on
    it rather than showing where no one can see it (the first ``dev.py run`` once did)."""
    import os

    code = (
        "import os, sys\n"
        "from mtk_admin_desktop.cli import main\n"
        "assert main(['pages', 'add', '--name', 'X', '--url', 'https://www.facebook.com/x', '--data-dir',"
        " sys.argv[1]]) == 0\n"
        "assert 'QT_QPA_PLATFORM' not in os.environ, os.environ['QT_QPA_PLATFORM']\n"
        "from PySide6.QtWidgets import QApplication\n"
        "assert QApplication.instance().platformName() == 'offscreen'\n"
        "from mtk_admin_desktop.app import application\n"
        "try:\n"
        "    application()\n"
        "except RuntimeError as exc:\n"
        "    print('refused:', exc)\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    done = subprocess.run([sys.executable, "-c", code, str(tmp_path / "store")], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "refused: the window would be created on the offscreen platform" in done.stdout


def test_sync_status_right_after_sync_init_names_the_folder(tmp_path: Path, monkeypatch) -> None:
    """``sync init delt`` typed in a terminal (a relative folder), then ``sync status`` from another
    folder (or the window): the share is the one chosen, not "ingen delt mappe valgt" or a folder name
    that now points nowhere."""
    work, elsewhere, store = tmp_path / "arbeid", tmp_path / "annet", tmp_path / "store"
    (work / "delt").mkdir(parents=True)
    elsewhere.mkdir()
    monkeypatch.chdir(work)
    code, out, err = run_cli("sync", "init", "delt", "--lang", "nb", data_dir=store)
    assert code == 0, err
    monkeypatch.chdir(elsewhere)
    code, out, err = run_cli("sync", "status", "--lang", "nb", data_dir=store)
    assert code == 0, err
    assert "ingen delt mappe" not in out, out
    assert f"Delt mappe: {work / 'delt'}" in out, out
    code, out, _ = run_cli("sync", "status", "--json", data_dir=store)
    status = json.loads(out)
    assert Path(status["folder"]).is_absolute() and Path(status["folder"]) == work / "delt", status
    assert status["share_id"], status


def test_sync_init_on_a_folder_not_made_yet_says_what_to_do(tmp_path: Path) -> None:
    """``sync init DIR`` before DIR exists: nothing is created (it may be an unconnected network drive),
    and the message says to create the folder and run init again, so a later ``sync status`` saying
    "ingen delt mappe valgt" is no surprise."""
    folder, store = tmp_path / "delt", tmp_path / "store"
    code, out, err = run_cli("sync", "init", str(folder), "--lang", "nb", data_dir=store)
    assert code == 3 and not folder.exists(), (out, err)
    assert f"Mappen {folder} finnes ikke" in err and "sync init" in err, err
    folder.mkdir()
    assert run_cli("sync", "init", str(folder), data_dir=store)[0] == 0
    code, out, _ = run_cli("sync", "status", "--lang", "nb", data_dir=store)
    assert "ingen delt mappe" not in out and f"Delt mappe: {folder}" in out, out
