"""The page register's rules: the guideline's checklist for a page, its status flow, roles and reviews.

A page is a saved :class:`~mtk_admin_desktop.domain.records.Page` or a form's values (a mapping: the
page as it would be saved); roles and reviews are rows of ``page_roles`` and ``page_reviews``, so the
same functions serve the store, the forms, the command line and tests. Every verdict is a
:class:`~mtk_admin_desktop.domain.findings.Finding` naming its rule (RULES.md R4, R6, R7.x, R9, R17, R18,
R19); refusals on save are findings of severity BLOCK.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, TypeVar

from mtk_admin_desktop.domain import clock
from mtk_admin_desktop.domain.findings import Finding, Severity
from mtk_admin_desktop.domain.records import Page, PageReview, PageRole, row_of
from mtk_admin_desktop.domain.register_urls import FORBIDDEN_PLATFORMS, PLATFORMS, UrlError, parse_page_url
from mtk_admin_desktop.domain.tr import QT_TRANSLATE_NOOP, Text

_CTX = "Register"

#: a saved page, or a form's values for one
PageLike = Page | Mapping[str, Any]
#: a role or review as the service hands it out, or a row of its table
RoleLike = PageRole | Mapping[str, Any]
ReviewLike = PageReview | Mapping[str, Any]
R = TypeVar("R", bound=RoleLike)


def _row(page: PageLike) -> Mapping[str, Any]:
    """The page's fields by name, whether it is a saved record or a form's values."""
    return row_of(page)

STATUSES = ("awaiting_clearance", "active", "dormant", "closed")
ROLES = ("hovedadministrator", "administrator", "redaktor")
PERIODS = ("week", "month")

#: allowed status changes (R17: a page starts awaiting clearance; closed is final)
TRANSITIONS: dict[str, tuple[str, ...]] = {
    "awaiting_clearance": ("active", "closed"),
    "active": ("dormant", "closed"),
    "dormant": ("active", "closed"),
    "closed": (),
}

#: the group size above which a closed group is legally public (R18: "over 20-30 personer")
GROUP_PUBLIC_LIMIT = 20

PLATFORM_LABELS: dict[str, str] = {
    "facebook": QT_TRANSLATE_NOOP("Register", "Facebook"),
    "instagram": QT_TRANSLATE_NOOP("Register", "Instagram"),
    "linkedin": QT_TRANSLATE_NOOP("Register", "LinkedIn"),
    "youtube": QT_TRANSLATE_NOOP("Register", "YouTube"),
    "snapchat": QT_TRANSLATE_NOOP("Register", "Snapchat"),
    "x": QT_TRANSLATE_NOOP("Register", "X (Twitter)"),
    "website": QT_TRANSLATE_NOOP("Register", "Website"),
    "other": QT_TRANSLATE_NOOP("Register", "Other"),
    "tiktok": QT_TRANSLATE_NOOP("Register", "TikTok"),
    "telegram": QT_TRANSLATE_NOOP("Register", "Telegram"),
}
STATUS_LABELS: dict[str, str] = {
    "awaiting_clearance": QT_TRANSLATE_NOOP("Register", "Awaiting clearance"),
    "active": QT_TRANSLATE_NOOP("Register", "Active"),
    "dormant": QT_TRANSLATE_NOOP("Register", "Dormant"),
    "closed": QT_TRANSLATE_NOOP("Register", "Closed"),
}
ROLE_LABELS: dict[str, str] = {
    "hovedadministrator": QT_TRANSLATE_NOOP("Register", "Main administrator"),
    "administrator": QT_TRANSLATE_NOOP("Register", "Administrator"),
    "redaktor": QT_TRANSLATE_NOOP("Register", "Editor"),
}
PERIOD_LABELS: dict[str, str] = {
    "week": QT_TRANSLATE_NOOP("Register", "per week"),
    "month": QT_TRANSLATE_NOOP("Register", "per month"),
}


def label(table: Mapping[str, str], key: str | None) -> Text:
    """The translatable label of a platform, status, role or period key."""
    return Text(_CTX, table.get(key or "", key or ""))


def _t(source: str, **params: Any) -> Text:
    return Text(_CTX, source, dict(params))


def parse_date(value: Any) -> dt.date | None:
    """An ISO date (or the date part of an ISO timestamp) as a date; None for empty or unreadable."""
    if not value:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by whole calendar months, clamped to the month's last day (31 Jan + 1 = 28/29 Feb)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    for candidate in (31, 30, 29, 28):
        try:
            return dt.date(year, month, min(day.day, candidate))
        except ValueError:
            continue
    raise AssertionError("unreachable")


# -- roles ---------------------------------------------------------------------------------------


def is_current(role: RoleLike, today: dt.date) -> bool:
    """A role held on ``today``: started (or no start) and not ended before or on ``today``."""
    fields = row_of(role)
    start, end = parse_date(fields.get("from_date")), parse_date(fields.get("to_date"))
    return (start is None or start <= today) and (end is None or end > today)


def _role_order(role: RoleLike) -> tuple[int, str]:
    fields = row_of(role)
    name = fields.get("role")
    return (ROLES.index(name) if name in ROLES else 9, str(fields.get("person_name") or ""))


def current_roles(roles: Iterable[R], today: dt.date) -> list[R]:
    """The roles held on ``today``, main administrators first."""
    return sorted((r for r in roles if is_current(r, today)), key=_role_order)


def main_administrators(roles: Iterable[R], today: dt.date) -> list[R]:
    return [r for r in current_roles(roles, today) if row_of(r).get("role") == "hovedadministrator"]


# -- reviews (R4) --------------------------------------------------------------------------------


def last_review(reviews: Iterable[ReviewLike]) -> dt.date | None:
    """The newest review date of a page, or None if it was never reviewed."""
    dates = (parse_date(row_of(r).get("reviewed_on")) for r in reviews)
    return max((d for d in dates if d), default=None)


def registered_on(page: PageLike) -> dt.date | None:
    """The day the page was registered: its first write (HLC ``_created``), else its status date."""
    page = _row(page)
    created = str(page.get("_created") or "")
    wall = created.split("-", 1)[0]
    if len(wall) == 16 and wall.isdigit():
        moment = dt.datetime.fromtimestamp(int(wall) / 1000, dt.UTC).astimezone(clock.OSLO)
        return moment.date()
    return parse_date(page.get("status_changed_on"))


def review_due(page: PageLike, reviews: Iterable[ReviewLike], today: dt.date) -> bool:
    """R4: an open page not reviewed within the last month (a closed page needs no review).

    A page never reviewed is due a month after it was registered, not on the day it is created.
    """
    page = _row(page)
    if page.get("status") == "closed":
        return False
    last = last_review(reviews) or registered_on(page)
    if last is None:
        return bool(page.get("id"))  # saved at an unknown date: due; not saved yet (a new form): not
    return add_months(last, 1) < today


def first_review_by(page: PageLike, reviews: Iterable[ReviewLike]) -> dt.date | None:
    """When the next review is due: a month after the last one (or after registration)."""
    page = _row(page)
    last = last_review(reviews) or registered_on(page)
    return add_months(last, 1) if last else None


def reminders(page: PageLike) -> list[Finding]:
    """Rules that always apply to an open social-media page, shown in its checklist as reminders.

    R8: administrators' comments are made on behalf of the kommunedirektør, also on unit pages.
    """
    page = _row(page)
    if page.get("status") == "closed" or page.get("platform") == "website":
        return []
    return [
        Finding(
            "R8",
            Severity.INFO,
            _t(
                QT_TRANSLATE_NOOP(
                    "Register",
                    "Administrators who comment or answer on the page speak on behalf of the "
                    "kommunedirektør, also on a unit's page.",
                )
            ),
            field="roles",
        )
    ]


# -- refusals on save ----------------------------------------------------------------------------


def r19_refusal(platform: str | None, url: str | None) -> Finding | None:
    """R19: a TikTok or Telegram account, named by platform or by address, is refused."""
    named = (platform or "").strip().lower()
    found = named if named in FORBIDDEN_PLATFORMS else None
    by_platform = found is not None
    if found is None and url:
        try:
            parsed = parse_page_url(url)
        except UrlError:
            parsed = None
        if parsed is not None and parsed.forbidden:
            found = parsed.platform
    if found is None:
        return None
    return Finding(
        "R19",
        Severity.BLOCK,
        _t(
            QT_TRANSLATE_NOOP(
                "Register",
                "{platform} accounts cannot be registered: the municipality does not use {platform}.",
            ),
            platform=PLATFORM_LABELS[found].split(" ")[0],
        ),
        field="platform" if by_platform else "url",
        data={"platform": found},
    )


def validate_page(values: PageLike, others: Sequence[PageLike]) -> list[Finding]:
    """Refusals (severity BLOCK) for saving ``values``; ``others`` are the register's other pages.

    Covers R19 (TikTok/Telegram), R6 (a second main page), a platform the address contradicts, and the
    fields a page cannot be saved without (name, a valid address, a known platform and status).
    """
    values = _row(values)
    other_rows = [_row(p) for p in others]
    out: list[Finding] = []
    refusal = r19_refusal(values.get("platform"), values.get("url"))
    if refusal:
        return [refusal]
    if not str(values.get("name") or "").strip():
        out.append(
            Finding(
                "R1",
                Severity.BLOCK,
                _t(QT_TRANSLATE_NOOP("Register", "The page needs a name.")),
                field="name",
            )
        )
    try:
        parsed = parse_page_url(str(values.get("url") or ""))
    except UrlError as exc:
        out.append(Finding("R1", Severity.BLOCK, exc.text, field="url"))
        parsed = None
    platform = values.get("platform") or (parsed.platform if parsed else None)
    if platform is None:
        pass  # no platform chosen and the address gave none: the address's own refusal says why
    elif platform not in PLATFORMS:
        out.append(
            Finding(
                "R1",
                Severity.BLOCK,
                _t(QT_TRANSLATE_NOOP("Register", "Unknown platform: {platform}"), platform=str(platform)),
                field="platform",
            )
        )
    elif parsed and parsed.platform not in ("website", platform) and platform != "other":
        out.append(
            Finding(
                "R1",
                Severity.BLOCK,
                _t(
                    QT_TRANSLATE_NOOP(
                        "Register", "The address is a {detected} address: choose {detected} as the platform."
                    ),
                    detected=PLATFORM_LABELS[parsed.platform],
                ),
                field="platform",
            )
        )
    status = values.get("status") or "awaiting_clearance"
    if status not in STATUSES:
        out.append(
            Finding(
                "R17",
                Severity.BLOCK,
                _t(QT_TRANSLATE_NOOP("Register", "Unknown status: {status}"), status=str(status)),
                field="status",
            )
        )
    if values.get("is_main"):
        mains = [p for p in other_rows if p.get("is_main") and p.get("status") != "closed"]
        if mains:
            out.append(
                Finding(
                    "R6",
                    Severity.BLOCK,
                    _t(
                        QT_TRANSLATE_NOOP(
                            "Register", "{name} is already the main page. There can be only one main page."
                        ),
                        name=str(mains[0].get("name") or ""),
                    ),
                    field="is_main",
                )
            )
    size = values.get("group_size")
    if size not in (None, "") and (not isinstance(size, int) or size < 0):
        out.append(
            Finding(
                "R18",
                Severity.BLOCK,
                _t(QT_TRANSLATE_NOOP("Register", "The group size must be a whole number of members.")),
                field="group_size",
            )
        )
    return out


def validate_transition(
    page: PageLike, new_status: str, roles: Iterable[RoleLike], today: dt.date
) -> list[Finding]:
    """Refusals for moving ``page`` to ``new_status`` (the status flow, R17 clearance, R7.1)."""
    page = _row(page)
    old = page.get("status") or "awaiting_clearance"
    if new_status == old:
        return []
    if new_status not in TRANSITIONS.get(old, ()):
        if old == "closed":
            text = _t(
                QT_TRANSLATE_NOOP("Register", "A closed page cannot be opened again: register it anew.")
            )
        elif new_status == "awaiting_clearance":
            text = _t(
                QT_TRANSLATE_NOOP(
                    "Register", "A page that has been cleared cannot go back to awaiting clearance."
                )
            )
        else:
            text = _t(
                QT_TRANSLATE_NOOP(
                    "Register", "A page awaiting clearance can only become active or be closed."
                )
            )
        return [Finding("R17", Severity.BLOCK, text, field="status", data={"from": old, "to": new_status})]
    out: list[Finding] = []
    if new_status == "active":
        if not (str(page.get("cleared_by") or "").strip() and parse_date(page.get("cleared_on"))):
            out.append(
                Finding(
                    "R17",
                    Severity.BLOCK,
                    _t(
                        QT_TRANSLATE_NOOP(
                            "Register",
                            "Record who in the administration cleared the page, and when, before it becomes "
                            "active.",
                        )
                    ),
                    field="cleared_by",
                )
            )
        if not main_administrators(roles, today):
            out.append(
                Finding(
                    "R7.1",
                    Severity.BLOCK,
                    _t(QT_TRANSLATE_NOOP("Register", "An active page must have a main administrator.")),
                    field="roles",
                )
            )
    return out


# -- the checklist -------------------------------------------------------------------------------


def check(
    page: PageLike,
    roles: Iterable[RoleLike] = (),
    reviews: Iterable[ReviewLike] = (),
    today: dt.date | None = None,
    posts_in_last_30_days: int | None = None,
) -> list[Finding]:
    """The guideline's checklist for one page, most severe first.

    ``roles`` and ``reviews`` are the page's rows (all of them; history is filtered here),
    ``posts_in_last_30_days`` the number of posts published (or planned) in the 30 days before ``today``
    when known (R7.4's "far below its own plan").
    """
    page = _row(page)
    today = today or clock.today()
    role_rows = [row_of(r) for r in roles]
    review_rows = [row_of(r) for r in reviews]
    status = page.get("status") or "awaiting_clearance"
    out: list[Finding] = []
    refusal = r19_refusal(page.get("platform"), page.get("url"))
    if refusal:
        out.append(refusal)
    if status == "closed":
        return out
    social = page.get("platform") != "website"
    opened = status in ("active", "dormant")

    # R17: clearance from the administration
    if status == "awaiting_clearance":
        out.append(
            Finding(
                "R17",
                Severity.INFO,
                _t(QT_TRANSLATE_NOOP("Register", "Awaiting clearance from the administration.")),
                field="status",
            )
        )
    elif not (str(page.get("cleared_by") or "").strip() and parse_date(page.get("cleared_on"))):
        out.append(
            Finding(
                "R17",
                Severity.ERROR,
                _t(
                    QT_TRANSLATE_NOOP(
                        "Register", "No record of who cleared the page with the administration, and when."
                    )
                ),
                field="cleared_by",
            )
        )

    # R7.1: a main administrator
    current = current_roles(role_rows, today)
    if not [r for r in current if r.get("role") == "hovedadministrator"]:
        out.append(
            Finding(
                "R7.1",
                Severity.ERROR,
                _t(QT_TRANSLATE_NOOP("Register", "The page has no main administrator.")),
                field="roles",
            )
        )

    # R7.2: the notice to the service office
    if social and not parse_date(page.get("notice_sent_on")):
        out.append(
            Finding(
                "R7.2",
                Severity.ERROR if opened else Severity.INFO,
                _t(
                    QT_TRANSLATE_NOOP(
                        "Register",
                        "The service office (post@mt.kommune.no) has not been told about the page.",
                    )
                ),
                field="notice_sent_on",
            )
        )

    # R7.3: purpose and target group
    if not str(page.get("purpose") or "").strip():
        out.append(
            Finding(
                "R7.3",
                Severity.ERROR,
                _t(QT_TRANSLATE_NOOP("Register", "The purpose of the page is not written down.")),
                field="purpose",
            )
        )
    if not str(page.get("target_group") or "").strip():
        out.append(
            Finding(
                "R7.3",
                Severity.ERROR,
                _t(
                    QT_TRANSLATE_NOOP(
                        "Register", "The target group (who the page speaks to) is not written down."
                    )
                ),
                field="target_group",
            )
        )

    # R7.4: the activity plan
    missing = [
        name
        for name, key in (
            ("what", "activity_what"),
            ("how often", "activity_frequency"),
            ("by whom", "activity_by"),
        )
        if not str(page.get(key) or "").strip()
        or (key == "activity_frequency" and not _positive(page.get(key)))
    ]
    if missing:
        out.append(
            Finding(
                "R7.4",
                Severity.ERROR,
                _t(
                    QT_TRANSLATE_NOOP(
                        "Register",
                        "The activity plan is incomplete: it must say what is published, how often and by "
                        "whom.",
                    )
                ),
                field="activity_what"
                if "what" in missing
                else ("activity_frequency" if "how often" in missing else "activity_by"),
                data={"missing": missing},
            )
        )
    elif status == "active" and posts_in_last_30_days is not None:
        expected = _expected_per_30_days(page)
        if expected >= 2 and posts_in_last_30_days < expected / 2:
            out.append(
                Finding(
                    "R7.4",
                    Severity.INFO,
                    _t(
                        QT_TRANSLATE_NOOP(
                            "Register",
                            "Far below its own plan: {actual} posts in the last 30 days, the plan says about "
                            "{expected}.",
                        ),
                        actual=posts_in_last_30_days,
                        expected=round(expected),
                    ),
                    field="activity_frequency",
                )
            )

    # R7.7: the visual profile
    if social and not page.get("visual_profile_confirmed"):
        out.append(
            Finding(
                "R7.7",
                Severity.WARNING,
                _t(
                    QT_TRANSLATE_NOOP(
                        "Register", "Nobody has confirmed that logo and colours follow the visual profile."
                    )
                ),
                field="visual_profile_confirmed",
            )
        )

    # R9: every current role holder has acknowledged the duties
    for role in current:
        if not parse_date(role.get("acknowledged_on")):
            out.append(
                Finding(
                    "R9",
                    Severity.WARNING,
                    _t(
                        QT_TRANSLATE_NOOP(
                            "Register",
                            "{person} has not acknowledged the administrator duties (privacy, information "
                            "security, archiving, image rights, universal design).",
                        ),
                        person=str(role.get("person_name") or ""),
                    ),
                    field="roles",
                    data={"person": role.get("person_name")},
                )
            )

    # R18: closed groups above the limit are legally public
    if (
        page.get("is_group")
        and _positive(page.get("group_size"))
        and int(page["group_size"]) > GROUP_PUBLIC_LIMIT
    ):
        out.append(
            Finding(
                "R18",
                Severity.INFO,
                _t(
                    QT_TRANSLATE_NOOP(
                        "Register",
                        "The group has {size} members: a closed group of more than 20-30 people is legally "
                        "public.",
                    ),
                    size=int(page["group_size"]),
                ),
                field="group_size",
            )
        )

    # R4: the monthly review
    if review_due(page, review_rows, today):
        last = last_review(review_rows)
        if last is None:
            text = _t(QT_TRANSLATE_NOOP("Register", "The page has never been reviewed."))
        else:
            text = _t(
                QT_TRANSLATE_NOOP("Register", "Not reviewed for more than a month (last review {date})."),
                date=f"{last.day:02d}.{last.month:02d}.{last.year:04d}",
            )
        out.append(Finding("R4", Severity.INFO, text, field="reviews"))

    return sorted(out, key=lambda f: -int(f.severity))


def check_register(pages: Sequence[PageLike]) -> list[Finding]:
    """Findings about the register as a whole: R6, exactly one main page among the open pages."""
    mains = [p for p in map(_row, pages) if p.get("is_main") and p.get("status") != "closed"]
    if not mains:
        return [
            Finding(
                "R6",
                Severity.ERROR,
                _t(QT_TRANSLATE_NOOP("Register", "No page is marked as the municipality's main page.")),
                field="is_main",
            )
        ]
    if len(mains) > 1:
        return [
            Finding(
                "R6",
                Severity.ERROR,
                _t(
                    QT_TRANSLATE_NOOP("Register", "More than one main page: {names}."),
                    names=", ".join(str(p.get("name")) for p in mains),
                ),
                field="is_main",
            )
        ]
    return []


def _positive(value: Any) -> bool:
    try:
        return int(value) > 0
    except (TypeError, ValueError):
        return False


def _expected_per_30_days(page: PageLike) -> float:
    page = _row(page)
    freq = int(page.get("activity_frequency") or 0)
    return freq * 30 / 7 if page.get("activity_period") == "week" else float(freq)


# -- the yearly list (R1) ------------------------------------------------------------------------


def yearly_list_title(year: int) -> Text:
    """The list's title, "Kommunens kontoer pr. 1.1.ÅÅÅÅ" in bokmål."""
    return _t(QT_TRANSLATE_NOOP("Register", "The municipality's accounts as of 1 January {year}"), year=year)


def on_yearly_list(page: PageLike) -> bool:
    """A page as it stood on the date belongs on the list unless it was closed (or never cleared)."""
    page = _row(page)
    return page.get("status") in ("active", "dormant")
