"""PDF documents of the archive package: each item's dokument.pdf drawn by Typst as tagged PDF/A-2a and
PDF/UA-1, ``innhold.pdf`` (and any item Typst cannot draw) by Qt's own PDF writer (QPdfWriter) as PDF/A-2b.

**Typst** (:func:`_typst_item_pdf`): our template, the item's text given as JSON data (never as markup),
Typst's embedded fonts only, characters they lack shown as ``<U+XXXX>`` (as the yearly list does,
services/register_pdf.py). Every image is laid out as a one-row placeholder of its own width; then
:func:`_swap_typst_placeholders` puts the pixel data in its image object: the PNG's own compressed data
(IDAT) where PDF can carry it unchanged, else the decoded (flattened, sliced) pixels deflated, so every
image is lossless and no screenshot is decoded twice. Typst re-encoding each full-HD screenshot itself
cost ~40 ms an item; with the swap an item costs about what Qt's did (docs/archive.md has the figures).

**Qt** (the fallback, and innhold.pdf): Qt writes PDF/A-1b, but its XMP carries ``pdf:Trapped``, which
PDF/A does not allow there (an independent validator, ``page-validation``, rejects every such file).
:func:`_pin_dates` blanks it (same length) and declares PDF/A-2b (``pdfaid:part="2"``): the rest of
Qt's output already meets part 2. Not 2u or 2a: page-validation finds Qt's ToUnicode maps malformed, and
Qt cannot tag a PDF. Qt stamps the current time into the PDF; :func:`_pin_dates` replaces it (same
length, so the cross-reference table stays right) with the time the caller gives. Screenshots go in by
the same kind of placeholder swap (:func:`_swap_placeholders`, the way img2pdf does it).

The documents are in bokmål whatever the UI language: they are the municipality's record, and the same
items must give the same bytes.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import html
import itertools
import logging
import os
import queue
import re
import struct
import unicodedata
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QFile, QIODevice, QMarginsF, QRectF, QSizeF, Qt, QUrl, QUuid
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QTextDocument,
)

from mtk_admin_desktop import APP_NAME, ORG_NAME
from mtk_admin_desktop.domain.archive import ArchiveItem, bidi_visible, xml_safe
from mtk_admin_desktop.domain.ids import stable_id
from mtk_admin_desktop.services.pdf_objects import (
    OBJ_HEAD,
    PdfError,
    blank_suspects,
    fix_stream_end,
    fix_stream_ends,
    rewrite_objects,
    write_stream_ends_fixed,
)

FONT_FAMILY = "DejaVu Sans"
# Characters the PDF cannot show usefully (controls): made visible instead of silently dropped.
_PDF_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


_app: object = None


def ensure_gui_application() -> None:
    """Qt needs a QGuiApplication for fonts and PDF writing; the command line makes an offscreen one."""
    global _app
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication

    existing = QCoreApplication.instance()
    if isinstance(existing, QGuiApplication):
        return
    if existing is not None:
        raise PdfError("PDF writing needs a QGuiApplication, and a QCoreApplication exists already")
    import sys

    # No window is ever shown for the export, so it must not need a display (cron, SSH, CI).
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication(sys.argv[:1])


def _text(value: str) -> str:
    """Escaped HTML text; forbidden characters shown as U+FFFD, directional controls shown as
    ``<U+202E>`` (not applied: evidence must read as it was written), line breaks kept."""
    # NFC: text pasted in decomposed form (e + U+0301) shows as the one letter the font has.
    safe, _ = xml_safe(bidi_visible(unicodedata.normalize("NFC", value or "")))
    safe = _PDF_CONTROLS.sub("\ufffd", safe)
    safe = "".join(ch if ch < "\x80" or _covered(ch) else f"<U+{ord(ch):04X}>" for ch in safe)
    return html.escape(safe).replace("\n", "<br/>")


_coverage: dict[str, bool] = {}


def _covered(ch: str) -> bool:
    """Whether the PDF's font (regular and bold, as this machine resolves it) has a glyph for ``ch``.

    A character it lacks would be drawn as the font's .notdef glyph (an empty box), which PDF/A-2 does not
    allow and which says nothing; it is shown as its code point (``<U+1F600>``) instead. data.json and
    the arkivmelding keep the character itself.
    """
    known = _coverage.get(ch)
    if known is None:
        from PySide6.QtGui import QFontMetricsF

        point = ord(ch)
        if unicodedata.category(ch) in ("Cf", "Me", "Zl", "Zp", "Co", "Cn") and ch != "\u00ad":
            known = False  # invisible format characters, unassigned or private: shown by code point
        else:
            regular, bold = QFont(FONT_FAMILY, 10), QFont(FONT_FAMILY, 10)
            bold.setBold(True)
            known = all(QFontMetricsF(font).inFontUcs4(point) for font in (regular, bold))
        _coverage[ch] = known
    return known


def _writer(sink: QIODevice, title: str, doc_key: str) -> QPdfWriter:
    """A PDF/A writer into ``sink`` (a buffer, or innhold.pdf's file)."""
    sink.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(sink)
    writer.setPdfVersion(QPagedPaintDevice.PdfVersion.PdfVersion_A1b)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(18, 18, 18, 18),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setResolution(300)
    writer.setTitle(xml_safe(bidi_visible(title))[0])
    writer.setCreator(f"{APP_NAME} ({ORG_NAME})")
    writer.setAuthor(ORG_NAME)
    # A fixed document id (instead of a random one) keeps the bytes reproducible.
    writer.setDocumentId(QUuid(stable_id("archive-pdf", doc_key)))
    return writer


def _document(body: str, writer: QPdfWriter) -> QTextDocument:
    doc = QTextDocument()
    font = QFont(FONT_FAMILY, 10)
    doc.setDefaultFont(font)
    doc.setDefaultStyleSheet(
        "h1 { font-size: 14pt; } h2 { font-size: 12pt; margin-top: 12px; }"
        "td { padding: 2px 6px 2px 0; vertical-align: top; } th { text-align: left; padding-right: 6px; }"
        ".label { color: #333333; font-weight: bold; } .small { font-size: 8pt; color: #333333; }"
    )
    layout = writer.pageLayout()
    rect = layout.paintRectPoints()
    doc.setPageSize(QSizeF(rect.width(), rect.height()))
    doc.setHtml(body)
    return doc


def _print(doc: QTextDocument, writer: QPdfWriter, sink: QBuffer, when: dt.datetime) -> bytes:
    """``doc`` drawn page by page as ``QTextDocument.print_`` would, but with a painter of our own told
    to keep images lossless: given an image, Qt's PDF writer otherwise picks JPEG when it is smaller,
    and the last fallback (``pass_through=False``) hands it every screenshot decoded."""
    painter = QPainter()
    if not painter.begin(writer):
        raise PdfError("Qt could not start the PDF")
    try:
        painter.setRenderHint(QPainter.RenderHint.LosslessImageRendering)
        _draw_pages(doc, painter, writer)
    finally:
        painter.end()  # finishes the file
    sink.close()
    return _pin_dates(bytes(sink.data().data()), when)


PDFA_LEVEL = "PDF/A-2b"
# Anchored on whole XMP elements, so that a title holding the same words changes nothing.
_QT_PDFA_ID = b'<rdf:Description rdf:about="" pdfaid:part="1" pdfaid:conformance="B"/>'
_PDFA_ID = b'<rdf:Description rdf:about="" pdfaid:part="2" pdfaid:conformance="B"/>'
_TRAPPED = re.compile(
    rb'(<rdf:Description rdf:about="" pdf:Producer="[^"<>]{0,80}")( pdf:Trapped="(?:True|False|Unknown)")'
    rb"|(\n)(/Trapped /(?:True|False|Unknown))(?=\n)"
)


def _blank(match: re.Match[bytes]) -> bytes:
    keep, entry = (match.group(1), match.group(2)) if match.group(1) else (match.group(3), match.group(4))
    return keep + b" " * len(entry)


def _pin_dates(data: bytes, when: dt.datetime) -> bytes:
    """Replace the time Qt wrote into the PDF (Info dictionary and XMP) with ``when``, blank the
    ``Trapped`` entries PDF/A does not allow and declare PDF/A-2b: every change keeps the length, so the
    cross-reference table stays right."""
    buffer = bytearray(data)
    _pin_dates_in_place(buffer, when)
    return bytes(buffer)


def _pin_dates_in_place(data: bytearray, when: dt.datetime) -> None:
    """:func:`_pin_dates` on a buffer, changed where it is (a long innhold.pdf is not copied)."""
    if not data.startswith(b"%PDF") or b"%%EOF" not in data[-32:]:
        raise PdfError("Qt did not write a whole PDF")
    if data.count(_QT_PDFA_ID) != 1:
        raise PdfError("Qt's XMP does not declare PDF/A-1b once")
    at = data.find(_QT_PDFA_ID)
    data[at : at + len(_QT_PDFA_ID)] = _PDFA_ID
    utc = when.astimezone(dt.UTC)
    info = utc.strftime("%Y%m%d%H%M%S").encode()
    xmp = utc.strftime("%Y-%m-%dT%H:%M:%S").encode()
    changes: list[tuple[int, bytes]] = []
    blanked = 0
    for found in _TRAPPED.finditer(data):
        blanked += 1
        changes.append((found.start(), _blank(found)))
    if blanked > 2:
        raise PdfError("more Trapped entries than Qt writes")
    for found in _INFO_DATE.finditer(data):
        changes.append((found.start(), found.group(1) + info))
    for found in _XMP_DATE.finditer(data):
        changes.append((found.start(), found.group(1) + xmp))
    for start, new in changes:  # each the length of what it replaces
        data[start : start + len(new)] = new


_INFO_DATE = re.compile(rb"(/(?:CreationDate|ModDate) \(D:)\d{14}")
_XMP_DATE = re.compile(rb'(xmp:(?:CreateDate|ModifyDate|MetadataDate)=")\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d')


# Qt's layout of one long unbroken run grows faster than its length (100,000 characters: 0.5 s;
# 300,000: 4 s; 3,000,000: ~9 min), so the PDF shows at most this much of a text; the arkivmelding's
# beskrivelse and data.json hold all of it, and the PDF says so.
PDF_TEXT_LIMIT = 100_000
PDF_CELL_LIMIT = 5_000


def _shortened(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    return (
        text[:limit]
        + f"\n\n[Forkortet her: teksten har {len(text):,} tegn. Hele teksten står i arkivmeldingens "
        "beskrivelse og i data.json.]".replace(",", " ")
    )


def _rows(pairs: list[tuple[str, str]]) -> str:
    return "".join(
        f"<tr><td class='label'>{_text(_shortened(k, PDF_CELL_LIMIT))}</td>"
        f"<td>{_text(_shortened(v, PDF_CELL_LIMIT))}</td></tr>"
        for k, v in pairs
    )


_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_PNG_COLOURS = {0: 1, 2: 3}  # PNG colour type -> samples per pixel: gray, RGB (no alpha, no palette)


@dataclass(frozen=True)
class PngPixels:
    """A PNG whose compressed pixel data a PDF can use unchanged (8-bit gray or RGB, not interlaced)."""

    width: int
    height: int
    colours: int  # 1 gray, 3 RGB
    data: bytes  # the IDAT chunks joined: one zlib stream of PNG-filtered rows


def png_pixels(path: Path) -> PngPixels | None:
    """The PNG at ``path`` as :class:`PngPixels`, or None when it must be decoded instead.

    None for anything else than an intact 8-bit gray or RGB PNG without interlacing or transparency (a
    tRNS chunk); every chunk's CRC is checked, so a truncated or damaged file is decoded (and shown as
    missing if Qt cannot read it either) rather than passed on.
    """
    try:
        raw = path.read_bytes()
    except OSError:
        return None
    if not raw.startswith(_PNG_SIGNATURE):
        return None
    pos, header, idat, after_idat, ended = len(_PNG_SIGNATURE), None, [], False, False
    while pos + 12 <= len(raw):
        (length,) = struct.unpack(">I", raw[pos : pos + 4])
        kind = raw[pos + 4 : pos + 8]
        if pos + 12 + length > len(raw):
            return None  # truncated
        body = raw[pos + 8 : pos + 8 + length]
        (crc,) = struct.unpack(">I", raw[pos + 8 + length : pos + 12 + length])
        if zlib.crc32(body, zlib.crc32(kind)) != crc:
            return None  # damaged
        pos += 12 + length
        if header is None:
            if kind != b"IHDR" or length != 13:
                return None
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            if after_idat:
                return None  # the data chunks must follow each other
            idat.append(body)
        elif kind == b"IEND":
            ended = True
            break
        elif kind == b"tRNS":
            return None  # a transparent colour: PDF/A-1 has no transparency, so it is flattened instead
        elif idat:
            after_idat = True
    if header is None or not idat or not ended:
        return None
    width, height, depth, colour_type, compression, filtering, interlace = header
    if depth != 8 or colour_type not in _PNG_COLOURS or compression or filtering or interlace:
        return None
    if not 0 < width <= 1 << 16 or not 0 < height <= 1 << 16:
        return None
    return PngPixels(width, height, _PNG_COLOURS[colour_type], b"".join(idat))


def _placeholder(number: int) -> QImage:
    """A tiny image of its own size (``number`` + 8 pixels wide, 8 high): found again by its size."""
    image = QImage(number + 8, 8, QImage.Format.Format_RGB888)
    image.fill(0xC0C0C0)
    return image


def _swap_placeholders(data: bytes, swaps: dict[tuple[int, int], PngPixels]) -> bytes:
    """Put each PNG's own pixel data in place of its placeholder image in the PDF Qt just wrote.

    Each placeholder's object is replaced by an image object with the PNG's IDAT data (see
    :func:`rewrite_objects`). Nothing else changes: text, fonts, XMP, Info, OutputIntent and Qt's /ID
    stay as they were, so the same items still give the same bytes. (The placeholder's separate /Length
    object is left unused; a PDF may hold unused objects.) Anything unexpected raises PdfError.
    """
    done: list[int] = []

    def swap(number: int, generation: int, span: bytes) -> bytes | None:
        head = OBJ_HEAD.match(span)
        assert head is not None  # checked by rewrite_objects
        close = span.find(b">>", head.end(), head.end() + 1024)  # an image's dictionary is short and flat
        if not span.startswith(b"<<", head.end()) or close < 0:
            return None
        dictionary = span[head.end() : close]
        if b"/Subtype /Image" not in dictionary:
            return None
        width = re.search(rb"/Width (\d+)", dictionary)
        height = re.search(rb"/Height (\d+)", dictionary)
        png = swaps.get((int(width.group(1)), int(height.group(1)))) if width and height else None
        if png is None:
            return None
        if b"/SMask" in dictionary:  # a placeholder is opaque RGB; never leave a mask behind
            raise PdfError("a placeholder image has a soft mask")
        done.append(number)
        space = b"/DeviceRGB" if png.colours == 3 else b"/DeviceGray"
        return b"".join(
            (
                b"%d %d obj\n<<\n/Type /XObject\n/Subtype /Image\n" % (number, generation),
                b"/Width %d\n/Height %d\n/BitsPerComponent 8\n/ColorSpace %s\n"
                % (png.width, png.height, space),
                b"/Filter /FlateDecode\n"
                b"/DecodeParms << /Predictor 15 /Colors %d /BitsPerComponent 8 /Columns %d >>\n"
                % (png.colours, png.width),
                b"/Length %d\n>>\nstream\n" % len(png.data),
                png.data,
                b"\nendstream\nendobj\n",  # as Qt writes it: fix_stream_ends runs after this
            )
        )

    out = rewrite_objects(data, swap)
    if len(done) != len(swaps):
        raise PdfError("Qt did not write every placeholder image once")
    return out


def _pixels_of(image: QImage) -> PngPixels:
    """An opaque image as :class:`PngPixels` (8-bit RGB rows, each with PNG filter 0, deflated)."""
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    width, height, stride = rgb.width(), rgb.height(), rgb.bytesPerLine()
    bits = bytes(rgb.constBits())[: stride * height]
    row = width * 3
    packer = zlib.compressobj(6)
    chunks = [packer.compress(b"\x00" + bits[y * stride : y * stride + row]) for y in range(height)]
    chunks.append(packer.flush())
    return PngPixels(width, height, 3, b"".join(chunks))


def _flattened(path: Path) -> QImage | None:
    """The image decoded and drawn onto white (PDF/A-1 forbids transparency), or None if unreadable."""
    image = QImage(str(path))
    if image.isNull():
        return None
    flat = QImage(image.size(), QImage.Format.Format_RGB888)
    flat.fill(0xFFFFFF)
    painter = QPainter(flat)
    painter.drawImage(0, 0, image)
    painter.end()
    return flat


def _slices(
    image: QImage, number: int, scale: float, page_height: float
) -> list[tuple[str, QImage, int, int]]:
    """``image`` cut into pieces of at most a page's height at ``scale``, top to bottom.

    A long scrolling screenshot shrunk to one page would print its text about 1 pt high; in slices it
    keeps the same scale as any other screenshot and runs on over the following pages.
    """
    rows = max(1, int(page_height / scale))
    if image.height() <= rows:
        return [(f"img{number}", image, image.width(), image.height())]
    out = []
    for part, top in enumerate(range(0, image.height(), rows), 1):
        piece = image.copy(0, top, image.width(), min(rows, image.height() - top))
        out.append((f"img{number}-{part}", piece, piece.width(), piece.height()))
    return out


def write_item_pdf(
    path: Path, item: ArchiveItem, image_path: Callable[[str], Path], package_note: str = ""
) -> None:
    """:func:`item_pdf` written to ``path``."""
    path.write_bytes(item_pdf(item, image_path, package_note))


def item_pdf(item: ArchiveItem, image_path: Callable[[str], Path], package_note: str = "") -> bytes:
    """The item's Hoveddokument: its metadata, full text and every screenshot, as tagged PDF/A-2a and
    PDF/UA-1 bytes drawn by Typst (:func:`_typst_item_pdf`).

    Should Typst's output not look as the placeholder swap expects, the item is drawn by Qt instead as
    PDF/A-2b (screenshots passed through where the PNG allows; failing that, every image decoded), so
    an odd file costs time and a level, never the export.
    """
    try:
        return _typst_item_pdf(item, image_path, package_note)
    except PdfError:
        # Only the id: Typst's message may quote the item's text, which the log never holds.
        logging.getLogger(__name__).warning(
            "archive item %s:%s: Typst could not draw it; drawn by Qt as PDF/A-2b", item.kind, item.item_id
        )
    try:
        return _item_pdf(item, image_path, package_note, pass_through=True)
    except PdfError:
        return _item_pdf(item, image_path, package_note, pass_through=False)


def _item_pdf(
    item: ArchiveItem, image_path: Callable[[str], Path], package_note: str, pass_through: bool
) -> bytes:
    sink = QBuffer()
    writer = _writer(sink, item.title, f"{item.kind}:{item.item_id}")
    parts = [
        f"<h1>{_text(_shortened(item.title, PDF_CELL_LIMIT))}</h1>",
        f"<p class='small'>{_text(ORG_NAME)} · {_text(APP_NAME)} · {_text(package_note)}</p>",
        "<table>",
        _rows(item.fields),
        "</table>",
    ]
    if item.text:
        parts += ["<h2>Tekst</h2>", f"<p>{_text(_shortened(item.text, PDF_TEXT_LIMIT))}</p>"]
    doc_images: list[tuple[str, QImage]] = []
    swaps: dict[tuple[int, int], PngPixels] = {}
    if item.attachments:
        parts.append("<h2>Vedlegg</h2>")
    area = writer.pageLayout().paintRectPoints()
    page_height = area.height() - 40  # room for the paragraph's margins
    placeholders = 0
    for number, att in enumerate(item.attachments, 1):
        parts.append(
            f"<p><b>{_text(_shortened(att.title, PDF_CELL_LIMIT))}</b> ({_text(att.file_name)}, "
            f"SHA-256 {att.sha256})</p>"
        )
        source = image_path(att.sha256)
        png = png_pixels(source) if pass_through else None
        # At most 0.75 pt per pixel (96 dpi) and within the page's width.
        if png is not None and png.height * min(0.75, area.width() / png.width) > page_height:
            png = None  # a long (scrolling) screenshot: decoded and shown in page-high slices below
        if png is not None:
            placeholders += 1
            image = _placeholder(placeholders)
            swaps[(image.width(), image.height())] = png
            slices = [(f"img{number}", image, png.width, png.height)]
        else:
            flat = _flattened(source)
            if flat is None:
                parts.append("<p>Bildet kunne ikke vises her; originalfilen ligger i pakken.</p>")
                continue
            slices = _slices(flat, number, min(0.75, area.width() / flat.width()), page_height)
            if pass_through:
                # Lossless too: each slice (or flattened image) as Flate data with the PNG predictor, put
                # in by the same swap, instead of letting Qt choose (it chose lossy JPEG for screenshots).
                lossless = []
                for name, piece, width, height in slices:
                    placeholders += 1
                    image = _placeholder(placeholders)
                    swaps[(image.width(), image.height())] = _pixels_of(piece)
                    lossless.append((name, image, width, height))
                slices = lossless
        for name, image, width, height in slices:
            doc_images.append((name, image))
            scale = min(0.75, area.width() / width)
            parts.append(
                f"<p><img src='{name}' width='{width * scale:.2f}' height='{height * scale:.2f}'/></p>"
            )
        if att.caption:
            parts.append(f"<p class='small'>{_text(_shortened(att.caption, PDF_CELL_LIMIT))}</p>")
    doc = _document("".join(parts), writer)
    for name, image in doc_images:
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    when = _parse(item.created_at) or dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
    data = _print(doc, writer, sink, when)
    return fix_stream_ends(_swap_placeholders(data, swaps) if swaps else data)


# Rows of innhold.pdf laid out at a time: Qt holds a whole table in memory while it lays it out (about
# 34 KB a row), so a package of 1,000 items is listed in parts, each part starting on a new page with the
# column headings again.
CONTENTS_ROWS_PER_PART = 150


def write_contents_pdf(
    path: Path,
    title: str,
    header: list[tuple[str, str]],
    rows: Iterable[list[str]],
    created: dt.datetime,
    key: str,
    part_done: Callable[[int], None] | None = None,
) -> None:
    """``innhold.pdf``: the package's table of contents (one row per item), as PDF/A-2b.

    ``rows`` are taken a part at a time (the export streams them from its records); ``part_done`` is
    called with the number of parts laid out after each (the export's progress and cancel)."""
    # Straight to the file (not a buffer): Qt's copy of a large list is never held in memory.
    sink = QFile(str(path))
    writer = _writer(sink, title, key)
    intro = [
        f"<h1>{_text(title)}</h1>",
        "<table>",
        _rows(header),
        "</table>",
        "<h2>Innhold</h2>",
    ]
    heading = (
        "<table border='1' cellspacing='0' cellpadding='3' width='100%'>"
        "<tr><th>Nr.</th><th>Side</th><th>Dato</th><th>Type</th><th>Tittel / grunnlag</th>"
        "<th>Mappe og filer</th></tr>"
    )
    upcoming = iter(rows)
    painter = QPainter()
    if not painter.begin(writer):
        raise PdfError("Qt could not start the PDF")
    try:
        number = 0
        while True:
            chunk = list(itertools.islice(upcoming, CONTENTS_ROWS_PER_PART))
            if number and not chunk:
                break
            part = [
                "<tr>"
                + "".join(f"<td>{_text(_shortened(cell, PDF_CELL_LIMIT))}</td>" for cell in row)
                + "</tr>"
                for row in chunk
            ]
            body = "".join([*(intro if number == 0 else []), heading, *part, "</table>"])
            if number:
                writer.newPage()
            _draw_pages(_document(body, writer), painter, writer)
            number += 1
            if part_done is not None:
                part_done(number)
            if len(chunk) < CONTENTS_ROWS_PER_PART:
                break
    finally:
        painter.end()  # finishes the file
        sink.close()
    del writer
    with open(path, "rb") as fh:
        data = bytearray(os.fstat(fh.fileno()).st_size)
        fh.readinto(data)
    _pin_dates_in_place(data, created)
    with open(path, "wb") as out:
        write_stream_ends_fixed(data, out)  # type: ignore[arg-type]  # bytes-like: read, not changed


def _draw_pages(doc: QTextDocument, painter: QPainter, writer: QPdfWriter) -> None:
    """Every page of ``doc`` onto ``writer``, as QTextDocument.print_ draws them (black text, clipped)."""
    page = doc.pageSize()
    painter.save()
    painter.scale(writer.width() / page.width(), writer.height() / page.height())
    context = QAbstractTextDocumentLayout.PaintContext()
    context.palette.setColor(QPalette.ColorRole.Text, Qt.GlobalColor.black)
    for number in range(doc.pageCount()):
        if number:
            writer.newPage()
        view = QRectF(0, number * page.height(), page.width(), page.height())
        painter.save()
        painter.translate(0, -view.top())
        painter.setClipRect(view)
        context.clip = view
        doc.documentLayout().draw(painter, context)
        painter.restore()
    painter.restore()


def _parse(value: str) -> dt.datetime | None:
    try:
        parsed = dt.datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)


# -- the item document by Typst: tagged PDF/A-2a and PDF/UA-1 --------------------------------------------

# Our template. The item's text goes in as JSON data (``sys.inputs``), never as markup. Every image is a
# placeholder of raw pixels one row high and of its own width (so Typst keeps them apart), drawn at the
# image's size; :func:`_swap_typst_placeholders` then puts the real pixel data in its image object.
_ITEM_TEMPLATE = r"""
#let d = json(bytes(sys.inputs.data))
#set document(title: d.title, author: d.author, date: datetime(
  year: d.date.at(0), month: d.date.at(1), day: d.date.at(2)))
#set text(lang: "nb", size: 10pt, font: ("Libertinus Serif", "New Computer Modern", "DejaVu Sans Mono"))
#set page(paper: "a4", margin: 18mm)
#set par(justify: false)
#show heading.where(level: 1): set text(size: 14pt)
#show heading.where(level: 2): set text(size: 12pt)
= #d.title
#text(size: 8pt, d.note)

#table(
  columns: (auto, 1fr),
  stroke: none,
  inset: (left: 0pt, right: 6pt, y: 2pt),
  ..d.fields.map(((key, value)) => (strong(key), value)).flatten(),
)
#if d.text != none [
  == Tekst
  #d.text
]
#if d.attachments.len() > 0 [
  == Vedlegg
]
#for a in d.attachments [
  #strong(a.title) (#a.file, SHA-256 #a.sha)

  #if a.missing [Bildet kunne ikke vises her; originalfilen ligger i pakken.]
  #for p in a.pieces [
    #block(image(
      bytes(range(p.key * p.colours).map(_ => 192)),
      format: (encoding: if p.colours == 3 { "rgb8" } else { "luma8" }, width: p.key, height: 1),
      width: p.width * 1pt,
      height: p.height * 1pt,
      alt: a.alt,
    ))
  ]
  #if a.caption != "" [#text(size: 8pt, a.caption)]
]
"""

_ITEM_TEMPLATE_BYTES = _ITEM_TEMPLATE.encode()
_TYPST_WIDTH = 493.2  # points: A4 less 18 mm on each side
_TYPST_PAGE_HEIGHT = 700.0  # points of image on one page (A4 less margins, with room for a line)
_UNBROKEN = re.compile(r"(\S{2000})(?=\S)")


# Characters every font of the template shows (ASCII, Latin-1 with the soft hyphen) and the line break: a
# text made only of these (most Norwegian text) is shown as it is, without looking at each character.
_PLAIN = re.compile("[\n\x20-\x7e\u00a0-\u00ff]*")
_ODD = re.compile("[^\n\x20-\x7e\u00a0-\u00ff]")
_odd_shown: dict[str, str] = {}


def _odd_char(match: re.Match[str]) -> str:
    """How Typst shows one character outside ``_PLAIN`` (worked out once per character)."""
    ch = match.group()
    shown = _odd_shown.get(ch)
    if shown is None:
        from mtk_admin_desktop.services.register_pdf import covered

        shown = ch if covered(ch) else (" " if ch == "\t" else f"<U+{ord(ch):04X}>")
        _odd_shown[ch] = shown
    return shown


def _typst_text(value: str, limit: int) -> str:
    """``value`` as Typst shows it: cut at ``limit``, NFC, line breaks kept, directional controls,
    controls, invisible characters and characters the fonts lack shown as ``<U+XXXX>``; an unbroken run
    gets a break opportunity every 2,000 characters (PDF/A allows no string over 32,767 bytes)."""
    text = bidi_visible(unicodedata.normalize("NFC", _shortened(value or "", limit)))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not _PLAIN.fullmatch(text):
        text = _ODD.sub(_odd_char, text)
    return _UNBROKEN.sub("\\1\u200b", text)


_compilers: queue.SimpleQueue[Any] = queue.SimpleQueue()


@contextlib.contextmanager
def _typst_compiler() -> Iterator[Any]:
    """A Typst compiler for one item, taken from those made before and given back after: its fonts are
    loaded once and its caches reused from item to item (a fresh compiler per item cost ~2 ms more each;
    memory stays flat either way, measured over 1,000 items). One compiler is used by one thread at a
    time, so there are as many as PDFs drawn at once (Typst lets go of Python's lock while it compiles).
    A pool, not a thread-local: Qt's pool threads get a new Python thread state for every job."""
    try:
        compiler = _compilers.get_nowait()
    except queue.Empty:
        import typst

        compiler = typst.Compiler(ignore_system_fonts=True)
    try:
        yield compiler
    finally:
        _compilers.put(compiler)


def _typst_item_pdf(item: ArchiveItem, image_path: Callable[[str], Path], package_note: str) -> bytes:
    """The item's Hoveddokument drawn by Typst, tagged, PDF/A-2a and PDF/UA-1; every image lossless (the
    PNG's own data where it allows, else the decoded pixels deflated), put in by the placeholder swap."""
    import json

    import typst

    swaps: dict[int, PngPixels] = {}
    attachments = []
    for att in item.attachments:
        source = image_path(att.sha256)
        png = png_pixels(source)
        pieces: list[tuple[int, int, PngPixels]] = []  # (width, height) in pixels, data
        if png is not None and png.height * min(0.75, _TYPST_WIDTH / png.width) <= _TYPST_PAGE_HEIGHT:
            pieces.append((png.width, png.height, png))
        else:
            flat = _flattened(source)
            if flat is not None:
                scale = min(0.75, _TYPST_WIDTH / flat.width())
                for _name, piece, width, height in _slices(flat, 0, scale, _TYPST_PAGE_HEIGHT):
                    pieces.append((width, height, _pixels_of(piece)))
        placed = []
        for width, height, pixels in pieces:
            key = len(swaps) + 1
            swaps[key] = pixels
            scale = min(0.75, _TYPST_WIDTH / width)
            placed.append(
                {"key": key, "colours": pixels.colours, "width": width * scale, "height": height * scale}
            )
        title = _typst_text(att.title, PDF_CELL_LIMIT)
        attachments.append(
            {
                "title": title,
                "alt": title.strip() or att.file_name,
                "file": _typst_text(att.file_name, PDF_CELL_LIMIT),
                "sha": att.sha256,
                "missing": not pieces,
                "pieces": placed,
                "caption": _typst_text(att.caption, PDF_CELL_LIMIT),
            }
        )
    when = _parse(item.created_at) or dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
    day = when.astimezone(dt.UTC).replace(microsecond=0)  # Typst takes whole seconds
    data = {
        "title": _typst_text(item.title, PDF_CELL_LIMIT).strip() or "-",
        "author": ORG_NAME,
        "date": [day.year, day.month, day.day],
        "note": _typst_text(f"{ORG_NAME} · {APP_NAME} · {package_note}", PDF_CELL_LIMIT),
        "fields": [
            [_typst_text(k, PDF_CELL_LIMIT), _typst_text(v, PDF_CELL_LIMIT)] for k, v in item.fields
        ],
        "text": _typst_text(item.text, PDF_TEXT_LIMIT) if item.text else None,
        "attachments": attachments,
    }
    try:
        with _typst_compiler() as compiler:
            pdf = compiler.compile(
                _ITEM_TEMPLATE_BYTES,
                format="pdf",
                sys_inputs={"data": json.dumps(data, ensure_ascii=True)},
                pdf_standards=["a-2a", "ua-1"],
                timestamp=day,
            )
    except (typst.TypstError, ValueError, OverflowError) as exc:  # then Qt draws it (item_pdf)
        raise PdfError(f"Typst could not write the item: {exc}") from exc
    assert isinstance(pdf, bytes)
    if not swaps:
        return fix_stream_ends(blank_suspects(pdf))
    # The stream-end fix in the same pass over the objects as the swap (one parse of the PDF, not two).
    return blank_suspects(_swap_typst_placeholders(pdf, swaps, fix_ends=True))


_TYPST_IMAGE = re.compile(
    rb"<</Length (\d+)/Type/XObject/Subtype/Image/Filter/FlateDecode/Width (\d+)/Height 1"
    rb"/ColorSpace (\d+ \d+ R)/BitsPerComponent 8>>\nstream\n"
)


def _swap_typst_placeholders(data: bytes, swaps: dict[int, PngPixels], fix_ends: bool = False) -> bytes:
    """Put each image's pixel data in place of its placeholder (found by its width, one row high) in the
    PDF Typst wrote, keeping Typst's ICC colour space; every placeholder exactly once, else PdfError."""
    done: list[int] = []

    def swap(number: int, generation: int, span: bytes) -> bytes | None:
        head = OBJ_HEAD.match(span)
        assert head is not None  # checked by rewrite_objects
        found = _TYPST_IMAGE.match(span, head.end())
        if not found:
            return None
        pixels = swaps.get(int(found.group(2)))
        if pixels is None:
            return None
        done.append(int(found.group(2)))
        return b"".join(
            (
                b"%d %d obj\n<</Type/XObject/Subtype/Image/Width %d/Height %d/ColorSpace %s"
                % (number, generation, pixels.width, pixels.height, found.group(3)),
                b"/BitsPerComponent 8/Filter/FlateDecode"
                b"/DecodeParms<</Predictor 15/Colors %d/BitsPerComponent 8/Columns %d>>"
                % (pixels.colours, pixels.width),
                b"/Length %d>>\nstream\n" % len(pixels.data),
                pixels.data,
                b"\nendstream\nendobj\n",
            )
        )

    def swap_and_fix(number: int, generation: int, span: bytes) -> bytes | None:
        new = swap(number, generation, span)
        fixed = fix_stream_end(new if new is not None else span)
        return fixed if fixed is not None else new

    out = rewrite_objects(data, swap_and_fix if fix_ends else swap)
    if sorted(done) != sorted(swaps):
        raise PdfError("Typst did not write every placeholder image once")
    return out
