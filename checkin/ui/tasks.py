"""Background work (imports, exports, badge PDFs) off the GUI thread.

A task is a plain function run on a ``QThreadPool`` thread; its result or error
comes back on the GUI thread through queued signals. A task that touches the
event file opens its own ``Store`` (one connection per thread, never shared).
"""

from __future__ import annotations

import traceback
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    finished = Signal(object)  # result; delivered on the GUI thread
    failed = Signal(str)  # one-line error; delivered on the GUI thread
    progress = Signal(int, int)  # done, total; delivered on the GUI thread


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[..., Any], relay: _Relay, with_progress: bool):
        super().__init__()
        self.fn, self.relay, self.with_progress = fn, relay, with_progress

    def run(self) -> None:  # runs on a pool thread
        try:
            if self.with_progress:
                result = self.fn(lambda done, total: self.relay.progress.emit(done, total))
            else:
                result = self.fn()
        except Exception as exc:  # every failure reaches the user as one line
            traceback.print_exc()
            self.relay.failed.emit(str(exc) or type(exc).__name__)
            return
        self.relay.finished.emit(result)


_live: set[_Relay] = set()


def run_task(
    fn: Callable[..., Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[str], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> _Relay:
    """Run ``fn`` on the thread pool; ``fn(progress)`` when ``on_progress`` is given.

    Callbacks run on the GUI thread. Returns the relay (its signals can be
    awaited in tests with ``qtbot.waitSignal(relay.finished)``).
    """
    relay = _Relay()
    _live.add(relay)  # keep alive until it reports
    relay.finished.connect(lambda _r: _live.discard(relay))
    relay.failed.connect(lambda _e: _live.discard(relay))
    if on_done:
        relay.finished.connect(on_done)
    if on_error:
        relay.failed.connect(on_error)
    if on_progress:
        relay.progress.connect(on_progress)
    QThreadPool.globalInstance().start(_Runnable(fn, relay, on_progress is not None))
    return relay
