"""Demo settings: the demo user and the names of R3."""

from __future__ import annotations

import datetime as dt

from mtk_admin_desktop.services.context import AppContext


def populate(context: AppContext, today: dt.date) -> None:
    settings = context.settings
    settings.set("user.name", "Kari Nordbø")
    settings.set("user.email", "kari.nordbo@mt.kommune.no")
    settings.set("org.kommunedirektor", "Tone Haugen")
    settings.set("org.nettredaktor", "Kari Nordbø")
    context.store.author = "Kari Nordbø"
