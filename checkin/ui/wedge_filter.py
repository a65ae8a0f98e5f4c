"""A USB barcode scanner works whatever has the focus: an application-wide key filter.

Every plain printable key press goes through ``checkin.scan.wedge.WedgeReader``
first. A scanner burst becomes ``code_scanned`` and never reaches the focused
widget (so a code typed "into" the search box does not stay there); a person's
keys are handed back to the widget they were meant for, at most ``quiet``
(60 ms) later, which nobody notices.

The clock is injectable so tests can type bursts with exact timings.
"""

from __future__ import annotations

import time
from typing import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

from checkin.scan.wedge import TERMINATORS, Scanned, Typed, WedgeReader

_TERMINATOR_KEYS = {Qt.Key.Key_Return: "\r", Qt.Key.Key_Enter: "\r", Qt.Key.Key_Tab: "\t"}
_KEY_FOR = {"\r": Qt.Key.Key_Return, "\n": Qt.Key.Key_Return, "\t": Qt.Key.Key_Tab}
# Keys a scanner presses around the characters (Shift before each capital, Caps Lock) and that
# type nothing: they must neither end a burst nor reach the focused widget as "typing".
_MODIFIER_KEYS = {Qt.Key.Key_Shift, Qt.Key.Key_CapsLock, Qt.Key.Key_Control, Qt.Key.Key_Alt,
                  Qt.Key.Key_Meta, Qt.Key.Key_AltGr, Qt.Key.Key_NumLock}
_IGNORED_MODIFIERS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | \
    Qt.KeyboardModifier.MetaModifier


class WedgeFilter(QObject):
    """Install with ``app.installEventFilter(filter)``; connect ``code_scanned``."""

    #: A scanner typed a whole code (already normalised by nothing: the raw text). GUI thread.
    code_scanned = Signal(str)

    def __init__(self, parent: QObject | None = None, clock: Callable[[], float] = time.monotonic,
                 reader: WedgeReader | None = None):
        super().__init__(parent)
        self.clock = clock
        self.reader = reader or WedgeReader()
        self.enabled = True
        self._held: list[tuple[QWidget, int, Qt.KeyboardModifier, str]] = []  # keys waiting for a verdict
        self._replaying = False
        self._timer = QTimer(self)
        self._timer.setInterval(20)
        self._timer.timeout.connect(self.poll)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if (self._replaying or not self.enabled or event.type() != QEvent.Type.KeyPress
                or not isinstance(obj, QWidget)):
            return False
        key = event.key()
        if key in _MODIFIER_KEYS:
            return False  # Shift for a capital is part of typing the code, not an interruption
        text = event.text()
        plain = not (event.modifiers() & _IGNORED_MODIFIERS or event.isAutoRepeat())
        if plain and key in _TERMINATOR_KEYS:
            if not self.reader.pending and not self._just_scanned():
                return False  # an ordinary Enter / Tab: leave it alone
            self._handle(self.reader.feed(_TERMINATOR_KEYS[key], self.clock()))
            return True
        if not plain or len(text) != 1 or not text.isprintable():
            # Backspace, arrows, shortcuts: a scanner never sends them, so whatever is held back
            # was typed by a person; deliver it first, so the keys keep their order.
            self.flush()
            return False
        self._held.append((obj, key, event.modifiers(), text))
        self._handle(self.reader.feed(text, self.clock()))
        if self.reader.pending:
            self._timer.start()
        return True

    def poll(self) -> None:
        """End a burst that stopped without Enter/Tab (called by a 20 ms timer while keys are held)."""
        self._handle(self.reader.poll(self.clock()))
        if not self.reader.pending:
            self._timer.stop()

    def flush(self) -> None:
        """Hand on held keys now, as typing (nothing more can join them to a burst)."""
        if self.reader.pending:
            self._handle(self.reader.poll(self.clock() + self.reader.quiet))
            self._timer.stop()

    def _just_scanned(self) -> bool:
        last = self.reader._last_scan_end  # noqa: SLF001 - the reader's own swallow window
        return last is not None and self.clock() - last <= self.reader.quiet + self.reader.max_gap

    def _handle(self, results: list[Scanned | Typed]) -> None:
        for result in results:
            if isinstance(result, Scanned):
                del self._held[: len(result.code)]
                self.code_scanned.emit(result.code)
            else:
                self._replay(result.text)

    def _replay(self, text: str) -> None:
        """Give a person's keys back to the widgets they were typed into, in order."""
        self._replaying = True
        try:
            for char in text:
                if char in TERMINATORS:
                    target = QApplication.focusWidget()
                    key, mods, key_text = _KEY_FOR[char], Qt.KeyboardModifier.NoModifier, char
                elif self._held:
                    target, key, mods, key_text = self._held.pop(0)
                else:  # pragma: no cover - reader and queue always agree
                    continue
                if target is None or not isValid(target):
                    continue
                QApplication.sendEvent(target, QKeyEvent(QEvent.Type.KeyPress, key, mods, key_text))
                QApplication.sendEvent(target, QKeyEvent(QEvent.Type.KeyRelease, key, mods, key_text))
        finally:
            self._replaying = False
