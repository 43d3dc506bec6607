"""Planned posts: kinds, statuses, Europe/Oslo times, ISO weeks and Norwegian working days (no Qt)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from typing import Any
from zoneinfo import ZoneInfo

from mtk_admin_desktop.domain.records import Post
from mtk_admin_desktop.domain.tr import QT_TRANSLATE_NOOP, Text

OSLO = ZoneInfo("Europe/Oslo")
_CTX = "Planning"

KINDS: dict[str, str] = {
    "nyhet": QT_TRANSLATE_NOOP("Planning", "News"),
    "film": QT_TRANSLATE_NOOP("Planning", "Film"),
    "bilde": QT_TRANSLATE_NOOP("Planning", "Picture"),
    "arrangement": QT_TRANSLATE_NOOP("Planning", "Event"),
    "annet": QT_TRANSLATE_NOOP("Planning", "Other"),
}
#: Kinds that count as news items on the main page (R11: "inklusive film- og bildenyheter").
NEWS_KINDS = frozenset({"nyhet", "film", "bilde"})

STATUSES: dict[str, str] = {
    "ide": QT_TRANSLATE_NOOP("Planning", "Idea"),
    "utkast": QT_TRANSLATE_NOOP("Planning", "Draft"),
    "klar": QT_TRANSLATE_NOOP("Planning", "Ready"),
    "publisert": QT_TRANSLATE_NOOP("Planning", "Published"),
    "avlyst": QT_TRANSLATE_NOOP("Planning", "Cancelled"),
}

WEBSITE_MODES: dict[str, str] = {
    "url": QT_TRANSLATE_NOOP("Planning", "Published on the website (URL)"),
    "planned": QT_TRANSLATE_NOOP("Planning", "Planned on the website"),
    "not_relevant": QT_TRANSLATE_NOOP("Planning", "Not relevant (give a reason)"),
}

ATTACHMENT_TYPES = ("image", "video", "audio")

#: Fields of a post as stored: those of the one declaration, ``domain.records.Post`` (less its id).
POST_FIELDS = tuple(item.name for item in dataclasses.fields(Post) if item.name != "id")


def kind_text(kind: str) -> Text:
    return Text(_CTX, KINDS.get(kind, kind))


def status_text(status: str) -> Text:
    return Text(_CTX, STATUSES.get(status, status))


def new_post(**values: Any) -> dict[str, Any]:
    """A post dict with every field present and sensible defaults (an idea has no date yet)."""
    post: dict[str, Any] = {
        "page_id": None,
        "planned_at": None,
        "title": "",
        "text": "",
        "kind": "nyhet",
        "status": "utkast",
        "responsible": "",
        "attachments": [],
        "links": [],
        "website": {},
        "send_to_communication": 0,
        "archive_worthy": 0,
        "archive_reason": "",
        "crisis_approved": 0,
        "crisis_approved_by": "",
    }
    post.update(values)
    return post


# -- times ------------------------------------------------------------------------------------------


def to_oslo(value: dt.datetime) -> dt.datetime:
    """A datetime in Europe/Oslo; a naive one is taken to be Oslo wall time already."""
    if value.tzinfo is None:
        return value.replace(tzinfo=OSLO)
    return value.astimezone(OSLO)


def format_planned(value: dt.datetime) -> str:
    """The stored form of a planned time: ISO 8601 with the Oslo offset, to the minute."""
    return to_oslo(value).replace(second=0, microsecond=0).isoformat(timespec="minutes")


def parse_planned(text: str | None) -> dt.datetime | None:
    """A stored planned time as an aware Oslo datetime; None for empty. ValueError on garbage."""
    if not text:
        return None
    return _parsed(text)


@functools.lru_cache(maxsize=16_384)
def _parsed(text: str) -> dt.datetime:
    """:func:`parse_planned` of one text, kept: the calendar reads the same posts' times on every step
    through the months (a datetime is immutable, so sharing it is safe; garbage raises and is not kept)."""
    return to_oslo(dt.datetime.fromisoformat(text.strip()))


def oslo_day_bounds(first: dt.date, last: dt.date) -> tuple[str, str]:
    """Stored-text bounds [start, end) covering Oslo days ``first``..``last``, for range queries.

    Stored times carry the Oslo offset, and ISO text with the same offset sorts like the time; around
    a DST change the offset differs by an hour, so the bounds are padded and callers filter exactly.
    """
    start = dt.datetime.combine(first, dt.time(0, 0)) - dt.timedelta(days=1)
    end = dt.datetime.combine(last, dt.time(0, 0)) + dt.timedelta(days=2)
    return start.isoformat(timespec="minutes"), end.isoformat(timespec="minutes")


# -- weeks and working days -------------------------------------------------------------------------

_WEEK_RE = re.compile(r"^\s*(\d{4})-?W(\d{1,2})\s*$", re.IGNORECASE)


def week_of(day: dt.date) -> str:
    """The ISO week of a day as ``YYYY-Www`` (30 Dec 2025 is in 2026-W01)."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def parse_week(text: str) -> tuple[int, int]:
    """``YYYY-Www`` → (ISO year, week); ValueError for anything that is not a real ISO week."""
    match = _WEEK_RE.match(text)
    if not match:
        raise ValueError(f"not an ISO week (YYYY-Www): {text!r}")
    year, week = int(match.group(1)), int(match.group(2))
    dt.date.fromisocalendar(year, week, 1)  # raises ValueError for week 53 of a 52-week year
    return year, week


def week_days(week: str) -> list[dt.date]:
    """The seven days Monday–Sunday of an ISO week ``YYYY-Www``."""
    year, number = parse_week(week)
    monday = dt.date.fromisocalendar(year, number, 1)
    return [monday + dt.timedelta(days=i) for i in range(7)]


@functools.cache
def _norway_calendar() -> Any:
    """The `holidays` library's calendar class for Norway, loaded without the other ~280 countries.

    ``holidays.country_holidays("NO")`` imports the package's whole ``countries`` subpackage (~50 ms,
    ~280 modules) for one country; the Planlegging tab asks on its first fill, so that sat on the
    start-up path. The package itself (base classes, ~40 ms) is imported as usual and only Norway's
    module is run, from the library's own file; if the library is laid out otherwise, the documented
    way is used."""
    import holidays

    try:
        import importlib.util
        from pathlib import Path

        folder = Path(holidays.__file__).parent / "countries"
        name = "mtk_admin_desktop._holidays_norway"
        spec = importlib.util.spec_from_file_location(name, folder / "norway.py")
        if spec is None or spec.loader is None:
            raise ImportError("holidays/countries/norway.py not found")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module.Norway
    except Exception:  # noqa: BLE001 - any surprise: the library's documented entry point
        return functools.partial(holidays.country_holidays, "NO")


@functools.cache
def _norwegian_holidays(year: int) -> frozenset[dt.date]:
    # Public holidays from the maintained `holidays` library (Easter-based days included), imported on
    # first use (see _norway_calendar); the app also warms it in a background thread once the window
    # is up (app.py).
    # The library can list every Sunday as a holiday ("søndag"); weekends are never working days
    # here, so keeping only Monday–Friday entries leaves exactly the real public holidays that matter.
    return frozenset(day for day in _norway_calendar()(years=year) if day.weekday() < 5)


def public_holiday(day: dt.date) -> bool:
    """Is ``day`` a Norwegian public holiday that falls on Monday–Friday?"""
    return day in _norwegian_holidays(day.year)


def is_working_day(day: dt.date) -> bool:
    """Monday–Friday and not a Norwegian public holiday (R11)."""
    return day.weekday() < 5 and not public_holiday(day)


def working_days(week: str) -> list[dt.date]:
    """The working days of an ISO week (Easter, Ascension, Whit Monday, 1 and 17 May, Christmas off)."""
    return [d for d in week_days(week) if is_working_day(d)]
