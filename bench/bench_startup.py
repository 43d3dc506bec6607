"""Start-up and memory (issue 10, items 1 and 6): the app on the large store against a bare window.

Both are started the same way (a fresh ``python`` process, offscreen) and quit as soon as the first
frame is painted; time is process start to exit, memory the peak resident set size.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from common import PEAK_RSS, Result, interleaved, peak_rss_kb
from large_store import cached

ROOT = Path(__file__).resolve().parent.parent

BARE = r"""
import os, sys, resource
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QWidget
app = QApplication(sys.argv[:1])
window = QMainWindow()
tabs = QTabWidget()
for name in ("Sider", "Planlegging", "Moderering", "Arkiv"):
    tabs.addTab(QWidget(), name)
window.setCentralWidget(tabs)
window.resize(1280, 800)
window.show()
app.processEvents()
window.repaint()
QTimer.singleShot(0, app.quit)
app.exec()
_print_peak_rss()
"""

APP = r"""
import resource, sys
from mtk_admin_desktop.cli import main
code = main(["--data-dir", sys.argv[1]])
_print_peak_rss()
"""


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        {
            "QT_QPA_PLATFORM": "offscreen",
            "MTK_ADMIN_EXIT_AFTER_PAINT": "1",
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
            # An installed app has its .pyc files; a development shell may forbid writing them
            # (PYTHONDONTWRITEBYTECODE), which made every start compile ~70 modules (+0.3-2 s).
            # The warm-up start writes them here, outside the source tree.
            "PYTHONPYCACHEPREFIX": str(Path(__file__).resolve().parent / "results" / "pycache"),
        }
    )
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _start(code: str, *args: str) -> tuple[float, int]:
    start = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-c", PEAK_RSS + code, *args],
        env=_env(),
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    elapsed = time.perf_counter() - start
    rss = peak_rss_kb(out)
    return elapsed, rss


def run(runs: int) -> list[Result]:
    store = cached()
    rss: dict[str, list[int]] = {"app": [], "bare": []}

    def app() -> float:
        t, m = _start(APP, str(store))
        rss["app"].append(m)
        return t

    def bare() -> float:
        t, m = _start(BARE)
        rss["bare"].append(m)
        return t

    app()  # warm the file cache and compile the .pyc files once
    value, baseline = interleaved(app, bare, runs)
    import statistics

    return [
        Result("start-up to first paint, large store vs bare 4-tab window", value, baseline, "s", runs, 1.5),
        Result(
            "peak resident memory, large store vs bare 4-tab window",
            statistics.median(rss["app"]) / 1024,
            statistics.median(rss["bare"]) / 1024,
            "MB",
            runs,
            None,
        ),
    ]
