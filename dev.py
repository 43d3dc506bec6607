#!/usr/bin/env python3
"""Set-up and everyday commands, needing nothing but Python >= 3.11.

    python3 dev.py run      # make .venv, install, build translations, start the app (demo store if new)
    python3 dev.py mtk-admin ARGS  # the command line (same as .venv/bin/mtk-admin ARGS), e.g. pages list
    python3 dev.py test     # make .venv, install with test extras, run the whole test suite
    python3 dev.py bench    # run the benchmarks in bench/
    python3 dev.py build    # build the installer (build_installer.py)
    python3 dev.py lint     # the gates CI runs: ruff check and mypy (strict for domain, storage, services)
    python3 dev.py lock     # re-pin packaging/requirements-build.txt (exact versions with hashes) with uv

Every command first brings .venv up to date (it reinstalls only when pyproject.toml changed).
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")


def _stamp(extras: str) -> Path:
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + extras.encode()).hexdigest()[:16]
    return VENV / f".installed-{digest}"


def ensure_venv(extras: str = "") -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 - dev.py is run by whatever python3 the machine has
        sys.exit("MTK Admin Desktop needs Python 3.11 or newer.")
    if not PY.exists():
        print("Creating .venv …", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    stamp = _stamp(extras)
    # Running needs no extras: an install with the test (or build) extras serves it as well, instead of
    # reinstalling without them (and then again with them for the next test run).
    supersets = ("test", "test,build") if not extras else ("test,build",) if extras == "test" else ()
    if not stamp.exists() and not any(_stamp(more).exists() for more in supersets):
        print("Installing dependencies …", flush=True)
        subprocess.run([str(PY), "-m", "pip", "install", "--quiet", "--upgrade", "pip"], check=True)
        target = f".[{extras}]" if extras else "."
        subprocess.run([str(PY), "-m", "pip", "install", "--quiet", "-e", target], check=True, cwd=ROOT)
        for old in VENV.glob(".installed-*"):
            old.unlink()
        stamp.touch()
    subprocess.run([str(PY), str(ROOT / "tools" / "i18n.py"), "release"], check=True, cwd=ROOT)


BUILD_VENV = ROOT / ".venv-build"
BUILD_BIN = BUILD_VENV / ("Scripts" if os.name == "nt" else "bin")
BUILD_PY = BUILD_BIN / ("python.exe" if os.name == "nt" else "python")
LOCK = ROOT / "packaging" / "requirements-build.txt"


def ensure_build_venv() -> Path:
    """A separate .venv-build with exactly the pinned, hash-checked packages of the lock file.

    The installer ships what is in this environment, so it is built from the lock
    (``pip --require-hashes``), never from the floors in pyproject.toml: a new release of any
    dependency reaches staff laptops only by a deliberate ``dev.py lock``.
    """
    if sys.version_info < (3, 11):  # noqa: UP036 - dev.py is run by whatever python3 the machine has
        sys.exit("MTK Admin Desktop needs Python 3.11 or newer.")
    if not BUILD_PY.exists():
        print("Creating .venv-build …", flush=True)
        venv.EnvBuilder(with_pip=True).create(BUILD_VENV)
    digest = hashlib.sha256(LOCK.read_bytes() + (ROOT / "pyproject.toml").read_bytes()).hexdigest()[:16]
    stamp = BUILD_VENV / f".installed-{digest}"
    if not stamp.exists():
        print("Installing the pinned build dependencies …", flush=True)
        pip = [str(BUILD_PY), "-m", "pip", "install", "--quiet"]
        subprocess.run([*pip, "--require-hashes", "--no-deps", "-r", str(LOCK)], check=True, cwd=ROOT)
        # The project itself (not hashed: it is this checkout), with nothing more resolved.
        subprocess.run([*pip, "--no-deps", "--no-build-isolation", "."], check=True, cwd=ROOT)
        for old in BUILD_VENV.glob(".installed-*"):
            old.unlink()
        stamp.touch()
    subprocess.run([str(BUILD_PY), str(ROOT / "tools" / "i18n.py"), "release"], check=True, cwd=ROOT)
    return BUILD_PY


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "run"
    rest = argv[1:]
    if command == "run":
        ensure_venv()
        return subprocess.call([str(PY), "-m", "mtk_admin_desktop", "--demo-if-new", *rest], cwd=ROOT)
    if command == "mtk-admin":
        ensure_venv()
        # In the caller's folder, so relative paths (--out x.csv, --data-dir d) mean what they typed.
        return subprocess.call([str(PY), "-m", "mtk_admin_desktop", *rest])
    if command == "test":
        ensure_venv("test")
        return subprocess.call([str(PY), "-m", "pytest", *rest], cwd=ROOT)
    if command == "bench":
        ensure_venv("test")
        return subprocess.call([str(PY), str(ROOT / "bench" / "run.py"), *rest], cwd=ROOT)
    if command == "lint":
        ensure_venv("test")
        ruff = subprocess.call([str(PY), "-m", "ruff", "check", ".", *rest], cwd=ROOT)
        mypy = subprocess.call([str(PY), "-m", "mypy", "mtk_admin_desktop"], cwd=ROOT)
        return ruff or mypy
    if command == "lock":
        ensure_venv("test")
        subprocess.run([str(PY), "-m", "pip", "install", "--quiet", "uv>=0.5,<1"], check=True, cwd=ROOT)
        return subprocess.call(
            [str(PY), "-m", "uv", "pip", "compile", "pyproject.toml", "--extra", "build", "--universal",
             "--python-version", "3.11", "--generate-hashes", "--quiet", "--custom-compile-command",
             "python3 dev.py lock", "-o", str(LOCK), *rest], cwd=ROOT)
    if command == "build":
        python = ensure_build_venv()
        return subprocess.call([str(python), str(ROOT / "build_installer.py"), *rest], cwd=ROOT)
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
