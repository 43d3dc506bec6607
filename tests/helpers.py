"""Helpers for tests (and bench/): running the command line in-process, a realistic screenshot."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path
from typing import Any

import pytest


def require_tool(command: str, package: str) -> str:
    """The path of a system tool a test needs; skips with the reason when absent, and fails under CI.

    CI (``CI`` set, as `.ci/run` runs) installs every Debian package the suite uses, so a missing tool
    there is a broken install step, not a reason to test less.
    """
    path = shutil.which(command)
    if path is None:
        reason = f"{command} is not installed (Debian package {package}; .ci/run installs it)"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    return path


def run_cli(*args: str, data_dir: Path | None = None) -> tuple[int, str, str]:
    """Run ``mtk-admin`` in this process; returns (exit code, stdout, stderr)."""
    import contextlib
    import io

    from mtk_admin_desktop.cli import main

    out, err = io.StringIO(), io.StringIO()
    argv = list(args)
    if data_dir is not None:
        argv = [*argv, "--data-dir", str(data_dir)]
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as exc:  # argparse errors
            code = int(exc.code or 0)
    return code, out.getvalue(), err.getvalue()


def full_hd_screenshot(rng: Any, label: str = "") -> bytes:
    """A 1920×1080 PNG like a screen capture: panels, lines of comment text, a photo-like noisy area.

    ``rng`` is a ``random.Random``; the same seed gives the same bytes. Shared by the archive tests and
    ``bench/bench_archive.py``.
    """
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage, QPainter

    image = QImage(1920, 1080, QImage.Format.Format_RGB32)
    image.fill(QColor(240, 242, 245))
    painter = QPainter(image)
    for _ in range(12):
        painter.fillRect(
            rng.randrange(1800),
            rng.randrange(1000),
            rng.randrange(80, 600),
            rng.randrange(20, 300),
            QColor(rng.randrange(256), rng.randrange(256), rng.randrange(256)),
        )
    for line in range(40):
        painter.drawText(60, 40 + line * 25, f"Kommentar {label}{line}: " + "tekst " * rng.randrange(3, 30))
    # A noisy "photo" so the PNG is not trivially small (one image, not thousands of fillRect calls).
    noise = rng.randbytes(200 * 100 * 3)
    photo = QImage(noise, 200, 100, 600, QImage.Format.Format_RGB888).scaled(600, 300)
    painter.drawImage(1200, 700, photo)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def oslo_in(delta: dt.timedelta) -> dt.datetime:
    """The Oslo time ``delta`` of real time from now. ``now_oslo() + delta`` adds wall-clock time: on the
    night the clocks go back, 02:30 + 30 minutes gives 03:00, which is 90 minutes away."""
    from mtk_admin_desktop.domain import clock

    return (clock.now_utc() + delta).astimezone(clock.OSLO)
