"""The planning area's service: posts in a date range, saving and moving them, checks, crisis mode, exchange.

Widgets and commands use this; it never touches widgets. Every write goes through ``store.transaction()``.
The checks themselves are the pure functions of ``domain.planning_rules``; this service gathers what they
need (the page, roles, crisis periods, the hashtag word list).
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import errno
import functools
import hashlib
import io
import json
import os
import re
import sqlite3
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mtk_admin_desktop.domain import clock
from mtk_admin_desktop.domain.findings import Finding
from mtk_admin_desktop.domain.hlc import Timestamp
from mtk_admin_desktop.domain.ids import stable_id
from mtk_admin_desktop.domain.planning import (
    KINDS,
    OSLO,
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
from mtk_admin_desktop.domain.tr import QT_TRANSLATE_NOOP, Text
from mtk_admin_desktop.storage.blobs import write_durably
from mtk_admin_desktop.storage.store import Store, StoreError

if TYPE_CHECKING:
    from mtk_admin_desktop.services.context import AppContext

_CTX = "PlanningService"

# The CSV carries every stored field, plus the row id and the page's name for people reading it, and a
# digest of the post's stored values when exported (``version``, :func:`post_version`), so an import can
# tell a post changed in the app since the file was made from one the file itself changes. By content,
# not by time: an edit synced in after the export may carry an older timestamp than the export.
CSV_COLUMNS = ("id", "page_id", "page_name", *(f for f in POST_FIELDS if f != "page_id"), "version")
_JSON_COLUMNS = ("attachments", "links", "website")
_BOOL_COLUMNS = ("send_to_communication", "archive_worthy", "crisis_approved")


class PlanningError(ValueError):
    """A request the planning service refuses; ``text`` says why in translatable form."""

    def __init__(self, text: Text) -> None:
        super().__init__(text.english())
        self.text = text


# What importing one row does to the store (ImportRow.action).
NEW = "new"  # no post with the row's id (or no id): created
UPDATED = "updated"  # the file changes a post not changed in the app since the file was made
UNCHANGED = "unchanged"  # the file holds the post's current values: nothing is written
CHANGED_SINCE = "changed_since"  # changed in the app after the file was made: importing reverts that edit
# The row has no version (a file made by hand, or saved by a program that dropped the column) and differs
# from the post: changed in the app or in the file, nobody can tell; treated like CHANGED_SINCE.
DIFFERS = "differs"
RESTORED = "restored"  # deleted in the app: importing brings it back
IMPORT_ACTIONS = (NEW, UPDATED, UNCHANGED, CHANGED_SINCE, DIFFERS, RESTORED)


@dataclass
class ImportRow:
    """One CSV row read for import: line number, the post values, what is wrong with it, what it would do.

    ``version`` is the digest of the post's values the export wrote (``version`` column), if any;
    ``current`` the post as stored now (deleted ones too) and ``changed_at`` when it was last changed.
    ``columns``: the post fields the file has columns for. Only those are compared and written to an
    existing post (a column left out of the file leaves the post's field as it is); ``values`` holds
    every field, the missing ones at their defaults, which is what a new post gets.
    """

    line: int
    values: dict[str, Any]
    errors: list[Text] = field(default_factory=list)
    post_id: str | None = None
    exists: bool = False
    version: str | None = None
    action: str = NEW
    current: dict[str, Any] | None = None
    changed_at: dt.datetime | None = None
    columns: frozenset[str] = frozenset(POST_FIELDS)
    # The digest of the post as the preview found it (None: no post): the import writes the row only if
    # the post is still exactly what the user was shown.
    seen: str | None = None

    def given(self) -> dict[str, Any]:
        """The values the file gives: all of them for a new post, the file's columns for an existing one."""
        if self.current is None:
            return self.values
        return {k: v for k, v in self.values.items() if k in self.columns}


@dataclass
class ImportPreview:
    """What an import would do; ``ok`` only if every row is valid (nothing is half-imported).

    ``versioned``: the file has the export's ``version`` column (without it, a post that differs from its
    row cannot be told changed in the app from changed in the file).
    """

    rows: list[ImportRow]
    file_error: Text | None = None
    versioned: bool = True

    @property
    def ok(self) -> bool:
        return self.file_error is None and bool(self.rows) and all(not r.errors for r in self.rows)

    @property
    def errors(self) -> list[tuple[int, Text]]:
        out = [(0, self.file_error)] if self.file_error else []
        return out + [(r.line, e) for r in self.rows for e in r.errors]

    def counts(self) -> dict[str, int]:
        """How many rows would be new / updated / unchanged / changed since / differ / restored."""
        out = dict.fromkeys(IMPORT_ACTIONS, 0)
        for row in self.rows:
            out[row.action] += 1
        return out

    def rows_of(self, action: str) -> list[ImportRow]:
        return [r for r in self.rows if r.action == action]

    def summary(self) -> Text:
        """The breakdown in one sentence, for the dialog and the command line."""
        counts = self.counts()
        if counts[DIFFERS]:
            return _t(
                QT_TRANSLATE_NOOP(
                    "PlanningService",
                    "{count} post(s) in the file: {new} new, {updated} updated, {unchanged} unchanged, "
                    "{changed} changed in the app after the file was made, {differs} different in the app "
                    "and in the file (which side changed cannot be told), {restored} deleted in the app.",
                ),
                count=len(self.rows),
                new=counts[NEW],
                updated=counts[UPDATED],
                unchanged=counts[UNCHANGED],
                changed=counts[CHANGED_SINCE],
                differs=counts[DIFFERS],
                restored=counts[RESTORED],
            )
        return _t(
            QT_TRANSLATE_NOOP(
                "PlanningService",
                "{count} post(s) in the file: {new} new, {updated} updated, {unchanged} unchanged, "
                "{changed} changed in the app after the file was made, {restored} deleted in the app.",
            ),
            count=len(self.rows),
            new=counts[NEW],
            updated=counts[UPDATED],
            unchanged=counts[UNCHANGED],
            changed=counts[CHANGED_SINCE],
            restored=counts[RESTORED],
        )

    def notice(self) -> Text | None:
        """Why some posts are "different, cannot tell": the file (or some rows) carry no version."""
        differing = len(self.rows_of(DIFFERS))
        if not differing:
            return None
        if not self.versioned:
            return _t(
                QT_TRANSLATE_NOOP(
                    "PlanningService",
                    "The file has no version column (it was made by hand, or saved by a program that "
                    "left the column out), so the app cannot tell whether the {count} post(s) that differ "
                    "were changed in the app or in the file. They are skipped unless you choose to "
                    "overwrite them.",
                ),
                count=differing,
            )
        return _t(
            QT_TRANSLATE_NOOP(
                "PlanningService",
                "{count} row(s) have no version, so the app cannot tell whether those posts were changed "
                "in the app or in the file. They are skipped unless you choose to overwrite them.",
            ),
            count=differing,
        )

    def to_write(self, overwrite_changed: bool = False, restore_deleted: bool = False) -> list[ImportRow]:
        """The rows an import with these choices writes (unchanged rows are never written)."""
        allowed = written_actions(overwrite_changed, restore_deleted)
        return [r for r in self.rows if r.action in allowed]


class ImportResult(int):
    """What an import did: the number of posts written (an int), ``written`` and ``skipped`` rows.

    ``skipped`` are the rows the preview said would be written that were not, because the post changed
    (edited, synced in, deleted, created) after the preview and does not already hold the file's values;
    each as found at the import, so :func:`describe_row` names the post as it is now.
    """

    written: tuple[ImportRow, ...]
    skipped: tuple[ImportRow, ...]

    def __new__(cls, written: Iterable[ImportRow], skipped: Iterable[ImportRow]) -> ImportResult:
        rows = tuple(written)
        result = super().__new__(cls, len(rows))
        result.written = rows
        result.skipped = tuple(skipped)
        return result


def describe_row(item: ImportRow) -> Text:
    """One row named for the user: its line, the post's current title and time, when the app changed it."""
    post = item.current or item.values
    title = (post.get("title") or (post.get("text") or "")[:60] or "").strip()
    try:
        moment = parse_planned(post.get("planned_at"))
    except ValueError:
        moment = None
    when = moment.strftime("%d.%m.%Y %H:%M") if moment else "–"
    if item.action in (CHANGED_SINCE, DIFFERS) and item.changed_at is not None:
        return _t(
            QT_TRANSLATE_NOOP(
                "PlanningService", 'line {line}: "{title}" ({when}), last edited in the app {changed}'
            ),
            line=item.line,
            title=title,
            when=when,
            changed=item.changed_at.strftime("%d.%m.%Y %H:%M"),
        )
    return _t(
        QT_TRANSLATE_NOOP("PlanningService", 'line {line}: "{title}" ({when})'),
        line=item.line,
        title=title,
        when=when,
    )


def written_actions(overwrite_changed: bool, restore_deleted: bool) -> frozenset[str]:
    """The row actions an import writes with these choices."""
    return frozenset(
        {NEW, UPDATED}
        | ({CHANGED_SINCE, DIFFERS} if overwrite_changed else set())
        | ({RESTORED} if restore_deleted else set())
    )


@functools.cache
def _words() -> frozenset[str]:
    from mtk_admin_desktop.paths import resources_dir

    path = resources_dir() / "planning_hashtag_words.txt"
    return load_words(path) if path.exists() else frozenset()


def _t(source: str, **params: Any) -> Text:
    return Text(_CTX, source, params)


class PlanningService:
    """Operations of the planning area for the UI and the command line."""

    def __init__(self, context: AppContext, store: Store | None = None) -> None:
        self.context = context
        self.store = store or context.store

    # -- pages and roles (the register's, read through its service when it offers them) ----------

    def pages(self) -> list[dict[str, Any]]:
        """Pages posts can belong to (closed pages left out), main page first."""
        register = getattr(self.context, "register", None)
        try:
            if register is not None and hasattr(register, "pages") and self.store is self.context.store:
                rows = register.pages(include_closed=False)
            else:
                rows = self.store.rows("pages", "coalesce(status, '') != 'closed'")
        except StoreError:
            return []
        return sorted(rows, key=lambda p: (not p.get("is_main"), (p.get("name") or "").lower()))

    def all_pages(self) -> list[dict[str, Any]]:
        """Every page, closed ones too (exports and imports name them)."""
        try:
            return self.store.rows("pages")
        except StoreError:
            return []

    def page(self, page_id: str | None) -> dict[str, Any] | None:
        if not page_id:
            return None
        try:
            return self.store.get("pages", page_id)
        except StoreError:
            return None

    def main_page(self) -> dict[str, Any] | None:
        try:
            rows = self.store.rows("pages", "is_main = 1 AND coalesce(status, '') != 'closed'")
        except StoreError:
            return None
        return rows[0] if rows else None

    def role_of(self, page_id: str, person: str) -> str | None:
        """The person's current role on the page (register service if present, else its table)."""
        register = getattr(self.context, "register", None)
        if register is not None and hasattr(register, "role_of") and self.store is self.context.store:
            result: str | None = register.role_of(page_id, person)
            return result
        wanted = person.strip().casefold()
        for row in self.store.rows("page_roles", "page_id = ? AND to_date IS NULL", [page_id]):
            if (row.get("person_name") or "").strip().casefold() == wanted:
                return str(row.get("role") or "") or None
        return None

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
        for name in _JSON_COLUMNS:
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
        for name in _BOOL_COLUMNS:
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
        if self.post(post_id) is None:
            raise PlanningError(_t(QT_TRANSLATE_NOOP("PlanningService", "The post no longer exists.")))
        self.store.update("posts", post_id, {"planned_at": planned_at})

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
        now = clock.now_oslo()
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
            is_main_page=bool(page.get("is_main")) if page else None,
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
        posts = r11_counted(self.posts_between(days[0], days[-1], [main["id"]]), clock.today())
        return week_quota(main["id"], week, posts), check_week(main, week, posts)

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

    # -- exchange: iCalendar ------------------------------------------------------------------------

    def ics_bytes(self, posts: Iterable[dict[str, Any]] | None = None) -> bytes:
        """The plan as iCalendar (RFC 5545): one VEVENT per dated post, Europe/Oslo with its VTIMEZONE."""
        import icalendar

        cal = icalendar.Calendar()
        cal.add("prodid", "-//Midt-Telemark kommune//MTK Admin Desktop//NO")
        cal.add("version", "2.0")
        cal.add("calscale", "GREGORIAN")
        cal.add("x-wr-calname", "MTK publiseringsplan")
        cal.add("x-wr-timezone", "Europe/Oslo")
        names = {p["id"]: p.get("name") or "" for p in self.all_pages()}
        stamp = dt.datetime.now(dt.UTC).replace(microsecond=0)
        for post in posts if posts is not None else self.all_posts():
            start = parse_planned(post.get("planned_at"))
            if start is None:
                continue
            event = icalendar.Event()
            # Stable: the same post always has the same UID, so a re-import updates the event in Outlook.
            event.add("uid", f"{post['id']}@mtk-admin.midt-telemark.kommune.no")
            event.add("dtstamp", stamp)
            event.add("dtstart", start)
            event.add("dtend", start + dt.timedelta(minutes=30))
            page = names.get(post.get("page_id") or "", "")
            title = post.get("title") or (post.get("text") or "")[:60]
            event.add("summary", _ics_text(f"{page}: {title}" if page else title))
            event.add("description", _ics_text(post.get("text") or ""))
            event.add("categories", [post.get("kind") or "annet"])
            event.add(
                "status",
                "CANCELLED"
                if post.get("status") == "avlyst"
                else "CONFIRMED"
                if post.get("status") in ("klar", "publisert")
                else "TENTATIVE",
            )
            event.add("x-mtk-status", post.get("status") or "")
            cal.add_component(event)
        cal.add_missing_timezones()
        return bytes(cal.to_ical())

    def export_ics(self, path: Path, posts: Iterable[dict[str, Any]] | None = None) -> int:
        data = self.ics_bytes(posts)
        _write_whole(Path(path), data)
        return data.count(b"BEGIN:VEVENT")

    # -- exchange: CSV ------------------------------------------------------------------------------

    def csv_text(self, posts: Iterable[dict[str, Any]] | None = None) -> str:
        """The posts as CSV with the columns of :data:`CSV_COLUMNS` (JSON in the structured ones)."""
        names = {p["id"]: p.get("name") or "" for p in self.all_pages()}
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
        writer.writeheader()
        for post in posts if posts is not None else self.all_posts():
            row = {name: post.get(name) for name in CSV_COLUMNS if name in POST_FIELDS or name == "id"}
            row["page_name"] = names.get(post.get("page_id") or "", "")
            for name in _JSON_COLUMNS:
                row[name] = json.dumps(
                    post.get(name) if post.get(name) is not None else ({} if name == "website" else []),
                    ensure_ascii=False,
                    sort_keys=True,
                )
            for name in _BOOL_COLUMNS:
                row[name] = 1 if post.get(name) else 0
            row["version"] = VERSION_PREFIX + post_version(post)
            writer.writerow({k: "" if v is None else v for k, v in row.items()})
        return out.getvalue()

    def export_csv(self, path: Path, posts: Iterable[dict[str, Any]] | None = None) -> int:
        rows = list(posts) if posts is not None else self.all_posts()
        # utf-8-sig so Excel on Windows reads æøå correctly
        _write_whole(Path(path), self.csv_text(rows).encode("utf-8-sig"))
        return len(rows)

    def preview_csv(self, path: Path) -> ImportPreview:
        """Read a CSV for import and check every row; nothing is written."""
        try:
            raw = Path(path).read_bytes().decode("utf-8-sig")
        except OSError as exc:
            return ImportPreview(
                [],
                _t(
                    QT_TRANSLATE_NOOP("PlanningService", "Cannot read {path}: {error}"),
                    path=str(path),
                    error=exc.strerror or "",
                ),
            )
        except UnicodeDecodeError:
            return ImportPreview(
                [], _t(QT_TRANSLATE_NOOP("PlanningService", "{path} is not UTF-8 text."), path=str(path))
            )
        return self.preview_csv_text(raw)

    def preview_csv_text(self, raw: str) -> ImportPreview:
        """Check every row of CSV text and say what importing it would do to each post.

        A post id may appear only once (which of two rows should win cannot be guessed); a repeated one
        is an error on its line, so nothing is imported.
        """
        sample = raw[:4096]
        try:
            dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t")
        except csv.Error:
            dialect = csv.excel
        reader = csv.DictReader(io.StringIO(raw), dialect=dialect)
        header = [h.strip() for h in reader.fieldnames or []]
        missing = [c for c in ("planned_at", "title", "text", "kind", "status") if c not in header]
        if missing:
            return ImportPreview(
                [],
                _t(
                    QT_TRANSLATE_NOOP("PlanningService", "The file lacks the column(s): {columns}."),
                    columns=", ".join(missing),
                ),
            )
        pages = self.all_pages()  # a closed page's old posts still import
        by_id = {p["id"] for p in pages}
        by_name = {(p.get("name") or "").strip().casefold(): p["id"] for p in pages}
        # A column left out of the file (Excel users delete the ones they do not need) is not a field to
        # clear: the page is given by its id or its name.
        columns = frozenset(
            name for name in POST_FIELDS if name in header or (name == "page_id" and "page_name" in header)
        )
        rows: list[ImportRow] = []
        first_line: dict[str, int] = {}  # post id -> the line it first appears on
        for raw_row in reader:
            row = {
                (k or "").strip(): (v or "").strip() if isinstance(v, str) else v for k, v in raw_row.items()
            }
            item = ImportRow(reader.line_num, {}, columns=columns)
            values = item.values
            for name in (
                "planned_at",
                "title",
                "text",
                "kind",
                "status",
                "responsible",
                "archive_reason",
                "crisis_approved_by",
            ):
                values[name] = row.get(name) or ""
            values["text"] = raw_row.get("text") or ""  # keep the text's own spacing
            values["kind"] = values["kind"].lower() or "nyhet"
            values["status"] = values["status"].lower() or "utkast"
            values["planned_at"] = values["planned_at"] or None
            for name in _BOOL_COLUMNS:
                flag = (row.get(name) or "0").lower()
                if flag not in ("0", "1", "ja", "nei", "yes", "no", "true", "false", ""):
                    item.errors.append(
                        _t(
                            QT_TRANSLATE_NOOP("PlanningService", '{column}: "{value}" is not 0 or 1.'),
                            column=name,
                            value=flag,
                        )
                    )
                values[name] = 1 if flag in ("1", "ja", "yes", "true") else 0
            for name in _JSON_COLUMNS:
                cell = row.get(name) or ""
                try:
                    values[name] = json.loads(cell) if cell else ({} if name == "website" else [])
                except json.JSONDecodeError as exc:
                    item.errors.append(
                        _t(
                            QT_TRANSLATE_NOOP("PlanningService", "{column}: not valid JSON ({error})."),
                            column=name,
                            error=exc.msg,
                        )
                    )
                    values[name] = {} if name == "website" else []
            page_id = row.get("page_id") or ""
            page_name = (row.get("page_name") or "").casefold()
            if page_id and page_id not in by_id:
                item.errors.append(
                    _t(QT_TRANSLATE_NOOP("PlanningService", "Unknown page id {page}."), page=page_id)
                )
            elif not page_id and page_name:
                if page_name in by_name:
                    page_id = by_name[page_name]
                else:
                    item.errors.append(
                        _t(
                            QT_TRANSLATE_NOOP("PlanningService", 'Unknown page "{page}".'),
                            page=row.get("page_name") or "",
                        )
                    )
            values["page_id"] = page_id or None
            item.errors += self.validate(values)
            post_id = _canonical_id(row.get("id") or "")
            if post_id:
                item.post_id = post_id
                item.version = row.get("version") or None
                if post_id in first_line:
                    item.errors.append(
                        _t(
                            QT_TRANSLATE_NOOP(
                                "PlanningService",
                                "The post id {id} is also on line {first}: a post may be in the file only "
                                "once.",
                            ),
                            id=post_id,
                            first=first_line[post_id],
                        )
                    )
                else:
                    first_line[post_id] = item.line
            if not item.errors:
                self._classify(item)
                item.seen = post_version(item.current) if item.current is not None else None
                if item.action == NEW and item.post_id and not _is_uuid(item.post_id):
                    # A hand-made "1" would become a post whose id another file (or laptop) also uses
                    # for an unrelated post, and the next import would overwrite one with the other.
                    item.errors.append(
                        _t(
                            QT_TRANSLATE_NOOP(
                                "PlanningService",
                                'id "{id}": id must be an id exported by the app, or empty for a new post.',
                            ),
                            id=item.post_id,
                        )
                    )
            rows.append(item)
        if not rows:
            return ImportPreview([], _t(QT_TRANSLATE_NOOP("PlanningService", "The file has no posts.")))
        return ImportPreview(rows, versioned="version" in header)

    def _classify(self, item: ImportRow) -> None:
        """Set what importing ``item`` does, comparing it with the post as stored now.

        By content only: the file's values equal the post's → unchanged; the post still has the values
        the file was exported from (its digest is the row's version) → the file's edit, updated; the
        post's values moved on since → changed in the app after the file was made; no version to
        compare → different, and which side changed cannot be told. Timestamps are not used: an edit
        synced in after the export carries the (older) time it was made, not the time it arrived.
        """
        current = self.store.get("posts", item.post_id, include_deleted=True) if item.post_id else None
        item.current = current
        item.exists = current is not None
        item.changed_at = _stamp_time(current.get("_updated")) if current else None
        if current is None:
            item.action = NEW
        elif current.get("_deleted"):
            item.action = RESTORED
        elif _same_post(self._clean(item.given()), current):
            item.action = UNCHANGED
        elif not item.version:
            item.action = DIFFERS
        elif post_version(current) == _file_version(item.version):
            item.action = UPDATED
        else:
            item.action = CHANGED_SINCE

    def import_csv(
        self, preview: ImportPreview, overwrite_changed: bool = False, restore_deleted: bool = False
    ) -> ImportResult:
        """Write the rows of a valid preview in one transaction (all or nothing); what it wrote, skipped.

        Posts changed in the app after the file was made are overwritten only with ``overwrite_changed``,
        deleted posts brought back only with ``restore_deleted``; otherwise those rows are skipped.
        The choices apply to what the preview showed: inside the transaction, all before the first
        write, every row is compared with the store again, and written only if it would still do what
        the preview said to a post still exactly as the preview found it. A row whose post changed
        since (an edit made or synced in while the dialog was open) is skipped and returned in
        ``skipped``, so it is neither overwritten unasked nor lost unsaid; the import's own writes are
        never taken for such a change. The preview itself is left as the user saw it.
        """
        if not preview.ok:
            raise PlanningError(
                _t(QT_TRANSLATE_NOOP("PlanningService", "The file has errors; nothing was imported."))
            )
        allowed = written_actions(overwrite_changed, restore_deleted)
        written: list[ImportRow] = []
        skipped: list[ImportRow] = []
        with self.store.transaction() as tx:
            now = []
            for item in preview.rows:
                if item.action not in allowed:
                    continue
                again = dataclasses.replace(item)
                self._classify(again)
                digest = post_version(again.current) if again.current is not None else None
                if again.action == item.action and digest == item.seen:
                    now.append(again)
                elif again.action != UNCHANGED:  # (the post already holds the file's values: nothing lost)
                    skipped.append(again)
            for item in now:
                clean = self._clean(item.given())
                if item.action == NEW:
                    tx.create("posts", clean, row_id=item.post_id or None)
                else:
                    if item.action == RESTORED:
                        tx.restore("posts", item.post_id)
                    tx.update("posts", item.post_id, clean)
                written.append(item)
        return ImportResult(written, skipped)


def _is_uuid(value: str) -> bool:
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return True


def _canonical_id(value: str) -> str:
    """A post id as the app writes it: a UUID in any of its spellings (Excel may upper-case it) becomes
    the lower-case one with dashes, so it finds its post; anything else stays as it is."""
    value = value.strip()
    return str(uuid.UUID(value)) if value and _is_uuid(value) else value


def _stamp_time(stamp: str | None) -> dt.datetime | None:
    """The wall-clock time (Europe/Oslo) of an HLC stamp such as a row's ``_updated``; None if not one."""
    try:
        wall_ms = Timestamp.decode(stamp or "").wall_ms
    except ValueError:
        return None
    return dt.datetime.fromtimestamp(wall_ms / 1000, OSLO)


# Compared as the import reads them: these are stripped, the text keeps its own spacing.
_STRIPPED = ("title", "responsible", "archive_reason", "crisis_approved_by")


def _normal(name: str, value: Any) -> Any:
    """A stored field's value as an import compares it (the forms that mean the same become one)."""
    if name in _STRIPPED:
        return (value or "").strip()
    if name == "planned_at":
        try:
            moment = parse_planned(value) if value else None
        except ValueError:
            moment = None
        return format_planned(moment) if moment else (value or None)
    if name in _JSON_COLUMNS:
        return value or ({} if name == "website" else [])
    if name in _BOOL_COLUMNS:
        return 1 if value else 0
    return value or ""


def _same_post(imported: dict[str, Any], current: dict[str, Any]) -> bool:
    """Whether writing ``imported`` (cleaned import values) would leave the stored post as it is."""
    return all(_normal(name, value) == _normal(name, current.get(name)) for name, value in imported.items())


# The export writes a version as "v1-<16 hex>": a bare 16-hex digest can be all digits (or digits, "e",
# digits), which Excel turns into a number (or a rounded one) when the file is opened and saved.
VERSION_PREFIX = "v1-"


def _file_version(cell: str) -> str:
    """The digest in a file's ``version`` cell: "v1-<16 hex>", or a bare 16-hex one (earlier exports)."""
    value = cell.strip().lower()
    return value[len(VERSION_PREFIX) :] if value.startswith(VERSION_PREFIX) else value


def post_version(post: dict[str, Any]) -> str:
    """A short digest of the post's exported values (the CSV's ``version`` column, after "v1-").

    SHA-256 of a canonical JSON of every stored field as an import compares them: equal exactly when
    the post holds the same values, whenever and on whichever laptop they were written.
    """
    canonical = json.dumps(
        {name: _normal(name, post.get(name)) for name in POST_FIELDS},
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]


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


_ICS_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def _ics_text(text: str) -> str:
    """``text`` without the control characters RFC 5545 forbids in TEXT (Outlook rejects the file).

    Line ends become LF (escaped as ``\\n`` by icalendar); a tab stays. Text pasted from Word or a
    web page carries vertical tabs, form feeds and the odd escape code.
    """
    return _ICS_CONTROLS.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def _write_whole(path: Path, data: bytes) -> None:
    """Write an export through a temporary name, so a full or removed target keeps the previous one whole.

    The folder must exist already: a mistyped folder is told (FileNotFoundError), not created.
    """
    if not path.parent.is_dir():
        raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), str(path.parent))
    write_durably(path, data)
