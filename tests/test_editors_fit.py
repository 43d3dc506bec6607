"""Every editor fits the screen and its Save button is reachable (issue 17): 1366×768 at 100 % and a
full-HD screen at 200 % (QT_SCALE_FACTOR=2: 960×540 logical pixels).

Each run is a process of its own (Qt reads the scale factor once). The dialogs are built with the demo
month in bokmål; a dialog larger than the screen's available area, or whose Save/OK button lies outside
the dialog or is hidden, fails. ``MTK_FIT_SHOTS=DIR`` keeps the renders (docs/screenshots).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

SCRIPT = textwrap.dedent(
    """
    import json, sys, tempfile
    from pathlib import Path
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QApplication, QDialogButtonBox
    from mtk_admin_desktop import i18n
    from mtk_admin_desktop.credentials import MemoryCredentials
    from mtk_admin_desktop.demo import populate
    from mtk_admin_desktop.services.context import AppContext
    from mtk_admin_desktop.ui.help_dialog import HelpDialog
    from mtk_admin_desktop.ui.main_window import MainWindow
    from mtk_admin_desktop.ui.moderation.entry_dialog import EntryDialog
    from mtk_admin_desktop.ui.planning.post_editor_dialog import PostEditorDialog
    from mtk_admin_desktop.ui.register.register_dialogs import ReviewDialog, RoleDialog, YearlyListDialog
    from mtk_admin_desktop.ui.settings_dialog import SettingsDialog

    app = QApplication([])
    i18n.install("nb", app)
    out, tag = sys.argv[1], sys.argv[2]
    context = AppContext.open(Path(tempfile.mkdtemp()), credentials=MemoryCredentials())
    context.settings.set("user.name", "Kari Nordbø")
    populate(context)
    window = MainWindow(context)
    room = app.primaryScreen().availableGeometry()
    window.setGeometry(room)
    window.show()
    post_id = context.store.rows("posts", order_by="planned_at DESC")[0]["id"]
    results = {}

    def check(name, widget, buttons):
        for _ in range(5):
            app.processEvents()
        problems = []
        frame = widget.frameGeometry()
        if widget.width() > room.width() or widget.height() > room.height():
            problems.append(f"{widget.width()}x{widget.height()} > {room.width()}x{room.height()}")
        inside = QRect(0, 0, widget.width(), widget.height())
        for button in buttons:
            where = QRect(button.mapTo(widget, button.rect().topLeft()), button.size())
            if not button.isVisible() or not inside.contains(where):
                problems.append(f"{button.text()!r} not reachable at {where.getRect()}")
        if out != "-":
            widget.grab().save(str(Path(out) / f"{tag}-{name}.png"))
        results[name] = problems

    def box_buttons(dialog):
        found = []
        for box in dialog.findChildren(QDialogButtonBox):
            found += [b for b in box.buttons() if box.buttonRole(b) in (
                QDialogButtonBox.ButtonRole.AcceptRole, QDialogButtonBox.ButtonRole.RejectRole)]
        return found

    dialogs = [
        ("innlegg", PostEditorDialog(context, post_id, parent=window)),
        ("nytt-innlegg", PostEditorDialog(context, parent=window)),
        ("moderering-oppforing", EntryDialog(context, window)),
        ("innstillinger", SettingsDialog(context, window)),
        ("hjelp", HelpDialog(window)),
        ("rolle", RoleDialog(window)),
        ("gjennomgang", ReviewDialog(window, "Kari Nordbø")),
        ("arsliste", YearlyListDialog(window, 2026)),
    ]
    for name, dialog in dialogs:
        dialog.show()
        check(name, dialog, box_buttons(dialog))
        dialog.hide()
    window.tabs.setCurrentIndex(1)
    page = window.page(1)  # Sider (I dag is tab 0)
    page.primary_action()
    check("sider-skjema", window, [page.form.save_button, page.form.revert_button])
    print(json.dumps(results))
    import os
    os._exit(0)
    """
)


def _screen(tmp_path: Path, width: int, height: int) -> Path:
    config = tmp_path / f"screen-{width}x{height}.json"
    config.write_text(json.dumps({"screens": [{
        "name": "screen-0", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1,
    }]}))
    return config


@pytest.mark.parametrize(
    ("tag", "width", "height", "scale"),
    [("1366x768", 1366, 768, "1"), ("scale200", 1920, 1080, "2")],
)
def test_every_editor_fits_and_save_is_reachable(tmp_path, tag, width, height, scale) -> None:
    shots = os.environ.get("MTK_FIT_SHOTS") or "-"
    env = {
        **os.environ,
        "QT_SCALE_FACTOR": scale,
        "QT_QPA_PLATFORM": f"offscreen:configfile={_screen(tmp_path, width, height)}",
        "QT_LOGGING_RULES": "qt.qpa.*=false",
        "MTK_ADMIN_DATA_DIR": str(tmp_path / "data"),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, shots, tag], env=env, capture_output=True, text=True, timeout=300,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    results = json.loads(done.stdout.strip().splitlines()[-1])
    assert len(results) == 9
    assert {name: problems for name, problems in results.items() if problems} == {}
