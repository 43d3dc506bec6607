"""Where things live: the user's data directory (platformdirs, ``--data-dir`` overrides) and resources."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from mtk_admin_desktop import APP_ID

DB_NAME = "mtk-admin.sqlite"


def _source_root() -> Path:
    """The project root when running from a checkout, or the bundle's folder when frozen."""
    if getattr(sys, "frozen", False):
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return _source_root() / "resources"


def i18n_dir() -> Path:
    return _source_root() / "i18n"


def default_data_dir() -> Path:
    """The user's own data directory; ``MTK_ADMIN_DATA_DIR`` overrides it (tests, IT deployment)."""
    env = os.environ.get("MTK_ADMIN_DATA_DIR")
    if env:
        return Path(env)
    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False, roaming=False))


def demo_data_dir() -> Path:
    """A separate directory for the demo store, so demo data never mixes with real records."""
    return Path(platformdirs.user_data_dir(APP_ID + "-demo", appauthor=False, roaming=False))


@dataclass(frozen=True)
class Paths:
    """The files of one store: the database, the blobs (screenshots), logs."""

    data_dir: Path

    @property
    def db_file(self) -> Path:
        return self.data_dir / DB_NAME

    @property
    def blobs_dir(self) -> Path:
        return self.data_dir / "blobs"

    @property
    def log_dir(self) -> Path:
        return self.data_dir / "logs"

    @property
    def exports_dir(self) -> Path:
        return self.data_dir / "exports"

    def exists(self) -> bool:
        """True if a store has been created here."""
        return self.db_file.exists()
