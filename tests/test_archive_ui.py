"""The Arkiv tab (R13, R14): backlog counts, filters, preview, export dialog off the GUI thread, history."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from tests import test_archive_export as fx
from tests.helpers import require_tool
from tests.test_archive_receipt import receipt_xml

pytestmark = pytest.mark.today  # depends on today's date: runs at a frozen instant (conftest)

archive_data = fx.archive_data  # the shared fixture

SCREENSHOTS = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


@pytest.fixture(autouse=True)
def _english(language) -> None:
    """These tests read English texts; a command run earlier in the session may have installed bokmål."""
    language("en")


@pytest.fixture
def page(context, archive_data, qtbot):
    from mtk_admin_desktop.ui.archive.archive_page import ArchivePage

    widget = ArchivePage(context)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    return widget


def test_r13_page_shows_backlog_counts_and_preview(page, archive_data) -> None:
    assert page.title() == "Archive"
    assert page.icon_name == "archive"
    assert "3" in page.count_labels["pending"].accessibleName()
    assert page.model.rowCount() == 3
    assert page.selected_key() is not None
    html = page.preview.toPlainText()
    assert "arkivmelding.xml" in html and "dokument.pdf" in html
    # Filter by page: an unknown page in the combo shows nothing; back to all shows all.
    page.period_check.setChecked(True)
    page.from_date.setDate(dt.date(2026, 11, 21))
    page.to_date.setDate(dt.date(2026, 11, 21))
    assert page.model.rowCount() == 1
    assert "1" in page.count_labels["pending"].accessibleName()
    page.period_check.setChecked(False)
    assert page.model.rowCount() == 3
    for widget in (page.table, page.preview, page.history, page.from_date, page.to_date):
        assert widget.accessibleName()


def test_r13_export_dialog_runs_off_the_gui_thread(context, archive_data, qtbot, tmp_path) -> None:
    from mtk_admin_desktop.ui.archive.export_dialog import ArchiveExportDialog

    target = tmp_path / "usb"
    target.mkdir()
    dialog = ArchiveExportDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.item_count == 3
    dialog.target_edit.setText(str(target))
    dialog.folder_radio.setChecked(True)
    progress: list[int] = []
    dialog.progress.valueChanged.connect(progress.append)
    with qtbot.waitSignal(dialog.exported, timeout=60_000):
        dialog.start()
        assert not dialog.export_button.isEnabled()  # busy while the worker writes
    assert dialog.result_package.path.is_dir()
    assert progress and max(progress) == dialog.progress.maximum()
    assert context.archive.counts()["exported"] == 3
    assert context.store.get_local("archive.last_target") == str(target)


def test_r13_export_dialog_refuses_missing_target(context, archive_data, qtbot, tmp_path) -> None:
    from mtk_admin_desktop.ui.archive.export_dialog import ArchiveExportDialog

    dialog = ArchiveExportDialog(context)
    qtbot.addWidget(dialog)
    dialog.target_edit.setText(str(tmp_path / "not-plugged-in"))
    dialog.start()
    assert dialog.job is None and dialog.status.text()
    assert context.archive.counts()["pending"] == 3


def test_r13_cancel_in_the_dialog_marks_nothing(context, archive_data, qtbot, tmp_path, monkeypatch) -> None:
    import threading

    from mtk_admin_desktop.services import archive_package
    from mtk_admin_desktop.ui.archive.export_dialog import ArchiveExportDialog

    target = tmp_path / "usb"
    target.mkdir()
    gate = threading.Event()
    real = archive_package._copy

    def slow(source, sink):  # hold the worker until the user has pressed Cancel
        gate.wait(10)
        return real(source, sink)

    monkeypatch.setattr(archive_package, "_copy", slow)
    dialog = ArchiveExportDialog(context)
    qtbot.addWidget(dialog)
    dialog.target_edit.setText(str(target))
    dialog.start()
    job = dialog.job
    assert job is not None
    dialog.cancel()
    gate.set()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=30_000)
    assert job.done.wait(10)
    assert "Nothing was marked" in dialog.status.text()
    assert list(target.iterdir()) == []
    assert context.archive.counts()["pending"] == 3


def test_r13_failed_export_shows_the_message(context, archive_data, qtbot, tmp_path, monkeypatch) -> None:
    import errno

    from mtk_admin_desktop.services import archive_package
    from mtk_admin_desktop.ui.archive.export_dialog import ArchiveExportDialog

    def full(source, sink):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(archive_package, "_copy", full)
    target = tmp_path / "usb"
    target.mkdir()
    dialog = ArchiveExportDialog(context)
    qtbot.addWidget(dialog)
    dialog.target_edit.setText(str(target))
    dialog.start()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=30_000)
    assert "full" in dialog.error_message and dialog.export_button.isEnabled()
    assert context.archive.counts()["pending"] == 3


def test_r13_primary_action_receipt_journal_and_verify_again(
    page, context, archive_data, qtbot, tmp_path, monkeypatch, language
) -> None:
    from mtk_admin_desktop.ui.archive.archive_page import ArchivePage
    from mtk_admin_desktop.ui.archive.export_dialog import ArchiveExportDialog
    from mtk_admin_desktop.ui.archive.journal_dialog import JournalDialog

    target = tmp_path / "usb"
    target.mkdir()
    asked = {}

    def fake_ask(ctx, page_id, date_from, date_to, parent):
        asked["filters"] = (page_id, date_from, date_to)
        return ctx.archive.export(target, "zip")

    monkeypatch.setattr(ArchiveExportDialog, "ask", classmethod(lambda cls, *a: fake_ask(*a)))
    page.primary_action()
    assert asked["filters"] == (None, None, None)
    assert "0" in page.count_labels["pending"].accessibleName()
    assert page.history.rowCount() == 1

    receipt = tmp_path / "k.xml"
    receipt.write_bytes(receipt_xml(archive_data["deleted"], 2026, 42))
    monkeypatch.setattr(ArchivePage, "ask_receipt_file", classmethod(lambda cls, parent: str(receipt)))
    page.import_receipt()
    assert context.archive.status_of("moderation", archive_data["deleted"]) == "journalfort"
    assert "1" in page.count_labels["journalfort"].accessibleName()

    page.status_filter.setCurrentIndex(page.status_filter.findText("Exported, not journalført"))
    assert page.model.rowCount() == 2
    monkeypatch.setattr(JournalDialog, "ask", classmethod(lambda cls, title, parent=None: (2026, 43, "")))
    page.table.selectRow(0)
    key = page.selected_key()
    page.enter_journal_number()
    assert context.archive.status_row(*key)["journal_number"] == "2026/43"

    page.history.selectRow(0)
    page.verify_selected()
    qtbot.waitUntil(lambda: page.verify_job is None, timeout=30_000)
    assert page.verify_label.text().startswith("OK")
    # A flipped bit is found by "verify again" and recorded in the history.
    package = context.archive.packages()[0]
    path = context.archive.package_path(package)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x20
    path.write_bytes(bytes(data))
    page.verify_selected()
    qtbot.waitUntil(lambda: page.verify_job is None, timeout=30_000)
    assert "problem" in page.verify_label.text()
    assert context.archive.packages()[0]["verify_ok"] == 0
    # In bokmål the problem is told in bokmål too, not in English inside a Norwegian frame.
    from mtk_admin_desktop.services.archive_verify import verify_package

    language("nb")
    first = verify_package(path).messages()[0]
    page.verify_selected()
    qtbot.waitUntil(lambda: page.verify_job is None, timeout=30_000)
    assert page.verify_label.text().endswith(" feil: " + first), page.verify_label.text()
    assert first != str(verify_package(path).problems[0])


def test_journal_dialog_needs_a_number_or_reference(qtbot) -> None:
    from mtk_admin_desktop.ui.archive.journal_dialog import JournalDialog

    dialog = JournalDialog("Slettet kommentar")
    qtbot.addWidget(dialog)
    dialog._accept()
    assert dialog.error.text() and dialog.result() == 0
    dialog.reference.setText("26/00012-1")
    assert dialog.values() == (None, None, "26/00012-1")
    dialog.seq.setValue(12)
    assert dialog.values()[:2] == (dialog.year.value(), 12)


def test_screenshots_of_the_archive_tab_in_bokmal(context, archive_data, qtbot, tmp_path, language) -> None:
    """Renders the tab, the export dialog and a PDF page for docs/screenshots (bokmål)."""
    import subprocess

    require_tool("pdftoppm", "poppler-utils")

    from mtk_admin_desktop.ui.archive.archive_page import ArchivePage
    from mtk_admin_desktop.ui.archive.export_dialog import ArchiveExportDialog

    language("nb")
    target = tmp_path / "usb"
    target.mkdir()
    # One earlier package so the history is not empty; then a new pending item.
    context.archive.export(target, "zip", keys=[("moderation", archive_data["deleted"])])
    widget = ArchivePage(context)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    assert widget.title() == "Arkiv"
    widget.table.selectRow(1)  # the post: a calmer preview than the test's control characters
    # The pictures in docs/ are only rewritten on request, so a test run leaves the checkout clean.
    shots = SCREENSHOTS if os.environ.get("MTK_UPDATE_SCREENSHOTS") else tmp_path
    shots.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(shots / "archive-tab.png"))
    dialog = ArchiveExportDialog(context, parent=widget)
    dialog.target_edit.setText("/media/kari/MINNEPINNE")
    dialog.progress.setValue(1)
    dialog.status.setText("Element 2 av 2")
    dialog.adjustSize()
    assert dialog.grab().save(str(shots / "archive-export-dialog.png"))
    package = context.archive.packages()[0]
    import zipfile

    with zipfile.ZipFile(context.archive.package_path(package)) as zf:
        pdf_name = next(n for n in zf.namelist() if n.endswith("dokument.pdf"))
        (tmp_path / "dokument.pdf").write_bytes(zf.read(pdf_name))
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            "50",
            "-f",
            "1",
            "-l",
            "1",
            "-png",
            "-singlefile",
            str(tmp_path / "dokument.pdf"),
            str(shots / "archive-pdf-page"),
        ],
        check=True,
    )
