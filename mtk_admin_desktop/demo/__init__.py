"""The demo store: a realistic Midt-Telemark month, so a newcomer sees a living application.

Each area adds its part in ``demo/<area>.py`` (``populate(context, today)``), in this order.
"""

from __future__ import annotations

import datetime as dt
import importlib

from mtk_admin_desktop.domain import clock
from mtk_admin_desktop.services.context import AppContext

AREAS = ("core", "register", "planning", "moderation", "archive", "news")


def is_empty(context: AppContext) -> bool:
    """True if nothing has ever been recorded in this store, here or by a synced laptop (no operation in
    its log): the demo may fill it. A store someone has worked in is never mixed with demo data."""
    return not list(context.store.db.query("SELECT 1 FROM ops LIMIT 1"))


def populate(context: AppContext, today: dt.date | None = None) -> None:
    """Fill ``context``'s store with demo data around ``today``."""
    today = today or clock.today()
    for area in AREAS:
        module = importlib.import_module(f"mtk_admin_desktop.demo.{area}")
        module.populate(context, today)
