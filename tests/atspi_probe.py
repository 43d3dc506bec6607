"""What a screen reader sees of a running application, read over the AT-SPI bus (as Orca reads it).

Run by Debian's own Python (``/usr/bin/python3``), which has ``python3-pyatspi``; the project's venv
cannot import it. ``tests/xvfb_session.py`` starts this script inside the test's D-Bus session and
reads the JSON it prints on stdout:

    atspi_probe.py tree APP        every node of the application's windows (tables: not their cells)
    atspi_probe.py focused APP     the node that has the keyboard focus (or null)

A node is ``{"path", "role", "name", "description", "states", "x", "y", "width", "height"}``; ``path``
names the node's ancestors (role and name) from its window down, the way a bug report names a widget.
"""

from __future__ import annotations

import json
import sys

import pyatspi  # type: ignore[import-not-found]

#: Containers whose children are data cells, not controls (a list's items are read: findings live there).
DATA_ROLES = {"table", "tree table", "tree", "table cell"}
STATES = {
    "focusable": pyatspi.STATE_FOCUSABLE,
    "focused": pyatspi.STATE_FOCUSED,
    "showing": pyatspi.STATE_SHOWING,
    "visible": pyatspi.STATE_VISIBLE,
    "enabled": pyatspi.STATE_ENABLED,
    "active": pyatspi.STATE_ACTIVE,
    "modal": pyatspi.STATE_MODAL,
    "editable": pyatspi.STATE_EDITABLE,
}
MAX_NODES = 3000
#: Parts of a control (a tab of a tab bar, an item of a list, a cell): the control holds the focus.
ITEM_ROLES = {"page tab", "list item", "table cell", "tree item"}


def application(name: str):  # noqa: ANN201 - a pyatspi Accessible
    desktop = pyatspi.Registry.getDesktop(0)
    for index in range(desktop.childCount):
        app = desktop.getChildAtIndex(index)
        if app is not None and app.name == name:
            return app
    return None


def describe(node, path: str) -> dict:  # noqa: ANN001
    state_set = node.getState()
    try:
        box = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
        x, y, width, height = box.x, box.y, box.width, box.height
    except NotImplementedError:
        x = y = width = height = -1
    try:  # what a screen reader reads out of a text field (its value), at most 200 characters
        text_part = node.queryText()
        text = text_part.getText(0, min(text_part.characterCount, 200))
    except NotImplementedError:
        text = ""
    return {
        "text": text,
        "path": path,
        "role": node.getRoleName(),
        "name": node.name or "",
        "description": node.description or "",
        "states": sorted(key for key, state in STATES.items() if state_set.contains(state)),
        "x": x,
        "y": y,
        "width": width,
        "height": height,
    }


def walk(app, only_showing: bool) -> list[dict]:  # noqa: ANN001
    """Every node below ``app`` (an application or one window), depth first."""
    out: list[dict] = []
    top = "" if app.getRoleName() == "application" else f"{app.getRoleName()} {app.name!r}"
    stack = [(app.getChildAtIndex(i), top) for i in reversed(range(app.childCount))]
    while stack and len(out) < MAX_NODES:
        node, parent_path = stack.pop()
        if node is None:
            continue
        try:
            info = describe(node, "")
        except Exception:  # noqa: BLE001 - a node that vanished while walking (a closed popup)
            continue
        label = f"{info['role']} {info['name']!r}" if info["name"] else info["role"]
        info["path"] = f"{parent_path} / {label}" if parent_path else label
        if only_showing and "showing" not in info["states"]:
            continue
        out.append(info)
        if info["role"] in DATA_ROLES:
            continue
        count = node.childCount
        stack.extend((node.getChildAtIndex(i), info["path"]) for i in reversed(range(min(count, 200))))
    return out


def focused(app) -> dict | None:  # noqa: ANN001
    """The node with the keyboard focus in the active window.

    Qt marks the current tab of every tab bar as focused, whether or not the bar has the focus; a tab
    counts only when its tab list has the focus itself (then the tab widget around it is focused too).
    Otherwise the focus is on the innermost focused node whose parent is not focused as well (a text
    field reports its viewport as focused too; the field is what has the focus). A list's current item
    keeps its focused mark after the list has lost the focus, so items never count: the list does.
    """
    windows = [n for n in walk_windows(app) if "active" in n[1]["states"]] or walk_windows(app)
    for window, _ in windows:
        nodes = [n for n in walk(window, only_showing=True) if "focused" in n["states"]]
        lists = [n["path"] for n in nodes if n["role"] == "page tab list"]
        if lists:
            tabs = [n for n in nodes if n["role"] == "page tab" and n["path"].startswith(lists[-1] + " / ")]
            return tabs[-1] if tabs else next(n for n in nodes if n["path"] == lists[-1])
        paths = {n["path"] for n in nodes}
        real = [n for n in nodes
                if n["role"] not in ITEM_ROLES and n["path"].rsplit(" / ", 1)[0] not in paths]
        if real:
            return max(real, key=lambda n: n["path"].count(" / "))
    return None


def walk_windows(app) -> list:  # noqa: ANN001
    """The application's top-level windows with their descriptions, frontmost (modal dialogs) last."""
    out = []
    for index in range(app.childCount):
        window = app.getChildAtIndex(index)
        if window is not None:
            out.append((window, describe(window, "")))
    return out


def main(argv: list[str]) -> int:
    command, app_name = argv[0], argv[1]
    app = application(app_name)
    if app is None:
        print(json.dumps({"error": f"no application {app_name!r} on the AT-SPI bus"}))
        return 0
    if command == "tree":
        print(json.dumps(walk(app, only_showing=False), ensure_ascii=False))
    elif command == "showing":
        print(json.dumps(walk(app, only_showing=True), ensure_ascii=False))
    elif command == "focused":
        print(json.dumps(focused(app), ensure_ascii=False))
    else:
        print(json.dumps({"error": f"unknown command {command!r}"}))
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
