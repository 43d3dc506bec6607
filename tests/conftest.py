"""Shared fixtures: offscreen Qt, a temporary data directory, a migrated store, in-memory credentials.

Tests never touch the user's real keyring or data directory.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

# A full-HD offscreen screen (the plugin's default is 800x600, smaller than a staff laptop's).
_SCREEN = Path(__file__).resolve().parent / "offscreen-screen.json"
os.environ["QT_QPA_PLATFORM"] = os.environ.get("MTK_TEST_QPA", f"offscreen:configfile={_SCREEN}")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

import pytest  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("MTK_SHARED_DIR", ROOT.parent / "shared"))


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Keep every test away from the real data directory and keyring."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("MTK_ADMIN_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("MTK_ADMIN_LOG_DIR", str(home / "logs"))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    from mtk_admin_desktop.commands import common
    from mtk_admin_desktop.credentials import MemoryCredentials

    monkeypatch.setattr(common, "credentials_override", MemoryCredentials())
    yield
    # A command run in-process installs the user's language; the next test starts in English again.
    from mtk_admin_desktop import i18n

    if i18n.current_language() != "en":
        i18n.install("en")


#: Where tests marked ``today`` stand in time unless MTK_TEST_DATE says otherwise: a Wednesday whose ISO
#: week began in the previous month (the case that once made CI red for five days).
DEFAULT_TEST_NOW = "2026-12-02T10:00"


def test_now() -> dt.datetime:
    """The frozen instant (Europe/Oslo) for this run: MTK_TEST_DATE (YYYY-MM-DD[THH:MM]) or the default."""
    from zoneinfo import ZoneInfo

    text = os.environ.get("MTK_TEST_DATE") or DEFAULT_TEST_NOW
    when = dt.datetime.fromisoformat(text if "T" in text else f"{text}T10:00")
    return when.replace(tzinfo=ZoneInfo("Europe/Oslo")) if when.tzinfo is None else when


test_now.__test__ = False  # type: ignore[attr-defined]  # a helper, not a test


@pytest.fixture(autouse=True)
def _frozen_clock(request: pytest.FixtureRequest):
    """Tests that depend on today run at a fixed instant (time-machine moves the whole process's clock).

    Mark such a test (or module) ``@pytest.mark.today``. CI runs the marked tests again on every date in
    tests/test_dates.txt (month and year ends, the nights the clocks change, a leap day).
    """
    if request.node.get_closest_marker("today") is None:
        yield
        return
    import time_machine

    with time_machine.travel(test_now(), tick=True):
        yield


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "store"
    path.mkdir()
    return path


@pytest.fixture
def credentials():
    from mtk_admin_desktop.credentials import MemoryCredentials

    return MemoryCredentials()


@pytest.fixture
def context(data_dir: Path, credentials):
    """An AppContext on a fresh, migrated store in a temporary directory."""
    from mtk_admin_desktop.services.context import AppContext

    ctx = AppContext.open(data_dir, credentials=credentials)
    ctx.settings.set("user.name", "Test Testesen")
    ctx.store.author = "Test Testesen"
    yield ctx
    ctx.close()


@pytest.fixture
def store():
    """An in-memory migrated store."""
    from mtk_admin_desktop.storage.store import Store

    s = Store.open(":memory:", author="Test")
    yield s
    s.close()


@pytest.fixture
def shared_dir() -> Path:
    """The project's ../shared folder (guideline, rules, schemas)."""
    if not SHARED.exists():
        pytest.fail(f"../shared not found at {SHARED}; CI lays it beside the checkout")
    return SHARED


@pytest.fixture
def language(qapp):
    """Install a UI language for a test and go back to English afterwards: ``language("nb")``."""
    from mtk_admin_desktop import i18n

    def install(code: str) -> str:
        return i18n.install(code, qapp)

    yield install
    i18n.install("en", qapp)


@pytest.fixture(scope="session", autouse=True)
def _quiet_shutdown():
    """Let background jobs finish before the interpreter tears Qt down (a running worker then crashes)."""
    yield
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(30_000)


if os.environ.get("MTK_TEST_GC"):
    # Stress run: collect garbage before every test, so a Qt object freed by Python at the wrong moment
    # crashes here, deterministically, instead of once in a while in CI (how the QWidget.screen() crash
    # in ui/screen_fit.py was found). About 50 % slower; not part of the normal run.
    import gc

    def pytest_runtest_call(item: pytest.Item) -> None:
        gc.collect()
