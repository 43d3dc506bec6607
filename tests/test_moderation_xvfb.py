"""Screen capture under a real X server: the app's own capture code finds a known pattern on screen.

The offscreen platform cannot grab a screen, so this test starts Xvfb, runs a small program with the xcb
platform that shows a coloured pattern covered by an "application window", captures through
``ScreenCapturer`` (which must hide that window first), crops with the ``RegionSelector`` by mouse, stores
the PNG through the service, and checks the pattern's pixels in the stored file.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytestmark = [pytest.mark.xvfb, pytest.mark.slow]

ROOT = Path(__file__).resolve().parent.parent

CHILD = textwrap.dedent(
    """
    import json, sys, time
    from PySide6.QtCore import QPoint, Qt, QTimer
    from PySide6.QtGui import QColor, QPainter
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QWidget

    from mtk_admin_desktop.credentials import MemoryCredentials
    from mtk_admin_desktop.services.context import AppContext
    from mtk_admin_desktop.services.moderation_capture import Grab, store_grab
    from mtk_admin_desktop.ui.moderation.region_selector import RegionSelector
    from mtk_admin_desktop.ui.moderation.screen_capture import ScreenCapturer

    app = QApplication(sys.argv[:1])
    context = AppContext.open(sys.argv[1], credentials=MemoryCredentials())

    class Pattern(QWidget):
        def paintEvent(self, event):
            p = QPainter(self)
            w, h = self.width() // 2, self.height() // 2
            p.fillRect(0, 0, w, h, QColor("#ff0000"))
            p.fillRect(w, 0, w, h, QColor("#00ff00"))
            p.fillRect(0, h, w, h, QColor("#0000ff"))
            p.fillRect(w, h, w, h, QColor("#ffff00"))
            p.end()

    def settle(seconds=0.4):
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.02)

    flags = Qt.WindowType.FramelessWindowHint
    pattern = Pattern(None, flags)
    pattern.setGeometry(100, 100, 200, 120)
    pattern.show()
    settle()
    # The application's own window lies over the pattern: capture must take it out of the picture.
    window = QWidget(None, flags)
    window.setStyleSheet("background: #ff00ff")
    window.setGeometry(50, 50, 400, 300)
    window.show()
    settle()
    screen = app.primaryScreen()
    covered = screen.grabWindow(0).toImage().pixelColor(150, 150).name()
    out = {"covered": covered}

    def fail(message):
        out["error"] = message
        print(json.dumps(out))
        app.exit(1)

    def grabbed(grab):
        out["window_back"] = window.isVisible()
        selector = RegionSelector(grab.image)
        selector.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        selector.setGeometry(screen.geometry())
        selector.showFullScreen()
        settle(0.3)
        out["selector"] = [selector.width(), selector.height()]
        left, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        QTest.mousePress(selector, left, none, QPoint(110, 110))
        QTest.mouseMove(selector, QPoint(200, 160))
        QTest.mouseRelease(selector, left, none, QPoint(290, 210))
        if selector.result_image is None:
            fail("no region chosen")
            return
        sha = store_grab(context, Grab(selector.result_image, grab.screen, grab.captured_at))
        out.update(sha=sha, path=str(context.moderation.screenshot_path(sha)),
                   info=context.moderation.screenshot_info(sha))
        print(json.dumps(out))
        app.exit(0)

    capturer = ScreenCapturer([window], screen)
    capturer.grabbed.connect(grabbed)
    capturer.failed.connect(fail)
    QTimer.singleShot(0, capturer.start)
    QTimer.singleShot(30000, lambda: fail("timed out"))
    sys.exit(app.exec())
    """
)


@pytest.fixture
def xvfb_display():
    """A fresh Xvfb server; its display name (":N"). Skips without Xvfb, except on CI where that fails."""
    binary = shutil.which("Xvfb")
    if binary is None:
        if os.environ.get("CI"):
            pytest.fail(
                "Xvfb is not installed, but CI must run the screen-capture test (apt-get install xvfb)"
            )
        pytest.skip("Xvfb is not installed: the real-screen capture test needs it (apt-get install xvfb)")
    read_fd, write_fd = os.pipe()
    # -displayfd lets the server pick a free display and tell us which: no races between parallel runs.
    server = subprocess.Popen(
        [binary, "-displayfd", str(write_fd), "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as pipe:
            number = pipe.readline().strip()
        if not number:
            pytest.fail("Xvfb did not start")
        yield f":{number}"
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()


def test_r7_5_capture_finds_the_pattern_on_a_real_x_screen(xvfb_display, tmp_path):
    from PySide6.QtGui import QColor, QImage

    script = tmp_path / "capture_child.py"
    script.write_text(CHILD, encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", DISPLAY=xvfb_display, PYTHONPATH=str(ROOT))
    env.pop("WAYLAND_DISPLAY", None)
    done = subprocess.run(
        [sys.executable, str(script), str(tmp_path / "store")],
        env=env,
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["covered"] == "#ff00ff", "the application window did not cover the pattern to begin with"
    assert result["window_back"] is True
    stored = Path(result["path"])
    assert stored.read_bytes().startswith(b"\x89PNG")
    image = QImage(str(stored))
    assert (image.width(), image.height()) == (180, 100)
    # Crop origin is (110, 110) on screen; the pattern spans (100..299, 100..219), split at x=200, y=160.
    assert image.pixelColor(5, 5) == QColor("#ff0000")
    assert image.pixelColor(140, 5) == QColor("#00ff00")
    assert image.pixelColor(5, 80) == QColor("#0000ff")
    assert image.pixelColor(140, 80) == QColor("#ffff00")
    magenta = QColor("#ff00ff")
    assert not any(image.pixelColor(x, y) == magenta for x in range(0, 180, 7) for y in range(0, 100, 7))
    assert result["info"]["width"] == 180 and result["info"]["mime"] == "image/png"
