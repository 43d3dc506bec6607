"""Issue 9: at 200 % scaling (QT_SCALE_FACTOR=2 on a full-HD screen) every tab and the main dialogs fit
the screen and no one-line text is cut off; the renders are kept as docs/screenshots/scale200-*.png."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

TESTS = Path(__file__).resolve().parent


def render(tmp_path: Path, scale: str, font_pt: str = "") -> None:
    env = dict(os.environ)
    env.update({
        "QT_SCALE_FACTOR": scale,
        "MTK_A11Y_FONT_PT": font_pt,
        "QT_QPA_PLATFORM": f"offscreen:configfile={TESTS / 'offscreen-screen.json'}",
        "QT_LOGGING_RULES": "qt.qpa.*=false",
        "MTK_ADMIN_DATA_DIR": str(tmp_path / "data"),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    })
    # Its own process: Qt reads the scale factor once, when the application starts.
    done = subprocess.run([sys.executable, str(TESTS / "a11y_tools.py"), str(tmp_path)], env=env,
                          capture_output=True, text=True, timeout=300, cwd=TESTS.parent)
    report = "\n".join(line for line in done.stdout.splitlines() if line.strip())
    assert done.returncode == 0 and report == "", report + done.stderr[-2000:]
    shots = sorted(p.name for p in tmp_path.glob("scale200-*.png"))
    assert len(shots) == 10, shots  # five tabs (I dag first) and five dialogs


def test_tabs_and_main_dialogs_hold_at_200_percent(tmp_path: Path) -> None:
    render(tmp_path, "2")


def test_tabs_and_main_dialogs_hold_with_a_large_system_font(tmp_path: Path) -> None:
    render(tmp_path, "1", font_pt="18")
