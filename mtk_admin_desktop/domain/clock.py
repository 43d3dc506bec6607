"""The one clock of the application: now and today in Europe/Oslo, whatever the computer's time zone.

Every "today" the app shows or judges by comes from here, so a test can freeze time for the whole
program (``time-machine`` patches what these functions read) and a laptop set to another zone still
plans, warns and archives in Norwegian time.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

OSLO = ZoneInfo("Europe/Oslo")


def now_utc() -> dt.datetime:
    """The current instant, aware, in UTC."""
    return dt.datetime.now(dt.UTC)


def now_oslo() -> dt.datetime:
    """The current instant as a clock in Midt-Telemark reads it."""
    return dt.datetime.now(OSLO)


def today() -> dt.date:
    """Today's date in Europe/Oslo (not the computer's own zone)."""
    return now_oslo().date()
