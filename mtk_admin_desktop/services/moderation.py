"""The moderation area's service: saving sealed entries, screenshots, queries, counts and verification."""

from __future__ import annotations

import datetime as dt
import getpass
import json
import socket
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from mtk_admin_desktop.domain import clock
from mtk_admin_desktop.domain.findings import Finding, Severity, worst
from mtk_admin_desktop.domain.moderation import (
    GROUNDS,
    EntryDraft,
    Problem,
    check_draft,
    entry_hash,
    verify_entries,
)
from mtk_admin_desktop.domain.records import ModerationEntry, Page
from mtk_admin_desktop.services.moderation_signing import (
    DeviceSigner,
    own_public_key_mismatch,
    verify_signature,
)
from mtk_admin_desktop.storage.blobs import BlobError

if TYPE_CHECKING:
    from mtk_admin_desktop.services.archive import ArchiveService
    from mtk_admin_desktop.services.register import RegisterService
    from mtk_admin_desktop.services.resources import Resources

OSLO = ZoneInfo("Europe/Oslo")
TABLE = "moderation_entries"
ARCHIVE_STATUSES = ("pending", "exported", "journalfort")
#: The I dag view verifies the whole log again when it changed, or when the last check is this old: a row
#: edited behind the app's back (in the SQLite file) changes nothing the cheap signs see.
VERIFY_EVERY = dt.timedelta(hours=1)
#: The per-laptop (``local_state``) key of the last verification kept for the I dag view.
VERIFIED_KEY = "moderation.verified"
#: At most this many failures are kept with it (the count is kept whole).
VERIFIED_KEEP = 200


class EntryRefusedError(ValueError):
    """The entry breaks a rule that blocks saving; ``findings`` say which."""

    def __init__(self, findings: list[Finding]) -> None:
        super().__init__("; ".join(f.message.english() for f in findings if f.severity == Severity.BLOCK))
        self.findings = findings


@dataclass
class SaveResult:
    """What saving did: the new entry's id, the findings shown, and whether it could be signed."""

    entry_id: str
    findings: list[Finding]
    signed: bool
    unsigned_reason: str = ""


@dataclass
class VerifyReport:
    """The outcome of checking the whole log: entries checked, and every problem found."""

    checked: int
    problems: list[Problem] = field(default_factory=list)
    #: When it was verified (ISO, UTC); set on a report kept for the I dag view (:meth:`verified`).
    verified_at: str = ""
    #: How many failures there were (a kept report holds at most VERIFIED_KEEP of them).
    failure_count: int | None = None

    @property
    def failures(self) -> list[Problem]:
        return [p for p in self.problems if p.is_failure]

    @property
    def ok(self) -> bool:
        return not self.failures

    def failed_ids(self) -> list[str]:
        return sorted({p.entry_id for p in self.failures})


@dataclass(frozen=True)
class LogFilter:
    """The moderation log's filters (all optional); dates are Oslo calendar dates, both ends included."""

    page_id: str | None = None
    ground: str | None = None  # "none": entries without a ground
    action: str | None = None
    archive_status: str | None = None  # "pending", "exported", "journalfort" or "none"
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    search: str = ""


# Where the next window of the log starts: the (created_at, id) of the last entry already shown.
LogCursor = tuple[str, str]

_SEARCHED = ("comment_text", "comment_author", "justification", "post_ref", "moderator", "approved_by")


def utc_bound(day: dt.date) -> str:
    """The first second of an Oslo calendar day in UTC, without fraction or offset ("2026-11-19T23:00:00").

    ``created_at`` is written in UTC; as a prefix this bound sorts at or before every spelling of that
    second (with or without microseconds and "+00:00"), so ``>=``/``<`` on the text select the day."""
    start = dt.datetime.combine(day, dt.time(), OSLO).astimezone(dt.UTC)
    return start.replace(tzinfo=None).isoformat(timespec="seconds")


def oslo_date(iso: str | None) -> dt.date | None:
    """The Oslo calendar date of an ISO timestamp (naive ones are taken as UTC)."""
    if not iso:
        return None
    try:
        moment = dt.datetime.fromisoformat(iso)
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(OSLO).date()


class ModerationService:
    """Operations of the moderation area for the UI and the command line."""

    def __init__(self, context: Resources, register: RegisterService, archive: ArchiveService) -> None:
        self.context = context
        self.store = context.store
        #: The areas this one uses, handed in by AppContext (the one place that wires areas together).
        self.register = register
        self.archive = archive

    # -- who and where ---------------------------------------------------------------------------

    def current_user(self) -> str:
        return str(self.context.settings.get("user.name") or "")

    def pages(self) -> list[Page]:
        """The registered pages (closed ones too: old comments were on them)."""
        return list(self.register.pages(include_closed=True))

    def page(self, page_id: str) -> Page | None:
        return self.register.page(page_id)

    def page_name(self, page_id: str | None) -> str:
        page = self.page(page_id) if page_id else None
        return (page.name or page.id) if page else str(page_id or "")

    def role_of(self, page_id: str, person: str) -> str | None:
        """The person's current role on the page (hovedadministrator, administrator, redaktor) or None."""
        return self.register.role_of(page_id, person)

    def main_administrators(self, page_id: str) -> list[str]:
        """Names of the page's current main administrators (to suggest as approver)."""
        roles = self.register.current_roles(page_id)
        return sorted({r.person_name for r in roles if r.role == "hovedadministrator"})

    # -- checking and saving ---------------------------------------------------------------------

    def check(self, draft: EntryDraft) -> list[Finding]:
        """The findings for a draft as it stands (the form shows them while the user types)."""
        page_exists = bool(draft.page_id) and self.page(draft.page_id) is not None
        corrected = draft.corrects_id is None or self.entry(draft.corrects_id) is not None
        role = self.role_of(draft.page_id, draft.moderator) if draft.page_id and draft.moderator else None
        return check_draft(draft, role, page_exists=page_exists, corrected_exists=corrected)

    def signing_state(self) -> tuple[bool, str]:
        """Whether entries made now will be signed, and if not, a plain reason (English; UI translates)."""
        if not self.context.credentials.available():
            return False, "no_keyring"
        if DeviceSigner(self.context.credentials, self.store).key_damaged():
            return False, "key_damaged"
        if own_public_key_mismatch(self.context.credentials, self.store):
            return False, "key_mismatch"
        return True, ""

    def add_entry(self, draft: EntryDraft, created_at: dt.datetime | None = None) -> SaveResult:
        """Check, seal (hash, chain, signature) and save an entry; raises :class:`EntryRefusedError` on BLOCK.

        ``created_at`` is for the demo and imports of older paper records; the UI always uses now.
        """
        if draft.pending_screenshots:
            raise ValueError("store the screenshots (store_screenshot) before saving the entry")
        if not draft.moderator:
            draft.moderator = self.current_user()
        findings = self.check(draft)
        if worst(findings) == Severity.BLOCK:
            raise EntryRefusedError(findings)
        role = self.role_of(draft.page_id, draft.moderator)
        signer = DeviceSigner(self.context.credentials, self.store)
        key = signer.private_key(create=True)
        reason = ""
        if key is None:
            reason = "key_damaged" if signer.key_damaged() else "no_keyring"
        elif own_public_key_mismatch(self.context.credentials, self.store):
            key, reason = None, "key_mismatch"
        device = self.store.device_id
        with self.store.transaction() as tx:
            last = self.store.db.execute(
                f"SELECT chain_seq, entry_hash FROM [{TABLE}] WHERE signer_device = ? "
                "ORDER BY chain_seq DESC LIMIT 1",
                [device],
            ).fetchone()
            seq = (int(last[0] or 0) + 1) if last else 1
            values: dict[str, Any] = {
                "page_id": draft.page_id,
                "post_ref": draft.post_ref.strip(),
                "comment_author": draft.comment_author.strip(),
                "comment_text": draft.comment_text,  # as captured: never stripped or normalised
                "comment_posted_at": draft.comment_posted_at or None,
                "action": draft.action,
                "ground": draft.ground or None,
                "justification": draft.justification.strip(),
                "moderator": draft.moderator.strip(),
                "moderator_role": role,
                "approved_by": draft.approved_by.strip() or None,
                "screenshots": list(dict.fromkeys(draft.screenshots)),
                "corrects_id": draft.corrects_id,
                # R13: every deletion goes to the archive.
                "archive_worthy": 1 if (draft.archive_worthy or draft.action == "deleted") else 0,
                "archive_reason": draft.archive_reason.strip() or None,
                "created_at": (created_at or dt.datetime.now(dt.UTC))
                .astimezone(dt.UTC)
                .isoformat(timespec="microseconds"),
                "prev_hash": last[1] if last else None,
                "signer_device": device,
                "chain_seq": seq,
            }
            from mtk_admin_desktop.domain.ids import new_id

            entry_id = new_id()
            values["entry_hash"] = entry_hash(values, entry_id)
            if key is not None:
                signer.publish(tx, key)
                values["signature"] = signer.sign(key, values["entry_hash"])
            else:
                values["signature"] = None
            tx.create(TABLE, values, row_id=entry_id)
            from mtk_admin_desktop.services import sync_trust

            sync_trust.update_witness(self.store, "local")  # the chain head as this laptop made it
        return SaveResult(entry_id, findings, key is not None, reason)

    def store_screenshot(
        self, data: bytes, width: int, height: int, screen: str = "", captured_at: str | None = None
    ) -> str:
        """Store a screenshot's bytes once (by SHA-256) with their capture metadata; returns the SHA-256.

        PNG or JPEG, stored byte for byte as given (``moderation_capture`` checks an original's structure
        and turns anything else into PNG); the type is recorded from the bytes themselves."""
        if data.startswith(b"\x89PNG\r\n\x1a\n"):
            mime = "image/png"
        elif data.startswith(b"\xff\xd8\xff"):
            mime = "image/jpeg"
        else:
            raise ValueError("screenshots are stored as PNG or JPEG")
        sha = self.context.blobs.put(data)
        from mtk_admin_desktop.domain.ids import stable_id

        row_id = stable_id("screenshot", sha)
        if self.store.get("screenshots", row_id, include_deleted=True) is None:
            self.store.create(
                "screenshots",
                {
                    "sha256": sha,
                    "captured_at": captured_at or dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                    "screen": screen,
                    "host": socket.gethostname(),
                    "user": _os_user(),
                    "width": int(width),
                    "height": int(height),
                    "mime": mime,
                },
                row_id=row_id,
            )
        return sha

    # -- reading ---------------------------------------------------------------------------------

    def entry(self, entry_id: str) -> ModerationEntry | None:
        row = self.store.get(TABLE, entry_id)
        return ModerationEntry.from_row(row) if row is not None else None

    def entries(
        self,
        page_id: str | None = None,
        ground: str | None = None,
        action: str | None = None,
        archive_status: str | None = None,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
        search: str | None = None,
    ) -> list[ModerationEntry]:
        """Entries, newest first, filtered; ``ground="none"`` means entries without a ground.

        ``archive_status`` is "pending", "exported", "journalfort" or "none" (not to be archived).
        Dates are Oslo calendar dates of when the entry was made, both ends included.
        """
        log = LogFilter(page_id, ground, action, archive_status, date_from, date_to, search or "")
        where, params = self._log_where(log)
        rows = self.store.rows(TABLE, " AND ".join(where), params, order_by="created_at DESC, id DESC")
        out = [row for row in rows if self._matches(row, log)]
        if archive_status:
            statuses = self.archive.statuses_of("moderation", out)
            out = [row for row in out if (statuses[row["id"]] or "none") == archive_status]
        return [ModerationEntry.from_row(row) for row in out]

    @staticmethod
    def _log_where(log: LogFilter) -> tuple[list[str], list[Any]]:
        """SQL conditions for the filters an index or the table answers (page, ground, action, dates).

        The dates become a range of ``created_at`` (always written in UTC with microseconds), so the
        ``created_at`` index finds the period without reading the years around it."""
        where: list[str] = []
        params: list[Any] = []
        if log.page_id:
            where.append("page_id = ?")
            params.append(log.page_id)
        if log.ground == "none":
            where.append("ground IS NULL")
        elif log.ground:
            where.append("ground = ?")
            params.append(log.ground)
        if log.action:
            where.append("action = ?")
            params.append(log.action)
        if log.date_from:
            where.append("created_at >= ?")
            params.append(utc_bound(log.date_from))
        if log.date_to:
            where.append("created_at < ?")
            params.append(utc_bound(log.date_to + dt.timedelta(days=1)))
        return where, params

    def _matches(self, row: Mapping[str, Any], log: LogFilter) -> bool:
        """The checks SQL does not make: the Oslo date (for a ``created_at`` in another spelling) and
        the search, case-insensitive in any script."""
        day = oslo_date(row.get("created_at"))
        if log.date_from and (day is None or day < log.date_from):
            return False
        if log.date_to and (day is None or day > log.date_to):
            return False
        needle = (log.search or "").casefold().strip()
        return not needle or any(needle in str(row.get(k) or "").casefold() for k in _SEARCHED)

    def entries_window(
        self, log: LogFilter, after: LogCursor | None = None, limit: int = 100
    ) -> tuple[list[ModerationEntry], LogCursor | None]:
        """The next entries of the log, newest first, after ``after``: at least ``limit`` of them
        unless the log ends, and the cursor to continue from (None at the end).

        Read from the ``created_at`` (or ``page_id, created_at``) index ``limit`` rows at a time, so a
        screenful costs the same with one year of log or ten. A search or an archive-status filter is
        checked here, on each chunk read, and may need more chunks to fill the window."""
        where, params = self._log_where(log)
        post_filter = bool((log.search or "").strip()) or bool(log.archive_status)
        chunk = max(limit, 500) if post_filter else limit
        out: list[ModerationEntry] = []
        cursor = after
        while len(out) < limit:
            conditions, values = list(where), list(params)
            if cursor is not None:
                conditions.append("(created_at, id) < (?, ?)")
                values += [cursor[0], cursor[1]]
            rows = self.store.rows(
                TABLE, " AND ".join(conditions), values, order_by="created_at DESC, id DESC", limit=chunk
            )
            if rows:
                cursor = (str(rows[-1]["created_at"]), str(rows[-1]["id"]))
            kept = [row for row in rows if self._matches(row, log)]
            if log.archive_status and kept:
                statuses = self.archive.statuses_of("moderation", kept)
                kept = [row for row in kept if (statuses[row["id"]] or "none") == log.archive_status]
            out += [ModerationEntry.from_row(row) for row in kept]
            if len(rows) < chunk:
                return out, None
        return out, cursor

    def corrections_of(self, entry_id: str) -> list[ModerationEntry]:
        """Entries that correct this one, oldest first (both stay in the log)."""
        rows = self.store.rows(TABLE, "corrects_id = ?", [entry_id], order_by="created_at")
        return [ModerationEntry.from_row(row) for row in rows]

    def screenshot_path(self, sha256: str) -> Path:
        return self.context.blobs.path(sha256)

    def verify_screenshot(self, sha256: str) -> bool:
        """Whether the screenshot's file is here and still has the SHA-256 it was saved under."""
        return self.context.blobs.verify(sha256)

    def keep_draft_screenshot(self, png: bytes) -> str:
        """Keep a screenshot of an unsaved entry (a draft) by its SHA-256, without evidence metadata:
        :meth:`store_screenshot` records that when the entry is saved."""
        return self.context.blobs.put(png)

    def draft_screenshot(self, sha256: str) -> bytes | None:
        """The bytes of a screenshot kept for a draft, or None if this laptop does not have it (or it is
        damaged: a draft comes back without it rather than not at all)."""
        try:
            return self.context.blobs.read(sha256)
        except BlobError:
            return None

    def screenshot_info(self, sha256: str) -> dict[str, Any] | None:
        from mtk_admin_desktop.domain.ids import stable_id

        return self.store.get("screenshots", stable_id("screenshot", sha256))

    def archive_status(self, entry_id: str) -> str | None:
        """The archive status: "pending", "exported", "journalfort" or None (archive decides; R13, R14)."""
        return self.archive.status_of("moderation", entry_id)

    def archive_statuses(self, entries: list[ModerationEntry]) -> dict[str, str | None]:
        """``archive_status`` of many entries already read, with one query instead of one per entry."""
        return dict(self.archive.statuses_of("moderation", [entry.row() for entry in entries]))

    def corrected_ids(self) -> set[str]:
        """Ids of entries a later correction refers to (one column of the corrections, not the log)."""
        rows = self.store.db.execute(
            f"SELECT DISTINCT corrects_id FROM [{TABLE}] "
            "WHERE _deleted = 0 AND corrects_id IS NOT NULL AND corrects_id != ''"
        ).fetchall()
        return {str(r[0]) for r in rows}

    def archive_details(self, entry_id: str) -> dict[str, Any] | None:
        """The archive area's status row (package, journal number, reference), if it has one."""
        return self.archive.status_row("moderation", entry_id)

    def counts_by_ground(
        self, date_from: dt.date | None = None, date_to: dt.date | None = None
    ) -> dict[str, int]:
        """How many entries per ground (and "none") were made in the period (Oslo dates, inclusive).

        Counted by SQLite over the period's range of the ``created_at`` index: no entry is decoded, and
        the years outside the period are not read."""
        counts = {g: 0 for g in (*GROUNDS, "none")}
        where, params = self._log_where(LogFilter(date_from=date_from, date_to=date_to))
        sql = f"SELECT ground, count(*) FROM [{TABLE}] WHERE " + " AND ".join(["_deleted = 0", *where])
        for ground, count in self.store.db.execute(sql + " GROUP BY ground", params).fetchall():
            key = ground or "none"
            counts[key] = counts.get(key, 0) + int(count)
        return counts

    # -- verification ----------------------------------------------------------------------------

    def tamper_findings(self) -> list[dict[str, str]]:
        """Changes to saved entries that arrived through the shared folder and were refused."""
        from mtk_admin_desktop.services import sync_trust

        return sync_trust.findings(self.store, table=TABLE, kind="tamper")

    def verify(self) -> VerifyReport:
        """Check every entry (deleted ones too): hash, chain, signature, and the screenshots' bytes."""
        entries = self.store.rows(TABLE, include_deleted=True)
        keys = {
            str(r["id"]): str(r.get("public_key") or "")
            for r in self.store.rows("device_keys", include_deleted=True)
        }
        blobs = self.context.blobs
        checked_blobs: dict[str, str] = {}

        def check_blob(sha: str) -> str:
            # Each file once: entries share screenshots (the large store: 2,000 references to 50 files).
            if sha not in checked_blobs:
                checked_blobs[sha] = _blob_state(blobs, sha)
            return checked_blobs[sha]

        def check_sig(entry: Mapping[str, Any]) -> bool | None:
            return verify_signature(entry, keys)

        from mtk_admin_desktop.services import sync_trust

        known = frozenset(device for device, key in keys.items() if key)
        witnessed = {head.device: head.chain_seq for head in sync_trust.witnessed_heads(self.store)}
        problems = verify_entries(entries, check_sig, check_blob, known, witnessed)
        if own_public_key_mismatch(self.context.credentials, self.store):
            mine = [e for e in entries if e.get("signer_device") == self.store.device_id]
            problems.extend(Problem(str(e["id"]), "key_mismatch") for e in mine)
        # Changes to saved entries that arrived through the shared folder and were refused.
        for found in sync_trust.findings(self.store, table=TABLE, kind="tamper"):
            problems.append(
                Problem(
                    found["row_id"],
                    "tampered",
                    {"device": found["device"][:8], "when": found["found_at"][:16].replace("T", " ")},
                )
            )
        return VerifyReport(len(entries), problems)

    def log_signs(self) -> list[Any]:
        """Cheap signs that the log or what it is checked against changed: the entries (deleted ones
        too) and the newest, the device keys, the witnessed chain heads and the refused changes. Counts
        and maxima on primary keys and small tables: no entry is read."""
        db = self.store.db
        signs: list[Any] = []
        for sql in (
            f"SELECT count(*), max(rowid), max(_updated) FROM [{TABLE}]",
            "SELECT count(*), max(rowid), max(_updated) FROM device_keys",
            "SELECT count(*), sum(chain_seq) FROM sync_witness",
            "SELECT count(*), max(id) FROM sync_findings WHERE kind = 'tamper'",
        ):
            try:
                signs.append(list(db.execute(sql).fetchone()))
            except Exception:  # noqa: BLE001 - a store without the sync area's tables
                signs.append(None)
        signs.append(own_public_key_mismatch(self.context.credentials, self.store))
        return signs

    def verified(self, max_age: dt.timedelta = VERIFY_EVERY) -> VerifyReport:
        """The last verification kept on this laptop, or a new one (kept) when the log changed since
        (:meth:`log_signs`) or the kept one is older than ``max_age``. For the I dag view: a full
        :meth:`verify` reads every entry and screenshot (~0.5 s at 2,000 entries), the kept one a row."""
        store = self.store
        signs = json.loads(json.dumps(self.log_signs()))
        now = clock.now_utc()
        try:
            kept = json.loads(store.get_local(VERIFIED_KEY) or "{}")
            at = dt.datetime.fromisoformat(str(kept.get("at")))
            if kept.get("signs") == signs and dt.timedelta(0) <= now - at < max_age:
                return VerifyReport(
                    int(kept["checked"]),
                    [Problem(str(i), str(k), dict(p)) for i, k, p in kept["failures"]],
                    str(kept["at"]),
                    int(kept["failure_count"]),
                )
        except (ValueError, TypeError, KeyError):
            pass  # nothing kept, or something unreadable: verify again
        report = self.verify()
        failures = report.failures
        report.verified_at = now.isoformat(timespec="seconds")
        report.failure_count = len(failures)
        with store.transaction():
            store.set_local(
                VERIFIED_KEY,
                json.dumps(
                    {
                        "signs": signs,
                        "at": report.verified_at,
                        "checked": report.checked,
                        "failure_count": len(failures),
                        "failures": [[p.entry_id, p.kind, p.params] for p in failures[:VERIFIED_KEEP]],
                    },
                    ensure_ascii=False,
                ),
            )
        return report


def _blob_state(blobs: Any, sha: str) -> str:
    """"ok", "changed" or "missing" for one screenshot file."""
    try:
        if not blobs.has(sha):
            return "missing"
    except Exception:  # noqa: BLE001 - a malformed hash is as bad as a changed file
        return "changed"
    return "ok" if blobs.verify(sha) else "changed"


def _os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - getpass raises several kinds where no user is known
        return ""
