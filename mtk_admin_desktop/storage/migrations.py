"""Schema versions per area, brought up to date when the store opens, each step in one transaction."""

from __future__ import annotations

from typing import TYPE_CHECKING

from mtk_admin_desktop.storage.schema import AREAS, area_module

if TYPE_CHECKING:
    from mtk_admin_desktop.storage.database import Database


class StoreTooNewError(RuntimeError):
    """The database was written by a newer version of the application."""

    def __init__(self, area: str, found: int, known: int) -> None:
        super().__init__(f"database area {area!r} has schema version {found}; this version knows {known}")
        self.area, self.found, self.known = area, found, known


def versions(db: Database) -> dict[str, int]:
    """The schema version of each area in ``db`` (0 for an area never migrated)."""
    if "schema_version" not in db.table_names():
        return {}
    return {row["area"]: row["version"] for row in db.query("SELECT area, version FROM schema_version")}


def migrate(db: Database) -> list[str]:
    """Run every pending migration; returns the steps run, e.g. ``["core 1", "register 1"]``.

    Refuses (without changing anything) a database whose version is newer than this code knows.
    """
    db.execute("CREATE TABLE IF NOT EXISTS schema_version (area TEXT PRIMARY KEY, version INTEGER NOT NULL)")
    current = versions(db)
    for area in AREAS:
        known = len(area_module(area).MIGRATIONS)
        if current.get(area, 0) > known:
            raise StoreTooNewError(area, current[area], known)
    done = []
    for area in AREAS:
        steps = area_module(area).MIGRATIONS
        for number in range(current.get(area, 0) + 1, len(steps) + 1):
            with db.atomic():
                steps[number - 1](db)
                db.execute(
                    "INSERT INTO schema_version (area, version) VALUES (?, ?) "
                    "ON CONFLICT(area) DO UPDATE SET version = excluded.version",
                    [area, number],
                )
            done.append(f"{area} {number}")
    return done
