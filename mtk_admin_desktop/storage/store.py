"""The one write path: every change writes its row and its operation record in one transaction.

A :class:`Store` wraps one SQLite connection (one per thread). Rows of synced tables are never written
directly: :meth:`Transaction.create`, :meth:`Transaction.update` and :meth:`Transaction.delete` write
:class:`~mtk_admin_desktop.domain.oplog.Op` records, and the row is materialised from its ops by the pure
merge in ``domain.oplog``. Remote ops from the sync go through :meth:`Store.integrate`, the same code.
The hybrid logical clock is persisted in the same transaction as the ops it stamps.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import json
import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mtk_admin_desktop.domain.hlc import HybridLogicalClock, Skew, Timestamp
from mtk_admin_desktop.domain.ids import new_id
from mtk_admin_desktop.domain.oplog import DELETED, Op, resolve_field, resolve_row
from mtk_admin_desktop.storage.database import Database
from mtk_admin_desktop.storage.migrations import migrate
from mtk_admin_desktop.storage.schema import TableSpec, all_tables

if TYPE_CHECKING:  # sqlite-utils is imported only when a migration runs (storage/database.py)
    import sqlite_utils

Listener = Callable[[frozenset[str]], None]


class StoreError(RuntimeError):
    """A write the store refuses (unknown table or field, append-only field, missing row)."""


class AppendOnlyError(StoreError):
    """An attempt to change a field that never changes once written (moderation evidence)."""


# One encoder for every call: json.dumps with options builds a new encoder each time (a first pull
# encodes 200,000+ values). Same output as json.dumps(value, ensure_ascii=False, sort_keys=True, ...).
_ENCODE = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode


def _json(value: Any) -> str:
    return _ENCODE(value)


def _utc_now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def connect(path: Path | str) -> Database:
    """Open (creating if needed) the SQLite file at ``path`` (``":memory:"`` for tests), migrated.

    WAL is used on local files; ``synchronous=FULL`` so a committed change survives a power cut.
    """
    memory = str(path) == ":memory:"
    if not memory:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    db: Database | None = None
    try:
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=True, timeout=30)
        # Plain sqlite3; sqlite-utils (without plugins) only if a migration needs it (storage/database.py).
        db = Database(conn)
        if not memory:
            db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=FULL")
        db.execute("PRAGMA foreign_keys=ON")
        db.execute("PRAGMA recursive_triggers=ON")  # as sqlite-utils set it when it opened the store
        db.execute("PRAGMA busy_timeout=30000")
        migrate(db)
    except sqlite3.OperationalError:
        if db is not None:
            db.close()
        if memory or not _on_read_only_medium(Path(path)):
            raise
        return _connect_read_only(Path(path))
    return db


def _on_read_only_medium(path: Path) -> bool:
    """The store's folder cannot be written (read-only USB stick, CD, share mounted read-only).

    Tried by creating a file rather than asked of ``os.access``: on Windows every folder counts as
    writable there, whatever the medium.
    """
    import errno
    import tempfile

    if not path.exists():
        return False
    try:
        with tempfile.TemporaryFile(dir=path.parent, prefix=".mtk-write-probe-"):
            return False
    except OSError as exc:
        return exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM)


def _connect_read_only(path: Path) -> Database:
    """Open a store on a read-only medium for reading only; every write fails as read-only.

    In WAL mode SQLite must create ``-shm`` beside the file even to read, which a read-only folder
    refuses ("unable to open database file"). ``immutable=1`` reads the file without it, but would
    also ignore a ``-wal`` file left beside it (changes not yet checkpointed): then reading is refused
    too rather than showing an older state as if it were the whole store.
    """
    from urllib.parse import quote

    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        raise sqlite3.OperationalError(
            f"unable to open database file: the newest changes are in {wal.name}, which cannot be read "
            "from a read-only folder"
        )
    uri = f"file:{quote(str(path.resolve()))}?mode=ro&immutable=1"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=True, timeout=30)
    db = Database(conn)
    db.execute("PRAGMA foreign_keys=ON")
    db.execute("PRAGMA recursive_triggers=ON")
    migrate(db)  # nothing to do for a store of this version; a pending step fails as read-only
    return db


@dataclass
class IntegrateResult:
    """What :meth:`Store.integrate` did: ops new to this store, rows touched, clock skews seen."""

    new_ops: int = 0
    duplicates: int = 0
    rows: set[tuple[str, str]] = field(default_factory=set)
    skews: list[Skew] = field(default_factory=list)


class Transaction:
    """The writes of one transaction; made by :meth:`Store.transaction`."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.tables: set[str] = set()

    def create(self, table: str, values: Mapping[str, Any], row_id: str | None = None) -> str:
        """Create a row (or, for a natural-key id that exists already, update it); returns its id."""
        row_id = row_id or new_id()
        self._write(table, row_id, values, creating=True)
        return row_id

    def update(self, table: str, row_id: str, values: Mapping[str, Any]) -> None:
        """Change fields of an existing row; only fields whose value changes get an op."""
        if self.store.get(table, row_id, include_deleted=True) is None:
            raise StoreError(f"{table} {row_id} does not exist")
        self._write(table, row_id, values, creating=False)

    def delete(self, table: str, row_id: str) -> None:
        """Mark a row deleted; the delete records which edits it had seen (nothing is removed)."""
        self._set_deleted(table, row_id, True)

    def restore(self, table: str, row_id: str) -> None:
        """Undo a delete (or keep a row that was deleted on one laptop and edited on another)."""
        self._set_deleted(table, row_id, False)

    def resolve(self, table: str, row_id: str, field_name: str, value: Any) -> None:
        """Settle a conflict: a new op on ``field_name`` that supersedes the whole frontier."""
        self._write(table, row_id, {field_name: value}, creating=False, force=True)

    # -- internals -------------------------------------------------------------------------------

    def _set_deleted(self, table: str, row_id: str, deleted: bool) -> None:
        spec = self.store.spec(table)
        ops = self.store.ops_for_row(table, row_id)
        if not ops:
            raise StoreError(f"{table} {row_id} does not exist")
        by_field: dict[str, list[Op]] = {}
        for op in ops:
            by_field.setdefault(op.field, []).append(op)
        seen: list[str] = []
        for name, field_ops in by_field.items():
            if name != DELETED and spec.policy(name).kind == "lww":
                seen.extend(op.op_id for op in resolve_field(field_ops).frontier)
        prev = [op.op_id for op in resolve_field(by_field.get(DELETED, [])).frontier]
        self._append(table, row_id, "del", DELETED, deleted, prev, sorted(seen))
        self.store._materialise(table, row_id)
        self.tables.add(table)

    def _write(
        self, table: str, row_id: str, values: Mapping[str, Any], creating: bool, force: bool = False
    ) -> None:
        spec = self.store.spec(table)
        unknown = set(values) - set(spec.fields)
        if unknown:
            raise StoreError(f"{table} has no field(s) {sorted(unknown)}")
        ops = self.store.ops_for_row(table, row_id)
        by_field: dict[str, list[Op]] = {}
        for op in ops:
            by_field.setdefault(op.field, []).append(op)
        wrote = False
        for name, value in values.items():
            value = _normalise(value)
            field_ops = by_field.get(name, [])
            policy = spec.policy(name)
            if field_ops and policy.kind == "first":
                if _json(resolve_field(field_ops, policy).value) == _json(value):
                    continue
                raise AppendOnlyError(f"{table}.{name} cannot be changed once saved")
            state = resolve_field(field_ops, policy)
            if field_ops and not force and not state.conflict and _json(state.value) == _json(value):
                continue
            prev = [op.op_id for op in state.frontier] if policy.kind == "lww" else []
            self._append(table, row_id, "set", name, value, prev, [])
            wrote = True
        if creating and not ops and not wrote:
            # A row with no values at all still needs an op to exist.
            first = next(iter(spec.fields))
            self._append(table, row_id, "set", first, None, [], [])
            wrote = True
        if wrote:
            self.store._materialise(table, row_id)
            self.tables.add(table)

    def _append(
        self, table: str, row_id: str, kind: str, name: str, value: Any, prev: list[str], seen: list[str]
    ) -> None:
        store = self.store
        ts = store.clock.now()
        store._dev_seq += 1
        store.db.execute(
            "INSERT INTO ops (op_id, device, dev_seq, hlc, tbl, row_id, kind, field, value, prev, seen,"
            " author, received_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [
                new_id(),
                store.device_id,
                store._dev_seq,
                ts.encode(),
                table,
                row_id,
                kind,
                name,
                _json(value),
                _json(prev),
                _json(seen),
                store.author,
                _utc_now(),
            ],
        )
        store._save_clock()


_PLAIN_IDS = re.compile(r"[0-9A-Za-z-]*")


def _id_list(ids: tuple[str, ...]) -> str:
    """``_json(list(ids))``, built directly for the usual UUID-like ids (nothing to escape)."""
    if not ids:
        return "[]"
    if all(type(i) is str for i in ids) and _PLAIN_IDS.fullmatch("".join(ids)):
        return '["' + '","'.join(ids) + '"]'
    return _json(list(ids))


def _plain_json(value: Any) -> bool:
    """True if ``value`` reads back from its JSON as itself (what a segment's decoded values are)."""
    if value is None or type(value) in (str, int, float, bool):
        return True
    if type(value) is list:
        return all(_plain_json(v) for v in value)
    if type(value) is dict:
        return all(type(k) is str and _plain_json(v) for k, v in value.items())
    return False


def _normalise(value: Any) -> Any:
    """Values as they will read back from JSON (tuples become lists, and so on)."""
    return json.loads(_json(value))


class Store:
    """One connection to the local database, with the device's identity and clock.

    Signals are not used (no Qt here): :meth:`add_listener` registers a callable that gets the set of
    tables changed after each committed transaction on this connection.
    """

    def __init__(
        self, db: Database | sqlite_utils.Database, author: str = "", wall: Callable[[], int] | None = None
    ) -> None:
        self.db = db = Database.of(db)
        self.author = author
        self._tables = all_tables()
        self._listeners: list[Listener] = []
        self._tx: Transaction | None = None
        self._bulk: dict[str, int] | None = None  # inside bulk(): the settings it will restore
        self.device_id = self._local("device_id") or self._init_device()
        # Every write of ops (own transactions, integrate, device rebase) saves the clock in the same
        # transaction, so the saved clock is at least the newest op's. Scanning the ops (a full scan:
        # ~70 ms of start-up with 100,000 ops) is needed only for a store that never saved one.
        last = self._local("hlc")
        newest = None if last else db.execute("SELECT max(hlc) FROM ops").fetchone()[0]
        stamps = [Timestamp.decode(t) for t in (last, newest) if t]
        start = max(stamps, default=None)
        self.clock = HybridLogicalClock(self.device_id, wall=wall)
        if start is not None:
            self.clock.last = Timestamp(start.wall_ms, start.counter, self.device_id)
        self._dev_seq = db.execute(
            "SELECT coalesce(max(dev_seq), 0) FROM ops WHERE device = ?", [self.device_id]
        ).fetchone()[0]

    @classmethod
    def open(cls, path: Path | str, author: str = "", wall: Callable[[], int] | None = None) -> Store:
        """Open the database file at ``path`` (migrating it) as a store."""
        return cls(connect(path), author=author, wall=wall)

    def close(self) -> None:
        self.db.close()

    # -- identity and clock ----------------------------------------------------------------------

    def _local(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM local_state WHERE key = ?", [key]).fetchone()
        return row[0] if row else None

    def set_local(self, key: str, value: str) -> None:
        """Write a device-local value (not synced); part of the current transaction if there is one."""
        self.db.execute(
            "INSERT INTO local_state (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [key, value],
        )

    def get_local(self, key: str) -> str | None:
        return self._local(key)

    def _init_device(self) -> str:
        device = new_id()
        self.set_local("device_id", device)
        return device

    def change_device_id(self, carry_after: int | None = None, new_device: str | None = None) -> str:
        """Take a new device id (after a cloned laptop was found); the clock carries on.

        With ``carry_after``, this laptop's ops of the old id numbered above it (never published: another
        copy published different ops under those numbers) move to the new id with fresh numbers, so
        both histories survive; op ids and values are unchanged. ``new_device`` chooses the new id (the
        sync derives it from the ops carried, so two copies carrying the same ops pick the same id).
        """
        with self.transaction():
            old = self.device_id
            self.device_id = new_device or new_id()
            self.set_local("device_id", self.device_id)
            self.clock.device = self.device_id
            self._dev_seq = 0
            if carry_after is not None:
                moving = self.db.execute(
                    "SELECT op_id, tbl, row_id FROM ops WHERE device = ? AND dev_seq > ? ORDER BY dev_seq",
                    [old, carry_after],
                ).fetchall()
                for op_id, _, _ in moving:
                    self._dev_seq += 1
                    self.db.execute(
                        "UPDATE ops SET device = ?, dev_seq = ? WHERE op_id = ?",
                        [self.device_id, self._dev_seq, op_id],
                    )
                for table, row_id in sorted({(m[1], m[2]) for m in moving}):
                    if table in self._tables:
                        self._materialise(table, row_id)  # conflicts name the ops' new device
            self._save_clock()
        return self.device_id

    def _catch_up(self) -> None:
        """Take over what another connection of this device wrote (op numbers, clock); in a transaction.

        The window and its background work (the archive export's marking, a sync) each hold a connection
        to the same file with their own counters. Without this, a worker that opened before the window
        saved an edit would reuse the edit's op number and fail (UNIQUE device, dev_seq), or stamp its
        ops earlier than the edit. Both reads are index lookups.
        """
        newest = self.db.execute(
            "SELECT coalesce(max(dev_seq), 0) FROM ops WHERE device = ?", [self.device_id]
        ).fetchone()[0]
        self._dev_seq = max(self._dev_seq, int(newest))
        saved = self._local("hlc")
        if saved:
            try:
                stamp = Timestamp.decode(saved)
            except ValueError:
                return
            if (stamp.wall_ms, stamp.counter) > (self.clock.last.wall_ms, self.clock.last.counter):
                self.clock.last = Timestamp(stamp.wall_ms, stamp.counter, self.device_id)

    def _save_clock(self) -> None:
        self.set_local("hlc", self.clock.last.encode())

    # -- tables ----------------------------------------------------------------------------------

    def spec(self, table: str) -> TableSpec:
        try:
            return self._tables[table]
        except KeyError:
            raise StoreError(f"no synced table {table!r}") from None

    @property
    def tables(self) -> dict[str, TableSpec]:
        return dict(self._tables)

    # -- transactions ----------------------------------------------------------------------------

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Transaction]:
        """One SQLite transaction (``BEGIN IMMEDIATE``); nested calls join the outer one.

        Either everything in the block is committed (rows, ops, clock) or nothing is.
        """
        if self._tx is not None:
            yield self._tx
            return
        tx = Transaction(self)
        saved_clock, saved_seq = self.clock.last, self._dev_seq
        self.db.execute("BEGIN IMMEDIATE")
        self._catch_up()
        self._tx = tx
        try:
            yield tx
        except BaseException:
            self._tx = None
            if self.db.conn.in_transaction:
                self.db.execute("ROLLBACK")
            self.clock.last, self._dev_seq = saved_clock, saved_seq
            raise
        self._tx = None
        try:
            self.db.execute("COMMIT")
        except BaseException:
            if self.db.conn.in_transaction:
                self.db.execute("ROLLBACK")
            self.clock.last, self._dev_seq = saved_clock, saved_seq
            raise
        if tx.tables:
            self._notify(frozenset(tx.tables))

    def create(self, table: str, values: Mapping[str, Any], row_id: str | None = None) -> str:
        with self.transaction() as tx:
            return tx.create(table, values, row_id)

    def update(self, table: str, row_id: str, values: Mapping[str, Any]) -> None:
        with self.transaction() as tx:
            tx.update(table, row_id, values)

    def delete(self, table: str, row_id: str) -> None:
        with self.transaction() as tx:
            tx.delete(table, row_id)

    def restore(self, table: str, row_id: str) -> None:
        with self.transaction() as tx:
            tx.restore(table, row_id)

    def resolve(self, table: str, row_id: str, field_name: str, value: Any) -> None:
        with self.transaction() as tx:
            tx.resolve(table, row_id, field_name, value)

    # -- listeners -------------------------------------------------------------------------------

    def add_listener(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def remove_listener(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _notify(self, tables: frozenset[str]) -> None:
        for listener in list(self._listeners):
            listener(tables)

    # -- reading ---------------------------------------------------------------------------------

    def _decode(self, spec: TableSpec, row: dict[str, Any]) -> dict[str, Any]:
        for name in spec.json_fields:
            if row.get(name) is not None:
                row[name] = json.loads(row[name])
        return row

    def get(self, table: str, row_id: str, include_deleted: bool = False) -> dict[str, Any] | None:
        """One row as a dict (JSON fields decoded), or None."""
        spec = self.spec(table)
        rows = list(self.db.query(f"SELECT * FROM [{table}] WHERE id = ?", [row_id]))
        if not rows or (rows[0]["_deleted"] and not include_deleted):
            return None
        return self._decode(spec, rows[0])

    def rows(
        self,
        table: str,
        where: str = "",
        params: Iterable[Any] = (),
        order_by: str = "",
        include_deleted: bool = False,
        limit: int | None = None,
    ) -> list[dict[str, Any]]:
        """Rows of a table; ``where`` is an SQL condition with ``?`` placeholders."""
        spec = self.spec(table)
        conditions = [] if include_deleted else ["_deleted = 0"]
        if where:
            conditions.append(f"({where})")
        sql = f"SELECT * FROM [{table}]"
        if conditions:
            sql += " WHERE " + " AND ".join(conditions)
        if order_by:
            sql += f" ORDER BY {order_by}"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [self._decode(spec, row) for row in self.db.query(sql, list(params))]

    def ops_for_row(self, table: str, row_id: str) -> list[Op]:
        cur = self.db.execute(
            "SELECT op_id, device, dev_seq, hlc, tbl, row_id, kind, field, value, prev, seen, author "
            "FROM ops WHERE tbl = ? AND row_id = ?",
            [table, row_id],
        )
        return [_op_from_row(r) for r in cur.fetchall()]

    def history(self, table: str, row_id: str) -> list[Op]:
        """Every op of a row, oldest first (for "who changed what" views)."""
        return sorted(self.ops_for_row(table, row_id), key=Op.order_key)

    def conflicts(self, table: str | None = None) -> list[dict[str, Any]]:
        """Open conflicts: ``{tbl, row_id, field, ops: [op json...]}``; field ``_deleted`` with ops that
        a delete had not seen means "deleted here, edited there"."""
        sql = "SELECT tbl, row_id, field, ops FROM conflicts"
        params: list[Any] = []
        if table:
            sql += " WHERE tbl = ?"
            params.append(table)
        return [
            {"tbl": r[0], "row_id": r[1], "field": r[2], "ops": json.loads(r[3])}
            for r in self.db.execute(sql + " ORDER BY tbl, row_id, field", params).fetchall()
        ]

    def ops_since(self, device: str, after_seq: int, limit: int | None = None) -> list[Op]:
        """Ops of one device with ``dev_seq`` above ``after_seq``, in sequence order (for sync)."""
        sql = (
            "SELECT op_id, device, dev_seq, hlc, tbl, row_id, kind, field, value, prev, seen, author "
            "FROM ops WHERE device = ? AND dev_seq > ? ORDER BY dev_seq"
        )
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [_op_from_row(r) for r in self.db.execute(sql, [device, after_seq]).fetchall()]

    # -- merging ---------------------------------------------------------------------------------

    @contextlib.contextmanager
    def bulk(self) -> Iterator[None]:
        """Connection settings for a long run of transactions (a first pull), restored afterwards.

        Durability and atomicity are unchanged (``synchronous`` is not touched): a larger page cache
        keeps a batch's dirty index pages in memory instead of spilling them into the WAL early (ops
        have random ids, so every batch touches pages all over the indexes), and checkpoints come less
        often, so a page rewritten by many commits is copied into the database once. The settings are
        made by the first :meth:`integrate` inside: a pull that brings nothing changes nothing (shrinking
        the cache back would drop its warm pages, and a no-op sync must stay cheap).
        """
        if self._bulk is not None:
            yield
            return
        self._bulk = {}
        try:
            yield
        finally:
            saved, self._bulk = self._bulk, None
            for name, value in saved.items():
                self.db.execute(f"PRAGMA {name}={int(value)}")
            if saved and not self.db.conn.in_transaction:
                # Copy the pull's WAL into the database now, not in the middle of the next small write.
                self.db.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()

    def _start_bulk(self) -> None:
        if self._bulk is None or self._bulk:
            return  # not in bulk mode, or set already
        self._bulk.update(
            {
                name: self.db.execute(f"PRAGMA {name}").fetchone()[0]
                for name in ("cache_size", "wal_autocheckpoint")
            }
        )
        self.db.execute("PRAGMA cache_size=-65536")  # 64 MiB, allocated only as pages are used
        self.db.execute("PRAGMA wal_autocheckpoint=10000")  # about 40 MB of WAL between checkpoints

    def integrate(self, ops: Iterable[Op], decoded: bool = False) -> IntegrateResult:
        """Add ops from elsewhere (idempotent) and re-materialise the rows they touch.

        Call inside :meth:`transaction` to make it part of a larger atomic step (one segment, or several
        consecutive segments of one device). Ops for tables this version does not know are kept in the
        log (and so passed on), not applied.

        The bulk path (a first pull is 100,000 ops): the ops already stored for the touched rows are read
        *before* the insert, in one query per 500 rows, so the new ops are never read back and decoded;
        every touched row is merged once by :func:`~mtk_admin_desktop.domain.oplog.resolve_row` from
        (stored ops + new ops), which is exactly the set :meth:`_materialise` would read afterwards.

        ``decoded``: every value comes straight from ``json.loads`` (a segment from the share), so it
        reads back from the log as itself and need not be normalised.
        """
        result = IntegrateResult()
        self._start_bulk()
        with self.transaction() as tx:
            now = _utc_now()
            batch = list({op.op_id: op for op in ops}.values())
            known: set[str] = set()
            for first in range(0, len(batch), 500):
                ids = [op.op_id for op in batch[first : first + 500]]
                known.update(
                    r[0]
                    for r in self.db.execute(
                        f"SELECT op_id FROM ops WHERE op_id IN ({','.join('?' * len(ids))})", ids
                    ).fetchall()
                )
            records: list[tuple[Any, ...]] = []
            touched: dict[str, dict[str, list[Op]]] = {}
            for op in batch:
                if op.op_id in known:
                    continue
                value = _json(op.value)
                if not decoded and not _plain_json(op.value):
                    # Merge the value as it will read back from the log (tuples become lists, ...).
                    op = dataclasses.replace(op, value=json.loads(value))
                records.append(
                    (
                        op.op_id,
                        op.device,
                        op.dev_seq,
                        op.hlc,
                        op.tbl,
                        op.row_id,
                        op.kind,
                        op.field,
                        value,
                        _id_list(op.prev),
                        _id_list(op.seen),
                        op.author,
                        now,
                    )
                )
                result.rows.add((op.tbl, op.row_id))
                if op.tbl in self._tables:
                    touched.setdefault(op.tbl, {}).setdefault(op.row_id, []).append(op)
            result.new_ops = len(records)
            result.duplicates = len(batch) - len(records)
            # The stored ops of the touched rows, read before the insert: none of them is new.
            for table, rows in touched.items():
                row_ids = list(rows)
                for first in range(0, len(row_ids), 500):
                    chunk = row_ids[first : first + 500]
                    marks = ",".join("?" * len(chunk))
                    cur = self.db.execute(
                        "SELECT op_id, device, dev_seq, hlc, tbl, row_id, kind, field, value, prev, seen,"
                        f" author FROM ops WHERE tbl = ? AND row_id IN ({marks})",
                        [table, *chunk],
                    )
                    for r in cur.fetchall():
                        rows[r[5]].append(_op_from_row(r))
            try:
                # One executemany: the bulk of a first pull is this insert.
                self.db.conn.executemany(
                    "INSERT INTO ops (op_id, device, dev_seq, hlc, tbl, row_id, kind, field, value,"
                    " prev, seen, author, received_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    records,
                )
            except sqlite3.IntegrityError as exc:
                # Same (device, dev_seq) as another op: ignoring it would lose it silently.
                raise StoreError(
                    f"an op collides with another op of the same device and number: {exc}"
                ) from None
            clock = self.clock
            # The clock takes in every new op's stamp; only a stamp that can move it (at or above its
            # wall time) or that is too far ahead (a skew to report) needs decoding: ``hlc`` text starts
            # with the 16-digit wall time, so comparing the text decides the rest.
            limit = f"{clock._wall() + clock.max_jump_ms:016d}"
            newest = f"{clock.last.wall_ms:016d}"
            for record in records:
                device, dev_seq, hlc = record[1], record[2], record[3]
                if device == self.device_id and dev_seq > self._dev_seq:
                    # Our own ops coming back (restored from a backup): never reuse their numbers.
                    self._dev_seq = dev_seq
                wall = hlc[:16]
                if wall < newest and wall <= limit and wall.isdigit():
                    continue
                try:
                    skew = clock.receive(Timestamp.decode(hlc))
                except ValueError:
                    skew = None
                newest = f"{clock.last.wall_ms:016d}"
                if skew is not None:
                    result.skews.append(skew)
            for table in sorted(touched):
                rows = touched[table]
                policies = self.spec(table).policies()
                row_ids = sorted(rows)
                for first in range(0, len(row_ids), 500):
                    self._write_rows(
                        table,
                        [
                            self._row_state(table, row_id, rows[row_id], policies)
                            for row_id in row_ids[first : first + 500]
                        ],
                    )
                tx.tables.add(table)
            self._save_clock()
        return result

    def _materialise(self, table: str, row_id: str, ops: list[Op] | None = None) -> None:
        """Recompute one row from its ops (read here unless given) and write it and its conflicts."""
        if ops is None:
            ops = self.ops_for_row(table, row_id)
        self._write_rows(table, [self._row_state(table, row_id, ops)])

    def _row_state(
        self, table: str, row_id: str, ops: list[Op], policies: Mapping[str, Any] | None = None
    ) -> tuple[list[Any], list[list[Any]]]:
        """A row's column values (in ``_row_columns`` order) and its conflict rows, merged from ``ops``."""
        spec = self.spec(table)
        state = resolve_row(ops, policies if policies is not None else spec.policies())
        values: list[Any] = []
        for name in spec.fields:
            value = state.values.get(name)
            if name in spec.json_fields and value is not None:
                value = _json(value)
            elif isinstance(value, (dict, list)):
                value = _json(value)
            elif isinstance(value, bool):
                value = int(value)
            values.append(value)
        values += [row_id, int(state.deleted), state.created, state.updated]
        found = dict(state.conflicts)
        if state.delete_conflict:
            deletes = [op for op in ops if op.field == DELETED and op.value is True]
            found[DELETED] = sorted(deletes, key=Op.order_key)[-1:] + state.delete_conflict
        conflicts = [
            [table, row_id, name, _json([op.to_json() for op in field_ops])]
            for name, field_ops in found.items()
        ]
        return values, conflicts

    def _write_rows(self, table: str, states: list[tuple[list[Any], list[list[Any]]]]) -> None:
        """Write materialised rows and replace their conflicts (a batch: one statement of each kind)."""
        spec = self.spec(table)
        names = [*spec.fields, "id", "_deleted", "_created", "_updated"]
        columns = ", ".join(f"[{c}]" for c in names)
        marks = ", ".join("?" for _ in names)
        conn = self.db.conn
        conn.executemany(
            f"INSERT OR REPLACE INTO [{table}] ({columns}) VALUES ({marks})", [values for values, _ in states]
        )
        conn.executemany(
            "DELETE FROM conflicts WHERE tbl = ? AND row_id = ?",
            [(table, values[len(spec.fields)]) for values, _ in states],
        )
        conn.executemany(
            "INSERT INTO conflicts (tbl, row_id, field, ops) VALUES (?, ?, ?, ?)",
            [row for _, rows in states for row in rows],
        )


def _op_from_row(r: tuple[Any, ...]) -> Op:
    return Op(
        op_id=r[0],
        device=r[1],
        dev_seq=r[2],
        hlc=r[3],
        tbl=r[4],
        row_id=r[5],
        kind=r[6],
        field=r[7],
        value=json.loads(r[8]) if r[8] is not None else None,
        prev=() if r[9] == "[]" else tuple(json.loads(r[9])),
        seen=() if r[10] == "[]" else tuple(json.loads(r[10])),
        author=r[11],
    )
