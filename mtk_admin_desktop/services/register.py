"""The register area's service: pages, roles, reviews, the checklist, the notice e-mail and the yearly list.

Every write goes through ``store.transaction()``; refusals (R6, R17, R19, ...) raise
:class:`RegisterRefused` carrying the findings, so the UI and the command line show the rule's own text.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication

from mtk_admin_desktop.domain import clock
from mtk_admin_desktop.domain import register as rules
from mtk_admin_desktop.domain.findings import Finding, Severity, worst
from mtk_admin_desktop.domain.hlc import Timestamp
from mtk_admin_desktop.domain.ids import stable_id
from mtk_admin_desktop.domain.oplog import resolve_row
from mtk_admin_desktop.domain.records import Page, PageReview, PageRole
from mtk_admin_desktop.domain.register_urls import UrlError, parse_page_url
from mtk_admin_desktop.domain.tr import QT_TRANSLATE_NOOP, Text
from mtk_admin_desktop.storage.files import atomic_write
from mtk_admin_desktop.storage.store import Store

if TYPE_CHECKING:
    from mtk_admin_desktop.services.register_pdf import YearlyListDocument
    from mtk_admin_desktop.services.resources import Resources

OSLO = ZoneInfo("Europe/Oslo")
SERVICE_OFFICE = "post@mt.kommune.no"
VISUAL_PROFILE_URL = (
    "https://midt-telemark.kommune.no/for-ansatte/informasjon-for-ansatte/grafisk-profil-logoer-og-maler/"
)
_CTX = "RegisterService"

#: the fields a form may set on a page (the rest are kept by the service)
EDITABLE_FIELDS = (
    "name",
    "platform",
    "url",
    "is_main",
    "unit",
    "cleared_by",
    "cleared_on",
    "purpose",
    "target_group",
    "activity_what",
    "activity_frequency",
    "activity_period",
    "activity_by",
    "visual_profile_confirmed",
    "is_group",
    "group_size",
    "notes",
)


class RegisterRefused(Exception):  # noqa: N818 - a refusal, not an error
    """A change the guideline does not allow; ``findings`` say why (severity BLOCK)."""

    def __init__(self, findings: list[Finding]) -> None:
        super().__init__("; ".join(f"{f.rule}: {f.message.english()}" for f in findings))
        self.findings = findings


@dataclass(frozen=True)
class PageOverview:
    """One page with its roles (history included), its latest review and its checklist.

    ``reviews`` holds the latest review only (or none): all the checklist, "last review" and "due for
    review" look at, so the table's fill does not grow with years of monthly reviews (issue 19). The
    whole log of one page: :meth:`RegisterService.reviews`.
    """

    page: Page
    roles: list[PageRole]
    reviews: list[PageReview]
    findings: list[Finding]


@dataclass(frozen=True)
class YearlyEntry:
    """One line of "Kommunens kontoer pr. 1.1.ÅÅÅÅ": a page as it stood on that date."""

    page_id: str
    name: str
    platform: str
    url: str
    unit: str
    is_main: bool
    status: str
    main_administrators: str


def _fill(translated: str, **params: Any) -> str:
    """Fill ``{named}`` placeholders of a translated text (a broken translation falls back to no fill)."""
    try:
        return translated.format(**params) if params else translated
    except (KeyError, IndexError, ValueError):
        return translated


def _tr_text(text: Text) -> str:
    from mtk_admin_desktop import i18n

    return i18n.tr_text(text)


def _today() -> dt.date:
    return clock.now_oslo().date()


def new_year_cutoff(year: int) -> dt.datetime:
    """Midnight at the start of 1 January ``year`` in Oslo, as an aware datetime."""
    return dt.datetime(year, 1, 1, tzinfo=OSLO)


class RegisterService:
    """Operations of the register area for the UI and the command line."""

    def __init__(self, context: Resources) -> None:
        self.context = context
        self.store: Store = context.store

    # -- reading ---------------------------------------------------------------------------------

    def pages(self, include_closed: bool = True) -> list[Page]:
        """Every page, the main page first, then by name."""
        where = "" if include_closed else "coalesce(status, '') != 'closed'"
        rows = self.store.rows("pages", where, order_by="coalesce(is_main, 0) DESC, name COLLATE NOCASE")
        return [Page.from_row(row) for row in rows]

    def page(self, page_id: str) -> Page | None:
        return _page(self.store.get("pages", page_id))

    def page_by_url(self, url: str) -> Page | None:
        """The page registered under any spelling of ``url``, or None (also None for an invalid address)."""
        try:
            key = parse_page_url(url).normalised
        except UrlError:
            return None
        return _page(self.store.get("pages", stable_id("page", key)))

    def main_page(self) -> Page | None:
        mains = self.store.rows("pages", "is_main = 1 AND coalesce(status, '') != 'closed'", order_by="name")
        return Page.from_row(mains[0]) if mains else None

    def roles(self, page_id: str) -> list[PageRole]:
        """Every role ever held on the page (history included), newest start first."""
        rows = self.store.rows(
            "page_roles",
            "page_id = ?",
            [page_id],
            order_by="coalesce(to_date, '9999') DESC, from_date DESC, person_name",
        )
        return [PageRole.from_row(row) for row in rows]

    def current_roles(self, page_id: str, today: dt.date | None = None) -> list[PageRole]:
        return rules.current_roles(self.roles(page_id), today or _today())

    def role_of(self, page_id: str, person_name: str, today: dt.date | None = None) -> str | None:
        """The role ``person_name`` holds on the page today (the highest, if several), or None."""
        wanted = person_name.strip().casefold()
        for role in self.current_roles(page_id, today):
            if role.person_name.strip().casefold() == wanted:
                return role.role
        return None

    def reviews(self, page_id: str) -> list[PageReview]:
        """The page's review log (R4), newest first."""
        rows = self.store.rows(
            "page_reviews", "page_id = ?", [page_id], order_by="reviewed_on DESC, _created DESC"
        )
        return [PageReview.from_row(row) for row in rows]

    def latest_review(self, page_id: str) -> list[PageReview]:
        """The page's latest review with a readable date, as a list of none or one (from the page_id
        index: one row decoded however many years of monthly reviews the page has)."""
        rows = self.store.rows(
            "page_reviews",
            "page_id = ? AND reviewed_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'",
            [page_id],
            order_by="reviewed_on DESC, _created DESC",
            limit=1,
        )
        return [PageReview.from_row(row) for row in rows]

    def units(self) -> list[str]:
        """The units named on pages, for filters and completion."""
        return sorted({p.unit for p in self.pages() if p.unit}, key=str.casefold)

    def posts_in_last_30_days(self, page_id: str, today: dt.date) -> int | None:
        """Posts on the page published or planned in the 30 days before ``today`` (None without planning)."""
        counts = self.posts_in_last_30_days_by_page(today)
        return None if counts is None else counts.get(page_id, 0)

    def posts_in_last_30_days_by_page(self, today: dt.date) -> dict[str, int] | None:
        """:meth:`posts_in_last_30_days` for every page at once (one query; pages without posts absent)."""
        if "posts" not in self.store.tables:
            return None
        if not self.store.db.execute("SELECT 1 FROM posts WHERE _deleted = 0 LIMIT 1").fetchone():
            return None  # planning is not in use yet: no basis for "far below its own plan"
        start = (today - dt.timedelta(days=30)).isoformat()
        end = (today + dt.timedelta(days=1)).isoformat()
        # planned_at is ISO 8601 ("2026-11-25T09:00..."): comparing the whole string with the day
        # bounds equals comparing its date part, and lets SQLite use the planned_at index.
        rows = self.store.db.execute(
            "SELECT page_id, count(*) FROM posts WHERE _deleted = 0 AND planned_at >= ? AND planned_at < ? "
            "AND coalesce(status, '') NOT IN ('avlyst', 'ide') GROUP BY page_id",
            [start, end],
        ).fetchall()
        return {str(page_id): int(count) for page_id, count in rows}

    # -- the checklist ---------------------------------------------------------------------------

    def findings(self, page: Page | str, today: dt.date | None = None) -> list[Finding]:
        """The checklist for one page (a record or an id), most severe first."""
        today = today or _today()
        row = self.page(page) if isinstance(page, str) else page
        if row is None:
            return []
        page_id = row.id
        roles = self.roles(page_id) if page_id else []
        reviews = self.reviews(page_id) if page_id else []
        posts = self.posts_in_last_30_days(page_id, today) if page_id else None
        return rules.check(row, roles, reviews, today, posts)

    def all_findings(self, today: dt.date | None = None) -> dict[str, list[Finding]]:
        """Every page's checklist by page id."""
        return {item.page.id: item.findings for item in self.overview(today)}

    def overview(self, today: dt.date | None = None) -> list[PageOverview]:
        """Every page with its roles, reviews and checklist, read in a few queries (the table's data)."""
        today = today or _today()
        roles: dict[str, list[PageRole]] = {}
        for row in self.store.rows("page_roles", order_by="coalesce(to_date, '9999') DESC, from_date DESC"):
            role = PageRole.from_row(row)
            roles.setdefault(role.page_id, []).append(role)
        pages = self.pages()
        out = []
        post_counts = self.posts_in_last_30_days_by_page(today)
        for page in pages:
            page_roles, page_reviews = roles.get(page.id, []), self.latest_review(page.id)
            posts = None if post_counts is None else post_counts.get(page.id, 0)
            out.append(
                PageOverview(
                    page, page_roles, page_reviews, rules.check(page, page_roles, page_reviews, today, posts)
                )
            )
        return out

    def register_findings(self) -> list[Finding]:
        """Findings about the register as a whole (R6: exactly one main page)."""
        return rules.check_register(self.pages())

    def due_for_review(self, today: dt.date | None = None) -> list[Page]:
        """R4: open pages not reviewed within the last month."""
        today = today or _today()
        return [p for p in self.pages(include_closed=False) if rules.review_due(p, self.reviews(p.id), today)]

    # -- writing pages ---------------------------------------------------------------------------

    def prepare(self, values: Mapping[str, Any], page_id: str | None = None) -> dict[str, Any]:
        """The values as they would be saved (address normalised, platform detected); raises on refusal."""
        clean: dict[str, Any] = {k: v for k, v in values.items() if k in EDITABLE_FIELDS}
        for key in (
            "name",
            "unit",
            "purpose",
            "target_group",
            "activity_what",
            "activity_by",
            "cleared_by",
            "notes",
        ):
            if isinstance(clean.get(key), str):
                clean[key] = _without_controls(clean[key], multiline=key in _MULTILINE_FIELDS).strip()
        existing = self.page(page_id) if page_id else None
        merged = {**(existing.row() if existing else {}), **clean}
        others = [p for p in self.pages() if p.id != page_id]
        refusals = rules.validate_page(merged, others)
        if refusals:
            raise RegisterRefused(refusals)
        parsed = parse_page_url(str(merged["url"]))
        clean["url"] = parsed.url
        clean["url_normalised"] = parsed.normalised
        if not clean.get("platform") and ("platform" in clean or existing is None):
            clean["platform"] = parsed.platform  # "detect from the address"
        for key in ("is_main", "visual_profile_confirmed", "is_group"):
            if key in clean:
                clean[key] = 1 if clean[key] else 0
        if clean.get("group_size") == "":
            clean["group_size"] = None
        return clean

    def save_page(
        self, values: Mapping[str, Any], page_id: str | None = None, today: dt.date | None = None
    ) -> str:
        """Create (``page_id`` None) or update a page; returns its id.

        A new page starts awaiting clearance (R17). Its id is ``stable_id("page", url_normalised)`` so two
        laptops registering the same account meet as one page; registering an address that is already
        in the register is refused here with the existing page's name, unless that page was closed: then
        it is registered anew (awaiting clearance again). The address of a saved page can only change to
        another spelling of the same address.
        """
        today = today or _today()
        clean = self.prepare(values, page_id)
        new_id = stable_id("page", clean["url_normalised"])
        me = self.context.settings.get("user.name")
        with self.store.transaction() as tx:
            if page_id is None:
                existing = self.store.get("pages", new_id, include_deleted=True)
                reopening = existing is not None and existing.get("status") == "closed"
                if existing is not None and not existing.get("_deleted") and not reopening:
                    raise RegisterRefused(
                        [
                            Finding(
                                "R1",
                                Severity.BLOCK,
                                Text("Register", _ALREADY_REGISTERED, {"name": existing.get("name") or ""}),
                                field="url",
                            )
                        ]
                    )
                clean.setdefault("status", "awaiting_clearance")
                clean["status_changed_on"] = today.isoformat()
                clean.setdefault("is_main", 0)
                if clean.get("visual_profile_confirmed"):
                    clean.update(
                        visual_profile_confirmed_by=me, visual_profile_confirmed_on=today.isoformat()
                    )
                if reopening:
                    # A closed account registered anew starts over: R17 clearance and the R7.2 notice again.
                    clean.update(
                        status="awaiting_clearance",
                        cleared_by=None,
                        cleared_on=None,
                        notice_sent_on=None,
                        notice_sent_by=None,
                    )
                if existing is not None and existing.get("_deleted"):
                    tx.restore("pages", new_id)
                tx.create("pages", clean, row_id=new_id)
                return new_id
            current = self.store.get("pages", page_id)
            if current is None:
                raise RegisterRefused([Finding("R1", Severity.BLOCK, Text("Register", _PAGE_GONE))])
            if clean["url_normalised"] != current.get("url_normalised"):
                raise RegisterRefused(
                    [Finding("R1", Severity.BLOCK, Text("Register", _URL_CHANGED), field="url")]
                )
            if clean.get("visual_profile_confirmed") and not current.get("visual_profile_confirmed"):
                clean.update(visual_profile_confirmed_by=me, visual_profile_confirmed_on=today.isoformat())
            elif "visual_profile_confirmed" in clean and not clean["visual_profile_confirmed"]:
                clean.update(visual_profile_confirmed_by=None, visual_profile_confirmed_on=None)
            tx.update("pages", page_id, clean)
            return page_id

    def set_status(self, page_id: str, new_status: str, today: dt.date | None = None) -> None:
        """Move a page along the status flow (R17: clearance recorded before it becomes active)."""
        today = today or _today()
        page = self.page(page_id)
        if page is None:
            raise RegisterRefused([Finding("R1", Severity.BLOCK, Text("Register", _PAGE_GONE))])
        refusals = rules.validate_transition(page, new_status, self.roles(page_id), today)
        if refusals:
            raise RegisterRefused(refusals)
        if new_status != page.status:
            self.store.update(
                "pages", page_id, {"status": new_status, "status_changed_on": today.isoformat()}
            )

    def record_clearance(self, page_id: str, cleared_by: str, cleared_on: dt.date) -> None:
        """R17: who in the administration cleared the page, and when."""
        if not cleared_by.strip():
            raise RegisterRefused(
                [Finding("R17", Severity.BLOCK, Text("Register", _NEED_CLEARER), field="cleared_by")]
            )
        self.store.update(
            "pages", page_id, {"cleared_by": cleared_by.strip(), "cleared_on": cleared_on.isoformat()}
        )

    # -- roles -----------------------------------------------------------------------------------

    def add_role(
        self,
        page_id: str,
        person_name: str,
        role: str,
        email: str = "",
        acknowledged_on: dt.date | None = None,
        from_date: dt.date | None = None,
    ) -> str:
        """Give ``person_name`` a role on the page from ``from_date`` (today); returns the role's id."""
        if role not in rules.ROLES:
            raise RegisterRefused(
                [Finding("R7.1", Severity.BLOCK, Text("Register", _BAD_ROLE, {"role": role}))]
            )
        if not person_name.strip():
            raise RegisterRefused(
                [Finding("R7.1", Severity.BLOCK, Text("Register", _NEED_PERSON), field="person_name")]
            )
        email = email.strip()
        if email and not _looks_like_email(email):
            raise RegisterRefused(
                [
                    Finding(
                        "R7.1", Severity.BLOCK, Text("Register", _BAD_EMAIL, {"email": email}), field="email"
                    )
                ]
            )
        start = from_date or _today()
        return self.store.create(
            "page_roles",
            {
                "page_id": page_id,
                "person_name": person_name.strip(),
                "email": email,
                "role": role,
                "acknowledged_on": acknowledged_on.isoformat() if acknowledged_on else None,
                "from_date": start.isoformat(),
                "to_date": None,
            },
        )

    def correct_role(self, role_id: str, person_name: str, email: str) -> None:
        """Correct the name or e-mail of a role holder (a typo); a change of role is end + add instead."""
        if not person_name.strip():
            raise RegisterRefused(
                [Finding("R7.1", Severity.BLOCK, Text("Register", _NEED_PERSON), field="person_name")]
            )
        email = email.strip()
        if email and not _looks_like_email(email):
            raise RegisterRefused(
                [
                    Finding(
                        "R7.1", Severity.BLOCK, Text("Register", _BAD_EMAIL, {"email": email}), field="email"
                    )
                ]
            )
        self.store.update("page_roles", role_id, {"person_name": person_name.strip(), "email": email})

    def end_role(self, role_id: str, to_date: dt.date | None = None) -> None:
        """The person no longer holds the role from ``to_date`` (kept as history)."""
        self.store.update("page_roles", role_id, {"to_date": (to_date or _today()).isoformat()})

    def acknowledge(self, role_id: str, on: dt.date | None = None) -> None:
        """R9: the role holder acknowledged the administrator duties on ``on``."""
        self.store.update("page_roles", role_id, {"acknowledged_on": (on or _today()).isoformat()})

    # -- reviews ---------------------------------------------------------------------------------

    def add_review(
        self, page_id: str, reviewed_by: str, note: str = "", reviewed_on: dt.date | None = None
    ) -> str:
        """R4: log a review of the page."""
        if not reviewed_by.strip():
            raise RegisterRefused(
                [Finding("R4", Severity.BLOCK, Text("Register", _NEED_REVIEWER), field="reviewed_by")]
            )
        day = reviewed_on or _today()
        if day > _today() + dt.timedelta(days=1):
            raise RegisterRefused(
                [Finding("R4", Severity.BLOCK, Text("Register", _FUTURE_REVIEW), field="reviewed_on")]
            )
        return self.store.create(
            "page_reviews",
            {
                "page_id": page_id,
                "reviewed_on": day.isoformat(),
                "reviewed_by": reviewed_by.strip(),
                "note": note.strip(),
            },
        )

    # -- the notice e-mail (R7.2) ----------------------------------------------------------------

    def notice_mail(self, page_id: str) -> tuple[str, str, str]:
        """(recipient, subject, body) of the notice to the service office, in the user's language."""
        page = self.page(page_id) or Page(id=page_id)
        mains = rules.main_administrators(self.roles(page_id), _today())
        admin = ", ".join(r.person_name + (f" <{r.email}>" if r.email else "") for r in mains)
        subject = _fill(
            QCoreApplication.translate("RegisterService", "New page for Midt-Telemark kommune: {name}"),
            name=page.name,
        )
        lines = [
            QCoreApplication.translate("RegisterService", "Hello,"),
            "",
            QCoreApplication.translate(
                "RegisterService",
                "This is to tell you that the following page has been created for "
                'Midt-Telemark kommune (the guideline for social media, "Opprette nye sider"):',
            ),
            "",
            _fill(QCoreApplication.translate("RegisterService", "Name: {name}"), name=page.name),
            _fill(QCoreApplication.translate("RegisterService", "Address: {url}"), url=page.url),
            _fill(
                QCoreApplication.translate("RegisterService", "Unit: {unit}"), unit=page.unit or "-"
            ),
            _fill(
                QCoreApplication.translate("RegisterService", "Purpose: {purpose}"),
                purpose=page.purpose or "-",
            ),
            _fill(
                QCoreApplication.translate("RegisterService", "Target group: {target}"),
                target=page.target_group or "-",
            ),
            _fill(
                QCoreApplication.translate("RegisterService", "Main administrator: {admin}"),
                admin=admin or QCoreApplication.translate("RegisterService", "(not appointed yet)"),
            ),
            "",
            QCoreApplication.translate("RegisterService", "Regards,"),
            str(self.context.settings.get("user.name") or ""),
        ]
        body = "\n".join(lines)
        return SERVICE_OFFICE, subject, body

    def notice_mailto(self, page_id: str) -> str:
        """The ``mailto:`` address that opens the notice, filled, in the user's mail program."""
        to, subject, body = self.notice_mail(page_id)
        body = body.replace("\n", "\r\n")  # RFC 6068: line breaks in a mailto body are CRLF
        return f"mailto:{to}?subject={quote(subject, safe='')}&body={quote(body, safe='')}"

    def record_notice_sent(self, page_id: str, sent_by: str | None = None, on: dt.date | None = None) -> None:
        """R7.2: the notice was sent (one click in the UI)."""
        self.store.update(
            "pages",
            page_id,
            {
                "notice_sent_on": (on or _today()).isoformat(),
                "notice_sent_by": (sent_by or self.context.settings.get("user.name") or "").strip(),
            },
        )

    # -- the yearly list (R1) --------------------------------------------------------------------

    def pages_as_of(self, moment: dt.datetime) -> list[Page]:
        """The pages as the register held them at ``moment``, rebuilt from the op log.

        Ops are ordered by hybrid logical clock; an op stamped at or after ``moment`` did not exist then.
        A page first registered after ``moment`` is absent; a page deleted before it is absent.
        """
        store = self.store
        limit = Timestamp(int(moment.timestamp() * 1000), 0, "").encode()
        spec = store.spec("pages")
        ids = [
            r[0]
            for r in store.db.execute(
                "SELECT DISTINCT row_id FROM ops WHERE tbl = 'pages' AND hlc < ?", [limit]
            ).fetchall()
        ]
        out = []
        for row_id in ids:
            ops = [op for op in store.ops_for_row("pages", row_id) if op.hlc < limit]
            state = resolve_row(ops, spec.policies())
            if state.deleted:
                continue
            values = {name: state.values.get(name) for name in spec.fields}
            out.append(Page.from_row({**values, "id": row_id}))
        return sorted(out, key=lambda p: (not p.is_main, p.name.casefold()))

    def yearly_list(self, year: int) -> list[YearlyEntry]:
        """ "Kommunens kontoer pr. 1.1.``year``": the open pages as the register stood at that moment."""
        store = self.store
        cutoff = new_year_cutoff(year)
        day = cutoff.date()
        entries = []
        for page in self.pages_as_of(cutoff):
            if not rules.on_yearly_list(page):
                continue
            roles = [PageRole.from_row(r) for r in store.rows("page_roles", "page_id = ?", [page.id])]
            admins = ", ".join(r.person_name for r in rules.main_administrators(roles, day))
            entries.append(
                YearlyEntry(
                    page.id, page.name, page.platform, page.url, page.unit, page.is_main, page.status, admins
                )
            )
        return entries

    def yearly_title(self, year: int) -> str:
        return _tr_text(rules.yearly_list_title(year))

    def _yearly_rows(self, entries: Iterable[YearlyEntry]) -> list[list[str]]:
        return [
            [
                e.name,
                _tr_text(rules.label(rules.PLATFORM_LABELS, e.platform)),
                e.url,
                e.unit,
                self._kind(e.is_main, e.platform),
                _tr_text(rules.label(rules.STATUS_LABELS, e.status)),
                e.main_administrators,
            ]
            for e in entries
        ]

    def _kind(self, is_main: bool, platform: str) -> str:
        if is_main:
            return QCoreApplication.translate("RegisterService", "Main page")
        if platform == "website":
            return QCoreApplication.translate("RegisterService", "Website")
        return QCoreApplication.translate("RegisterService", "Unit page")

    def _yearly_headers(self) -> list[str]:
        return [
            QCoreApplication.translate("RegisterService", "Name"),
            QCoreApplication.translate("RegisterService", "Platform"),
            QCoreApplication.translate("RegisterService", "Address"),
            QCoreApplication.translate("RegisterService", "Unit"),
            QCoreApplication.translate("RegisterService", "Kind"),
            QCoreApplication.translate("RegisterService", "Status"),
            QCoreApplication.translate("RegisterService", "Main administrator"),
        ]

    def yearly_csv(self, year: int) -> str:
        """The yearly list as CSV text (semicolon-separated, as Excel in Norway expects)."""
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
        writer.writerow(self._yearly_headers())
        writer.writerows(self._yearly_rows(self.yearly_list(year)))
        return buffer.getvalue()

    def write_yearly_csv(self, path: Path, year: int) -> int:
        """Write the CSV (UTF-8 with BOM so Excel reads æøå); returns the number of pages listed."""
        text = self.yearly_csv(year)
        atomic_write(path, ("\ufeff" + text).encode("utf-8"))
        return text.count("\r\n") - 1

    def yearly_document(self, year: int) -> YearlyListDocument:
        """What the yearly list's PDF says, in the user's language (R3: who answers for it)."""
        from mtk_admin_desktop import i18n
        from mtk_admin_desktop.services.register_pdf import YearlyListDocument

        entries = self.yearly_list(year)
        settings = self.context.settings  # a worker's own context when this runs in the background
        editor = settings.get("org.nettredaktor") or "-"
        director = settings.get("org.kommunedirektor") or "-"
        responsible = _fill(
            QCoreApplication.translate(
                "RegisterService",
                "Midt-Telemark kommune. Editorial responsibility: {director} "
                "(chief municipal executive); web editor: {editor}.",
            ),
            director=director,
            editor=editor,
        )
        counted = _fill(
            QCoreApplication.translate(
                "RegisterService",
                "{count} accounts, as registered in the page register at midnight on 1 January {year}.",
            ),
            count=len(entries),
            year=year,
        )
        today = _today()
        made = _fill(
            QCoreApplication.translate("RegisterService", "Made {date} with MTK Admin Desktop."),
            date=today.isoformat(),
        )
        return YearlyListDocument(
            title=self.yearly_title(year),
            lang=i18n.current_language(),
            author="Midt-Telemark kommune",
            day=today,
            paragraphs=[responsible, counted],
            headers=self._yearly_headers(),
            rows=self._yearly_rows(entries),
            footer=made,
            # name, platform, address, unit, kind, status, main administrators
            widths=[2.2, 1.0, 2.6, 1.6, 1.0, 0.9, 2.0],
        )

    def write_yearly_pdf(self, path: Path, year: int) -> int:
        """Write the yearly list as a tagged A4 PDF (PDF/UA-1 and PDF/A-2a, fonts embedded; made by Typst,
        see services/register_pdf.py); returns the number of pages listed. The file appears whole or not at
        all (a full disk keeps the previous file)."""
        from mtk_admin_desktop.services.register_pdf import yearly_pdf  # imported when used: not at start-up

        document = self.yearly_document(year)
        atomic_write(path, yearly_pdf(document))
        return len(document.rows)


def _page(row: Mapping[str, Any] | None) -> Page | None:
    return Page.from_row(row) if row is not None else None


def _looks_like_email(email: str) -> bool:
    """One @ with something on each side and a dot in the domain; no spaces."""
    local, _, domain = email.partition("@")
    return (
        bool(local) and "." in domain.strip(".") and "@" not in domain and not any(c.isspace() for c in email)
    )


_MULTILINE_FIELDS = frozenset({"purpose", "target_group", "activity_what", "notes"})
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _without_controls(text: str, multiline: bool) -> str:
    """``text`` without control characters (pasted from Word or a terminal: they would drive a terminal
    listing ``pages list`` and are never part of a name); a one-line field also loses line breaks and tabs.
    """
    text = _CONTROLS.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    return text if multiline else re.sub(r"[\t\n]+", " ", text)


# Messages of refusals made here rather than in the domain (marked for lupdate in the Register context).
_ALREADY_REGISTERED = QT_TRANSLATE_NOOP("Register", 'This address is already registered, as "{name}".')
_PAGE_GONE = QT_TRANSLATE_NOOP("Register", "The page is no longer in the register.")
_URL_CHANGED = QT_TRANSLATE_NOOP(
    "Register",
    "The address identifies the page and cannot be changed to another "
    "account: close this page and register the new address.",
)
_NEED_CLEARER = QT_TRANSLATE_NOOP("Register", "Write who in the administration cleared the page.")
_BAD_ROLE = QT_TRANSLATE_NOOP("Register", "Unknown role: {role}")
_NEED_PERSON = QT_TRANSLATE_NOOP("Register", "Write the person's name.")
_BAD_EMAIL = QT_TRANSLATE_NOOP("Register", "This is not an e-mail address: {email}")
_NEED_REVIEWER = QT_TRANSLATE_NOOP("Register", "Write who reviewed the page.")
_FUTURE_REVIEW = QT_TRANSLATE_NOOP("Register", "A review cannot be dated in the future.")


def worst_key(findings: list[Finding]) -> str:
    """``block``/``error``/``warning``/``info``, or ``ok`` for no findings (icon and colour name)."""
    severity = worst(findings)
    return severity.key if severity is not None else "ok"
