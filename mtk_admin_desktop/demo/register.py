"""Demo data of the register area."""

from __future__ import annotations

import datetime as dt

from mtk_admin_desktop.services.context import AppContext


def populate(context: AppContext, today: dt.date) -> None:
    """Add the register area's part of the demo month (nothing yet)."""
