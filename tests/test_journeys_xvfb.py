"""Issue 17: the real application under a real X server, driven by real keyboard and mouse events only.

Each test starts Xvfb, a D-Bus session, a fresh HOME and ``python -m mtk_admin_desktop`` (see
``tests/xvfb_session.py``), presses keys and clicks with ``xdotool``, finds controls the way a screen
reader does (AT-SPI), and reads back what was stored through the command line's ``--json``. Screenshots
of each journey land in the session's log folder (or ``MTK_JOURNEY_SHOTS``) for a person to look at.
"""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from xvfb_session import APP_TITLE, XSession, keep_screenshot, poll, xsession

pytestmark = [pytest.mark.xvfb, pytest.mark.slow]

ROOT = Path(__file__).resolve().parent.parent
SAVE = "Lagre"


@pytest.fixture
def x(tmp_path: Path):
    yield from xsession(tmp_path)


def start_main(session: XSession, *args: str, name: str = "app") -> int:
    """Start the app, wait for its main window, give it the focus; the window's id."""
    session.start_app(*args, name=name)
    window = session.wait_window(re.escape(APP_TITLE))
    session.focus_window(window)
    # The window is mapped before its tab is built; a screen reader sees it once the tab list is there.
    session.find("1 Sider", "page tab", timeout=60)
    return window


def on_screen(node: dict[str, Any], size: tuple[int, int]) -> bool:
    """The node's whole rectangle lies on the screen (a user can see and click it)."""
    return (node["x"] >= 0 and node["y"] >= 0 and node["width"] > 0 and node["height"] > 0
            and node["x"] + node["width"] <= size[0] and node["y"] + node["height"] <= size[1])


def quit_app(session: XSession, window: int) -> None:
    """Ctrl+Q, as a user quits; the window must go and the process end (the geometry is saved then)."""
    session.focus_window(window)
    session.key("ctrl+q")
    session.wait_gone(window)
    app = session._processes[-1]
    app.wait(timeout=30)
    assert app.returncode == 0, session.log()


# -- the first start -------------------------------------------------------------------------------


def test_the_first_start_on_a_new_computer_shows_the_demo_window(tmp_path: Path) -> None:
    """``dev.py run`` on a new computer: ``--demo-if-new`` writes the demo store and shows its window.

    It used to write the demo through the command line's offscreen Qt application and then show the
    window on that same application: offscreen, so the user saw nothing at all.
    """
    with XSession(tmp_path / "x", accessibility=False) as session:
        session.start_app("--demo-if-new")
        window = session.wait_window(re.escape(APP_TITLE))
        geometry = session.geometry(window)
        assert geometry.viewable and geometry.width > 600 and geometry.height > 400, geometry
        assert session.windows(r"\(demo"), "the window's title does not say it shows demo data"
        demo = session.home / ".local" / "share" / "mtk-admin-desktop-demo" / "mtk-admin.sqlite"
        assert demo.exists(), session.log()
        keep_screenshot(session, "first-start")


def test_demo_start_on_a_new_folder_shows_the_window(tmp_path: Path) -> None:
    """``mtk-admin demo --start --data-dir NEW``: the same path, named by the README for a newcomer."""
    with XSession(tmp_path / "x", accessibility=False) as session:
        session.start_app("demo", "--start", "--data-dir", str(tmp_path / "demo-store"))
        window = session.wait_window(re.escape(APP_TITLE))
        assert session.geometry(window).viewable
        assert (tmp_path / "demo-store" / "mtk-admin.sqlite").exists()


def test_dev_py_run_shows_the_window(tmp_path: Path) -> None:
    """The README's first command, as a newcomer types it (the venv already set up by this test run)."""
    with XSession(tmp_path / "x", accessibility=False) as session:
        session.start_app(command=[sys.executable, str(ROOT / "dev.py"), "run"], name="dev-run")
        window = session.wait_window(re.escape(APP_TITLE), timeout=180)
        assert session.geometry(window).viewable, session.log("dev-run")


# -- the window's size -------------------------------------------------------------------------------


@pytest.mark.parametrize(("width", "height", "scale"), [(1366, 768, None), (1920, 1080, 2)])
def test_the_first_window_fits_the_screen_and_uses_it(tmp_path: Path, width: int, height: int,
                                                      scale: float | None) -> None:
    """A new user's window takes the available screen (not 1280×800 whatever the screen), with its
    status bar and the page form's Lagre on the screen; at 200 % it used to be twice the screen."""
    with XSession(tmp_path / "x", width=width, height=height, scale=scale) as session:
        window = start_main(session, "--data-dir", str(tmp_path / "store"))
        geometry = session.geometry(window)
        assert geometry.x >= 0 and geometry.y >= 0, geometry
        assert geometry.right <= width and geometry.bottom <= height, geometry
        assert geometry.width >= 0.9 * width and geometry.height >= 0.9 * height, geometry
        status_bar = session.find("", "status bar")
        assert on_screen(status_bar, (width, height)), status_bar
        session.key("ctrl+1", "ctrl+n")
        save = session.find(SAVE, "push button")
        assert on_screen(save, (width, height)), save
        keep_screenshot(session, f"main-window-{width}x{height}-scale{scale or 1}")


def test_a_saved_window_larger_than_the_screen_is_brought_within_it(tmp_path: Path) -> None:
    """Saved on a full-HD screen at 100 %, opened on a laptop at 1366×768 and at 200 %: inside the screen."""
    store = str(tmp_path / "store")
    with XSession(tmp_path / "big", width=1920, height=1080) as session:
        window = start_main(session, "--data-dir", store)
        session._x("xdotool", "windowsize", "--sync", str(window), "1900", "1060", check=True)
        poll(lambda: session.geometry(window).width == 1900, 10, "the window to take its new size")
        quit_app(session, window)
    for width, height, scale in ((1366, 768, None), (1920, 1080, 2)):
        with XSession(tmp_path / f"small-{width}-{scale}", width=width, height=height,
                      scale=scale, accessibility=False) as session:
            session.start_app("--data-dir", store)
            window = session.wait_window(re.escape(APP_TITLE))
            geometry = session.geometry(window)
            assert geometry.right <= width and geometry.bottom <= height, (width, scale, geometry)
            assert geometry.x >= 0 and geometry.y >= 0, geometry
            quit_app(session, window)
