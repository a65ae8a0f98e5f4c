"""How each scan outcome looks: colours (high contrast) and a drawn icon.

Colour is never the only cue: every outcome also has its own icon shape and
words, for colour-blind staff.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPixmap

# background, text; contrast ratios are all above 7:1 (WCAG AAA for large text)
COLOURS = {
    "accepted": ("#0b6e2e", "#ffffff"),
    "duplicate": ("#f2a900", "#1a1a1a"),
    "refused": ("#b00020", "#ffffff"),
    "invalid": ("#b00020", "#ffffff"),
    "unknown": ("#1f4e9c", "#ffffff"),
    "undone": ("#4a4a4a", "#ffffff"),
    "idle": ("#eceff1", "#1a1a1a"),
    "error": ("#4a4a4a", "#ffffff"),
    "busy": ("#37474f", "#ffffff"),
}

ICON_FOR = {
    "accepted": "check",
    "duplicate": "repeat",
    "refused": "cross",
    "invalid": "cross",
    "unknown": "question",
    "undone": "undo",
    "idle": "badge",
    "error": "camera_off",
    "busy": "hourglass",  # waiting for the file, tried again until it is free
}


def colours(status: str) -> tuple[str, str]:
    return COLOURS.get(status, COLOURS["idle"])


def status_icon(status: str, size: int = 128) -> QPixmap:
    """A simple, bold icon for an outcome, drawn in the card's text colour."""
    _bg, fg = colours(status)
    pix = QPixmap(size, size)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = float(size)
    pen = QPen(QColor(fg), s * 0.09, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    ring = QRectF(s * 0.06, s * 0.06, s * 0.88, s * 0.88)
    shape = ICON_FOR.get(status, "badge")
    if shape == "check":
        p.drawEllipse(ring)
        path = QPainterPath(QPointF(s * 0.28, s * 0.52))
        path.lineTo(s * 0.44, s * 0.68)
        path.lineTo(s * 0.73, s * 0.35)
        p.drawPath(path)
    elif shape == "cross":
        # an octagon (a stop sign) with a cross: unlike the circle and the triangle
        path = QPainterPath()
        for i in range(8):
            a = math.pi / 8 + i * math.pi / 4
            pt = QPointF(s / 2 + s * 0.44 * math.cos(a), s / 2 + s * 0.44 * math.sin(a))
            path.moveTo(pt) if i == 0 else path.lineTo(pt)
        path.closeSubpath()
        p.drawPath(path)
        p.drawLine(QPointF(s * 0.34, s * 0.34), QPointF(s * 0.66, s * 0.66))
        p.drawLine(QPointF(s * 0.66, s * 0.34), QPointF(s * 0.34, s * 0.66))
    elif shape == "repeat":
        # a warning triangle with "!" : already seen, look at the details
        path = QPainterPath(QPointF(s * 0.5, s * 0.08))
        path.lineTo(s * 0.94, s * 0.88)
        path.lineTo(s * 0.06, s * 0.88)
        path.closeSubpath()
        p.drawPath(path)
        p.drawLine(QPointF(s * 0.5, s * 0.36), QPointF(s * 0.5, s * 0.6))
        p.drawPoint(QPointF(s * 0.5, s * 0.75))
    elif shape == "question":
        p.drawEllipse(ring)
        font = p.font()
        font.setPixelSize(int(s * 0.6))
        font.setBold(True)
        p.setFont(font)
        p.drawText(ring, Qt.AlignmentFlag.AlignCenter, "?")
    elif shape == "undo":
        p.drawArc(QRectF(s * 0.2, s * 0.2, s * 0.6, s * 0.6), 90 * 16, 270 * 16)
        p.drawLine(QPointF(s * 0.5, s * 0.2), QPointF(s * 0.36, s * 0.1))
        p.drawLine(QPointF(s * 0.5, s * 0.2), QPointF(s * 0.36, s * 0.32))
    elif shape == "hourglass":
        path = QPainterPath(QPointF(s * 0.25, s * 0.1))
        path.lineTo(s * 0.75, s * 0.1)
        path.lineTo(s * 0.25, s * 0.9)
        path.lineTo(s * 0.75, s * 0.9)
        path.closeSubpath()
        p.drawPath(path)
    elif shape == "camera_off":
        p.drawRoundedRect(QRectF(s * 0.1, s * 0.3, s * 0.6, s * 0.42), s * 0.06, s * 0.06)
        p.drawLine(QPointF(s * 0.7, s * 0.44), QPointF(s * 0.9, s * 0.34))
        p.drawLine(QPointF(s * 0.9, s * 0.34), QPointF(s * 0.9, s * 0.68))
        p.drawLine(QPointF(s * 0.1, s * 0.15), QPointF(s * 0.85, s * 0.85))
    else:  # idle: a badge on a lanyard
        p.drawRoundedRect(QRectF(s * 0.25, s * 0.3, s * 0.5, s * 0.6), s * 0.06, s * 0.06)
        p.drawLine(QPointF(s * 0.5, s * 0.3), QPointF(s * 0.3, s * 0.06))
        p.drawLine(QPointF(s * 0.5, s * 0.3), QPointF(s * 0.7, s * 0.06))
        p.drawLine(QPointF(s * 0.35, s * 0.7), QPointF(s * 0.65, s * 0.7))
    p.end()
    return pix
