"""Benchmark helpers: median of several runs, ratio against a baseline measured in the same run."""

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

    @property
    def ratio(self) -> float:
        return self.value / self.baseline if self.baseline else float("inf")

    @property
    def met(self) -> bool | None:
        return None if self.goal is None else self.ratio <= self.goal

    def to_json(self) -> dict[str, object]:
        out = asdict(self)
        out["ratio"] = round(self.ratio, 3)
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
    values, bases = [], []
    for _ in range(runs):
        bases.append(baseline())
        values.append(fn())
    return statistics.median(values), statistics.median(bases)


def print_table(results: list[Result]) -> None:
    print(f"{'benchmark':58} {'value':>12} {'baseline':>12} {'ratio':>7} {'goal':>6}  met")
    for r in results:
        goal = f"{r.goal:.2f}" if r.goal is not None else "-"
        met = {True: "yes", False: "NO", None: "-"}[r.met]
        print(
            f"{r.name:58} {r.value:10.4g}{r.unit:>2} {r.baseline:10.4g}{r.unit:>2}"
            f" {r.ratio:7.2f} {goal:>6}  {met}"
        )


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
