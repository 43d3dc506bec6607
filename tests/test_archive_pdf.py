"""The item PDF (Hoveddokument): screenshots go in losslessly, stay PDF/A-2b, give the same bytes again."""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest

from mtk_admin_desktop.domain.archive import ArchiveItem, Attachment
from tests import test_archive_export as fx
from tests.helpers import require_tool

archive_data = fx.archive_data  # the shared fixture


@pytest.fixture
def needs_poppler() -> None:
    require_tool("pdfimages", "poppler-utils")


def _encode(image) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "PNG")
    return bytes(data.data())


def _screen(qapp, fmt_name: str = "Format_RGB32", width: int = 800, height: int = 450) -> bytes:
    """A screenshot-like PNG: panels, text and a noisy 'photo' (every pixel value matters)."""
    import random

    from PySide6.QtGui import QColor, QImage, QPainter

    rnd = random.Random(7)
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(240, 242, 245))
    painter = QPainter(image)
    for _ in range(8):
        painter.fillRect(rnd.randrange(width), rnd.randrange(height), 200, 80, QColor(*rnd.randbytes(3)))
    for line in range(12):
        painter.drawText(20, 30 + line * 25, f"Kommentar {line}: æøå " + "tekst " * rnd.randrange(3, 12))
    noise = QImage(rnd.randbytes(100 * 50 * 3), 100, 50, 300, QImage.Format.Format_RGB888)
    painter.drawImage(width - 220, height - 120, noise.scaled(200, 100))
    painter.end()
    return _encode(image.convertToFormat(getattr(QImage.Format, fmt_name)))


def _chunks(png: bytes) -> list[tuple[bytes, bytes]]:
    out, pos = [], 8
    while pos < len(png):
        (length,) = struct.unpack(">I", png[pos : pos + 4])
        out.append((png[pos + 4 : pos + 8], png[pos + 8 : pos + 8 + length]))
        pos += 12 + length
    return out


def _build(chunks: list[tuple[bytes, bytes]]) -> bytes:
    out = b"\x89PNG\r\n\x1a\n"
    for kind, body in chunks:
        out += struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
    return out


def _item(shas: list[str], name: str = "x") -> ArchiveItem:
    return ArchiveItem(
        kind="moderation",
        item_id=f"item-{name}",
        title="Slettet kommentar på Midt-Telemark kommune",
        created_at="2026-11-20T08:20:00+00:00",
        document_date="2026-11-20",
        author="Kari Hovedadmin",
        text="Du er en idiot",
        fields=[("Side", "Midt-Telemark kommune"), ("Handling", "Slettet kommentar")],
        attachments=[
            Attachment(sha, "image/png", f"skjermbilde-{n}.png", f"Skjermbilde {n}", "Tatt 20.11.2026")
            for n, sha in enumerate(shas, 1)
        ],
    )


def _write(tmp_path: Path, pngs: dict[str, bytes], name: str = "dokument") -> Path:
    from mtk_admin_desktop.services.archive_pdf import write_item_pdf

    for sha, data in pngs.items():
        (tmp_path / sha).write_bytes(data)
    pdf = tmp_path / f"{name}.pdf"
    write_item_pdf(pdf, _item(list(pngs)), lambda sha: tmp_path / sha, "Pakke test")
    return pdf


def _images(pdf: Path) -> list[list[str]]:
    listing = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True)
    return [line.split() for line in listing.stdout.splitlines()[2:] if line.strip()]


def _extracted(pdf: Path, tmp_path: Path):
    from PySide6.QtGui import QImage

    root = tmp_path / f"x-{pdf.stem}"
    subprocess.run(["pdfimages", "-png", str(pdf), str(root)], check=True, capture_output=True)
    return [QImage(str(p)) for p in sorted(tmp_path.glob(root.name + "-*.png"))]


def test_png_pixels_takes_only_what_a_pdf_can_carry_unchanged(qapp, tmp_path) -> None:
    from PySide6.QtGui import QImage

    from mtk_admin_desktop.services.archive_pdf import png_pixels

    def check(data: bytes):
        path = tmp_path / "p.png"
        path.write_bytes(data)
        return png_pixels(path)

    rgb = _screen(qapp)
    found = check(rgb)
    assert found is not None and (found.width, found.height, found.colours) == (800, 450, 3)
    assert check(_screen(qapp, "Format_Grayscale8")).colours == 1
    # Transparency, a palette, 16 bits: decoded and flattened instead.
    assert check(_screen(qapp, "Format_ARGB32")) is None
    assert (
        check(_encode(QImage.fromData(_screen(qapp)).convertToFormat(QImage.Format.Format_Indexed8))) is None
    )
    assert check(_screen(qapp, "Format_Grayscale16")) is None
    chunks = _chunks(rgb)
    header = bytearray(chunks[0][1])
    header[12] = 1  # Adam7 interlacing
    assert check(_build([(b"IHDR", bytes(header)), *chunks[1:]])) is None
    with_key = [chunks[0], (b"tRNS", b"\x00\x00\x00\x00\x00\x00"), *chunks[1:]]
    assert check(_build(with_key)) is None
    # Damaged or cut short: never passed on as it is.
    damaged = bytearray(rgb)
    damaged[len(damaged) // 2] ^= 0x01
    assert check(bytes(damaged)) is None
    assert check(rgb[: len(rgb) // 2]) is None
    assert check(b"\xff\xd8\xff\xe0 not a png") is None


@pytest.mark.usefixtures("needs_poppler")
def test_opaque_screenshots_go_into_the_pdf_losslessly(qapp, tmp_path) -> None:
    from PySide6.QtGui import QImage

    from mtk_admin_desktop.services.archive_pdf import png_pixels

    rgb, gray = _screen(qapp), _screen(qapp, "Format_Grayscale8", 300, 600)
    pdf = _write(tmp_path, {"a" * 64: rgb, "b" * 64: gray})
    rows = _images(pdf)
    assert [(r[3], r[4], r[5], r[6], r[8], r[9]) for r in rows] == [
        # Flate, not JPEG; no interpolation; no soft mask row; sRGB and gray ICC colour spaces (Typst's)
        ("800", "450", "icc", "3", "image", "no"),
        ("300", "600", "icc", "1", "image", "no"),
    ]
    # The PNG's own compressed data is in the file: nothing was decoded or re-compressed.
    data = pdf.read_bytes()
    assert png_pixels(tmp_path / ("a" * 64)).data in data
    # And a PDF reader decodes exactly the screenshot's pixels.
    shown = _extracted(pdf, tmp_path)
    assert shown[0].convertToFormat(QImage.Format.Format_RGB888) == QImage.fromData(rgb).convertToFormat(
        QImage.Format.Format_RGB888
    )
    assert shown[1].convertToFormat(QImage.Format.Format_Grayscale8) == QImage.fromData(gray).convertToFormat(
        QImage.Format.Format_Grayscale8
    )
    # The cross-reference table points at every object (readers would otherwise have to repair the file).
    xref_at = int(re.search(rb"startxref\s+(\d+)", data[-64:]).group(1))
    count = int(re.match(rb"xref\n0 (\d+)\n", data[xref_at:]).group(1))
    table = data[xref_at:].split(b"\n", 2)[2]
    for number in range(1, count):
        offset = int(table[20 * number : 20 * number + 10])
        assert data.startswith(b"%d 0 obj" % number, offset), number
    errors = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True)
    assert errors.returncode == 0 and "rror" not in errors.stderr, errors.stderr
    # Tagged PDF/A-2a and PDF/UA-1 (Typst's output, placeholders swapped): no object streams, the XMP
    # claims kept, an OutputIntent, the page renders. page-validation judges both levels.
    from tests.test_register_pdf import assert_valid

    assert b"/ObjStm" not in data and b"/Interpolate true" not in data
    assert b"/GTS_PDFA1" in data and b"/StructTreeRoot" in data
    assert_valid(data)
    fx._pdf_checks(pdf, tmp_path)


@pytest.mark.usefixtures("needs_poppler")
def test_translucent_screenshot_is_flattened_onto_white(qapp, tmp_path) -> None:
    from PySide6.QtGui import QColor, QImage

    image = QImage(400, 200, QImage.Format.Format_ARGB32)
    image.fill(QColor(0, 0, 0, 0))  # fully transparent: must come out white, not black
    image.setPixelColor(10, 10, QColor(200, 30, 30, 255))
    for x in range(200, 400):
        for y in range(100, 200):
            image.setPixelColor(x, y, QColor(20, 60, 200))
    pdf = _write(tmp_path, {"c" * 64: _encode(image)})
    rows = _images(pdf)
    assert len(rows) == 1 and rows[0][2] == "image"  # no "smask" row: PDF/A-1 has no transparency
    shown = _extracted(pdf, tmp_path)[0]
    corner, block = shown.pixelColor(100, 50), shown.pixelColor(300, 150)
    assert min(corner.red(), corner.green(), corner.blue()) > 245
    assert abs(block.red() - 20) < 12 and abs(block.green() - 60) < 12 and abs(block.blue() - 200) < 12


@pytest.mark.usefixtures("needs_poppler")
def test_decoded_image_of_a_placeholders_size_falls_back_to_decoding_every_image(qapp, tmp_path) -> None:
    """A translucent 9x8 picture beside a pass-through screenshot has the first placeholder's size."""
    from PySide6.QtGui import QColor, QImage

    tiny = QImage(9, 8, QImage.Format.Format_ARGB32)
    tiny.fill(QColor(200, 30, 30, 128))
    pdf = _write(tmp_path, {"a" * 64: _screen(qapp), "d" * 64: _encode(tiny)})
    rows = _images(pdf)
    assert [(r[3], r[4]) for r in rows] == [("800", "450"), ("9", "8")]  # both shown at their own size
    errors = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True)
    assert errors.returncode == 0 and "rror" not in errors.stderr, errors.stderr


@pytest.mark.usefixtures("needs_poppler")
def test_long_scrolling_screenshot_runs_over_pages_at_a_readable_scale(qapp, tmp_path) -> None:
    """A 1080x6000 capture shrunk onto one page would print its text ~1 pt high: it is sliced instead."""
    pdf = _write(tmp_path, {"e" * 64: _screen(qapp, width=1080, height=6000)})
    rows = _images(pdf)
    assert len(rows) >= 4 and all(r[3] == "1080" for r in rows)  # full width in every slice
    assert sum(int(r[4]) for r in rows) == 6000  # every row of pixels shown once
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert int(re.search(r"Pages:\s+(\d+)", info).group(1)) >= 4


def test_item_pdf_with_screenshots_gives_the_same_bytes_again(qapp, tmp_path) -> None:
    pngs = {"d" * 64: _screen(qapp), "e" * 64: _screen(qapp, "Format_ARGB32")}
    first = _write(tmp_path, pngs, "first").read_bytes()
    second = _write(tmp_path, pngs, "second").read_bytes()
    assert first == second


def test_broken_screenshot_is_named_but_the_pdf_is_written(qapp, tmp_path) -> None:
    rgb = bytearray(_screen(qapp))
    rgb[200] ^= 0xFF  # inside the pixel data: neither passed through nor decodable as it was
    pdf = _write(tmp_path, {"f" * 64: bytes(rgb)})
    assert pdf.read_bytes().startswith(b"%PDF-")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
        # Either what could be decoded is shown, or the PDF says the original is in the package.
        assert "Skjermbilde 1" in text


def test_export_holds_only_a_few_items_at_a_time(context, qapp, tmp_path, monkeypatch) -> None:
    from mtk_admin_desktop.services import archive_package

    page = fx.add_page(context)
    for number in range(8):
        sha = fx.add_screenshot(context, fx._png(qapp, seed=number, alpha=False))
        fx.add_entry(context, page, text=f"Kommentar {number}", shots=[sha])
    built: list[int] = []
    written: list[int] = []
    real = type(context.archive).build_item

    def build_item(self, kind, row, store, pages):
        built.append(len(written))  # how many items were written when this one was read
        return real(self, kind, row, store, pages)

    monkeypatch.setattr(type(context.archive), "build_item", build_item)
    target = tmp_path / "usb"
    target.mkdir()
    result = context.archive.export(
        target, "zip", progress=lambda done, total, text: written.append(done) if done < 8 else None
    )
    assert len(result.item_keys) == 8
    ahead = archive_package.pdf_threads() + 1
    # Item n is read from the store only when at most ``ahead`` items before it are still unwritten:
    # memory holds a few items and their PDFs, not the whole package.
    assert all(number - seen <= ahead for number, seen in enumerate(built)), built
    assert context.archive.verify(result.path).ok


def test_a_failing_pdf_stops_the_export_and_marks_nothing(
    context, archive_data, tmp_path, monkeypatch
) -> None:
    from mtk_admin_desktop.services import archive_pdf

    real = archive_pdf.item_pdf
    calls = {"n": 0}

    def failing(item, image_path, package_note=""):
        calls["n"] += 1
        if calls["n"] == 2:
            raise archive_pdf.PdfError("Qt could not draw the page")
        return real(item, image_path, package_note)

    monkeypatch.setattr(archive_pdf, "item_pdf", failing)
    target = tmp_path / "usb"
    target.mkdir()
    with pytest.raises(archive_pdf.PdfError):
        context.archive.export(target, "zip")
    assert list(target.iterdir()) == []
    assert context.archive.packages() == []
    assert context.archive.status_of("post", archive_data["post"]) == "pending"


@pytest.mark.usefixtures("needs_poppler")
def test_contents_of_a_large_package_lists_every_item_once(qapp, tmp_path) -> None:
    import datetime as dt

    from mtk_admin_desktop.services.archive_pdf import CONTENTS_ROWS_PER_PART, write_contents_pdf

    count = 2 * CONTENTS_ROWS_PER_PART + 20  # three parts, laid out one after the other
    rows = [
        [
            str(n),
            "Midt-Telemark kommune",
            "2026-11-20",
            "Moderering",
            f"Slettet kommentar {n}",
            f"items/{n:04d}",
        ]
        for n in range(1, count + 1)
    ]
    pdf = tmp_path / "innhold.pdf"
    when = dt.datetime(2026, 11, 25, 12, tzinfo=dt.UTC)
    write_contents_pdf(pdf, "Arkivpakke", [("Pakke-ID", "abc")], rows, when, "package:abc")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    listed = re.findall(r"items/(\d{4})", text)
    assert sorted(int(n) for n in listed) == list(range(1, count + 1))
    assert text.count("Nr.") == 3  # the column headings again at the top of each part
    assert text.count("Pakke-ID") == 1
    fx._pdf_checks(pdf, tmp_path)
    again = tmp_path / "again.pdf"
    write_contents_pdf(again, "Arkivpakke", [("Pakke-ID", "abc")], rows, when, "package:abc")
    assert again.read_bytes() == pdf.read_bytes()


def test_tall_and_translucent_screenshots_are_lossless_in_the_pdf(qapp, tmp_path) -> None:
    """Issue 16: a tall screenshot was cut into lossy JPEG slices; now every slice (and a flattened
    translucent image) carries exactly the original's pixels."""
    from PySide6.QtGui import QImage, QPainter

    from mtk_admin_desktop.services.archive_pdf import item_pdf

    require_tool("pdfimages", "poppler-utils")
    tall = _screen(qapp, width=800, height=4000)  # several pages high at 0.75 pt per pixel
    translucent = _screen(qapp, "Format_ARGB32", width=400, height=300)
    blobs = {"a" * 64: tall, "b" * 64: translucent}
    for sha, data in blobs.items():
        (tmp_path / sha).write_bytes(data)
    item = ArchiveItem(
        "moderation",
        "id-1",
        "Lang tråd",
        "2026-12-01T09:00:00+01:00",
        "2026-12-01",
        "Kari",
        attachments=[
            Attachment("a" * 64, "image/png", "s-1.png", "Skjermbilde 1"),
            Attachment("b" * 64, "image/png", "s-2.png", "Skjermbilde 2"),
        ],
    )
    pdf = tmp_path / "dokument.pdf"
    pdf.write_bytes(item_pdf(item, lambda sha: tmp_path / sha))
    assert b"/DCTDecode" not in pdf.read_bytes()  # no JPEG anywhere
    shown = [i.convertToFormat(QImage.Format.Format_RGB888) for i in _extracted(pdf, tmp_path)]
    original = QImage.fromData(tall).convertToFormat(QImage.Format.Format_RGB888)
    slices = shown[:-1]
    assert len(slices) > 1 and all(s.width() == 800 for s in slices)
    assert sum(s.height() for s in slices) == 4000
    top = 0
    for piece in slices:
        assert piece == original.copy(0, top, 800, piece.height())
        top += piece.height()
    flat = QImage(400, 300, QImage.Format.Format_RGB888)
    flat.fill(0xFFFFFF)
    painter = QPainter(flat)
    painter.drawImage(0, 0, QImage.fromData(translucent))
    painter.end()
    assert shown[-1] == flat


def test_a_huge_comment_gives_a_pdf_in_bounded_time_and_keeps_the_whole_text_elsewhere(
    qapp, tmp_path
) -> None:
    """A 3,000,000-character comment without a break took Qt ~9 minutes to lay out; the PDF now shows the
    first 100,000 characters and says where the rest is (the arkivmelding and data.json keep it all)."""
    import time

    from mtk_admin_desktop.services.archive_pdf import item_pdf
    from mtk_admin_desktop.services.archive_xml import arkivmelding_bytes

    require_tool("pdftotext", "poppler-utils")
    text = "a" * 3_000_000
    item = ArchiveItem(
        "moderation", "id-1", "Lang", "2026-12-01T09:00:00+01:00", "2026-12-01", "Kari", text=text
    )
    started = time.monotonic()
    pdf = tmp_path / "dokument.pdf"
    pdf.write_bytes(item_pdf(item, lambda sha: tmp_path / sha))
    assert time.monotonic() - started < 30
    shown = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Forkortet her: teksten har 3 000 000 tegn" in " ".join(shown.split())
    assert text in arkivmelding_bytes(item, []).decode()
