"""Screenshots stored and packaged byte for byte as given (issue 16 item 4): a PNG or JPEG file or
clipboard image keeps its bytes and hash from the form to the archive package; a damaged one is refused."""

from __future__ import annotations

import hashlib
import struct
import zipfile
import zlib
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData, QRect
from PySide6.QtGui import QColor, QImage, QPainter
from test_archive_export import NOW, _png
from test_moderation_log import deletion, make_page

from mtk_admin_desktop.services.moderation_capture import (
    MAX_PIXELS,
    CaptureError,
    Grab,
    check_original,
    crop,
    cropped,
    image_from_mime,
    load_image_file,
    store_grab,
)

pytestmark = pytest.mark.today  # the entries are dated now


def _noisy(width: int = 320, height: int = 200, seed: int = 1) -> QImage:
    """Something a screenshot could show: boxes and text on a light background (never one colour)."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#f0f2f5"))
    painter = QPainter(image)
    for n in range(12):
        painter.fillRect((n * 37 * seed) % width, (n * 23) % height, 40, 14, QColor(30 * n % 255, 90, 160))
    painter.drawText(10, height - 20, "Kommentar: Rådmannen er …")
    painter.end()
    return image


def _encoded(image: QImage, fmt: str, quality: int = -1) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, fmt, quality)
    return bytes(data.data())


def _jpeg() -> bytes:
    return _encoded(_noisy(), "JPG", 87)


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def _export(context, tmp_path: Path) -> zipfile.ZipFile:
    target = tmp_path / "usb"
    target.mkdir()
    result = context.archive.export(target, "zip", now=NOW)
    return zipfile.ZipFile(result.path)


def test_png_and_jpeg_files_keep_their_bytes_and_hash_into_the_archive_package(
    qapp, context, tmp_path
) -> None:
    jpeg, png = _jpeg(), _png(qapp, alpha=False, seed=3)
    (tmp_path / "tråd.jpg").write_bytes(jpeg)
    (tmp_path / "kommentar.png").write_bytes(png)
    grabs = [load_image_file(tmp_path / "tråd.jpg"), load_image_file(tmp_path / "kommentar.png")]
    assert [g.original for g in grabs] == [jpeg, png]
    assert [g.mime for g in grabs] == ["image/jpeg", "image/png"]
    shas = [store_grab(context, grab) for grab in grabs]
    assert shas == [hashlib.sha256(jpeg).hexdigest(), hashlib.sha256(png).hexdigest()]  # the originals'
    assert context.blobs.read(shas[0]) == jpeg and context.blobs.read(shas[1]) == png
    assert [context.moderation.screenshot_info(s)["mime"] for s in shas] == ["image/jpeg", "image/png"]
    page = make_page(context)
    entry = context.moderation.add_entry(deletion(page, screenshots=shas)).entry_id
    assert context.moderation.verify().ok

    with _export(context, tmp_path) as package:
        names = package.namelist()
        folder = next(n.rsplit("/", 1)[0] for n in names if entry in n and n.endswith("arkivmelding.xml"))
        assert package.read(f"{folder}/skjermbilde-1.jpg") == jpeg
        assert package.read(f"{folder}/skjermbilde-2.png") == png
        sums = package.read(next(n for n in names if n.endswith("sha256sums.txt"))).decode()
        assert f"{shas[0]} *{folder}/skjermbilde-1.jpg\n" in sums
        # The arkivmelding describes each by its own type, size and checksum.
        xml = ElementTree.fromstring(package.read(f"{folder}/arkivmelding.xml"))
        objects = {
            o.findtext("{*}referanseDokumentfil", "").rsplit("/", 1)[-1]: o
            for o in xml.iterfind(".//{*}dokumentobjekt")
        }
        jpg = objects["skjermbilde-1.jpg"]
        assert jpg.findtext("{*}mimeType") == "image/jpeg" and "JPEG" in ElementTree.tostring(jpg, "unicode")
        assert jpg.findtext("{*}sjekksum") == shas[0] and jpg.findtext("{*}filstoerrelse") == str(len(jpeg))
        assert objects["skjermbilde-2.png"].findtext("{*}mimeType") == "image/png"
        readme = package.read(next(n for n in names if n.endswith("LESMEG.txt"))).decode()
        assert "byte for byte" in readme and "utsnitt" in readme


@pytest.mark.parametrize(
    "damage",
    ["cut_jpeg", "cut_png", "patched_png", "png_without_end", "jpeg_without_scan", "signature_only"],
)
def test_a_damaged_or_forged_file_is_refused_with_a_message(qapp, context, tmp_path, damage) -> None:
    jpeg, png = _jpeg(), _png(qapp, alpha=False)
    data = {
        "cut_jpeg": jpeg[: len(jpeg) * 2 // 3],
        "cut_png": png[: len(png) - 40],
        "patched_png": png[:200] + bytes([png[200] ^ 0x55]) + png[201:],  # a CRC no longer holds
        "png_without_end": png[:-12],
        "jpeg_without_scan": jpeg[: jpeg.index(b"\xff\xda")] + b"\xff\xd9",
        "signature_only": b"\x89PNG\r\n\x1a\n" + b"\x00" * 64,
    }[damage]
    path = tmp_path / ("skjermbilde.jpg" if "jpeg" in damage else "skjermbilde.png")
    path.write_bytes(data)
    with pytest.raises(CaptureError) as refused:
        load_image_file(path)
    message = str(refused.value)
    assert path.name in message and "damaged or cut short" in message
    assert not [p for p in context.blobs.root.rglob("*") if p.is_file()]  # nothing stored


def test_the_refusal_is_norwegian(qapp, tmp_path, language) -> None:
    language("nb")
    path = tmp_path / "skjermbilde.jpg"
    path.write_bytes(_jpeg()[:900])
    with pytest.raises(CaptureError) as refused:
        load_image_file(path)
    assert "lagres ikke som bevis" in str(refused.value) and "skadet eller avkortet" in str(refused.value)


def test_a_huge_image_is_refused_before_it_is_decoded(qapp, tmp_path) -> None:
    side = int(MAX_PIXELS**0.5) + 100
    header = struct.pack(">IIBBBBB", side, side, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 64)
    data = b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", idat) + _chunk(b"IEND", b"")
    with pytest.raises(CaptureError) as refused:
        check_original(data, "stor.png")
    assert "60 megapixels" in str(refused.value)


def test_a_tall_scrolling_screenshot_within_the_limit_is_kept(qapp, tmp_path) -> None:
    tall = _encoded(_noisy(400, 20000), "PNG")  # taller than the old 16,384-pixel limit
    (tmp_path / "tråd.png").write_bytes(tall)
    grab = load_image_file(tmp_path / "tråd.png")
    assert grab.original == tall and grab.image.height() == 20000


def test_other_formats_and_pixels_are_stored_as_png(qapp, context, tmp_path) -> None:
    bmp = _encoded(_noisy(), "BMP")
    (tmp_path / "gammel.bmp").write_bytes(bmp)
    grab = load_image_file(tmp_path / "gammel.bmp")
    assert grab.original is None and grab.mime == "image/png"
    sha = store_grab(context, grab)
    stored = context.blobs.read(sha)
    assert stored.startswith(b"\x89PNG") and sha != hashlib.sha256(bmp).hexdigest()
    assert context.moderation.screenshot_info(sha)["mime"] == "image/png"
    # Pixels only on the clipboard: PNG; PNG or JPEG bytes on it: kept as given.
    pixels = QMimeData()
    pixels.setImageData(_noisy())
    assert image_from_mime(pixels, "Utklippstavle").original is None
    for kind, data in (("image/png", _png(qapp, alpha=False)), ("image/jpeg", _jpeg())):
        mime = QMimeData()
        mime.setData(kind, QByteArray(data))
        pasted = image_from_mime(mime, "Utklippstavle")
        assert pasted.original == data and pasted.mime == kind
        assert store_grab(context, pasted) == hashlib.sha256(data).hexdigest()
    broken = QMimeData()
    broken.setData("image/jpeg", QByteArray(_jpeg()[:500]))
    with pytest.raises(CaptureError, match="Utklippstavle"):
        image_from_mime(broken, "Utklippstavle")


def test_a_region_cut_out_of_a_grab_is_a_new_png_and_says_so(qapp, context) -> None:
    grab = Grab(_noisy(), "Skjerm 1 (320×200)", "2026-12-02T10:00:00+00:00")
    part = cropped(grab, crop(grab.image, QRect(10, 10, 100, 50)))
    assert part.original is None and part.screen == "Skjerm 1 (320×200), cut out (100×50)"
    assert cropped(grab, grab.image.copy()).screen == grab.screen  # the whole grab: nothing cut out
    sha = store_grab(context, part)
    assert context.moderation.screenshot_info(sha)["screen"].endswith("cut out (100×50)")
    assert context.blobs.read(sha).startswith(b"\x89PNG")


def test_an_original_comes_back_as_given_from_a_draft(qtbot, context, tmp_path) -> None:
    from mtk_admin_desktop.ui.moderation.entry_dialog import EntryDialog

    jpeg = _jpeg()
    (tmp_path / "tråd.jpg").write_bytes(jpeg)
    make_page(context)
    dialog = EntryDialog(context)
    qtbot.addWidget(dialog)
    dialog.add_file(str(tmp_path / "tråd.jpg"))
    values = dialog.draft_values()
    again = EntryDialog(context)
    qtbot.addWidget(again)
    again.restore(values)
    assert [g.original for g in again.grabs] == [jpeg]


def test_the_last_fallback_pdf_keeps_a_tall_screenshot_lossless(qapp, tmp_path) -> None:
    """Qt's own drawing (no placeholder swap) was free to put screenshots in as JPEG slices."""
    from mtk_admin_desktop.domain.archive import ArchiveItem, Attachment
    from mtk_admin_desktop.services.archive_pdf import _item_pdf

    (tmp_path / ("a" * 64)).write_bytes(_encoded(_noisy(600, 3000), "JPG", 90))
    item = ArchiveItem(
        "moderation",
        "id-1",
        "Lang tråd",
        "2026-12-01T09:00:00+01:00",
        "2026-12-01",
        "Kari",
        attachments=[Attachment("a" * 64, "image/jpeg", "skjermbilde-1.jpg", "Skjermbilde 1")],
    )
    pdf = _item_pdf(item, lambda sha: tmp_path / sha, "", pass_through=False)
    assert pdf.count(b"/Subtype /Image") >= 2  # in page-high slices
    assert b"/DCTDecode" not in pdf
