"""The store's SQLite connection: plain ``sqlite3`` for what the application does every day, sqlite-utils
only when something needs it.

sqlite-utils (its table helpers: create a table, list its columns, add a column) is what the migrations
use; importing it cost ~0.1-0.2 s of every start (issue 19) although a store that is up to date runs no
migration. :class:`Database` answers ``execute``, ``executescript``, ``query``, ``table_names`` and
``close`` itself, as sqlite-utils does on the store's autocommit connection, and hands anything else
(``db["table"]``, ``db.atomic()``) to a ``sqlite_utils.Database`` on the same connection, made on first use.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import sqlite_utils

Params = Sequence[Any] | Mapping[str, Any]


class Database:
    """One connection (``isolation_level=None``: the store opens its transactions itself)."""

    def __init__(self, conn: sqlite3.Connection, full: sqlite_utils.Database | None = None) -> None:
        self.conn = conn
        self._full = full
        self._closed = False

    @classmethod
    def of(cls, db: Database | sqlite_utils.Database) -> Database:
        """``db`` as a :class:`Database` (tests hand the store a ``sqlite_utils.Database``)."""
        return db if isinstance(db, Database) else cls(db.conn, full=db)

    @property
    def full(self) -> sqlite_utils.Database:
        """sqlite-utils' view of this connection (imported and made on first use)."""
        if self._full is None:
            import sqlite_utils

            # No plugins: a plugin installed beside the app must not change how the evidence store
            # behaves (and looking for them scans package metadata).
            self._full = sqlite_utils.Database(self.conn, execute_plugins=False)
        return self._full

    def execute(self, sql: str, parameters: Params | None = None) -> sqlite3.Cursor:
        if self._closed:  # said before sqlite3's "created in another thread" (a worker's closed store)
            raise sqlite3.ProgrammingError("Cannot operate on a closed database.")
        if parameters is None:
            return self.conn.execute(sql)
        return self.conn.execute(sql, parameters)

    def executescript(self, sql: str) -> sqlite3.Cursor:
        if self.conn.in_transaction:  # executescript() would commit the open transaction first
            return self.full.executescript(sql)
        return self.conn.executescript(sql)

    def query(self, sql: str, params: Params | None = None) -> Iterator[dict[str, Any]]:
        """The rows of ``sql`` as dicts (column name to value)."""
        cursor = self.execute(sql, params)
        if cursor.description is None:
            raise ValueError("query() can only be used with SQL that returns rows")
        keys = [d[0] for d in cursor.description]
        return (dict(zip(keys, row, strict=True)) for row in cursor)

    def table_names(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]

    def close(self) -> None:
        self._closed = True
        self.conn.close()

    def __getitem__(self, name: str) -> Any:
        return self.full[name]

    def __getattr__(self, name: str) -> Any:
        # Only reached for names this class does not have: sqlite-utils' own (atomic, ...).
        if name.startswith("__") or name in ("conn", "_full", "_closed"):
            raise AttributeError(name)
        return getattr(self.full, name)
