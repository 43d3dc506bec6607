"""Issue 15, item 5: nothing on the shared folder can hang a sync, eat the memory, or stop other devices.

Every test plays the attack through the real ``mtk_admin_desktop sync`` command in a separate process
(with a timeout, so a hang fails the test instead of hanging it), on real folders.
"""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from mtk_admin_desktop.domain.sync_segment import ROOT_DIR, blob_path, seg_path
from mtk_admin_desktop.paths import DB_NAME
from mtk_admin_desktop.services.sync_engine import SyncEngine
from mtk_admin_desktop.services.sync_share import LocalShare, MemoryShare, UnsafeFileError
from mtk_admin_desktop.storage.store import Store

ROOT = Path(__file__).resolve().parents[1]
GIB = 1024**3

# Runs the CLI in a child with an address-space limit and prints its own peak RSS (KiB) last on stderr.
_BOUNDED = """
import resource, sys
limit = int(sys.argv[1])
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
from mtk_admin_desktop.cli import main
try:
    code = main(sys.argv[2:])
finally:
    # The child's own high-water mark (VmHWM): ru_maxrss on Linux carries the parent's peak into the
    # child, so under a long pytest run it reported the test runner's memory, not the sync's.
    hwm = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:"))
    sys.stderr.write("\\nPEAK_KIB=%d\\n" % hwm)
sys.exit(code)
"""


def _sync(data_dir: Path, folder: Path, *extra: str, as_limit: int | None = None) -> tuple[int, str, str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    args = ["sync", "--shared", str(folder), "--data-dir", str(data_dir), "--lang", "en", *extra]
    if as_limit is None:
        command = [sys.executable, "-m", "mtk_admin_desktop", *args]
    else:
        command = [sys.executable, "-c", _BOUNDED, str(as_limit), *args]
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, timeout=90)
    return result.returncode, result.stdout.decode(), result.stderr.decode()


def _laptops(tmp_path: Path, count: int) -> tuple[Path, list[Path], list[str]]:
    """A share and ``count`` laptops that each published one setting; returns (folder, dirs, row ids)."""
    folder = tmp_path / "share"
    folder.mkdir()
    dirs = [tmp_path / f"laptop{n}" for n in range(count)]
    rows = []
    for number, data_dir in enumerate(dirs):
        store = Store.open(data_dir / DB_NAME, author=f"L{number}")
        engine = SyncEngine(store, LocalShare(folder))
        if number == 0:
            engine.init_share("L0")
        rows.append(store.create("shared_settings", {"key": f"k{number}", "value": number}))
        assert engine.sync().ok
        store.close()
    return folder, dirs, rows


def _device(data_dir: Path) -> str:
    store = Store.open(data_dir / DB_NAME)
    try:
        return store.device_id
    finally:
        store.close()


def _has(data_dir: Path, row: str) -> bool:
    store = Store.open(data_dir / DB_NAME)
    try:
        return store.get("shared_settings", row) is not None
    finally:
        store.close()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_a_fifo_and_a_dev_zero_symlink_on_the_share_neither_hang_nor_stop_other_devices(
    tmp_path: Path,
) -> None:
    folder, dirs, rows = _laptops(tmp_path, 3)
    root = folder / ROOT_DIR
    fifo_device, zero_device = _device(dirs[1]), _device(dirs[2])
    # Laptop 1's next segment is a FIFO; laptop 2's next is a symlink to /dev/zero; both "have more".
    os.mkfifo(root / seg_path(fifo_device, 2))
    os.symlink("/dev/zero", root / seg_path(zero_device, 2))
    # A reader that never saw their first segments: those must still arrive, the traps be skipped.
    reader = tmp_path / "reader"
    code, out, err = _sync(reader, folder, "--json")
    assert code == 1, (out, err)  # not "synced": something was skipped
    report = json.loads(out)
    assert report["synced"] is False and report["skipped"] == 2
    assert all(_has(reader, row) for row in rows)
    bad = {p["path"] for p in report["problems"] if p["code"] == "bad_segment"}
    assert bad == {seg_path(fifo_device, 2), seg_path(zero_device, 2)}
    assert all("{" not in p["message"] for p in report["problems"]) and "Traceback" not in err
    # In words for people too, and the status says what was skipped instead of "synced".
    code, out, err = _sync(reader, folder)
    assert code == 1 and "not a plain file" in err and "{" not in err, err
    status = subprocess.run(
        [sys.executable, "-m", "mtk_admin_desktop", "sync", "status"]
        + ["--data-dir", str(reader), "--lang", "en"],
        cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True, timeout=60, text=True,
    )
    assert "sync incomplete: 2 skipped" in status.stdout and "synced" not in status.stdout.replace(
        "incomplete", ""
    ), status.stdout


def test_a_sparse_8_gib_file_and_a_gzip_bomb_are_refused_in_bounded_memory(tmp_path: Path) -> None:
    folder, dirs, rows = _laptops(tmp_path, 3)
    root = folder / ROOT_DIR
    sparse_device, bomb_device = _device(dirs[1]), _device(dirs[2])
    with open(root / seg_path(sparse_device, 2), "wb") as fh:
        fh.truncate(8 * GIB)  # sparse: costs no disk, would cost 8 GiB of RAM to read whole
    # 2 GiB of zeros in ~2 MB of gzip under a segment name
    with gzip.open(root / seg_path(bomb_device, 2), "wb", compresslevel=9) as fh:
        block = b"\0" * (1 << 24)
        for _ in range(128):
            fh.write(block)
    assert (root / seg_path(bomb_device, 2)).stat().st_size < 4_000_000
    # and a blob everybody is asked to fetch is a sparse 8 GiB file
    store = Store.open(dirs[0] / DB_NAME)
    sha = "ab" * 32
    store.create("screenshots", {"sha256": sha, "captured_at": "2026-12-01T10:00:00+00:00"})
    store.close()
    assert _sync(dirs[0], folder)[0] in (0, 1)
    blob = root / blob_path(sha)
    blob.parent.mkdir(parents=True, exist_ok=True)
    with open(blob, "wb") as fh:
        fh.truncate(8 * GIB)
    reader = tmp_path / "reader"
    code, out, err = _sync(reader, folder, "--json", as_limit=2 * GIB)
    assert code == 1, err
    peak_mib = int(err.rsplit("PEAK_KIB=", 1)[1].split()[0]) / 1024
    assert peak_mib < 400, f"peak RSS {peak_mib:.0f} MiB"
    report = json.loads(out)
    assert {p["path"] for p in report["problems"] if p["code"] == "bad_segment"} == {
        seg_path(sparse_device, 2),
        seg_path(bomb_device, 2),
    }
    assert all(_has(reader, row) for row in rows)
    print(f"peak RSS of the sync with an 8 GiB sparse file and a 2 GiB gzip bomb: {peak_mib:.0f} MiB")


def test_stray_files_are_reported_once_in_words_and_junk_in_an_own_folder_does_not_block_sending(
    tmp_path: Path,
) -> None:
    folder, dirs, rows = _laptops(tmp_path, 2)
    root = folder / ROOT_DIR
    (root / "devices" / "notes.txt").write_text("hello")
    (root / "devices" / "0f0f0f0f-0000-4000-8000-000000000000").write_text("a file, not a folder")
    own = _device(dirs[0])
    (root / seg_path(own, 2)).write_bytes(b"x" * 300)  # 300 bytes of junk where laptop 0 writes next
    store = Store.open(dirs[0] / DB_NAME)
    new_row = store.create("shared_settings", {"key": "after-junk", "value": 1})
    store.close()
    code, out, err = _sync(dirs[0], folder, "--json")
    report = json.loads(out)
    assert report["pushed_ops"] == 2 and report["waiting"] == 0, err
    strays = sorted(p["path"] for p in report["problems"] if p["code"] == "stray")
    assert strays == sorted(
        ["devices/notes.txt", "devices/0f0f0f0f-0000-4000-8000-000000000000", seg_path(own, 2)]
    )
    assert all("{" not in p["message"] for p in report["problems"])
    assert code == 0 and report["synced"] is True  # strays are noted, nothing of anyone's was skipped
    # Reported once: the next sync is quiet about them.
    code, out, err = _sync(dirs[0], folder, "--json")
    assert code == 0 and not [p for p in json.loads(out)["problems"] if p["code"] == "stray"]
    # Another laptop gets the change published beside the junk.
    code, out, err = _sync(dirs[1], folder, "--json")
    assert code == 0, err
    assert _has(dirs[1], new_row)


def test_local_share_reads_only_regular_files_within_the_limit(tmp_path: Path) -> None:
    folder = tmp_path / "share"
    (folder / ROOT_DIR).mkdir(parents=True)
    share = LocalShare(folder)
    (folder / ROOT_DIR / "small").write_bytes(b"12345")
    assert share.read("small", 5) == b"12345"
    with pytest.raises(UnsafeFileError) as info:
        share.read("small", 4)
    assert info.value.reason == "too_large"
    os.symlink(folder / ROOT_DIR / "small", folder / ROOT_DIR / "link")
    with pytest.raises(UnsafeFileError):
        share.read("link", 100)
    (folder / ROOT_DIR / "dir").mkdir()
    with pytest.raises(UnsafeFileError):
        share.read("dir", 100)
    with pytest.raises(FileNotFoundError):
        share.read("absent", 100)
    memory = MemoryShare(files={"a/b": b"xyz"})
    with pytest.raises(UnsafeFileError):
        memory.read("a/b", 2)


def test_a_link_in_place_of_an_own_folder_sends_nothing_through_it(tmp_path: Path) -> None:
    folder, dirs, rows = _laptops(tmp_path, 1)
    own = _device(dirs[0])
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "keep.part").write_text("somebody's file")
    tmp = folder / ROOT_DIR / "devices" / own / "tmp"
    tmp.rmdir()
    os.symlink(elsewhere, tmp)
    store = Store.open(dirs[0] / DB_NAME)
    store.create("shared_settings", {"key": "more", "value": 1})
    store.close()
    code, out, err = _sync(dirs[0], folder, "--json")
    report = json.loads(out)
    assert code == 1 and report["waiting"] == 2 and not report["synced"]
    assert [p["code"] for p in report["problems"]] == ["own_folder_unsafe"]
    assert [p.name for p in elsewhere.iterdir()] == ["keep.part"]


def test_thousands_of_strays_give_a_bounded_report() -> None:
    share = MemoryShare()
    store = Store.open(":memory:", author="A")
    SyncEngine(store, share).init_share("A")
    for n in range(2000):
        share.files[f"devices/junk-{n:05d}"] = b"x"
    report = SyncEngine(store, share).sync()
    codes = [p.code for p in report.problems]
    assert codes.count("stray") == 20 and codes.count("strays") == 1 and report.synced
    assert report.problems[0].text.params["count"] == 1980
    assert not SyncEngine(store, share).sync().problems  # once
