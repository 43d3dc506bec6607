"""The plan's .ics read by three calendar libraries we did not write (issue 16, item 1).

``icalendar``, ``vobject`` and ``ics`` (ics-py) must each place every exported event at the instant the
app stores, on ordinary days, on the nights the clocks change and in years far from now. The Europe/Oslo
VTIMEZONE must be written by its yearly rules (as Outlook writes it), not as a list of dates that ends.

icalendar and ics-py look a known TZID such as "Europe/Oslo" up in their own zone tables; only vobject
reads the file's VTIMEZONE for it. So the file is also read with its TZID renamed to one nobody knows,
which makes icalendar and vobject compute every time from the VTIMEZONE we wrote.
"""

from __future__ import annotations

import datetime as dt
import uuid
from zoneinfo import ZoneInfo

import icalendar
import ics
import pytest
import vobject
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mtk_admin_desktop.domain.planning import new_post
from mtk_admin_desktop.services.planning_exchange import ICS_LOCAL_YEARS, ics_moment, rule_offset

OSLO = ZoneInfo("Europe/Oslo")
UTC = dt.UTC
HALF_HOUR = dt.timedelta(minutes=30)
RENAMED = "MTK Test Zone (W. Europe)"


def _post(planned_at: str) -> dict:
    return new_post(planned_at=planned_at, title="Innlegg", text="Tekst") | {"id": str(uuid.uuid4())}


def _stored(moment: dt.datetime) -> str:
    """How the app stores a planned time: Oslo wall time with its offset, to the minute."""
    return moment.astimezone(OSLO).isoformat(timespec="minutes")


def _last_sunday(year: int, month: int) -> dt.date:
    last = dt.date(year, month + 1, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - 6) % 7)


def _read_all(data: bytes) -> dict[str, dict[str, list[tuple[dt.datetime, dt.datetime]]]]:
    """Each library's (start, end) in UTC per event UID, from the file as written and renamed."""
    text = data.decode("utf-8")
    renamed = text.replace("TZID:Europe/Oslo", f"TZID:{RENAMED}").replace(
        "TZID=Europe/Oslo", f'TZID="{RENAMED}"'
    )
    out: dict[str, dict[str, list[tuple[dt.datetime, dt.datetime]]]] = {}

    def put(reader: str, uid: str, start: dt.datetime, end: dt.datetime) -> None:
        assert start.tzinfo is not None and end.tzinfo is not None, (reader, uid, start)
        out.setdefault(uid, {}).setdefault(reader, []).append((start.astimezone(UTC), end.astimezone(UTC)))

    for name, source in (("icalendar", text), ("icalendar-vtimezone", renamed)):
        for event in icalendar.Calendar.from_ical(source).walk("VEVENT"):
            put(name, str(event["UID"]), event.decoded("DTSTART"), event.decoded("DTEND"))
    for name, source in (("vobject", text), ("vobject-vtimezone", renamed)):
        for event in vobject.readOne(source).vevent_list:
            put(name, event.uid.value, event.dtstart.value, event.dtend.value)
    for event in ics.Calendar(text).events:
        put("ics", event.uid, event.begin.datetime, event.end.datetime)
    return out


def assert_every_reader_agrees(service, moments: list[dt.datetime]) -> None:
    posts = [_post(_stored(m)) for m in moments]
    read = _read_all(service.ics_bytes(posts))
    for post, moment in zip(posts, moments, strict=True):
        uid = f"{post['id']}@mtk-admin.midt-telemark.kommune.no"
        want = [(moment.astimezone(UTC), moment.astimezone(UTC) + HALF_HOUR)]
        readers = read[uid]
        assert set(readers) == {"icalendar", "icalendar-vtimezone", "vobject", "vobject-vtimezone", "ics"}
        for reader, got in readers.items():
            assert got == want, (reader, _stored(moment), got)


def test_the_vtimezone_is_written_by_yearly_rules_as_outlook_writes_it(context) -> None:
    data = context.planning.ics_bytes([_post("2026-06-17T10:15+02:00")])
    zones = icalendar.Calendar.from_ical(data).walk("VTIMEZONE")
    assert [str(z["TZID"]) for z in zones] == ["Europe/Oslo"]
    parts = {p.name: p for p in zones[0].subcomponents}
    assert set(parts) == {"STANDARD", "DAYLIGHT"}
    for name, month, before, after, hour in (("DAYLIGHT", 3, 1, 2, 2), ("STANDARD", 10, 2, 1, 3)):
        part = parts[name]
        rule = part["RRULE"]
        assert rule["FREQ"] == ["YEARLY"] and rule["BYMONTH"] == [month] and rule["BYDAY"] == ["-1SU"]
        assert "UNTIL" not in rule and "COUNT" not in rule and "RDATE" not in part
        assert part.decoded("TZOFFSETFROM") == dt.timedelta(hours=before)
        assert part.decoded("TZOFFSETTO") == dt.timedelta(hours=after)
        start = part.decoded("DTSTART")
        assert start.hour == hour and start.date() == _last_sunday(start.year, month)
    # One rule each, not a list of onsets (the old file had one DTSTART per year up to 2037).
    zone_text = data.split(b"BEGIN:VEVENT")[0]
    assert zone_text.count(b"DTSTART") == 2


def test_the_vtimezone_gives_the_tz_database_offset_every_hour_around_every_change(context) -> None:
    """icalendar and vobject turn the VTIMEZONE we wrote into a tzinfo; it must agree with zoneinfo."""
    data = context.planning.ics_bytes([_post("2026-06-17T10:15+02:00")]).decode()
    from_icalendar = icalendar.Calendar.from_ical(data).walk("VTIMEZONE")[0].to_tz()
    from_vobject = vobject.readOne(data).vtimezone.gettzinfo()
    first, last = ICS_LOCAL_YEARS
    for year in range(first, last + 1):
        for month in (3, 10):
            change = dt.datetime.combine(_last_sunday(year, month), dt.time(1, 0), UTC)
            for minutes in range(-120, 121, 30):
                moment = change + dt.timedelta(minutes=minutes)
                if moment < dt.datetime(1996, 3, 31, 1, 0, tzinfo=UTC):
                    continue
                expected = moment.astimezone(OSLO).utcoffset()
                assert rule_offset(moment) == expected, moment
                for tz in (from_icalendar, from_vobject):
                    local = moment.astimezone(tz)
                    assert local.utcoffset() == expected, (tz, moment)


@pytest.mark.parametrize(
    ("stored", "utc"),
    [
        ("2026-06-17T10:15+02:00", "2026-06-17T08:15"),  # summer: the old VTIMEZONE put it an hour off
        ("2026-01-05T09:00+01:00", "2026-01-05T08:00"),
        # The night the clocks go back: 02:30 happens twice. Both are exported at their own instant.
        ("2026-10-25T02:30+02:00", "2026-10-25T00:30"),
        ("2026-10-25T02:30+01:00", "2026-10-25T01:30"),
        ("2026-10-25T01:59+02:00", "2026-10-24T23:59"),
        ("2026-10-25T03:00+01:00", "2026-10-25T02:00"),
        # The night the clocks go forward: 02:30 does not exist. Stored without an offset (or with the
        # winter one) it is the instant RFC 5545 and zoneinfo give it: 01:30 UTC, i.e. 03:30 summer time.
        ("2026-03-29T02:30", "2026-03-29T01:30"),
        ("2026-03-29T02:30+01:00", "2026-03-29T01:30"),
        ("2026-03-29T01:59+01:00", "2026-03-29T00:59"),
        ("2026-03-29T03:00+02:00", "2026-03-29T01:00"),
        # Far from now: before the EU rules and after 32-bit zone tables end.
        ("1990-07-01T12:00+02:00", "1990-07-01T10:00"),
        ("2040-07-01T12:00+02:00", "2040-07-01T10:00"),
        ("2099-12-31T23:45+01:00", "2099-12-31T22:45"),
    ],
)
def test_every_reader_places_the_post_at_its_instant(context, stored: str, utc: str) -> None:
    post = _post(stored)
    read = _read_all(context.planning.ics_bytes([post]))[f"{post['id']}@mtk-admin.midt-telemark.kommune.no"]
    start = dt.datetime.fromisoformat(utc).replace(tzinfo=UTC)
    for reader, got in read.items():
        assert got == [(start, start + HALF_HOUR)], (reader, stored, got)


def test_a_repeated_or_missing_wall_time_is_never_written_as_oslo_time() -> None:
    """02:30 on the night the clocks go back is written in Oslo time the first time (RFC 5545 reads a
    repeated wall time as its first occurrence) and in UTC the second; no wall time that does not exist
    is ever written."""
    first = dt.datetime(2026, 10, 25, 0, 30, tzinfo=UTC)
    second = dt.datetime(2026, 10, 25, 1, 30, tzinfo=UTC)
    assert ics_moment(first).tzinfo is not UTC and ics_moment(first).hour == 2
    assert ics_moment(second).tzinfo is UTC
    spring = ics_moment(dt.datetime(2026, 3, 29, 1, 30, tzinfo=UTC))
    assert (spring.hour, spring.minute, spring.utcoffset()) == (3, 30, dt.timedelta(hours=2))


def _edge_moments() -> st.SearchStrategy[dt.datetime]:
    """Instants within three hours of a clock change in 1990–2100, to the minute."""
    return st.builds(
        lambda year, month, minutes: (
            dt.datetime.combine(_last_sunday(year, month), dt.time(1, 0), UTC) + dt.timedelta(minutes=minutes)
        ),
        st.integers(1990, 2100),
        st.sampled_from((3, 10)),
        st.integers(-180, 180),
    )


def _any_moments() -> st.SearchStrategy[dt.datetime]:
    return st.datetimes(
        min_value=dt.datetime(1990, 1, 1), max_value=dt.datetime(2100, 12, 31), timezones=st.just(UTC)
    ).map(lambda m: m.replace(second=0, microsecond=0))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(moments=st.lists(st.one_of(_edge_moments(), _any_moments()), min_size=1, max_size=12))
def test_generated_times_are_read_at_the_same_instant_by_every_reader(context, moments) -> None:
    assert_every_reader_agrees(context.planning, moments)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    day=st.dates(min_value=dt.date(1997, 1, 1), max_value=dt.date(2036, 12, 31)),
    minute=st.integers(0, 24 * 60 - 1),
)
def test_generated_wall_times_typed_in_oslo_are_exported_in_oslo_time(context, day, minute) -> None:
    """A wall time as a user types it (no offset) inside the VTIMEZONE's years goes out as Oslo time
    (TZID=Europe/Oslo), unless it is the repeated hour's second pass, and every reader agrees."""
    wall = dt.datetime.combine(day, dt.time(minute // 60, minute % 60))
    moment = wall.replace(tzinfo=OSLO).astimezone(UTC)
    post = _post(wall.isoformat(timespec="minutes"))
    data = context.planning.ics_bytes([post])
    assert b"DTSTART;TZID=Europe/Oslo:" in data
    read = _read_all(data)[f"{post['id']}@mtk-admin.midt-telemark.kommune.no"]
    for reader, got in read.items():
        assert got == [(moment, moment + HALF_HOUR)], (reader, wall, got)
