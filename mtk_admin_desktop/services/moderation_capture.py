"""Screenshot evidence as images: grabbing a screen, detecting a blank grab, cropping, PNG, files, clipboard.

This is the capture code the UI and the X-server test both use. It needs QtGui (images, screens) but no
widgets; storing goes through :class:`~mtk_admin_desktop.services.moderation.ModerationService`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMimeData, QRect
from PySide6.QtGui import QGuiApplication, QImage, QImageReader, QScreen

if TYPE_CHECKING:
    from mtk_admin_desktop.services.moderation import ModerationService

#: images larger than this in either direction are refused (a corrupt or hostile file, not a screen)
MAX_SIDE = 16384
MAX_FILE_BYTES = 80 * 1024 * 1024


class CaptureError(RuntimeError):
    """A screenshot could not be taken or read; the message is for the user (translated)."""


@dataclass
class Grab:
    """One captured image and where it came from (``screen`` is a screen's name, "clipboard" or a file)."""

    image: QImage
    screen: str
    captured_at: str

    @classmethod
    def now(cls, image: QImage, screen: str) -> Grab:
        return cls(image, screen, dt.datetime.now(dt.UTC).isoformat(timespec="seconds"))


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


def load_image_file(path: Path | str) -> Grab:
    """Read an image file (PNG, JPEG, BMP, GIF…) for evidence; a clear error for anything else."""
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
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    head = reader.size()
    if head.isValid() and (head.width() > MAX_SIDE or head.height() > MAX_SIDE):
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
    return _checked(
        Grab.now(
            image, _tr(QCoreApplication.translate("ModerationCapture", "File: {name}")).format(name=path.name)
        )
    )


def image_from_mime(mime: QMimeData | None, source: str) -> Grab | None:
    """An image from the clipboard or a drop: image data, or the first image file among dropped files."""
    if mime is None:
        return None
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
    if grab.image.width() > MAX_SIDE or grab.image.height() > MAX_SIDE:
        raise CaptureError(
            _tr(QCoreApplication.translate("ModerationCapture", "The image is too large for a screenshot."))
        )
    return grab


class WithModeration(Protocol):
    """Anything that reaches the moderation area (an AppContext does)."""

    @property
    def moderation(self) -> ModerationService: ...


def store_grab(context: WithModeration, grab: Grab) -> str:
    """Store the image once as a PNG blob with its metadata; returns its SHA-256."""
    if is_blank(grab.image):
        raise CaptureError(
            _tr(
                QCoreApplication.translate(
                    "ModerationCapture", "The image is empty (a single colour); it is not saved as evidence."
                )
            )
        )
    return context.moderation.store_screenshot(
        png_bytes(grab.image),
        grab.image.width(),
        grab.image.height(),
        screen=grab.screen,
        captured_at=grab.captured_at,
    )
