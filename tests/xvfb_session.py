"""The real application under a real X server, driven by OS-level input only (issue 17).

``XSession`` starts its own Xvfb (a free display chosen by the server), its own D-Bus session bus (the
AT-SPI bus is started from it on demand), a fresh HOME with empty XDG directories, the keyring's
``fail`` backend, and then ``python -m mtk_admin_desktop`` as a subprocess, exactly as a user starts
it. The test's hands are ``xdotool`` (XTEST key and pointer events, as a keyboard and a mouse send
them); its eyes are ``xwininfo``/``xdotool search`` (which windows are mapped, where), the AT-SPI tree
(what a screen reader announces, where a button is on screen: ``tests/atspi_probe.py``), screenshots
of the root window (ImageMagick's ``import``), and the command line (``--data-dir ... --json``) to read
back what was stored. No widget is touched from the test process.

Nothing waits a fixed long time: every wait polls with a bound and fails with what it saw.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import pytest
from helpers import require_tool

ROOT = Path(__file__).resolve().parent.parent
PROBE = Path(__file__).resolve().parent / "atspi_probe.py"
SYSTEM_PYTHON = "/usr/bin/python3"
APP_TITLE = "MTK Admin Desktop"

T = TypeVar("T")


def poll(check: Callable[[], T | None], timeout: float, what: str, interval: float = 0.1) -> T:
    """``check()`` until it returns something truthy, at most ``timeout`` seconds; fails naming ``what``."""
    end = time.monotonic() + timeout
    last: Any = None
    while True:
        last = check()
        if last:
            return last
        if time.monotonic() > end:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what} (last: {last!r})")
        time.sleep(interval)


@dataclass(frozen=True)
class Geometry:
    """Where a window is on the screen, in device pixels, and whether X shows it."""

    x: int
    y: int
    width: int
    height: int
    viewable: bool

    @property
    def right(self) -> int:
        return self.x + self.width

    @property
    def bottom(self) -> int:
        return self.y + self.height


class XSession:
    """One X display, one D-Bus session, one fresh home, and the application processes started in it."""

    def __init__(
        self,
        root: Path,
        width: int = 1366,
        height: int = 768,
        scale: float | None = None,
        accessibility: bool = True,
    ) -> None:
        self.root = root
        self.size = (width, height)
        self.scale = scale
        self.accessibility = accessibility
        self.home = root / "home"
        self.logs = root / "logs"
        self.display = ""
        self._processes: list[subprocess.Popen[bytes]] = []
        #: the application processes started by ``start_app``, oldest first
        self.apps: list[subprocess.Popen[bytes]] = []
        self.env: dict[str, str] = {}

    # -- start and stop ---------------------------------------------------------------------------

    def start(self) -> XSession:
        """Start the X server and the session bus; on any failure end what was started, then raise."""
        try:
            return self._start()
        except BaseException:
            self.close()
            raise

    def _start(self) -> XSession:
        xvfb = require_tool("Xvfb", "xvfb")
        require_tool("xdotool", "xdotool")
        require_tool("xwininfo", "x11-utils")
        dbus = require_tool("dbus-daemon", "dbus")
        for folder in (self.home, self.logs):
            folder.mkdir(parents=True, exist_ok=True)
        runtime = self.root / "run"
        runtime.mkdir(mode=0o700, exist_ok=True)
        read_fd, write_fd = os.pipe()
        # -displayfd: the server picks a free display and tells us which (parallel runs never collide).
        width, height = self.size
        server = subprocess.Popen(
            # -noreset: the server keeps its keymap when the last client (setxkbmap) disconnects.
            [xvfb, "-displayfd", str(write_fd), "-screen", "0", f"{width}x{height}x24", "-nolisten", "tcp",
             "-dpi", "96", "-noreset"],
            pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        self._processes.append(server)
        os.close(write_fd)
        with os.fdopen(read_fd) as pipe:
            number = pipe.readline().strip()
        if not number:
            pytest.fail("Xvfb did not start")
        self.display = f":{number}"
        # A Norwegian keyboard, as the users have: æ, ø and å are keys of their own, so xdotool types them
        # without remapping a spare key for each (with a US map Qt sometimes got "B" for "Bø", or "ø" for
        # "Ø", when the remapping raced the key event).
        setxkbmap = require_tool("setxkbmap", "x11-xkb-utils")
        subprocess.run([setxkbmap, "-display", self.display, "no"], check=True, timeout=30,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        # A clean environment: nothing of the test process's Qt, data directory, D-Bus or desktop settings.
        drop = ("QT_", "MTK_", "XDG_", "DBUS_", "WAYLAND_", "PYTHON_KEYRING", "PYTEST", "SESSION_MANAGER")
        env = {k: v for k, v in os.environ.items() if not k.startswith(drop)}
        env.update(
            HOME=str(self.home),
            XDG_CONFIG_HOME=str(self.home / ".config"),
            XDG_DATA_HOME=str(self.home / ".local" / "share"),
            XDG_CACHE_HOME=str(self.home / ".cache"),
            XDG_STATE_HOME=str(self.home / ".local" / "state"),
            XDG_RUNTIME_DIR=str(runtime),
            DISPLAY=self.display,
            LANG="C.UTF-8",
            # No keyring in this session: the app must say so and save unsigned, never fall back to a file.
            PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        )
        if self.accessibility:
            env.update(QT_ACCESSIBILITY="1", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1")
        if self.scale is not None:
            env["QT_SCALE_FACTOR"] = str(self.scale)
        # Its own session bus (what dbus-run-session does); services such as the AT-SPI bus launcher are
        # started from it on demand and inherit this environment (DISPLAY, HOME).
        bus = subprocess.Popen(
            [dbus, "--session", "--nofork", "--print-address"], env=env, stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL, start_new_session=True,
        )
        self._processes.append(bus)
        assert bus.stdout is not None
        address = bus.stdout.readline().decode().strip()
        if not address:
            pytest.fail("dbus-daemon did not start a session bus")
        env["DBUS_SESSION_BUS_ADDRESS"] = address
        self.env = env
        return self

    def close(self) -> None:
        """End every process this session started (each in its own process group), newest first."""
        for process in reversed(self._processes):
            if process.poll() is None:
                try:
                    os.killpg(process.pid, signal.SIGTERM)
                except ProcessLookupError:
                    pass
        for process in reversed(self._processes):
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=10)
        self._processes.clear()

    def __enter__(self) -> XSession:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the application --------------------------------------------------------------------------

    def start_app(self, *args: str, name: str = "app", env: dict[str, str] | None = None,
                  command: list[str] | None = None) -> subprocess.Popen[bytes]:
        """``python -m mtk_admin_desktop ARGS`` (or ``command``) in this session; output to logs/NAME.log."""
        log = (self.logs / f"{name}.log").open("wb")
        argv = command or [sys.executable, "-m", "mtk_admin_desktop", *args]
        process = subprocess.Popen(argv, env={**self.env, **(env or {})}, cwd=ROOT, stdout=log,
                                   stderr=subprocess.STDOUT, start_new_session=True)
        self._processes.append(process)
        self.apps.append(process)
        return process

    def log(self, name: str = "app") -> str:
        path = self.logs / f"{name}.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def cli(self, *args: str, check: bool = True, as_json: bool = True) -> Any:
        """``mtk-admin ARGS --json`` in this session's environment: the parsed JSON (exit 0 or 1 allowed);
        with ``as_json=False`` its plain output."""
        argv = [sys.executable, "-m", "mtk_admin_desktop", *args, *(["--json"] if as_json else [])]
        done = subprocess.run(argv, env=self.env, cwd=ROOT, capture_output=True, text=True, timeout=120)
        if check and done.returncode not in (0, 1):
            raise AssertionError(f"mtk-admin {' '.join(args)} exited {done.returncode}: {done.stderr}")
        if not as_json:
            return done.stdout
        return json.loads(done.stdout) if done.stdout.strip() else None

    def python(self, code: str, *args: str) -> str:
        """Run ``code`` with the project's Python (set-up a test needs, such as seeding a store)."""
        done = subprocess.run([sys.executable, "-c", code, *args], env=self.env, cwd=ROOT,
                              capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            raise AssertionError(f"set-up script failed: {done.stderr}")
        return done.stdout

    # -- eyes: X --------------------------------------------------------------------------------------

    def _x(self, *argv: str, check: bool = False) -> subprocess.CompletedProcess[str]:
        return subprocess.run(list(argv), env=self.env, capture_output=True, text=True, timeout=30,
                              check=check)

    def windows(self, name: str) -> list[int]:
        """Mapped (viewable) windows whose title matches the regular expression ``name``."""
        done = self._x("xdotool", "search", "--onlyvisible", "--name", name)
        return [int(line) for line in done.stdout.split()]

    def wait_window(self, name: str, timeout: float = 60, exclude: tuple[int, ...] = ()) -> int:
        """The first mapped window titled like ``name`` (polled, bounded)."""
        def found() -> int | None:
            ids = [w for w in self.windows(name) if w not in exclude]
            return ids[0] if ids else None

        return poll(found, timeout, f"a window titled {name!r}" + self._app_state())

    def wait_gone(self, window: int, timeout: float = 30) -> None:
        poll(lambda: not self.geometry(window).viewable, timeout, f"window {window} to close")

    def _app_state(self) -> str:
        dead = [p for p in self.apps if p.poll() is not None]
        return f" (an app process exited {dead[0].returncode}: {self.log()[-2000:]})" if dead else ""

    def geometry(self, window: int) -> Geometry:
        done = self._x("xwininfo", "-id", str(window))
        if done.returncode != 0:
            return Geometry(0, 0, 0, 0, False)

        def field(label: str) -> str:
            match = re.search(rf"^\s*{re.escape(label)}:\s*(.+)$", done.stdout, re.MULTILINE)
            return match.group(1).strip() if match else ""

        return Geometry(int(field("Absolute upper-left X")), int(field("Absolute upper-left Y")),
                        int(field("Width")), int(field("Height")), field("Map State") == "IsViewable")

    def screenshot(self, path: Path) -> Path:
        """The whole screen as X shows it (ImageMagick's ``import``), as PNG."""
        importer = require_tool("import", "imagemagick")
        path.parent.mkdir(parents=True, exist_ok=True)
        self._x(importer, "-window", "root", str(path), check=True)
        return path

    # -- eyes: what a screen reader reads ----------------------------------------------------------

    def atspi(self, command: str, app: str = APP_TITLE) -> Any:
        """Run ``tests/atspi_probe.py COMMAND APP`` with Debian's Python (it has pyatspi)."""
        if not Path(SYSTEM_PYTHON).exists():
            require_tool("no-system-python3", "python3")
        check = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], env=self.env, capture_output=True)
        if check.returncode != 0:
            require_tool("pyatspi-missing", "python3-pyatspi")
        done = subprocess.run([SYSTEM_PYTHON, str(PROBE), command, app], env=self.env, capture_output=True,
                              text=True, timeout=120)
        if done.returncode != 0:
            raise AssertionError(f"atspi_probe {command} failed: {done.stderr[-2000:]}")
        return json.loads(done.stdout)

    def nodes(self, showing: bool = True) -> list[dict[str, Any]]:
        result = self.atspi("showing" if showing else "tree")
        if isinstance(result, dict) and "error" in result:
            return []
        return list(result)

    def focused(self) -> dict[str, Any] | None:
        result = self.atspi("focused")
        return None if isinstance(result, dict) and "error" in result else result

    def find(self, name: str, role: str | None = None, timeout: float = 30,
             where: Callable[[dict[str, Any]], bool] | None = None) -> dict[str, Any]:
        """The showing node announced as ``name`` (and ``role``), polled until it appears."""
        def look() -> dict[str, Any] | None:
            for node in self.nodes():
                if node["name"] == name and (role is None or node["role"] == role) and (
                        where is None or where(node)):
                    return node
            return None

        return poll(look, timeout, f"a {role or 'node'} named {name!r} on the AT-SPI bus")

    # -- hands: xdotool (XTEST events, as a real keyboard and mouse) ----------------------------------

    def key(self, *keys: str) -> None:
        """Press key combinations, e.g. ``key("ctrl+n")``, ``key("Tab", "Tab")``."""
        self._x("xdotool", "key", "--clearmodifiers", "--delay", "40", *keys, check=True)

    def type(self, text: str) -> None:
        self._x("xdotool", "type", "--clearmodifiers", "--delay", "15", text, check=True)

    def click(self, x: int, y: int, button: int = 1) -> None:
        self._x("xdotool", "mousemove", "--sync", str(x), str(y), "click", str(button), check=True)

    def click_node(self, node: dict[str, Any]) -> None:
        """Click the middle of an AT-SPI node (a button a sighted user sees and clicks)."""
        self.click(node["x"] + node["width"] // 2, node["y"] + node["height"] // 2)

    def clipboard_image(self, png: Path) -> None:
        """Put ``png`` on the X clipboard as ``image/png``, owned by xclip (as a screenshot tool would)."""
        xclip = require_tool("xclip", "xclip")
        # -quiet keeps xclip in the foreground, serving the selection until the session ends.
        owner = subprocess.Popen([xclip, "-quiet", "-selection", "clipboard", "-t", "image/png", "-i",
                                  str(png)], env=self.env, stdout=subprocess.DEVNULL,
                                 stderr=subprocess.DEVNULL, start_new_session=True)
        self._processes.append(owner)

        def offered() -> bool:
            done = self._x(xclip, "-o", "-selection", "clipboard", "-t", "TARGETS")
            return "image/png" in done.stdout

        poll(offered, 10, "xclip to offer the image on the clipboard")

    def focus_window(self, window: int) -> None:
        """Give ``window`` the keyboard focus (what a window manager does when a window appears)."""
        self._x("xdotool", "windowfocus", "--sync", str(window))

    def tab_to(self, name: str, role: str | None = None, limit: int = 40, key: str = "Tab") -> dict[str, Any]:
        """Press Tab until the focused node is announced as ``name`` (what a screen-reader user does).

        A label's colon does not count (``Adresse`` finds a field announced as ``Adresse:``).
        """
        seen: list[str] = []
        for _ in range(limit):
            node = self.focused()
            if node and spoken(node["name"]) == spoken(name) and (role is None or node["role"] == role):
                return node
            seen.append(f"{node['role']} {node['name']!r}" if node else "nothing")
            self.key(key)
        raise AssertionError(f"{key} never reached {name!r}; focus went: {' → '.join(seen)}")

    def wait_focus(self, name: str, timeout: float = 15) -> dict[str, Any]:
        """Wait until the focused node is announced as ``name`` (a label's colon aside)."""
        seen: list[str] = []

        def check() -> dict[str, Any] | None:
            node = self.focused()
            if node and spoken(node["name"]) == spoken(name):
                return node
            seen[:] = [f"{node['role']} {node['name']!r}" if node else "nothing"]
            return None

        try:
            return poll(check, timeout, f"the focus on {name!r}")
        except AssertionError as exc:
            raise AssertionError(f"{exc}; the focus is on {seen[0] if seen else '?'}") from None


def spoken(name: str) -> str:
    """A name as it is heard: without a trailing colon or the mnemonic's ampersand."""
    return name.replace("&", "").strip().rstrip(":").strip()


def xsession(tmp_path: Path, **options: Any) -> Iterator[XSession]:
    """A started session for a fixture (``yield from xsession(tmp_path, width=...)``), closed afterwards."""
    session = XSession(tmp_path / "x", **options)
    try:
        yield session.start()
    finally:
        session.close()


def keep_screenshot(session: XSession, name: str) -> Path | None:
    """A screenshot for a person to look at: in MTK_JOURNEY_SHOTS if set, else in the session's logs.

    Without ImageMagick on a developer's machine the journey runs on without it (CI installs it).
    """
    if shutil.which("import") is None and not os.environ.get("CI"):
        return None
    folder = Path(os.environ.get("MTK_JOURNEY_SHOTS") or session.logs)
    return session.screenshot(folder / f"{name}.png")
