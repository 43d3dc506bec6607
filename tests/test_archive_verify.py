"""Issue 16: ``archive verify`` refuses unsafe packages (names, duplicates, links, encryption, overlapping
entries, sizes, ZIP bombs) in bounded time and memory, checks the arkivmelding structure without
``--schema``, and always answers ``--json`` in JSON, without a traceback."""

from __future__ import annotations

import hashlib
import json
import os
import stat
import struct
import time
import zipfile
import zlib
from pathlib import Path

import pytest

from mtk_admin_desktop.services.archive_verify import VerifyLimits, verify_package
from tests.helpers import run_cli
from tests.test_archive_export import NOW, add_entry, add_page


def codes(report) -> set[str]:
    return {getattr(p, "code", "") for p in report.problems}


# -- a ZIP written byte by byte, so that it can lie ---------------------------------------------------


def raw_zip(entries: list[dict]) -> bytes:
    """A ZIP from entry descriptions: name, data (as stored in the file), method (0/8), size (declared
    uncompressed), crc, flags, mode (Unix mode bits), share (index of an earlier entry whose local header
    and data this entry points at instead of its own)."""
    out = bytearray()
    central = bytearray()
    offsets: list[int] = []
    for entry in entries:
        name = entry["name"].encode("utf-8")
        data = entry.get("data", b"")
        method = entry.get("method", 0)
        size = entry.get("size", len(data))
        crc = entry.get("crc", zlib.crc32(data) if method == 0 else 0)
        flags = entry.get("flags", 0x800)
        if "share" in entry:
            offset = offsets[entry["share"]]
        else:
            offset = len(out)
            out += struct.pack(
                "<IHHHHHIIIHH", 0x04034B50, 20, flags, method, 0, 0x21, crc, len(data), size, len(name), 0
            )
            out += name + data
        offsets.append(offset)
        central += struct.pack(
            "<IHHHHHHIIIHHHHHII",
            0x02014B50,
            0x0314,
            20,
            flags,
            method,
            0,
            0x21,
            crc,
            len(data),
            size,
            len(name),
            0,
            0,
            0,
            0,
            entry.get("mode", stat.S_IFREG | 0o644) << 16,
            offset,
        )
        central += name
    start = len(out)
    out += central
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(central), start, 0)
    return bytes(out)


def deflated_zeros(megabytes: int) -> tuple[bytes, int]:
    """A raw deflate stream of ``megabytes`` MiB of zeros (about 1 KB per MB) and its CRC."""
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    chunk = bytes(1 << 20)
    parts, crc = [], 0
    for _ in range(megabytes):
        parts.append(packer.compress(chunk))
        crc = zlib.crc32(chunk, crc)
    parts.append(packer.flush())
    return b"".join(parts), crc


def write(tmp_path: Path, data: bytes, name: str = "pakke.zip") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    "name",
    [
        "../evil.txt",
        "..\\evil.txt",
        "items\\..\\..\\evil.txt",
        "C:\\Windows\\evil.txt",
        "C:/evil.txt",
        "c:evil.txt",
        "/etc/evil.txt",
        "\\\\server\\share\\evil.txt",
        "items/./a",
        "items//a",
    ],
)
def test_unsafe_names_are_refused_for_both_slash_kinds_and_drives(tmp_path, name) -> None:
    path = write(tmp_path, raw_zip([{"name": name, "data": b"x"}, {"name": "sha256sums.txt", "data": b""}]))
    report = verify_package(path)
    assert "zip_unsafe_path" in codes(report), report.problems
    assert report.files_checked == 0  # nothing of an unsafe ZIP is read


def test_duplicate_names_are_refused(tmp_path) -> None:
    sums = f"{hashlib.sha256(b'a').hexdigest()} *LESMEG.txt\n".encode()
    for other in ("LESMEG.txt", "lesmeg.TXT"):
        path = write(
            tmp_path,
            raw_zip(
                [
                    {"name": "LESMEG.txt", "data": b"a"},
                    {"name": other, "data": b"evil"},
                    {"name": "sha256sums.txt", "data": sums},
                ]
            ),
        )
        assert "zip_duplicate" in codes(verify_package(path))


def test_symlink_and_encrypted_members_are_refused(tmp_path) -> None:
    link = write(
        tmp_path, raw_zip([{"name": "innhold.pdf", "data": b"/etc/passwd", "mode": stat.S_IFLNK | 0o777}])
    )
    assert "zip_symlink" in codes(verify_package(link))
    locked = write(tmp_path, raw_zip([{"name": "innhold.pdf", "data": b"x" * 20, "flags": 0x801}]), "b.zip")
    assert "zip_encrypted" in codes(verify_package(locked))


def test_overlapping_entries_bomb_is_refused_quickly(tmp_path) -> None:
    # 256 MiB of zeros in ~250 KB, pointed at by 12 entries: 3 GiB if unpacked (an overlapping-entry bomb).
    data, crc = deflated_zeros(256)
    entries = [{"name": "bomb-0", "data": data, "method": 8, "size": 256 << 20, "crc": crc}]
    entries += [
        {"name": f"bomb-{n}", "data": data, "method": 8, "size": 256 << 20, "crc": crc, "share": 0}
        for n in range(1, 12)
    ]
    path = write(tmp_path, raw_zip(entries))
    assert path.stat().st_size < 400_000
    started = time.monotonic()
    report = verify_package(path)
    assert time.monotonic() - started < 2
    assert {"zip_overlap", "zip_ratio"} <= codes(report)


def test_an_honest_zip_bomb_is_refused_by_its_declared_size_and_ratio(tmp_path) -> None:
    data, crc = deflated_zeros(300)
    path = write(
        tmp_path, raw_zip([{"name": "bilde.png", "data": data, "method": 8, "size": 300 << 20, "crc": crc}])
    )
    started = time.monotonic()
    report = verify_package(path)
    assert time.monotonic() - started < 2
    assert "zip_ratio" in codes(report)
    small = verify_package(path, limits=VerifyLimits(member_size=1 << 20))
    assert "zip_too_large" in codes(small)


def test_a_member_that_lies_about_its_size_is_not_unpacked_past_it(tmp_path) -> None:
    # Declares 1 KB, holds 300 MiB: reading stops at the declared size (the CRC then disagrees).
    data, crc = deflated_zeros(300)
    sums = f"{hashlib.sha256(bytes(1024)).hexdigest()} *x.json\n".encode()
    path = write(
        tmp_path,
        raw_zip(
            [
                {"name": "x.json", "data": data, "method": 8, "size": 1024, "crc": zlib.crc32(bytes(1024))},
                {"name": "sha256sums.txt", "data": sums},
            ]
        ),
    )
    started = time.monotonic()
    report = verify_package(path, limits=VerifyLimits(ratio=10**9))
    assert time.monotonic() - started < 2
    assert not report.ok


def test_too_many_entries_are_refused_before_the_directory_is_read(tmp_path) -> None:
    path = write(tmp_path, raw_zip([{"name": f"f{n}", "data": b""} for n in range(50)]))
    report = verify_package(path, limits=VerifyLimits(members=10))
    assert codes(report) == {"zip_too_many"}


def _package(context, qapp, tmp_path, form: str = "zip") -> Path:
    page = add_page(context)
    add_entry(context, page)
    target = tmp_path / "usb"
    target.mkdir(exist_ok=True)
    return context.archive.export(target, form, now=NOW).path


def _replace(path: Path, name: str, data: bytes) -> None:
    """Replace one member and its line in sha256sums.txt, so only the change itself is wrong."""
    with zipfile.ZipFile(path) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    members[name] = data
    sums = members["sha256sums.txt"].decode()
    lines = [
        f"{hashlib.sha256(data).hexdigest()} *{name}" if line.endswith(f" *{name}") else line
        for line in sums.splitlines()
    ]
    members["sha256sums.txt"] = ("\n".join(lines) + "\n").encode()
    path.unlink()
    with zipfile.ZipFile(path, "w") as zf:
        for member, content in members.items():
            zf.writestr(member, content)


def test_folder_package_with_links_out_is_refused(context, qapp, tmp_path) -> None:
    package = _package(context, qapp, tmp_path, "folder")
    assert verify_package(package).ok
    secret = tmp_path / "secret"
    secret.mkdir()
    (secret / "passwd").write_text("root")
    os.symlink(secret, package / "items" / "ut")
    report = verify_package(package)
    assert "zip_symlink" in codes(report) and report.files_checked == 0
    (package / "items" / "ut").unlink()
    os.symlink(secret / "passwd", package / "LESMEG2.txt")
    assert "zip_symlink" in codes(verify_package(package))


def test_structure_is_checked_without_schema(context, qapp, tmp_path) -> None:
    package = _package(context, qapp, tmp_path)
    with zipfile.ZipFile(package) as zf:
        name = next(n for n in zf.namelist() if n.endswith("arkivmelding.xml"))
        xml = zf.read(name)
    # The old bug: a time without seconds. Checksums all agree; only the structure is wrong.
    bad = xml.replace(b":00+00:00</opprettetDato>", b"+00:00</opprettetDato>")
    assert bad != xml
    _replace(package, name, bad)
    report = verify_package(package)
    assert codes(report) == {"xml_structure"}, report.problems
    assert "opprettetDato" in report.problems[0]


def test_malformed_xml_with_schema_and_json_gives_json_not_a_traceback(
    context, qapp, tmp_path, shared_dir
) -> None:
    package = _package(context, qapp, tmp_path)
    with zipfile.ZipFile(package) as zf:
        name = next(n for n in zf.namelist() if n.endswith("arkivmelding.xml"))
    _replace(package, name, b"<arkivmelding><<<")
    schema = shared_dir / "schemas" / "fiks-arkiv-v2"
    code, out, err = run_cli("archive", "verify", str(package), "--schema", str(schema), "--json")
    assert "Traceback" not in err
    answer = json.loads(out)
    assert code == 1 and not answer["ok"]
    assert "xml_malformed" in {p["code"] for p in answer["problem_details"]}


@pytest.mark.parametrize("case", ["no_package", "no_schema"])
def test_json_is_printed_when_nothing_could_be_checked(tmp_path, case) -> None:
    args = ["archive", "verify", str(tmp_path / "nothing.zip"), "--json"]
    if case == "no_schema":
        (tmp_path / "nothing.zip").write_bytes(b"x")
        args += ["--schema", str(tmp_path / "no-such-dir")]
    code, out, err = run_cli(*args)
    answer = json.loads(out)
    assert answer["ok"] is False and answer["error"] in err
    assert code == (3 if case == "no_package" else 2)


# -- the export never writes outside its target ------------------------------------------------------


@pytest.mark.parametrize("form", ["zip", "folder"])
@pytest.mark.parametrize(
    "row_id",
    ["../../../../escaped", "..\\..\\escaped", "C:\\escaped", "/tmp/escaped", "a/../../escaped", ".."],
)
def test_a_synced_row_id_cannot_make_the_export_write_outside_its_target(
    context, qapp, tmp_path, form, row_id
) -> None:
    page = add_page(context)
    context.store.create(
        "moderation_entries",
        {
            "page_id": page,
            "comment_author": "Ola",
            "comment_text": "Slem",
            "action": "deleted",
            "ground": "personangrep",
            "moderator": "Kari",
            "screenshots": [],
            "created_at": "2026-11-20T08:20:00+00:00",
        },
        row_id=row_id,
    )
    root = tmp_path / "root"
    target = root / "a" / "b" / "usb"
    target.mkdir(parents=True)
    before = sorted(p for p in tmp_path.rglob("*") if "usb" not in p.parts)
    result = context.archive.export(target, form, now=NOW)
    assert sorted(p for p in tmp_path.rglob("*") if "usb" not in p.parts) == before
    assert [p.name for p in target.iterdir()] == [result.path.name]
    report = verify_package(result.path)
    assert report.ok, report.problems
    names = (
        zipfile.ZipFile(result.path).namelist()
        if form == "zip"
        else [p.relative_to(result.path).as_posix() for p in result.path.rglob("*")]
    )
    assert all(".." not in n.split("/") and "\\" not in n and ":" not in n for n in names)
    assert context.archive.status_of("moderation", row_id) == "exported"
    # The id itself travels unchanged in the arkivmelding's external key (that is how a receipt finds it).
    with zipfile.ZipFile(result.path) if form == "zip" else _Folder(result.path) as pkg:
        xml = pkg.read(next(n for n in names if n.endswith("arkivmelding.xml")))
    from xml.sax.saxutils import escape

    assert f"<n5mdk:noekkel>{escape(row_id)}</n5mdk:noekkel>".encode() in xml


class _Folder:
    def __init__(self, path: Path) -> None:
        self.path = path

    def __enter__(self) -> _Folder:
        return self

    def __exit__(self, *exc: object) -> None:
        pass

    def read(self, name: str) -> bytes:
        return (self.path / name).read_bytes()


def test_the_writers_refuse_a_name_outside_the_package(tmp_path) -> None:
    import datetime as dt

    from mtk_admin_desktop.services.archive_package import ArchiveWriteError, FolderWriter, ZipWriter

    folder = FolderWriter(tmp_path / "pkg")
    zipped = ZipWriter(tmp_path / "pkg.zip", dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
    for writer in (folder, zipped):
        for name in ("../x", "items/../../x", "..\\x", "C:\\x", "/x"):
            with pytest.raises(ArchiveWriteError):
                writer.add_bytes(name, b"x")
    zipped.abort()
    (tmp_path / "outside").mkdir()
    os.symlink(tmp_path / "outside", tmp_path / "pkg" / "items")
    with pytest.raises(ArchiveWriteError):
        folder.add_bytes("items/x", b"x")
    assert list((tmp_path / "outside").iterdir()) == []


def test_many_small_bombs_are_refused_by_the_total(tmp_path) -> None:
    # 40 entries of 60 MiB of zeros each (under the per-file ratio threshold): 2.4 GiB from ~2.5 MB.
    data, crc = deflated_zeros(60)
    entries = [{"name": f"b-{n}", "data": data, "method": 8, "size": 60 << 20, "crc": crc} for n in range(40)]
    path = write(tmp_path, raw_zip(entries))
    started = time.monotonic()
    report = verify_package(path)
    assert time.monotonic() - started < 2
    assert "zip_total_too_large" in codes(report)


def test_a_long_repetitive_text_file_is_not_taken_for_a_bomb(tmp_path) -> None:
    # A 2 MiB data.json of one repeated letter (a hostile comment) compresses ~1000:1: not a bomb.
    text = b'{"comment_text": "' + b"a" * (2 << 20) + b'"}'
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    data = packer.compress(text) + packer.flush()
    sums = f"{hashlib.sha256(text).hexdigest()} *items/0001/data.json\n".encode()
    path = write(
        tmp_path,
        raw_zip(
            [
                {
                    "name": "items/0001/data.json",
                    "data": data,
                    "method": 8,
                    "size": len(text),
                    "crc": zlib.crc32(text),
                },
                {"name": "sha256sums.txt", "data": sums},
            ]
        ),
    )
    report = verify_package(path)
    assert not codes(report) & {"zip_ratio", "zip_total_too_large"}, report.problems
    assert report.files_checked == 1
