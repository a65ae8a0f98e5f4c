"""Scans that meet a busy event file wait, in order, with a visible "busy" card.

Another program (an import, a journal merge, a second station's tool) may hold the event
file's write lock for seconds. The window's connection gives up after a short busy timeout
(the GUI thread must not freeze), the decision is kept, the card says "Busy" and the
decision is tried again every half second; scans that arrive meanwhile queue behind it,
so they are decided in the order they were made. Nothing is shown as accepted before it
is committed.
"""

from __future__ import annotations

from collections import deque
from typing import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from checkin.store.db import StoreBusy

RETRY_MS = 500


class BusyQueue(QObject):
    """Runs decisions now, or keeps them while the file is busy and retries them in order."""

    #: True while decisions wait for the file, False once they are all recorded. GUI thread.
    waiting_changed = Signal(bool)

    def __init__(self, attempt: Callable[[Callable[[], object]], None], on_busy: Callable[[int], None],
                 parent: QObject | None = None):
        """``attempt(make_decision)`` decides and shows (raising StoreBusy when the file is busy);
        ``on_busy(n)`` shows that ``n`` scans wait."""
        super().__init__(parent)
        self._attempt, self._on_busy = attempt, on_busy
        self._pending: deque[Callable[[], object]] = deque()
        self._timer = QTimer(self, singleShot=True, interval=RETRY_MS)
        self._timer.timeout.connect(self._drain)

    @property
    def waiting(self) -> int:
        return len(self._pending)

    def submit(self, make_decision: Callable[[], object]) -> None:
        """Decide now; when the file is busy, or earlier scans still wait, queue it."""
        self._pending.append(make_decision)
        if len(self._pending) == 1:
            self._drain()
        else:
            self._on_busy(len(self._pending))

    def _drain(self) -> None:
        while self._pending:
            try:
                self._attempt(self._pending[0])
            except StoreBusy:
                self._on_busy(len(self._pending))
                if not self._timer.isActive():
                    self.waiting_changed.emit(True)
                self._timer.start()
                return
            except BaseException:
                self._pending.popleft()
                self._after()
                raise
            self._pending.popleft()
        self._after()

    def _after(self) -> None:
        if not self._pending:
            self.waiting_changed.emit(False)
