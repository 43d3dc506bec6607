"""Screenshot evidence as images: grabbing a screen, detecting a blank grab, cropping, PNG, files, clipboard.

This is the capture code the UI and the X-server test both use. It needs QtGui (images, screens) but no
widgets; storing goes through :class:`~mtk_admin_desktop.services.moderation.ModerationService`.

**Originals are kept as they are.** A file or a clipboard image that is already PNG or JPEG is stored
byte for byte (its SHA-256 is the original's, so the archive package carries the very file the moderator
had), after a structure check (:func:`check_original`: the format's own structure walked to its end, then
decoded, within :data:`MAX_PIXELS` and :data:`MAX_FILE_BYTES`). Anything else (BMP, GIF, WebP, an image
the clipboard holds only as pixels) is stored as PNG, and so is a screen grab: the region chosen of it is
a new image, and the stored metadata says so.
"""

from __future__ import annotations

import datetime as dt
import struct
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMimeData, QRect
from PySide6.QtGui import QGuiApplication, QImage, QImageReader, QScreen

if TYPE_CHECKING:
    from mtk_admin_desktop.services.moderation import ModerationService

#: images larger than this in either direction are refused (a corrupt or hostile file, not a screen); a
#: long scrolling screenshot of a comment thread is tall, so the limit is JPEG's own largest side
MAX_SIDE = 65535
#: images with more pixels than this are refused: 60 megapixels is a scrolling screenshot 1,080 pixels wide
#: and 55,000 high, and decoded it takes 240 MB (Qt's reader refuses more than 256 MB)
MAX_PIXELS = 60_000_000
MAX_FILE_BYTES = 80 * 1024 * 1024
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
JPEG_SIGNATURE = b"\xff\xd8\xff"
#: the formats stored as given: their signature, and Qt's name for them
ORIGINAL_FORMATS = {"image/png": (PNG_SIGNATURE, "png"), "image/jpeg": (JPEG_SIGNATURE, "jpeg")}


class CaptureError(RuntimeError):
    """A screenshot could not be taken or read; the message is for the user (translated)."""


@dataclass
class Grab:
    """One captured image and where it came from (``screen`` is a screen's name, "clipboard" or a file).

    ``original``: the file's or the clipboard's own bytes (PNG or JPEG, checked), stored as they are;
    None for a screen grab, a crop or a format that is stored as PNG."""

    image: QImage
    screen: str
    captured_at: str
    original: bytes | None = None

    @classmethod
    def now(cls, image: QImage, screen: str, original: bytes | None = None) -> Grab:
        return cls(image, screen, dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), original)

    @property
    def mime(self) -> str:
        """The type of what is stored: the original's, else PNG."""
        return original_mime(self.original) or "image/png"

    def encoded(self) -> bytes:
        """The bytes that are stored: the original as given, else the image as PNG."""
        return self.original if self.original is not None else png_bytes(self.image)


def _tr(translated: str) -> str:
    """The translated text (the literal call beside it is what lupdate extracts)."""
    return translated


def screens() -> list[QScreen]:
    """The screens to choose from, the primary one first."""
    app = QGuiApplication.instance()
    if app is None:
        return []
    primary = QGuiApplication.primaryScreen()
    others = [s for s in QGuiApplication.screens() if s is not primary]
    return ([primary] if primary is not None else []) + others


def screen_label(screen: QScreen) -> str:
    """A name people recognise, in their language: "Skjerm 1 (1920×1080)".

    The number is the screen's place in :func:`screens` (the primary screen is 1); the size is in real
    pixels, the size of the screenshot it gives: at 200 % scaling Qt's geometry is half of it
    (960×540 on a full-HD screen); and the platform's output name ("screen" under Xvfb) tells a user
    nothing.
    """
    listed = screens()
    number = (
        next((i for i, s in enumerate(listed) if s is screen or s.name() == screen.name()), len(listed)) + 1
    )
    ratio = screen.devicePixelRatio() or 1.0
    size = screen.geometry().size()
    return _tr(QCoreApplication.translate("ModerationCapture", "Screen {number} ({width}×{height})")).format(
        number=number, width=round(size.width() * ratio), height=round(size.height() * ratio)
    )


def is_blank(image: QImage) -> bool:
    """True for a null image or one whose every pixel has the same colour (what a denied grab returns)."""
    if image.isNull() or image.width() == 0 or image.height() == 0:
        return True
    rgb = image.convertToFormat(QImage.Format.Format_RGB32)
    data = bytes(rgb.constBits())[: rgb.sizeInBytes()]
    first = data[:4]
    # RGB32 ignores alpha, so a fully transparent grab is uniform too. Line padding does not occur
    # (4 bytes per pixel), so the buffer is exactly width × height pixels.
    return data == first * (len(data) // 4)


def grab_screen(screen: QScreen) -> Grab:
    """The whole of ``screen`` as an image; raises :class:`CaptureError` if the system gives a blank one."""
    pixmap = screen.grabWindow(0)
    image = pixmap.toImage()
    if is_blank(image):
        raise CaptureError(
            _tr(
                QCoreApplication.translate(
                    "ModerationCapture",
                    "The screen could not be captured: the system returned an empty image (this happens "
                    "on some Wayland desktops). Take the screenshot with the system's own tool and paste "
                    "it, or open an image file.",
                )
            )
        )
    image.setDevicePixelRatio(1.0)
    return Grab.now(image, screen_label(screen))


def crop(image: QImage, rect: QRect) -> QImage:
    """The part of ``image`` inside ``rect`` (in image pixels), clipped to the image."""
    area = rect.normalized().intersected(image.rect())
    if area.isEmpty():
        return image.copy()
    return image.copy(area)


def png_bytes(image: QImage) -> bytes:
    """The image as PNG bytes (the only format evidence is stored in)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]  # stub says bytes; runtime wants str
        raise CaptureError(
            _tr(QCoreApplication.translate("ModerationCapture", "The image could not be converted to PNG."))
        )
    buffer.close()
    return bytes(data.data())


def original_mime(data: bytes | None) -> str | None:
    """"image/png" or "image/jpeg" when ``data`` starts as one (a format stored as given), else None."""
    for mime, (signature, _name) in ORIGINAL_FORMATS.items():
        if data and data.startswith(signature):
            return mime
    return None


def _refused(name: str, why: str) -> CaptureError:
    return CaptureError(
        _tr(
            QCoreApplication.translate(
                "ModerationCapture", "The image ({name}) is not saved as evidence: {why}"
            )
        ).format(name=name, why=why)
    )


def _broken(name: str) -> CaptureError:
    return _refused(
        name,
        _tr(
            QCoreApplication.translate(
                "ModerationCapture",
                "the file is damaged or cut short (it does not hold a whole image). Take the screenshot "
                "again, or open the file it was copied from.",
            )
        ),
    )


def _too_large(name: str) -> CaptureError:
    return _refused(
        name,
        _tr(
            QCoreApplication.translate(
                "ModerationCapture",
                "the image is larger than a screenshot can be ({limit} megapixels, {mb} MB at most).",
            )
        ).format(limit=MAX_PIXELS // 1_000_000, mb=MAX_FILE_BYTES // (1024 * 1024)),
    )


_PNG_SAMPLES = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}  # colour type -> samples per pixel
_ADAM7 = ((0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2))


def _png_raw_size(width: int, height: int, depth: int, colour: int, interlace: int) -> int | None:
    """How many bytes the image data of such a PNG inflates to (rows with their filter byte)."""
    if colour not in _PNG_SAMPLES or depth not in (1, 2, 4, 8, 16) or interlace not in (0, 1):
        return None
    bits = depth * _PNG_SAMPLES[colour]
    passes = _ADAM7 if interlace else ((0, 0, 1, 1),)
    total = 0
    for x0, y0, dx, dy in passes:
        columns, rows = -(-(width - x0) // dx), -(-(height - y0) // dy)
        if columns > 0 and rows > 0:
            total += rows * (1 + -(-(columns * bits) // 8))
    return total


def _png_structure(data: bytes) -> tuple[int, int] | None:
    """Width and height of a whole PNG: every chunk's length and CRC hold, IHDR first, then IEND, and
    the image data one complete zlib stream of exactly the size the header implies (inflated a bounded
    piece at a time, so a bomb never lands in memory). None otherwise. Bytes after IEND are allowed: they
    are part of the file as given."""
    pos, size, expected, inflated = len(PNG_SIGNATURE), None, 0, 0
    idat = zlib.decompressobj()
    seen_idat = False
    while True:
        if pos + 12 > len(data):
            return None
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        if pos + 12 + length > len(data):
            return None
        body = data[pos + 8 : pos + 8 + length]
        (crc,) = struct.unpack(">I", data[pos + 8 + length : pos + 12 + length])
        if zlib.crc32(kind + body) != crc:
            return None
        pos += 12 + length
        if size is None:
            if kind != b"IHDR" or length != 13:
                return None
            width, height, depth, colour, _method, _filter, interlace = struct.unpack(">IIBBBBB", body)
            raw = _png_raw_size(width, height, depth, colour, interlace)
            if raw is None or not width or not height:
                return None
            size, expected = (width, height), raw
            if max(size) > MAX_SIDE or width * height > MAX_PIXELS:
                return size  # too large: said as such by the caller, without inflating anything
        elif kind == b"IDAT":
            seen_idat = True
            try:
                while body and not idat.eof:
                    inflated += len(idat.decompress(body, 1 << 20))
                    body = idat.unconsumed_tail
                    if inflated > expected:
                        return None
            except zlib.error:
                return None
        elif kind == b"IEND":
            break
    try:
        while not idat.eof and (piece := idat.decompress(idat.unconsumed_tail, 1 << 20)):
            inflated += len(piece)
            if inflated > expected:
                return None
    except zlib.error:
        return None
    if not (seen_idat and idat.eof and inflated == expected):
        return None
    return size


def _jpeg_structure(data: bytes) -> tuple[int, int] | None:
    """Width and height of a whole JPEG: marker segments of the lengths they declare, a frame header,
    at least one scan, and the end-of-image marker after it. None otherwise."""
    pos, size, scans = 2, None, 0
    while pos + 2 <= len(data):
        if data[pos] != 0xFF:
            return None
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        if marker == 0xD9:  # EOI (bytes after it are allowed: they are part of the file as given)
            return size if size and scans else None
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:
            pos += 2
            continue
        if pos + 4 > len(data):
            return None
        (length,) = struct.unpack(">H", data[pos + 2 : pos + 4])
        if length < 2 or pos + 2 + length > len(data):
            return None
        if marker in (0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF):
            if length < 8:
                return None
            height, width = struct.unpack(">HH", data[pos + 5 : pos + 9])
            size = (width, height)
        pos += 2 + length
        if marker == 0xDA:  # a scan: its entropy-coded data runs to the next marker that is not RSTn
            scans += 1
            while True:
                pos = data.find(b"\xff", pos)
                if pos < 0 or pos + 1 >= len(data):
                    return None
                following = data[pos + 1]
                if following == 0x00 or 0xD0 <= following <= 0xD7 or following == 0xFF:
                    pos += 1 if following == 0xFF else 2
                    continue
                break
    return None


def check_original(data: bytes, name: str) -> QImage:
    """The decoded image of a PNG or JPEG ``data`` that may be stored as given, or CaptureError with a
    clear reason (naming ``name``): damaged or cut short, too large, or not an image at all.

    The format's own structure is walked to its end first, so a file cut short or patched is refused
    before the decoder sees it (Qt's decoders draw what they can of a broken file, with a warning)."""
    mime = original_mime(data)
    if mime is None:
        raise _broken(name)
    if len(data) > MAX_FILE_BYTES:
        raise _too_large(name)
    size = _png_structure(data) if mime == "image/png" else _jpeg_structure(data)
    if size is None or min(size) < 1:
        raise _broken(name)
    if max(size) > MAX_SIDE or size[0] * size[1] > MAX_PIXELS:
        raise _too_large(name)
    image = QImage()
    if not image.loadFromData(data, ORIGINAL_FORMATS[mime][1]) or (image.width(), image.height()) != size:
        raise _broken(name)
    return image


def load_image_file(path: Path | str) -> Grab:
    """Read an image file (PNG, JPEG, BMP, GIF…) for evidence; a clear error for anything else.

    A PNG or JPEG is kept byte for byte (checked by :func:`check_original`); other formats are decoded
    and stored as PNG."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise CaptureError(
            _tr(QCoreApplication.translate("ModerationCapture", "The file {name} could not be read.")).format(
                name=path.name
            )
        ) from exc
    if size > MAX_FILE_BYTES:
        raise CaptureError(
            _tr(
                QCoreApplication.translate(
                    "ModerationCapture", "The file {name} is too large for a screenshot."
                )
            ).format(name=path.name)
        )
    source = _tr(QCoreApplication.translate("ModerationCapture", "File: {name}")).format(name=path.name)
    try:
        with path.open("rb") as fh:
            head = fh.read(len(PNG_SIGNATURE))
            if original_mime(head):
                data = head + fh.read(MAX_FILE_BYTES)
                return _checked(Grab.now(check_original(data, path.name), source, data))
    except OSError as exc:
        raise CaptureError(
            _tr(QCoreApplication.translate("ModerationCapture", "The file {name} could not be read.")).format(
                name=path.name
            )
        ) from exc
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    head_size = reader.size()
    if head_size.isValid() and (
        head_size.width() > MAX_SIDE
        or head_size.height() > MAX_SIDE
        or head_size.width() * head_size.height() > MAX_PIXELS
    ):
        raise CaptureError(
            _tr(
                QCoreApplication.translate(
                    "ModerationCapture", "The image {name} is too large for a screenshot."
                )
            ).format(name=path.name)
        )
    image = reader.read()
    if image.isNull():
        raise CaptureError(
            _tr(
                QCoreApplication.translate(
                    "ModerationCapture", "The file {name} is not an image this program can read."
                )
            ).format(name=path.name)
        )
    return _checked(Grab.now(image, source))


def image_from_mime(mime: QMimeData | None, source: str) -> Grab | None:
    """An image from the clipboard or a drop: PNG or JPEG bytes as given (checked), other image data as
    pixels (stored as PNG), or the first image file among dropped files."""
    if mime is None:
        return None
    for kind in ("image/png", "image/jpeg"):
        if mime.hasFormat(kind):
            data = bytes(mime.data(kind).data())
            if original_mime(data) == kind:
                return _checked(Grab.now(check_original(data, source), source, data))
    if mime.hasImage():
        image = QImage(mime.imageData())
        if not image.isNull():
            return _checked(Grab.now(image, source))
    if mime.hasUrls():
        for url in mime.urls():
            if url.isLocalFile():
                return load_image_file(url.toLocalFile())
    return None


def _checked(grab: Grab) -> Grab:
    if is_blank(grab.image):
        raise CaptureError(
            _tr(
                QCoreApplication.translate(
                    "ModerationCapture", "The image is empty (a single colour); it is not saved as evidence."
                )
            )
        )
    width, height = grab.image.width(), grab.image.height()
    if width > MAX_SIDE or height > MAX_SIDE or width * height > MAX_PIXELS:
        raise CaptureError(
            _tr(QCoreApplication.translate("ModerationCapture", "The image is too large for a screenshot."))
        )
    return grab


class WithModeration(Protocol):
    """Anything that reaches the moderation area (an AppContext does)."""

    @property
    def moderation(self) -> ModerationService: ...


def cropped(grab: Grab, image: QImage) -> Grab:
    """The region chosen of ``grab``: a new image (stored as PNG), and its source says it was cut out."""
    if image.size() == grab.image.size():
        return Grab(image, grab.screen, grab.captured_at)
    return Grab(
        image,
        _tr(
            QCoreApplication.translate("ModerationCapture", "{source}, cut out ({width}×{height})")
        ).format(source=grab.screen, width=image.width(), height=image.height()),
        grab.captured_at,
    )


def store_grab(context: WithModeration, grab: Grab) -> str:
    """Store the image once with its metadata (the original as given, else PNG); returns its SHA-256."""
    if is_blank(grab.image):
        raise CaptureError(
            _tr(
                QCoreApplication.translate(
                    "ModerationCapture", "The image is empty (a single colour); it is not saved as evidence."
                )
            )
        )
    return context.moderation.store_screenshot(
        grab.encoded(),
        grab.image.width(),
        grab.image.height(),
        screen=grab.screen,
        captured_at=grab.captured_at,
    )
