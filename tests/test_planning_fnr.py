"""R15: identity numbers found in every layout people write them, and nothing else (property tests)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from mtk_admin_desktop.domain import clock
from mtk_admin_desktop.domain.planning_fnr import _K1, _K2, _check_digit, find_identity_numbers, validate


def with_check_digits(first9: str) -> str | None:
    k1 = _check_digit(first9, _K1)
    if k1 is None:
        return None
    k2 = _check_digit(first9 + str(k1), _K2)
    return None if k2 is None else f"{first9}{k1}{k2}"


@st.composite
def identity_numbers(draw: st.DrawFn) -> str:
    """Valid fødselsnummer or D-nummer for people born 1940 until today (a later birth date is no one's)."""
    born = draw(st.dates(min_value=dt.date(1940, 1, 1), max_value=clock.today()))
    d_number = draw(st.booleans())
    if born.year >= 2000:
        individual = draw(st.integers(500, 999))
    elif born.year >= 1940:
        individual = draw(st.integers(0, 499) | st.integers(900, 999))
    day = born.day + (40 if d_number else 0)
    first9 = f"{day:02d}{born.month:02d}{born.year % 100:02d}{individual:03d}"
    number = with_check_digits(first9)
    if number is None:  # about 1 in 6 combinations has no valid check digit
        number = with_check_digits(first9[:6] + f"{(individual + 1) % 1000:03d}") or ""
    return number


LAYOUTS = (
    "{d}{p}",
    "{d} {p}",
    "{a}.{b}.{c}-{p}",
    "{a}.{b}.{c} {p}",
    "{d}-{p}",
    "{d} {p3} {p2}",
    "{a} {b} {c} {p}",
)


@settings(max_examples=200, deadline=None)
@given(
    identity_numbers(),
    st.sampled_from(LAYOUTS),
    st.sampled_from(("", "Navn: ", "(", "fnr ")),
    st.sampled_from(("", ".", ",", " takk", ")")),
)
def test_r15_every_valid_number_is_found_in_every_layout(
    number: str, layout: str, before: str, after: str
) -> None:
    if not number:
        return
    d, p = number[:6], number[6:]
    written = layout.format(d=d, p=p, a=d[:2], b=d[2:4], c=d[4:6], p3=p[:3], p2=p[3:])
    text = f"{before}{written}{after}"
    found = find_identity_numbers(text)
    assert [(f.digits, text[f.start : f.end]) for f in found] == [(number, written)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789", min_size=11, max_size=11))
def test_r15_random_digits_only_when_valid(digits: str) -> None:
    found = find_identity_numbers(f"Nummer {digits} i teksten")
    assert bool(found) == (validate(digits) is not None)


@settings(max_examples=200, deadline=None)
@given(identity_numbers(), st.integers(0, 9))
def test_r15_one_wrong_digit_is_not_a_number(number: str, position: int) -> None:
    if not number:
        return
    wrong = number[:position] + str((int(number[position]) + 1) % 10) + number[position + 1 :]
    assert find_identity_numbers(wrong) == [] or validate(wrong) is not None


@settings(max_examples=100, deadline=None)
@given(st.integers(0, 99_999_999))
def test_r15_phone_numbers_are_not_identity_numbers(phone: int) -> None:
    digits = f"{phone:08d}"
    for text in (
        f"+47 {digits}",
        f"Tlf. 0047 {digits}",
        f"{digits[:2]} {digits[2:4]} {digits[4:6]} {digits[6:]}",
    ):
        assert find_identity_numbers(text) == []
