"""The only module that names icon files: every icon the application shows comes from here."""

from __future__ import annotations

import functools

from PySide6.QtGui import QIcon

from mtk_admin_desktop.paths import resources_dir


@functools.cache
def icon(name: str) -> QIcon:
    """The icon ``name`` from ``resources/icons/<name>.svg``; a missing file is a KeyError."""
    path = resources_dir() / "icons" / f"{name}.svg"
    if not path.exists():
        raise KeyError(name)
    return QIcon(str(path))


def severity_icon(severity_key: str) -> QIcon:
    """The icon for a finding severity key (``block``, ``error``, ``warning``, ``info``) or ``ok``."""
    return icon(severity_key if severity_key in ("block", "error", "warning", "info") else "ok")
