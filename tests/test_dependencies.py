"""Dependencies are chosen, not drifted into: upper bounds on every major, and an installer build pinned
with hashes to versions that satisfy pyproject.toml."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
LOCK = ROOT / "packaging" / "requirements-build.txt"


def _project() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def _requirements() -> list[Requirement]:
    project = _project()
    names = [*project["dependencies"]]
    for extra in project["optional-dependencies"].values():
        names.extend(extra)
    return [Requirement(text) for text in names]


def _pins() -> dict[str, tuple[str, list[str]]]:
    """name -> (version, hashes) from the lock file."""
    pins: dict[str, tuple[str, list[str]]] = {}
    current = None
    for line in LOCK.read_text(encoding="utf-8").splitlines():
        match = re.match(r"^([A-Za-z0-9_.\-]+)==([^\s;\\]+)", line)
        if match:
            current = canonicalize_name(match.group(1))
            pins[current] = (match.group(2), [])
            continue
        hashed = re.match(r"^\s+--hash=sha256:([0-9a-f]{64})", line)
        if hashed and current:
            pins[current][1].append(hashed.group(1))
    return pins


#: Calendar-versioned data with no API: every release is the same kind of file, newer is better.
CALENDAR_VERSIONED = {"tzdata"}


def test_every_dependency_has_an_upper_bound_on_its_major() -> None:
    unbounded = [
        str(req) for req in _requirements()
        if req.name not in CALENDAR_VERSIONED
        and not any(spec.operator in ("<", "<=", "==", "~=") for spec in req.specifier)
    ]
    assert unbounded == []


def test_the_installer_lock_pins_every_runtime_dependency_with_hashes_within_pyproject() -> None:
    pins = _pins()
    project = _project()
    texts = [*project["dependencies"], *project["optional-dependencies"]["build"]]
    wanted = [Requirement(text) for text in texts]
    for req in wanted:
        name = canonicalize_name(req.name)
        if req.marker is not None and not any(
            req.marker.evaluate({"sys_platform": platform}) for platform in ("linux", "win32", "darwin")
        ):
            continue
        assert name in pins, f"{req.name} is not in {LOCK.name}: run python3 dev.py lock"
        version, hashes = pins[name]
        assert req.specifier.contains(version, prereleases=True), f"{req.name}=={version} is outside {req}"
        assert hashes, f"{req.name} has no hash in {LOCK.name}"
    assert all(hashes for _version, hashes in pins.values())
