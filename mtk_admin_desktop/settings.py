"""Settings, declared once: each option with its default, its label, and where it is kept.

``local`` options belong to this laptop (stored in ``local_settings``); ``shared`` options are the
municipality's (the names of R3) and travel with the sync through the ``shared_settings`` table.
"""

from __future__ import annotations

import getpass
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from mtk_admin_desktop.domain.ids import stable_id
from mtk_admin_desktop.domain.tr import QT_TRANSLATE_NOOP, Text
from mtk_admin_desktop.storage.store import Store

LANGUAGES = ("system", "nb", "nn", "en")
SITE_FILE = "site.json"


def site_defaults() -> dict[str, Any]:
    """Defaults IT sets for every user of a laptop: ``MTK_ADMIN_SHARED_FOLDER``, or ``site.json``.

    ``site.json`` lives in the platform's site configuration directory (on Windows
    ``C:\\ProgramData\\mtk-admin-desktop``), e.g. ``{"sync.folder": "\\\\fil01\\sosiale-medier"}``; also
    ``"news.feed_url"`` (the website's news feed, R2).
    A broken file is ignored (the user can still set everything by hand).
    """
    import os

    import platformdirs

    from mtk_admin_desktop import APP_ID

    found: dict[str, Any] = {}
    path = os.path.join(platformdirs.site_config_dir(APP_ID, appauthor=False), SITE_FILE)
    try:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
        if isinstance(data, dict):
            found.update({k: v for k, v in data.items() if k in OPTIONS})
    except (OSError, ValueError):
        pass
    if os.environ.get("MTK_ADMIN_SHARED_FOLDER"):
        found["sync.folder"] = os.environ["MTK_ADMIN_SHARED_FOLDER"]
    return found


def _os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - getpass raises several kinds where no user is known
        return ""


@dataclass(frozen=True)
class Option:
    """One declared setting."""

    key: str
    default: Callable[[], Any]
    label: str
    scope: str = "local"  # "local" or "shared"

    def label_text(self) -> Text:
        return Text("Settings", self.label)


OPTIONS: dict[str, Option] = {o.key: o for o in [
    Option("user.name", _os_user, QT_TRANSLATE_NOOP("Settings", "Your name")),
    Option("user.email", lambda: f"{_os_user()}@mt.kommune.no" if _os_user() else "",
           QT_TRANSLATE_NOOP("Settings", "Your e-mail")),
    Option("ui.language", lambda: "system", QT_TRANSLATE_NOOP("Settings", "Language")),
    Option("org.kommunedirektor", lambda: "",
           QT_TRANSLATE_NOOP("Settings", "Chief municipal executive (kommunedirektør)"), scope="shared"),
    Option("org.nettredaktor", lambda: "",
           QT_TRANSLATE_NOOP("Settings", "Web editor (nettredaktør)"), scope="shared"),
    # Where the archive places each journalpost of an archive package (the archive area): an arkivdel
    # code, or the parent folder's mappeID; the municipality's, so shared. Changed in the export dialog.
    Option("archive.arkivdel", lambda: "",
           QT_TRANSLATE_NOOP("Settings", "Archive part (arkivdel) for archive packages"), scope="shared"),
    Option("archive.parent_folder", lambda: "",
           QT_TRANSLATE_NOOP("Settings", "Parent folder (mappeID) for archive packages"), scope="shared"),
    Option("sync.folder", lambda: site_defaults().get("sync.folder", ""),
           QT_TRANSLATE_NOOP("Settings", "Shared folder")),
    Option("news.feed_url", lambda: site_defaults().get("news.feed_url", ""),
           QT_TRANSLATE_NOOP("Settings", "Website news feed (RSS or Atom)")),
    Option("ui.geometry", lambda: "", QT_TRANSLATE_NOOP("Settings", "Window geometry")),
    Option("ui.last_tab", lambda: 0, QT_TRANSLATE_NOOP("Settings", "Last tab")),
]}


class Settings:
    """Read and write declared options. Unknown keys are a programming error (KeyError)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def get(self, key: str) -> Any:
        option = OPTIONS[key]
        if option.scope == "shared":
            row = self.store.get("shared_settings", stable_id("setting", key))
            return row["value"] if row and row.get("value") is not None else option.default()
        found = self.store.db.execute("SELECT value FROM local_settings WHERE key = ?", [key]).fetchone()
        return json.loads(found[0]) if found else option.default()

    def set(self, key: str, value: Any) -> None:
        option = OPTIONS[key]
        if option.scope == "shared":
            row_id = stable_id("setting", key)
            self.store.create("shared_settings", {"key": key, "value": value}, row_id=row_id)
            return
        with self.store.transaction():
            self.store.db.execute(
                "INSERT INTO local_settings (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [key, json.dumps(value, ensure_ascii=False)])
        if key == "user.name":  # the name is also the author of every change written from now on
            self.store.author = str(self.get(key) or "")

    def is_default(self, key: str) -> bool:
        return bool(self.get(key) == OPTIONS[key].default())
