"""The register's rules without Qt or a store: addresses, refusals, the checklist, status flow, reviews."""

from __future__ import annotations

import datetime as dt

import pytest

from mtk_admin_desktop.domain import register as rules
from mtk_admin_desktop.domain.findings import Severity
from mtk_admin_desktop.domain.register_urls import UrlError, normalise_url, parse_page_url

pytestmark = pytest.mark.today  # depends on today's date: runs at a frozen instant (conftest)

TODAY = dt.date(2026, 11, 25)


def complete_page(**changes: object) -> dict[str, object]:
    """An active unit page that meets every rule of the checklist."""
    page: dict[str, object] = {
        "id": "p1",
        "name": "Midt-Telemark folkebibliotek",
        "platform": "facebook",
        "url": "https://www.facebook.com/mtbibliotek",
        "status": "active",
        "is_main": 0,
        "unit": "Kultur",
        "cleared_by": "Tone Haugen",
        "cleared_on": "2025-01-10",
        "purpose": "Arrangementer og boktips",
        "target_group": "Lånere",
        "activity_what": "Arrangementer",
        "activity_frequency": 2,
        "activity_period": "week",
        "activity_by": "Bibliotekarene",
        "visual_profile_confirmed": 1,
        "notice_sent_on": "2025-01-11",
        "is_group": 0,
        "group_size": None,
    }
    page.update(changes)
    return page


MAIN_ADMIN = {
    "id": "r1",
    "page_id": "p1",
    "person_name": "Siri Lia",
    "email": "siri.lia@mt.kommune.no",
    "role": "hovedadministrator",
    "acknowledged_on": "2025-01-10",
    "from_date": "2025-01-10",
    "to_date": None,
}
REVIEW = {"page_id": "p1", "reviewed_on": "2026-11-20", "reviewed_by": "Siri Lia", "note": ""}


def rules_of(findings: list) -> list[str]:
    return [f.rule for f in findings]


def test_complete_page_has_no_findings() -> None:
    assert rules.check(complete_page(), [MAIN_ADMIN], [REVIEW], TODAY) == []


# -- addresses --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "variant",
    [
        "https://www.facebook.com/midttelemark",
        "http://facebook.com/midttelemark/",
        "facebook.com/midttelemark",
        "www.facebook.com/MidtTelemark",
        "https://m.facebook.com/midttelemark?ref=bookmarks#top",
        "https://web.facebook.com//midttelemark/",
        "  https://fb.com/midttelemark  ",
    ],
)
def test_r1_address_variants_are_the_same_page(variant: str) -> None:
    parsed = parse_page_url(variant)
    assert parsed.normalised == "facebook.com/midttelemark"
    assert parsed.url == "https://www.facebook.com/midttelemark"
    assert parsed.platform == "facebook"


@pytest.mark.parametrize(
    ("url", "platform"),
    [
        ("instagram.com/ungdomsklubbenbo", "instagram"),
        ("https://no.linkedin.com/company/midt-telemark-kommune", "linkedin"),
        ("https://www.youtube.com/@MidtTelemark", "youtube"),
        ("https://twitter.com/mtk", "x"),
        ("https://x.com/mtk", "x"),
        ("snapchat.com/add/mtk", "snapchat"),
        ("www.midt-telemark.kommune.no", "website"),
    ],
)
def test_r1_platform_detected_from_address(url: str, platform: str) -> None:
    assert parse_page_url(url).platform == platform


def test_r1_website_with_and_without_www_is_one_page() -> None:
    assert normalise_url("www.midt-telemark.kommune.no") == normalise_url("https://midt-telemark.kommune.no/")


def test_r1_facebook_profile_id_kept_tracking_dropped() -> None:
    parsed = parse_page_url("https://www.facebook.com/profile.php?id=1000123&ref=xyz")
    assert parsed.normalised == "facebook.com/profile.php?id=1000123"


@pytest.mark.parametrize(
    "bad",
    [
        "",
        "   ",
        "ftp://files.mt.kommune.no",
        "mailto:post@mt.kommune.no",
        "hei på deg",
        "@midttelemark",
        "localhost",
        "https://x",
        "instagram.com/",
    ],
)
def test_r1_invalid_addresses_are_refused_with_a_message(bad: str) -> None:
    with pytest.raises(UrlError) as caught:
        parse_page_url(bad)
    assert caught.value.text.english()


# -- R19 ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "platform"),
    [
        ("https://www.tiktok.com/@midttelemark", "tiktok"),
        ("tiktok.com/@mtk", "tiktok"),
        ("https://vm.tiktok.com/ZMabc123/", "tiktok"),
        ("https://t.me/midttelemark", "telegram"),
        ("telegram.me/mtk", "telegram"),
        ("https://telegram.org/", "telegram"),
        ("https://web.telegram.org/k/", "telegram"),
    ],
)
def test_r19_tiktok_and_telegram_refused_by_address(url: str, platform: str) -> None:
    refusals = rules.validate_page({"name": "X", "url": url}, [])
    assert rules_of(refusals) == ["R19"]
    assert refusals[0].severity is Severity.BLOCK
    assert refusals[0].data["platform"] == platform


@pytest.mark.parametrize("platform", ["tiktok", "TikTok", "telegram"])
def test_r19_refused_by_platform_even_with_another_address(platform: str) -> None:
    refusals = rules.validate_page(
        {"name": "X", "url": "https://www.midt-telemark.kommune.no", "platform": platform}, []
    )
    assert rules_of(refusals) == ["R19"]
    assert refusals[0].field == "platform"


def test_r19_lookalike_domains_are_not_refused() -> None:
    assert rules.validate_page({"name": "X", "url": "https://nottiktok.com/x"}, []) == []
    assert rules.validate_page({"name": "X", "url": "https://tme.no/x"}, []) == []


def test_r19_shown_in_check_of_a_stored_forbidden_page() -> None:
    page = complete_page(platform="other", url="https://vm.tiktok.com/abc")
    assert rules.check(page, [MAIN_ADMIN], [REVIEW], TODAY)[0].rule == "R19"


# -- R6 -------------------------------------------------------------------------------------------


def test_r6_second_main_page_refused() -> None:
    others = [complete_page(id="main", name="Midt-Telemark kommune", is_main=1)]
    refusals = rules.validate_page({"name": "Ny", "url": "facebook.com/ny", "is_main": 1}, others)
    assert rules_of(refusals) == ["R6"]
    assert "Midt-Telemark kommune" in refusals[0].message.english()


def test_r6_a_closed_main_page_does_not_count() -> None:
    others = [complete_page(id="old", is_main=1, status="closed")]
    assert rules.validate_page({"name": "Ny", "url": "facebook.com/ny", "is_main": 1}, others) == []


def test_r6_register_needs_exactly_one_main_page() -> None:
    assert rules_of(rules.check_register([complete_page()])) == ["R6"]
    two = [complete_page(is_main=1, name="A"), complete_page(is_main=1, name="B")]
    assert "A, B" in rules.check_register(two)[0].message.english()
    assert rules.check_register([complete_page(is_main=1), complete_page()]) == []


def test_r1_platform_contradicting_the_address_refused() -> None:
    refusals = rules.validate_page({"name": "X", "url": "facebook.com/x", "platform": "instagram"}, [])
    assert rules_of(refusals) == ["R1"] and refusals[0].field == "platform"
    assert rules.validate_page({"name": "X", "url": "facebook.com/x", "platform": "other"}, []) == []


# -- the checklist ----------------------------------------------------------------------------------


def test_r7_1_no_main_administrator_is_an_error() -> None:
    findings = rules.check(complete_page(), [], [REVIEW], TODAY)
    assert [(f.rule, f.severity) for f in findings] == [("R7.1", Severity.ERROR)]


def test_r7_1_a_main_administrator_who_left_does_not_count() -> None:
    left = {**MAIN_ADMIN, "to_date": "2026-06-30"}
    assert "R7.1" in rules_of(rules.check(complete_page(), [left], [REVIEW], TODAY))
    starts_later = {**MAIN_ADMIN, "from_date": "2026-12-01"}
    assert "R7.1" in rules_of(rules.check(complete_page(), [starts_later], [REVIEW], TODAY))


def test_r7_2_missing_notice_is_an_error_for_an_open_page_and_a_note_before_clearance() -> None:
    findings = rules.check(complete_page(notice_sent_on=None), [MAIN_ADMIN], [REVIEW], TODAY)
    assert [(f.rule, f.severity) for f in findings] == [("R7.2", Severity.ERROR)]
    waiting = rules.check(
        complete_page(notice_sent_on=None, status="awaiting_clearance"), [MAIN_ADMIN], [REVIEW], TODAY
    )
    assert ("R7.2", Severity.INFO) in [(f.rule, f.severity) for f in waiting]


def test_r7_2_the_website_needs_no_notice() -> None:
    page = complete_page(
        platform="website",
        url="https://www.midt-telemark.kommune.no",
        notice_sent_on=None,
        visual_profile_confirmed=0,
    )
    assert rules.check(page, [MAIN_ADMIN], [REVIEW], TODAY) == []


def test_r7_3_purpose_and_target_group_required() -> None:
    findings = rules.check(complete_page(purpose=" ", target_group=""), [MAIN_ADMIN], [REVIEW], TODAY)
    assert sorted(f.field for f in findings if f.rule == "R7.3") == ["purpose", "target_group"]
    assert all(f.severity is Severity.ERROR for f in findings)


@pytest.mark.parametrize(
    "missing",
    [{"activity_what": ""}, {"activity_frequency": 0}, {"activity_frequency": None}, {"activity_by": "  "}],
)
def test_r7_4_incomplete_activity_plan_is_an_error(missing: dict[str, object]) -> None:
    findings = rules.check(complete_page(**missing), [MAIN_ADMIN], [REVIEW], TODAY)
    assert rules_of(findings) == ["R7.4"] and findings[0].severity is Severity.ERROR


def test_r7_4_far_below_own_plan_is_a_note() -> None:
    # 2 a week is about 8-9 in 30 days: 3 is below half, 5 is not.
    low = rules.check(complete_page(), [MAIN_ADMIN], [REVIEW], TODAY, posts_in_last_30_days=3)
    assert [(f.rule, f.severity) for f in low] == [("R7.4", Severity.INFO)]
    assert rules.check(complete_page(), [MAIN_ADMIN], [REVIEW], TODAY, posts_in_last_30_days=5) == []
    assert rules.check(complete_page(), [MAIN_ADMIN], [REVIEW], TODAY, posts_in_last_30_days=None) == []


def test_r7_7_unconfirmed_visual_profile_is_a_warning() -> None:
    findings = rules.check(complete_page(visual_profile_confirmed=0), [MAIN_ADMIN], [REVIEW], TODAY)
    assert [(f.rule, f.severity) for f in findings] == [("R7.7", Severity.WARNING)]


def test_r9_each_current_role_holder_must_acknowledge() -> None:
    editor = {
        **MAIN_ADMIN,
        "id": "r2",
        "person_name": "Per Moen",
        "role": "redaktor",
        "acknowledged_on": None,
    }
    former = {**editor, "id": "r3", "person_name": "Gammel Redaktør", "to_date": "2026-01-01"}
    findings = rules.check(complete_page(), [MAIN_ADMIN, editor, former], [REVIEW], TODAY)
    assert [(f.rule, f.data.get("person")) for f in findings] == [("R9", "Per Moen")]


def test_r17_awaiting_clearance_is_noted_and_an_open_page_without_clearance_is_an_error() -> None:
    waiting = rules.check(
        complete_page(status="awaiting_clearance", cleared_by=None, cleared_on=None),
        [MAIN_ADMIN],
        [REVIEW],
        TODAY,
    )
    assert ("R17", Severity.INFO) in [(f.rule, f.severity) for f in waiting]
    active = rules.check(complete_page(cleared_by="", cleared_on=None), [MAIN_ADMIN], [REVIEW], TODAY)
    assert [(f.rule, f.severity) for f in active] == [("R17", Severity.ERROR)]


def test_r18_group_over_twenty_members_is_a_note() -> None:
    assert rules.check(complete_page(is_group=1, group_size=20), [MAIN_ADMIN], [REVIEW], TODAY) == []
    findings = rules.check(complete_page(is_group=1, group_size=21), [MAIN_ADMIN], [REVIEW], TODAY)
    assert [(f.rule, f.severity) for f in findings] == [("R18", Severity.INFO)]
    assert "21" in findings[0].message.english()


def test_r18_negative_group_size_refused() -> None:
    refusals = rules.validate_page({"name": "G", "url": "facebook.com/groups/g", "group_size": -3}, [])
    assert rules_of(refusals) == ["R18"]


def test_closed_page_has_no_checklist_and_needs_no_review() -> None:
    page = complete_page(status="closed", purpose="", notice_sent_on=None)
    assert rules.check(page, [], [], TODAY) == []
    assert not rules.review_due(page, [], TODAY)


# -- R4 -------------------------------------------------------------------------------------------


def test_r4_review_due_after_more_than_a_month() -> None:
    page = complete_page()
    assert rules.review_due(page, [], TODAY)  # never reviewed
    assert not rules.review_due(page, [{"reviewed_on": "2026-10-25"}], TODAY)  # exactly one month
    assert rules.review_due(page, [{"reviewed_on": "2026-10-24"}], TODAY)
    findings = rules.check(
        page, [MAIN_ADMIN], [{"reviewed_on": "2026-09-01"}, {"reviewed_on": "2026-10-01"}], TODAY
    )
    assert [(f.rule, f.severity) for f in findings] == [("R4", Severity.INFO)]
    assert "01.10.2026" in findings[0].message.english()


def test_r4_month_arithmetic_clamps_to_month_end() -> None:
    assert rules.add_months(dt.date(2026, 1, 31), 1) == dt.date(2026, 2, 28)
    assert rules.add_months(dt.date(2024, 1, 31), 1) == dt.date(2024, 2, 29)
    assert rules.add_months(dt.date(2026, 12, 15), 1) == dt.date(2027, 1, 15)


# -- R17 status flow --------------------------------------------------------------------------------


def test_r17_activation_needs_clearance_and_r7_1_a_main_administrator() -> None:
    page = complete_page(status="awaiting_clearance", cleared_by=None, cleared_on=None)
    refusals = rules.validate_transition(page, "active", [], TODAY)
    assert sorted(rules_of(refusals)) == ["R17", "R7.1"]
    assert all(f.severity is Severity.BLOCK for f in refusals)
    cleared = complete_page(status="awaiting_clearance")
    assert rules.validate_transition(cleared, "active", [MAIN_ADMIN], TODAY) == []


@pytest.mark.parametrize(
    ("old", "new", "allowed"),
    [
        ("awaiting_clearance", "closed", True),
        ("awaiting_clearance", "dormant", False),
        ("active", "dormant", True),
        ("dormant", "active", True),
        ("active", "awaiting_clearance", False),
        ("closed", "active", False),
        ("closed", "dormant", False),
    ],
)
def test_r17_status_flow(old: str, new: str, allowed: bool) -> None:
    refusals = rules.validate_transition(complete_page(status=old), new, [MAIN_ADMIN], TODAY)
    assert (refusals == []) is allowed


def test_r1_yearly_title_names_the_year() -> None:
    assert "2026" in rules.yearly_list_title(2026).english()
