"""The archive area's service: what must be archived, its status, export packages and receipts (R13, R14)."""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from mtk_admin_desktop.domain.archive import (
    KINDS,
    ArchiveItem,
    Attachment,
    ItemRef,
    needs_archiving,
    status_row_id,
)
from mtk_admin_desktop.domain.ids import stable_id
from mtk_admin_desktop.domain.tr import QT_TRANSLATE_NOOP
from mtk_admin_desktop.storage.schema_archive import BACKLOG_SQL

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from mtk_admin_desktop.services.archive_package import BuildInput, PackageResult
    from mtk_admin_desktop.services.archive_verify import VerifyReport
    from mtk_admin_desktop.services.resources import Resources
    from mtk_admin_desktop.services.sync import SyncService
    from mtk_admin_desktop.storage.store import Store

ITEM_TABLES = {"moderation": "moderation_entries", "post": "posts"}
# The column an item's ArchiveItem.created_at (and so its place in a package) comes from.
SORT_COLUMNS = {"moderation": "created_at", "post": "planned_at"}
OSLO = ZoneInfo("Europe/Oslo")

# The package is the municipality's record, written in bokmål whatever the UI language.
ACTION_NB = {
    "deleted": "Slettet kommentar",
    "hidden": "Skjult kommentar",
    "reported": "Kommentar rapportert til plattformen",
    "kept_with_reply": "Kommentar beholdt med svar",
    "user_blocked": "Bruker blokkert",
}
GROUND_NB = {
    "personangrep": "Personangrep",
    "navngir_tredjepersoner": "Navngir tredjepersoner",
    "i_strid_med_norsk_lov": "I strid med norsk lov",
}
ROLE_NB = {
    "hovedadministrator": "Hovedadministrator",
    "administrator": "Administrator",
    "redaktor": "Redaktør",
}
KIND_NB = {"nyhet": "Nyhet", "film": "Film", "bilde": "Bilde", "arrangement": "Arrangement", "annet": "Annet"}
POST_STATUS_NB = {
    "ide": "Idé",
    "utkast": "Utkast",
    "klar": "Klar",
    "publisert": "Publisert",
    "avlyst": "Avlyst",
}
MAGIC = [
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
    (b"GIF8", "image/gif"),
    (b"RIFF", "image/webp"),
]
SUFFIX = {
    "image/png": "png",
    "image/jpeg": "jpg",
    "image/tiff": "tif",
    "image/gif": "gif",
    "image/webp": "webp",
}


@dataclass(frozen=True)
class BacklogRow:
    """One item in the Arkiv tab's list: what it is, where, when, and its archive status."""

    kind: str
    item_id: str
    page_id: str
    page_name: str
    date: str  # ISO date (Oslo)
    title: str
    status: str
    package_file: str = ""
    journal_number: str = ""


@dataclass
class ReceiptResult:
    """What importing a receipt did."""

    marked: list[tuple[str, str]] = field(default_factory=list)  # (kind, item_id) now journalført
    unknown: list[str] = field(default_factory=list)  # keys the receipt names that this store does not know
    foreign: list[str] = field(default_factory=list)  # keys of another fagsystem
    not_exported: list[str] = field(default_factory=list)  # known, but never exported: not marked
    already: list[str] = field(default_factory=list)  # journalført already; not changed without replace
    invalid: list[str] = field(default_factory=list)  # year or sequence number out of bounds


_CTX = "ArchiveService"
MSG_NOT_FOUND = QT_TRANSLATE_NOOP("ArchiveService", "No moderation entry or post with id {id}.")
MSG_NOTHING = QT_TRANSLATE_NOOP("ArchiveService", "Nothing to archive with these filters.")
MSG_NO_PACKAGE = QT_TRANSLATE_NOOP("ArchiveService", "No package {id} in the history.")
MSG_NEED_NUMBER = QT_TRANSLATE_NOOP(
    "ArchiveService", "Give a journal sequence number or the archive's reference."
)
MSG_BAD_YEAR = QT_TRANSLATE_NOOP("ArchiveService", "The journal year {year} is not plausible (four digits).")
MSG_BAD_SEQ = QT_TRANSLATE_NOOP("ArchiveService", "The sequence number must be 1 or more.")
MSG_SCREENING_BOTH = QT_TRANSLATE_NOOP(
    "ArchiveService",
    "Skjerming needs both the access restriction code (e.g. 13) and its legal basis (e.g. offl. § 13 jf. "
    "fvl. § 13); leave both empty to remove it.",
)
MSG_SCREENING_EXPORTED = QT_TRANSLATE_NOOP(
    "ArchiveService",
    "The item has been exported already; its skjerming can no longer go into the package. Tell the "
    "archive staff instead.",
)
MSG_UNREADABLE = QT_TRANSLATE_NOOP("ArchiveService", "The file cannot be read: {error}")
MSG_NOT_RECEIPT = QT_TRANSLATE_NOOP(
    "ArchiveService", "The file is not a receipt from the archive (arkivmeldingKvittering): {detail}"
)


def _tr(source: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(_CTX, source)


#: The per-laptop (``local_state``) key of the folder the last package went to.
LAST_TARGET_KEY = "archive.last_target"


class ArchiveError(ValueError):
    """Bad input to the archive service (unknown item, malformed receipt); the message is for the user."""


def _oslo_date(value: str | None) -> str:
    if not value:
        return ""
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        return value[:10]
    if parsed.tzinfo is None:
        return parsed.date().isoformat()
    return parsed.astimezone(OSLO).date().isoformat()


def _oslo_time(value: str | None) -> str:
    if not value:
        return ""
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        return value
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(OSLO)
    return parsed.strftime("%d.%m.%Y %H:%M")


class ArchiveService:
    """Operations of the archive area for the UI and the command line."""

    def __init__(self, context: Resources, sync: SyncService | Callable[[], SyncService]) -> None:
        self.context = context
        self.store = context.store
        # The sync area, handed in by AppContext (the moderation chain heads this laptop witnessed), or a
        # function that gives it: it is loaded when an export first needs it.
        self._sync = sync

    @property
    def sync(self) -> SyncService:
        sync = self._sync
        if callable(sync):
            sync = self._sync = sync()
        return sync

    # -- status (used by other areas) ------------------------------------------------------------

    def _has_table(self, store: Store, table: str) -> bool:
        # The moderation and planning areas may not have declared their tables yet.
        return table in store.tables and table in store.db.table_names()

    def item(self, kind: str, item_id: str) -> dict[str, Any] | None:
        """The moderation entry or post an archive item refers to, or None."""
        store = self.store
        table = ITEM_TABLES[kind]
        if not self._has_table(store, table):
            return None
        return store.get(table, item_id)

    def status_row(self, kind: str, item_id: str) -> dict[str, Any] | None:
        """The ``archive_status`` row of an item, or None if it was never exported."""
        store = self.store
        return store.get("archive_status", status_row_id(kind, item_id))

    def status_of(self, kind: str, item_id: str) -> str | None:
        """ "pending", "exported" or "journalfort"; None for an item that need not be archived."""
        if kind not in KINDS:
            raise ValueError(f"unknown archive kind {kind!r}")
        row = self.status_row(kind, item_id)
        status = row["status"] if row else None
        if status in ("exported", "journalfort"):
            # Once in the archive it stays there, even if the item was later unmarked.
            return str(status)
        item = self.item(kind, item_id)
        if item is None or not needs_archiving(kind, item):
            return None
        return "pending"

    def statuses_of(self, kind: str, rows: list[dict[str, Any]]) -> dict[str, str | None]:
        """``status_of`` for many items already read: one query for their status rows, none per item
        (the moderation log shows 2,000 entries; one lookup each made start-up seconds slower)."""
        if kind not in KINDS:
            raise ValueError(f"unknown archive kind {kind!r}")
        # The status rows of these items only (by the (kind, item_id) index): a window of the log costs
        # the same however many entries were exported over the years.
        ids = sorted({str(row["id"]) for row in rows})
        done: dict[str, str] = {}
        for first in range(0, len(ids), 500):
            chunk = ids[first : first + 500]
            for r in self.store.db.execute(
                "SELECT item_id, status FROM archive_status WHERE kind = ? AND _deleted = 0 "
                f"AND status IN ('exported', 'journalfort') AND item_id IN ({','.join('?' * len(chunk))})",
                [kind, *chunk],
            ):
                done[str(r[0])] = str(r[1])
        return {
            row["id"]: done.get(row["id"]) or ("pending" if needs_archiving(kind, row) else None)
            for row in rows
        }

    # -- the backlog -----------------------------------------------------------------------------

    def _page_names(self, store: Store) -> dict[str, dict[str, Any]]:
        if not self._has_table(store, "pages"):
            return {}
        return {p["id"]: p for p in store.rows("pages", include_deleted=True)}

    def _candidates(self, store: Store) -> list[tuple[str, dict[str, Any]]]:
        """Every item that must be archived (R13, R14), whatever its status."""
        out: list[tuple[str, dict[str, Any]]] = []
        if self._has_table(store, "moderation_entries"):
            rows = store.rows("moderation_entries", "action = 'deleted' OR archive_worthy = 1")
            out += [("moderation", r) for r in rows if needs_archiving("moderation", r)]
        if self._has_table(store, "posts"):
            out += [("post", r) for r in store.rows("posts", "archive_worthy = 1")]
        return out

    @staticmethod
    def _item_date(kind: str, row: dict[str, Any]) -> str:
        if kind == "moderation":
            return _oslo_date(row.get("comment_posted_at") or row.get("created_at"))
        return _oslo_date(row.get("planned_at"))

    def backlog(
        self,
        page_id: str | None = None,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
        statuses: tuple[str, ...] | None = None,
    ) -> list[BacklogRow]:
        """Items to archive and archived, filtered by page and by period (Oslo dates, inclusive)."""
        store = self.store
        pages = self._page_names(store)
        status_rows = {(r["kind"], r["item_id"]): r for r in store.rows("archive_status")}
        out = []
        for kind, row in self._candidates(store):
            if page_id and row.get("page_id") != page_id:
                continue
            date = self._item_date(kind, row)
            if date_from and (not date or date < date_from.isoformat()):
                continue
            if date_to and (not date or date > date_to.isoformat()):
                continue
            st = status_rows.get((kind, row["id"]))
            status = st["status"] if st and st.get("status") in ("exported", "journalfort") else "pending"
            if statuses and status not in statuses:
                continue
            page = pages.get(row.get("page_id") or "", {})
            out.append(
                BacklogRow(
                    kind,
                    row["id"],
                    row.get("page_id") or "",
                    page.get("name") or "",
                    date,
                    self._title(kind, row, page),
                    status,
                    (st or {}).get("package_file") or "",
                    (st or {}).get("journal_number") or "",
                )
            )
        out.sort(key=lambda r: (r.date, r.kind, r.item_id))
        return out

    def counts(
        self, page_id: str | None = None, date_from: dt.date | None = None, date_to: dt.date | None = None
    ) -> dict[str, int]:
        """How many items are to be archived, exported and journalført (with the same filters)."""
        counts = {"pending": 0, "exported": 0, "journalfort": 0}
        for row in self.backlog(page_id, date_from, date_to):
            counts[row.status] += 1
        return counts

    # -- the backlog a window at a time (the Arkiv tab) --------------------------------------------

    def _backlog_filters(
        self, kind: str, page_id: str | None, date_from: dt.date | None, date_to: dt.date | None
    ) -> tuple[str, list[Any]]:
        """The WHERE clause (over the item table, alias ``m``) of the backlog's page and period filters."""
        _table, when, wanted = BACKLOG_SQL[kind]
        where, params = [wanted], []
        if page_id:
            where.append("page_id = ?")
            params.append(page_id)
        # A period is Oslo dates, inclusive: from Oslo midnight of the first day to that of the day after
        # the last, compared as instants by the same julianday() the index holds.
        if date_from:
            where.append(f"{when} >= julianday(?)")
            params.append(dt.datetime.combine(date_from, dt.time(), OSLO).isoformat())
        if date_to:
            where.append(f"{when} < julianday(?)")
            params.append(dt.datetime.combine(date_to + dt.timedelta(days=1), dt.time(), OSLO).isoformat())
        return " AND ".join(where), params

    def backlog_counts(
        self, page_id: str | None = None, date_from: dt.date | None = None, date_to: dt.date | None = None
    ) -> dict[str, int]:
        """What :meth:`counts` says, counted by SQLite from the backlog indexes: no item is read."""
        counts = {"pending": 0, "exported": 0, "journalfort": 0}
        db = self.store.db
        for kind, (table, _when, _wanted) in BACKLOG_SQL.items():
            if not self._has_table(self.store, table):
                continue
            where, params = self._backlog_filters(kind, page_id, date_from, date_to)
            total = db.execute(f"SELECT count(*) FROM {table} WHERE {where}", params).fetchone()[0]
            # Exported and journalført: the status rows (one per item exported) of items still in the
            # backlog; the rest of the backlog is to be archived.
            done = db.execute(
                "SELECT s.status, count(*) FROM archive_status s WHERE s.kind = ? AND s._deleted = 0 "
                "AND s.status IN ('exported', 'journalfort') "
                f"AND EXISTS (SELECT 1 FROM {table} WHERE id = s.item_id AND {where}) GROUP BY s.status",
                [kind, *params],
            ).fetchall()
            for status, number in done:
                counts[status] += number
                total -= number
            counts["pending"] += total
        return counts

    def backlog_window(
        self,
        page_id: str | None = None,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
        statuses: tuple[str, ...] | None = None,
        after: tuple[float, str, str] | None = None,
        limit: int = 100,
    ) -> tuple[list[BacklogRow], tuple[float, str, str] | None]:
        """The next ``limit`` items of the backlog after the cursor ``after`` (None: from the oldest),
        oldest first, and the cursor to read on from (None: the backlog ends here).

        The same items as :meth:`backlog` with the same filters, in time order (the item's instant, then
        kind, then id), read from the backlog indexes: a window costs the same whatever the years of
        items behind it, with one exception: the "to be archived" view steps over the items exported
        already that are older than its first item (and :meth:`backlog_counts` looks at each exported
        item): with 20,000 entries exported ahead of 100 to archive, ~40 ms and ~0.1 s. Nothing is read
        into Python for them; a flat cost there needs the status beside the item in one index.
        """
        found: list[tuple[float, str, str, dict[str, Any]]] = []
        db = self.store.db
        for kind, (table, when, _wanted) in BACKLOG_SQL.items():
            if not self._has_table(self.store, table):
                continue
            where, params = self._backlog_filters(kind, page_id, date_from, date_to)
            if after is not None:
                moment, after_kind, after_id = after
                if after_kind == kind:  # (when, id) > (moment, after_id), in a form SQLite seeks by
                    where += f" AND {when} >= ? AND ({when} > ? OR id > ?)"
                    params += [moment, moment, after_id]
                elif after_kind < kind:
                    where += f" AND {when} >= ?"
                    params.append(moment)
                else:
                    where += f" AND {when} > ?"
                    params.append(moment)
            status = (
                f"(SELECT s.status FROM archive_status s WHERE s.kind = '{kind}' AND s.item_id = m.id "
                "AND s._deleted = 0 AND s.status IN ('exported', 'journalfort'))"
            )
            if statuses:
                where += f" AND coalesce({status}, 'pending') IN ({','.join('?' * len(statuses))})"
                params += list(statuses)
            columns = (
                "action, ground, comment_posted_at, created_at, NULL"
                if kind == "moderation"
                else "NULL, NULL, NULL, planned_at, title"
            )
            rows = db.execute(
                f"SELECT {when}, id, page_id, {columns} FROM {table} m "
                f"WHERE {where} ORDER BY {when}, id LIMIT ?",
                [*params, int(limit)],
            ).fetchall()
            for r in rows:
                item = {
                    "id": r[1],
                    "page_id": r[2],
                    "action": r[3],
                    "ground": r[4],
                    "comment_posted_at": r[5],
                    "created_at": r[6],
                    "planned_at": r[6],
                    "title": r[7],
                }
                found.append((float(r[0]), kind, str(r[1]), item))
        found.sort(key=lambda f: f[:3])
        window = found[:limit]
        page_names = self._names_of_pages({str(f[3]["page_id"] or "") for f in window} - {""})
        status_rows = self._status_rows([(f[1], f[2]) for f in window])
        out = []
        for _moment, kind, item_id, item in window:
            page = {"name": page_names.get(item["page_id"] or "", "")}
            st = status_rows.get((kind, item_id)) or {}
            exported = st.get("status") in ("exported", "journalfort")
            out.append(
                BacklogRow(
                    kind,
                    item_id,
                    item["page_id"] or "",
                    page["name"],
                    self._item_date(kind, item),
                    self._title(kind, item, page),
                    str(st["status"]) if exported else "pending",
                    str(st.get("package_file") or ""),
                    str(st.get("journal_number") or ""),
                )
            )
        last = window[-1] if len(window) == limit else None
        return out, ((last[0], last[1], last[2]) if last else None)

    def _names_of_pages(self, page_ids: set[str]) -> dict[str, str]:
        if not page_ids or not self._has_table(self.store, "pages"):
            return {}
        ids = sorted(page_ids)
        marks = ",".join("?" * len(ids))
        return {
            str(r[0]): str(r[1] or "")
            for r in self.store.db.execute(f"SELECT id, name FROM pages WHERE id IN ({marks})", ids)
        }

    def _status_rows(self, keys: list[tuple[str, str]]) -> dict[tuple[str, str], dict[str, Any]]:
        """The live ``archive_status`` rows of the given items, by (kind, item id): one query."""
        if not keys:
            return {}
        out: dict[tuple[str, str], dict[str, Any]] = {}
        for kind in sorted({k for k, _ in keys}):
            ids = sorted({item_id for k, item_id in keys if k == kind})
            rows = self.store.rows(
                "archive_status", f"kind = ? AND item_id IN ({','.join('?' * len(ids))})", [kind, *ids]
            )
            out.update({(kind, str(r["item_id"])): r for r in rows})
        return out

    @staticmethod
    def _title(kind: str, row: dict[str, Any], page: dict[str, Any]) -> str:
        where = page.get("name") or "ukjent side"
        if kind == "moderation":
            what = ACTION_NB.get(row.get("action") or "", "Moderering")
            ground = GROUND_NB.get(row.get("ground") or "")
            return f"{what} på {where}" + (f" – {ground.lower()}" if ground else "")
        title = (row.get("title") or "").strip() or "(uten tittel)"
        return f"Innlegg på {where}: {title}"

    # -- building items --------------------------------------------------------------------------

    def _mime(self, sha: str, meta: dict[str, Any] | None, hint: str = "") -> str:
        if meta and meta.get("mime"):
            return str(meta["mime"])
        if hint.startswith("image/"):
            return hint
        try:
            with open(self.context.blobs.path(sha), "rb") as fh:
                head = fh.read(12)
        except OSError:
            return "application/octet-stream"
        for magic, mime in MAGIC:
            if head.startswith(magic):
                return mime
        return "application/octet-stream"

    def build_item(
        self, kind: str, row: dict[str, Any], store: Store, pages: dict[str, dict[str, Any]]
    ) -> ArchiveItem:
        """The archive view of one row: title, metadata table, text, files, raw record."""
        page = pages.get(row.get("page_id") or "", {})
        common = {
            "kind": kind,
            "item_id": row["id"],
            "page_id": row.get("page_id") or "",
            "page_name": page.get("name") or "",
            "page_url": page.get("url") or "",
            "platform": page.get("platform") or "",
            "title": self._title(kind, row, page),
        }
        page_fields = [
            ("Side", page.get("name") or row.get("page_id") or "-"),
            ("Plattform", _platform_name(page.get("platform"))),
            ("Adresse", page.get("url") or "-"),
        ]
        status = store.get("archive_status", status_row_id(kind, row["id"])) or {}
        code, basis = str(status.get("skjerming_code") or ""), str(status.get("skjerming_basis") or "")
        if code and basis:
            common["screening"] = (code, basis)
            page_fields = [*page_fields, ("Skjerming", f"{code} – {basis}")]
        if kind == "moderation":
            return self._moderation_item(row, store, common, page_fields)
        return self._post_item(row, common, page_fields)

    def _moderation_item(
        self, row: dict[str, Any], store: Store, common: dict[str, Any], page_fields: list[tuple[str, str]]
    ) -> ArchiveItem:
        shots = row.get("screenshots") or []
        attachments, metas = [], []
        for number, sha in enumerate(shots, 1):
            meta = None
            if self._has_table(store, "screenshots"):
                meta = store.get("screenshots", stable_id("screenshot", sha))
            metas.append(meta or {"sha256": sha})
            mime = self._mime(sha, meta)
            caption = ""
            if meta:
                caption = (
                    f"Tatt {_oslo_time(meta.get('captured_at'))} på maskin {meta.get('host') or '-'} "
                    f"av {meta.get('user') or '-'}, {meta.get('width')}×{meta.get('height')} piksler, "
                    f"skjerm {meta.get('screen') or '-'}"
                )
            attachments.append(
                Attachment(
                    sha,
                    mime,
                    f"skjermbilde-{number}.{SUFFIX.get(mime, 'bin')}",
                    f"Skjermbilde {number}",
                    caption,
                )
            )
        ground = GROUND_NB.get(row.get("ground") or "", "-")
        fields = [
            *page_fields,
            ("Innlegg", row.get("post_ref") or "-"),
            ("Kommentar skrevet av", row.get("comment_author") or "-"),
            ("Kommentar publisert", _oslo_time(row.get("comment_posted_at")) or "-"),
            ("Handling", ACTION_NB.get(row.get("action") or "", row.get("action") or "-")),
            ("Grunnlag", ground),
            ("Begrunnelse", row.get("justification") or "-"),
            ("Moderator", row.get("moderator") or "-"),
            (
                "Moderatorens rolle",
                ROLE_NB.get(row.get("moderator_role") or "", row.get("moderator_role") or "-"),
            ),
            ("Godkjent av", row.get("approved_by") or "-"),
            ("Registrert", _oslo_time(row.get("created_at")) or "-"),
            ("Retter oppføring", row.get("corrects_id") or "-"),
            (
                "Arkivverdig fordi",
                row.get("archive_reason")
                or ("Slettet kommentar (R13)" if row.get("action") == "deleted" else "-"),
            ),
            ("Oppføringens hash", row.get("entry_hash") or "-"),
            ("Signert av enhet", row.get("signer_device") or "-"),
            ("Signatur", "ja" if row.get("signature") else "nei"),
            ("Element-ID", row["id"]),
        ]
        description = "; ".join(
            x
            for x in (
                f"Grunnlag: {ground}" if row.get("ground") else "",
                f"Begrunnelse: {row['justification']}" if row.get("justification") else "",
            )
            if x
        )
        return ArchiveItem(
            **common,
            created_at=row.get("created_at") or "",
            document_date=_oslo_date(row.get("comment_posted_at") or row.get("created_at")),
            author=row.get("moderator") or "",
            description=description,
            text=row.get("comment_text") or "",
            correspondent=row.get("comment_author") or "",
            fields=fields,
            attachments=attachments,
            record={"moderation_entry": _public(row), "screenshots": metas},
        )

    def _post_item(
        self, row: dict[str, Any], common: dict[str, Any], page_fields: list[tuple[str, str]]
    ) -> ArchiveItem:
        attachments = []
        images = [a for a in (row.get("attachments") or []) if isinstance(a, dict) and a.get("sha256")]
        for number, att in enumerate(images, 1):
            sha = att["sha256"]
            mime = self._mime(sha, None, str(att.get("mime") or ""))
            caption = "; ".join(
                x
                for x in (
                    f"Alternativ tekst: {att['alt_text']}" if att.get("alt_text") else "",
                    f"Rettigheter: {att['rights']}" if att.get("rights") else "",
                )
                if x
            )
            attachments.append(
                Attachment(sha, mime, f"bilde-{number}.{SUFFIX.get(mime, 'bin')}", f"Bilde {number}", caption)
            )
        links = ", ".join(
            str(link.get("url") if isinstance(link, dict) else link) for link in row.get("links") or []
        )
        fields = [
            *page_fields,
            ("Tittel", row.get("title") or "-"),
            ("Planlagt / publisert", _oslo_time(row.get("planned_at")) or "-"),
            ("Type", KIND_NB.get(row.get("kind") or "", row.get("kind") or "-")),
            ("Status", POST_STATUS_NB.get(row.get("status") or "", row.get("status") or "-")),
            ("Ansvarlig", row.get("responsible") or "-"),
            ("Lenker", links or "-"),
            ("Arkivverdig fordi", row.get("archive_reason") or "-"),
            ("Element-ID", row["id"]),
        ]
        return ArchiveItem(
            **common,
            created_at=row.get("planned_at") or "",
            document_date=_oslo_date(row.get("planned_at")),
            author=row.get("responsible") or "",
            description=f"Arkivverdig fordi: {row['archive_reason']}" if row.get("archive_reason") else "",
            text=row.get("text") or "",
            fields=fields,
            attachments=attachments,
            record={"post": _public(row)},
        )

    def items_for_export(
        self,
        page_id: str | None = None,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
        keys: list[tuple[str, str]] | None = None,
    ) -> list[ArchiveItem]:
        """The pending items (or exactly ``keys``) as they go into a package."""
        store = self.store
        pages = self._page_names(store)
        if keys is None:
            keys = [
                (r.kind, r.item_id) for r in self.backlog(page_id, date_from, date_to, ("pending",))
            ]
        items = []
        for kind, item_id in keys:
            row = self.item(kind, item_id)
            if row is None:
                raise ArchiveError(_tr(MSG_NOT_FOUND).format(id=item_id))
            items.append(self.build_item(kind, row, store, pages))
        return items

    def refs_for_export(
        self,
        page_id: str | None = None,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
        keys: list[tuple[str, str]] | None = None,
    ) -> list[ItemRef]:
        """The pending items (or exactly ``keys``) as references: only what ordering them needs.

        Raises ArchiveError for a key whose item does not exist (or is deleted), before anything is written.
        """
        store = self.store
        if keys is None:
            keys = [
                (r.kind, r.item_id) for r in self.backlog(page_id, date_from, date_to, ("pending",))
            ]
        wanted: dict[str, list[str]] = {}
        for kind, item_id in keys:
            if kind not in ITEM_TABLES:
                raise ArchiveError(_tr(MSG_NOT_FOUND).format(id=item_id))
            wanted.setdefault(kind, []).append(item_id)
        sort_value: dict[tuple[str, str], str] = {}
        for kind, ids in wanted.items():
            table = ITEM_TABLES[kind]
            if not self._has_table(store, table):
                continue
            unique = sorted(set(ids))
            for start in range(0, len(unique), 500):  # within SQLite's limit on parameters
                chunk = unique[start : start + 500]
                marks = ",".join("?" * len(chunk))
                sql = (
                    f"SELECT id, [{SORT_COLUMNS[kind]}] FROM [{table}] WHERE _deleted = 0 AND id IN ({marks})"
                )
                for row_id, value in store.db.execute(sql, chunk).fetchall():
                    sort_value[(kind, row_id)] = value or ""
        refs = []
        for kind, item_id in keys:
            if (kind, item_id) not in sort_value:
                raise ArchiveError(_tr(MSG_NOT_FOUND).format(id=item_id))
            refs.append(ItemRef(kind, item_id, str(sort_value[(kind, item_id)])))
        return refs

    def item_loader(self) -> Callable[[ItemRef], ArchiveItem]:
        """Builds one referenced item from the store when the package writer comes to it."""
        store = self.store
        pages = self._page_names(store)

        def load(ref: ItemRef) -> ArchiveItem:
            row = self.item(ref.kind, ref.item_id)
            if row is None:  # deleted since the export began (a sync in between)
                raise ArchiveError(_tr(MSG_NOT_FOUND).format(id=ref.item_id))
            return self.build_item(ref.kind, row, store, pages)

        return load

    def export_input(
        self,
        page_id: str | None = None,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
        keys: list[tuple[str, str]] | None = None,
        now: dt.datetime | None = None,
        arkivdel: str | None = None,
        parent_folder: str | None = None,
    ) -> BuildInput:
        """What a package of these items is built from; each item is read when its turn comes.

        ``arkivdel`` / ``parent_folder``: where the archive places each journalpost; None takes the
        settings (``archive.arkivdel``, ``archive.parent_folder``), "" places nothing."""
        from mtk_admin_desktop.services.archive_package import BuildInput

        refs = self.refs_for_export(page_id, date_from, date_to, keys)
        filters = {
            "page_id": page_id,
            "from": date_from.isoformat() if date_from else None,
            "to": date_to.isoformat() if date_to else None,
        }
        who = self.store.author or ""
        director, editor = self._responsible()
        settings = self.context.settings
        if arkivdel is None:
            arkivdel = str(settings.get("archive.arkivdel") or "")
        if parent_folder is None:
            parent_folder = str(settings.get("archive.parent_folder") or "")
        return BuildInput(
            refs,
            self.context.blobs.path,
            who,
            now or dt.datetime.now(dt.UTC),
            filters,
            load=self.item_loader(),
            kommunedirektor=director,
            nettredaktor=editor,
            arkivdel=arkivdel.strip(),
            parent_folder=parent_folder.strip(),
            chain_heads=[
                {"device": h.device, "chain_seq": h.chain_seq, "entry_id": h.entry_id,
                 "entry_hash": h.entry_hash, "signature": h.signature}
                for h in self.sync.witnessed_heads()
            ],
        )

    def _responsible(self) -> tuple[str, str]:
        """R3: the kommunedirektør and the nettredaktør from the shared settings."""
        settings = self.context.settings
        return (
            str(settings.get("org.kommunedirektor") or "").strip(),
            str(settings.get("org.nettredaktor") or "").strip(),
        )

    # -- export ----------------------------------------------------------------------------------

    def export(
        self,
        target: Path,
        form: str = "zip",
        page_id: str | None = None,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
        keys: list[tuple[str, str]] | None = None,
        progress: Callable[[int, int, str], None] | None = None,
        check: Callable[[], None] | None = None,
        now: dt.datetime | None = None,
        arkivdel: str | None = None,
        parent_folder: str | None = None,
    ) -> PackageResult:
        """Write a package of the pending items to ``target``; only when it is verified there are they
        marked exported, all in one transaction. Raises ArchiveWriteError (nothing marked) or ArchiveError."""
        from mtk_admin_desktop.services.archive_package import write_package

        store = self.store
        data = self.export_input(page_id, date_from, date_to, keys, now, arkivdel, parent_folder)
        if not data.items:
            raise ArchiveError(_tr(MSG_NOTHING))
        result = write_package(data, Path(target), form, progress=progress, check=check)
        self.mark_exported(store, result, data.created_by, str(Path(target)), data.filters)
        log.info(
            "archive export: package %s (%s), %d items, %d bytes, sha256 %s, to %s",
            result.package_id, result.form, len(result.item_keys), result.size, result.sha256, result.path,
        )
        return result

    def mark_exported(
        self, store: Store, result: PackageResult, who: str, target: str, filters: dict[str, Any]
    ) -> None:
        """Record a written, verified package: its items exported and the package in the history (one
        transaction)."""
        with store.transaction() as tx:
            for kind, item_id in result.item_keys:
                tx.create(
                    "archive_status",
                    {
                        "kind": kind,
                        "item_id": item_id,
                        "status": "exported",
                        "package_id": result.package_id,
                        "package_file": result.file_name,
                        "package_sha256": result.sha256,
                        "exported_at": result.created_at,
                    },
                    row_id=status_row_id(kind, item_id),
                )
            tx.create(
                "archive_packages",
                {
                    "package_id": result.package_id,
                    "file_name": result.file_name,
                    "target": target,
                    "form": result.form,
                    "sha256": result.sha256,
                    "size": result.size,
                    "created_at": result.created_at,
                    "created_by": who,
                    "item_count": len(result.item_keys),
                    "items": [{"kind": k, "item_id": i} for k, i in result.item_keys],
                    "filters": filters,
                    "verified_at": result.created_at,
                    "verify_ok": 1,
                    "verify_message": "",
                },
                row_id=result.package_id,
            )

    # -- history and verification ---------------------------------------------------------------

    def packages(self) -> list[dict[str, Any]]:
        """Packages written, newest first."""
        return self.store.rows("archive_packages", order_by="created_at DESC")

    def last_target(self) -> str:
        """The folder the last package from this laptop went to ("" before the first export)."""
        return self.store.get_local(LAST_TARGET_KEY) or ""

    def set_last_target(self, target: str) -> None:
        """Remember ``target`` as this laptop's default folder for the next export (not synced)."""
        with self.store.transaction():
            self.store.set_local(LAST_TARGET_KEY, target)

    def package_path(self, package: dict[str, Any]) -> Path:
        return Path(package.get("target") or "") / (package.get("file_name") or "")

    def verify(
        self,
        path: Path,
        schema_dir: Path | None = None,
        progress: Callable[[int, int, str], None] | None = None,
        expected_sha256: str | None = None,
    ) -> VerifyReport:
        """Check a package (every checksum, every arkivmelding; the XSDs when ``schema_dir`` is given)."""
        from mtk_admin_desktop.services.archive_verify import verify_package

        return verify_package(Path(path), schema_dir, progress, expected_sha256=expected_sha256)

    def verify_again(
        self,
        package_id: str,
        schema_dir: Path | None = None,
        progress: Callable[[int, int, str], None] | None = None,
    ) -> VerifyReport:
        """Verify a package from the history where it was written, and record the result."""
        store = self.store
        package = store.get("archive_packages", package_id)
        if package is None:
            raise ArchiveError(_tr(MSG_NO_PACKAGE).format(id=package_id))
        # A ZIP is also compared with the checksum recorded when it was written (told in the user's
        # language like every other problem).
        recorded = package.get("sha256") if package.get("form") == "zip" else None
        report = self.verify(self.package_path(package), schema_dir, progress, expected_sha256=recorded)
        with store.transaction() as tx:
            tx.update(
                "archive_packages",
                package_id,
                {
                    "verified_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                    "verify_ok": 1 if report.ok else 0,
                    "verify_message": "\n".join(report.problems[:50]),
                },
            )
        return report

    # -- receipts --------------------------------------------------------------------------------

    def _key_of(self, item_id: str, store: Store) -> tuple[str, str] | None:
        for kind in KINDS:
            row = store.get("archive_status", status_row_id(kind, item_id))
            if row is not None:
                return (kind, item_id)
        for kind in KINDS:
            if self.item(kind, item_id) is not None:
                return (kind, item_id)
        return None

    def import_receipt(self, path: Path, replace: bool = False) -> ReceiptResult:
        """Mark exactly the items the receipt echoes as journalført (year, sequence, number).

        Only items that were exported and are not journalført yet: an item never exported is reported
        (``not_exported``; it must first go to the archive in a package), one journalført already is
        reported (``already``) and left as it is unless ``replace``; a year or sequence number outside the
        bounds ``archive mark`` keeps is reported (``invalid``). The rest are marked in one transaction.
        """
        from mtk_admin_desktop.domain.archive import FAGSYSTEM
        from mtk_admin_desktop.services.archive_xml import ReceiptError, parse_receipt

        store = self.store
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            raise ArchiveError(_tr(MSG_UNREADABLE).format(error=exc.strerror or exc)) from exc
        try:
            receipts = parse_receipt(data)
        except ReceiptError as exc:
            raise ArchiveError(_tr(MSG_NOT_RECEIPT).format(detail=exc)) from exc
        result = ReceiptResult()
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        with store.transaction() as tx:
            for receipt in receipts:
                if receipt.fagsystem and receipt.fagsystem != FAGSYSTEM:
                    result.foreign.append(receipt.item_id)
                    continue
                key = self._key_of(receipt.item_id, store)
                if key is None:
                    result.unknown.append(receipt.item_id)
                    continue
                if _bounds_error(receipt.journal_year, receipt.journal_seq) or (
                    receipt.journal_number is not None and not 1 <= receipt.journal_number < 1 << 31
                ):
                    result.invalid.append(receipt.item_id)
                    continue
                current = self.status_row(*key)
                status = (current or {}).get("status")
                if status == "journalfort" and not replace:
                    result.already.append(receipt.item_id)
                    continue
                if status not in ("exported", "journalfort"):
                    result.not_exported.append(receipt.item_id)
                    continue
                number = _journal_number(receipt.journal_year, receipt.journal_seq)
                values = {
                    "kind": key[0],
                    "item_id": key[1],
                    "status": "journalfort",
                    "journalfort_at": now,
                    "journal_year": receipt.journal_year,
                    "journal_seq": receipt.journal_seq,
                    "journal_number": number
                    or (str(receipt.journal_number) if receipt.journal_number is not None else None),
                    "archive_reference": receipt.system_id or None,
                }
                tx.create(
                    "archive_status",
                    {k: v for k, v in values.items() if v is not None},
                    row_id=status_row_id(*key),
                )
                result.marked.append(key)
        return result

    def set_screening(
        self, kind: str, item_id: str, code: str, basis: str
    ) -> None:
        """Mark an item skjermet (tilgangsrestriksjon ``code`` by ``basis``, e.g. "13" and "offl. § 13 jf.
        fvl. § 13") before it is exported, or clear it with both empty. Written into its arkivmelding."""
        store = self.store
        code, basis = code.strip(), basis.strip()
        if kind not in KINDS or self.item(kind, item_id) is None:
            raise ArchiveError(_tr(MSG_NOT_FOUND).format(id=item_id))
        if bool(code) != bool(basis) or len(code) > 40 or len(basis) > 500:
            raise ArchiveError(_tr(MSG_SCREENING_BOTH))
        current = self.status_row(kind, item_id)
        if current and current.get("status") in ("exported", "journalfort"):
            raise ArchiveError(_tr(MSG_SCREENING_EXPORTED))
        values: dict[str, Any] = {
            "kind": kind,
            "item_id": item_id,
            "skjerming_code": code,
            "skjerming_basis": basis,
        }
        if current is None:
            values["status"] = "pending"
        with store.transaction() as tx:
            tx.create("archive_status", values, row_id=status_row_id(kind, item_id))

    def mark_journalfort(
        self,
        kind: str,
        item_id: str,
        journal_year: int | None = None,
        journal_seq: int | None = None,
        reference: str = "",
    ) -> None:
        """Enter the archive's reference by hand (when there is no receipt file)."""
        store = self.store
        if kind not in KINDS:
            raise ArchiveError(_tr(MSG_NOT_FOUND).format(id=item_id))
        if self.item(kind, item_id) is None and self.status_row(kind, item_id) is None:
            raise ArchiveError(_tr(MSG_NOT_FOUND).format(id=item_id))
        if journal_year is None and journal_seq is None and not reference.strip():
            raise ArchiveError(_tr(MSG_NEED_NUMBER))
        problem = _bounds_error(journal_year, journal_seq)
        if problem:
            raise ArchiveError(problem)
        values: dict[str, Any] = {
            "kind": kind,
            "item_id": item_id,
            "status": "journalfort",
            "journalfort_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        }
        if journal_year is not None:
            values["journal_year"] = journal_year
        if journal_seq is not None:
            values["journal_seq"] = journal_seq
        number = _journal_number(journal_year, journal_seq)
        if number:
            values["journal_number"] = number
        if reference.strip():
            values["archive_reference"] = reference.strip()
        with store.transaction() as tx:
            tx.create("archive_status", values, row_id=status_row_id(kind, item_id))


def _bounds_error(year: int | None, seq: int | None) -> str:
    """Why a journal year or sequence number is not plausible (the user's language), or ""."""
    if year is not None and not 1900 <= year <= 2200:
        return _tr(MSG_BAD_YEAR).format(year=year)
    if seq is not None and not 1 <= seq < 1 << 31:
        return _tr(MSG_BAD_SEQ)
    return ""


def _journal_number(year: int | None, seq: int | None) -> str:
    """The usual written form of a Noark journal number: ``2026/1234``."""
    if year is None or seq is None:
        return ""
    return f"{year}/{seq}"


def _public(row: dict[str, Any]) -> dict[str, Any]:
    """The row as stored, JSON-safe (bookkeeping columns kept: they date the record)."""
    out: dict[str, Any] = json.loads(json.dumps(row, default=str))
    return out


def _platform_name(key: object) -> str:
    """The platform as the archive document names it ("Facebook", not "facebook")."""
    from mtk_admin_desktop.domain.register import PLATFORM_LABELS

    norwegian = {"website": "Nettside", "other": "Annen"}
    text = str(key or "")
    return norwegian.get(text) or PLATFORM_LABELS.get(text) or text or "-"
