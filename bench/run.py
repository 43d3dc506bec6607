"""Run every benchmark in bench/ (``bench_*.py``, each with ``run(runs) -> list[Result]``).

    python3 dev.py bench [--runs N] [--only NAME]

Prints a table and writes bench/results/latest.json. Not part of the test suite's pass/fail.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from common import Result, print_table, write_json  # noqa: E402


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--only", help="run only benchmark modules whose name contains this")
    args = parser.parse_args(argv)
    results: list[Result] = []
    for path in sorted(HERE.glob("bench_*.py")):
        if args.only and args.only not in path.stem:
            continue
        print(f"== {path.stem}", flush=True)
        try:
            module = importlib.import_module(path.stem)
            results.extend(module.run(args.runs))
        except Exception:  # noqa: BLE001 - one broken benchmark must not hide the others
            traceback.print_exc()
    print_table(results)
    print(f"written {write_json(results)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
