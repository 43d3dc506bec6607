"""Settings: declared defaults, local vs shared (R3 names travel with the sync), site defaults."""

from __future__ import annotations

import json

import pytest

from mtk_admin_desktop import settings as settings_module
from mtk_admin_desktop.credentials import KeyringCredentials, MemoryCredentials, NoKeyringError
from mtk_admin_desktop.settings import OPTIONS


def test_defaults_come_from_the_declaration(context) -> None:
    s = context.settings
    assert s.get("ui.language") == "system"
    assert s.get("ui.last_tab") == 0
    assert s.is_default("ui.language")
    with pytest.raises(KeyError):
        s.get("no.such.option")


def test_local_settings_round_trip_and_do_not_enter_the_op_log(context) -> None:
    before = context.store.db.execute("SELECT count(*) FROM ops").fetchone()[0]
    context.settings.set("ui.language", "nn")
    assert context.settings.get("ui.language") == "nn"
    assert context.store.db.execute("SELECT count(*) FROM ops").fetchone()[0] == before


def test_r3_names_are_shared_settings_written_through_the_op_log(context) -> None:
    context.settings.set("org.nettredaktor", "Kari Nordbø")
    assert context.settings.get("org.nettredaktor") == "Kari Nordbø"
    ops = context.store.db.execute("SELECT count(*) FROM ops WHERE tbl = 'shared_settings'").fetchone()[0]
    assert ops >= 2
    assert OPTIONS["org.kommunedirektor"].scope == "shared"


def test_it_can_set_the_shared_folder_for_everyone(context, monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("MTK_ADMIN_SHARED_FOLDER", r"\\fil01\sosiale-medier")
    assert context.settings.get("sync.folder") == r"\\fil01\sosiale-medier"
    context.settings.set("sync.folder", "/mnt/usb")  # the user's own choice wins
    assert context.settings.get("sync.folder") == "/mnt/usb"


def test_site_file_gives_defaults_and_a_broken_one_is_ignored(monkeypatch, tmp_path) -> None:
    monkeypatch.delenv("MTK_ADMIN_SHARED_FOLDER", raising=False)
    monkeypatch.setattr("platformdirs.site_config_dir", lambda *a, **k: str(tmp_path))
    (tmp_path / "site.json").write_text(json.dumps({"sync.folder": "/srv/share", "evil": 1}), "utf-8")
    assert settings_module.site_defaults() == {"sync.folder": "/srv/share"}
    (tmp_path / "site.json").write_text("{not json", "utf-8")
    assert settings_module.site_defaults() == {}


def test_memory_credentials_and_the_no_keyring_case() -> None:
    creds = MemoryCredentials()
    creds.set("signing-key", "secret")
    assert creds.get("signing-key") == "secret"
    creds.delete("signing-key")
    assert creds.get("signing-key") is None
    none = MemoryCredentials(available=False)
    with pytest.raises(NoKeyringError):
        none.set("x", "y")


def test_without_a_keyring_backend_secrets_are_refused_plainly_not_written_to_files(tmp_path) -> None:
    # conftest forces keyring's "fail" backend, as on a Linux session without Secret Service
    creds = KeyringCredentials()
    assert creds.available() is False
    with pytest.raises(NoKeyringError, match="no keyring"):
        creds.set("passphrase", "hemmelig")
    assert not list(tmp_path.rglob("*"))
