"""Preview and copy through the real X clipboard (Xvfb): another process pastes what the editor copied.

The app runs with the xcb platform on a fresh Xvfb, opens the post editor, and presses "Kopier tekst" and
then "Kopier bilde". After each, a second, separate Qt program on the same display reads the clipboard
(as Business Suite in a browser would) and reports the text, or the image's size and a pixel.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from test_moderation_xvfb import xvfb_display  # noqa: F401 - the fixture

pytestmark = [pytest.mark.xvfb, pytest.mark.slow]

ROOT = Path(__file__).resolve().parent.parent

OWNER = textwrap.dedent(
    """
    import datetime as dt, sys
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication
    from mtk_admin_desktop.credentials import MemoryCredentials
    from mtk_admin_desktop.domain.planning import OSLO, format_planned, new_post
    from mtk_admin_desktop.services.context import AppContext
    from mtk_admin_desktop.ui.planning.post_editor_dialog import PostEditorDialog
    from mtk_admin_desktop.ui.planning.post_preview import PostPreview

    app = QApplication(sys.argv[:1])
    context = AppContext.open(sys.argv[1], credentials=MemoryCredentials())
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.red)
    image.save(sys.argv[1] + "/bilde.png")
    attachment = context.planning.add_image(__import__("pathlib").Path(sys.argv[1] + "/bilde.png"))
    attachment["alt_text"] = "Rød flate"
    post = new_post(title="Brøyting", text=sys.argv[2], responsible="Kari", website={"mode": "planned"},
                    planned_at=format_planned(dt.datetime(2030, 1, 2, 10, tzinfo=OSLO)),
                    attachments=[attachment])
    post_id = context.planning.save_post(post)
    PostPreview.confirm_copy = classmethod(lambda cls, parent, n: True)  # R10: no roles in this store
    dialog = PostEditorDialog(context, post_id)
    dialog.show()
    dialog.tabs.setCurrentWidget(dialog.fb_preview)
    app.processEvents()
    while True:
        step = sys.stdin.readline().strip()
        if step == "text":
            dialog.fb_preview.copy_text_button.click()
        elif step == "image":
            dialog.fb_preview.copy_image_button.click()
        else:
            break
        app.processEvents()
        print("copied", flush=True)
        # Serve the selection while the reader pastes: run the event loop until the parent says go on.
        import select
        while not select.select([sys.stdin], [], [], 0.02)[0]:
            app.processEvents()
    dialog.reject()
    """
)

READER = textwrap.dedent(
    """
    import json, sys, time
    from PySide6.QtWidgets import QApplication
    app = QApplication(sys.argv[:1])
    for _ in range(20):
        app.processEvents()
        time.sleep(0.02)
    clip = app.clipboard()
    data = clip.mimeData()
    image = clip.image()
    out = {"text": clip.text(), "formats": data.formats() if data else [],
           "image": [image.width(), image.height()] if not image.isNull() else None,
           "pixel": image.pixelColor(3, 3).name() if not image.isNull() else None}
    print(json.dumps(out))
    """
)


def test_copy_text_and_image_reach_another_program(xvfb_display, tmp_path):  # noqa: F811
    owner_script, reader_script = tmp_path / "owner.py", tmp_path / "reader.py"
    owner_script.write_text(OWNER, encoding="utf-8")
    reader_script.write_text(READER, encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", DISPLAY=xvfb_display, PYTHONPATH=str(ROOT))
    env.pop("WAYLAND_DISPLAY", None)
    text = "Brøytinga starter klokka 05.\n\nLes mer om rekkefølgen: https://www.midt-telemark.kommune.no/broyting"
    (tmp_path / "store").mkdir()
    owner = subprocess.Popen(
        [sys.executable, str(owner_script), str(tmp_path / "store"), text],
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )

    def read_clipboard() -> dict:
        done = subprocess.run(
            [sys.executable, str(reader_script)],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout.strip().splitlines()[-1])

    try:
        owner.stdin.write("text\n")
        owner.stdin.flush()
        assert owner.stdout.readline().strip() == "copied", owner.stderr.read()
        pasted = read_clipboard()
        assert pasted["text"] == text  # exactly the post's text, line breaks and link included
        owner.stdin.write("image\n")
        owner.stdin.flush()
        assert owner.stdout.readline().strip() == "copied"
        pasted = read_clipboard()
        assert pasted["image"] == [64, 48] and pasted["pixel"] == "#ff0000"
        owner.stdin.write("quit\n")
        owner.stdin.flush()
    finally:
        try:
            owner.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            owner.kill()
            owner.communicate()
