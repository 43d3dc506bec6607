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
