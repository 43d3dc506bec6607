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


def _module_graph(root: Path) -> dict[str, set[str]]:
    """Each module's imports of the package's own modules, every one of them: at the top, inside a
    function, or under ``TYPE_CHECKING`` (a circle hidden there is still a circle to a reader)."""
    modules = {}
    for path in root.rglob("*.py"):
        parts = path.relative_to(root.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        modules[name] = path
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        for _, imported in _imports(path):
            # ``from package import module`` names the module; importing a parent package is no edge
            if imported in modules and imported != name and not name.startswith(imported + "."):
                graph[name].add(imported)
    return graph


def _circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_two_modules_import_each_other() -> None:
    """Issue 14: ``services/context.py`` and the services imported each other (under TYPE_CHECKING);
    services are now typed against ``services.resources.Resources`` and the circle is gone."""
    assert _circles(_module_graph(PACKAGE)) == []


def test_the_circle_check_sees_a_circle_under_type_checking(tmp_path) -> None:
    root = tmp_path / "mtk_admin_desktop"
    (root / "services").mkdir(parents=True)
    (root / "__init__.py").write_text("")
    (root / "services" / "__init__.py").write_text("")
    (root / "services" / "a.py").write_text("from mtk_admin_desktop.services import b\n")
    (root / "services" / "b.py").write_text(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n"
        "    from mtk_admin_desktop.services.a import X\n"
    )
    assert _circles(_module_graph(root)) == [["mtk_admin_desktop.services.a", "mtk_admin_desktop.services.b"]]
