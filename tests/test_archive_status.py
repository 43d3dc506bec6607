"""The archive status of items (R13, R14): pending, exported, journalført, or not to be archived."""

from __future__ import annotations

import pytest

from mtk_admin_desktop.domain.archive import status_row_id


def test_r13_status_of_unknown_item_is_none(context) -> None:
    assert context.archive.status_of("moderation", "no-such-entry") is None
    assert context.archive.status_of("post", "no-such-post") is None


def test_status_of_rejects_unknown_kind(context) -> None:
    with pytest.raises(ValueError):
        context.archive.status_of("letter", "x")


def test_r13_status_moves_only_forward(context) -> None:
    row_id = status_row_id("moderation", "e1")
    context.store.create(
        "archive_status", {"kind": "moderation", "item_id": "e1", "status": "journalfort"}, row_id=row_id
    )
    assert context.archive.status_of("moderation", "e1") == "journalfort"
    # A late "exported" from another laptop must not move it back (max register).
    context.store.update("archive_status", row_id, {"status": "exported"})
    assert context.archive.status_of("moderation", "e1") == "journalfort"


def _needs_table(context, table: str) -> None:
    if table not in context.store.tables:
        pytest.skip(f"{table} is not declared yet (another area)")


def test_r13_deleted_comment_is_pending_until_exported(context) -> None:
    _needs_table(context, "moderation_entries")
    entry = context.store.create("moderation_entries", {"action": "deleted", "comment_text": "x"})
    kept = context.store.create("moderation_entries", {"action": "hidden", "comment_text": "y"})
    worthy = context.store.create(
        "moderation_entries", {"action": "hidden", "comment_text": "z", "archive_worthy": 1}
    )
    assert context.archive.status_of("moderation", entry) == "pending"
    assert context.archive.status_of("moderation", kept) is None
    assert context.archive.status_of("moderation", worthy) == "pending"
    context.store.create(
        "archive_status",
        {"kind": "moderation", "item_id": entry, "status": "exported"},
        row_id=status_row_id("moderation", entry),
    )
    assert context.archive.status_of("moderation", entry) == "exported"


def test_r14_archive_worthy_post_is_pending(context) -> None:
    _needs_table(context, "posts")
    post = context.store.create("posts", {"title": "Vedtak", "archive_worthy": 1})
    plain = context.store.create("posts", {"title": "Vær", "archive_worthy": 0})
    assert context.archive.status_of("post", post) == "pending"
    assert context.archive.status_of("post", plain) is None
