"""A painter for A4 documents laid out in millimetres, mirrored for right-to-left languages.

The attendance report and the certificates are positioned in millimetres from
the page's *start* edge (left in English and French, right in Arabic): ``rect``
mirrors x for Arabic, and ``text`` aligns "start"/"end" by the document's
direction while each string is shaped in its own direction (a French session
title in an Arabic report still reads left to right). Everything painted is
vector (text, rectangles, lines); images are embedded as they are.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPen

from checkin.badges import is_rtl
from checkin.ui.render.badge_render import ARABIC, SANS

A4 = (210.0, 297.0)
INK = "#1A1A1A"
MUTED = "#5F6368"


class DocCanvas:
    """A QPainter on one page of ``page_w`` × ``page_h`` mm at ``dpi``; ``rtl`` mirrors the layout."""

    def __init__(self, painter: QPainter, device, dpi: float, *, rtl: bool, page=A4):
        self.p, self.device, self.k, self.rtl = painter, device, dpi / 25.4, rtl
        self.page_w, self.page_h = page
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)

    def rect(self, x: float, y: float, w: float, h: float) -> QRectF:
        """Millimetres from the start edge → device pixels (mirrored in right-to-left documents)."""
        if self.rtl:
            x = self.page_w - x - w
        return QRectF(x * self.k, y * self.k, w * self.k, h * self.k)

    def font(self, text: str, pt: float, bold: bool = False) -> QFont:
        font = QFont()
        font.setFamilies(ARABIC + SANS if is_rtl(text) else SANS + ARABIC)  # Latin names keep Latin metrics
        font.setPointSizeF(pt)
        font.setBold(bold)
        font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)  # same layout in PDF and preview
        return font

    def text_width(self, text: str, pt: float, bold: bool = False) -> float:
        """Width of ``text`` in mm."""
        return QFontMetricsF(self.font(text, pt, bold), self.device).horizontalAdvance(text) / self.k

    def text(self, x: float, y: float, w: float, h: float, text: str, *, pt: float = 10, bold: bool = False,
             align: str = "start", colour: str = INK, wrap: bool = False) -> None:
        """``text`` in the box; ``align`` start/centre/end follows the document's direction.

        One line is elided to fit the width; ``wrap`` breaks words over several lines instead.
        """
        if not text:
            return
        font = self.font(text, pt, bold)
        box = self.rect(x, y, w, h)
        if align == "centre":
            h_flag = Qt.AlignmentFlag.AlignHCenter
        elif (align == "start") != self.rtl:
            h_flag = Qt.AlignmentFlag.AlignLeft
        else:
            h_flag = Qt.AlignmentFlag.AlignRight
        flags = int((Qt.AlignmentFlag.AlignAbsolute | h_flag | Qt.AlignmentFlag.AlignVCenter).value)
        if wrap:
            flags |= int(Qt.TextFlag.TextWordWrap.value)
        else:
            text = QFontMetricsF(font, self.device).elidedText(text, Qt.TextElideMode.ElideRight, box.width())
        direction = Qt.LayoutDirection.RightToLeft if is_rtl(text) else Qt.LayoutDirection.LeftToRight
        self.p.setLayoutDirection(direction)
        self.p.setFont(font)
        self.p.setPen(QColor(colour))
        self.p.drawText(box, flags, text)
        self.p.setLayoutDirection(Qt.LayoutDirection.LeftToRight)

    def fill(self, x: float, y: float, w: float, h: float, colour: str) -> None:
        self.p.fillRect(self.rect(x, y, w, h), QColor(colour))

    def line(self, x0: float, y0: float, x1: float, y1: float, *, colour: str = MUTED,
             width: float = 0.2) -> None:
        pen = QPen(QColor(colour))
        pen.setWidthF(width * self.k)
        self.p.setPen(pen)
        a, b = self.rect(x0, y0, 0, 0).topLeft(), self.rect(x1, y1, 0, 0).topLeft()
        self.p.drawLine(a, b)

    def image(self, data: bytes | None, x: float, y: float, w: float, h: float, *,
              align: str = "start") -> bool:
        """An image (PNG/JPEG bytes) fitted in the box, keeping its proportions; False if unreadable."""
        if not data:
            return False
        picture = QImage.fromData(data)
        if picture.isNull():
            return False
        scale = min(w / picture.width(), h / picture.height())
        iw, ih = picture.width() * scale, picture.height() * scale
        ix = x + {"start": 0, "centre": (w - iw) / 2, "end": w - iw}[align]
        self.p.drawImage(self.rect(ix, y + (h - ih) / 2, iw, ih), picture)
        return True
