"""Receipts (R13): the archive's arkivmeldingKvittering marks exactly the echoed items journalført."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests import test_archive_export as fx
from tests.helpers import run_cli
from tests.test_archive_export import NOW

archive_data = fx.archive_data  # the shared fixture

KV = "https://ks-no.github.io/standarder/fiks-protokoll/fiks-arkiv/arkivmelding/opprett/kvittering/v2"
MDK = "https://ks-no.github.io/standarder/fiks-protokoll/fiks-arkiv/metadatakatalog/v2"
KV_XSD = "no.ks.fiks.arkiv.v2.arkivering.arkivmelding.opprett.kvittering.xsd"


def receipt_xml(
    item_id: str, year: int, seq: int, number: int = 7, fagsystem: str = "MTK Admin Desktop"
) -> bytes:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<arkivmeldingKvittering xmlns="{KV}" xmlns:n5mdk="{MDK}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <registreringKvittering xsi:type="journalpostKvittering">
    <systemID>0b6c4f0e-6a4b-4a43-9a3c-8f1a2b3c4d5e</systemID>
    <referanseEksternNoekkel>
      <n5mdk:fagsystem>{fagsystem}</n5mdk:fagsystem>
      <n5mdk:noekkel>{item_id}</n5mdk:noekkel>
    </referanseEksternNoekkel>
    <opprettetEllerEksisterende>Opprettet</opprettetEllerEksisterende>
    <journalaar>{year}</journalaar>
    <journalsekvensnummer>{seq}</journalsekvensnummer>
    <journalpostnummer>{number}</journalpostnummer>
  </registreringKvittering>
</arkivmeldingKvittering>
""".encode()


def test_receipt_fixture_is_valid_against_the_kvittering_xsd(shared_dir) -> None:
    import xmlschema

    schema = xmlschema.XMLSchema(str(shared_dir / "schemas" / "fiks-arkiv-v2" / KV_XSD))
    schema.validate(receipt_xml("3f1c2d4e-1111-4222-8333-444455556666", 2026, 1234).decode())


def test_r13_receipt_marks_exactly_the_echoed_item(context, archive_data, tmp_path) -> None:
    target = tmp_path / "usb"
    target.mkdir()
    context.archive.export(target, "zip", now=NOW)
    receipt = tmp_path / "kvittering.xml"
    receipt.write_bytes(receipt_xml(archive_data["deleted"], 2026, 1234))
    result = context.archive.import_receipt(receipt)
    assert result.marked == [("moderation", archive_data["deleted"])]
    assert context.archive.status_of("moderation", archive_data["deleted"]) == "journalfort"
    assert context.archive.status_of("moderation", archive_data["nasty"]) == "exported"
    assert context.archive.status_of("post", archive_data["post"]) == "exported"
    row = context.archive.status_row("moderation", archive_data["deleted"])
    assert (row["journal_year"], row["journal_seq"], row["journal_number"]) == (2026, 1234, "2026/1234")
    assert row["archive_reference"] == "0b6c4f0e-6a4b-4a43-9a3c-8f1a2b3c4d5e"
    assert row["package_file"]  # the export's details are kept
    assert context.archive.counts() == {"pending": 0, "exported": 2, "journalfort": 1}


def test_r13_receipt_of_unknown_or_foreign_items_marks_nothing(context, archive_data, tmp_path) -> None:
    receipt = tmp_path / "k.xml"
    receipt.write_bytes(receipt_xml("00000000-0000-4000-8000-000000000000", 2026, 1))
    result = context.archive.import_receipt(receipt)
    assert result.marked == [] and result.unknown == ["00000000-0000-4000-8000-000000000000"]
    receipt.write_bytes(receipt_xml(archive_data["deleted"], 2026, 2, fagsystem="Elements"))
    result = context.archive.import_receipt(receipt)
    assert result.marked == [] and result.foreign == [archive_data["deleted"]]
    assert context.archive.status_of("moderation", archive_data["deleted"]) == "pending"


@pytest.mark.parametrize(
    "content", [b"not xml", b"<a/>", receipt_xml("x", 2026, 1).replace(b"2026", b"tjue")]
)
def test_bad_receipt_gives_a_clear_error_and_changes_nothing(
    context, archive_data, tmp_path, content
) -> None:
    from mtk_admin_desktop.services.archive import ArchiveError

    receipt = tmp_path / "bad.xml"
    receipt.write_bytes(content)
    before = context.archive.counts()
    with pytest.raises(ArchiveError):
        context.archive.import_receipt(receipt)
    assert context.archive.counts() == before


def test_r13_manual_journal_number(context, archive_data) -> None:
    from mtk_admin_desktop.services.archive import ArchiveError

    context.archive.mark_journalfort("post", archive_data["post"], 2026, 99, "Elements 26/99")
    row = context.archive.status_row("post", archive_data["post"])
    assert row["status"] == "journalfort" and row["journal_number"] == "2026/99"
    assert row["archive_reference"] == "Elements 26/99"
    with pytest.raises(ArchiveError):
        context.archive.mark_journalfort("post", archive_data["post"])  # nothing given
    with pytest.raises(ArchiveError):
        context.archive.mark_journalfort("moderation", "no-such-id", 2026, 1)
    with pytest.raises(ArchiveError):
        context.archive.mark_journalfort("post", archive_data["post"], 26, 1)  # a two-digit year is a typo


def test_r13_cli_export_receipt_and_verify(context, archive_data, tmp_path, shared_dir, language) -> None:
    data_dir = context.paths.data_dir
    target = tmp_path / "usb"
    target.mkdir()
    code, out, err = run_cli(
        "archive",
        "export",
        "--out",
        str(target),
        "--folder",
        "--from",
        "2026-11-20",
        "--to",
        "2026-11-20",
        "--json",
        data_dir=data_dir,
    )
    assert code == 0, err
    report = json.loads(out)
    assert report["exported"] == 1 and report["items"] == [
        {"kind": "moderation", "id": archive_data["deleted"]}
    ]
    package = Path(report["path"])
    assert package.is_dir()
    code, out, err = run_cli(
        "archive", "verify", str(package), "--schema", str(shared_dir / "schemas" / "fiks-arkiv-v2"), "--json"
    )
    assert code == 0 and json.loads(out)["ok"], out
    receipt = tmp_path / "k.xml"
    receipt.write_bytes(receipt_xml(archive_data["deleted"], 2026, 5))
    code, out, err = run_cli("archive", "receipt", str(receipt), "--json", data_dir=data_dir)
    assert code == 0 and json.loads(out)["marked"] == [{"kind": "moderation", "id": archive_data["deleted"]}]
    # The rest goes in the next package (no period given).
    code, out, err = run_cli("archive", "export", "--out", str(target), "--zip", "--json", data_dir=data_dir)
    assert code == 0 and json.loads(out)["exported"] == 2
    code, out, err = run_cli("archive", "export", "--out", str(target), "--json", data_dir=data_dir)
    assert code == 0 and json.loads(out)["exported"] == 0
    code, out, err = run_cli(
        "archive", "export", "--out", str(tmp_path / "missing"), "--page", "nope", data_dir=data_dir
    )
    assert code == 2


def test_cli_export_to_missing_folder_fails_cleanly(context, archive_data, tmp_path, language) -> None:
    code, out, err = run_cli(
        "archive",
        "export",
        "--out",
        str(tmp_path / "nowhere"),
        "--lang",
        "nb",
        data_dir=context.paths.data_dir,
    )
    assert code == 3 and err.strip()
    assert context.archive.counts()["pending"] == 3


# -- issue 16: only exported items, no silent overwrite, the bounds of archive mark --------------------


def _receipt(tmp_path, item_id: str, year: int, seq: int, number: int = 7) -> Path:
    path = tmp_path / f"k-{year}-{seq}.xml"
    path.write_bytes(receipt_xml(item_id, year, seq, number))
    return path


def test_r13_receipt_for_an_item_never_exported_marks_nothing(
    context, archive_data, tmp_path, data_dir
) -> None:
    result = context.archive.import_receipt(_receipt(tmp_path, archive_data["deleted"], 2026, 5))
    assert result.marked == [] and result.not_exported == [archive_data["deleted"]]
    # Still pending, so the next export still takes it to the archive.
    assert context.archive.status_of("moderation", archive_data["deleted"]) == "pending"
    code, out, _ = run_cli(
        "archive", "receipt", str(_receipt(tmp_path, archive_data["deleted"], 2026, 5)), data_dir=data_dir
    )
    assert code == 1 and archive_data["deleted"] in out
    assert context.archive.status_of("moderation", archive_data["deleted"]) == "pending"


def test_r13_a_second_receipt_refuses_unless_replace(context, archive_data, tmp_path, data_dir) -> None:
    target = tmp_path / "usb"
    target.mkdir()
    context.archive.export(target, "zip", now=NOW)
    item = archive_data["deleted"]
    assert context.archive.import_receipt(_receipt(tmp_path, item, 2026, 1234)).marked
    second = context.archive.import_receipt(_receipt(tmp_path, item, 2026, 9999))
    assert second.marked == [] and second.already == [item]
    assert context.archive.status_row("moderation", item)["journal_number"] == "2026/1234"

    code, out, _ = run_cli(
        "archive", "receipt", str(_receipt(tmp_path, item, 2026, 9999)), "--json", data_dir=data_dir
    )
    assert code == 1 and json.loads(out)["already_journalfort"] == [item]
    assert context.archive.status_row("moderation", item)["journal_number"] == "2026/1234"
    code, out, _ = run_cli(
        "archive", "receipt", str(_receipt(tmp_path, item, 2026, 9999)), "--replace", data_dir=data_dir
    )
    assert code == 0
    assert context.archive.status_row("moderation", item)["journal_number"] == "2026/9999"


@pytest.mark.parametrize(("year", "seq"), [(99999, 1), (1899, 1), (2026, 0), (2026, -4), (2026, 1 << 40)])
def test_r13_receipt_keeps_the_bounds_of_archive_mark(context, archive_data, tmp_path, year, seq) -> None:
    from mtk_admin_desktop.services.archive import ArchiveError

    target = tmp_path / "usb"
    target.mkdir()
    context.archive.export(target, "zip", now=NOW)
    item = archive_data["deleted"]
    result = context.archive.import_receipt(_receipt(tmp_path, item, year, seq))
    assert result.marked == [] and result.invalid == [item]
    assert context.archive.status_of("moderation", item) == "exported"
    with pytest.raises(ArchiveError):  # the same bounds by hand
        context.archive.mark_journalfort("moderation", item, year, seq)


@pytest.mark.parametrize("answer", [False, True])
def test_r13_gui_asks_before_replacing_a_journal_number(
    context, archive_data, qtbot, tmp_path, monkeypatch, answer
) -> None:
    from mtk_admin_desktop.ui.archive.archive_page import ArchivePage

    target = tmp_path / "usb"
    target.mkdir()
    context.archive.export(target, "zip", now=NOW)
    item = archive_data["deleted"]
    context.archive.import_receipt(_receipt(tmp_path, item, 2026, 1234))
    page = ArchivePage(context)
    qtbot.addWidget(page)
    second = _receipt(tmp_path, item, 2026, 9999)
    asked = []
    monkeypatch.setattr(ArchivePage, "ask_receipt_file", classmethod(lambda cls, parent: str(second)))
    monkeypatch.setattr(page, "ask_replace_journal_numbers", lambda count: asked.append(count) or answer)
    page.import_receipt()
    assert asked == [1]
    expected = "2026/9999" if answer else "2026/1234"
    assert context.archive.status_row("moderation", item)["journal_number"] == expected
