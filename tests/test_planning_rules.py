"""The planning rules (RULES.md R2, R7.6, R9, R10, R11, R12.x, R14, R15, R16) as pure functions."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from mtk_admin_desktop.domain.findings import Severity
from mtk_admin_desktop.domain.planning import (
    OSLO,
    format_planned,
    is_working_day,
    new_post,
    parse_week,
    week_days,
    week_of,
    working_days,
)
from mtk_admin_desktop.domain.planning_fnr import _K1, _K2, _check_digit, find_identity_numbers, validate
from mtk_admin_desktop.domain.planning_rules import (
    CheckContext,
    CrisisPeriod,
    camel_case,
    check,
    check_week,
    load_words,
    split_words,
    week_quota,
)

pytestmark = pytest.mark.today  # depends on today's date: runs at a frozen instant (conftest)

ROOT = Path(__file__).resolve().parent.parent
WORDS = load_words(ROOT / "resources" / "planning_hashtag_words.txt")
OK_WEBSITE = {"mode": "planned"}


def post(**values: object) -> dict[str, object]:
    """A post that passes every check unless the test changes something."""
    base = new_post(
        title="Tittel",
        text="Kommunestyret møtes torsdag i rådhuset.",
        responsible="Kari Nordbø",
        website=OK_WEBSITE,
        page_id="p1",
    )
    base.update(values)
    return base


def rules_of(findings: list) -> list[str]:
    return [f.rule for f in findings]


def make_fnr(first9: str) -> str | None:
    k1 = _check_digit(first9, _K1)
    if k1 is None:
        return None
    k2 = _check_digit(first9 + str(k1), _K2)
    return None if k2 is None else first9 + str(k1) + str(k2)


def some_fnr(date6: str, start: int = 100) -> str:
    for individual in range(start, start + 200):
        number = make_fnr(date6 + f"{individual:03d}")
        if number:
            return number
    raise AssertionError("no valid number")


CTX = CheckContext(words=WORDS)


def test_a_clean_post_has_no_findings() -> None:
    assert check(post(), CTX) == []


# -- R2 ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "website, expected",
    [
        ({}, ["R2"]),
        ({"mode": "url", "url": ""}, ["R2"]),
        ({"mode": "not_relevant", "reason": ""}, ["R2"]),
        ({"mode": "url", "url": "https://www.midt-telemark.kommune.no/aktuelt/x"}, []),
        ({"mode": "planned"}, []),
        ({"mode": "not_relevant", "reason": "Kun for foreldre i barnehagen"}, []),
    ],
)
def test_r2_website_counterpart(website: dict, expected: list[str]) -> None:
    findings = check(post(website=website), CTX)
    assert rules_of(findings) == expected
    assert all(f.severity == Severity.WARNING and f.field == "website" for f in findings)


# -- R7.6 --------------------------------------------------------------------------------------------


def test_r7_6_unit_page_news_suggests_kommunikasjon() -> None:
    unit = CheckContext(is_main_page=False, words=WORDS)
    assert rules_of(check(post(), unit)) == ["R7.6"]
    assert check(post(send_to_communication=1), unit) == []
    assert check(post(), CheckContext(is_main_page=True, words=WORDS)) == []
    assert check(post(kind="annet"), unit) == []


# -- R9, R12.1, R12.2, R12.3 ---------------------------------------------------------------------------


def image(**values: object) -> dict[str, object]:
    item = {
        "type": "image",
        "name": "a.jpg",
        "alt_text": "Brøytebil i Bø",
        "photographer": "Per Moen",
        "licence": "Eget bilde",
    }
    item.update(values)
    return item


def test_r9_image_without_rights_is_a_warning() -> None:
    findings = check(post(attachments=[image(photographer="")]), CTX)
    assert rules_of(findings) == ["R9"] and findings[0].severity == Severity.WARNING
    assert findings[0].data["index"] == 0
    assert rules_of(check(post(attachments=[image(licence="")]), CTX)) == ["R9"]
    assert check(post(attachments=[image(licence="", consent="Samtykke fra foreldre")]), CTX) == []


def test_r12_1_image_without_alt_text_is_an_error() -> None:
    findings = check(post(attachments=[image(), image(alt_text="  ", name="b.jpg")]), CTX)
    assert rules_of(findings) == ["R12.1"]
    assert findings[0].severity == Severity.ERROR and findings[0].data["index"] == 1


def test_r12_2_text_in_image_must_be_in_alt_or_post() -> None:
    assert rules_of(check(post(attachments=[image(contains_text=True)]), CTX)) == ["R12.2"]
    marked = image(contains_text=True, image_text="Stengt 24. desember")
    assert rules_of(check(post(attachments=[marked]), CTX)) == ["R12.2"]
    assert check(post(attachments=[marked], text="Rådhuset er stengt 24. desember."), CTX) == []
    assert check(post(attachments=[{**marked, "alt_text": "Skilt: Stengt 24. desember"}]), CTX) == []


def test_r12_3_video_captions_and_audio_transcript() -> None:
    findings = check(
        post(attachments=[{"type": "video", "captions": False}, {"type": "audio", "transcript": False}]), CTX
    )
    assert rules_of(findings) == ["R12.3", "R12.3"]
    assert all(f.severity == Severity.ERROR for f in findings)
    assert (
        check(
            post(attachments=[{"type": "video", "captions": True}, {"type": "audio", "transcript": True}]),
            CTX,
        )
        == []
    )


# -- R10 ---------------------------------------------------------------------------------------------


def test_r10_responsible_must_hold_a_role_on_the_page() -> None:
    roles = {("p1", "Kari Nordbø"): "hovedadministrator"}
    ctx = CheckContext(role_of=lambda page, person: roles.get((page, person)), words=WORDS)
    assert check(post(), ctx) == []
    findings = check(post(responsible="Ola Utenrolle"), ctx)
    assert rules_of(findings) == ["R10"] and findings[0].severity == Severity.ERROR
    assert "Ola Utenrolle" in findings[0].message.english()
    assert rules_of(check(post(responsible=""), ctx)) == ["R10"]
    # No register to ask: only a missing name is an error, not an unknown role.
    assert check(post(responsible="Ola Utenrolle"), CTX) == []


# -- R12.4 and R12.7 ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, phrase",
    [
        ("Påmelding er åpen. Klikk her: https://www.midt-telemark.kommune.no/p", "Klikk her"),
        ("Les mer: www.midt-telemark.kommune.no", "Les mer"),
        ("Program for helga, trykk her.", "trykk her"),
    ],
)
def test_r12_4_vague_link_text_in_the_post(text: str, phrase: str) -> None:
    findings = [f for f in check(post(text=text), CTX) if f.rule == "R12.4"]
    assert len(findings) == 1
    start, end = findings[0].span
    assert text[start:end] == phrase


def test_r12_4_ordinary_words_are_not_link_texts() -> None:
    text = "Her i kommunen leser vi mer om historien. Les mer om planen i vedlegget fra rådmannen."
    assert [f for f in check(post(text=text), CTX) if f.rule == "R12.4"] == []


def test_r12_4_link_list_text() -> None:
    findings = check(
        post(
            links=[
                {"url": "https://a.no", "text": "Les mer"},
                {"url": "https://b.no", "text": "Søknadsskjema for kulturmidler"},
            ]
        ),
        CTX,
    )
    assert rules_of(findings) == ["R12.4"] and findings[0].data["index"] == 0


def test_r12_7_linked_documents_get_a_reminder() -> None:
    text = "Sakskartet: https://www.midt-telemark.kommune.no/sakskart.pdf."
    findings = check(post(text=text), CTX)
    assert rules_of(findings) == ["R12.7"] and findings[0].severity == Severity.INFO
    start, end = findings[0].span
    assert text[start:end] == "https://www.midt-telemark.kommune.no/sakskart.pdf"
    assert rules_of(check(post(links=[{"url": "https://x.no/plan.docx", "text": "Planen"}]), CTX)) == [
        "R12.7"
    ]
    assert check(post(text="Se https://www.midt-telemark.kommune.no/pdf-info"), CTX) == []


# -- R12.5 -------------------------------------------------------------------------------------------


def test_r12_5_emoji_inside_a_sentence() -> None:
    text = "Velkommen 🎉 til julemarked!"
    findings = check(post(text=text), CTX)
    assert rules_of(findings) == ["R12.5"]
    assert text[slice(*findings[0].span)] == "🎉"


def test_r12_5_emoji_at_the_end_is_fine_and_more_than_three_is_not() -> None:
    assert check(post(text="Velkommen til julemarked! 🎄\nGod jul 🎅"), CTX) == []
    findings = check(post(text="God jul! 🎄🎅⭐🇳🇴"), CTX)
    assert rules_of(findings) == ["R12.5"] and findings[0].data["count"] == 4


# -- R12.6 -------------------------------------------------------------------------------------------


def test_r12_6_hashtag_camel_case_suggestion() -> None:
    text = "Godt nytt år! #midttelemarkkommune"
    findings = check(post(text=text), CTX)
    assert rules_of(findings) == ["R12.6"]
    assert findings[0].data["suggestion"] == "#MidtTelemarkKommune"
    assert text[slice(*findings[0].span)] == "#midttelemarkkommune"


def test_r12_6_good_hashtags_pass() -> None:
    assert check(post(text="#MidtTelemarkKommune #bø #kommunestyremøte #2026"), CTX) == []


def test_r12_6_splitting() -> None:
    assert split_words("sommeribø", WORDS) == ["sommer", "i", "bø"]
    assert split_words("xqzv", WORDS) is None
    assert camel_case(["god", "jul"]) == "GodJul"
    # A long unknown hashtag still gets the advice, without a suggestion.
    findings = check(post(text="#zqxwvutsrqponmlk"), CTX)
    assert rules_of(findings) == ["R12.6"] and "suggestion" not in findings[0].data


# -- R14 ---------------------------------------------------------------------------------------------


def test_r14_archive_worthy_needs_a_reason() -> None:
    assert rules_of(check(post(archive_worthy=1), CTX)) == ["R14"]
    assert check(post(archive_worthy=1, archive_reason="Kunngjøring av vedtatt plan"), CTX) == []


# -- R15 ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("layout", ["{d}{p}", "{d} {p}", "{a}.{b}.{c}-{p}", "{a}{b}{c}-{p}", "{d} {p3} {p2}"])
def test_r15_fodselsnummer_in_any_layout(layout: str) -> None:
    number = some_fnr("010203")
    d, p = number[:6], number[6:]
    written = layout.format(d=d, p=p, a=d[:2], b=d[2:4], c=d[4:6], p3=p[:3], p2=p[3:])
    text = f"Meld fra til oss: {written}, takk."
    findings = [f for f in check(post(text=text), CTX) if f.rule == "R15"]
    assert len(findings) == 1 and findings[0].severity == Severity.ERROR
    assert text[slice(*findings[0].span)] == written


def test_r15_d_number() -> None:
    number = some_fnr("410203")  # day 1 + 40
    found = find_identity_numbers(f"D-nr {number}")
    assert len(found) == 1 and found[0].kind == "d-nummer" and found[0].birth_date.day == 1


def test_r15_false_positives_are_not_reported() -> None:
    number = some_fnr("010203")
    wrong_check = number[:10] + str((int(number[10]) + 1) % 10)
    assert validate(wrong_check) is None
    texts = [
        f"Feil kontrollsiffer: {wrong_check}",
        "Kontonummer 1234.56.78903 for innbetaling.",
        f"Kontonr {number[:4]}.{number[4:6]}.{number[6:]}",  # a real fnr's digits written as an account
        "Ring servicetorget på 35 05 90 00 eller +47 35059000.",
        "Telefon 004735059000",
        "Ugyldig dato: 31023012345 og 32.01.80-12345",
        f"Tolv siffer {number}1",
    ]
    for text in texts:
        assert find_identity_numbers(text) == [], text


def test_r15_invalid_dates_rejected_even_with_valid_check_digits() -> None:
    candidate = make_fnr("300290100") or make_fnr("300290101") or make_fnr("300290102")
    assert candidate is not None and validate(candidate) is None  # 30 February


def test_r15_case_processing_words_are_warnings() -> None:
    text = "Vi har behandlet klagen din. Vedtaket er sendt, saksnummer 24/123."
    findings = [f for f in check(post(text=text), CTX) if f.rule == "R15"]
    assert [text[slice(*f.span)] for f in findings] == ["klagen", "Vedtaket", "saksnummer"]
    assert all(f.severity == Severity.WARNING for f in findings)


# -- R16 ---------------------------------------------------------------------------------------------


def test_r16_posts_in_a_crisis_are_on_hold_until_approved() -> None:
    start = dt.datetime(2026, 3, 2, 8, 0, tzinfo=OSLO)
    ctx = CheckContext(
        crisis_periods=(CrisisPeriod(start, start + dt.timedelta(days=2), "Flom"),), words=WORDS
    )
    inside = post(planned_at=format_planned(start + dt.timedelta(hours=3)))
    findings = check(inside, ctx)
    assert rules_of(findings) == ["R16"] and findings[0].severity == Severity.ERROR
    assert check({**inside, "crisis_approved": 1}, ctx) == []
    assert check(post(planned_at=format_planned(start + dt.timedelta(days=3))), ctx) == []
    assert check({**inside, "status": "avlyst"}, ctx) == []
    open_ended = CheckContext(crisis_periods=(CrisisPeriod(start, None),), words=WORDS)
    assert rules_of(check(post(planned_at="2026-06-01T10:00+02:00"), open_ended)) == ["R16"]


# -- R11: weeks and working days ---------------------------------------------------------------------


def test_r11_working_days_around_easter_2026() -> None:
    # Maundy Thursday 2 April, Good Friday 3 April, Easter Monday 6 April 2026.
    assert working_days("2026-W14") == [dt.date(2026, 3, 30), dt.date(2026, 3, 31), dt.date(2026, 4, 1)]
    assert not is_working_day(dt.date(2026, 4, 6))
    assert is_working_day(dt.date(2026, 4, 7))


def test_r11_ascension_whit_monday_and_17_may() -> None:
    assert not is_working_day(dt.date(2026, 5, 14))  # Ascension Day 2026
    assert not is_working_day(dt.date(2026, 5, 25))  # Whit Monday 2026
    assert not is_working_day(dt.date(2027, 5, 17))  # Constitution Day on a Monday
    assert not is_working_day(dt.date(2026, 5, 1))
    assert len(working_days("2026-W20")) == 4  # 11–15 May: Ascension on Thursday


def test_r11_christmas_and_new_year() -> None:
    assert working_days("2025-W52") == [dt.date(2025, 12, 22), dt.date(2025, 12, 23), dt.date(2025, 12, 24)]
    assert dt.date(2026, 1, 1) not in working_days("2026-W01")
    assert dt.date(2025, 12, 29) in working_days("2026-W01")


def test_r11_sundays_do_not_count_and_weekends_are_not_working_days() -> None:
    assert not is_working_day(dt.date(2026, 3, 7)) and not is_working_day(dt.date(2026, 3, 8))
    assert len(working_days("2026-W10")) == 5


def test_r11_iso_weeks_across_new_year() -> None:
    assert week_of(dt.date(2025, 12, 29)) == "2026-W01"
    assert week_of(dt.date(2027, 1, 3)) == "2026-W53"
    assert week_days("2026-W53")[0] == dt.date(2026, 12, 28)
    assert week_of(dt.date(2021, 1, 3)) == "2020-W53"
    with pytest.raises(ValueError):
        parse_week("2025-W53")
    with pytest.raises(ValueError):
        parse_week("week five")


def news(page: str, when: dt.datetime, kind: str = "nyhet", status: str = "klar") -> dict[str, object]:
    return {"page_id": page, "planned_at": format_planned(when), "kind": kind, "status": status}


MAIN = {"id": "main", "is_main": 1}


def at(day: dt.date, hour: int) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour), tzinfo=OSLO)


def test_r11_more_than_ten_news_items_in_a_week() -> None:
    days = working_days("2026-W10")
    posts = [news("main", at(d, h)) for d in days for h in (9, 13)]  # 10
    assert [f.severity for f in check_week(MAIN, "2026-W10", posts)] == []
    posts.append(news("main", at(days[0] + dt.timedelta(days=5), 12), kind="film"))  # a Saturday film: 11
    findings = check_week(MAIN, "2026-W10", posts)
    assert rules_of(findings) == ["R11"] and findings[0].severity == Severity.WARNING
    assert findings[0].data["count"] == 11


def test_r11_more_than_two_on_a_working_day() -> None:
    monday = dt.date(2026, 3, 2)
    posts = [news("main", at(monday, h), kind=k) for h, k in ((9, "nyhet"), (11, "bilde"), (14, "film"))]
    posts += [news("main", at(monday + dt.timedelta(days=i), 10)) for i in range(1, 5)]
    findings = check_week(MAIN, "2026-W10", posts)
    assert [(f.rule, f.severity, f.data.get("day")) for f in findings] == [
        ("R11", Severity.WARNING, "2026-03-02")
    ]


def test_r11_three_on_a_holiday_is_not_a_working_day_breach() -> None:
    easter_monday = dt.date(2026, 4, 6)
    posts = [news("main", at(easter_monday, h)) for h in (9, 11, 14)]
    posts += [news("main", at(dt.date(2026, 4, d), 10)) for d in (7, 8, 9, 10)]
    assert check_week(MAIN, "2026-W15", posts) == []


def test_r11_below_seven_is_info_and_only_main_page_counts() -> None:
    monday = dt.date(2026, 3, 2)
    posts = [news("main", at(monday + dt.timedelta(days=i), 10)) for i in range(5)]
    posts += [news("unit", at(monday, h)) for h in range(8, 16)]
    posts += [news("main", at(monday, 15), status="avlyst"), news("main", at(monday, 16), kind="arrangement")]
    findings = check_week(MAIN, "2026-W10", posts)
    assert [(f.rule, f.severity) for f in findings] == [("R11", Severity.INFO)]
    assert findings[0].data["count"] == 5
    assert check_week({"id": "unit", "is_main": 0}, "2026-W10", posts) == []
    quota = week_quota("main", "2026-W10", posts)
    assert quota.count == 5 and quota.under and not quota.over


def test_r11_week_counts_by_oslo_time_across_new_year() -> None:
    # 23:30 on 31 Dec 2025 in Oslo is still week 2026-W01 (ISO), and so is Friday 2 January.
    posts = [
        news("main", dt.datetime(2025, 12, 31, 23, 30, tzinfo=OSLO)),
        news("main", dt.datetime(2026, 1, 2, 9, 0, tzinfo=OSLO)),
        news("main", dt.datetime(2025, 12, 28, 12, 0, tzinfo=OSLO)),
    ]  # Sunday: 2025-W52
    assert week_quota("main", "2026-W01", posts).count == 2
    assert week_quota("main", "2025-W52", posts).count == 1
