"""Demo data of the archive area."""

from __future__ import annotations

import datetime as dt

from mtk_admin_desktop.services.context import AppContext


def populate(context: AppContext, today: dt.date) -> None:
    """Add the archive area's part of the demo month (nothing yet)."""
