"""The log IT reads: job failures and uncaught exceptions with tracebacks, Help's two actions, --verbose,
and never a comment's text in it."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import pytest
from helpers import run_cli
from PySide6.QtGui import QDesktopServices, QGuiApplication

from mtk_admin_desktop import __version__, log
from mtk_admin_desktop.ui.worker import run_job
from tests.test_moderation_cli import _page


@pytest.fixture
def log_file(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("MTK_ADMIN_LOG_DIR", str(tmp_path / "logs"))
    path = log.setup()
    assert path == tmp_path / "logs" / log.FILE_NAME
    return path


def _text(path: Path) -> str:
    for handler in logging.getLogger(log.LOGGER).handlers:
        handler.flush()
    return path.read_text(encoding="utf-8") if path.exists() else ""


def test_a_job_that_raises_leaves_its_traceback_in_the_log(qtbot, log_file) -> None:
    def export_everything(job):
        raise ValueError("the stick was pulled out")

    errors: list[str] = []
    job = run_job(export_everything, on_error=lambda message, _tb: errors.append(message))
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert job.done.wait(5)
    text = _text(log_file)
    name = "test_a_job_that_raises_leaves_its_traceback_in_the_log.<locals>.export_everything"
    assert f"job {name} failed" in text
    assert "Traceback (most recent call last)" in text
    assert "ValueError: the stick was pulled out" in text


@pytest.mark.filterwarnings("ignore::pytest.PytestUnhandledThreadExceptionWarning")
def test_an_uncaught_exception_in_a_thread_is_logged(log_file) -> None:
    def crash() -> None:
        raise RuntimeError("sync thread fell over")

    thread = threading.Thread(target=crash, name="sync-worker")
    thread.start()
    thread.join()
    text = _text(log_file)
    assert "Uncaught exception in thread sync-worker" in text
    assert "RuntimeError: sync thread fell over" in text


def test_help_shows_the_log_folder_and_copies_an_error_report(qtbot, context, log_file, monkeypatch) -> None:
    from mtk_admin_desktop.ui.main_window import MainWindow

    logging.getLogger("mtk_admin_desktop.tests").warning("export of package 7 failed: disk full")
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.log_folder_action.trigger()
    assert opened == [str(log_file.parent)]
    window.error_report_action.trigger()
    report = QGuiApplication.clipboard().text()
    assert report.startswith(f"MTK Admin Desktop {__version__}\n")
    assert str(log_file) in report
    assert report.rstrip().endswith("export of package 7 failed: disk full")


def test_help_actions_are_translated(qtbot, context, log_file, language) -> None:
    from mtk_admin_desktop.ui.main_window import MainWindow

    language("nb")
    window = MainWindow(context)
    qtbot.addWidget(window)
    assert window.log_folder_action.text().replace("&", "") == "Vis loggmappe"
    assert window.error_report_action.text().replace("&", "") == "Kopier feilrapport"


def test_cli_logs_its_command_verbose_goes_to_stderr_and_comment_text_never_reaches_the_log(
    data_dir, log_file, qapp
) -> None:
    page = _page(data_dir)
    secret = "Hemmelig kommentartekst om naboen 12345"
    code, _out, err = run_cli(
        "moderation", "add", "--page", page, "--action", "deleted", "--ground", "personangrep",
        "--text", secret, "--author", "Ola", "--verbose", data_dir=data_dir,
    )
    assert code == 0, err
    text = _text(log_file)
    assert "command moderation" in text
    assert "command moderation" in err  # --verbose: the same records on stderr
    assert secret not in text and secret not in err


def test_a_log_directory_that_cannot_be_written_does_not_stop_the_program(tmp_path, monkeypatch) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv("MTK_ADMIN_LOG_DIR", str(blocker / "logs"))
    assert log.setup() is None
    logging.getLogger("mtk_admin_desktop.tests").error("still fine")


def test_sync_and_archive_export_leave_a_summary_in_the_log(
    context, data_dir, log_file, tmp_path, qapp
) -> None:
    from tests.test_archive_export import NOW, add_entry, add_page

    shared = tmp_path / "delt"
    shared.mkdir()
    assert run_cli("sync", "init", str(shared), data_dir=data_dir)[0] == 0
    assert run_cli("sync", data_dir=data_dir)[0] in (0, 1)
    page = add_page(context)
    add_entry(context, page)
    target = tmp_path / "minnepinne"
    target.mkdir()
    result = context.archive.export(target, "zip", now=NOW)
    text = _text(log_file)
    assert "sync ok: pushed " in text and "problems: " in text
    assert f"archive export: package {result.package_id} (zip), 1 items" in text
