"""R15: identity numbers judged against python-stdnum (``stdnum.no.fodselsnummer``) as the oracle.

Fødselsnummer, D-nummer (day + 40) and H-nummer (month + 40), generated and written the ways people
write them into generated Norwegian sentences, must be found; eleven digits stdnum rejects must not be.
Only the word right before a number can label it an account or a phone number: a number after ordinary
words that merely contain such a word ("servicekontoret", "telefonen") or after an earlier phone number
is found. R15 covers all published text: the title, the text, images' alternative texts and the text in
them, and links' texts; each finding names its field.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum.no import fodselsnummer as oracle

from mtk_admin_desktop.domain.findings import Severity
from mtk_admin_desktop.domain.planning import new_post
from mtk_admin_desktop.domain.planning_fnr import find_identity_numbers
from mtk_admin_desktop.domain.planning_rules import CheckContext, check
from tests.helpers import run_cli

TODAY = dt.date.today()  # what stdnum compares birth dates with


def found(text: str) -> list[str]:
    return [n.digits for n in find_identity_numbers(text, today=TODAY)]


def with_check_digits(first9: str) -> str | None:
    """The oracle's check digits for nine digits, or None where no valid number has them."""
    k1 = oracle.calc_check_digit1(first9)
    k2 = oracle.calc_check_digit2(first9 + k1) if len(k1) == 1 else "10"
    return first9 + k1 + k2 if len(k1) == len(k2) == 1 else None


@st.composite
def identity_numbers(draw: st.DrawFn) -> str:
    """A number stdnum accepts: a fødselsnummer, D-nummer or H-nummer of someone born 1854–today."""
    born = draw(st.dates(min_value=dt.date(1854, 1, 1), max_value=TODAY))
    kind = draw(st.sampled_from(("f", "d", "h")))
    yy = born.year % 100
    if born.year < 1900:
        individual = draw(st.integers(500, 749))
    elif born.year < 2000:
        individual = draw(st.integers(0, 499) | (st.integers(900, 999) if yy >= 40 else st.integers(0, 499)))
    else:
        individual = draw(st.integers(500, 999))
    day = born.day + (40 if kind == "d" else 0)
    month = born.month + (40 if kind == "h" else 0)
    for step in range(1000):
        number = with_check_digits(f"{day:02d}{month:02d}{yy:02d}{(individual + step) % 1000:03d}")
        if number and oracle.is_valid(number):
            return number
    raise AssertionError("no valid number for this date")


SEPARATORS = ("", " ", "\u00a0", "-", ".", "\u202f", " - ")
LAYOUTS = ("{d}{s}{p}", "{a}.{b}.{c}{s}{p}", "{d}{s}{p3} {p2}", "{a} {b} {c}{s}{p}")
# Ordinary Norwegian words, among them words that contain "konto", "tlf", "telefon" or "mobil".
WORDS = (
    "Hei",
    "alle",
    "sammen",
    "servicekontoret",
    "kontoret",
    "kontorene",
    "Kontortid",
    "telefonen",
    "telefontid",
    "mobilen",
    "mobiltelefon",
    "tlf.-tid",
    "innbyggere",
    "skolen",
    "i",
    "Midt-Telemark",
    "gjelder",
    "søker",
    "eleven",
    "barnet",
    "navn:",
    "nr.",
    "født",
    "pasient",
    "fnr.",
    "ring oss på tlf. 35 05 90 00 eller send",
    "kontonummer 1234.56.78903, og",
)


@st.composite
def sentences(draw: st.DrawFn) -> tuple[str, str, str]:
    """A Norwegian sentence with one identity number in it: (sentence, digits, the number as written)."""
    number = draw(identity_numbers())
    d, p = number[:6], number[6:]
    written = draw(st.sampled_from(LAYOUTS)).format(
        d=d, p=p, a=d[:2], b=d[2:4], c=d[4:6], p3=p[:3], p2=p[3:], s=draw(st.sampled_from(SEPARATORS))
    )
    before = " ".join(draw(st.lists(st.sampled_from(WORDS), max_size=6)))
    after = " ".join(draw(st.lists(st.sampled_from(WORDS), max_size=4)))
    end = draw(st.sampled_from(("", ".", ",", "!", ")", " takk.")))
    text = f"{before} {written}{end} {after}".strip()
    return text, number, written


@settings(max_examples=400, deadline=None)
@given(sentences())
def test_generated_numbers_in_generated_sentences_are_found(case) -> None:
    text, number, written = case
    numbers = find_identity_numbers(text, today=TODAY)
    assert [(n.digits, text[n.start : n.end]) for n in numbers] == [(number, written)], text


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="0123456789", min_size=9, max_size=9), st.sampled_from(SEPARATORS))
def test_numbers_with_right_check_digits_are_found_exactly_when_stdnum_accepts_them(first9, sep) -> None:
    """Right check digits but any date, century, D/H/FH marker: found if and only if stdnum accepts."""
    number = with_check_digits(first9)
    if number is None:
        return
    text = f"Søknaden gjelder {number[:6]}{sep}{number[6:]} i år."
    assert bool(found(text)) == oracle.is_valid(number), number


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="0123456789", min_size=11, max_size=11))
def test_no_false_positives_on_digits_stdnum_rejects(digits: str) -> None:
    assert bool(found(f"Nummer {digits} i teksten")) == oracle.is_valid(digits)


@settings(max_examples=200, deadline=None)
@given(identity_numbers(), st.integers(0, 10), st.integers(1, 9))
def test_one_changed_digit_is_found_only_if_stdnum_still_accepts(number, position, change) -> None:
    wrong = number[:position] + str((int(number[position]) + change) % 10) + number[position + 1 :]
    assert bool(found(f"Fnr. {wrong}.")) == oracle.is_valid(wrong)


def _number(day: int, month: int, yy: int, individual: int = 100) -> str:
    for step in range(200):
        number = with_check_digits(f"{day:02d}{month:02d}{yy:02d}{individual + step:03d}")
        if number and oracle.is_valid(number):
            return number
    raise AssertionError


def test_an_h_number_is_found() -> None:
    number = _number(17, 5 + 40, 88)  # born 17 May 1988, month + 40
    assert oracle.is_valid(number)
    (hit,) = find_identity_numbers(f"Pasienten har H-nummer {number}.", today=TODAY)
    assert hit.kind == "h-nummer" and hit.birth_date == dt.date(1988, 5, 17)


@pytest.mark.parametrize(
    "template",
    [
        "Kontakt servicekontoret {n} i dag.",
        "Ring tlf. 35 05 90 00 om saken til {n}.",
        "Telefonen til kontoret: {n}",
        "Kontoret har fått {d}\u00a0{p} fra en innbygger.",  # a non-breaking space inside the number
        "Mobilen tilhører {d}-{p}.",
    ],
)
def test_numbers_after_words_that_only_contain_a_skip_word_are_found(template: str) -> None:
    number = _number(1, 2, 3)
    text = template.format(n=number, d=number[:6], p=number[6:])
    assert found(text) == [number], text


@pytest.mark.parametrize(
    "template",
    ["Kontonr. {n}", "tlf: {n}", "Telefon {n}", "mobilnr. {n}", "Konto nr. {n}", "+{n}"],
)
def test_a_number_labelled_as_an_account_or_phone_right_before_it_is_not_reported(template) -> None:
    number = _number(1, 2, 3)
    assert found(template.format(n=number)) == []


# -- all published text ---------------------------------------------------------------------------------


def test_r15_is_checked_in_the_title_alt_texts_image_texts_and_link_texts() -> None:
    numbers = [_number(1, 2, 3), _number(41, 2, 3), _number(1, 42, 3), _number(15, 6, 99), _number(4, 3, 21)]
    post = new_post(
        title=f"Til {numbers[0]}",
        text=f"Gjelder {numbers[1]}",
        attachments=[
            {"type": "image", "name": "skjema.png", "alt_text": f"Skjema for {numbers[2]}"},
            {
                "type": "image",
                "name": "brev.png",
                "alt_text": "Brev",
                "contains_text": True,
                "image_text": f"Vedtak om {numbers[3]}",
            },
        ],
        links=[{"url": "https://midt-telemark.kommune.no", "text": f"Saken til {numbers[4]}"}],
    )
    findings = [f for f in check(post, CheckContext()) if f.rule == "R15" and f.severity == Severity.ERROR]
    where = {(f.field, f.data.get("part"), f.data.get("index")): f for f in findings}
    assert set(where) == {
        ("title", "title", None),
        ("text", "text", None),
        ("attachments", "alt_text", 0),
        ("attachments", "image_text", 1),
        ("links", "text", 0),
    }
    assert where[("title", "title", None)].message.english().startswith("The title contains")
    assert "(D-nummer)" in where[("text", "text", None)].message.english()
    assert "image skjema.png" in where[("attachments", "alt_text", 0)].message.english()
    assert "(H-nummer)" in where[("attachments", "alt_text", 0)].message.english()
    assert "link 1" in where[("links", "text", 0)].message.english()
    title = post["title"]
    start, end = where[("title", "title", None)].span
    assert title[start:end] == numbers[0]
    # Case-processing words count there too, and say where.
    warnings = [f for f in check(post, CheckContext()) if f.rule == "R15" and f.severity == Severity.WARNING]
    assert any(f.field == "attachments" and f.data.get("part") == "image_text" for f in warnings)


def test_check_post_on_the_command_line_finds_a_number_in_the_title(data_dir, tmp_path) -> None:
    number = _number(1, 2, 3)
    code, out, _ = run_cli(
        "check-post", "--title", f"Til {number}", "--text", "Hei", "--json", data_dir=data_dir
    )
    assert code == 1
    assert '"field": "title"' in out
