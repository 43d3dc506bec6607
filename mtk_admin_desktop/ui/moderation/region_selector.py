"""Choosing the part of a screenshot to keep: drag with the mouse, or the keyboard (Enter, Esc, arrows)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QScreen,
)
from PySide6.QtWidgets import QDialog, QWidget

from mtk_admin_desktop.services.moderation_capture import crop
from mtk_admin_desktop.ui import palette


class RegionSelector(QDialog):
    """Shows a grabbed screen and lets the user mark the region to keep.

    Mouse: drag a rectangle; releasing keeps it. Keyboard: Enter keeps the marked region (the whole
    image when nothing is marked), Esc cancels, arrow keys move the marked region and Shift+arrows
    resize it (10 pixels a step, 1 with Ctrl), Ctrl+A marks everything.

    Signals:
        region_chosen(QRect): the region kept, in image pixels.
    """

    region_chosen = Signal(QRect)

    def __init__(self, image: QImage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image = image
        self.selection = QRect()  # in image pixels
        self._drag_start: QPoint | None = None
        self.result_image: QImage | None = None
        self.setWindowTitle(self.tr("Choose the region to keep"))
        self.setAccessibleName(self.tr("Screenshot region selector"))
        self.setAccessibleDescription(
            self.tr(
                "Drag to mark the region to keep. Enter keeps it (or the whole screenshot), Esc cancels, "
                "arrow keys move the mark and Shift with arrow keys resizes it."
            )
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.CrossCursor)

    @classmethod
    def ask(
        cls, image: QImage, screen: QScreen | None = None, parent: QWidget | None = None
    ) -> QImage | None:
        """Show the selector full screen (on ``screen``); the cropped image, or None if cancelled."""
        dialog = cls(image, parent)
        dialog.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        dialog.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
        target = screen or QGuiApplication.primaryScreen()
        if target is not None:
            dialog.setGeometry(target.geometry())
        dialog.showFullScreen()
        dialog.activateWindow()
        dialog.setFocus()
        dialog.exec()
        return dialog.result_image

    # -- geometry between widget and image -------------------------------------------------------

    def _image_rect(self) -> QRectF:
        """Where the image is drawn in the widget (scaled to fit, centred, aspect kept)."""
        if self.image.isNull() or self.width() == 0 or self.height() == 0:
            return QRectF()
        scale = min(self.width() / self.image.width(), self.height() / self.image.height())
        width, height = self.image.width() * scale, self.image.height() * scale
        return QRectF((self.width() - width) / 2, (self.height() - height) / 2, width, height)

    def _to_image(self, point: QPoint) -> QPoint:
        area = self._image_rect()
        if area.isEmpty():
            return QPoint()
        scale = self.image.width() / area.width()
        x = round((point.x() - area.x()) * scale)
        y = round((point.y() - area.y()) * scale)
        return QPoint(max(0, min(self.image.width(), x)), max(0, min(self.image.height(), y)))

    def _to_widget(self, rect: QRect) -> QRectF:
        area = self._image_rect()
        scale = area.width() / self.image.width() if self.image.width() else 1.0
        return QRectF(
            area.x() + rect.x() * scale,
            area.y() + rect.y() * scale,
            rect.width() * scale,
            rect.height() * scale,
        )

    # -- finishing -------------------------------------------------------------------------------

    def take(self, rect: QRect | None = None) -> None:
        """Keep ``rect`` (image pixels; default the marked region or everything) and close."""
        region = (rect or self.selection).normalized().intersected(self.image.rect())
        if region.width() < 2 or region.height() < 2:
            region = self.image.rect()
        self.result_image = crop(self.image, region)
        self.region_chosen.emit(region)
        self.accept()

    # -- events ----------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(palette.OVERLAY["text"].bg))
        area = self._image_rect()
        painter.drawImage(area, self.image)
        # Dim what will not be kept, so the kept region stands out.
        painter.fillRect(area, QColor(palette.OVERLAY_DIM))
        if not self.selection.isEmpty():
            marked = self._to_widget(self.selection.normalized())
            painter.drawImage(marked, self.image, QRectF(self.selection.normalized()))
            painter.setPen(QPen(QColor(palette.OVERLAY["mark"].fg), 2))
            painter.drawRect(marked)
            size = self.selection.normalized().size()
            painter.drawText(marked.topLeft() + QPoint(4, -6).toPointF(), f"{size.width()} × {size.height()}")
        painter.setPen(QColor(palette.OVERLAY["text"].fg))
        painter.drawText(
            self.rect().adjusted(12, 8, -12, -8),
            Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter,
            self.tr("Drag to mark the region to keep · Enter: keep (all if nothing is marked) · Esc: cancel"),
        )
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._drag_start = self._to_image(event.position().toPoint())
            self.selection = QRect(self._drag_start, self._drag_start)
            self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag_start is not None:
            self.selection = QRect(self._drag_start, self._to_image(event.position().toPoint())).normalized()
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._drag_start is not None:
            end = self._to_image(event.position().toPoint())
            # QRect from two corners includes both; the region kept runs up to the release point.
            self.selection = QRect(
                QPoint(min(self._drag_start.x(), end.x()), min(self._drag_start.y(), end.y())),
                QPoint(max(self._drag_start.x(), end.x()) - 1, max(self._drag_start.y(), end.y()) - 1),
            )
            self._drag_start = None
            if self.selection.width() >= 4 and self.selection.height() >= 4:
                self.take()
            else:
                self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        mods = event.modifiers()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.take()
            return
        if key == Qt.Key.Key_Escape:
            self.result_image = None
            self.reject()
            return
        if key == Qt.Key.Key_A and mods & Qt.KeyboardModifier.ControlModifier:
            self.selection = QRect(self.image.rect())
            self.update()
            return
        steps = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
        }
        if key in steps:
            step = 1 if mods & Qt.KeyboardModifier.ControlModifier else 10
            dx, dy = steps[key][0] * step, steps[key][1] * step
            if self.selection.isEmpty():
                # Start from a centred quarter so the keyboard alone can mark a region.
                w, h = self.image.width() // 2, self.image.height() // 2
                self.selection = QRect(w // 2, h // 2, w, h)
            elif mods & Qt.KeyboardModifier.ShiftModifier:
                self.selection.setWidth(max(4, self.selection.width() + dx))
                self.selection.setHeight(max(4, self.selection.height() + dy))
            else:
                self.selection.translate(dx, dy)
            self.selection = self.selection.intersected(self.image.rect())
            self.update()
            return
        super().keyPressEvent(event)
