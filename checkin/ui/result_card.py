"""The big result card: who it is and what to do, readable at two metres."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from checkin.ui.decision_text import CardText
from checkin.ui.status_style import colours, status_icon

#: How long a result stays before the card goes back to "ready" (a new scan replaces it at once),
#: unless the station's settings say otherwise (``HOLD_KEY``, whole seconds).
HOLD_MS = 12_000
HOLD_KEY = "desk/card_seconds"


def hold_ms(settings) -> int:
    """The station's card time in milliseconds (Settings), 3 s at least."""
    seconds = settings.value(HOLD_KEY, HOLD_MS // 1000, type=int)
    return max(3, seconds) * 1000
NAME_PT = 40  # at least 36 pt: readable from two metres


class ResultCard(QFrame):
    """Shows one outcome: colour + icon + words; the next outcome replaces it immediately."""

    #: The card went back to its idle state. GUI thread.
    cleared = Signal()

    def __init__(self, idle_text: str = "", parent: QWidget | None = None, hold=None):
        """``hold()`` gives the milliseconds every card stays up (default: ``HOLD_MS``)."""
        super().__init__(parent)
        self._hold = hold or (lambda: HOLD_MS)
        self.setObjectName("ResultCard")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._scale = 1.0
        self._idle_text = idle_text or self.tr("Ready: show a badge to the camera")
        self.status = "idle"
        self.current: CardText | None = None

        self.icon = QLabel()
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.heading = QLabel()
        self.title = QLabel()
        self.details = QLabel()
        self.footer = QLabel()
        for label in (self.heading, self.title, self.details, self.footer):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.title.setAccessibleName(self.tr("Name"))

        text_col = QVBoxLayout()
        text_col.setSpacing(8)
        text_col.addWidget(self.heading)
        text_col.addWidget(self.title)
        text_col.addWidget(self.details)
        text_col.addStretch(1)
        text_col.addWidget(self.footer)
        row = QHBoxLayout(self)
        row.setContentsMargins(28, 24, 28, 20)
        row.setSpacing(24)
        row.addWidget(self.icon, 0)
        row.addLayout(text_col, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear)
        self._apply_fonts()
        self.clear()

    # -- public -------------------------------------------------------------------------------

    def show_card(self, card: CardText, hold_ms: int | None = None) -> None:
        """Replace whatever is shown by this outcome, at once; back to "ready" after the station's time."""
        hold_ms = self._hold() if hold_ms is None else hold_ms
        self.current = card
        self._paint(card.status, card.heading, card.title, "\n".join(card.lines), card.footer)
        self.setAccessibleDescription(f"{card.heading}: {card.title}. {' '.join(card.lines)}")
        self._timer.start(hold_ms)

    def clear(self) -> None:
        self._timer.stop()
        self.current = None
        self._paint("idle", "", self._idle_text, "", "")
        self.cleared.emit()

    def name(self) -> str:
        """The big line as people read it (without direction marks)."""
        return self.title.text().strip("\u200e\u200f")

    def words(self) -> str:
        """Every line shown, as people read them (tests, screen readers)."""
        parts = (self.heading.text(), self.title.text(), self.details.text(), self.footer.text())
        return "\n".join(p.replace("\u200e", "").replace("\u200f", "") for p in parts if p)

    def set_idle_text(self, text: str) -> None:
        self._idle_text = text
        if self.status == "idle":
            self.title.setText(text)

    def set_text_scale(self, scale: float) -> None:
        self._scale = scale
        self._apply_fonts()

    # -- inside -------------------------------------------------------------------------------

    def _paint(self, status: str, heading: str, title: str, details: str, footer: str) -> None:
        self.status = status
        bg, fg = colours(status)
        self.setStyleSheet(
            f"#ResultCard {{ background: {bg}; border-radius: 14px; }}"
            f" #ResultCard QLabel {{ color: {fg}; background: transparent; }}"
        )
        self.icon.setPixmap(status_icon(status, int(120 * self._scale)))
        # One paragraph direction for the whole card (the UI's), so an Arabic name in the
        # English UI lines up with the words around it instead of jumping to the other side.
        mark = "\u200f" if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else "\u200e"
        self.heading.setText(mark + heading if heading else "")
        self.heading.setVisible(bool(heading))
        self.title.setText(mark + title)
        self.details.setText("\n".join(mark + line for line in details.split("\n")) if details else "")
        self.details.setVisible(bool(details))
        self.footer.setText(mark + footer if footer else "")
        self._fit_title()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        self._fit_title()

    def _fit_title(self) -> None:
        """The name as big as possible (40 pt, never under 28) without cutting a long word."""
        idle = self.status == "idle"
        font = QFont(self.title.font())
        font.setBold(not idle)
        size = (20 if idle else NAME_PT) * self._scale  # the name is big, the invitation calm
        margins = self.layout().contentsMargins()
        room = self.width() - margins.left() - margins.right() - self.icon.sizeHint().width() - 24
        words = self.title.text().split() or [""]
        floor = (16 if idle else 28) * self._scale
        while size > floor:
            font.setPointSizeF(size)
            if max(QFontMetrics(font).horizontalAdvance(w) for w in words) <= room:
                break
            size -= 2
        font.setPointSizeF(max(size, floor))
        self.title.setFont(font)

    def _apply_fonts(self) -> None:
        def font(pt: float, bold: bool) -> QFont:
            f = QFont(self.font())
            f.setPointSizeF(pt * self._scale)
            f.setBold(bold)
            return f

        self.heading.setFont(font(26, True))
        self.title.setFont(font(NAME_PT, True))
        self.details.setFont(font(20, False))
        self.footer.setFont(font(13, False))
        self.icon.setPixmap(status_icon(self.status, int(120 * self._scale)))
        self._fit_title()
