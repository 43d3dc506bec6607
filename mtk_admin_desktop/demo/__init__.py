"""The demo store: a realistic Midt-Telemark month, so a newcomer sees a living application.

Each area adds its part in ``demo/<area>.py`` (``populate(context, today)``), in this order.
"""

from __future__ import annotations

import datetime as dt
import importlib

from mtk_admin_desktop.domain import clock
from mtk_admin_desktop.services.context import AppContext

AREAS = ("core", "register", "planning", "moderation", "archive", "news")


def populate(context: AppContext, today: dt.date | None = None) -> None:
    """Fill ``context``'s store with demo data around ``today``."""
    today = today or clock.today()
    for area in AREAS:
        module = importlib.import_module(f"mtk_admin_desktop.demo.{area}")
        module.populate(context, today)
