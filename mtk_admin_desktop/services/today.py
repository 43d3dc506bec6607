"""What needs me now: the I dag view's lines, each pointing to where it is fixed (issue 18).

:meth:`TodayService.collect` is meant to run on a worker thread, on a context of its own
(``with context.for_worker() as ctx: ctx.today.collect()``). Every read is bounded by time or by a
small table, never by the length of the history:
posts of a few days (the ``planned_at`` index), two weeks' R11, the pages (tens), archive statuses and
conflicts grouped in SQL, the feed cache's last 60 days. A store with six years of posts reads the same
rows as one with a month.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from mtk_admin_desktop.domain import clock
from mtk_admin_desktop.domain import register as register_rules
from mtk_admin_desktop.domain.archive import needs_archiving
from mtk_admin_desktop.domain.findings import Severity
from mtk_admin_desktop.domain.planning import parse_planned, week_of
from mtk_admin_desktop.domain.planning_rules import WeekQuota
from mtk_admin_desktop.domain.tr import QT_TRANSLATE_NOOP, Text
from mtk_admin_desktop.storage.store import Store

if TYPE_CHECKING:
    from mtk_admin_desktop.services.moderation import ModerationService
    from mtk_admin_desktop.services.news import NewsService
    from mtk_admin_desktop.services.planning import PlanningService
    from mtk_admin_desktop.services.sync import SyncService

log = logging.getLogger(__name__)

_CTX = "TodayService"

#: A post planned this many days back and not marked published is listed.
UNPUBLISHED_DAYS = 14
#: A post due within this many minutes that still has an error gives a reminder.
REMINDER_MINUTES = 60
#: At most this many lines per section (the rest is summed up in the last line).
SECTION_LIMIT = 12


def _t(source: str, **params: Any) -> Text:
    return Text(_CTX, source, params)


@dataclass(frozen=True)
class Target:
    """Where a line is fixed: an area (tab) and the thing to select there."""

    area: str  # register, planning, moderation, archive, sync, news
    kind: str = ""  # page, post, entry, package, conflicts, news, verify, findings, device
    item_id: str = ""
    day: str = ""  # ISO date, for posts (the planner shows that day)


@dataclass(frozen=True)
class TodayLine:
    """One thing that needs attention."""

    section: str  # due, unpublished, r11, pages, clearance, archive, receipts, sync, trust, news,
    # counterpart
    severity: Severity
    rule: str
    text: Text
    target: Target


@dataclass(frozen=True)
class Meter:
    """R11 for one week on the main page: the count and what it means."""

    week: str
    count: int
    over: bool
    under: bool
    over_days: tuple[dt.date, ...]


@dataclass
class TodayReport:
    """Everything the I dag view shows, gathered at ``at``."""

    at: dt.datetime
    lines: list[TodayLine] = field(default_factory=list)
    meters: list[Meter] = field(default_factory=list)
    reminders: list[TodayLine] = field(default_factory=list)
    news_status: Text | None = None
    rows_read: int = 0
    #: When the moderation log was last verified in full (ISO, UTC; "" when it could not be).
    verified_at: str = ""

    def section(self, name: str) -> list[TodayLine]:
        return [line for line in self.lines if line.section == name]


class TodayService:
    """Gathers the I dag report from bounded reads; knows nothing of widgets."""

    def __init__(
        self,
        store: Store,
        planning: PlanningService,
        news: NewsService,
        moderation: ModerationService,
        sync: SyncService,
    ) -> None:
        self.store = store
        #: The areas this one reads, handed in by AppContext.
        self.planning = planning
        self.news = news
        self.moderation = moderation
        self.sync = sync

    def collect(self, now: dt.datetime | None = None) -> TodayReport:
        store = self.store
        now = (now or clock.now_oslo()).astimezone(clock.OSLO)
        report = TodayReport(now)
        planning = self.planning
        self._posts(report, planning, now)
        self._r11(report, planning, now.date())
        self._pages(report, store, now.date())
        self._archive(report, store)
        self._sync(report, store)
        self._trust(report)
        self._news(report, store, now)
        report.lines.sort(key=lambda line: -line.severity)
        return report

    # -- posts -------------------------------------------------------------------------------------

    def _posts(self, report: TodayReport, planning: PlanningService, now: dt.datetime) -> None:
        today = now.date()
        tomorrow = today + dt.timedelta(days=1)
        posts = planning.posts_between(today - dt.timedelta(days=UNPUBLISHED_DAYS), tomorrow)
        report.rows_read += len(posts)
        contexts: dict[str | None, Any] = {}
        due = 0
        # Compared as instants: two Oslo times compare by their wall clocks (the same tzinfo), which is
        # an hour wrong across the nights the clocks change.
        instant = now.astimezone(dt.UTC)
        soon = instant + dt.timedelta(minutes=REMINDER_MINUTES)
        for post in posts:
            try:
                moment = parse_planned(post.get("planned_at"))
            except ValueError:
                continue
            if moment is None or post.get("status") == "avlyst":
                continue
            published = post.get("status") == "publisert" or bool(post.get("published_at"))
            target = Target("planning", "post", str(post["id"]), moment.date().isoformat())
            title = (post.get("title") or "").strip() or "…"
            when = moment.strftime("%d.%m. %H:%M")
            at = moment.astimezone(dt.UTC)
            if at < instant and not published:
                report.lines.append(
                    TodayLine(
                        "unpublished",
                        Severity.WARNING,
                        "R11",
                        _t(
                            QT_TRANSLATE_NOOP(
                                "TodayService", 'Planned {when}, not marked published: "{title}"'
                            ),
                            when=when,
                            title=title,
                        ),
                        target,
                    )
                )
                continue
            if published or moment.date() < today:
                continue
            page_id = post.get("page_id")
            if page_id not in contexts:
                contexts[page_id] = planning.check_context(page_id)
            findings = [
                f for f in planning.check_post(post, contexts[page_id]) if f.severity >= Severity.WARNING
            ]
            if not findings:
                continue
            worst = max(findings, key=lambda f: f.severity)
            errors = sum(1 for f in findings if f.severity >= Severity.ERROR)
            warnings = len(findings) - errors
            line = TodayLine(
                "due",
                worst.severity,
                worst.rule,
                _t(
                    QT_TRANSLATE_NOOP(
                        "TodayService", '{when} "{title}": {errors} errors, {warnings} warnings'
                    ),
                    when=when,
                    title=title,
                    errors=errors,
                    warnings=warnings,
                ),
                target,
            )
            due += 1
            if due <= SECTION_LIMIT:
                report.lines.append(line)
            if errors and instant <= at <= soon:
                report.reminders.append(line)

    def _r11(self, report: TodayReport, planning: PlanningService, today: dt.date) -> None:
        for day in (today, today + dt.timedelta(days=7)):
            week = week_of(day)
            quota, findings = planning.week_overview(week)
            if quota is None:
                return
            report.meters.append(_meter(quota))
            for finding in findings:
                if finding.severity >= Severity.WARNING:
                    report.lines.append(
                        TodayLine(
                            "r11",
                            finding.severity,
                            "R11",
                            finding.message,
                            Target("planning", "week", "", day.isoformat()),
                        )
                    )

    # -- pages (R4, R7, R17) -----------------------------------------------------------------------

    def _pages(self, report: TodayReport, store: Store, today: dt.date) -> None:
        try:
            pages = store.rows("pages", "coalesce(status, '') != 'closed'")
            roles: dict[str, list[dict[str, Any]]] = {}
            for role in store.rows("page_roles"):
                roles.setdefault(str(role.get("page_id")), []).append(role)
            reviews: dict[str, list[dict[str, Any]]] = {}
            for review in store.rows("page_reviews", order_by="reviewed_on DESC"):
                reviews.setdefault(str(review.get("page_id")), []).append(review)
        except Exception:  # noqa: BLE001 - a store without the register area has no page lines
            return
        report.rows_read += len(pages) + sum(map(len, roles.values())) + sum(map(len, reviews.values()))
        for page in sorted(pages, key=lambda p: (p.get("name") or "").lower()):
            name = page.get("name") or "…"
            target = Target("register", "page", str(page["id"]))
            if (page.get("status") or "awaiting_clearance") == "awaiting_clearance":
                report.lines.append(
                    TodayLine(
                        "clearance",
                        Severity.WARNING,
                        "R17",
                        _t(
                            QT_TRANSLATE_NOOP(
                                "TodayService", "{page} is awaiting clearance from the administration"
                            ),
                            page=name,
                        ),
                        target,
                    )
                )
            page_roles, page_reviews = roles.get(page["id"], []), reviews.get(page["id"], [])
            findings = register_rules.check(page, page_roles, page_reviews, today, None)
            errors = [f for f in findings if f.severity >= Severity.ERROR]
            if errors:
                report.lines.append(
                    TodayLine(
                        "pages",
                        Severity.ERROR,
                        errors[0].rule,
                        _t(
                            QT_TRANSLATE_NOOP("TodayService", "{page}: {count} checklist errors"),
                            page=name,
                            count=len(errors),
                        ),
                        target,
                    )
                )
            if register_rules.review_due(page, page_reviews, today):
                report.lines.append(
                    TodayLine(
                        "pages",
                        Severity.INFO,
                        "R4",
                        _t(QT_TRANSLATE_NOOP("TodayService", "{page}: the monthly review is due"), page=name),
                        target,
                    )
                )

    # -- archive (R13, R14) ------------------------------------------------------------------------

    def _archive(self, report: TodayReport, store: Store) -> None:
        db = store.db
        try:
            rows = db.execute(
                "SELECT m.id, m.action, m.archive_worthy, m.ground FROM moderation_entries m "
                "WHERE m._deleted = 0 AND (m.action = 'deleted' OR m.archive_worthy = 1) AND NOT EXISTS ("
                "SELECT 1 FROM archive_status s WHERE s.kind = 'moderation' AND s.item_id = m.id "
                "AND s._deleted = 0 AND s.status IN ('exported', 'journalfort'))"
            ).fetchall()
        except Exception:  # noqa: BLE001 - no moderation area in this store
            rows = []
        report.rows_read += len(rows)
        pending = sum(
            1
            for r in rows
            if needs_archiving(
                "moderation", {"id": r[0], "action": r[1], "archive_worthy": r[2], "ground": r[3]}
            )
        )
        if pending:
            report.lines.append(
                TodayLine(
                    "archive",
                    Severity.WARNING,
                    "R13",
                    _t(
                        QT_TRANSLATE_NOOP("TodayService", "1 moderation entry to archive")
                        if pending == 1
                        else QT_TRANSLATE_NOOP("TodayService", "{count} moderation entries to archive"),
                        count=pending,
                    ),
                    Target("archive", "pending"),
                )
            )
        try:
            packages = db.execute(
                "SELECT s.package_id, count(*), p.file_name, p.created_at FROM archive_status s "
                "LEFT JOIN archive_packages p ON p.id = s.package_id AND p._deleted = 0 "
                "WHERE s._deleted = 0 AND s.status = 'exported' GROUP BY s.package_id "
                "ORDER BY p.created_at LIMIT ?",
                [SECTION_LIMIT],
            ).fetchall()
        except Exception:  # noqa: BLE001 - no archive area in this store
            packages = []
        report.rows_read += len(packages)
        for package_id, count, file_name, created in packages:
            report.lines.append(
                TodayLine(
                    "receipts",
                    Severity.WARNING,
                    "R13",
                    _t(
                        QT_TRANSLATE_NOOP(
                            "TodayService",
                            "Package {file} ({count} items) was exported {date} but has no receipt yet",
                        ),
                        file=file_name or package_id,
                        count=count,
                        date=(created or "")[:10],
                    ),
                    Target("archive", "package", str(package_id)),
                )
            )

    # -- sync --------------------------------------------------------------------------------------

    def _sync(self, report: TodayReport, store: Store) -> None:
        row = store.db.execute("SELECT count(*) FROM conflicts").fetchone()
        count = int(row[0]) if row else 0
        if count:
            report.lines.append(
                TodayLine(
                    "sync",
                    Severity.WARNING,
                    "",
                    _t(
                        QT_TRANSLATE_NOOP("TodayService", "{count} sync conflicts to choose between"),
                        count=count,
                    ),
                    Target("sync", "conflicts"),
                )
            )

    # -- trust: the moderation log verified, what the sync refused, new laptops --------------------

    def _trust(self, report: TodayReport) -> None:
        """Tampering and forgery findings and laptops nobody here has said they know. Never dismissed
        by the app: a line stays until the log holds again, or (a laptop) a person says they know it.

        The log's full verification is kept per laptop and redone only when the log changed or the kept
        one is an hour old (``ModerationService.verified``); the sync's refusals are one grouped read."""
        try:
            verified = self.moderation.verified()
        except Exception as exc:  # noqa: BLE001 - a check that fails must say so, not hide the view
            log.exception("verifying the moderation log for I dag failed")
            report.lines.append(
                TodayLine(
                    "trust",
                    Severity.ERROR,
                    "",
                    _t(
                        QT_TRANSLATE_NOOP(
                            "TodayService", "The moderation log could not be verified: {error}"
                        ),
                        error=str(exc)[:200],
                    ),
                    Target("moderation", "verify"),
                )
            )
        else:
            report.verified_at = verified.verified_at
            by_entry: dict[str, list[Any]] = {}
            for problem in verified.failures:
                by_entry.setdefault(problem.entry_id, []).append(problem)
            report.rows_read += 1
            for entry_id, problems in list(by_entry.items())[:SECTION_LIMIT]:
                missing = problems[0].kind == "missing"  # the id is a laptop's: its newest entries are gone
                report.lines.append(
                    TodayLine(
                        "trust",
                        Severity.ERROR,
                        "",
                        _t(
                            QT_TRANSLATE_NOOP(
                                "TodayService", "Moderation log: entry {entry} does not hold: {problem}"
                            )
                            if not missing
                            else QT_TRANSLATE_NOOP("TodayService", "Moderation log: {problem}"),
                            entry=entry_id[:8],
                            problem=problems[0].text(),
                        ),
                        Target("moderation", "verify", "" if missing else entry_id),
                    )
                )
            hidden = len(by_entry) - SECTION_LIMIT
            if hidden > 0:
                report.lines.append(
                    TodayLine(
                        "trust",
                        Severity.ERROR,
                        "",
                        _t(
                            QT_TRANSLATE_NOOP(
                                "TodayService", "Moderation log: {count} more entries do not hold"
                            ),
                            count=hidden,
                        ),
                        Target("moderation", "verify"),
                    )
                )
        devices = self.sync.devices()
        names = {d["device"]: d["host"] or d["device"][:8] for d in devices}
        report.rows_read += len(devices)
        for found in self.sync.finding_counts()[:SECTION_LIMIT]:
            report.rows_read += 1
            kind, table, device = found["kind"], found["table"], found["device"]
            if kind == "tamper" and table == "moderation_entries":
                continue  # the verification above lists these, entry by entry
            laptop = names.get(device) or device[:8] or "?"
            params = {"count": found["count"], "laptop": laptop, "date": str(found["newest"])[:10]}
            if kind == "tamper":
                severity = Severity.ERROR
                text = _t(
                    QT_TRANSLATE_NOOP(
                        "TodayService",
                        "{count} changes to saved evidence from laptop {laptop} were refused "
                        "(tampering?), last {date}. Tell IT.",
                    ),
                    **params,
                )
            elif kind == "forged_segment":
                severity = Severity.ERROR
                text = _t(
                    QT_TRANSLATE_NOOP(
                        "TodayService",
                        "{count} files on the shared folder in the name of laptop {laptop} were refused: "
                        "not signed with its key (forged?), last {date}. Tell IT.",
                    ),
                    **params,
                )
            elif kind == "quarantine":
                severity = Severity.WARNING
                text = _t(
                    QT_TRANSLATE_NOOP(
                        "TodayService",
                        "{count} invalid changes from laptop {laptop} were set aside, last {date}.",
                    ),
                    **params,
                )
            else:
                severity = Severity.WARNING
                text = _t(
                    QT_TRANSLATE_NOOP(
                        "TodayService",
                        "{count} things from laptop {laptop} were refused ({kind}), last {date}.",
                    ),
                    kind=kind,
                    **params,
                )
            report.lines.append(TodayLine("trust", severity, "", text, Target("sync", "findings", device)))
        for device in self.sync.unacknowledged_devices()[:SECTION_LIMIT]:
            params = {
                "host": device["host"] or device["device"][:8],
                "user": device["user"] or "?",
                "date": str(device["first_seen"])[:10],
            }
            if device["signed"]:
                text = _t(
                    QT_TRANSLATE_NOOP(
                        "TodayService",
                        "New laptop on the shared folder: {host} ({user}), key fingerprint {fingerprint}, "
                        "since {date}. Not known to you? Tell IT.",
                    ),
                    fingerprint=device["fingerprint"],
                    **params,
                )
            else:
                text = _t(
                    QT_TRANSLATE_NOOP(
                        "TodayService",
                        "New laptop on the shared folder without a signing key: {host} ({user}), since "
                        "{date}; its changes are unsigned. Not known to you? Tell IT.",
                    ),
                    **params,
                )
            report.lines.append(
                TodayLine("trust", Severity.WARNING, "", text, Target("sync", "device", device["device"]))
            )

    # -- the website's news (R2 both ways) ---------------------------------------------------------

    def _news(self, report: TodayReport, store: Store, now: dt.datetime) -> None:
        last = self.news.last_fetch()
        if not self.news.feed_url() and last is None:
            report.news_status = _t(
                QT_TRANSLATE_NOOP(
                    "TodayService",
                    "No website news feed is set: R2 is checked one way only (File → Settings).",
                )
            )
        elif last is None:
            report.news_status = _t(
                QT_TRANSLATE_NOOP("TodayService", "The website's news has not been fetched yet.")
            )
        elif not last["ok"]:
            report.news_status = _t(
                QT_TRANSLATE_NOOP("TodayService", "Last news fetch failed: {reason}"),
                reason=_plain(last.get("message")),
            )
        else:
            report.news_status = _t(
                QT_TRANSLATE_NOOP("TodayService", "Website news fetched {when}: {count} items"),
                when=_local(last["finished_at"]),
                count=last["items"],
            )
        r2 = self.news.r2(now=now)
        if r2 is None:
            return
        report.rows_read += len(r2.matches)
        for match in r2.news_without_post[:SECTION_LIMIT]:
            report.lines.append(
                TodayLine(
                    "news",
                    Severity.WARNING,
                    "R2",
                    _t(
                        QT_TRANSLATE_NOOP("TodayService", 'Website news without a post: "{title}"'),
                        title=match.item.title,
                    ),
                    Target("news", "news", match.item.id),
                )
            )
        for post in r2.posts_without_counterpart[:SECTION_LIMIT]:
            day = post.planned_at.date().isoformat() if post.planned_at else ""
            report.lines.append(
                TodayLine(
                    "counterpart",
                    Severity.WARNING,
                    "R2",
                    _t(
                        QT_TRANSLATE_NOOP(
                            "TodayService",
                            '"{title}": its website counterpart never appeared in the news feed',
                        ),
                        title=post.title,
                    ),
                    Target("planning", "post", post.id, day),
                )
            )


def _meter(quota: WeekQuota) -> Meter:
    return Meter(quota.week, quota.count, quota.over, quota.under, tuple(quota.over_days))


def _plain(message: Any) -> str:
    if isinstance(message, Text):
        from mtk_admin_desktop import i18n

        return i18n.tr_text(message)
    return str(message or "")


def _local(stamp: str) -> str:
    try:
        return dt.datetime.fromisoformat(stamp).astimezone(clock.OSLO).strftime("%d.%m. %H:%M")
    except ValueError:
        return stamp


def report_json(report: TodayReport) -> dict[str, Any]:
    """The report as JSON-friendly data (English texts), for tests and the command line."""
    data: dict[str, Any] = json.loads(
        json.dumps(
            {
                "at": report.at.isoformat(),
                "lines": [
                    {
                        "section": line.section,
                        "severity": line.severity.key,
                        "rule": line.rule,
                        "text": line.text.english(),
                        "target": vars(line.target),
                    }
                    for line in report.lines
                ],
                "meters": [
                    {"week": m.week, "count": m.count, "over": m.over, "under": m.under}
                    for m in report.meters
                ],
            }
        )
    )
    return data
