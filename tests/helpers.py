"""Helpers for tests: running the command line in-process."""

from __future__ import annotations

from pathlib import Path


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

