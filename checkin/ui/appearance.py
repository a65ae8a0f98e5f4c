"""The larger-text setting: one application-wide font scale, saved in QSettings."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

#: QSettings key: bool, larger text everywhere (readable from further away).
LARGE_TEXT_KEY = "ui/large_text"
LARGE_SCALE = 1.35

_base_point_size: float | None = None


def apply_text_size(app: QApplication, large: bool) -> None:
    """Scale the application font (and so every widget using it) up or back to normal."""
    global _base_point_size
    font = app.font()
    if _base_point_size is None:
        _base_point_size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
    font.setPointSizeF(_base_point_size * (LARGE_SCALE if large else 1.0))
    app.setFont(font)


def apply_saved_appearance(app: QApplication, settings: QSettings) -> bool:
    """Apply the saved larger-text choice at start-up; returns it."""
    large = settings.value(LARGE_TEXT_KEY, False, type=bool)
    if large:
        apply_text_size(app, True)
    return large
