"""``mtk-admin pages list|check|add|yearly``: output, JSON and exit codes, refusals in the user's language."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from helpers import run_cli

from mtk_admin_desktop.commands.common import EXIT_FINDINGS, EXIT_OK

pytestmark = pytest.mark.today  # depends on today's date: runs at a frozen instant (conftest)


@pytest.fixture(autouse=True)
def _gui_application(qapp, language):
    """The commands make a bare QCoreApplication if none exists and install the user's language; later
    widget and PDF tests in the same process need a QApplication speaking English, so make sure that
    is the one that exists, and (through ``language``) go back to English afterwards."""
    return qapp


def test_pages_add_and_list_json(data_dir: Path) -> None:
    code, out, err = run_cli(
        "pages",
        "add",
        "--name",
        "Midt-Telemark kommune",
        "--url",
        "facebook.com/midttelemark",
        "--unit",
        "Kommunikasjon og service",
        "--main",
        "--json",
        data_dir=data_dir,
    )
    assert code == EXIT_OK, err
    added = json.loads(out)
    assert added["refused"] is False
    assert added["page"]["url"] == "https://www.facebook.com/midttelemark"
    assert added["page"]["status"] == "awaiting_clearance" and added["page"]["is_main"] is True
    assert "R7.1" in [f["rule"] for f in added["findings"]]
    code, out, _ = run_cli("pages", "list", "--json", data_dir=data_dir)
    assert code == EXIT_OK
    listed = json.loads(out)
    assert [p["name"] for p in listed] == ["Midt-Telemark kommune"]
    assert listed[0]["unit"] == "Kommunikasjon og service"


def test_r19_pages_add_tiktok_refused_in_bokmal(data_dir: Path) -> None:
    code, out, err = run_cli(
        "pages",
        "add",
        "--name",
        "Ungdom",
        "--url",
        "https://vm.tiktok.com/ZMabc/",
        "--lang",
        "nb",
        data_dir=data_dir,
    )
    assert code == EXIT_FINDINGS
    assert "R19" in err and "TikTok" in err
    assert "forbudt" in err  # the guideline's own words, in bokmål
    code, out, _ = run_cli("pages", "list", "--json", data_dir=data_dir)
    assert json.loads(out) == []


def test_r19_pages_add_telegram_by_platform_refused_json(data_dir: Path) -> None:
    code, out, _ = run_cli(
        "pages",
        "add",
        "--name",
        "Varsling",
        "--url",
        "www.midt-telemark.kommune.no",
        "--platform",
        "telegram",
        "--json",
        "--lang",
        "en",
        data_dir=data_dir,
    )
    assert code == EXIT_FINDINGS
    result = json.loads(out)
    assert result["refused"] is True and result["findings"][0]["rule"] == "R19"
    assert "Telegram" in result["findings"][0]["message"]


def test_r6_pages_add_second_main_refused(data_dir: Path) -> None:
    assert (
        run_cli("pages", "add", "--name", "A", "--url", "facebook.com/a", "--main", data_dir=data_dir)[0] == 0
    )
    code, _, err = run_cli(
        "pages", "add", "--name", "B", "--url", "facebook.com/b", "--main", "--lang", "en", data_dir=data_dir
    )
    assert code == EXIT_FINDINGS and "R6" in err and "A is already the main page" in err


def test_pages_add_invalid_address_refused(data_dir: Path) -> None:
    code, _, err = run_cli(
        "pages", "add", "--name", "A", "--url", "ftp://x.no", "--lang", "en", data_dir=data_dir
    )
    assert code == EXIT_FINDINGS and "Only web addresses" in err


def test_pages_check_exits_1_on_errors_and_0_when_in_order(data_dir: Path) -> None:
    run_cli(
        "pages",
        "add",
        "--name",
        "Midt-Telemark kommune",
        "--url",
        "facebook.com/midttelemark",
        "--main",
        data_dir=data_dir,
    )
    code, out, _ = run_cli("pages", "check", "--json", data_dir=data_dir)
    assert code == EXIT_FINDINGS
    result = json.loads(out)
    assert result["errors"] is True
    rules = {f["rule"] for f in result["pages"][0]["findings"]}
    assert {"R7.1", "R7.3", "R7.4"} <= rules
    assert all(f["guideline"] for f in result["pages"][0]["findings"])

    from mtk_admin_desktop.credentials import MemoryCredentials
    from mtk_admin_desktop.services.context import AppContext

    context = AppContext.open(data_dir, credentials=MemoryCredentials())
    page_id = context.register.pages()[0].id
    today = dt.date.today()
    context.register.save_page(
        {
            "purpose": "Nyheter",
            "target_group": "Innbyggere",
            "activity_what": "Nyheter",
            "activity_frequency": 8,
            "activity_period": "week",
            "activity_by": "Kommunikasjon",
            "visual_profile_confirmed": 1,
            "cleared_by": "Tone Haugen",
            "cleared_on": today.isoformat(),
        },
        page_id,
    )
    context.register.add_role(page_id, "Kari Nordbø", "hovedadministrator", acknowledged_on=today)
    context.register.record_notice_sent(page_id, "Kari Nordbø")
    context.register.add_review(page_id, "Kari Nordbø")
    context.register.set_status(page_id, "active")
    context.close()
    code, out, _ = run_cli("pages", "check", "--lang", "en", data_dir=data_dir)
    assert code == EXIT_OK, out
    assert "no findings" in out


def test_pages_check_empty_register_reports_r6(data_dir: Path) -> None:
    code, out, _ = run_cli("pages", "check", "--json", "--lang", "en", data_dir=data_dir)
    assert code == EXIT_FINDINGS
    assert json.loads(out)["register"][0]["rule"] == "R6"


def test_r1_pages_yearly_csv(data_dir: Path, tmp_path: Path) -> None:
    out_file = tmp_path / "kontoer.csv"
    code, out, _ = run_cli(
        "pages", "yearly", str(dt.date.today().year + 1), "--out", str(out_file), data_dir=data_dir
    )
    assert code == EXIT_OK and out_file.exists()
    code, _, err = run_cli("pages", "yearly", "2026", "--out", str(tmp_path / "x.txt"), data_dir=data_dir)
    assert code != EXIT_OK and err
