"""The archive demo: a real package of last week's items on a stand-in USB folder, the oldest journalført."""

from __future__ import annotations

import datetime as dt

from tests import test_archive_export as fx

archive_data = fx.archive_data  # the shared fixture


def test_r13_demo_exports_older_items_and_journalfores_the_oldest(context, archive_data) -> None:
    from mtk_admin_desktop.demo import archive as demo

    demo.populate(context, dt.date(2026, 11, 28))  # cut-off 21 Nov: two of the three items
    counts = context.archive.counts()
    assert counts == {"pending": 1, "exported": 1, "journalfort": 1}
    package = context.archive.packages()[0]
    assert package["item_count"] == 2
    assert context.archive.verify_again(package["id"]).ok
    assert context.archive.status_of("moderation", archive_data["deleted"]) == "journalfort"
    assert context.archive.status_of("post", archive_data["post"]) == "pending"
    demo.populate(context, dt.date(2026, 11, 28))  # again: nothing older is pending, nothing changes
    assert context.archive.counts() == counts
