"""Issue 17: the moderation entry form's screen chooser names a screen as people know it.

At 200 % scaling it read "screen (960×540)": the X output's name and Qt's logical size. A screenshot
of that screen is 1920×1080; the chooser says "Skjerm 1 (1920×1080)" in bokmål (nynorsk "Skjerm 1",
English "Screen 1"). Qt reads the scale factor once, at start-up, so each scale runs in its own process.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent

SCRIPT = """
import json, sys, tempfile
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from mtk_admin_desktop import i18n
i18n.install(sys.argv[1], app)
from mtk_admin_desktop.credentials import MemoryCredentials
from mtk_admin_desktop.services.context import AppContext
from mtk_admin_desktop.ui.moderation.entry_dialog import EntryDialog
context = AppContext.open(tempfile.mkdtemp(), credentials=MemoryCredentials())
dialog = EntryDialog(context)
combo = dialog.screen_combo
print(json.dumps([combo.itemText(i) for i in range(combo.count())]))
dialog.drafts.finish()
context.close()
"""


def chooser(tmp_path: Path, scale: str, language: str) -> list[str]:
    env = dict(os.environ)
    env.update({
        "QT_SCALE_FACTOR": scale,
        "QT_QPA_PLATFORM": f"offscreen:configfile={TESTS / 'offscreen-screen.json'}",
        "QT_LOGGING_RULES": "qt.qpa.*=false",
        "MTK_ADMIN_DATA_DIR": str(tmp_path / "data"),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    })
    done = subprocess.run([sys.executable, "-c", SCRIPT, language], env=env, capture_output=True,
                          text=True, timeout=120, cwd=TESTS.parent)
    assert done.returncode == 0, done.stderr[-2000:]
    return list(json.loads(done.stdout.strip().splitlines()[-1]))


@pytest.mark.parametrize(("scale", "language", "expected"), [
    ("2", "nb", "Skjerm 1 (1920×1080)"),
    ("1", "nb", "Skjerm 1 (1920×1080)"),
    ("1.5", "nn", "Skjerm 1 (1920×1080)"),
    ("2", "en", "Screen 1 (1920×1080)"),
])
def test_the_screen_chooser_says_skjerm_and_the_real_pixel_size(tmp_path: Path, scale: str, language: str,
                                                                 expected: str) -> None:
    assert chooser(tmp_path, scale, language) == [expected]
