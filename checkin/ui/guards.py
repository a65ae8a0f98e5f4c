"""Against impatient double-clicks and a scanner's repeats: nothing fires twice by accident."""

from __future__ import annotations

import time
from typing import Callable, Hashable, Iterable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

REPEAT_SECONDS = 2.0
REENABLE_MS = 300  # clicks queued while an action ran land on a disabled button and are dropped


class RepeatGuard:
    """``allow(key)`` is False when the same key was allowed less than ``seconds`` ago."""

    def __init__(self, seconds: float = REPEAT_SECONDS, clock: Callable[[], float] = time.monotonic):
        self.seconds = seconds
        self.clock = clock
        self._last: dict[Hashable, float] = {}

    def allow(self, key: Hashable, t: float | None = None) -> bool:
        now = self.clock() if t is None else t
        last = self._last.get(key)
        if last is not None and 0 <= now - last < self.seconds:
            return False
        self._last[key] = now
        if len(self._last) > 256:
            self._last = {k: v for k, v in self._last.items() if now - v < self.seconds}
        return True

    def forget(self, key: Hashable) -> None:
        self._last.pop(key, None)


class BusyLock:
    """Disables a set of widgets while an action runs, and refuses re-entry meanwhile."""

    def __init__(self, widgets: Iterable[QWidget] = ()):
        self.widgets = list(widgets)
        self.busy = False

    def run(self, action: Callable[[], object]) -> object:
        if self.busy:
            return None
        self.busy = True
        for w in self.widgets:
            w.setEnabled(False)
        try:
            return action()
        finally:
            self.busy = False
            QTimer.singleShot(REENABLE_MS, self._enable)

    def _enable(self) -> None:
        for w in self.widgets:
            try:
                w.setEnabled(True)
            except RuntimeError:  # the widget was closed meanwhile
                pass
