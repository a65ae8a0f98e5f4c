"""The live camera preview, with each detected code outlined."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Slot
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget


class CameraView(QWidget):
    """Paints the newest preview frame; a clear message instead of a blank when there is none."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 200)
        self.setAccessibleName(self.tr("Camera preview"))
        self.image: QImage | None = None
        self.outlines: list[list[QPointF]] = []
        self.message = self.tr("Starting the camera…")
        self.frames_shown = 0

    @Slot(QImage, list)
    def show_frame(self, image: QImage, outlines: list) -> None:
        self.image, self.outlines = image, outlines
        self.message = ""
        self.frames_shown += 1
        self.update()

    @Slot(str)
    def show_message(self, text: str) -> None:
        """No picture (camera missing, unplugged, off): say so and what still works."""
        self.message = text
        self.image = None
        self.outlines = []
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt name)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("#202124"))
        if self.image is not None and not self.image.isNull():
            iw, ih = self.image.width(), self.image.height()
            scale = min(self.width() / iw, self.height() / ih)
            w, h = iw * scale, ih * scale
            x0, y0 = (self.width() - w) / 2, (self.height() - h) / 2
            p.drawImage(QRectF(x0, y0, w, h), self.image)
            p.setPen(QPen(QColor("#00e676"), 4))
            for outline in self.outlines:
                poly = QPolygonF([QPointF(x0 + pt.x() * scale, y0 + pt.y() * scale) for pt in outline])
                p.drawPolygon(poly)
        if self.message:
            font = QFont(self.font())
            font.setPointSizeF(max(12.0, font.pointSizeF() * 1.3))
            p.setFont(font)
            p.setPen(QColor("#ffffff"))
            p.drawText(self.rect().adjusted(16, 16, -16, -16),
                       Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.message)
        p.end()
