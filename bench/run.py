"""Run every benchmark in bench/ (``bench_*.py``, each with ``run(runs) -> list[Result]``).

    python3 dev.py bench [--runs N] [--only NAME]

Prints a table and writes bench/results/latest.json. Not part of the test suite's pass/fail. With
``--only`` the other benchmarks' figures already in latest.json are kept, so one benchmark can be re-run
without losing the rest of the table.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from common import RESULTS, Result, print_table, write_json  # noqa: E402


def _merge(path: Path, ran: dict[str, list[Result]]) -> None:
    """Tag each figure with its benchmark module and keep figures of modules not run this time."""
    payload = json.loads(path.read_text(encoding="utf-8"))
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
    args = parser.parse_args(argv)
    results: list[Result] = []
    ran: dict[str, list[Result]] = {}
    for path in sorted(HERE.glob("bench_*.py")):
        if args.only and args.only not in path.stem:
            continue
        print(f"== {path.stem}", flush=True)
        try:
            module = importlib.import_module(path.stem)
            if not hasattr(module, "run"):
                # A benchmark with its own command line and JSON (bench_sync.py): run it directly.
                print(f"   {path.stem} has no run(runs); run it directly: python bench/{path.name}")
                continue
            ran[path.stem] = module.run(args.runs)
            results.extend(ran[path.stem])
        except Exception:  # noqa: BLE001 - one broken benchmark must not hide the others
            traceback.print_exc()
    print_table(results)
    latest = RESULTS / "latest.json"
    if latest.exists():
        latest.replace(RESULTS / "previous.json")
    path = write_json(results)
    _merge(path, ran)
    print(f"written {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
