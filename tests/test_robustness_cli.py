"""The command line driven as a careless user and a hostile world would: odd input, lost files and shares."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest
from helpers import run_cli

from mtk_admin_desktop.paths import DB_NAME

# Control characters, bidi overrides, RTL scripts, emoji with modifiers, XML's own syntax, a lone CR.
_PIECES = ["Hei \u202eRTL\u202c ", "שלום עולם ", "مرحبا ", "😀👍🏽🇳🇴 ", "\x00\x01\x07\x1b[31m\x7f",
           "]]> <x>&amp; ", "\ufffe\uffff", "\r\n\t", "\r", "æøå ÆØÅ ", "\u200b\u2028\u2029"]


def _hostile_comment(size: int = 100_000) -> str:
    out, i = [], 0
    while sum(len(p.encode()) for p in out) < size:
        out.append(_PIECES[i % len(_PIECES)])
        i += 7
    return "".join(out)


def _json(out: str):  # noqa: ANN202
    return json.loads(out)


def _count(data_dir: Path, table: str) -> int:
    conn = sqlite3.connect(data_dir / DB_NAME)
    try:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def store_dir(data_dir: Path) -> Path:
    """A store with one main page and one unit page."""
    for name, url, extra in (("Midt-Telemark kommune", "https://www.facebook.com/midttelemark", ["--main"]),
                             ("Biblioteket", "https://www.facebook.com/mtkbibliotek", [])):
        code, _, err = run_cli("pages", "add", "--name", name, "--url", url, *extra, data_dir=data_dir)
        assert code == 0, err
    return data_dir


# -- pages add with odd addresses (R1, R19) ---------------------------------------------------------------


@pytest.mark.parametrize("url", [
    "HTTPS://WWW.FACEBOOK.COM/MidtTelemark/",
    "https://m.facebook.com/midttelemark?ref=bookmarks",
    "http://fb.com/midttelemark",
    "https://www.facebook.com/midttelemark/?utm_source=nyhetsbrev&fbclid=IwAR0abc",
    "facebook.com//midttelemark//",
    "https://mbasic.facebook.com/midttelemark#posts",
])
def test_r1_every_spelling_of_a_registered_address_is_the_same_page(store_dir: Path, url: str) -> None:
    code, out, err = run_cli("pages", "add", "--name", "Dublett", "--url", url, "--json", "--lang", "nb",
                             data_dir=store_dir)
    assert code == 1, (out, err)
    assert _json(out)["refused"] is True
    assert "allerede registrert" in err and "Midt-Telemark kommune" in err
    code, out, _ = run_cli("pages", "list", "--json", data_dir=store_dir)
    assert len(_json(out)) == 2


def test_r1_an_idn_address_in_letters_and_in_punycode_is_one_page(store_dir: Path) -> None:
    code, out, err = run_cli("pages", "add", "--name", "Bø skule", "--url", "https://BØ-skule.no/", "--json",
                             data_dir=store_dir)
    assert code == 0, err
    assert _json(out)["page"]["url_normalised"] == "bø-skule.no"
    code, out, err = run_cli("pages", "add", "--name", "Bø skule igjen", "--url", "https://xn--b-skule-q1a.no",
                             "--lang", "nb", data_dir=store_dir)
    assert code == 1 and "allerede registrert" in err, (out, err)
    code, out, err = run_cli("pages", "add", "--name", "Sámediggi", "--url", "https://sámediggi.no",
                             "--json", data_dir=store_dir)
    assert code == 0, err  # letters beyond æøå are valid in a host name too


@pytest.mark.parametrize(("url", "rule"), [
    ("https://VM.TIKTOK.COM/ZMabc/", "R19"), ("t.me/midttelemark", "R19"), ("javascript:alert(1)", "R1"),
    ("ftp://example.com/x", "R1"), ("   ", "R1"), ("https://facebook.com/", "R1"),
    ("https://foo_bar.no", "R1"),
])
def test_r19_r1_bad_addresses_are_refused_with_the_rule_and_nothing_saved(store_dir: Path, url: str,
                                                                          rule: str) -> None:
    code, out, err = run_cli("pages", "add", "--name", "Feil", "--url", url, "--json", "--lang", "nb",
                             data_dir=store_dir)
    assert code == 1, (out, err)
    assert [f["rule"] for f in _json(out)["findings"]][0] == rule
    assert _count(store_dir, "pages") == 2


# -- --json output and exit codes --------------------------------------------------------------------------


@pytest.mark.parametrize(("args", "code"), [
    (("pages", "list", "--json"), 0),
    (("pages", "check", "--json"), 1),  # fresh pages lack purpose, plan etc.: errors, exit 1
    (("check-post", "--text", "Velkommen til biblioteket!", "--json"), 0),
    (("posts", "check", "--json"), 0),
    (("posts", "check", "--week", "2026-W99", "--json"), 2),
    (("moderation", "list", "--json"), 0),
    (("moderation", "verify", "--json"), 0),
    (("moderation", "add", "--page", "Finnes ikke", "--action", "hidden", "--text", "x", "--json"), 2),
    (("moderation", "add", "--page", "Biblioteket", "--action", "deleted", "--text", "x", "--json"), 1),
    (("archive", "export", "--out", "/nonexistent/usb", "--json"), 0),  # nothing to export: no error
    (("archive", "verify", "/nonexistent/pakke.zip", "--json"), 3),
    (("archive", "receipt", "/nonexistent/kvittering.xml", "--json"), 3),
    (("sync", "--json"), 3),  # no shared folder chosen yet
    (("sync", "status", "--json"), 0),
])
def test_every_json_output_is_one_valid_document_with_the_documented_exit_code(
        store_dir: Path, args: tuple[str, ...], code: int) -> None:
    got, out, err = run_cli(*args, "--lang", "nb", data_dir=store_dir)
    assert got == code, (out, err)
    document = _json(out)  # exactly one JSON document, even on failure
    if code in (2, 3) and isinstance(document, dict) and "ok" in document:
        assert document["ok"] is False and document["error"] in err


# -- moderation add: a hostile 100 kB comment, missing screenshots, no keyring (R13, R14) -------------------


def test_r13_a_100kb_hostile_comment_survives_add_list_verify_and_archive_export(
        store_dir: Path, tmp_path: Path) -> None:
    comment = _hostile_comment()
    text_file = tmp_path / "kommentar.txt"
    text_file.write_bytes(comment.encode("utf-8"))
    code, out, err = run_cli("moderation", "add", "--page", "Biblioteket", "--action", "deleted", "--ground",
                             "personangrep", "--text-file", str(text_file), "--author", "\u202eniaK",
                             "--json", data_dir=store_dir)
    assert code == 0, err
    entry = _json(out)
    assert entry["comment_text"] == comment  # byte for byte, CR and NUL included
    code, out, _ = run_cli("moderation", "list", "--json", data_dir=store_dir)
    assert code == 0 and _json(out)[0]["comment_text"] == comment
    code, out, _ = run_cli("moderation", "list", data_dir=store_dir)
    assert code == 0 and "\x1b" not in out and "\x00" not in out  # no terminal control reaches the screen
    code, out, _ = run_cli("moderation", "verify", "--json", data_dir=store_dir)
    assert code == 0 and _json(out)["ok"] is True

    usb = tmp_path / "usb"
    usb.mkdir()
    code, out, err = run_cli("archive", "export", "--out", str(usb), "--zip", "--json", data_dir=store_dir)
    assert code == 0, err
    package = Path(_json(out)["path"])
    code, out, err = run_cli("archive", "verify", str(package), data_dir=store_dir)
    assert code == 0, (out, err)
    with zipfile.ZipFile(package) as zf:
        names = zf.namelist()
        xml_name = next(n for n in names if n.endswith("arkivmelding.xml"))
        ET.fromstring(zf.read(xml_name))  # well-formed XML 1.0 in spite of NUL, U+FFFE and "]]>"
        record = json.loads(zf.read(next(n for n in names if n.endswith("data.json"))))
        assert json.dumps(record, ensure_ascii=False).count("שלום") >= 1
        assert zf.read(next(n for n in names if n.endswith("dokument.pdf"))).startswith(b"%PDF")


@pytest.mark.parametrize("kind", ["missing", "folder", "empty", "not_an_image", "truncated_png"])
def test_r13_a_bad_screenshot_file_refuses_the_entry_and_stores_nothing(
        store_dir: Path, tmp_path: Path, kind: str) -> None:
    target = tmp_path / "skjermbilde.png"
    if kind == "folder":
        target.mkdir()
    elif kind == "empty":
        target.write_bytes(b"")
    elif kind == "not_an_image":
        target.write_text("Dette er ikke et bilde")
    elif kind == "truncated_png":
        target.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x04\x00")
    code, out, err = run_cli("moderation", "add", "--page", "Biblioteket", "--action", "deleted", "--ground",
                             "personangrep", "--text", "Stygg kommentar", "--screenshot", str(target),
                             "--json", "--lang", "nb", data_dir=store_dir)
    assert code == 3, (out, err)
    refusals = ("kunne ikke leses", "ikke et bilde", "skadet eller avkortet")
    assert "skjermbilde.png" in err and any(words in err for words in refusals), err
    assert _json(out)["ok"] is False
    assert _count(store_dir, "moderation_entries") == 0
    assert not [p for p in (store_dir / "blobs").rglob("*") if p.is_file()]


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root may read any file")
def test_r13_an_unreadable_screenshot_refuses_the_entry(store_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "hemmelig.png"
    target.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    target.chmod(0)
    code, out, err = run_cli("moderation", "add", "--page", "Biblioteket", "--action", "hidden",
                             "--text", "x", "--screenshot", str(target), "--lang", "nb", data_dir=store_dir)
    assert code == 3 and "hemmelig.png" in err and "Traceback" not in err, (out, err)
    assert _count(store_dir, "moderation_entries") == 0


def test_r13_without_a_keyring_entries_are_saved_unsigned_and_say_so(store_dir: Path, monkeypatch) -> None:
    from mtk_admin_desktop.commands import common
    from mtk_admin_desktop.credentials import KeyringCredentials

    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    monkeypatch.setattr(common, "credentials_override", KeyringCredentials())
    code, out, err = run_cli("moderation", "add", "--page", "Biblioteket", "--action", "hidden", "--text",
                             "Reklame for kryptovaluta", "--lang", "nb", data_dir=store_dir)
    assert code == 0, err
    assert "usignert" in out.lower() and "nøkkelring" in out.lower(), out
    code, out, _ = run_cli("moderation", "add", "--page", "Biblioteket", "--action", "hidden", "--text",
                           "Mer reklame", "--json", data_dir=store_dir)
    assert code == 0 and _json(out)["signed"] is False
    code, out, _ = run_cli("moderation", "list", "--json", data_dir=store_dir)
    assert len(_json(out)) == 2
    code, out, _ = run_cli("moderation", "verify", "--json", data_dir=store_dir)
    report = _json(out)
    assert code == 0 and report["ok"] is True
    assert sorted(p["kind"] for p in report["problems"]) == ["unsigned", "unsigned"]


# -- CSV import: nothing half-imported (R2 and friends are checked on the rows that do go in) ----------------


def _plan_csv() -> str:
    """Two posts in the export's columns (the columns ``posts export --csv`` writes)."""
    rows = ["id,page_id,page_name,planned_at,title,text,kind,status,responsible",
            ",,Midt-Telemark kommune,2026-12-01T09:00+01:00,Juleverksted,Velkommen til juleverksted!,"
            "arrangement,utkast,Kari",
            ",,Biblioteket,2026-12-02T10:00+01:00,Lesestund,Lesestund for de minste på biblioteket.,"
            "arrangement,utkast,Ola"]
    return "\n".join(rows) + "\n"


@pytest.mark.parametrize("damage", ["latin1", "broken_byte", "utf16", "wrong_columns", "bad_row", "empty"])
def test_a_damaged_csv_import_imports_nothing_and_says_why(store_dir: Path, tmp_path, damage: str) -> None:
    good = _plan_csv()
    csv_file = tmp_path / "import.csv"
    text = good.replace("Lesestund for", "Lesestund for æøå")
    if damage == "latin1":
        csv_file.write_bytes(text.encode("latin-1"))
    elif damage == "broken_byte":
        raw = text.encode("utf-8")
        csv_file.write_bytes(raw[: len(raw) - 20] + b"\xc3\x28" + raw[len(raw) - 20:])
    elif damage == "utf16":
        csv_file.write_text(text, encoding="utf-16")
    elif damage == "wrong_columns":
        csv_file.write_text("navn,dato,tekst\nJuleverksted,2026-12-01,Velkommen\n", encoding="utf-8")
    elif damage == "bad_row":
        csv_file.write_text(text.replace("2026-12-02T10:00", "2026-13-02T10:00"), encoding="utf-8")
    else:
        csv_file.write_bytes(b"")
    code, out, err = run_cli("posts", "import", "--csv", str(csv_file), "--lang", "nb", data_dir=store_dir)
    assert code != 0, (out, err)
    assert "Traceback" not in err
    assert "Ingenting ble importert" in out + err or "linje" in out + err, (out, err)
    assert _count(store_dir, "posts") == 0
    # The good file goes in whole.
    csv_file.write_text(text, encoding="utf-8")
    code, out, err = run_cli("posts", "import", "--csv", str(csv_file), data_dir=store_dir)
    assert code == 0, (out, err)
    assert _count(store_dir, "posts") == 2


# -- archive export to a folder that is not there (R14) -----------------------------------------------------


def test_r14_export_to_a_missing_folder_says_so_and_marks_nothing_exported(store_dir: Path, tmp_path) -> None:
    code, _, err = run_cli("moderation", "add", "--page", "Biblioteket", "--action", "deleted", "--ground",
                           "personangrep", "--text", "Stygg kommentar", data_dir=store_dir)
    assert code == 0, err
    missing = tmp_path / "usb" / "arkiv"
    code, out, err = run_cli("archive", "export", "--out", str(missing), "--lang", "nb", data_dir=store_dir)
    assert code == 3 and "finnes ikke" in err and str(missing) in err
    assert not missing.exists() and not missing.parent.exists()  # no folder made on the laptop's own disk
    code, out, _ = run_cli("moderation", "list", "--json", data_dir=store_dir)
    assert [e.get("archive_status") for e in _json(out)] in (["to_archive"], [None], ["pending"]) or \
        "exported" not in json.dumps(_json(out))


# -- a shared folder that disappears during sync ----------------------------------------------------------


def test_a_shared_folder_that_disappears_during_sync_loses_nothing(tmp_path: Path, monkeypatch) -> None:
    from mtk_admin_desktop.services import sync_share

    share, kari, ola = tmp_path / "share", tmp_path / "kari", tmp_path / "ola"
    share.mkdir()
    assert run_cli("sync", "init", str(share), data_dir=kari)[0] == 0
    assert run_cli("pages", "add", "--name", "Biblioteket", "--url", "https://facebook.com/mtkbib",
                   data_dir=kari)[0] == 0
    away = tmp_path / "unplugged"
    real_write = sync_share.LocalShare.write_tmp

    def unplugged(self, path: str, data: bytes) -> None:  # noqa: ANN001
        if share.exists():
            shutil.move(str(share), str(away))  # the USB stick is pulled out mid-push
        real_write(self, path, data)

    monkeypatch.setattr(sync_share.LocalShare, "write_tmp", unplugged)
    code, out, err = run_cli("sync", "--lang", "nb", data_dir=kari)
    monkeypatch.undo()
    assert code in (0, 3) and "Traceback" not in err, (out, err)
    assert "8 endringer venter" in out  # told that nothing went, not "synced"
    assert not share.exists(), "sync recreated the vanished folder on the laptop's own disk"
    shutil.move(str(away), str(share))  # plugged in again
    code, out, err = run_cli("sync", data_dir=kari)
    assert code == 0, err
    code, out, err = run_cli("sync", "--shared", str(share), data_dir=ola)
    assert code == 0, err
    code, out, _ = run_cli("pages", "list", "--json", data_dir=ola)
    assert [p["name"] for p in _json(out)] == ["Biblioteket"]


def test_a_share_unplugged_mid_push_is_not_reported_as_synced(tmp_path: Path, monkeypatch) -> None:
    from mtk_admin_desktop.services import sync_share

    share, kari = tmp_path / "share", tmp_path / "kari"
    share.mkdir()
    assert run_cli("sync", "init", str(share), data_dir=kari)[0] == 0
    assert run_cli("pages", "add", "--name", "Biblioteket", "--url", "https://facebook.com/mtkbib",
                   data_dir=kari)[0] == 0
    real_write = sync_share.LocalShare.write_tmp

    def unplugged(self, path: str, data: bytes) -> None:  # noqa: ANN001
        if share.exists():
            shutil.move(str(share), str(tmp_path / "unplugged"))
        real_write(self, path, data)

    monkeypatch.setattr(sync_share.LocalShare, "write_tmp", unplugged)
    code, out, err = run_cli("sync", "--json", data_dir=kari)
    report = _json(out)
    assert report["waiting"] == 8
    assert report["state"] != "ok" and code == 3, (code, report["state"])


def test_r13_a_text_file_from_notepad_keeps_its_line_ends_but_not_its_bom(store_dir: Path, tmp_path) -> None:
    text_file = tmp_path / "kommentar.txt"
    text_file.write_bytes("\ufeffFørste linje\r\nAndre linje\rTredje".encode())
    code, out, err = run_cli("moderation", "add", "--page", "Biblioteket", "--action", "hidden",
                             "--text-file", str(text_file), "--json", data_dir=store_dir)
    assert code == 0, err
    assert _json(out)["comment_text"] == "Første linje\r\nAndre linje\rTredje"


class _BrokenKeyring:
    """A keyring backend that fails the way a dead D-Bus session does (not a KeyringError)."""

    priority = 1

    def get_password(self, service: str, name: str) -> str | None:
        raise RuntimeError("org.freedesktop.DBus.Error.ServiceUnknown")

    def set_password(self, service: str, name: str, secret: str) -> None:
        raise RuntimeError("org.freedesktop.DBus.Error.ServiceUnknown")


def test_r13_a_keyring_that_breaks_or_holds_a_damaged_key_still_saves_the_entry_unsigned(
        store_dir: Path, monkeypatch) -> None:
    from mtk_admin_desktop.commands import common
    from mtk_admin_desktop.credentials import KeyringCredentials, MemoryCredentials
    from mtk_admin_desktop.services.moderation_signing import key_name
    from mtk_admin_desktop.storage.store import Store

    broken = KeyringCredentials()
    monkeypatch.setattr(broken, "_backend", lambda: _BrokenKeyring())
    monkeypatch.setattr(common, "credentials_override", broken)
    code, out, err = run_cli("moderation", "add", "--page", "Biblioteket", "--action", "hidden", "--text",
                             "Spam", "--json", data_dir=store_dir)
    assert code == 0, err
    assert _json(out)["signed"] is False

    store = Store.open(store_dir / DB_NAME)
    device = store.device_id
    store.close()
    damaged = MemoryCredentials()
    damaged.set(key_name(device), "not a key!!")
    monkeypatch.setattr(common, "credentials_override", damaged)
    code, out, err = run_cli("moderation", "add", "--page", "Biblioteket", "--action", "hidden", "--text",
                             "Mer spam", "--json", data_dir=store_dir)
    assert code == 0, err
    assert _json(out)["signed"] is False and _json(out)["unsigned_reason"] == "key_damaged"
    assert damaged.get(key_name(device)) == "not a key!!"  # left for IT to look at, never overwritten
    code, out, err = run_cli("moderation", "add", "--page", "Biblioteket", "--action", "hidden", "--text",
                             "Enda mer spam", "--lang", "nb", data_dir=store_dir)
    assert code == 0 and "signeringsnøkkelen" in out and "skadet" in out, out  # not "no keyring"
    code, out, _ = run_cli("moderation", "verify", "--json", data_dir=store_dir)
    assert code == 0 and _json(out)["checked"] == 3


def test_r12_posts_with_pasted_control_characters_export_to_an_ics_outlook_accepts(store_dir: Path,
                                                                                   tmp_path: Path) -> None:
    import csv

    import icalendar

    source = tmp_path / "plan.csv"
    with open(source, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([
            ["id", "page_id", "page_name", "planned_at", "title", "text", "kind", "status", "responsible"],
            ["", "", "Biblioteket", "2026-12-01T09:00+01:00", "Jul\x0b på \u202ebiblioteket\u202c 🎄",
             "Fra Word:\x0c side 2\r\nlinje\x07 3\x1b[0m " + "x" * 70_000, "nyhet", "utkast", "Kari"]])
    code, out, err = run_cli("posts", "import", "--csv", str(source), data_dir=store_dir)
    assert code == 0, (out, err)
    ics = tmp_path / "plan.ics"
    code, out, err = run_cli("posts", "export", "--ics", str(ics), data_dir=store_dir)
    assert code == 0, err
    raw = ics.read_bytes()
    assert not {b for b in raw if b < 32 and b not in (9, 10, 13)}  # RFC 5545: no CONTROL in TEXT
    event = next(iter(icalendar.Calendar.from_ical(raw).walk("VEVENT")))
    assert str(event["SUMMARY"]) == "Biblioteket: Jul på \u202ebiblioteket\u202c 🎄"
    assert str(event["DESCRIPTION"]).startswith("Fra Word: side 2\nlinje 3[0m ")
    code, out, _ = run_cli("posts", "export", "--csv", str(tmp_path / "igjen.csv"), data_dir=store_dir)
    # The store keeps the text as typed; only the calendar copy is cleaned.
    assert "\x0b" in (tmp_path / "igjen.csv").read_text(encoding="utf-8-sig")


@pytest.mark.parametrize("fmt", ["--ics", "--csv"])
def test_r12_an_export_onto_a_full_disk_keeps_the_previous_export_whole(store_dir: Path, tmp_path: Path,
                                                                        monkeypatch, fmt: str) -> None:
    import errno

    from mtk_admin_desktop.storage import files

    source = tmp_path / "plan.csv"
    source.write_text(_plan_csv(), encoding="utf-8")
    assert run_cli("posts", "import", "--csv", str(source), data_dir=store_dir)[0] == 0
    target = tmp_path / ("plan.ics" if fmt == "--ics" else "eksport.csv")
    assert run_cli("posts", "export", fmt, str(target), data_dir=store_dir)[0] == 0
    before = target.read_bytes()

    def no_space(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", no_space)
    code, _, err = run_cli("posts", "export", fmt, str(target), "--lang", "nb", data_dir=store_dir)
    monkeypatch.undo()
    assert code == 3 and "Traceback" not in err, err
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".part")) == []
    missing = tmp_path / "finnes-ikke" / target.name
    code, _, err = run_cli("posts", "export", fmt, str(missing), "--lang", "nb", data_dir=store_dir)
    assert code == 3 and not (tmp_path / "finnes-ikke").exists()


def test_r1_control_characters_in_a_page_name_never_reach_the_register_or_a_terminal(store_dir: Path) -> None:
    code, out, err = run_cli("pages", "add", "--name", "Ungdoms\x1b]0;pwned\x07klubben\x1b[2J\r\ni Bø",
                             "--url", "https://www.instagram.com/ungdomsklubbenbo", "--unit", "Oppvekst\x00",
                             "--json", data_dir=store_dir)
    assert code == 0, err
    assert _json(out)["page"]["name"] == "Ungdoms]0;pwnedklubben[2J i Bø"
    code, out, _ = run_cli("pages", "list", data_dir=store_dir)
    assert not {ch for ch in out if ord(ch) < 32 and ch not in "\t\n"}


@pytest.mark.parametrize("moment", ["yesterday", "2026-13-01", "2026-11-01T25:00", "01.11.2026"])
def test_r13_a_posted_time_that_is_not_a_time_is_refused_before_it_is_sealed(store_dir: Path,
                                                                             moment: str) -> None:
    code, _, err = run_cli("moderation", "add", "--page", "Biblioteket", "--action", "hidden", "--text", "x",
                           "--posted-at", moment, data_dir=store_dir)
    assert code == 2 and "--posted-at" in err
    assert _count(store_dir, "moderation_entries") == 0
    code, out, err = run_cli("moderation", "add", "--page", "Biblioteket", "--action", "hidden",
                             "--text", "x", "--posted-at", "2026-11-01T20:15+01:00", "--json",
                             data_dir=store_dir)
    assert code == 0 and _json(out)["comment_posted_at"] == "2026-11-01T20:15+01:00"


def test_r12_importing_an_old_csv_over_newer_edits_keeps_them_in_the_history(store_dir: Path,
                                                                             tmp_path: Path) -> None:
    """An old file skips newer edits unless --overwrite is given; even then the edit stays in the history."""
    from mtk_admin_desktop.storage.store import Store

    source = tmp_path / "plan.csv"
    source.write_text(_plan_csv(), encoding="utf-8")
    assert run_cli("posts", "import", "--csv", str(source), data_dir=store_dir)[0] == 0
    old = tmp_path / "gammel.csv"
    assert run_cli("posts", "export", "--csv", str(old), data_dir=store_dir)[0] == 0
    store = Store.open(store_dir / DB_NAME)
    post = store.rows("posts", order_by="title")[0]
    store.update("posts", post["id"], {"title": "Juleverksted – NY TID"})
    store.close()
    code, out, err = run_cli("posts", "import", "--csv", str(old), data_dir=store_dir)
    assert code == 0, err
    store = Store.open(store_dir / DB_NAME)
    assert store.get("posts", post["id"])["title"] == "Juleverksted – NY TID"  # skipped: newer in the app
    store.close()
    code, out, err = run_cli("posts", "import", "--csv", str(old), "--overwrite", data_dir=store_dir)
    assert code == 0, err
    store = Store.open(store_dir / DB_NAME)
    assert store.get("posts", post["id"])["title"] == post["title"]  # the old file's value, as chosen
    titles = [op.value for op in store.history("posts", post["id"]) if op.field == "title"]
    assert "Juleverksted – NY TID" in titles  # still there to restore from the history
    assert _count(store_dir, "posts") == 2
    store.close()
