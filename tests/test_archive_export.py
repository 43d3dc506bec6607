"""The archive package (R13, R14): FIKS Arkiv XML, PDF/A, checksums, ZIP form, safe writing, verify."""

from __future__ import annotations

import datetime as dt
import errno
import json
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from mtk_admin_desktop.domain.ids import stable_id
from tests.helpers import require_tool

NOW = dt.datetime(2026, 11, 25, 12, 0, 0, tzinfo=dt.UTC)
NASTY = "Hei ]]> <b>&amp;</b> \x00\x07\x1b bell 😀👍🏽 שלום עולם مرحبا بالعالم\r\nlinje 2 \ufffe slutt"
XSD = "no.ks.fiks.arkiv.v2.arkivering.arkivmelding.opprett.xsd"


def _png(qapp, width: int = 640, height: int = 360, seed: int = 0, alpha: bool = True) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage, QPainter

    if alpha:
        image = QImage(width, height, QImage.Format.Format_ARGB32)
        image.fill(QColor(255, 255, 255, 200))  # translucent: the PDF must flatten it (PDF/A-1)
    else:
        image = QImage(width, height, QImage.Format.Format_RGB32)  # saved as 8-bit RGB: passed through
        image.fill(QColor(250, 250, 240))
    painter = QPainter(image)
    painter.fillRect(20, 20, width // 2, height // 3, QColor(30 + seed % 200, 90, 160))
    painter.drawText(30, height - 40, f"Skjermbilde {seed}")
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def add_page(
    context, name: str = "Midt-Telemark kommune", url: str = "https://facebook.com/midttelemark"
) -> str:
    page_id = stable_id("page", url)
    context.store.create(
        "pages",
        {
            "name": name,
            "platform": "facebook",
            "url": url,
            "url_normalised": url,
            "is_main": 1,
            "status": "active",
        },
        row_id=page_id,
    )
    return page_id


def add_entry(
    context,
    page_id: str,
    action: str = "deleted",
    text: str = "Du er en idiot",
    shots=(),
    worthy: int = 0,
    posted: str = "2026-11-20T09:15:00+01:00",
    ground: str | None = "personangrep",
) -> str:
    return context.store.create(
        "moderation_entries",
        {
            "page_id": page_id,
            "post_ref": "https://facebook.com/post/1",
            "comment_author": "Ola Nordmann",
            "comment_text": text,
            "comment_posted_at": posted,
            "action": action,
            "ground": ground if action == "deleted" else None,
            "justification": "Grov personkarakteristikk",
            "moderator": "Kari Hovedadmin",
            "moderator_role": "hovedadministrator",
            "screenshots": list(shots),
            "archive_worthy": worthy,
            "created_at": "2026-11-20T08:20:00+00:00",
            "entry_hash": "ab" * 32,
        },
    )


def add_screenshot(context, png: bytes) -> str:
    sha = context.blobs.put(png)
    context.store.create(
        "screenshots",
        {
            "sha256": sha,
            "captured_at": "2026-11-20T08:19:00+00:00",
            "screen": "DP-1",
            "host": "lapt-01",
            "user": "kari",
            "width": 640,
            "height": 360,
            "mime": "image/png",
        },
        row_id=stable_id("screenshot", sha),
    )
    return sha


@pytest.fixture
def archive_data(context, qapp):
    """A page, two deleted comments (one with nasty text), one kept comment, one archive-worthy post."""
    page = add_page(context)
    shot1 = add_screenshot(context, _png(qapp, seed=1))
    shot2 = add_screenshot(context, _png(qapp, seed=2))
    image = context.blobs.put(_png(qapp, seed=3, alpha=False))  # opaque: its PNG data goes into the PDF
    ids = {
        "deleted": add_entry(context, page, shots=[shot1, shot2]),
        "nasty": add_entry(context, page, text=NASTY * 3, shots=[shot1], posted="2026-11-21T22:30:00+01:00"),
        "kept": add_entry(context, page, action="kept_with_reply", text="Greit spørsmål"),
        "post": context.store.create(
            "posts",
            {
                "page_id": page,
                "planned_at": "2026-11-22T10:00:00+01:00",
                "title": "Vedtak om skolestruktur",
                "text": "Kommunestyret har vedtatt ...",
                "kind": "nyhet",
                "status": "publisert",
                "responsible": "Kari Hovedadmin",
                "attachments": [{"sha256": image, "alt_text": "Rådhuset", "rights": "Foto: MTK"}],
                "links": [],
                "archive_worthy": 1,
                "archive_reason": "Dokumentasjonsverdi (vedtak)",
            },
        ),
    }
    ids["page"] = page
    return ids


def _extract(package: Path, into: Path) -> Path:
    if package.is_dir():
        return package
    with zipfile.ZipFile(package) as zf:
        zf.extractall(into)
    return into


def test_r13_backlog_counts_and_filters(context, archive_data) -> None:
    archive = context.archive
    assert archive.counts() == {"pending": 3, "exported": 0, "journalfort": 0}
    rows = archive.backlog()
    assert {r.item_id for r in rows} == {archive_data["deleted"], archive_data["nasty"], archive_data["post"]}
    assert archive.status_of("moderation", archive_data["kept"]) is None
    # Period filter on the item's Oslo date: 21 Nov 22:30 +01:00 is still the 21st in Oslo.
    only = archive.backlog(date_from=dt.date(2026, 11, 21), date_to=dt.date(2026, 11, 21))
    assert [r.item_id for r in only] == [archive_data["nasty"]]
    assert archive.backlog(page_id="no-such-page") == []


def test_r13_export_zip_marks_items_and_passes_every_check(
    context, archive_data, shared_dir, tmp_path
) -> None:
    target = tmp_path / "usb"
    target.mkdir()
    result = context.archive.export(target, "zip", now=NOW)
    assert result.path.exists() and result.path.suffix == ".zip"
    assert [p.name for p in target.iterdir()] == [result.path.name]  # no temporaries left
    for key in ("deleted", "nasty"):
        assert context.archive.status_of("moderation", archive_data[key]) == "exported"
    assert context.archive.status_of("post", archive_data["post"]) == "exported"
    status = context.archive.status_row("moderation", archive_data["deleted"])
    assert status["package_sha256"] == result.sha256 and status["package_file"] == result.file_name
    assert context.archive.packages()[0]["item_count"] == 3
    assert context.archive.counts()["exported"] == 3

    # ISO/IEC 21320-1: stored/deflate only, no encryption, no ZIP64 for small files, one volume.
    from mtk_admin_desktop.services.archive_verify import verify_zip_structure

    assert verify_zip_structure(result.path) == []
    with zipfile.ZipFile(result.path) as zf:
        for info in zf.infolist():
            assert info.compress_type in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
            assert not info.flag_bits & 0x1
            assert b"\x01\x00" not in info.extra[:2]
        names = zf.namelist()
    for required in ("LESMEG.txt", "innhold.pdf", "sha256sums.txt", "manifest.json"):
        assert required in names

    out = _extract(result.path, tmp_path / "x")
    # sha256sum -c accepts the list.
    run = subprocess.run(
        ["sha256sum", "-c", "--strict", "sha256sums.txt"], cwd=out, capture_output=True, text=True
    )
    assert run.returncode == 0, run.stdout + run.stderr

    # Every arkivmelding is valid against the official XSD and names the item by its stable id.
    import xmlschema

    schema = xmlschema.XMLSchema(str(shared_dir / "schemas" / "fiks-arkiv-v2" / XSD))
    xmls = sorted(out.glob("items/*/arkivmelding.xml"))
    assert len(xmls) == 3
    keys = set()
    for xml in xmls:
        schema.validate(str(xml))
        data = schema.to_dict(str(xml))
        reg = data["registrering"]
        keys.add(reg["referanseEksternNoekkel"]["n5mdk:noekkel"])
        assert reg["referanseEksternNoekkel"]["n5mdk:fagsystem"] == "MTK Admin Desktop"
        for desc in reg["dokumentbeskrivelse"]:
            obj = desc["dokumentobjekt"][0]
            file = out / obj["referanseDokumentfil"]
            assert obj["filstoerrelse"] == file.stat().st_size
            import hashlib

            assert obj["sjekksum"] == hashlib.sha256(file.read_bytes()).hexdigest()
            assert obj["sjekksumAlgoritme"] == "SHA256"
            assert obj["mimeType"] and obj["format"]["n5mdk:kode"]
        assert data["antallFiler"] == len(reg["dokumentbeskrivelse"])
    assert keys == {archive_data["deleted"], archive_data["nasty"], archive_data["post"]}

    # The originals byte for byte.
    entry = context.store.get("moderation_entries", archive_data["deleted"])
    folder = next(p.parent for p in xmls if archive_data["deleted"] in p.parent.name)
    assert (folder / "skjermbilde-1.png").read_bytes() == context.blobs.read(entry["screenshots"][0])
    assert (folder / "skjermbilde-2.png").read_bytes() == context.blobs.read(entry["screenshots"][1])
    raw = json.loads((folder / "data.json").read_text("utf-8"))
    assert raw["record"]["moderation_entry"]["comment_text"] == "Du er en idiot"

    # The nasty text: valid XML (checked above), a note on what could not be carried, and data.json exact.
    nasty = next(p.parent for p in xmls if archive_data["nasty"] in p.parent.name)
    assert "U+FFFD" in (nasty / "arkivmelding.xml").read_text("utf-8")
    assert (
        json.loads((nasty / "data.json").read_text("utf-8"))["record"]["moderation_entry"]["comment_text"]
        == NASTY * 3
    )
    assert "LESMEG" not in (out / "LESMEG.txt").read_text("utf-8")[:0]
    assert "Slik kontrollerer du pakken" in (out / "LESMEG.txt").read_text("utf-8")

    # And the app's own verify agrees, with the XSDs.
    report = context.archive.verify(result.path, shared_dir / "schemas" / "fiks-arkiv-v2")
    assert report.ok, report.problems
    assert report.xml_checked == 3 and report.files_checked == len(names) - 1


def _pdf_checks(pdf: Path, tmp_path: Path) -> None:
    data = pdf.read_bytes()
    # PDF/A-2: 2a from Typst (element form in the XMP), 2b from Qt (attribute form) where Typst failed
    assert re.search(rb'pdfaid:part(?:="|>)2', data) and re.search(rb'pdfaid:conformance(?:="|>)[AB]', data)
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    lines = [line for line in fonts.splitlines()[2:] if line.strip()]
    assert lines, "no fonts"
    for line in lines:
        assert line.split()[-5] == "yes", f"font not embedded: {line}"
    out = tmp_path / f"render-{pdf.parent.name}-{pdf.stem}"
    subprocess.run(
        ["pdftoppm", "-r", "30", "-f", "1", "-l", "1", "-png", str(pdf), str(out)],
        check=True,
        capture_output=True,
    )
    assert list(tmp_path.glob(out.name + "*.png"))


def test_r13_pdfs_claim_pdfa_embed_fonts_and_render(context, archive_data, tmp_path) -> None:
    require_tool("pdftoppm", "poppler-utils")
    target = tmp_path / "share"
    target.mkdir()
    result = context.archive.export(target, "folder", now=NOW)
    assert result.path.is_dir()
    pdfs = sorted(result.path.glob("items/*/dokument.pdf")) + [result.path / "innhold.pdf"]
    assert len(pdfs) == 4
    for pdf in pdfs:
        _pdf_checks(pdf, tmp_path)
    # The nasty text reached the PDF's text layer (emoji, RTL, ]]> survive; controls shown as U+FFFD).
    nasty = next(p for p in pdfs if archive_data["nasty"] in p.parent.name)
    text = subprocess.run(["pdftotext", str(nasty), "-"], capture_output=True, text=True).stdout
    assert "]]>" in text and "שלום" in text
    run = subprocess.run(
        ["sha256sum", "-c", "sha256sums.txt"], cwd=result.path, capture_output=True, text=True
    )
    assert run.returncode == 0, run.stdout + run.stderr


def test_r13_same_items_give_the_same_bytes(context, archive_data, tmp_path) -> None:
    from mtk_admin_desktop.services.archive_package import BuildInput, write_package

    items = context.archive.items_for_export()
    made = []
    for name, when in (("a", NOW), ("b", NOW), ("c", NOW + dt.timedelta(hours=1))):
        target = tmp_path / name
        target.mkdir()
        made.append(write_package(BuildInput(items, context.blobs.path, "Kari", when), target, "zip"))
    assert made[0].path.read_bytes() == made[1].path.read_bytes()
    # Another creation time: every item file is the same; only the package's own files differ.
    a, c = made[0].files, made[2].files
    differing = {name for name in a if a[name] != c.get(name)}
    assert differing <= {"innhold.pdf", "LESMEG.txt", "manifest.json", "sha256sums.txt"}
    assert any(name.endswith("dokument.pdf") for name in a)


def test_r13_a_flipped_bit_is_found_by_verify(context, archive_data, tmp_path) -> None:
    for form in ("zip", "folder"):
        target = tmp_path / form
        target.mkdir()
        result = context.archive.export(target, form, now=NOW) if form == "zip" else None
        if result is None:
            # The items are exported now; build the folder form directly.
            from mtk_admin_desktop.services.archive_package import BuildInput, write_package

            items = context.archive.items_for_export(keys=[("moderation", archive_data["deleted"])])
            result = write_package(BuildInput(items, context.blobs.path, "Kari", NOW), target, "folder")
        assert context.archive.verify(result.path).ok
        if form == "zip":
            data = bytearray(result.path.read_bytes())
            with zipfile.ZipFile(result.path) as zf:
                info = zf.getinfo(next(n for n in zf.namelist() if n.endswith("skjermbilde-1.png")))
            offset = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra) + 100
            data[offset] ^= 0x04
            result.path.write_bytes(bytes(data))
        else:
            shot = next(result.path.glob("items/*/skjermbilde-1.png"))
            data = bytearray(shot.read_bytes())
            data[len(data) // 2] ^= 0x01
            shot.write_bytes(bytes(data))
        report = context.archive.verify(result.path)
        assert not report.ok
        assert any("skjermbilde-1.png" in p for p in report.problems), report.problems


def test_r13_cli_verify_reports_damage(context, archive_data, tmp_path, shared_dir, language) -> None:
    from tests.helpers import run_cli

    target = tmp_path / "usb"
    target.mkdir()
    result = context.archive.export(target, "zip", now=NOW)
    code, out, err = run_cli(
        "archive",
        "verify",
        str(result.path),
        "--schema",
        str(shared_dir / "schemas" / "fiks-arkiv-v2"),
        data_dir=context.paths.data_dir,
    )
    assert code == 0, out + err
    data = bytearray(result.path.read_bytes())
    data[len(data) // 3] ^= 0x10
    result.path.write_bytes(bytes(data))
    code, out, err = run_cli("archive", "verify", str(result.path), data_dir=context.paths.data_dir)
    assert code == 1
    assert out.strip() or err.strip()


# What `archive verify` says about a file that is not a ZIP, and about a changed screenshot in a folder
# package (sha256sums.txt and the arkivmelding both disagree with it), in each language.
VERIFY_SAYS = {
    "nb": (
        "FEIL: Filen er ikke en lesbar ZIP-fil (File is not a zip file).",
        ": filen er endret eller skadet: SHA-256 er ",
        ": sjekksummen for items/",
        "Fant 2 feil.",
    ),
    "nn": (
        "FEIL: Fila er ikkje ei lesbar ZIP-fil (File is not a zip file).",
        ": fila er endra eller skadd: SHA-256 er ",
        ": sjekksummen for items/",
        "Fann 2 feil.",
    ),
    "en": (
        "FAILED: The file is not a readable ZIP file (File is not a zip file).",
        ": the file has changed or is damaged: its SHA-256 is ",
        ": the sjekksum for items/",
        "2 problems found.",
    ),
}


@pytest.mark.parametrize("lang", ["nb", "nn", "en"])
def test_r13_cli_verify_speaks_the_users_language(context, archive_data, tmp_path, language, lang) -> None:
    from tests.helpers import run_cli

    not_zip, changed, in_xml, count = VERIFY_SAYS[lang]
    bad = tmp_path / "pakke.zip"
    bad.write_bytes(b"Dette er et regneark, ikke en arkivpakke.")
    code, out, err = run_cli("archive", "verify", str(bad), "--lang", lang)
    assert code == 1
    assert out.splitlines()[0] == not_zip, out

    target = tmp_path / "usb"
    target.mkdir()
    result = context.archive.export(target, "folder", now=NOW)
    shot = next(result.path.glob("items/*/skjermbilde-1.png"))
    data = bytearray(shot.read_bytes())
    data[len(data) // 2] ^= 0x01
    shot.write_bytes(bytes(data))
    name = shot.relative_to(result.path).as_posix()
    code, out, err = run_cli("archive", "verify", str(result.path), "--lang", lang)
    assert code == 1
    lines = out.splitlines()
    assert lines[-1] == count, out
    assert any(line.startswith(f"{not_zip.split(':')[0]}: {name}{changed}") for line in lines), out
    assert any(in_xml in line and "arkivmelding.xml" in line for line in lines), out
    if lang != "en":
        assert "SHA-256 is" not in out and "does not match" not in out, out


def test_r13_cli_verify_json_keeps_english_and_gives_codes(context, archive_data, tmp_path, language) -> None:
    from tests.helpers import run_cli

    target = tmp_path / "usb"
    target.mkdir()
    result = context.archive.export(target, "folder", now=NOW)
    shot = next(result.path.glob("items/*/skjermbilde-1.png"))
    shot.write_bytes(shot.read_bytes() + b"x")
    code, out, err = run_cli("archive", "verify", str(result.path), "--json", "--lang", "nn")
    assert code == 1
    report = json.loads(out)
    assert report["ok"] is False
    # "problems" stays English whatever the language, as before; the details carry a stable code.
    assert all(p.isascii() for p in report["problems"]), report["problems"]
    details = report["problem_details"]
    assert [d["code"] for d in details] == ["checksum_mismatch", "xml_checksum_mismatch"]
    assert details[0]["params"]["file"] == shot.relative_to(result.path).as_posix()
    assert "fila er endra eller skadd" in details[0]["message"]
    assert report["problems"][0] == (
        f"{details[0]['params']['file']}: the file has changed or is damaged: its SHA-256 is "
        f"{details[0]['params']['actual']}, but sha256sums.txt says {details[0]['params']['expected']}."
    )


def test_r13_verify_compares_the_recorded_checksum_of_the_zip(context, archive_data, tmp_path) -> None:
    from mtk_admin_desktop.services.archive_verify import verify_package

    target = tmp_path / "usb"
    target.mkdir()
    result = context.archive.export(target, "zip", now=NOW)
    assert verify_package(result.path, expected_sha256=result.sha256).ok
    report = verify_package(result.path, expected_sha256="0" * 64)
    assert [getattr(p, "code", "") for p in report.problems] == ["zip_sha_recorded"]
    assert report.problems[0].params["recorded"] == "0" * 64
    # "Verify again" from the history compares with what was recorded, in the same words.
    assert context.archive.verify_again(result.package_id).ok
    context.store.update("archive_packages", result.package_id, {"sha256": "0" * 64})
    again = context.archive.verify_again(result.package_id)
    assert [getattr(p, "code", "") for p in again.problems] == ["zip_sha_recorded"]
    assert context.store.get("archive_packages", result.package_id)["verify_ok"] == 0


# -- faults: nothing is marked, nothing is left but cleaned-up temporaries ----------------------------------


def _assert_nothing_marked(context, archive_data) -> None:
    for key in ("deleted", "nasty"):
        assert context.archive.status_of("moderation", archive_data[key]) == "pending"
    assert context.archive.status_of("post", archive_data["post"]) == "pending"
    assert context.archive.packages() == []


@pytest.mark.parametrize("form", ["zip", "folder"])
def test_r13_target_full_half_way_marks_nothing(context, archive_data, tmp_path, monkeypatch, form) -> None:
    from mtk_admin_desktop.services import archive_package

    target = tmp_path / "usb"
    target.mkdir()
    real = archive_package._copy
    calls = {"n": 0}

    def filling(source, sink):  # the fourth file no longer fits on the stick
        calls["n"] += 1
        if calls["n"] == 4:
            sink.write(source.read(100))
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(source, sink)

    monkeypatch.setattr(archive_package, "_copy", filling)
    with pytest.raises(archive_package.ArchiveWriteError) as caught:
        context.archive.export(target, form, now=NOW)
    assert caught.value.reason == "full"
    assert list(target.iterdir()) == []
    _assert_nothing_marked(context, archive_data)


def test_r13_full_target_message_is_norwegian(context, archive_data, tmp_path, monkeypatch, language) -> None:
    from mtk_admin_desktop.services import archive_package

    language("nb")
    target = tmp_path / "usb"
    target.mkdir()

    def full(source, sink):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(archive_package, "_copy", full)
    with pytest.raises(archive_package.ArchiveWriteError) as caught:
        context.archive.export(target, "zip", now=NOW)
    assert "full" in str(caught.value) and "eksportert" in str(caught.value)


@pytest.mark.parametrize("form", ["zip", "folder"])
def test_r13_a_stick_that_reads_back_other_bytes_marks_nothing_and_says_so_in_bokmal(
    context, archive_data, tmp_path, monkeypatch, language, form
) -> None:
    from mtk_admin_desktop.services import archive_package

    language("nb")
    target = tmp_path / "usb"
    target.mkdir()
    monkeypatch.setattr(archive_package, "_hash_stream", lambda fh: (fh.close(), ("0" * 64, 1))[1])
    with pytest.raises(archive_package.ArchiveWriteError) as caught:
        context.archive.export(target, form, now=NOW)
    assert caught.value.reason == "verify"
    assert "fila er endret" in str(caught.value) or "filen er endret" in str(caught.value), str(caught.value)
    assert "differs" not in str(caught.value) and "the file has changed" not in str(caught.value)
    _assert_nothing_marked(context, archive_data)


@pytest.mark.skipif(
    hasattr(__import__("os"), "geteuid") and __import__("os").geteuid() == 0,
    reason="root ignores permissions; the read-only case is simulated below",
)
def test_r13_read_only_target_marks_nothing(context, archive_data, tmp_path) -> None:
    from mtk_admin_desktop.services.archive_package import ArchiveWriteError

    target = tmp_path / "ro"
    target.mkdir()
    target.chmod(0o555)
    try:
        with pytest.raises(ArchiveWriteError) as caught:
            context.archive.export(target, "zip", now=NOW)
        assert caught.value.reason == "read_only"
    finally:
        target.chmod(0o755)
    _assert_nothing_marked(context, archive_data)


def test_r13_read_only_target_simulated_marks_nothing(context, archive_data, tmp_path, monkeypatch) -> None:
    from mtk_admin_desktop.services import archive_package

    target = tmp_path / "ro"
    target.mkdir()

    class ReadOnly(archive_package.ZipWriter):
        def __init__(self, path, when):
            raise OSError(errno.EROFS, "Read-only file system", str(path))

    monkeypatch.setattr(archive_package, "ZipWriter", ReadOnly)
    with pytest.raises(archive_package.ArchiveWriteError) as caught:
        context.archive.export(target, "zip", now=NOW)
    assert caught.value.reason == "read_only"
    assert list(target.iterdir()) == []
    _assert_nothing_marked(context, archive_data)


@pytest.mark.parametrize("form", ["zip", "folder"])
def test_r13_target_removed_mid_write_marks_nothing(
    context, archive_data, tmp_path, monkeypatch, form
) -> None:
    from mtk_admin_desktop.services import archive_package

    target = tmp_path / "usb"
    target.mkdir()
    real = archive_package._copy
    calls = {"n": 0}

    def pulled(source, sink):  # the stick is pulled out after two files; the real writing then fails
        calls["n"] += 1
        if calls["n"] == 3:
            shutil.rmtree(target)
        return real(source, sink)

    monkeypatch.setattr(archive_package, "_copy", pulled)
    with pytest.raises(archive_package.ArchiveWriteError) as caught:
        context.archive.export(target, form, now=NOW)
    assert caught.value.reason == "gone"
    assert not target.exists()
    _assert_nothing_marked(context, archive_data)


def test_r13_leftover_temporaries_are_cleaned_next_time(context, archive_data, tmp_path) -> None:
    from mtk_admin_desktop.services.archive_package import TEMP_PREFIX

    target = tmp_path / "usb"
    target.mkdir()
    (target / f"{TEMP_PREFIX}dead-1").write_bytes(b"half a zip")
    (target / f"{TEMP_PREFIX}dead-2").mkdir()
    (target / "someone-elses-file.txt").write_text("keep me")
    result = context.archive.export(target, "zip", now=NOW)
    assert sorted(p.name for p in target.iterdir()) == sorted([result.path.name, "someone-elses-file.txt"])


def test_r13_cancel_marks_nothing(context, archive_data, tmp_path) -> None:
    from mtk_admin_desktop.ui.worker import JobCancelled

    target = tmp_path / "usb"
    target.mkdir()
    seen = {"n": 0}

    def check():
        seen["n"] += 1
        if seen["n"] == 2:
            raise JobCancelled

    with pytest.raises(JobCancelled):
        context.archive.export(target, "zip", check=check, now=NOW)
    assert list(target.iterdir()) == []
    _assert_nothing_marked(context, archive_data)


def test_r13_100_kb_comment_with_emoji_and_rtl_gives_valid_xml_and_readable_pdf(
    context, qapp, shared_dir, tmp_path
) -> None:
    require_tool("pdftoppm", "poppler-utils")
    page = add_page(context)
    block = "Dette er lang tekst. 😀 שלום עולם مرحبا ]]> \x0b <&> "
    text = (block * (100_000 // len(block) + 1))[:100_000]
    entry = add_entry(context, page, text=text)
    target = tmp_path / "usb"
    target.mkdir()
    result = context.archive.export(target, "folder", now=NOW)
    folder = next(result.path.glob("items/*"))
    report = context.archive.verify(result.path, shared_dir / "schemas" / "fiks-arkiv-v2")
    assert report.ok, report.problems
    xml = (folder / "arkivmelding.xml").read_text("utf-8")
    assert xml.count("😀") == text.count("😀") and "]]&gt;" in xml
    assert (
        json.loads((folder / "data.json").read_text("utf-8"))["record"]["moderation_entry"]["comment_text"]
        == text
    )
    pdf = folder / "dokument.pdf"
    _pdf_checks(pdf, tmp_path)
    pages = int(
        next(
            line.split()[-1]
            for line in subprocess.run(
                ["pdfinfo", str(pdf)], capture_output=True, text=True, check=True
            ).stdout.splitlines()
            if line.startswith("Pages:")
        )
    )
    assert pages > 20  # the whole text, paginated, not cut off
    last = subprocess.run(
        ["pdftotext", "-f", str(pages - 1), "-l", str(pages), str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "Dette er lang tekst" in last
    assert context.archive.status_of("moderation", entry) == "exported"


@pytest.fixture
def small_filesystem(tmp_path):
    """A real small tmpfs (to fill up for real), where the machine lets the tests mount one."""
    mounted = []

    def mount(name: str, options: str) -> Path:
        point = tmp_path / name
        point.mkdir()
        run = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(point)], capture_output=True
        )
        if run.returncode != 0:
            pytest.skip(
                "cannot mount a tmpfs here (needs root and mount rights); the simulated tests cover it"
            )
        mounted.append(point)
        return point

    yield mount
    for point in mounted:
        subprocess.run(["umount", "-l", str(point)], capture_output=True)


@pytest.mark.skipif(shutil.which("mount") is None, reason="no mount command")
def test_r13_really_full_filesystem_marks_nothing(context, archive_data, small_filesystem) -> None:
    from mtk_admin_desktop.services.archive_package import ArchiveWriteError

    target = small_filesystem("full", "size=64k")
    seen: list[str] = []
    with pytest.raises(ArchiveWriteError) as caught:
        context.archive.export(target, "zip", now=NOW, progress=lambda done, total, text: seen.append(text))
    assert caught.value.reason == "full"
    assert len(seen) >= 2  # it filled up half-way, after the first item
    assert list(target.iterdir()) == []
    _assert_nothing_marked(context, archive_data)


@pytest.mark.skipif(shutil.which("mount") is None, reason="no mount command")
def test_r13_really_read_only_filesystem_marks_nothing(context, archive_data, small_filesystem) -> None:
    from mtk_admin_desktop.services.archive_package import ArchiveWriteError

    target = small_filesystem("ro", "ro,size=1m")
    with pytest.raises(ArchiveWriteError) as caught:
        context.archive.export(target, "folder", now=NOW)
    assert caught.value.reason == "read_only"
    _assert_nothing_marked(context, archive_data)
