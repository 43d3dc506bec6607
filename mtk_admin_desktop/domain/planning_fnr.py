"""Finding Norwegian national identity numbers (fødselsnummer, D-nummer) in free text (R15).

A candidate is eleven digits, possibly written with spaces, dots, dashes or slashes the way people
write them (``010203 12345``, ``01.02.03-12345``). It counts only if the date is real (D-nummer: day
plus 40) and both check digits are right. Bank account numbers (``1234.56.78903``) and phone numbers
(``+47 ...``) are not identity numbers, even if they happen to have eleven digits.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_SEP = r"[ .\-/]?"
# Eleven digits, date first (dd mm yy), then the five-digit personal number, possibly split 3+2.
_CANDIDATE = re.compile(
    rf"(?<![\d+])(?<!\d[ .\-/])"
    rf"(\d{{2}}{_SEP}\d{{2}}{_SEP}\d{{2}}[ .\-]?\d{{3}} ?\d{{2}})"
    rf"(?![\d])(?![ .\-/]\d)"
)
# How bank accounts are written: 4.2.5 digits.
_BANK_ACCOUNT = re.compile(r"^\d{4}([ .])\d{2}\1\d{5}$")
_K1 = (3, 7, 6, 1, 8, 9, 4, 5, 2)
_K2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)


@dataclass(frozen=True)
class IdentityNumber:
    """One identity number found in a text: where, what kind, and the digits."""

    start: int
    end: int
    digits: str
    kind: str  # "fodselsnummer" or "d-nummer"
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


def validate(digits: str) -> IdentityNumber | None:
    """The identity number these eleven digits make, or None (wrong date or check digits)."""
    if len(digits) != 11 or not digits.isdigit():
        return None
    k1 = _check_digit(digits[:9], _K1)
    k2 = _check_digit(digits[:10], _K2)
    if k1 is None or k2 is None or k1 != int(digits[9]) or k2 != int(digits[10]):
        return None
    day, month, yy = int(digits[0:2]), int(digits[2:4]), int(digits[4:6])
    kind = "fodselsnummer"
    if day > 40:
        day -= 40
        kind = "d-nummer"
    century = _century(yy, int(digits[6:9]))
    if century is None:
        return None
    try:
        born = dt.date(century + yy, month, day)
    except ValueError:
        return None
    return IdentityNumber(0, 0, digits, kind, born)


def find_identity_numbers(text: str) -> list[IdentityNumber]:
    """Every valid fødselsnummer or D-nummer in ``text``, with its span."""
    found = []
    for match in _CANDIDATE.finditer(text):
        raw = match.group(1)
        if _BANK_ACCOUNT.match(raw):
            continue
        before = text[max(0, match.start() - 25) : match.start()].lower()
        # "kontonr. 0102.03..." or "tlf. 0047 ..." say what the number is, whatever its digits.
        if any(word in before for word in ("konto", "kontonummer", "tlf", "telefon", "mobil")):
            continue
        digits = re.sub(r"\D", "", raw)
        number = validate(digits)
        if number is not None:
            found.append(IdentityNumber(match.start(1), match.end(1), digits, number.kind, number.birth_date))
    return found
