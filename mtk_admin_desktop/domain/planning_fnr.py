"""Finding Norwegian national identity numbers (fødselsnummer, D-nummer, H-nummer) in free text (R15).

A candidate is eleven digits: the date (dd mm yy) and the five-digit personal number, written the way
people write them: ``01020312345``, ``010203 12345`` (a space or a non-breaking space), ``010203-12345``,
``01.02.03-12345``, ``010203.12345``, ``010203 123 45``. It counts only if both mod-11 check digits are
right and the date is real and not in the future: a D-nummer has 40 added to the day, an H-nummer 40
added to the month, and the century follows from the individual number (Skatteetaten's ranges). These
are the rules of python-stdnum's ``stdnum.no.fodselsnummer``, which the tests use as the oracle.

Not identity numbers, whatever their digits: bank accounts written 4.2.5 (``1234.56.78903``), a number
labelled by the word right before it as an account or a phone number ("kontonr.", "tlf:", "mobil"), a
number after "+", twelve-digit runs, and digits glued to further digit groups. Only the word directly
before the number labels it: "servicekontoret 01020312345" and "ring tlf. 35 05 90 00, fnr. 010203…"
are found.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from mtk_admin_desktop.domain import clock

# One separator between digit groups: a space (ordinary, non-breaking, narrow or thin), or a dot, hyphen
# (also the non-breaking one), en dash, slash or colon, with or without a space on either side.
_SPACE = "[ \u00a0\u202f\u2009]"
_SEP = rf"(?:{_SPACE}?[.\-\u2010\u2011\u2013/:]{_SPACE}?|{_SPACE})?"
_ANY_SEP_CHAR = r"[ \u00a0\u202f\u2009.\-\u2010\u2011\u2013/:]"
# Eleven digits, date first (dd mm yy), then the personal number, possibly split 3+2.
_CANDIDATE = re.compile(
    rf"(?<![\d+])(?<!\d{_ANY_SEP_CHAR})"
    rf"(\d{{2}}{_SEP}\d{{2}}{_SEP}\d{{2}}{_SEP}\d{{3}}{_SEP}\d{{2}})"
    rf"(?!\d)(?!{_ANY_SEP_CHAR}\d)"
)
# How bank accounts are written: 4.2.5 digits.
_BANK_ACCOUNT = re.compile(r"^\d{4}([ .])\d{2}\1\d{5}$")
# A label right before the number saying it is an account or a phone number ("kontonr.:", "tlf", "+").
_LABEL = re.compile(
    r"(?:(?<!\w)(?:konto|kontonr|kontonummer|tlf|tlfnr|tel|telefon|telefonnr|telefonnummer|mobil|mobilnr"
    r"|mobilnummer)\.?(?:\s*(?:nr|nummer)\.?)?\s*:?\s*|\+\s*)$",
    re.IGNORECASE,
)
_K1 = (3, 7, 6, 1, 8, 9, 4, 5, 2)
_K2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)

FODSELSNUMMER = "fodselsnummer"
D_NUMMER = "d-nummer"
H_NUMMER = "h-nummer"


@dataclass(frozen=True)
class IdentityNumber:
    """One identity number found in a text: where, what kind, and the digits."""

    start: int
    end: int
    digits: str
    kind: str  # FODSELSNUMMER, D_NUMMER or H_NUMMER
    birth_date: dt.date


def _check_digit(digits: str, weights: tuple[int, ...]) -> int | None:
    rest = sum(int(d) * w for d, w in zip(digits, weights, strict=False)) % 11
    k = 11 - rest
    if k == 11:
        return 0
    if k == 10:
        return None  # no valid number has this
    return k


def _century(yy: int, individual: int) -> int | None:
    """The birth century from the individual number (Skatteetaten's ranges)."""
    if individual <= 499:
        return 1900
    if individual <= 749 and yy >= 54:
        return 1800
    if individual >= 500 and yy <= 39:
        return 2000
    if individual >= 900 and yy >= 40:
        return 1900
    return None


def validate(digits: str, today: dt.date | None = None) -> IdentityNumber | None:
    """The identity number these eleven digits make, or None (wrong check digits, date or century).

    A D-nummer has 40 added to the day, an H-nummer 40 added to the month; a birth date after ``today``
    (default: today in Oslo) belongs to nobody.
    """
    if len(digits) != 11 or not digits.isascii() or not digits.isdigit():
        return None
    k1 = _check_digit(digits[:9], _K1)
    k2 = _check_digit(digits[:10], _K2)
    if k1 is None or k2 is None or k1 != int(digits[9]) or k2 != int(digits[10]):
        return None
    day, month, yy = int(digits[0:2]), int(digits[2:4]), int(digits[4:6])
    kind = FODSELSNUMMER
    if day >= 80:
        return None  # an FH-nummer: no date in it by design, and not a person's birth number
    if day > 40:
        day -= 40
        kind = D_NUMMER
    if month > 40:
        month -= 40
        kind = H_NUMMER if kind == FODSELSNUMMER else kind
    century = _century(yy, int(digits[6:9]))
    if century is None:
        return None
    try:
        born = dt.date(century + yy, month, day)
    except ValueError:
        return None
    if born > (today or clock.today()):
        return None
    return IdentityNumber(0, 0, digits, kind, born)


def find_identity_numbers(text: str, today: dt.date | None = None) -> list[IdentityNumber]:
    """Every valid fødselsnummer, D-nummer or H-nummer in ``text``, with its span."""
    found = []
    for match in _CANDIDATE.finditer(text):
        raw = match.group(1)
        if _BANK_ACCOUNT.match(raw):
            continue
        # "kontonr. 0102.03..." or "tlf: 0102..." say what the number is, whatever its digits; only the
        # words right before it count ("servicekontoret" is not "konto").
        if _LABEL.search(text, max(0, match.start() - 40), match.start()):
            continue
        digits = re.sub(r"\D", "", raw)
        number = validate(digits, today)
        if number is not None:
            found.append(IdentityNumber(match.start(1), match.end(1), digits, number.kind, number.birth_date))
    return found
