"""Norway's public holidays (R11) come from the `holidays` library without importing every country.

The Planlegging tab asks for this week's holidays on its first fill, so the import sits on the start-up
path when that tab was open last (issue 19). Counted in modules, not timed.
"""

from __future__ import annotations

import subprocess
import sys


def test_r11_norway_alone_is_loaded_and_gives_the_library_s_own_answer() -> None:
    code = (
        "import sys, datetime as dt\n"
        "from mtk_admin_desktop.domain import planning\n"
        "assert planning.public_holiday(dt.date(2026, 5, 14))  # Kristi himmelfartsdag\n"
        "assert planning.public_holiday(dt.date(2026, 12, 25))\n"
        "assert not planning.public_holiday(dt.date(2026, 12, 23))\n"
        "loaded = [m for m in sys.modules if m.startswith('holidays.countries')]\n"
        "assert not loaded, loaded[:5]\n"
        "import holidays\n"
        "for year in range(2020, 2041):\n"
        "    ours = planning._norwegian_holidays(year)\n"
        "    theirs = {d for d in holidays.country_holidays('NO', years=year) if d.weekday() < 5}\n"
        "    assert ours == theirs, (year, ours ^ theirs)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
