"""The floors run one way, read from the source with ``ast`` (no import is executed):

``ui → services → storage → domain``; ``commands`` and ``demo`` use services and domain; nothing imports
upward; ``ui`` never reaches ``storage``; ``domain`` is plain Python without Qt or SQL.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "mtk_admin_desktop"
LEVEL = {"domain": 0, "storage": 1, "services": 2, "ui": 3}
#: What each package outside the four floors may not import.
FORBIDDEN = {
    "commands": {"ui", "storage"},
    "demo": {"ui", "storage"},
    "domain": {"storage", "services", "ui", "commands", "demo"},
}
THIRD_PARTY_FORBIDDEN = {"domain": {"PySide6", "sqlite3", "sqlite_utils"}}


def _imports(path: Path) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
            found.extend((node.lineno, f"{node.module}.{alias.name}") for alias in node.names)
    return found


def _violations(path: Path) -> list[str]:
    rel = path.relative_to(PACKAGE)
    area = rel.parts[0] if len(rel.parts) > 1 else None
    wrong = []
    for line, name in _imports(path):
        parts = name.split(".")
        if parts[0] == "mtk_admin_desktop" and len(parts) > 1:
            target = parts[1]
            upward = area in LEVEL and target in LEVEL and LEVEL[target] > LEVEL[area]
            if upward or target in FORBIDDEN.get(area or "", set()) or (area == "ui" and target == "storage"):
                wrong.append(f"{rel}:{line} imports {name}")
        elif parts[0] in THIRD_PARTY_FORBIDDEN.get(area or "", set()):
            wrong.append(f"{rel}:{line} imports {name}")
    return wrong


def test_no_import_runs_against_the_floors() -> None:
    wrong = [line for path in sorted(PACKAGE.rglob("*.py")) for line in _violations(path)]
    assert wrong == []


@pytest.mark.parametrize(
    ("where", "source"),
    [
        ("ui/x.py", "from mtk_admin_desktop.storage.store import StoreError\n"),
        ("services/x.py", "import mtk_admin_desktop.ui.worker\n"),
        ("domain/x.py", "from PySide6.QtCore import QDate\n"),
        ("demo/x.py", "from mtk_admin_desktop.storage.blobs import BlobStore\n"),
    ],
)
def test_the_check_catches_each_kind_of_break(tmp_path, monkeypatch, where, source) -> None:
    root = tmp_path / "mtk_admin_desktop"
    path = root / where
    path.parent.mkdir(parents=True)
    path.write_text(source)
    monkeypatch.setattr(__import__(__name__, fromlist=["PACKAGE"]), "PACKAGE", root)
    assert len(_violations(path)) >= 1
