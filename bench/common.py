"""Benchmark helpers: median of several runs, ratio against a baseline measured in the same run.

A figure's ratio is, where the benchmark pairs its runs (value and baseline run alternately, one ratio
per pair), the median of those per-pair ratios (``paired_ratio``): on a loaded machine a pair shares the
load, so its ratio survives where a ratio of two medians taken minutes apart does not.
"""

from __future__ import annotations

import json
import platform
import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results"


@dataclass
class Result:
    """One benchmark figure: ``value`` and ``baseline`` in ``unit``, and the goal for their ratio."""

    name: str
    value: float
    baseline: float
    unit: str
    runs: int
    goal: float | None = None
    note: str = ""
    paired_ratio: float | None = None  # median of per-pair ratios; when set, it is the ratio

    @property
    def ratio(self) -> float:
        if self.paired_ratio is not None:
            return self.paired_ratio
        return self.value / self.baseline if self.baseline else float("inf")

    @property
    def met(self) -> bool | None:
        return None if self.goal is None else self.ratio <= self.goal

    def to_json(self) -> dict[str, object]:
        out = asdict(self)
        out["ratio"] = round(self.ratio, 3)
        out["paired"] = self.paired_ratio is not None
        out["met"] = self.met
        return out


def median_time(fn: Callable[[], object], runs: int) -> float:
    """Median wall time of ``fn()`` in seconds over ``runs`` runs."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def interleaved(fn: Callable[[], float], baseline: Callable[[], float], runs: int) -> tuple[float, float]:
    """Run value and baseline alternately (so machine noise hits both) and return both medians."""
    values, bases, _ = paired_runs(fn, baseline, runs)
    return values, bases


def paired_runs(
    fn: Callable[[], float], baseline: Callable[[], float], runs: int
) -> tuple[float, float, float]:
    """Run A/B/A/B (the order flips every pair); the medians of both and the median of per-pair ratios."""
    values, bases, ratios = [], [], []
    for number in range(runs):
        if number % 2:
            v = fn()
            b = baseline()
        else:
            b = baseline()
            v = fn()
        values.append(v)
        bases.append(b)
        ratios.append(v / b if b else float("inf"))
    return statistics.median(values), statistics.median(bases), statistics.median(ratios)


def print_table(results: list[Result]) -> None:
    """Every figure with its goal: value, baseline, ratio (p = paired), goal, met."""
    print(f"{'benchmark':66} {'value':>12} {'baseline':>12} {'ratio':>8} {'goal':>6}  met")
    for r in results:
        goal = f"{r.goal:.2f}" if r.goal is not None else "-"
        met = {True: "yes", False: "NO", None: "-"}[r.met]
        paired = "p" if r.paired_ratio is not None else " "
        print(
            f"{r.name:66} {r.value:10.4g}{r.unit:>2} {r.baseline:10.4g}{r.unit:>2}"
            f" {r.ratio:7.2f}{paired} {goal:>6}  {met}"
        )
        if r.note:
            print(f"{'':8}{r.note}")


def write_json(results: list[Result], name: str = "latest.json") -> Path:
    RESULTS.mkdir(exist_ok=True)
    path = RESULTS / name
    payload = {
        "machine": {
            "python": platform.python_version(),
            "platform": platform.platform(),
            "processor": platform.processor(),
            "cpus": __import__("os").cpu_count(),
        },
        "results": [r.to_json() for r in results],
    }
    path.write_text(json.dumps(payload, indent=2), encoding="utf-8")
    return path


# Code a child process runs to print its own peak resident memory ("peak_rss_kb N"). Not ru_maxrss:
# Linux carries the parent's peak into a child started by fork/vfork + exec, so every child of a bench
# process that had grown to 325 MB reported 325 MB (measured: 424 MB from a 400 MB parent, against a
# VmHWM of 14 MB). VmHWM belongs to the child's own address space, which starts empty at exec.
PEAK_RSS = r"""
def _print_peak_rss():
    try:
        with open("/proc/self/status") as fh:
            kb = next(int(line.split()[1]) for line in fh if line.startswith("VmHWM:"))
    except (OSError, StopIteration):
        import resource
        kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # not Linux: the best there is
    print("peak_rss_kb", kb)
"""


def peak_rss_kb(output: str) -> int:
    """The figure a child printed with :data:`PEAK_RSS`."""
    return int(next(line.split()[1] for line in output.splitlines() if line.startswith("peak_rss_kb")))
