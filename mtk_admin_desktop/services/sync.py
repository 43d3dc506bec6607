"""The sync area's service: the shared-folder setting, running a sync, its status, and conflicts.

The engine (``sync_engine``) does the file work; this service wires it to the app's store, blobs and
settings, keeps the run log, phrases the status for people, and lists and resolves conflicts.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from mtk_admin_desktop.domain.hlc import Timestamp
from mtk_admin_desktop.domain.oplog import DELETED, Op
from mtk_admin_desktop.domain.tr import QT_TRANSLATE_NOOP, Text
from mtk_admin_desktop.services import sync_trust
from mtk_admin_desktop.services.sync_engine import (
    Problem,
    SyncEngine,
    SyncError,
    SyncReport,
    problem_from_json,
)
from mtk_admin_desktop.services.sync_share import LocalShare
from mtk_admin_desktop.services.sync_trust import WitnessedHead

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from mtk_admin_desktop.services.resources import Resources

LOG_KEEP = 500
#: The per-laptop (``local_state``) key of the other laptops a person here has said they know.
KNOWN_DEVICES_KEY = "sync.known_devices"
LABEL_FIELDS = ("name", "title", "key", "comment_author", "file_name", "person_name", "item_id")


def _tr(source: str, **params: object) -> str:
    text = QCoreApplication.translate("Sync", source)
    return text.format(**params) if params else text


def tr_text(text: Text) -> str:
    """A Text of this area in the UI language (the i18n module's helper, imported late: no Qt at import)."""
    from mtk_admin_desktop import i18n

    return i18n.tr_text(text)


def problem_text(problem: Problem) -> str:
    """A sync problem in the UI language, with a refusal's reason (a text of its own) translated too."""
    params = dict(problem.text.params)
    if isinstance(params.get("reason"), str) and problem.code in ("quarantine", "tamper"):
        params["reason"] = QCoreApplication.translate("Sync", params["reason"])
    return tr_text(Text(problem.text.context, problem.text.source, params))


@dataclass
class ConflictValue:
    """One competing value of a conflict: what it is, who wrote it, when, on which laptop."""

    op_id: str
    value: Any
    author: str
    device: str
    when: str  # local time from the op's clock, "YYYY-MM-DD HH:MM"
    is_delete: bool = False
    field: str = ""  # for "deleted here, edited there": which field the edit changed


@dataclass
class ConflictView:
    """One open conflict, ready to show: which row and field, a label for the row, and every value."""

    table: str
    row_id: str
    field: str
    label: str
    values: list[ConflictValue] = dataclasses.field(default_factory=list)

    @property
    def is_delete(self) -> bool:
        return self.field == DELETED


def _when(hlc: str) -> str:
    try:
        ms = Timestamp.decode(hlc).wall_ms
    except ValueError:
        return ""
    return dt.datetime.fromtimestamp(ms / 1000, dt.UTC).astimezone().strftime("%Y-%m-%d %H:%M")


class SyncService:
    """Operations of the sync area for the UI and the command line."""

    def __init__(self, context: Resources) -> None:
        self.context = context
        self.store = context.store

    # -- the folder ------------------------------------------------------------------------------

    def folder(self) -> str:
        return str(self.context.settings.get("sync.folder") or "")

    def set_folder(self, folder: str) -> None:
        self.context.settings.set("sync.folder", str(folder))

    def engine(self, folder: str | None = None) -> SyncEngine:
        """An engine on this context's store and ``folder`` (default: the setting)."""
        from mtk_admin_desktop.services.moderation_signing import keyring_key_for

        chosen = folder if folder is not None else self.folder()
        store = self.store
        credentials = self.context.credentials
        # Segments are signed with the device's key from the keyring (the one that signs its moderation
        # entries); asked for the device id current at the time (a fork takes a new id and a new key).
        return SyncEngine(
            store,
            LocalShare(Path(chosen)),
            self.context.blobs,
            keys=lambda _device: keyring_key_for(credentials, store),
        )

    def init_share(self, folder: str) -> str:
        """Initialise ``folder`` as a new shared folder (explicit; refuses one that is already there)."""
        share_id = self.engine(folder=folder).init_share(self.store.author)
        self.set_folder(folder)
        return share_id

    def join(self, folder: str) -> str:
        """Join the shared folder in ``folder`` (replacing any earlier one this laptop had joined)."""
        share_id = self.engine(folder=folder).join()
        self.set_folder(folder)
        return share_id

    def joined_share_id(self) -> str | None:
        """The share id of the shared folder this laptop last synced with (joined or initialised), or None."""
        found = self.store.get_local("sync.share_id")
        return str(found) if found else None

    def folder_share_id(self, folder: str) -> str | None:
        """The share id of the marker in ``folder``, or None if there is none (or it cannot be read)."""
        try:
            return self.engine(folder=folder).read_root()
        except SyncError:
            return None

    # -- running ---------------------------------------------------------------------------------

    def run(
        self,
        verify_all: bool = False,
        push: bool = True,
        pull: bool = True,
        folder: str | None = None,
    ) -> SyncReport:
        """One sync of this context's store (a background job runs it on ``context.for_worker()``);
        logged for the status. ``folder`` overrides the setting (the command line's ``--shared``)."""
        store = self.store
        folder = self.folder() if folder is None else folder
        started = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        if not folder:
            report = SyncReport(
                state="no_folder",
                device_id=store.device_id,
                message=Text("Sync", QT_TRANSLATE_NOOP("Sync", "No shared folder is set.")),
            )
        else:
            report = self.engine(folder).sync(push=push, pull=pull, verify_all=verify_all)
        finished = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        with store.transaction():
            store.db.execute(
                "INSERT INTO sync_log (started_at, finished_at, state, ok, pushed_ops, pulled_ops, report) "
                "VALUES (?,?,?,?,?,?,?)",
                [
                    started,
                    finished,
                    report.state,
                    int(report.synced),
                    report.pushed_ops,
                    report.pulled_ops,
                    json.dumps(report.to_json(), ensure_ascii=False),
                ],
            )
            store.db.execute(
                "DELETE FROM sync_log WHERE id <= (SELECT max(id) FROM sync_log) - ?", [LOG_KEEP]
            )
        # For IT: what happened, in counts and codes (never a value from the share, never a secret).
        log.info(
            "sync %s: pushed %d ops in %d segments, pulled %d ops in %d segments, %d skipped, problems: %s",
            report.state, report.pushed_ops, report.pushed_segments, report.pulled_ops,
            report.pulled_segments, report.skipped, ", ".join(p.code for p in report.problems) or "none",
        )
        return report

    def ensure_blob(self, sha256: str) -> bool:
        """Fetch a blob from the shared folder now if this laptop lacks it (lazy download)."""
        if self.context.blobs.verify(sha256):
            return True
        if not self.folder():
            return False
        try:
            engine = self.engine()
            engine.share_id = engine.read_root()
            return engine.fetch_blob(sha256)
        except (SyncError, OSError):
            return False

    # -- status ----------------------------------------------------------------------------------

    def status(self) -> dict[str, Any]:
        """Where the sync stands: folder, last run, last success, changes waiting, open conflicts."""
        store = self.store
        last = store.db.execute(
            "SELECT finished_at, state, ok, report FROM sync_log ORDER BY id DESC LIMIT 1"
        ).fetchone()
        last_ok = store.db.execute("SELECT max(finished_at) FROM sync_log WHERE ok = 1").fetchone()[0]
        engine = SyncEngine(store, LocalShare(Path(self.folder() or ".")), None)
        report = json.loads(last[3]) if last else {}
        return {
            "folder": self.folder(),
            "share_id": self.joined_share_id() or "",
            "device_id": store.device_id,
            "last_run": last[0] if last else None,
            "last_state": last[1] if last else None,
            "last_ok": last_ok,
            "waiting": engine.waiting(),
            "conflicts": int(store.db.execute("SELECT count(*) FROM conflicts").fetchone()[0]),
            "problems": report.get("problems", []),
            "notices": report.get("notices", []),
            "message": report.get("message", ""),
            "read_only": bool(report.get("read_only")),
            "skipped": int(report.get("skipped") or 0),
            "devices": self.devices(),
            "refused": int(store.db.execute("SELECT count(*) FROM sync_findings").fetchone()[0]),
            "synced": bool(report.get("synced", last is not None and bool(last[2]))),
        }

    def witnessed_heads(self) -> list[WitnessedHead]:
        """The highest moderation chain position this laptop has seen of every device (for archive
        packages: with them, a later check finds entries removed after the export)."""
        return sync_trust.witnessed_heads(self.store)

    def devices(self) -> list[dict[str, Any]]:
        """Every other laptop seen on the shared folder: its pinned key's fingerprint, host, user, since."""
        return [
            {
                "device": r[0],
                "signed": bool(r[1]),
                "fingerprint": r[2],
                "host": r[3],
                "user": r[4],
                "first_seen": r[5],
            }
            for r in self.store.db.execute(
                "SELECT device, public_key, fingerprint, host, user, first_seen FROM sync_device_pins "
                "ORDER BY first_seen, device"
            ).fetchall()
        ]

    def finding_counts(self) -> list[dict[str, Any]]:
        """What the trust checks refused and kept (``sync_findings``), grouped: kind (``tamper``,
        ``quarantine``, ``forged_segment``, ...), table, device, how many and the newest's time. One
        grouped read of a table that holds only refusals; nothing here is ever dismissed by the app."""
        return [
            {"kind": r[0], "table": r[1], "device": r[2], "count": int(r[3]), "newest": r[4]}
            for r in self.store.db.execute(
                "SELECT kind, tbl, device, count(*), max(found_at) FROM sync_findings "
                "GROUP BY kind, tbl, device ORDER BY max(found_at) DESC"
            ).fetchall()
        ]

    def unacknowledged_devices(self) -> list[dict[str, Any]]:
        """The laptops of :meth:`devices` that nobody on this laptop has said they know yet."""
        known = self._acknowledged()
        return [d for d in self.devices() if f"{d['device']}:{d['fingerprint']}" not in known]

    def acknowledge_device(self, device: str) -> None:
        """A person on this laptop says they know ``device`` with its current key: the I dag view stops
        listing it as a new laptop (until it shows another key). Kept on this laptop (``local_state``)."""
        store = self.store
        with store.transaction():
            pins = {d["device"]: d["fingerprint"] for d in self.devices()}
            if device not in pins:
                return
            known = self._acknowledged()
            known.add(f"{device}:{pins[device]}")
            store.set_local(KNOWN_DEVICES_KEY, json.dumps(sorted(known)))

    def _acknowledged(self) -> set[str]:
        try:
            value = json.loads(self.store.get_local(KNOWN_DEVICES_KEY) or "[]")
        except ValueError:
            return set()
        return {str(v) for v in value} if isinstance(value, list) else set()

    def status_text(self, status: dict[str, Any] | None = None, now: dt.datetime | None = None) -> str:
        """The status bar's words: "synced 2 min ago", "offline: 14 changes waiting", "3 conflicts"."""
        status = status or self.status()
        parts: list[str] = []
        if not status["folder"]:
            parts.append(_tr(QT_TRANSLATE_NOOP("Sync", "Sync: no shared folder set")))
        elif status["last_state"] is None:
            parts.append(_tr(QT_TRANSLATE_NOOP("Sync", "Sync: not run yet")))
        elif status["last_state"] in ("unavailable",):
            parts.append(
                _tr(QT_TRANSLATE_NOOP("Sync", "offline: {count} changes waiting"), count=status["waiting"])
                if status["waiting"]
                else _tr(QT_TRANSLATE_NOOP("Sync", "offline"))
            )
        elif status["last_state"] != "ok":
            parts.append(self.message_text(status))
        elif status["read_only"]:
            parts.append(
                _tr(
                    QT_TRANSLATE_NOOP("Sync", "shared folder read-only: {count} changes waiting"),
                    count=status["waiting"],
                )
            )
        elif status.get("skipped"):
            # Never "synced" when something from the shared folder was left out: say what, not when.
            parts.append(
                _tr(
                    QT_TRANSLATE_NOOP("Sync", "sync incomplete: {count} skipped (see the warnings)"),
                    count=status["skipped"],
                )
            )
        else:
            parts.append(self.ago_text(status["last_ok"], now))
            if status["waiting"]:
                parts.append(
                    _tr(QT_TRANSLATE_NOOP("Sync", "{count} changes waiting"), count=status["waiting"])
                )
        joined = [p for p in status.get("notices", []) if p.get("code") == "new_device"]
        for problem in joined:
            parts.append(
                _tr(
                    QT_TRANSLATE_NOOP("Sync", "new laptop joined: {fingerprint}"),
                    fingerprint=(problem.get("params") or {}).get("fingerprint", ""),
                )
            )
        if status["conflicts"]:
            parts.append(
                _tr(QT_TRANSLATE_NOOP("Sync", "1 conflict"))
                if status["conflicts"] == 1
                else _tr(QT_TRANSLATE_NOOP("Sync", "{count} conflicts"), count=status["conflicts"])
            )
        return " · ".join(parts)

    def message_text(self, status: dict[str, Any]) -> str:
        """The last run's stopping reason in the UI language."""
        states = {
            "not_initialised": _tr(
                QT_TRANSLATE_NOOP(
                    "Sync", "Sync stopped: the folder is not an initialised shared folder (or not mounted)"
                )
            ),
            "foreign": _tr(
                QT_TRANSLATE_NOOP(
                    "Sync",
                    "Sync stopped: the folder is another shared folder than the one this laptop joined",
                )
            ),
            "too_new": _tr(
                QT_TRANSLATE_NOOP(
                    "Sync", "Sync stopped: the shared folder needs a newer version of the program"
                )
            ),
            "damaged_root": _tr(
                QT_TRANSLATE_NOOP("Sync", "Sync stopped: the shared folder's marker file is damaged")
            ),
            "no_folder": _tr(QT_TRANSLATE_NOOP("Sync", "Sync: no shared folder set")),
        }
        return states.get(str(status.get("last_state")), str(status.get("message") or ""))

    def ago_text(self, finished_at: str | None, now: dt.datetime | None = None) -> str:
        if not finished_at:
            return _tr(QT_TRANSLATE_NOOP("Sync", "Sync: not run yet"))
        when = dt.datetime.fromisoformat(finished_at)
        minutes = int(((now or dt.datetime.now(dt.UTC)) - when).total_seconds() // 60)
        if minutes < 1:
            return _tr(QT_TRANSLATE_NOOP("Sync", "synced just now"))
        if minutes < 60:
            return _tr(QT_TRANSLATE_NOOP("Sync", "synced {minutes} min ago"), minutes=minutes)
        if minutes < 48 * 60:
            return _tr(QT_TRANSLATE_NOOP("Sync", "synced {hours} h ago"), hours=minutes // 60)
        return _tr(QT_TRANSLATE_NOOP("Sync", "synced {days} days ago"), days=minutes // (24 * 60))

    def problem_texts(self, status: dict[str, Any]) -> list[str]:
        return [
            problem_text(problem_from_json(p))
            for p in [*status.get("notices", []), *status.get("problems", [])]
        ]

    # -- conflicts -------------------------------------------------------------------------------

    def conflicts(self) -> list[ConflictView]:
        """Every open conflict with every value and who wrote it."""
        out = []
        for found in self.store.conflicts():
            ops = [Op.from_json(d) for d in found["ops"]]
            out.append(
                ConflictView(
                    found["tbl"],
                    found["row_id"],
                    found["field"],
                    self._label(found["tbl"], found["row_id"]),
                    [
                        ConflictValue(
                            op.op_id,
                            op.value,
                            op.author,
                            op.device,
                            _when(op.hlc),
                            op.field == DELETED and op.value is True,
                            op.field,
                        )
                        for op in ops
                    ],
                )
            )
        return out

    def _label(self, table: str, row_id: str) -> str:
        try:
            row = self.store.get(table, row_id, include_deleted=True)
        except Exception:  # noqa: BLE001 - a table this version does not know: show the id
            row = None
        if row:
            for name in LABEL_FIELDS:
                if row.get(name):
                    return str(row[name])
        return row_id[:8]

    def resolve(
        self, conflict: ConflictView, choice: ConflictValue | None = None, keep_row: bool = True
    ) -> None:
        """Settle a conflict: pick one value (a new op over the whole frontier), or keep/delete the row."""
        with self.store.transaction() as tx:
            if conflict.is_delete:
                if keep_row:
                    tx.restore(conflict.table, conflict.row_id)
                else:
                    tx.delete(conflict.table, conflict.row_id)
                return
            if choice is None:
                raise ValueError("choose one of the values")
            tx.resolve(conflict.table, conflict.row_id, conflict.field, choice.value)
