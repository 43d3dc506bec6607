"""The sync engine case by case: the root marker, segment checks, blobs, clones, restores, skew, faults."""

from __future__ import annotations

import gzip
import json
import sqlite3
import time
from pathlib import Path

import pytest
import sqlite_utils

from mtk_admin_desktop.domain.sync_segment import (
    ROOT_MARKER,
    SegmentError,
    blob_path,
    blob_refs,
    decode_segment,
    encode_segment,
    seg_path,
)
from mtk_admin_desktop.services.sync_engine import SyncEngine, SyncError
from mtk_admin_desktop.services.sync_share import LocalShare, MemoryShare
from mtk_admin_desktop.storage.blobs import BlobStore
from mtk_admin_desktop.storage.store import Store
from tests.test_sync_merge import all_ops, canonical_dump

DAY_MS = 24 * 3600 * 1000


def new_store(name: str, skew_ms: int = 0) -> Store:
    return Store.open(":memory:", author=name, wall=lambda: time.time_ns() // 1_000_000 + skew_ms)


def clone(store: Store) -> Store:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    store.db.conn.backup(conn)
    return Store(sqlite_utils.Database(conn), author=store.author + " (copy)")


@pytest.fixture
def share() -> MemoryShare:
    return MemoryShare()


def synced_pair(share: MemoryShare) -> tuple[Store, Store]:
    a, b = new_store("A"), new_store("B")
    SyncEngine(a, share).init_share("A")
    return a, b


# -- the root marker ----------------------------------------------------------------------------------


def test_sync_refuses_a_folder_without_marker_and_creates_nothing(share: MemoryShare) -> None:
    store = new_store("A")
    store.create("shared_settings", {"key": "k", "value": 1})
    report = SyncEngine(store, share).sync()
    assert report.state == "not_initialised"
    assert share.files == {} and share.log == []
    assert report.waiting == 2


def test_init_refuses_an_existing_share_and_sync_refuses_another_share(share: MemoryShare) -> None:
    a, b = synced_pair(share)
    with pytest.raises(SyncError) as info:
        SyncEngine(b, share).init_share("B")
    assert info.value.state == "exists"
    other = MemoryShare()
    SyncEngine(new_store("C"), other).init_share("C")
    report = SyncEngine(a, other).sync()
    assert report.state == "foreign"
    assert not any("/devices/" in p or p.startswith("devices/") for p in other.files)
    SyncEngine(a, other).join()  # an explicit choice
    assert SyncEngine(a, other).sync().ok


def test_a_newer_format_stops_the_sync(share: MemoryShare) -> None:
    share.files[ROOT_MARKER] = json.dumps({"share_id": "x", "format": 99}).encode()
    report = SyncEngine(new_store("A"), share).sync()
    assert report.state == "too_new"
    assert list(share.files) == [ROOT_MARKER]


def test_unavailable_and_empty_mounted_share_only_pause(share: MemoryShare) -> None:
    a, b = synced_pair(share)
    row = a.create("shared_settings", {"key": "k", "value": 1})
    share.unavailable = True
    assert SyncEngine(a, share).sync().state == "unavailable"
    share.unavailable, share.empty_mount = False, True
    report = SyncEngine(a, share).sync()
    assert report.state == "not_initialised" and report.waiting == 2
    assert share._shadow == {}  # nothing written into the empty mount point
    share.empty_mount = False
    assert SyncEngine(a, share).sync().pushed_ops == 2
    SyncEngine(b, share).sync()
    assert b.get("shared_settings", row)["value"] == 1


def test_a_read_only_share_still_pulls_and_keeps_changes_waiting(share: MemoryShare) -> None:
    a, b = synced_pair(share)
    row = a.create("shared_settings", {"key": "k", "value": 1})
    SyncEngine(a, share).sync()
    b.create("shared_settings", {"key": "mine", "value": 2})
    share.read_only = True
    report = SyncEngine(b, share).sync()
    assert report.ok and report.read_only and report.waiting == 2
    assert b.get("shared_settings", row) is not None
    share.read_only = False
    assert SyncEngine(b, share).sync().waiting == 0


# -- segments -----------------------------------------------------------------------------------------


def _segment(store: Store) -> tuple[bytes, str]:
    return encode_segment("share", store.device_id, 1, "", store.ops_since(store.device_id, 0))


def test_segments_are_checked_torn_flipped_misplaced_and_all_are_refused() -> None:
    store = new_store("A")
    store.create("shared_settings", {"key": "k", "value": "æøå"})
    data, sha = _segment(store)
    assert decode_segment(data, "share", store.device_id, 1).body_sha == sha
    assert encode_segment("share", store.device_id, 1, "", store.ops_since(store.device_id, 0))[0] == data
    for cut in (0, 10, len(data) // 2, len(data) - 1):
        with pytest.raises(SegmentError):
            decode_segment(data[:cut], "share", store.device_id, 1)
    for position in range(0, len(data), max(1, len(data) // 25)):
        flipped = bytearray(data)
        flipped[position] ^= 0x01
        with pytest.raises(SegmentError):
            decode_segment(bytes(flipped), "share", store.device_id, 1)
    with pytest.raises(SegmentError) as info:
        decode_segment(data, "share", store.device_id, 2)
    assert info.value.reason == "header"
    # a valid gzip of a body whose footer does not match
    raw = gzip.decompress(data).replace(b'"k"', b'"x"')
    with pytest.raises(SegmentError) as info:
        decode_segment(gzip.compress(raw), "share", store.device_id, 1)
    assert info.value.reason == "checksum"


def test_a_damaged_segment_is_skipped_then_republished_by_its_owner(share: MemoryShare) -> None:
    a, b = synced_pair(share)
    row = a.create("shared_settings", {"key": "k", "value": 1})
    SyncEngine(a, share).sync()
    path = seg_path(a.device_id, 1)
    original = share.files[path]
    share.flip(path, 40)
    report = SyncEngine(b, share).sync()
    assert [p.code for p in report.problems] == ["bad_segment"]
    assert b.get("shared_settings", row) is None
    assert share.files[path] != original  # skipped, not deleted, not "fixed" by the reader
    report = SyncEngine(a, share).sync(verify_all=True)
    assert "repaired" in [p.code for p in report.problems]
    assert share.files[path] != original  # the damaged file is never rewritten: a repair copy is added
    assert SyncEngine(b, share).sync().pulled_ops == 2
    assert b.get("shared_settings", row)["value"] == 1


def test_pull_probes_exact_names_and_lists_devices_once(share: MemoryShare) -> None:
    a, b = synced_pair(share)
    for n in range(5):
        a.create("shared_settings", {"key": f"k{n}", "value": n})
        SyncEngine(a, share).sync()
    calls: list[str] = []
    original = share.listdir

    def counting(path: str) -> list[str]:
        calls.append(path)
        return original(path)

    share.listdir = counting  # type: ignore[method-assign]
    SyncEngine(b, share).sync()
    assert calls.count("devices") == 1
    assert not any("/seg" in c for c in calls)


def test_listing_lag_delays_but_loses_nothing(share: MemoryShare) -> None:
    a, b = synced_pair(share)
    share.lag = True
    row = a.create("shared_settings", {"key": "k", "value": 1})
    SyncEngine(a, share).sync()
    assert SyncEngine(b, share).sync().pulled_ops == 0  # a's folder is not listed yet
    share.settle()
    SyncEngine(b, share).sync()
    assert b.get("shared_settings", row)["value"] == 1


# -- restore, clone, skew -----------------------------------------------------------------------------


def test_crash_after_the_move_is_recognised_as_already_published(share: MemoryShare) -> None:
    a, _ = synced_pair(share)
    a.create("shared_settings", {"key": "k", "value": 1})
    SyncEngine(a, share).sync()
    with a.transaction():
        a.db.execute("DELETE FROM sync_published")  # as if the record was never committed
    report = SyncEngine(a, share).sync()
    assert report.pushed_ops == 0 and report.waiting == 0 and not report.problems
    assert [p for p in share.files if "/seg/" in p] == [seg_path(a.device_id, 1)]


def test_restore_from_an_old_backup_brings_own_changes_back_and_numbers_go_on(share: MemoryShare) -> None:
    a, b = synced_pair(share)
    SyncEngine(a, share).sync()
    backup = clone(a)
    row = a.create("shared_settings", {"key": "k", "value": 1})
    SyncEngine(a, share).sync()
    restored = backup  # the old disk comes back; same device id, older database
    report = SyncEngine(restored, share).sync()
    assert "restored" in [p.code for p in report.problems] and not report.new_device_id
    assert restored.get("shared_settings", row)["value"] == 1
    restored.update("shared_settings", row, {"value": 2})
    assert SyncEngine(restored, share).sync().pushed_ops == 1
    SyncEngine(b, share).sync()
    assert b.get("shared_settings", row)["value"] == 2 and not b.conflicts()


def test_cloned_laptop_takes_a_new_identity_and_both_histories_survive(share: MemoryShare) -> None:
    a, b = synced_pair(share)
    a.create("shared_settings", {"key": "common", "value": 0})
    SyncEngine(a, share).sync()
    copy = clone(a)
    assert copy.device_id == a.device_id
    mine = a.create("shared_settings", {"key": "a", "value": 1})
    theirs = copy.create("shared_settings", {"key": "copy", "value": 2})
    SyncEngine(a, share).sync()
    report = SyncEngine(copy, share).sync()
    assert report.new_device_id and report.new_device_id != a.device_id
    assert "clone" in [p.code for p in report.problems]
    for _ in range(2):
        for store in (a, copy, b):
            SyncEngine(store, share).sync()
    for store in (a, copy, b):
        assert store.get("shared_settings", mine)["value"] == 1
        assert store.get("shared_settings", theirs)["value"] == 2
    assert canonical_dump(a) == canonical_dump(copy) == canonical_dump(b)


def test_a_clock_three_days_ahead_is_kept_and_warned_about(share: MemoryShare) -> None:
    a, _ = synced_pair(share)
    ahead = new_store("Ahead", skew_ms=3 * DAY_MS)
    row = ahead.create("shared_settings", {"key": "k", "value": "future"})
    for n in range(30):  # many ops: the clamp must not add up, one jump per op
        ahead.create("shared_settings", {"key": f"more{n}", "value": n})
    SyncEngine(ahead, share).sync()
    report = SyncEngine(a, share).sync()
    assert [p.code for p in report.problems] == ["skew"]
    assert a.get("shared_settings", row)["value"] == "future"
    # our clock did not jump three days: a new edit here is stamped near our own time
    a.update("shared_settings", row, {"value": "now"})
    newest = [op for op in a.history("shared_settings", row) if op.device == a.device_id][-1]
    assert int(newest.hlc[:16]) < time.time_ns() // 1_000_000 + 15 * 60 * 1000
    assert a.get("shared_settings", row)["value"] == "now"  # sequential edits never conflict


# -- blobs --------------------------------------------------------------------------------------------


def test_blob_refs_understand_every_form() -> None:
    sha = "a" * 64
    assert blob_refs(sha) == [sha]
    assert blob_refs([sha, "x"]) == [sha]
    assert blob_refs([{"sha256": sha, "alt_text": "x"}, {"name": "y"}]) == [sha]
    assert blob_refs(json.dumps([sha])) == [sha]
    assert blob_refs("not a sha") == [] and blob_refs(None) == []


def test_blobs_go_up_before_their_segment_and_come_down_verified(tmp_path: Path) -> None:
    folder = tmp_path / "share"
    folder.mkdir()
    share = LocalShare(folder)
    a, b = new_store("A"), new_store("B")
    blobs_a, blobs_b = BlobStore(tmp_path / "a"), BlobStore(tmp_path / "b")
    SyncEngine(a, share, blobs_a).init_share("A")
    sha = blobs_a.put(b"\x89PNG screenshot bytes")
    a.create("screenshots", {"sha256": sha, "mime": "image/png"})
    order: list[str] = []
    original = share.link

    def recording(src: str, dst: str) -> None:
        order.append(dst)
        original(src, dst)

    share.link = recording  # type: ignore[method-assign]
    report = SyncEngine(a, share, blobs_a).sync()
    assert report.blobs_up == 1
    assert order.index(blob_path(sha)) < order.index(seg_path(a.device_id, 1))
    report = SyncEngine(b, share, blobs_b).sync()
    assert report.blobs_down == 1 and blobs_b.verify(sha)
    # a damaged blob on the share is not taken; the owner mends it on its next upload of that blob
    (share.root / blob_path(sha)).write_bytes(b"damaged")
    blobs_c = BlobStore(tmp_path / "c")
    c = new_store("C")
    SyncEngine(c, share, blobs_c).sync()
    assert not blobs_c.has(sha)
    assert c.db.execute("SELECT attempts FROM sync_blob_queue").fetchone()[0] == 1
    a.create("screenshots", {"sha256": sha, "mime": "image/png", "screen": "again"})
    SyncEngine(a, share, blobs_a).sync()
    SyncEngine(c, share, blobs_c).sync()
    assert blobs_c.verify(sha)


def test_integrate_refuses_an_op_that_collides_with_another_of_the_same_number() -> None:
    a = new_store("A")
    a.create("shared_settings", {"key": "k"})
    op = all_ops(a)[0]
    b = new_store("B")
    b.integrate([op])
    from dataclasses import replace

    from mtk_admin_desktop.storage.store import StoreError

    with pytest.raises(StoreError):
        b.integrate([replace(op, op_id="another")])


def test_a_share_restored_from_an_old_backup_gets_its_missing_segments_back(share: MemoryShare) -> None:
    a, b = synced_pair(share)
    rows = []
    for n in range(3):
        rows.append(a.create("shared_settings", {"key": f"k{n}", "value": n}))
        SyncEngine(a, share).sync()
    for seq in (2, 3):  # the share's backup predates these
        del share.files[seg_path(a.device_id, seq)]
    report = SyncEngine(a, share).sync()
    assert [p.code for p in report.problems] == ["repaired", "repaired"]
    SyncEngine(b, share).sync()
    assert [b.get("shared_settings", r)["value"] for r in rows] == [0, 1, 2]
