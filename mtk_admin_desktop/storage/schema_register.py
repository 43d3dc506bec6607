"""Tables of the register area: pages, the roles people hold on them, and the monthly review log (R4)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from mtk_admin_desktop.storage.schema import Migration, TableSpec, create_synced_table

if TYPE_CHECKING:  # imported only when a migration runs (storage/database.py)
    import sqlite_utils

PAGES = TableSpec(
    "pages",
    {
        "name": "TEXT",
        "platform": "TEXT",
        "url": "TEXT",
        "url_normalised": "TEXT",
        "is_main": "INTEGER",
        "unit": "TEXT",
        "status": "TEXT",
        # R17: who in the administration cleared the page, and when
        "cleared_by": "TEXT",
        "cleared_on": "TEXT",
        # R7.3
        "purpose": "TEXT",
        "target_group": "TEXT",
        # R7.4: what, how often (activity_frequency times per activity_period), by whom
        "activity_what": "TEXT",
        "activity_frequency": "INTEGER",
        "activity_period": "TEXT",
        "activity_by": "TEXT",
        # R7.7
        "visual_profile_confirmed": "INTEGER",
        "visual_profile_confirmed_by": "TEXT",
        "visual_profile_confirmed_on": "TEXT",
        # R7.2: the notice to the service office
        "notice_sent_on": "TEXT",
        "notice_sent_by": "TEXT",
        # R18
        "is_group": "INTEGER",
        "group_size": "INTEGER",
        "status_changed_on": "TEXT",
        "notes": "TEXT",
    },
)

PAGE_ROLES = TableSpec(
    "page_roles",
    {
        "page_id": "TEXT",
        "person_name": "TEXT",
        "email": "TEXT",
        "role": "TEXT",
        "acknowledged_on": "TEXT",
        "from_date": "TEXT",
        "to_date": "TEXT",
    },
)

PAGE_REVIEWS = TableSpec(
    "page_reviews",
    {
        "page_id": "TEXT",
        "reviewed_on": "TEXT",
        "reviewed_by": "TEXT",
        "note": "TEXT",
    },
)

TABLES: list[TableSpec] = [PAGES, PAGE_ROLES, PAGE_REVIEWS]


def _m1_register(db: sqlite_utils.Database) -> None:
    for spec in TABLES:
        create_synced_table(db, spec)
    db.execute("CREATE INDEX page_roles_page ON page_roles (page_id)")
    db.execute("CREATE INDEX page_reviews_page ON page_reviews (page_id)")


MIGRATIONS: list[Migration] = [_m1_register]
