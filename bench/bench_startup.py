"""Start-up and memory (issue 19 item 1): the app on the large store against a bare window, per tab.

The app opens on I dag; ``mtk-admin --tab N`` opens it on another tab (a shortcut IT can make), so
start-up is measured once for each of the five tabs (I dag and the four areas), on the 1× large store
and on the 10× store (the same present with nine more generations of history behind it,
``large_store.cached_10x``). Every start is a fresh ``python`` process (offscreen) that quits as soon as
the first frame is painted; time is process start to exit, memory the child's own peak (VmHWM).

Paired: each round starts, for every tab, the bare 5-tab window, the app on the 1× store and the app
on the 10× store back to back (the order flips every round, the tabs' order rotates), and the ratios
are taken between those neighbours (app / its bare, 10× / its 1×). The figure is the median of those
per-round ratios, which survives a loaded machine far better than a ratio of medians taken minutes
apart. The values shown are medians of the raw times.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from common import PEAK_RSS, Result, peak_rss_kb
from large_store import cached, cached_10x

ROOT = Path(__file__).resolve().parent.parent
TABS = ("I dag", "Sider", "Planlegging", "Moderering", "Arkiv")

BARE = r"""
import os, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QWidget
app = QApplication(sys.argv[:1])
window = QMainWindow()
tabs = QTabWidget()
for name in ("I dag", "Sider", "Planlegging", "Moderering", "Arkiv"):
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
import sys
from mtk_admin_desktop.cli import main
code = main(["--data-dir", sys.argv[1], "--tab", sys.argv[2]])
_print_peak_rss()
"""

# The child checks which tab it opened on, so a store that lost the setting cannot pass for another tab.
APP_CHECKED = r"""
import sys
from mtk_admin_desktop.ui import main_window as _mw
_shown = []
_real = _mw.MainWindow.show
def _show(self):
    _shown.append(self.tabs.currentIndex())
    _real(self)
_mw.MainWindow.show = _show
from mtk_admin_desktop.cli import main
code = main(["--data-dir", sys.argv[1], "--tab", sys.argv[2]])
print("tab_shown", _shown[0])
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


def _start(code: str, *args: str) -> tuple[float, int, str]:
    start = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-c", PEAK_RSS + code, *args],
        env=_env(),
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    elapsed = time.perf_counter() - start
    if out.returncode:
        raise RuntimeError(f"start failed ({out.returncode}): {out.stderr[-2000:]}")
    return elapsed, peak_rss_kb(out.stdout), out.stdout


def measure(runs: int, stores: dict[str, Path]) -> dict[str, list[tuple[float, int]]]:
    """``runs`` rounds; returns, per label ("bare", "1x/Sider", ...), the (seconds, kB) of each round."""
    configs = [(size, tab) for size in stores for tab in range(len(TABS))]
    # Warm the file cache and the .pyc files once per store and tab; check each opens on its tab.
    for size, tab in configs:
        _, _, out = _start(APP_CHECKED, str(stores[size]), str(tab))
        shown = int(next(line.split()[1] for line in out.splitlines() if line.startswith("tab_shown")))
        assert shown == tab, f"{size} store opened on tab {shown}, not {tab}"
    _start(BARE)
    # Per tab, its bare window, 1x and 10x start back to back (the order flips every round, and the
    # tabs' order rotates), so each ratio is taken between neighbours in time. Each (tab, size) thus
    # has the bare start next to it in its own round as its pair.
    times: dict[str, list[tuple[float, int]]] = {}
    for tab_name in TABS:
        times[f"bare/{tab_name}"] = []
        for size in stores:
            times[f"{size}/{tab_name}"] = []
    for round_number in range(runs):
        shift = round_number % len(TABS)
        for tab_name in TABS[shift:] + TABS[:shift]:
            group = ["bare", *stores]
            if round_number % 2:
                group.reverse()
            for size in group:
                if size == "bare":
                    t, m, _ = _start(BARE)
                else:
                    t, m, _ = _start(APP, str(stores[size]), str(TABS.index(tab_name)))
                times[f"{size}/{tab_name}"].append((t, m))
        print(f"   round {round_number + 1}/{runs}", flush=True)
    return times


def paired(values: list[tuple[float, int]], bases: list[tuple[float, int]]) -> float:
    """Median over rounds of value / baseline of the same round."""
    return statistics.median(v[0] / b[0] for v, b in zip(values, bases, strict=True))


def _median(values: list[tuple[float, int]], index: int) -> float:
    return statistics.median(v[index] for v in values)


def results(times: dict[str, list[tuple[float, int]]], runs: int) -> list[Result]:
    out: list[Result] = []
    every_bare = [start for tab in TABS for start in times[f"bare/{tab}"]]
    sizes = [size for size in ("1x", "10x") if f"{size}/{TABS[0]}" in times]
    for tab in TABS:
        bare = times[f"bare/{tab}"]
        one = times[f"1x/{tab}"]
        ratio = paired(one, bare)
        # value/baseline are the medians of the raw times; ratio is the paired one (see Result.paired).
        out.append(
            Result(
                f"start-up on tab {tab} (--tab), 1x store vs bare 5-tab window",
                _median(one, 0),
                _median(bare, 0),
                "s",
                runs,
                1.5,
                paired_ratio=ratio,
            )
        )
        if "10x" in sizes:
            ten = times[f"10x/{tab}"]
            out.append(
                Result(
                    f"start-up, last tab {tab}, 10x store vs 1x store",
                    _median(ten, 0),
                    _median(one, 0),
                    "s",
                    runs,
                    1.1,
                    paired_ratio=paired(ten, one),
                )
            )
            out.append(
                Result(
                    f"start-up on tab {tab} (--tab), 10x store vs bare 5-tab window",
                    _median(ten, 0),
                    _median(bare, 0),
                    "s",
                    runs,
                    None,
                    paired_ratio=paired(ten, bare),
                )
            )
    for size in sizes:
        for tab in TABS:
            out.append(
                Result(
                    f"peak memory, last tab {tab}, {size} store vs bare window",
                    _median(times[f"{size}/{tab}"], 1) / 1024,
                    _median(every_bare, 1) / 1024,
                    "MB",
                    runs,
                    None,
                )
            )
    return out


def run(runs: int, quick: bool = False) -> list[Result]:
    stores = {"1x": cached()}
    if not quick:
        stores["10x"] = cached_10x()
    return results(measure(runs, stores), runs)


if __name__ == "__main__":
    from common import print_table

    print_table(run(int(sys.argv[1]) if len(sys.argv) > 1 else 3))
