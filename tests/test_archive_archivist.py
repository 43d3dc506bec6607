"""Issue 16, the archivist's view: R3's kommunedirektør and nettredaktør named in the package; each
journalpost placed in an arkivdel or a parent folder (settings, per export, CLI, the export dialog), and
still valid against the official XSD."""

from __future__ import annotations

import json
import subprocess
import zipfile

import pytest

from tests import test_archive_export as fx
from tests.helpers import require_tool, run_cli
from tests.test_archive_conformance import xsd_errors
from tests.test_archive_export import NOW

archive_data = fx.archive_data  # the shared fixture
MDK = "{https://ks-no.github.io/standarder/fiks-protokoll/fiks-arkiv/metadatakatalog/v2}"
NS = "{https://ks-no.github.io/standarder/fiks-protokoll/fiks-arkiv/arkivmelding/opprett/v2}"


def _members(path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


def test_r3_names_are_in_the_package(context, archive_data, tmp_path) -> None:
    require_tool("pdftotext", "poppler-utils")
    context.settings.set("org.kommunedirektor", "Tone Haugen")
    context.settings.set("org.nettredaktor", "Kari Nordbø")
    target = tmp_path / "usb"
    target.mkdir()
    members = _members(context.archive.export(target, "zip", now=NOW).path)
    manifest = json.loads(members["manifest.json"])
    assert manifest["responsible"] == {"kommunedirektor": "Tone Haugen", "nettredaktor": "Kari Nordbø"}
    lesmeg = members["LESMEG.txt"].decode()
    assert "kommunedirektør Tone Haugen" in lesmeg and "nettredaktør Kari Nordbø" in lesmeg
    (tmp_path / "innhold.pdf").write_bytes(members["innhold.pdf"])
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "innhold.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Tone Haugen" in text and "Kari Nordbø" in text


def _placements(members: dict[str, bytes], shared_dir) -> list[tuple[str | None, str | None]]:
    import xml.etree.ElementTree as ET

    out = []
    for name, data in members.items():
        if name.endswith("arkivmelding.xml"):
            assert xsd_errors(shared_dir, data) == []
            reg = ET.fromstring(data).find(f"{NS}registrering")
            out.append(
                (
                    reg.findtext(f"{NS}arkivdel/{MDK}kode"),
                    reg.findtext(f"{NS}referanseForelderMappe/{MDK}mappeID"),
                )
            )
    return out


def test_placement_from_settings_and_per_export(context, archive_data, tmp_path, shared_dir) -> None:
    context.settings.set("archive.parent_folder", "2026/123")
    target = tmp_path / "usb"
    target.mkdir()
    result = context.archive.export(target, "zip", now=NOW, keys=[("moderation", archive_data["deleted"])])
    assert _placements(_members(result.path), shared_dir) == [(None, "2026/123")]
    # Per export: an arkivdel instead (and no parent folder).
    result = context.archive.export(
        target,
        "zip",
        now=NOW,
        keys=[("moderation", archive_data["nasty"])],
        arkivdel="SOME",
        parent_folder="",
    )
    assert _placements(_members(result.path), shared_dir) == [("SOME", None)]


def test_cli_arkivdel_overrides_the_settings(context, archive_data, tmp_path, shared_dir, data_dir) -> None:
    context.settings.set("archive.parent_folder", "2026/123")
    target = tmp_path / "usb"
    target.mkdir()
    code, out, err = run_cli(
        "archive", "export", "--out", str(target), "--arkivdel", "SOME", "--json", data_dir=data_dir
    )
    assert code == 0, err
    path = json.loads(out)["path"]
    assert set(_placements(_members(path), shared_dir)) == {("SOME", None)}


def test_export_dialog_offers_and_remembers_the_placement(
    context, archive_data, qtbot, tmp_path, shared_dir
) -> None:
    from mtk_admin_desktop.ui.archive.export_dialog import ArchiveExportDialog

    context.settings.set("archive.arkivdel", "SOME")
    target = tmp_path / "usb"
    target.mkdir()
    dialog = ArchiveExportDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.arkivdel_edit.text() == "SOME" and dialog.parent_folder_edit.text() == ""
    dialog.target_edit.setText(str(target))
    dialog.parent_folder_edit.setText("2026/77")
    with qtbot.waitSignal(dialog.exported, timeout=60_000):
        dialog.start()
    assert set(_placements(_members(dialog.result_package.path), shared_dir)) == {(None, "2026/77")}
    assert context.settings.get("archive.parent_folder") == "2026/77"


@pytest.mark.parametrize("value", ["\x00", " ", "]]>", "\u202e"])
def test_hostile_placement_values_stay_valid(value, shared_dir) -> None:
    from mtk_admin_desktop.domain.archive import ArchiveItem
    from mtk_admin_desktop.services.archive_xml import arkivmelding_bytes, structure_errors

    item = ArchiveItem("post", "p1", "Innlegg", "2026-12-01T09:00+01:00", "2026-12-01", "Kari")
    for xml in (
        arkivmelding_bytes(item, [], arkivdel=value),
        arkivmelding_bytes(item, [], parent_folder=value),
    ):
        assert xsd_errors(shared_dir, xml) == [] and structure_errors(xml) == []


# -- skjerming per item ---------------------------------------------------------------------------------


def test_skjerming_per_item_goes_into_its_arkivmelding(
    context, archive_data, tmp_path, shared_dir, data_dir
) -> None:
    import xml.etree.ElementTree as ET

    from mtk_admin_desktop.services.archive import ArchiveError

    item = archive_data["deleted"]
    with pytest.raises(ArchiveError):  # both the code and its legal basis
        context.archive.set_screening("moderation", item, "13", "")
    code, out, err = run_cli(
        "archive", "screen", item, "--code", "13", "--basis", "offl. § 13 jf. fvl. § 13", data_dir=data_dir
    )
    assert code == 0, err
    assert context.archive.status_of("moderation", item) == "pending"  # still goes to the archive
    target = tmp_path / "usb"
    target.mkdir()
    members = _members(context.archive.export(target, "zip", now=NOW).path)
    screened = {}
    for name, data in members.items():
        if name.endswith("arkivmelding.xml"):
            assert xsd_errors(shared_dir, data) == []
            reg = ET.fromstring(data).find(f"{NS}registrering")
            key = reg.findtext(f"{NS}referanseEksternNoekkel/{MDK}noekkel")
            screened[key] = (
                reg.findtext(f"{NS}skjerming/{NS}tilgangsrestriksjon/{MDK}kode"),
                reg.findtext(f"{NS}skjerming/{NS}skjermingshjemmel"),
            )
    assert screened[item] == ("13", "offl. § 13 jf. fvl. § 13")
    assert screened[archive_data["nasty"]] == (None, None)
    # Once exported it cannot change the package any more: refused with a reason.
    with pytest.raises(ArchiveError):
        context.archive.set_screening("moderation", item, "", "")


def test_arkiv_tab_sets_skjerming_on_the_selected_item(context, archive_data, qtbot, monkeypatch) -> None:
    from mtk_admin_desktop.ui.archive.archive_page import ArchivePage
    from mtk_admin_desktop.ui.archive.screening_dialog import ScreeningDialog

    page = ArchivePage(context)
    qtbot.addWidget(page)
    page.table.selectRow(0)
    kind, item = page.selected_key()
    asked = []

    def answer(cls, title, code="", basis="", parent=None):
        asked.append((code, basis))
        return ("13", "offl. § 13 jf. fvl. § 13")

    monkeypatch.setattr(ScreeningDialog, "ask", classmethod(answer))
    page.screening_button.click()
    row = context.archive.status_row(kind, item)
    assert (row["skjerming_code"], row["skjerming_basis"]) == ("13", "offl. § 13 jf. fvl. § 13")
    page.table.selectRow(0)
    page.screening_button.click()
    assert asked[-1] == ("13", "offl. § 13 jf. fvl. § 13")  # the dialog shows what is set


def test_screening_dialog_needs_both_or_neither(qtbot) -> None:
    from mtk_admin_desktop.ui.archive.screening_dialog import ScreeningDialog

    dialog = ScreeningDialog("Slettet kommentar")
    qtbot.addWidget(dialog)
    dialog.code.setText("13")
    dialog._accept()
    assert dialog.result() != dialog.DialogCode.Accepted and dialog.error.text()
    dialog.basis.setText("offl. § 13")
    dialog._accept()
    assert dialog.result() == dialog.DialogCode.Accepted
