"""The sync engine: push this laptop's ops as immutable segments, pull the others', never lose anything.

One :class:`SyncEngine` works on one store connection (its own thread) and one :class:`Share`. The
steps and their reasons are in ``docs/sync.md``; in short:

* the share must carry ``SYNCROOT.json`` made by an explicit :meth:`SyncEngine.init_share`; a missing,
  foreign or newer marker stops the sync and nothing is inferred;
* push first reconciles with what the share already has of this device (crash after the move, restore
  from backup, a cloned laptop) and then uploads blobs before the segment that refers to them;
* pull probes exactly ``seg/<next>`` per device and applies each valid segment in one transaction with
  its cursor; bad files are skipped (and retried), never deleted and never half-applied.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import socket
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

from mtk_admin_desktop.domain.hlc import Skew, Timestamp
from mtk_admin_desktop.domain.ids import is_app_id, stable_id
from mtk_admin_desktop.domain.oplog import Op
from mtk_admin_desktop.domain.sync_segment import (
    MAX_BLOB,
    MAX_MARKER,
    MAX_SEGMENT_FILE,
    ROOT_MARKER,
    Segment,
    SegmentError,
    blob_path,
    decode_segment,
    encode_segment,
    fit_ops,
    is_sha256,
    looks_foreign,
    parse_root_marker,
    refs_of_ops,
    root_marker,
    seg_path,
    signed_segment_message,
)
from mtk_admin_desktop.domain.tr import QT_TRANSLATE_NOOP, Text
from mtk_admin_desktop.services import sync_trust
from mtk_admin_desktop.services.moderation_signing import (
    fingerprint,
    public_key_text,
    sign_bytes,
    signature_holds,
)
from mtk_admin_desktop.services.sync_share import (
    LinkUnsupportedError,
    Share,
    ShareUnavailableError,
    UnsafeFileError,
)
from mtk_admin_desktop.storage.blobs import BlobStore, sha256_bytes
from mtk_admin_desktop.storage.pull_load import integrate_pulled, small_log
from mtk_admin_desktop.storage.store import Store, StoreError

SEGMENT_OPS = 2000  # ops per segment: big enough to keep file counts low, small enough to re-read cheaply
MAX_REPAIRS = 8
BLOB_FETCH_PER_SYNC = 25
SKEW_WARN_MS = 10 * 60 * 1000
# Verified segments (of one or several devices) applied in one transaction, up to about this many ops:
# bounded memory, and few commits (each an fsync and a rewrite of the index pages it touched).
BATCH_OPS = 20_000
# A first pull (the log holds fewer than FIRST_PULL_BELOW ops) takes batches this large: two
# transactions (two fsyncs) for 100,000 ops, and the log's indexes are built after each insert
# (storage/pull_load.py). Memory stays bounded by the batch (the queued segments' ops, ~1.5 KB each):
# 100,000 ops in one batch peaked at 290 MB, 50,000 at about 195 MB, 20,000 at 140 MB.
FIRST_PULL_BATCH_OPS = 50_000
FIRST_PULL_BELOW = 10_000
MAX_STRAYS_SHOWN = 20  # strays named one by one in a report; the rest are counted
DAMAGED_GRACE_S = 24 * 3600  # how long to wait for another copy to repair a damaged own segment


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class SyncError(RuntimeError):
    """A sync that cannot run at all; ``state`` says why and ``text`` tells the user."""

    def __init__(self, state: str, text: Text) -> None:
        super().__init__(text.english())
        self.state = state
        self.text = text


class PublishMismatchError(OSError):
    """A file read back after its move is not what was written (a misbehaving share)."""


@dataclass
class Problem:
    """Something the user should know about; the sync went on where it could."""

    code: str
    text: Text
    device: str = ""
    path: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "message": self.text.english(),
            "context": self.text.context,
            "source": self.text.source,
            "params": self.text.params,
            "device": self.device,
            "path": self.path,
        }


@dataclass
class SyncReport:
    """What one sync did and found."""

    state: str = "ok"  # ok, unavailable, not_initialised, foreign, too_new, damaged_root
    message: Text | None = None
    share_id: str = ""
    device_id: str = ""
    pushed_segments: int = 0
    pushed_ops: int = 0
    pulled_segments: int = 0
    pulled_ops: int = 0
    blobs_up: int = 0
    blobs_down: int = 0
    read_only: bool = False
    new_device_id: str = ""
    waiting: int = 0
    tables: set[str] = field(default_factory=set)
    problems: list[Problem] = field(default_factory=list)
    #: files, devices or ops from the share that were not applied this time (each also a problem)
    skipped: int = 0
    #: things to know that are not problems: a new laptop joined (with its key's fingerprint)
    notices: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.state == "ok"

    @property
    def synced(self) -> bool:
        """True only if the sync ran and nothing was skipped: only then may anyone say "synced"."""
        return self.ok and not self.read_only and self.skipped == 0

    def problem(self, code: str, source: str, device: str = "", path: str = "", **params: Any) -> None:
        if path:
            params.setdefault("path", path)
        self.problems.append(Problem(code, Text("Sync", source, params), device, path))

    def notice(self, code: str, source: str, device: str = "", **params: Any) -> None:
        self.notices.append(Problem(code, Text("Sync", source, params), device))

    def skip(self, code: str, source: str, device: str = "", path: str = "", **params: Any) -> None:
        """A problem that left something from the share unapplied (counted in ``skipped``)."""
        self.skipped += 1
        self.problem(code, source, device, path, **params)

    def to_json(self) -> dict[str, Any]:
        data = {
            k: v for k, v in asdict(self).items() if k not in ("message", "problems", "tables", "notices")
        }
        data["message"] = self.message.english() if self.message else ""
        data["problems"] = [p.to_json() for p in self.problems]
        data["notices"] = [p.to_json() for p in self.notices]
        data["tables"] = sorted(self.tables)
        data["synced"] = self.synced
        return data


def problem_from_json(data: dict[str, Any]) -> Problem:
    return Problem(
        str(data.get("code", "")),
        Text(str(data.get("context", "Sync")), str(data.get("source", "")), dict(data.get("params") or {})),
        str(data.get("device", "")),
        str(data.get("path", "")),
    )


@dataclass
class _Chain:
    """Where a chain of segments stands: last segment number, its body hash, its last dev_seq."""

    seq: int = 0
    sha: str = ""
    last: int = 0


class SyncEngine:
    """Push and pull one store against one share."""

    def __init__(
        self,
        store: Store,
        share: Share,
        blobs: BlobStore | None = None,
        segment_ops: int = SEGMENT_OPS,
        now: Callable[[], str] = _now,
        keys: Callable[[str], Any] | None = None,
    ) -> None:
        """``keys(device_id)`` gives the device's Ed25519 private key (from the keyring) or None."""
        self.store = store
        self.keys = keys
        self._key_cache: dict[str, Any] = {}
        self._pins: dict[str, str] = {}
        self.share = share
        self.blobs = blobs
        self.segment_ops = segment_ops
        self.now = now
        self.share_id = ""
        self.damaged_grace_s = DAMAGED_GRACE_S
        self._strays: list[str] = []
        # Verified segments waiting to be applied, per device in pull order, and how many ops they hold.
        self._queued: list[tuple[str, list[Segment]]] = []
        self._queued_ops = 0
        self._batch_ops: int | None = None
        self._blob_fields = {
            name: spec.blob_fields for name, spec in store.tables.items() if spec.blob_fields
        }

    # -- the root marker -------------------------------------------------------------------------

    def init_share(self, created_by: str = "") -> str:
        """Make ``SYNCROOT.json`` in an empty shared folder and join it; refuses if one is there."""
        if not self.share.available():
            raise SyncError(
                "unavailable",
                Text(
                    "Sync",
                    QT_TRANSLATE_NOOP("Sync", "The shared folder is not available: {folder}"),
                    {"folder": self.share.describe()},
                ),
            )
        if self.share.exists(ROOT_MARKER):
            raise SyncError(
                "exists",
                Text(
                    "Sync",
                    QT_TRANSLATE_NOOP(
                        "Sync", "This folder is already a shared folder; choose it to join instead."
                    ),
                ),
            )
        share_id = str(uuid.uuid4())
        self.share.makedirs("tmp")
        self._publish("tmp", ROOT_MARKER, root_marker(share_id, self.now(), created_by))
        self._enrol(share_id)
        return share_id

    def read_root(self) -> str:
        """The share id in ``SYNCROOT.json``; raises :class:`SyncError` if missing, damaged or too new."""
        if not self.share.available():
            raise SyncError(
                "unavailable",
                Text(
                    "Sync",
                    QT_TRANSLATE_NOOP("Sync", "The shared folder is not available: {folder}"),
                    {"folder": self.share.describe()},
                ),
            )
        try:
            data = self.share.read(ROOT_MARKER, MAX_MARKER)
        except UnsafeFileError:
            raise SyncError(
                "damaged_root",
                Text("Sync", QT_TRANSLATE_NOOP("Sync", "the shared folder's marker file is damaged")),
            ) from None
        except FileNotFoundError:
            raise SyncError(
                "not_initialised",
                Text(
                    "Sync",
                    QT_TRANSLATE_NOOP(
                        "Sync",
                        "The folder is not an initialised shared folder (or it is not mounted): {folder}. "
                        "Nothing was changed.",
                    ),
                    {"folder": self.share.describe()},
                ),
            ) from None
        except OSError as exc:
            raise SyncError(
                "unavailable",
                Text(
                    "Sync",
                    QT_TRANSLATE_NOOP("Sync", "The shared folder is not available: {folder}"),
                    {"folder": self.share.describe() or str(exc)},
                ),
            ) from None
        try:
            marker = parse_root_marker(data)
        except SegmentError as exc:
            raise SyncError("too_new" if exc.reason == "too_new" else "damaged_root", exc.text) from None
        return str(marker["share_id"])

    def _enrol(self, share_id: str) -> None:
        with self.store.transaction():
            self.store.set_local("sync.share_id", share_id)

    def join(self) -> str:
        """Enrol this laptop with the share in the folder (an explicit choice, e.g. a new folder)."""
        share_id = self.read_root()
        self._enrol(share_id)
        return share_id

    # -- one sync --------------------------------------------------------------------------------

    def sync(
        self,
        push: bool = True,
        pull: bool = True,
        verify_all: bool = False,
        fetch_blobs: int = BLOB_FETCH_PER_SYNC,
    ) -> SyncReport:
        """Push then pull once; never raises for share trouble (it is in the report)."""
        report = SyncReport(device_id=self.store.device_id)
        try:
            share_id = self.read_root()
            enrolled = self.store.get_local("sync.share_id")
            if enrolled is None:
                self._enrol(share_id)
            elif enrolled != share_id:
                raise SyncError(
                    "foreign",
                    Text(
                        "Sync",
                        QT_TRANSLATE_NOOP(
                            "Sync",
                            "The folder belongs to another shared folder than this laptop joined; "
                            "choose the right folder, or join this one explicitly.",
                        ),
                    ),
                )
        except SyncError as exc:
            report.state, report.message = exc.state, exc.text
            report.waiting = self.waiting()
            return report
        self.share_id = report.share_id = share_id
        self._strays = []
        self._load_pins()
        if push:
            try:
                self._push(report, verify_all)
            except PermissionError:
                report.read_only = True
                report.problem(
                    "read_only",
                    QT_TRANSLATE_NOOP(
                        "Sync", "The shared folder is read-only here; changes wait until it can be written."
                    ),
                )
            except (ShareUnavailableError, OSError) as exc:
                report.problem(
                    "push_failed",
                    QT_TRANSLATE_NOOP("Sync", "Could not write to the shared folder: {error}"),
                    error=str(exc),
                )
                # Changes are still waiting: the sync did not succeed, whatever the pull does next
                # (a share unplugged mid-push must not read as "synced" in the status bar).
                report.state = "unavailable"
                report.message = Text(
                    "Sync",
                    QT_TRANSLATE_NOOP("Sync", "Could not write to the shared folder: {error}"),
                    {"error": str(exc)},
                )
        if pull:
            try:
                self._pull(report)
                self._fetch_blobs(report, fetch_blobs)
            except OSError as exc:
                report.skipped += 1
                report.problem(
                    "pull_failed",
                    QT_TRANSLATE_NOOP("Sync", "Could not read the shared folder: {error}"),
                    error=str(exc),
                )
        self._report_strays(report)
        report.device_id = self.store.device_id
        report.waiting = self.waiting()
        return report

    # -- bookkeeping -----------------------------------------------------------------------------

    def _published(self, device: str) -> _Chain:
        row = self.store.db.execute(
            "SELECT seq, body_sha, last_dev_seq FROM sync_published WHERE share_id = ? AND device = ? "
            "ORDER BY seq DESC LIMIT 1",
            [self.share_id, device],
        ).fetchone()
        return _Chain(*row) if row else _Chain()

    def _cursor(self, device: str) -> _Chain:
        row = self.store.db.execute(
            "SELECT seq, body_sha, last_dev_seq FROM sync_cursors WHERE share_id = ? AND device = ?",
            [self.share_id, device],
        ).fetchone()
        return _Chain(*row) if row else _Chain()

    def _set_cursor(self, device: str, chain: _Chain) -> None:
        self.store.db.execute(
            "INSERT INTO sync_cursors (share_id, device, seq, body_sha, last_dev_seq, updated_at) "
            "VALUES (?,?,?,?,?,?) ON CONFLICT(share_id, device) DO UPDATE SET seq = excluded.seq, "
            "body_sha = excluded.body_sha, last_dev_seq = excluded.last_dev_seq, "
            "updated_at = excluded.updated_at",
            [self.share_id, device, chain.seq, chain.sha, chain.last, self.now()],
        )

    def _record_published(self, device: str, seg: Segment) -> None:
        self.store.db.execute(
            "INSERT OR REPLACE INTO sync_published (share_id, device, seq, first_dev_seq, last_dev_seq,"
            " body_sha,"
            " prev_sha, published_at, verified_at) VALUES (?,?,?,?,?,?,?,?,?)",
            [
                self.share_id,
                device,
                seg.seq,
                seg.first,
                seg.last,
                seg.body_sha,
                seg.prev,
                self.now(),
                self.now(),
            ],
        )

    def waiting(self) -> int:
        """This laptop's changes not yet on the shared folder it joined."""
        share_id = self.share_id or self.store.get_local("sync.share_id") or ""
        device = self.store.device_id
        row = self.store.db.execute(
            "SELECT last_dev_seq FROM sync_published WHERE share_id = ? AND device = ? "
            "ORDER BY seq DESC LIMIT 1",
            [share_id, device],
        ).fetchone()
        # A device numbers its ops 1, 2, 3, ... without gaps (a rolled-back transaction gives its
        # numbers back), so the newest number minus the last published one is the count, read from the
        # (device, dev_seq) index instead of counting: the count took ~20 ms of every start-up with
        # 100,000 own ops.
        newest = self.store.db.execute(
            "SELECT coalesce(max(dev_seq), 0) FROM ops WHERE device = ?", [device]
        ).fetchone()[0]
        return max(0, int(newest) - int(row[0] if row else 0))

    # -- writing files ---------------------------------------------------------------------------

    def _publish(self, tmp_dir: str, path: str, data: bytes) -> None:
        """tmp → fsync → move without overwriting → read back. FileExistsError if ``path`` is taken."""
        tmp = f"{tmp_dir}/{uuid.uuid4().hex}.part"
        parent = path.rsplit("/", 1)[0] if "/" in path else ""
        if parent:
            self.share.makedirs(parent)
        self.share.write_tmp(tmp, data)
        try:
            try:
                self.share.link(tmp, path)
            except LinkUnsupportedError:
                if self.share.exists(path):
                    raise FileExistsError(path) from None
                self.share.rename(tmp, path)
        finally:
            if self.share.exists(tmp):
                self.share.unlink(tmp)
        try:
            back = self.share.read(path, len(data))
        except UnsafeFileError:
            back = b""
        if back != data:
            raise PublishMismatchError(f"{path} reads back different from what was written")

    def _clean_tmp(self, device: str) -> None:
        """Remove this laptop's unfinished uploads (crash leftovers); nobody else ever reads them."""
        folder = f"devices/{device}/tmp"
        for name in self.share.listdir(folder):
            if name.endswith(".part"):
                self.share.unlink(f"{folder}/{name}")

    # -- reading segments ------------------------------------------------------------------------

    def _read_segment(
        self,
        device: str,
        seq: int,
        accept: Callable[[Segment], SegmentError | None] | None = None,
    ) -> Segment | SegmentError | None:
        """Segment ``seq`` of ``device`` (or its owner's repair), an error if damaged, None if absent.

        With ``accept``, a well-formed copy it refuses (a forged one) counts as damaged, and the next
        repair name is tried: the owner puts its own segment there when a forger took the name.
        """
        first_error: SegmentError | None = None
        for repair in range(0, MAX_REPAIRS + 1):
            try:
                data = self.share.read(seg_path(device, seq, repair), MAX_SEGMENT_FILE)
            except FileNotFoundError:
                if repair == 0:
                    return None
                break
            except UnsafeFileError as exc:
                first_error = first_error or _unsafe_error(exc)
                continue
            try:
                found = decode_segment(data, self.share_id, device, seq)
            except SegmentError as exc:
                first_error = first_error or exc
                continue
            refused = accept(found) if accept is not None else None
            if refused is None:
                return found
            first_error = first_error or refused
        return first_error

    # -- push ------------------------------------------------------------------------------------

    def _push(self, report: SyncReport, verify_all: bool) -> None:
        for _attempt in range(5):
            device = self.store.device_id
            self.share.makedirs(f"devices/{device}/tmp")
            self.share.makedirs(f"devices/{device}/seg")
            unsafe = [
                name
                for name in (f"devices/{device}", f"devices/{device}/tmp", f"devices/{device}/seg")
                if not self.share.is_dir(name)
            ]
            if unsafe:
                # A link put in place of our folder would send our writes (and the clean-up of our
                # unfinished uploads) somewhere else on this computer: write nothing.
                report.skip(
                    "own_folder_unsafe",
                    QT_TRANSLATE_NOOP(
                        "Sync",
                        "This laptop's folder on the shared folder is not a plain folder (a link?); "
                        "nothing was sent: {path}",
                    ),
                    device=device,
                    path=unsafe[0],
                )
                return
            self._clean_tmp(device)
            if not self.share.exists(f"devices/{device}/device.json"):
                public, sign = self._own_key()
                claimed: dict[str, Any] = {
                    "device": device,
                    "author": self.store.author,
                    "since": self.now(),
                    "host": socket.gethostname(),
                    "user": _os_user(),
                    "key": public,
                }
                if sign is not None:
                    claimed["sig"] = sign(
                        ("mtk-admin-device:v1:" + json.dumps(
                            {k: claimed[k] for k in ("device", "author", "since", "host", "user", "key")},
                            sort_keys=True,
                        )).encode("utf-8")
                    )
                info = json.dumps(claimed, ensure_ascii=False).encode("utf-8")
                try:
                    self._publish(f"devices/{device}/tmp", f"devices/{device}/device.json", info)
                except (FileExistsError, PublishMismatchError):
                    pass
            chain = self._reconcile(report)
            if chain is None:
                continue  # took a new device id: start over under it
            if chain.seq < 0:
                return  # blocked until a damaged file is repaired
            self._verify_own(report, verify_all)
            try:
                self._publish_pending(report, chain)
            except FileExistsError:
                continue  # another copy of this laptop published the same number: reconcile again
            return

    def _reconcile(self, report: SyncReport) -> _Chain | None:
        """Bring the local record in line with the share's segments of this device.

        Returns the chain to continue from, or None after taking a new device id (clone or fork).
        """
        device = self.store.device_id
        chain = self._published(device)
        while True:
            found = self._read_segment(device, chain.seq + 1, self._own_check)
            if found is None:
                return chain
            if isinstance(found, SegmentError) and self._foreign(device, chain.seq + 1):
                # Junk under our next name (not even a damaged copy of ours), or a segment not signed
                # by this laptop's key (forged): it must not stop this laptop sending, and is never
                # taken in as ours; our segment goes under the first free repair name beside it.
                path = seg_path(device, chain.seq + 1)
                self._stray(path)
                if found.reason in ("not_signed", "signature"):
                    with self.store.transaction():
                        sync_trust.record_finding(
                            self.store, self.share_id, "forged_segment", found.text.english(), device, path
                        )
                return chain
            if isinstance(found, SegmentError):
                # Ours from another copy of this laptop, damaged: its writer may still put it right, and
                # forking now could publish the same ops twice. Wait a while, then take a new identity.
                key = f"sync.own_damaged.{self.share_id}.{chain.seq + 1}"
                first_seen = self.store.get_local(key)
                if first_seen is None:
                    with self.store.transaction():
                        self.store.set_local(key, self.now())
                    first_seen = self.now()
                age = dt.datetime.now(dt.UTC) - dt.datetime.fromisoformat(first_seen)
                if age.total_seconds() < self.damaged_grace_s:
                    report.problem(
                        "own_damaged",
                        QT_TRANSLATE_NOOP(
                            "Sync",
                            "A file this laptop's identity wrote is damaged on the shared folder; sending "
                            "waits for it to be repaired: {path}",
                        ),
                        device=device,
                        path=seg_path(device, chain.seq + 1),
                    )
                    return _Chain(-1)
                self._fork(report, device, chain, chain.last)
                return None
            diverged_at = None
            if found.prev != chain.sha or found.first != chain.last + 1:
                diverged_at = chain.last + 1
            else:
                numbers = [op.dev_seq for op in found.ops]
                mine = dict(
                    self.store.db.execute(
                        "SELECT dev_seq, op_id FROM ops WHERE device = ? AND dev_seq IN "
                        f"({','.join('?' * len(numbers))})",
                        [device, *numbers],
                    ).fetchall()
                )
                diverged_at = next(
                    (op.dev_seq for op in found.ops if mine.get(op.dev_seq, op.op_id) != op.op_id), None
                )
            if diverged_at is not None:
                # Keep our ops up to where both copies agree under the old id (they are the same ops);
                # only ours after that move to the new id.
                self._fork(report, device, chain, diverged_at - 1)
                return None
            # Ours (crash after the move) or newer than our database (restored from a backup): take it.
            assert isinstance(found, Segment)
            with self.store.transaction() as tx:
                screened = sync_trust.screen(self.store, found.ops)
                result = self.store.integrate(screened.accepted)
                self._record_published(device, found)
                self._queue_blobs(screened.accepted)
                self._record_refusals(report, device, [found], screened.refused)
                sync_trust.update_witness(self.store, f"sync:{device}")
            report.tables |= tx.tables
            if result.new_ops:
                report.problem(
                    "restored",
                    QT_TRANSLATE_NOOP(
                        "Sync",
                        "This laptop's database was older than its own changes on the shared folder "
                        "(restored from a backup?); {count} changes were brought back.",
                    ),
                    device=device,
                    count=result.new_ops,
                )
            chain = _Chain(found.seq, found.body_sha, found.last)

    def _fork(self, report: SyncReport, old: str, chain: _Chain, carry_after: int) -> None:
        """Another copy of this laptop wrote under its id: take a new id, keep both histories."""
        first = self.store.db.execute(
            "SELECT op_id FROM ops WHERE device = ? AND dev_seq > ? ORDER BY dev_seq LIMIT 1",
            [old, carry_after],
        ).fetchone()
        # Two copies carrying the same ops must land on the same new id, or those ops would be published
        # twice under two ids; the id is therefore derived from where the fork is and what it carries.
        new_device = stable_id("fork", f"{old}:{carry_after}:{first[0]}") if first else None
        with self.store.transaction():
            new = self.store.change_device_id(carry_after=carry_after, new_device=new_device)
            self._set_cursor(old, chain)  # the other copy's segments are now pulled like anyone's
        report.new_device_id = new
        report.problem(
            "clone",
            QT_TRANSLATE_NOOP(
                "Sync",
                "Another installation used this laptop's identity (a copied or restored laptop). "
                "This laptop took a new identity; nothing was lost.",
            ),
            device=old,
        )

    def _verify_own(self, report: SyncReport, verify_all: bool) -> None:
        """Check this device's published segments (the newest and one older per sync; all if asked)."""
        device = self.store.device_id
        columns = "SELECT seq, first_dev_seq, last_dev_seq, body_sha, prev_sha FROM sync_published "
        where = "WHERE share_id = ? AND device = ? "
        params = [self.share_id, device]
        oldest = newest = newest_found = None
        if verify_all:
            check = self.store.db.execute(columns + where + "ORDER BY seq", params).fetchall()
        else:
            # Two indexed single-row reads, so a sync costs the same with 10 or 10,000 own segments.
            newest = self.store.db.execute(columns + where + "ORDER BY seq DESC LIMIT 1", params).fetchone()
            newest_found = (
                self._read_segment(device, newest[0], self._recorded_check(newest[3]))
                if newest is not None
                else None
            )
            if newest is not None and newest_found is None:
                # Our newest file is gone (the share was restored from an old backup): check them all.
                return self._verify_own(report, verify_all=True)
            oldest = self.store.db.execute(
                columns + where + "ORDER BY verified_at, seq LIMIT 1", params
            ).fetchone()
            check = [r for r in dict.fromkeys([newest, oldest]) if r is not None]
        for seq, first, last, body_sha, prev in check:
            found = (
                newest_found
                if newest is not None and seq == newest[0]
                else self._read_segment(device, seq, self._recorded_check(body_sha))
            )
            if isinstance(found, Segment) and found.body_sha == body_sha:
                if verify_all or (oldest is not None and seq == oldest[0]):
                    # Its blobs too (not for the newest, checked every sync: blobs can be large).
                    self._upload_blobs(report, found.ops)
                with self.store.transaction():
                    self.store.db.execute(
                        "UPDATE sync_published SET verified_at = ? "
                        "WHERE share_id = ? AND device = ? AND seq = ?",
                        [self.now(), self.share_id, device, seq],
                    )
                continue
            ops = self.store.ops_since(device, first - 1, limit=last - first + 1)
            if len(ops) != last - first + 1:
                report.problem(
                    "cannot_repair",
                    QT_TRANSLATE_NOOP(
                        "Sync",
                        "Segment {seq} of this laptop is damaged on the shared folder and cannot be "
                        "written again here.",
                    ),
                    device=device,
                    seq=seq,
                )
                continue
            data, sha = self._encode(device, seq, prev, ops)
            if sha != body_sha:
                # Published before this laptop signed (or by an older version): make it as it was then.
                data, sha = encode_segment(self.share_id, device, seq, prev, ops)
            if sha != body_sha:
                report.problem(
                    "cannot_repair",
                    QT_TRANSLATE_NOOP(
                        "Sync",
                        "Segment {seq} of this laptop is damaged on the shared folder and cannot be "
                        "written again here.",
                    ),
                    device=device,
                    seq=seq,
                )
                continue
            self._upload_blobs(report, ops)
            self._publish_repair(device, seq, data, missing=found is None)
            report.problem(
                "repaired",
                QT_TRANSLATE_NOOP(
                    "Sync",
                    "Segment {seq} of this laptop was missing or damaged on the shared folder; "
                    "it was written again.",
                ),
                device=device,
                seq=seq,
            )

    def _publish_repair(self, device: str, seq: int, data: bytes, missing: bool) -> None:
        """Write a segment again: under its own name if absent, else under the first free repair name."""
        tmp = f"devices/{device}/tmp"
        names = [0] if missing else list(range(1, MAX_REPAIRS + 1))
        for repair in names:
            try:
                self._publish(tmp, seg_path(device, seq, repair), data)
                return
            except (FileExistsError, PublishMismatchError):
                continue

    # -- keys and pins (docs/sync.md "Trust") ----------------------------------------------------

    def _own_key(self) -> tuple[str, Callable[[bytes], str] | None]:
        """(public key, signer) of the current device id; ("", None) for a laptop without a keyring."""
        device = self.store.device_id
        if device not in self._key_cache:
            self._key_cache[device] = self.keys(device) if self.keys is not None else None
        key = self._key_cache[device]
        if key is None:
            return "", None
        return public_key_text(key), lambda message: sign_bytes(key, message)

    def _encode(self, device: str, seq: int, prev: str, ops: list[Op]) -> tuple[bytes, str]:
        public, sign = self._own_key()
        return encode_segment(self.share_id, device, seq, prev, ops, public, sign)

    def _load_pins(self) -> None:
        self._pins = {
            r[0]: r[1] or ""
            for r in self.store.db.execute("SELECT device, public_key FROM sync_device_pins").fetchall()
        }

    def _expected_key(self, device: str) -> str:
        """The key every segment of ``device`` must be signed with ("" while it is unsigned or new).

        Only the pin counts: the history of a device from before it signed (older versions published
        unsigned segments) stays readable for a laptop that joins later.
        """
        return self._pins.get(device, "")

    def _check_signed(self, device: str, seg: Segment) -> SegmentError | None:
        """None if ``seg`` may be applied as ``device``'s; else why not (forged or wrongly signed)."""
        if seg.key and not signature_holds(seg.key, signed_segment_message(seg.body_sha), seg.sig):
            return SegmentError(
                "signature",
                Text("Sync", QT_TRANSLATE_NOOP("Sync", "its signature does not hold (changed or forged)")),
            )
        expected = self._expected_key(device)
        if expected and seg.key != expected:
            return SegmentError(
                "not_signed",
                Text(
                    "Sync",
                    QT_TRANSLATE_NOOP(
                        "Sync",
                        "it is not signed by the key this laptop pinned for that device (forged, or "
                        "written by someone else in its folder)",
                    ),
                ),
            )
        if device not in self._pins or (seg.key and not self._pins[device]):
            self._pins[device] = seg.key  # first seen in this run: later segments must match it
        return None

    def _pin(self, report: SyncReport, device: str, key: str) -> None:
        """Record the device's key the first time it is seen (in the current transaction)."""
        row = self.store.db.execute(
            "SELECT public_key FROM sync_device_pins WHERE device = ?", [device]
        ).fetchone()
        if row is not None and (row[0] or not key):
            return
        host, user = self._device_info(device, key)
        finger = fingerprint(key) if key else ""
        self.store.db.execute(
            "INSERT INTO sync_device_pins (device, public_key, fingerprint, host, user, first_seen,"
            " share_id) VALUES (?,?,?,?,?,?,?) "
            "ON CONFLICT(device) DO UPDATE SET public_key = excluded.public_key, "
            "fingerprint = excluded.fingerprint, host = excluded.host, user = excluded.user",
            [device, key or None, finger, host, user, self.now(), self.share_id],
        )
        if key:
            report.notice(
                "new_device",
                QT_TRANSLATE_NOOP(
                    "Sync",
                    "A new laptop joined the shared folder: {host} ({user}), key fingerprint {fingerprint}. "
                    "If you do not know it, tell IT.",
                ),
                device=device,
                host=host or "?",
                user=user or "?",
                fingerprint=finger,
            )
        else:
            report.notice(
                "new_device_unsigned",
                QT_TRANSLATE_NOOP(
                    "Sync",
                    "A new laptop joined the shared folder without a keyring: its changes are unsigned "
                    "({host}, {user}). If you do not know it, tell IT.",
                ),
                device=device,
                host=host or "?",
                user=user or "?",
            )

    def _device_info(self, device: str, key: str) -> tuple[str, str]:
        """Host and user from the device's ``device.json``, if its signature holds for ``key``."""
        try:
            data = json.loads(self.share.read(f"devices/{device}/device.json"))
        except (OSError, ValueError, RecursionError):
            return "", ""
        if not isinstance(data, dict):
            return "", ""
        claimed = {k: data.get(k) for k in ("device", "author", "since", "host", "user", "key")}
        if key:
            message = ("mtk-admin-device:v1:" + json.dumps(claimed, sort_keys=True)).encode("utf-8")
            if data.get("key") != key or not signature_holds(key, message, str(data.get("sig") or "")):
                return "", ""
        host, user = data.get("host"), data.get("user")
        return (
            host[:100] if isinstance(host, str) else "",
            user[:100] if isinstance(user, str) else "",
        )

    def _record_refusals(
        self,
        report: SyncReport,
        device: str,
        segments: list[Segment],
        refused: list[sync_trust.Refusal],
    ) -> None:
        """Keep refused ops as findings (in the current transaction) and tell the user per file."""
        if not refused:
            return
        where = {op.op_id: seg_path(device, seg.seq) for seg in segments for op in seg.ops}
        groups: dict[tuple[str, str], list[sync_trust.Refusal]] = {}
        for refusal in refused:
            groups.setdefault((where.get(refusal.op.op_id, ""), refusal.kind), []).append(refusal)
        for (path, kind), items in groups.items():
            sync_trust.record(self.store, self.share_id, items, path)
            report.skipped += len(items) - 1
            report.skip(
                kind, _REFUSAL_TEXTS[kind], device=device, path=path, count=len(items), reason=items[0].reason
            )

    def _own_check(self, seg: Segment) -> SegmentError | None:
        """None if ``seg`` (in this laptop's own folder) is signed by its key, or if it signs nothing."""
        public, _sign = self._own_key()
        if not public:
            return None
        if seg.key == public and signature_holds(public, signed_segment_message(seg.body_sha), seg.sig):
            return None
        return SegmentError(
            "not_signed",
            Text(
                "Sync",
                QT_TRANSLATE_NOOP(
                    "Sync", "it is under this laptop's name but not signed by this laptop's key"
                ),
            ),
        )

    def _recorded_check(self, body_sha: str) -> Callable[[Segment], SegmentError | None]:
        """For an own segment on record: the bytes we published (signed or, before, unsigned) are ours."""

        def check(seg: Segment) -> SegmentError | None:
            return None if seg.body_sha == body_sha else self._own_check(seg)

        return check

    def _foreign(self, device: str, seq: int) -> bool:
        """True if the file under ``seq``'s own name is not ours: junk, or a segment not signed by our key."""
        try:
            data = self.share.read(seg_path(device, seq), MAX_SEGMENT_FILE)
        except UnsafeFileError:
            return True
        except FileNotFoundError:
            return False
        try:
            seg = decode_segment(data, self.share_id, device, seq)
        except SegmentError:
            return looks_foreign(data, self.share_id, device, seq)
        return self._own_check(seg) is not None

    def _publish_pending(self, report: SyncReport, chain: _Chain) -> None:
        device = self.store.device_id
        public, _sign = self._own_key()
        if not public and self.store.get_local(f"sync.signed.{device}"):
            # This laptop signed before and its keyring is not there now: others have pinned its key
            # and would refuse unsigned segments for ever. Keep the changes until the keyring is back.
            if self.waiting():
                report.problem(
                    "keyring_missing",
                    QT_TRANSLATE_NOOP(
                        "Sync",
                        "This laptop's signing key is not available (keyring locked or missing); its "
                        "changes wait until it is.",
                    ),
                )
            return
        if public and not self.store.get_local(f"sync.signed.{device}"):
            with self.store.transaction():
                self.store.set_local(f"sync.signed.{device}", self.now())
        while True:
            ops = fit_ops(self.store.ops_since(device, chain.last, limit=self.segment_ops))
            if not ops:
                return
            self._upload_blobs(report, ops)
            seq = chain.seq + 1
            data, sha = self._encode(device, seq, chain.sha, ops)
            try:
                self._publish(f"devices/{device}/tmp", seg_path(device, seq), data)
            except PublishMismatchError:
                self._publish_repair(device, seq, data, missing=False)
            except FileExistsError:
                if not self._foreign(device, seq):
                    raise
                self._publish_repair(device, seq, data, missing=False)
                found = self._read_segment(device, seq, self._own_check)
                if not isinstance(found, Segment) or found.body_sha != sha:
                    raise
            segment = Segment(
                self.share_id, device, seq, chain.sha, ops[0].dev_seq, ops[-1].dev_seq, tuple(ops), sha
            )
            with self.store.transaction():
                self._record_published(device, segment)
            report.pushed_segments += 1
            report.pushed_ops += len(ops)
            chain = _Chain(seq, sha, ops[-1].dev_seq)

    # -- blobs -----------------------------------------------------------------------------------

    def _upload_blobs(self, report: SyncReport, ops: list[Op] | tuple[Op, ...]) -> None:
        """Put every blob the ops refer to on the share (verified) before the segment goes up."""
        for sha in refs_of_ops(ops, self._blob_fields):
            path = blob_path(sha)
            try:
                if sha256_bytes(self.share.read(path, MAX_BLOB)) == sha:
                    continue
                damaged = True
            except UnsafeFileError:
                damaged = True  # a special file or a huge one under the name: replaced like a damaged copy
            except FileNotFoundError:
                damaged = False
            if self.blobs is None or not self.blobs.verify(sha):
                report.problem(
                    "blob_missing_local",
                    QT_TRANSLATE_NOOP(
                        "Sync", "An attachment ({sha}) is missing on this laptop and could not be shared."
                    ),
                    sha=sha[:12],
                )
                continue
            data = self.blobs.read(sha)
            tmp_dir = f"devices/{self.store.device_id}/tmp"
            if damaged:
                # Content-addressed: the right bytes are defined by the name, so a damaged copy may be mended.
                tmp = f"{tmp_dir}/{uuid.uuid4().hex}.part"
                self.share.write_tmp(tmp, data)
                self.share.replace(tmp, path)
            else:
                try:
                    self._publish(tmp_dir, path, data)
                except FileExistsError:
                    pass  # another laptop uploaded it meanwhile; verified next time it is needed
            report.blobs_up += 1

    def _queue_blobs(self, ops: tuple[Op, ...] | list[Op]) -> None:
        if self.blobs is None:
            return
        for sha in refs_of_ops(ops, self._blob_fields):
            if not self.blobs.has(sha):
                self.store.db.execute(
                    "INSERT OR IGNORE INTO sync_blob_queue (sha256, first_seen) VALUES (?, ?)",
                    [sha, self.now()],
                )

    def fetch_blob(self, sha: str) -> bool:
        """Copy one blob from the share (verified) into the local blob store; True if it is here now."""
        if self.blobs is None or not is_sha256(sha):
            return False
        if self.blobs.verify(sha):
            return True
        try:
            data = self.share.read(blob_path(sha), MAX_BLOB)
        except OSError:
            return False
        if sha256_bytes(data) != sha:
            return False
        self.blobs.put(data)
        return True

    def _fetch_blobs(self, report: SyncReport, limit: int) -> None:
        if self.blobs is None or limit <= 0:
            return
        rows = self.store.db.execute(
            "SELECT sha256 FROM sync_blob_queue ORDER BY attempts, first_seen LIMIT ?", [limit]
        ).fetchall()
        for (sha,) in rows:
            ok = self.fetch_blob(sha)
            with self.store.transaction():
                if ok:
                    self.store.db.execute("DELETE FROM sync_blob_queue WHERE sha256 = ?", [sha])
                else:
                    self.store.db.execute(
                        "UPDATE sync_blob_queue SET attempts = attempts + 1, last_error = ? WHERE sha256 = ?",
                        ["missing or damaged on the shared folder", sha],
                    )
            if ok:
                report.blobs_down += 1

    # -- pull ------------------------------------------------------------------------------------

    def _devices(self) -> list[str]:
        known = {
            r[0]
            for r in self.store.db.execute(
                "SELECT device FROM sync_cursors WHERE share_id = ?", [self.share_id]
            )
        }
        listed = set()
        for name in self.share.listdir("devices"):
            if _is_device_name(name) and self.share.is_dir(f"devices/{name}"):
                listed.add(name)
            elif name != self.store.device_id:
                self._stray(f"devices/{name}")
        return sorted((known | listed) - {self.store.device_id})

    def _stray(self, path: str) -> None:
        """Note a name on the share that is not ours (reported once per laptop, never in the way)."""
        key = f"sync.stray.{self.share_id}.{path}"
        if self.store.get_local(key) is None:
            with self.store.transaction():
                self.store.set_local(key, self.now())
            self._strays.append(path)

    def _pull(self, report: SyncReport) -> None:
        self._queued, self._queued_ops = [], 0
        self._batch_ops = None  # decided when the queue first fills (see _batch_limit)
        with self.store.bulk():
            try:
                for device in self._devices():
                    try:
                        self._pull_device(report, device)
                    except ShareUnavailableError:
                        raise
                    except OSError as exc:
                        # One device's folder unreadable (not a folder, no permission, ...): the others go on.
                        report.skip(
                            "device_unreadable",
                            QT_TRANSLATE_NOOP(
                                "Sync",
                                "The folder of another laptop on the shared folder could not be read "
                                "({error}); its changes were skipped: {path}",
                            ),
                            device=device,
                            path=f"devices/{device}",
                            error=exc.strerror or exc.__class__.__name__,
                        )
            finally:
                # What was verified is applied, also when the share failed part way.
                self._flush(report)

    def _report_strays(self, report: SyncReport) -> None:
        if len(self._strays) > MAX_STRAYS_SHOWN:
            report.problem(
                "strays",
                QT_TRANSLATE_NOOP(
                    "Sync",
                    "{count} more things in the shared folder that this program did not write are ignored.",
                ),
                count=len(self._strays) - MAX_STRAYS_SHOWN,
            )
        for path in self._strays[:MAX_STRAYS_SHOWN]:
            report.problem(
                "stray",
                QT_TRANSLATE_NOOP(
                    "Sync",
                    "Something in the shared folder that this program did not write is ignored "
                    "(reported once): {path}",
                ),
                path=path,
            )

    def _pull_device(self, report: SyncReport, device: str) -> None:
        """Queue the segments of one device that follow on from its cursor; they are applied in batches.

        The queue holds verified segments of several devices and is applied in one transaction when it
        reaches ``BATCH_OPS`` ops, at the end of the pull, or before a problem with this device is
        reported (so the problem is reported only if what came before it was applied, as before).
        """
        cursor = self._cursor(device)
        pending: list[Segment] = []  # verified, following on from the cursor, not queued yet

        def accept(seg: Segment) -> SegmentError | None:
            return self._check_signed(device, seg)

        def hand_over() -> bool:
            """Apply the queue with ``pending``; False if a segment of this device was not applied."""
            nonlocal pending
            self._enqueue(device, pending)
            pending = []
            return device not in self._flush(report)

        try:
            while True:
                found = self._read_segment(device, cursor.seq + 1, accept)
                if found is None:
                    break
                path = seg_path(device, cursor.seq + 1)
                if isinstance(found, SegmentError):
                    if found.reason in ("not_signed", "signature"):
                        with self.store.transaction():
                            sync_trust.record_finding(
                                self.store,
                                self.share_id,
                                "forged_segment",
                                found.text.english(),
                                device,
                                path,
                            )
                    if hand_over():
                        report.skipped += 1
                        report.problems.append(
                            Problem(
                                "bad_segment",
                                Text(
                                    "Sync",
                                    QT_TRANSLATE_NOOP(
                                        "Sync",
                                        "Skipped a damaged file from another laptop ({reason}); "
                                        "it is tried again "
                                        "later: {path}",
                                    ),
                                    {"reason": found.text.english(), "path": path},
                                ),
                                device,
                                path,
                            )
                        )
                    break
                if found.prev != cursor.sha or found.first != cursor.last + 1:
                    if hand_over():
                        report.skip(
                            "chain",
                            QT_TRANSLATE_NOOP(
                                "Sync",
                                "A file from another laptop does not follow on from the previous one; "
                                "skipped: {path}",
                            ),
                            device=device,
                            path=path,
                        )
                    break
                pending.append(found)
                cursor = _Chain(found.seq, found.body_sha, found.last)
                queued = self._queued_ops + sum(len(seg.ops) for seg in pending)
                if queued >= self._batch_limit(queued):
                    if not hand_over():
                        break
        except Exception:
            # The share failed while reading ahead: what was verified before still counts.
            hand_over()
            raise
        self._enqueue(device, pending)

    def _batch_limit(self, queued: int) -> int:
        """Ops applied per transaction: ``BATCH_OPS``, or ``FIRST_PULL_BATCH_OPS`` into an (almost) empty
        log; asked once per pull, when the queue first reaches ``BATCH_OPS`` (a no-op sync never asks)."""
        if queued < BATCH_OPS:
            return BATCH_OPS
        if self._batch_ops is None:
            first = small_log(self.store, FIRST_PULL_BELOW)
            self._batch_ops = FIRST_PULL_BATCH_OPS if first else BATCH_OPS
        return self._batch_ops

    def _enqueue(self, device: str, segments: list[Segment]) -> None:
        if segments:
            self._queued.append((device, segments))
            self._queued_ops += sum(len(seg.ops) for seg in segments)

    def _flush(self, report: SyncReport) -> set[str]:
        """Apply the queued segments of every device in one transaction; the devices not (fully) applied.

        One transaction for several devices keeps every guarantee of one per device: each device's
        segments are screened and integrated exactly as on their own and in the same order, with its
        cursor, pin, findings and witness; the whole is committed or nothing is (a crash re-pulls it).
        If any of it clashes, the transaction is rolled back and each device is applied on its own
        (:meth:`_apply`, which goes down to single segments), so the problem names the file.
        """
        queue, self._queued, self._queued_ops = self._queued, [], 0
        if len(queue) > 1:
            scratch = SyncReport()  # merged into ``report`` only if the transaction commits
            try:
                with self.store.transaction():
                    if self._independent(queue):
                        self._apply_together(scratch, queue)
                    else:
                        for device, segments in queue:
                            self._apply_segments(scratch, device, segments)
            except StoreError:
                pass
            else:
                self._merge_report(report, scratch)
                return set()
        return {device for device, segments in queue if not self._apply(report, device, segments)}

    def _independent(self, queue: list[tuple[str, list[Segment]]]) -> bool:
        """True if the queued devices' ops can be screened and integrated as one set with the same
        result as device by device: no op of a guarded table (whose screening reads what the devices
        before applied) and no op id twice (integrating one set keeps one op per id)."""
        guarded = sync_trust.guarded_tables(self.store)
        ids: set[str] = set()
        count = 0
        for _device, segments in queue:
            for seg in segments:
                count += len(seg.ops)
                ids.update(op.op_id for op in seg.ops)
                if not guarded.isdisjoint({op.tbl for op in seg.ops}):
                    return False
        return len(ids) == count

    def _apply_together(self, report: SyncReport, queue: list[tuple[str, list[Segment]]]) -> None:
        """:meth:`_apply_segments` for several devices at once (one screen, one insert, each row merged
        once), inside the current transaction; only for a queue that is :meth:`_independent`."""
        with self.store.transaction() as tx:
            ops = [op for _device, segments in queue for seg in segments for op in seg.ops]
            screened = sync_trust.screen(self.store, ops)
            result = integrate_pulled(self.store, screened.accepted)
            refused: dict[str, list[sync_trust.Refusal]] = {}
            for refusal in screened.refused:
                refused.setdefault(refusal.op.device, []).append(refusal)
            self._queue_blobs(screened.accepted)
            for device, segments in queue:
                last = segments[-1]
                self._set_cursor(device, _Chain(last.seq, last.body_sha, last.last))
                self._record_refusals(report, device, segments, refused.get(device, []))
                sync_trust.update_witness(self.store, f"sync:{device}")
                self._pin(report, device, last.key)
                report.pulled_segments += len(segments)
            report.tables |= tx.tables
        report.pulled_ops += result.new_ops
        self._report_skews(report, result.skews)

    @staticmethod
    def _merge_report(report: SyncReport, part: SyncReport) -> None:
        report.tables |= part.tables
        report.pulled_segments += part.pulled_segments
        report.pulled_ops += part.pulled_ops
        report.skipped += part.skipped
        report.notices += part.notices
        for problem in part.problems:
            if problem.code == "skew" and any(
                p.code == "skew" and p.device == problem.device for p in report.problems
            ):
                continue
            report.problems.append(problem)

    def _apply(self, report: SyncReport, device: str, segments: list[Segment]) -> bool:
        """Apply consecutive verified segments of one device with its cursor in one transaction.

        Several segments in one transaction keep every guarantee of one per segment: they are applied
        whole, together with the cursor past the last of them, or not at all (a crash re-pulls them),
        and the merged state depends only on the set of ops. It saves a commit (an fsync, and the
        rewrite of the same index pages) per segment. If the batch clashes with ops here, its segments
        are tried one by one, so the ones before the clash are applied and the problem names the file.
        False if a segment was not applied (the pull of this device stops there).
        """
        if not segments:
            return True
        part = SyncReport()
        try:
            with self.store.transaction():
                self._apply_segments(part, device, segments)
        except StoreError as exc:
            if len(segments) > 1:
                return all(self._apply(report, device, [seg]) for seg in segments)
            report.skip(
                "collision",
                QT_TRANSLATE_NOOP(
                    "Sync",
                    "A file from another laptop clashes with changes here and was not applied "
                    "({error}): {path}",
                ),
                device=device,
                path=seg_path(device, segments[0].seq),
                error=str(exc),
            )
            return False
        self._merge_report(report, part)
        return True

    def _apply_segments(self, report: SyncReport, device: str, segments: list[Segment]) -> None:
        """Screen and integrate one device's consecutive segments inside the current transaction."""
        with self.store.transaction() as tx:
            screened = sync_trust.screen(self.store, [op for seg in segments for op in seg.ops])
            # Values straight from the segment's JSON: nothing to normalise.
            result = integrate_pulled(self.store, screened.accepted)
            last = segments[-1]
            self._set_cursor(device, _Chain(last.seq, last.body_sha, last.last))
            self._queue_blobs(screened.accepted)
            self._record_refusals(report, device, segments, screened.refused)
            sync_trust.update_witness(self.store, f"sync:{device}")
            self._pin(report, device, segments[-1].key)
            report.tables |= tx.tables
        report.pulled_segments += len(segments)
        report.pulled_ops += result.new_ops
        self._report_skews(report, result.skews)

    @staticmethod
    def _report_skews(report: SyncReport, skews: list[Skew]) -> None:
        for skew in skews:
            if skew.ahead_ms > SKEW_WARN_MS and not any(
                p.code == "skew" and p.device == skew.remote.device for p in report.problems
            ):
                report.problem(
                    "skew",
                    QT_TRANSLATE_NOOP(
                        "Sync",
                        "The clock of another laptop is {hours} hours ahead of this one; its changes "
                        "are kept, but one of the two clocks is wrong: please check them.",
                    ),
                    device=skew.remote.device,
                    hours=round(skew.ahead_ms / 3_600_000, 1),
                )


_REFUSAL_TEXTS = {
    "quarantine": QT_TRANSLATE_NOOP(
        "Sync",
        "{count} changes from another laptop were not applied because they are malformed "
        "(first: {reason}); kept aside as a finding: {path}",
    ),
    "tamper": QT_TRANSLATE_NOOP(
        "Sync",
        "{count} changes from another laptop tried to alter or delete saved evidence and were refused "
        "(first: {reason}); recorded as a tamper finding: {path}",
    ),
}


def _os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - getpass raises several kinds where no user is known
        return ""


def _unsafe_error(exc: UnsafeFileError) -> SegmentError:
    if exc.reason == "too_large":
        return SegmentError(
            "too_large",
            Text("Sync", QT_TRANSLATE_NOOP("Sync", "the file is larger than a segment may be")),
        )
    return SegmentError(
        "not_regular",
        Text(
            "Sync",
            QT_TRANSLATE_NOOP("Sync", "not a plain file (a link, pipe, device or folder); it is not read"),
        ),
    )


def _is_device_name(name: str) -> bool:
    return is_app_id(name)


def behind_clock(store: Store) -> int:
    """How far (ms) the newest op of another device is ahead of this laptop's wall clock (0 if not)."""
    newest = store.db.execute("SELECT max(hlc) FROM ops WHERE device != ?", [store.device_id]).fetchone()[0]
    if not newest:
        return 0
    try:
        ts = Timestamp.decode(newest)
    except ValueError:
        return 0
    wall = int(dt.datetime.now(dt.UTC).timestamp() * 1000)
    return max(0, ts.wall_ms - wall)
