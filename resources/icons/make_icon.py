"""Draw the app icon (a white check mark on green) as checkin.png (256 px) and checkin.ico.

    QT_QPA_PLATFORM=offscreen .venv/bin/python resources/icons/make_icon.py

The PNG is the window icon and the macOS bundle icon (PyInstaller converts it with Pillow);
the ICO is the Windows executable's icon.
"""

from pathlib import Path

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen

HERE = Path(__file__).resolve().parent


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#1b7f3b"))
    p.drawRoundedRect(0, 0, size, size, size * 0.18, size * 0.18)
    path = QPainterPath(QPointF(size * 0.25, size * 0.52))
    path.lineTo(size * 0.43, size * 0.70)
    path.lineTo(size * 0.76, size * 0.32)
    p.setPen(QPen(QColor("white"), size * 0.11, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                  Qt.PenJoinStyle.RoundJoin))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPath(path)
    p.end()
    return image


if __name__ == "__main__":
    app = QGuiApplication([])
    assert draw(256).save(str(HERE / "checkin.png"))
    assert draw(64).save(str(HERE / "checkin.ico"))
    print("wrote", HERE / "checkin.png", HERE / "checkin.ico")
