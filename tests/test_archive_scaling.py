"""Issue 19: the archive export does work in proportion to the items and reads its package back once,
never rescanning what it wrote; progress moves and cancel works in every phase (asserted by counting,
never by timing)."""

from __future__ import annotations

import builtins
import json
import random
import zipfile
from pathlib import Path

import pytest

from tests.helpers import full_hd_screenshot
from tests.test_archive_export import NOW, _png, add_entry, add_page, add_screenshot


class Stop(Exception):  # noqa: N818 - the user's cancel, as Job.check raises it
    pass


def _entries(context, qapp, count: int, seed: int = 0, big: bool = False) -> list[str]:
    page = add_page(context, url=f"https://facebook.com/side-{seed}-{count}")
    ids = []
    for number in range(count):
        if big:  # full-HD screenshots: the package is mostly content, so the bytes read back tell
            png = full_hd_screenshot(random.Random(seed * 1000 + number), f"{number}-")
        else:
            png = _png(qapp, width=64, height=48, seed=seed * 1000 + number, alpha=False)
        shot = add_screenshot(context, png)
        ids.append(add_entry(context, page, text=f"Kommentar {number}", shots=[shot]))
    return ids


def _nothing_marked(context, ids: list[str], target: Path) -> None:
    assert list(target.iterdir()) == [], list(target.iterdir())
    assert context.archive.packages() == []
    assert all(context.archive.status_of("moderation", i) == "pending" for i in ids)


def _export_counting(context, qapp, tmp_path, monkeypatch, count: int) -> dict[str, int]:
    """Export ``count`` entries, counting walks over the records and opens of the blobs."""
    from mtk_admin_desktop.services import archive_package

    _entries(context, qapp, count, seed=count)
    counts = {"walks": 0, "rows": 0, "blob_opens": 0, "lookups": 0}
    records = archive_package.Records
    real_files, real_rows, real_items, real_file = (
        records.files,
        records.contents_rows,
        records.manifest_items,
        records.file,
    )

    def files(self, by_name=False):
        counts["walks"] += 1
        return real_files(self, by_name)

    def contents_rows(self):
        counts["rows"] += 1
        return real_rows(self)

    def manifest_items(self):
        counts["rows"] += 1
        return real_items(self)

    def file(self, name):
        counts["lookups"] += 1
        return real_file(self, name)

    monkeypatch.setattr(records, "files", files)
    monkeypatch.setattr(records, "contents_rows", contents_rows)
    monkeypatch.setattr(records, "manifest_items", manifest_items)
    monkeypatch.setattr(records, "file", file)
    blob_root = str(context.blobs.root)
    real_open = builtins.open

    def counting_open(file, *args, **kwargs):
        if str(file).startswith(blob_root):
            counts["blob_opens"] += 1
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", counting_open)
    target = tmp_path / f"usb-{count}"
    target.mkdir()
    try:
        result = context.archive.export(target, "zip", now=NOW)
    finally:
        monkeypatch.undo()
    assert len(result.item_keys) == count
    with zipfile.ZipFile(result.path) as zf:
        counts["members"] = len(zf.namelist())
    return counts


def test_export_does_not_rescan_the_files_written_so_far(context, qapp, tmp_path, monkeypatch) -> None:
    small, large = (_export_counting(context, qapp, tmp_path, monkeypatch, n) for n in (3, 15))
    # The records of the files written are walked a fixed number of times (manifest, sha256sums), the
    # items' rows once each (contents, manifest): never once per item.
    assert small["walks"] == large["walks"] <= 2, (small, large)
    assert small["rows"] == large["rows"] == 2, (small, large)
    # The read-back looks each member up once: one lookup per file in the package, no more.
    assert small["lookups"] == small["members"] and large["lookups"] == large["members"], (small, large)
    # Each screenshot's blob is opened a fixed number of times per item (into the ZIP, into the PDF).
    assert small["blob_opens"] / 3 == large["blob_opens"] / 15


class _CountingFile:
    """A file object that counts the bytes read through it."""

    def __init__(self, fh, counter: list[int]) -> None:
        self._fh, self._counter = fh, counter

    def read(self, *args):
        data = self._fh.read(*args)
        self._counter[0] += len(data)
        return data

    def readinto(self, buffer):
        n = self._fh.readinto(buffer)
        self._counter[0] += n or 0
        return n

    def __getattr__(self, name):
        return getattr(self._fh, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._fh.close()

    def __iter__(self):
        return iter(self._fh)


@pytest.mark.parametrize("form", ["zip", "folder"])
def test_the_package_is_read_back_once(context, qapp, tmp_path, monkeypatch, form) -> None:
    from mtk_admin_desktop.services import archive_package

    _entries(context, qapp, 3, seed=7, big=True)
    target = tmp_path / "usb"
    target.mkdir()
    read = [0]
    opened: dict[str, int] = {}
    real_open = builtins.open
    writing = [True]

    def spying_open(file, mode="r", *args, **kwargs):
        fh = real_open(file, mode, *args, **kwargs)
        if not writing[0] and str(file).startswith(str(target)) and "r" in mode:
            opened[str(file)] = opened.get(str(file), 0) + 1
            return _CountingFile(fh, read)
        return fh

    real_read_back = archive_package._read_back

    def read_back(*args, **kwargs):
        writing[0] = False  # from here on every read of the package is the read-back
        return real_read_back(*args, **kwargs)

    monkeypatch.setattr(builtins, "open", spying_open)
    monkeypatch.setattr(archive_package, "_read_back", read_back)
    try:
        result = context.archive.export(target, form, now=NOW)
    finally:
        monkeypatch.undo()
    if form == "folder":
        files = [p for p in result.path.rglob("*") if p.is_file()]
        # Each file opened once, read whole once.
        assert sorted(opened.values()) == [1] * len(files), opened
        assert read[0] == sum(p.stat().st_size for p in files)
    else:
        size = result.path.stat().st_size
        # One pass over the content, plus the structure check's reads of the central directory and the
        # local headers (a few hundred bytes per member, no content): far from a second pass.
        assert size <= read[0] <= size * 1.1, (read[0], size)
    assert context.archive.verify(result.path).ok


@pytest.mark.parametrize("form", ["zip", "folder"])
@pytest.mark.parametrize("phase", ["item", "pdf", "contents", "read_back"])
def test_cancel_in_every_phase_leaves_no_package_and_marks_nothing(
    context, qapp, tmp_path, monkeypatch, form, phase
) -> None:
    from mtk_admin_desktop.services import archive_package, archive_pdf

    ids = _entries(context, qapp, 4, seed=3)
    target = tmp_path / "usb"
    target.mkdir()
    state = {"cancel": False, "checks_after": 0}

    def progress(done: int, total: int, text: str) -> None:
        if phase == "item" and done == 1:
            state["cancel"] = True
        if phase == "contents" and text == "Table of contents":
            state["cancel"] = True
        if phase == "read_back" and text.startswith("Reading the package back"):
            state["cancel"] = True

    def check() -> None:
        if state["cancel"]:
            # In the read-back: let one member be checked first, so the cancel lands mid-pass.
            if phase == "read_back" and state["checks_after"] < 1:
                state["checks_after"] += 1
                return
            raise Stop

    if phase == "pdf":  # the cancel comes while an item's PDF is being drawn
        real = archive_pdf.item_pdf

        def drawing(item, image_path, note=""):
            state["cancel"] = True
            return real(item, image_path, note)

        monkeypatch.setattr(archive_pdf, "item_pdf", drawing)
    reached = []
    if phase == "read_back":
        real_back = archive_package._read_back

        def read_back(*args, **kwargs):
            reached.append(True)
            return real_back(*args, **kwargs)

        monkeypatch.setattr(archive_package, "_read_back", read_back)
    with pytest.raises(Stop):
        context.archive.export(target, form, progress=progress, check=check, now=NOW)
    if phase == "read_back":
        assert reached  # the cancel landed in the read-back, after the package was written
    _nothing_marked(context, ids, target)


@pytest.mark.parametrize("form", ["zip", "folder"])
def test_progress_is_monotonic_and_reaches_the_total(context, qapp, tmp_path, form) -> None:
    _entries(context, qapp, 5, seed=11)
    target = tmp_path / "usb"
    target.mkdir()
    seen: list[tuple[int, int, str]] = []
    result = context.archive.export(target, form, progress=lambda *a: seen.append(a), now=NOW)
    totals = {total for _, total, _ in seen}
    assert len(totals) == 1, totals  # one bar for every phase
    (total,) = totals
    done = [d for d, _, _ in seen]
    assert done == sorted(done), done
    assert done[0] == 0 and done[-1] == total
    texts = [t for _, _, t in seen]
    assert any(t.startswith("Item 5 of 5") for t in texts)
    assert "Table of contents" in texts
    assert any(t.startswith("Reading the package back") for t in texts)
    assert texts[-1] == "Done"
    assert context.archive.verify(result.path).ok


def test_the_streamed_manifest_is_what_json_bytes_gives(context, qapp, tmp_path) -> None:
    """manifest.json is written a row at a time; it must read exactly as the whole dict would dump."""
    from mtk_admin_desktop.domain.archive import json_bytes

    _entries(context, qapp, 4, seed=5)
    target = tmp_path / "usb"
    target.mkdir()
    result = context.archive.export(target, "zip", now=NOW)
    with zipfile.ZipFile(result.path) as zf:
        raw = zf.read("manifest.json")
        sums = zf.read("sha256sums.txt").decode()
        names = set(zf.namelist())
    manifest = json.loads(raw)
    assert json_bytes(manifest) == raw
    assert [item["number"] for item in manifest["items"]] == [1, 2, 3, 4]
    assert set(manifest["files"]) == names - {"manifest.json", "sha256sums.txt"}
    listed = [line.split(" *", 1)[1] for line in sums.splitlines()]
    assert listed == sorted(listed) and set(listed) == names - {"sha256sums.txt"}
    assert result.files == {n: manifest["files"][n]["sha256"] for n in manifest["files"]} | {
        n: s for n, s in result.files.items() if n == "manifest.json"
    }


def test_one_typst_compiler_per_thread_not_per_item(context, qapp, tmp_path, monkeypatch) -> None:
    import queue

    import typst

    from mtk_admin_desktop.services import archive_package, archive_pdf

    _entries(context, qapp, 12, seed=9)
    made = [0]
    real = typst.Compiler

    def compiler(*args, **kwargs):
        made[0] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(typst, "Compiler", compiler)
    monkeypatch.setattr(archive_pdf, "_compilers", queue.SimpleQueue())
    target = tmp_path / "usb"
    target.mkdir()
    context.archive.export(target, "zip", now=NOW)
    assert 1 <= made[0] <= archive_package.pdf_threads()


@pytest.mark.parametrize("small_limits", [False, True])
def test_the_spilled_central_directory_is_what_zipfile_writes(tmp_path, monkeypatch, small_limits) -> None:
    """The package's ZIP keeps its central directory in a scratch file (flat memory); the bytes must be
    those zipfile writes itself, ZIP64 records included (forced here by lowering zipfile's limits)."""
    import datetime as dt
    import stat

    from mtk_admin_desktop.services.archive_package import ZipWriter

    if small_limits:
        monkeypatch.setattr(zipfile, "ZIP64_LIMIT", 300)
        monkeypatch.setattr(zipfile, "ZIP_FILECOUNT_LIMIT", 3)
    when = dt.datetime(2026, 11, 25, 12, tzinfo=dt.UTC)
    members = [
        (f"items/{n:04d}-x/fil-{n}.{'png' if n % 2 else 'json'}", bytes([n]) * (40 * n)) for n in range(1, 9)
    ]
    members.append(("innhold-æøå.txt", b"hei " * 50))
    writer = ZipWriter(tmp_path / "spilled.zip", when)
    for name, data in members:
        writer.add_bytes(name, data)
    writer.close()
    with zipfile.ZipFile(tmp_path / "plain.zip", "w", allowZip64=True) as plain:
        for name, data in members:
            info = zipfile.ZipInfo(name, writer.date_time)
            info.create_system = 3
            info.external_attr = (stat.S_IFREG | 0o644) << 16
            info.compress_type = zipfile.ZIP_STORED if name.endswith(".png") else zipfile.ZIP_DEFLATED
            info.file_size = len(data)
            with plain.open(info, "w") as sink:
                sink.write(data)
    assert (tmp_path / "spilled.zip").read_bytes() == (tmp_path / "plain.zip").read_bytes()
    with zipfile.ZipFile(tmp_path / "spilled.zip") as zf:
        assert zf.testzip() is None
        assert [(i.filename, zf.read(i)) for i in zf.infolist()] == members


def test_the_read_back_follows_zip64_local_headers(context, qapp, tmp_path, monkeypatch) -> None:
    """A package over 4 GiB has ZIP64 sizes in its local headers; the one-pass read-back reads them
    (forced here with zipfile's limit lowered, and verify's with it)."""
    from mtk_admin_desktop.services import archive_verify

    _entries(context, qapp, 2, seed=13)
    monkeypatch.setattr(zipfile, "ZIP64_LIMIT", 500)
    monkeypatch.setattr(archive_verify, "ZIP64_LIMIT", 500)
    target = tmp_path / "usb"
    target.mkdir()
    result = context.archive.export(target, "zip", now=NOW)
    with zipfile.ZipFile(result.path) as zf:
        assert zf.testzip() is None
        assert any(info.file_size > 500 for info in zf.infolist())


def test_a_member_missing_on_the_target_is_found_by_the_read_back(
    context, qapp, tmp_path, monkeypatch
) -> None:
    from mtk_admin_desktop.services import archive_package

    ids = _entries(context, qapp, 2, seed=17)
    real = archive_package.Records.add_file

    def add_file(self, name, sha, size):
        real(self, name, sha, size)
        if name.endswith("data.json"):  # recorded twice as much as the stick holds: one is "missing"
            real(self, name + ".kopi", sha, size)

    monkeypatch.setattr(archive_package.Records, "add_file", add_file)
    target = tmp_path / "usb"
    target.mkdir()
    with pytest.raises(archive_package.ArchiveWriteError) as caught:
        context.archive.export(target, "zip", now=NOW)
    assert caught.value.reason == "verify"
    assert "data.json.kopi" in str(caught.value)
    _nothing_marked(context, ids, target)


def test_the_stream_end_fix_written_in_pieces_is_the_joined_one() -> None:
    """innhold.pdf's stream-end fix is written piece by piece (no second copy of a long PDF); the bytes
    must be those of fix_stream_ends, with a stream ending in CR and one that does not."""
    import io

    from mtk_admin_desktop.services.pdf_objects import fix_stream_ends, write_stream_ends_fixed

    objects = [
        b"1 0 obj\n<< /Length 3 >>\nstream\nab\r\nendstream\nendobj\n",
        b"2 0 obj\n<< /Length 2 >>\nstream\ncd\nendstream\nendobj\n",
        b"3 0 obj\n<< /Type /Catalog >>\nendobj\n",
    ]
    body, offsets = b"%PDF-1.4\n", []
    for obj in objects:
        offsets.append(len(body))
        body += obj
    xref_at = len(body)
    table = b"xref\n0 4\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    pdf = body + table + b"trailer\n<< /Size 4 /Root 3 0 R >>\nstartxref\n%d\n%%%%EOF\n" % xref_at
    fixed = fix_stream_ends(pdf)
    assert fixed != pdf and b"ab\r\r\nendstream" in fixed
    sink = io.BytesIO()
    write_stream_ends_fixed(pdf, sink)
    assert sink.getvalue() == fixed
    plain = pdf.replace(b"ab\r\n", b"abc\n")  # no stream ends in CR: written as it is
    untouched = io.BytesIO()
    write_stream_ends_fixed(plain, untouched)
    assert untouched.getvalue() == plain == fix_stream_ends(plain)
