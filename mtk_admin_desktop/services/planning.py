"""The planning area's service: posts in a date range, saving and moving them, checks, crisis mode.

Widgets and commands use this; it never touches widgets. Every write goes through ``store.transaction()``.
The checks themselves are the pure functions of ``domain.planning_rules``; this service gathers what they
need (the page, roles, crisis periods, the hashtag word list). iCalendar and CSV exchange live in
``services.planning_exchange`` (mixed into :class:`PlanningService`; its public names re-exported here).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import sqlite3
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mtk_admin_desktop.domain import clock
from mtk_admin_desktop.domain.findings import Finding
from mtk_admin_desktop.domain.ids import stable_id
from mtk_admin_desktop.domain.planning import (
    KINDS,
    POST_FIELDS,
    STATUSES,
    format_planned,
    new_post,
    oslo_day_bounds,
    parse_planned,
    week_days,
)
from mtk_admin_desktop.domain.planning_rules import (
    CheckContext,
    CrisisPeriod,
    WeekQuota,
    check,
    check_week,
    load_words,
    on_hold,
    week_quota,
)
from mtk_admin_desktop.domain.records import Page
from mtk_admin_desktop.domain.tr import QT_TRANSLATE_NOOP, Text
from mtk_admin_desktop.services.planning_exchange import (  # noqa: F401 (re-exported for callers)
    BOOL_COLUMNS,
    CHANGED_SINCE,
    CSV_COLUMNS,
    DIFFERS,
    IMPORT_ACTIONS,
    JSON_COLUMNS,
    NEW,
    RESTORED,
    UNCHANGED,
    UPDATED,
    VERSION_PREFIX,
    ImportPreview,
    ImportResult,
    ImportRow,
    PlanningExchange,
    describe_row,
    post_version,
    written_actions,
)
from mtk_admin_desktop.services.planning_exchange import (
    PlanningError as PlanningError,
)
from mtk_admin_desktop.storage.store import StoreError

if TYPE_CHECKING:
    from mtk_admin_desktop.services.register import RegisterService
    from mtk_admin_desktop.services.resources import Resources

_CTX = "PlanningService"


@functools.cache
def _words() -> frozenset[str]:
    from mtk_admin_desktop.paths import resources_dir

    path = resources_dir() / "planning_hashtag_words.txt"
    return load_words(path) if path.exists() else frozenset()


def _t(source: str, **params: Any) -> Text:
    return Text(_CTX, source, params)


class PlanningService(PlanningExchange):
    """Operations of the planning area for the UI and the command line."""

    def __init__(self, context: Resources, register: RegisterService) -> None:
        self.context = context
        self.store = context.store
        #: The register area, handed in by AppContext (the one place that wires areas together).
        self.register = register

    # -- pages and roles (the register's) ---------------------------------------------------------

    def pages(self) -> list[Page]:
        """Pages posts can belong to (closed pages left out), main page first."""
        rows = self.register.pages(include_closed=False)
        return sorted(rows, key=lambda p: (not p.is_main, p.name.lower()))

    def all_pages(self) -> list[Page]:
        """Every page, closed ones too (exports and imports name them)."""
        try:
            return [Page.from_row(row) for row in self.store.rows("pages")]
        except StoreError:
            return []

    def page(self, page_id: str | None) -> Page | None:
        if not page_id:
            return None
        try:
            row = self.store.get("pages", page_id)
        except StoreError:
            return None
        return Page.from_row(row) if row is not None else None

    def main_page(self) -> Page | None:
        try:
            rows = self.store.rows("pages", "is_main = 1 AND coalesce(status, '') != 'closed'")
        except StoreError:
            return None
        return Page.from_row(rows[0]) if rows else None

    def role_of(self, page_id: str, person: str) -> str | None:
        """The person's current role on the page (the register's one rule for it)."""
        return self.register.role_of(page_id, person)

    def _roles_known(self) -> bool:
        try:
            self.store.spec("page_roles")
        except StoreError:
            return False
        return True

    # -- reading posts -----------------------------------------------------------------------------

    def post(self, post_id: str) -> dict[str, Any] | None:
        return self.store.get("posts", post_id)

    def posts_between(
        self,
        first: dt.date,
        last: dt.date,
        page_ids: Iterable[str] | None = None,
        fields: Iterable[str] | None = None,
    ) -> list[dict[str, Any]]:
        """Posts planned on Oslo days ``first``..``last`` (inclusive), reads only that range.

        ``fields``: only these columns (and ``id``) of each post, for a view that shows a summary (the
        month grid): JSON columns not asked for are neither read nor decoded.
        """
        low, high = oslo_day_bounds(first, last)
        where = "planned_at >= ? AND planned_at < ?"
        params: list[Any] = [low, high]
        ids = list(page_ids) if page_ids is not None else None
        if ids is not None:
            if not ids:
                return []
            where += f" AND page_id IN ({', '.join('?' for _ in ids)})"
            params += ids
        if fields is None:
            rows = self.store.rows("posts", where, params, order_by="planned_at")
        else:
            rows = self._rows_of(("id", *(f for f in fields if f in POST_FIELDS)), where, params)
        timed = []
        for row in rows:
            try:
                moment = parse_planned(row["planned_at"])
            except ValueError:
                continue
            if moment is not None and first <= moment.date() <= last:
                timed.append((moment, row))
        # By the moment (text order is not time order across UTC offsets); parsed once per row.
        timed.sort(key=lambda pair: pair[0])
        return [row for _, row in timed]

    def _rows_of(self, columns: tuple[str, ...], where: str, params: list[Any]) -> list[dict[str, Any]]:
        """Live posts' ``columns`` (a read: plain SQL on the store, JSON columns decoded)."""
        if "planned_at" not in columns:
            columns = (*columns, "planned_at")
        cursor = self.store.db.execute(
            f"SELECT {', '.join(columns)} FROM posts WHERE _deleted = 0 AND ({where}) ORDER BY planned_at",
            params,
        )
        rows = [dict(zip(columns, values, strict=True)) for values in cursor.fetchall()]
        for name in JSON_COLUMNS:
            if name in columns:
                for row in rows:
                    if row[name] is not None:
                        row[name] = json.loads(row[name])
        return rows

    def unscheduled(self, page_ids: Iterable[str] | None = None) -> list[dict[str, Any]]:
        """Ideas and drafts with no date yet."""
        rows = self.store.rows("posts", "planned_at IS NULL OR planned_at = ''", order_by="_created")
        ids = set(page_ids) if page_ids is not None else None
        return [r for r in rows if ids is None or r.get("page_id") in ids]

    def all_posts(self) -> list[dict[str, Any]]:
        return self.store.rows("posts", order_by="planned_at, id")

    def for_communication(self) -> list[dict[str, Any]]:
        """Posts marked "send to Kommunikasjon" (R7.6), for the nettredaktør."""
        return self.store.rows(
            "posts", "send_to_communication = 1 AND coalesce(status, '') != 'avlyst'", order_by="planned_at"
        )

    # -- writing posts -----------------------------------------------------------------------------

    def validate(self, values: dict[str, Any]) -> list[Text]:
        """Problems that make values unsavable (as opposed to findings, which never stop a save)."""
        problems = []
        if values.get("kind") not in KINDS:
            problems.append(
                _t(
                    QT_TRANSLATE_NOOP("PlanningService", 'Unknown kind "{value}" (use one of: {allowed}).'),
                    value=str(values.get("kind")),
                    allowed=", ".join(KINDS),
                )
            )
        if values.get("status") not in STATUSES:
            problems.append(
                _t(
                    QT_TRANSLATE_NOOP("PlanningService", 'Unknown status "{value}" (use one of: {allowed}).'),
                    value=str(values.get("status")),
                    allowed=", ".join(STATUSES),
                )
            )
        planned = values.get("planned_at")
        if planned:
            try:
                parse_planned(planned)
            except ValueError:
                problems.append(
                    _t(
                        QT_TRANSLATE_NOOP(
                            "PlanningService",
                            '"{value}" is not a date and time (use 2026-05-17T10:00+02:00).',
                        ),
                        value=str(planned),
                    )
                )
        for name in ("attachments", "links"):
            if not isinstance(values.get(name) or [], list):
                problems.append(_t(QT_TRANSLATE_NOOP("PlanningService", "{name} must be a list."), name=name))
        if not isinstance(values.get("website") or {}, dict):
            problems.append(_t(QT_TRANSLATE_NOOP("PlanningService", "website must be an object.")))
        if not (values.get("title") or "").strip() and not (values.get("text") or "").strip():
            problems.append(_t(QT_TRANSLATE_NOOP("PlanningService", "Give the post a title or some text.")))
        return problems

    def _clean(self, values: dict[str, Any]) -> dict[str, Any]:
        clean = {k: v for k, v in values.items() if k in POST_FIELDS}
        if clean.get("planned_at"):
            moment = parse_planned(clean["planned_at"])
            clean["planned_at"] = format_planned(moment) if moment else None
        elif "planned_at" in clean:
            clean["planned_at"] = None
        for name in BOOL_COLUMNS:
            if name in clean:
                clean[name] = 1 if clean[name] else 0
        return clean

    def save_post(self, values: dict[str, Any], post_id: str | None = None) -> str:
        """Create or update a post; findings never stop a save, but unusable values do (PlanningError)."""
        merged = new_post(**(self.post(post_id) or {} if post_id else {}))
        merged.update(values)
        problems = self.validate(merged)
        if problems:
            raise PlanningError(problems[0])
        # An update writes only the fields given, so a concurrent edit of another field on another
        # laptop is not overwritten by this one's stale copy.
        clean = self._clean(merged if post_id is None else dict(values))
        with self.store.transaction() as tx:
            if post_id is None:
                return tx.create("posts", clean)
            tx.update("posts", post_id, clean)
        return post_id

    def move_post(self, post_id: str, new_time: dt.datetime) -> str | None:
        """Plan a post at another time; returns the old stored time (for undo)."""
        post = self.post(post_id)
        if post is None:
            raise PlanningError(_t(QT_TRANSLATE_NOOP("PlanningService", "The post no longer exists.")))
        old = post.get("planned_at")
        self.store.update("posts", post_id, {"planned_at": format_planned(new_time)})
        return old

    def set_planned_at(self, post_id: str, planned_at: str | None) -> None:
        """Put back a stored time exactly (undo of a move); a deleted post is not touched."""
        gone = PlanningError(_t(QT_TRANSLATE_NOOP("PlanningService", "The post no longer exists.")))
        if self.post(post_id) is None:
            raise gone
        try:
            self.store.update("posts", post_id, {"planned_at": planned_at})
        except StoreError as exc:  # deleted by a sync between the look and the write
            raise gone from exc

    def delete_post(self, post_id: str) -> None:
        self.store.delete("posts", post_id)

    def add_image(self, path: Path) -> dict[str, Any]:
        """Copy an image into the blob store; returns a new image attachment for it."""
        data = Path(path).read_bytes()
        sha = self.context.blobs.put(data)
        return {
            "type": "image",
            "sha256": sha,
            "name": Path(path).name,
            "alt_text": "",
            "contains_text": False,
            "image_text": "",
            "photographer": "",
            "licence": "",
        }

    def image_path(self, sha256: str) -> Path | None:
        blobs = self.context.blobs
        return blobs.path(sha256) if sha256 and blobs.has(sha256) else None

    # -- checks ------------------------------------------------------------------------------------

    def crisis_periods(self, include_past: bool = True) -> list[dict[str, Any]]:
        rows = self.store.rows("crisis_periods", order_by="starts")
        if include_past:
            return rows
        now = clock.now_utc()  # an instant: Oslo times compare by wall clock, wrong when the clocks go back
        return [r for r in rows if not r.get("ends") or (parse_planned(r["ends"]) or now) > now]

    def crisis_period_list(self) -> tuple[CrisisPeriod, ...]:
        """The crisis periods as domain values (read once per refresh, not once per post)."""
        return self._periods()

    def _periods(self) -> tuple[CrisisPeriod, ...]:
        out = []
        for row in self.crisis_periods():
            try:
                starts = parse_planned(row.get("starts"))
                ends = parse_planned(row.get("ends"))
            except ValueError:
                continue
            if starts is not None:
                out.append(CrisisPeriod(starts, ends, row.get("note") or ""))
        return tuple(out)

    def check_context(self, page_id: str | None) -> CheckContext:
        """What ``check`` needs for a post on ``page_id``; gathered here so the check itself is pure."""
        page = self.page(page_id)
        role_of: Callable[[str, str], str | None] | None = None  # noqa: F811
        if self._roles_known() and page is not None:
            roles: dict[tuple[str, str], str | None] = {}

            def role_of(page_id: str, person: str) -> str | None:
                # Many posts share a responsible person: ask the register once per person.
                if (page_id, person) not in roles:
                    roles[(page_id, person)] = self.role_of(page_id, person)
                return roles[(page_id, person)]

        return CheckContext(
            is_main_page=page.is_main if page else None,
            role_of=role_of,
            crisis_periods=self._periods(),
            words=_words(),
        )

    def check_post(self, post: dict[str, Any], context: CheckContext | None = None) -> list[Finding]:
        return check(post, context or self.check_context(post.get("page_id")))

    def is_on_hold(self, post: dict[str, Any]) -> bool:
        """In a crisis period and not approved by kriseledelsen (R16)."""
        return not post.get("crisis_approved") and on_hold(post, self._periods()) is not None

    def quota(self, week: str) -> WeekQuota | None:
        """News items on the main page in ``week`` (None without a main page)."""
        return self.week_overview(week)[0]

    def check_week(self, week: str) -> list[Finding]:
        return self.week_overview(week)[1]

    def week_overview(self, week: str) -> tuple[WeekQuota | None, list[Finding]]:
        """The main page's quota and week findings (R11), from one read of the page and of its week."""
        main = self.main_page()
        if main is None:
            return None, []
        days = week_days(week)
        posts = r11_counted(self.posts_between(days[0], days[-1], [main.id]), clock.today())
        return week_quota(main.id, week, posts), check_week(main, week, posts)

    def data_version(self) -> tuple[int, int]:
        """A value that changes whenever anything in the store changed, by this connection (its count of
        changes) or by another one (SQLite's ``data_version``: a worker, a sync): two equal values mean
        nothing read since can have changed. Two cheap reads, no table touched."""
        conn = self.store.db.conn
        return int(conn.execute("PRAGMA data_version").fetchone()[0]), int(conn.total_changes)

    # -- plan versus published (issue 18) ----------------------------------------------------------

    def mark_published(self, post_id: str, url: str, at: dt.datetime | None = None) -> None:
        """Record that the post went out on Facebook at ``at`` (default now) with address ``url``.

        The address must be a facebook.com / fb.com post's (PlanningError with the reason otherwise)."""
        from mtk_admin_desktop.domain.news import facebook_post_url_problem

        problem = facebook_post_url_problem(url)
        if problem is not None:
            raise PlanningError(problem)
        if self.post(post_id) is None:
            raise PlanningError(_t(QT_TRANSLATE_NOOP("PlanningService", "The post no longer exists.")))
        when = format_planned(at or clock.now_oslo())
        self.store.update(
            "posts", post_id, {"status": "publisert", "published_url": url.strip(), "published_at": when}
        )

    def pages_version(self) -> list[tuple[Any, ...]]:
        """The pages as stored, raw (one plain read, no decoding): equal as long as no page changed, so
        a view can keep its page list until then. Every column counts, so an edit synced in from
        another laptop shows even when it carries an older timestamp than the page's newest edit."""
        try:
            return self.store.db.execute("SELECT * FROM pages ORDER BY id").fetchall()
        except sqlite3.Error:
            return []

    # -- crisis mode (R16) --------------------------------------------------------------------------

    def _require_web_editor(self) -> None:
        settings = self.context.settings
        editor = (settings.get("org.nettredaktor") or "").strip()
        user = (settings.get("user.name") or "").strip()
        if not editor or editor.casefold() != user.casefold():
            raise PlanningError(
                _t(
                    QT_TRANSLATE_NOOP(
                        "PlanningService", "Only the web editor (nettredaktør) {editor} can set crisis mode."
                    ),
                    editor=editor or "?",
                )
            )

    def start_crisis(self, starts: dt.datetime, ends: dt.datetime | None, note: str) -> str:
        """Set a crisis period (the nettredaktør only); posts in it are on hold until approved."""
        self._require_web_editor()
        if ends is not None and ends <= starts:
            raise PlanningError(
                _t(QT_TRANSLATE_NOOP("PlanningService", "The crisis period must end after it starts."))
            )
        return self.store.create(
            "crisis_periods",
            {
                "starts": format_planned(starts),
                "ends": format_planned(ends) if ends else None,
                "note": note.strip(),
                "set_by": self.context.settings.get("user.name"),
            },
        )

    def end_crisis(self, period_id: str, at: dt.datetime | None = None) -> None:
        self._require_web_editor()
        self.store.update("crisis_periods", period_id, {"ends": format_planned(at or clock.now_oslo())})

    def approve_in_crisis(self, post_id: str, approved: bool = True, by: str = "") -> None:
        """Record that kriseledelsen approved (or withdrew approval of) a post (R16)."""
        self.store.update(
            "posts",
            post_id,
            {"crisis_approved": 1 if approved else 0, "crisis_approved_by": by if approved else ""},
        )


def r11_counted(posts: list[dict[str, Any]], today: dt.date) -> list[dict[str, Any]]:
    """The posts R11 counts: for days before ``today`` only what was published (status "publisert" or a
    recorded ``published_at``, counted on the day it went out); for today and later what is planned."""
    out = []
    for post in posts:
        if post.get("published_at"):
            out.append({**post, "planned_at": post["published_at"]})
            continue
        try:
            moment = parse_planned(post.get("planned_at"))
        except ValueError:
            continue
        if moment is None or moment.date() >= today or post.get("status") == "publisert":
            out.append(post)
    return out


def demo_post_id(key: str) -> str:
    """A stable id for a demo post, so running the demo twice does not duplicate it."""
    return stable_id("post", key)
