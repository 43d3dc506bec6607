"""Run every benchmark in bench/ (``bench_*.py``, each with ``run(runs, quick) -> list[Result]``).

    python3 dev.py bench [--runs N] [--only NAME] [--quick]

Prints each figure with its goal as it comes, then the table of ratio vs goal, and writes
bench/results/latest.json (with the time taken, the load average and whether it was a quick run). Not
part of the test suite's pass/fail. With ``--only`` the other benchmarks' figures already in latest.json
are kept, so one benchmark can be re-run without losing the rest of the table. ``--quick`` uses smaller
sizes (start-up on the 1× store only, a tenth of the sync history, archive memory at 100 and 1,000
entries); docs/performance.md says which kind of run each figure comes from.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
import time
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from common import RESULTS, Result, print_table, write_json  # noqa: E402


def _merge(path: Path, ran: dict[str, list[Result]], extra: dict[str, object]) -> None:
    """Tag each figure with its benchmark module and keep figures of modules not run this time."""
    payload = json.loads(path.read_text(encoding="utf-8"))
    payload["run"] = extra
    fresh = [dict(r.to_json(), module=module) for module, results in ran.items() for r in results]
    try:
        old = json.loads((RESULTS / "previous.json").read_text(encoding="utf-8"))["results"]
    except (OSError, ValueError, KeyError):
        old = []
    kept = [r for r in old if r.get("module") and r["module"] not in ran]
    payload["results"] = kept + fresh
    path.write_text(json.dumps(payload, indent=2), encoding="utf-8")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--only", help="run only benchmark modules whose name contains this")
    parser.add_argument("--quick", action="store_true", help="smaller sizes (see the module docstring)")
    args = parser.parse_args(argv)
    began = time.time()
    load_before = os.getloadavg()
    results: list[Result] = []
    ran: dict[str, list[Result]] = {}
    for path in sorted(HERE.glob("bench_*.py")):
        if args.only and args.only not in path.stem:
            continue
        print(f"== {path.stem}", flush=True)
        try:
            module = importlib.import_module(path.stem)
            started = time.time()
            ran[path.stem] = module.run(args.runs, quick=args.quick)
            results.extend(ran[path.stem])
            print_table(ran[path.stem])
            print(f"   ({time.time() - started:.0f} s, load average {os.getloadavg()[0]:.1f})", flush=True)
        except Exception:  # noqa: BLE001 - one broken benchmark must not hide the others
            traceback.print_exc()
    print("\n== all figures: ratio vs goal (p = median of paired ratios)")
    print_table(results)
    latest = RESULTS / "latest.json"
    if latest.exists():
        latest.replace(RESULTS / "previous.json")
    path = write_json(results)
    extra = {
        "started_utc": time.strftime("%Y-%m-%d %H:%M", time.gmtime(began)),
        "seconds": round(time.time() - began),
        "runs": args.runs,
        "quick": args.quick,
        "only": args.only,
        "load_average_before": [round(x, 1) for x in load_before],
        "load_average_after": [round(x, 1) for x in os.getloadavg()],
    }
    _merge(path, ran, extra)
    print(
        f"took {extra['seconds']} s; load average before {load_before[0]:.1f}, after {os.getloadavg()[0]:.1f}"
    )
    print(f"written {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
