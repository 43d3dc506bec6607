"""Build the "large store" the benchmarks use: 50 pages, 10,000 posts, 2,000 moderation entries.

Written through the application's own services and write path, so it has the ops, indexes and
screenshots a municipality's store would have after years of use. Cached by size under bench/results.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from mtk_admin_desktop.credentials import MemoryCredentials  # noqa: E402
from mtk_admin_desktop.services.context import AppContext  # noqa: E402

CACHE = HERE / "results" / "stores"


def _png(rng: random.Random, width: int = 1920, height: int = 1080) -> bytes:
    """A full-HD screenshot-like PNG (noise in a few places so it does not compress to nothing)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage, QPainter

    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#f0f2f5"))
    painter = QPainter(image)
    for _ in range(40):
        painter.fillRect(
            rng.randrange(width),
            rng.randrange(height),
            rng.randrange(20, 400),
            rng.randrange(10, 60),
            QColor(rng.randrange(256), rng.randrange(256), rng.randrange(256)),
        )
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def build(
    target: Path,
    pages: int = 50,
    posts: int = 10_000,
    entries: int = 2_000,
    screenshots: int = 50,
    seed: int = 1,
) -> Path:
    """Create the store in ``target`` (a data directory) and return it."""
    from PySide6.QtWidgets import QApplication

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    QApplication.instance() or QApplication([])
    rng = random.Random(seed)
    if target.exists():
        shutil.rmtree(target)
    context = AppContext.open(target, credentials=MemoryCredentials())
    context.settings.set("user.name", "Benk Benksen")
    store = context.store
    page_ids = []
    with store.transaction() as tx:
        for i in range(pages):
            url = (
                "https://www.facebook.com/midttelemark"
                if i == 0
                else f"https://www.facebook.com/mtk-enhet-{i}"
            )
            from mtk_admin_desktop.domain.ids import stable_id

            norm = url.replace("https://www.", "").rstrip("/")
            pid = tx.create(
                "pages",
                {
                    "name": f"Side {i}",
                    "platform": "facebook",
                    "url": url,
                    "url_normalised": norm,
                    "is_main": int(i == 0),
                    "unit": f"Enhet {i % 12}",
                    "status": "active",
                },
                row_id=stable_id("page", norm),
            )
            tx.create(
                "page_roles",
                {
                    "page_id": pid,
                    "person_name": "Benk Benksen",
                    "email": "benk@mt.kommune.no",
                    "role": "hovedadministrator",
                    "acknowledged_on": "2024-01-10",
                    "from_date": "2024-01-01",
                    "to_date": None,
                },
            )
            page_ids.append(pid)
    start = dt.datetime(2021, 1, 4, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    for chunk in range(0, posts, 500):
        with store.transaction() as tx:
            for i in range(chunk, min(posts, chunk + 500)):
                when = start + dt.timedelta(hours=rng.randrange(0, 6 * 365 * 24))
                tx.create(
                    "posts",
                    {
                        "page_id": rng.choice(page_ids),
                        "planned_at": when.isoformat(),
                        "title": f"Sak {i}",
                        "text": "Kommunen informerer om "
                        + " ".join(
                            rng.choice(["vann", "vei", "skole", "bibliotek", "kultur", "helse"])
                            for _ in range(30)
                        ),
                        "kind": rng.choice(["nyhet", "film", "bilde", "arrangement", "annet"]),
                        "status": rng.choice(["ide", "utkast", "klar", "publisert"]),
                        "responsible": "Benk Benksen",
                        "attachments": [],
                        "links": [],
                        "website": {"mode": "planned"},
                        "send_to_communication": 0,
                        "archive_worthy": 0,
                        "crisis_approved": 0,
                    },
                )
    shots = [
        context.moderation.store_screenshot(_png(rng), 1920, 1080, screen="bench") for _ in range(screenshots)
    ]
    for i in range(entries):
        _add_entry(context, rng, page_ids, shots, i)
    context.close()
    return target


def _add_entry(
    context: AppContext, rng: random.Random, page_ids: list[str], shots: list[str], i: int
) -> None:
    """One moderation entry through the moderation service (checked, hashed, chained, signed)."""
    from mtk_admin_desktop.domain.moderation import EntryDraft

    context.moderation.add_entry(
        EntryDraft(
            page_id=page_ids[0],
            action="deleted",
            ground="personangrep",
            comment_text="Stygg kommentar om en ansatt. " * 10,
            comment_author=f"Innbygger {i}",
            post_ref=f"https://www.facebook.com/midttelemark/posts/{i}",
            justification="Personangrep mot ansatt",
            moderator="Benk Benksen",
            screenshots=[rng.choice(shots)],
        )
    )


def cached(name: str = "large", **sizes: int) -> Path:
    """The large store, built once and reused (delete bench/results/stores to rebuild)."""
    target = CACHE / name
    marker = target / ".complete"
    if not marker.exists():
        build(target, **sizes)
        marker.touch()
    return target


# The 10× store: the large store with nine more generations of history in front of it. Pages stay 50 (a
# municipality does not get ten times the pages over the years); posts and moderation entries are copied
# nine times with new ids, each copy moved back in time, so the present looks like the 1× store's and
# the years behind it hold ten times the rows. Copied at the SQL level (seconds, not the 40 minutes the
# services would take): the copies have no ops and their seals do not verify, which nothing on the
# start-up path looks at. Older moderation entries are still "to be archived" (nobody exported them), the
# Arkiv tab's worst case.
POST_SHIFT_DAYS = 6 * 365  # the 1× posts span six years; each copy is the six years before
ENTRY_SHIFT_DAYS = 365  # the 1× entries were all made when the store was built; each copy a year before


def _shift(iso: str | None, days: int) -> str | None:
    if not iso:
        return iso
    return (dt.datetime.fromisoformat(iso) - dt.timedelta(days=days)).isoformat(timespec="microseconds")


def build_10x(source: Path, target: Path, copies: int = 9) -> Path:
    """Copy ``source`` (a data directory) to ``target`` and add ``copies`` older copies of its history."""
    import sqlite3
    import uuid

    from mtk_admin_desktop.paths import DB_NAME

    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(source, target)
    (target / ".complete").unlink(missing_ok=True)
    conn = sqlite3.connect(target / DB_NAME)
    try:
        conn.row_factory = sqlite3.Row
        with conn:
            for table, column, step in (
                ("posts", "planned_at", POST_SHIFT_DAYS),
                ("moderation_entries", "created_at", ENTRY_SHIFT_DAYS),
            ):
                rows = [dict(r) for r in conn.execute(f"SELECT * FROM [{table}] WHERE _deleted = 0")]
                names = list(rows[0])
                sql = f"INSERT INTO [{table}] ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
                for copy in range(1, copies + 1):
                    batch = []
                    for row in rows:
                        new = dict(row, id=str(uuid.uuid4()))
                        new[column] = _shift(row[column], copy * step)
                        if table == "moderation_entries":
                            new["chain_seq"] = (row["chain_seq"] or 0) + copy * len(rows)
                            new["comment_posted_at"] = _shift(row["comment_posted_at"], copy * step)
                        batch.append([new[n] for n in names])
                    conn.executemany(sql, batch)
    finally:
        conn.close()
    return target


def cached_10x() -> Path:
    """The 10× store, built once from the cached 1× store."""
    target = CACHE / "large-10x"
    marker = target / ".complete"
    if not marker.exists():
        build_10x(cached(), target)
        marker.touch()
    return target
