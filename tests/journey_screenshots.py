"""Screenshots of the real window under Xvfb, for docs/screenshots (issue 17).

    .venv/bin/python tests/journey_screenshots.py docs/screenshots

Starts the application on a fresh demo store in bokmål, as ``tests/test_journeys_xvfb.py`` does, at
1366×768 (100 %) and on a 1920×1080 screen at 200 % (``QT_SCALE_FACTOR=2``), and saves what X shows:
each tab, the post editor and the moderation entry form. No window manager runs, so there are no title
bars; what is drawn is the application's own.
"""

from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

from xvfb_session import APP_TITLE, XSession

TABS = ("1 Sider", "2 Planlegging", "3 Moderering", "4 Arkiv")
DIALOGS = (("2 Planlegging", "Nytt innlegg", "innlegg"),
           ("3 Moderering", "oppføring", "moderering-oppforing"))


def shoot(out: Path, width: int, height: int, scale: float | None, prefix: str) -> list[Path]:
    made: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="mtk-shots-") as tmp:
        with XSession(Path(tmp) / "x", width=width, height=height, scale=scale) as x:
            store = str(Path(tmp) / "store")
            x.cli("demo", "--data-dir", store, as_json=False)
            x.start_app("--data-dir", store, "--lang", "nb")
            window = x.wait_window(re.escape(APP_TITLE))
            x.focus_window(window)
            x.find(TABS[0], "page tab", timeout=60)
            for number, tab in enumerate(TABS, start=1):
                x.key(f"ctrl+{number}")
                x.wait_focus(tab)
                made.append(x.screenshot(out / f"{prefix}-{tab.split()[1].lower()}.png"))
            for tab, title, name in DIALOGS:
                x.focus_window(window)
                x.key(f"ctrl+{tab[0]}")
                x.wait_focus(tab)
                x.key("ctrl+n")
                dialog = x.wait_window(title)
                x.find("Avbryt", "push button")
                made.append(x.screenshot(out / f"{prefix}-{name}.png"))
                x.key("Escape")
                x.wait_gone(dialog)
    return made


def main(argv: list[str]) -> int:
    out = Path(argv[0] if argv else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    made = shoot(out, 1366, 768, None, "x11-1366x768") + shoot(out, 1920, 1080, 2, "x11-200")
    for path in made:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
