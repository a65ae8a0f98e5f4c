"""Live folder sync in the window: a pass every few seconds and soon after each local change.

Passes run on the sync thread, in a worker holding its own ``Store`` and the
``FolderSync`` of the chosen folder (one connection per thread, never shared).
Never two passes at once: a pass asked for while one runs is run once it ends.
The folder is remembered per machine, per event (QSettings keyed by the event uid).

Conflicts are counted apart from the passes, on the pool with their own
connection, only after something was merged, and after a count that took t
seconds not again for 10 t (1 s to 60 s): a slow count (seconds, before the
conflict queries were indexed; docs/BENCHMARKS.md) must never delay the next
pass nor keep a core busy.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal, Slot

from checkin.store.db import Store, StoreError
from checkin.sync.conflicts import iter_conflicts
from checkin.sync.folder import FolderStatus, FolderSync, folder_refusal
from checkin.ui.tasks import run_task

INTERVAL_MS = 3000  # a pass every 3 s: a check-in elsewhere shows here within seconds of reaching the folder
AFTER_CHANGE_MS = 300  # a burst of local check-ins gives one pass
COUNT_QUIET_FACTOR, COUNT_QUIET_MIN_MS, COUNT_QUIET_MAX_MS = 10, 1000, 60_000  # pause after a count


def folder_key(event_uid: str) -> str:
    return f"sync/folder/{event_uid}"


@dataclass(frozen=True)
class SyncReport:
    """One pass: what FolderSync saw and how many records it merged in."""

    status: FolderStatus
    merged: int
    generation: int


class SyncWorker(QObject):
    """Lives on the sync thread; opens its own Store there on the first pass."""

    #: A pass ended (carries a ``SyncReport``). Emitted on the sync thread, delivered queued.
    pass_done = Signal(object)
    #: A pass failed (generation, one-line reason). Emitted on the sync thread, delivered queued.
    pass_failed = Signal(int, str)

    def __init__(self, db_path: Path, folder: Path, generation: int):
        super().__init__()
        self.db_path, self.folder, self.generation = Path(db_path), Path(folder), generation
        self._store: Store | None = None
        self._sync: FolderSync | None = None

    @Slot()
    def run_pass(self) -> None:
        try:
            if self._store is None:
                self._store = Store(self.db_path)
            if folder_refusal(self.db_path, self.folder) is not None:  # a stick pulled: say so, try next pass
                raise StoreError(f"{self.folder}: the sync folder is not reachable")
            if self._sync is None:
                self._sync = FolderSync(self._store, self.folder)
            status = self._sync.run_once()
            merged = sum(m.counts.total_applied for m in status.merged if not m.skipped)
        except Exception as exc:  # the status bar says it in one line; the next pass tries again
            self.pass_failed.emit(self.generation, str(exc) or type(exc).__name__)
            return
        self.pass_done.emit(SyncReport(status, merged, self.generation))

    @Slot()
    def close(self) -> None:
        if self._store is not None:
            self._store.close()
        self._store = self._sync = None


class SyncController(QObject):
    """Owns the sync thread of one window: start on a folder, pass on a timer and after changes, stop."""

    #: A pass ended (carries a ``SyncReport``). GUI thread.
    synced = Signal(object)
    #: A pass failed (carries the one-line reason). GUI thread.
    failed = Signal(str)
    #: The folder was set or cleared (carries a Path or None). GUI thread.
    folder_changed = Signal(object)
    #: Conflicts were counted in the merged records (carries the number). GUI thread.
    conflicts_counted = Signal(int)
    _run = Signal()  # to the worker, queued onto the sync thread
    _close = Signal()  # to the worker, blocking until its Store is closed

    def __init__(self, ctx, parent: QObject | None = None, interval_ms: int = INTERVAL_MS):
        super().__init__(parent)
        self.ctx = ctx
        self.folder: Path | None = None
        self.thread: QThread | None = None
        self.worker: SyncWorker | None = None
        self.last_report: SyncReport | None = None
        self.last_error: str | None = None
        self.busy = False
        self._again = False
        self._emitting = False
        self._generation = 0
        self.conflicts: int | None = None
        self._counting = False
        self._count_again = False
        self._count_timer = QTimer(self, singleShot=True, interval=COUNT_QUIET_MIN_MS)
        self._count_timer.timeout.connect(self._count_if_asked)
        self._timer = QTimer(self, interval=interval_ms)
        self._timer.timeout.connect(self.run_pass)
        self._soon = QTimer(self, singleShot=True, interval=AFTER_CHANGE_MS)
        self._soon.timeout.connect(self.run_pass)
        ctx.data_changed.connect(self._local_change)

    @property
    def running(self) -> bool:
        return self.thread is not None and self.thread.isRunning()

    def saved_folder(self) -> Path | None:
        text = self.ctx.settings.value(folder_key(self.ctx.event.uid), "", type=str)
        return Path(text) if text else None

    def start_saved(self) -> None:
        """Sync with the folder saved for this event on this machine, if any."""
        folder = self.saved_folder()
        if folder is not None:
            self._start(folder)

    def set_folder(self, folder: Path | None) -> None:
        """Remember the folder for this event (None: stop syncing) and start on it at once."""
        self.stop()
        key = folder_key(self.ctx.event.uid)
        if folder is None:
            self.ctx.settings.remove(key)
        else:
            self.ctx.settings.setValue(key, str(Path(folder)))
        self.ctx.settings.sync()
        self.last_report, self.last_error = None, None
        if folder is not None:
            self._start(Path(folder))
        self.folder_changed.emit(self.folder)

    def _start(self, folder: Path) -> None:
        self._generation += 1
        self.folder = folder
        thread = QThread(self)
        thread.setObjectName("sync")
        worker = SyncWorker(self.ctx.db_path, folder, self._generation)
        worker.moveToThread(thread)
        self._run.connect(worker.run_pass)
        self._close.connect(worker.close, Qt.ConnectionType.BlockingQueuedConnection)
        worker.pass_done.connect(self._done)
        worker.pass_failed.connect(self._failed)
        self.thread, self.worker = thread, worker
        thread.start()
        self._timer.start()
        self.run_pass()

    def run_pass(self) -> None:
        """Start a pass now, or right after the one running."""
        if self.worker is None:
            return
        if self.busy:
            self._again = True
            return
        self.busy = True
        self._run.emit()

    def stop(self) -> None:
        """Stop the timers, let a running pass end, close the worker's Store, end the thread."""
        self._timer.stop()
        self._soon.stop()
        thread, worker = self.thread, self.worker
        self.thread = self.worker = None
        self.folder = None
        self.busy = self._again = False
        self._count_timer.stop()
        self.conflicts, self._count_again = None, False
        if thread is None:
            return
        if thread.isRunning():
            self._close.emit()  # runs on the sync thread after any pass already queued
        self._run.disconnect(worker.run_pass)
        self._close.disconnect(worker.close)
        thread.quit()
        thread.wait()
        worker.deleteLater()
        thread.deleteLater()

    @Slot()
    def _local_change(self) -> None:
        if self.worker is not None and not self._emitting and not self._soon.isActive():
            self._soon.start()

    @Slot(object)
    def _done(self, report: SyncReport) -> None:
        if report.generation != self._generation or self.worker is None:
            return  # a pass of a folder given up since
        first = self.last_report is None
        self.last_report, self.last_error = report, None
        self._finish()
        if report.merged or first:
            self.count_conflicts()
        if report.merged:
            self._emitting = True  # our own refresh must not ask for another pass
            try:
                self.ctx.data_changed.emit()
            finally:
                self._emitting = False
        self.synced.emit(report)

    @Slot(int, str)
    def _failed(self, generation: int, message: str) -> None:
        if generation != self._generation or self.worker is None:
            return
        self.last_error = message
        self._finish()
        self.failed.emit(message)

    def _finish(self) -> None:
        self.busy = False
        if self._again:
            self._again = False
            self.run_pass()

    def count_conflicts(self) -> None:
        """Count the conflicts in the merged records now, or once the count running and its pause are over."""
        if self._counting or self._count_timer.isActive():
            self._count_again = True
            return
        self._counting = True
        generation, ctx = self._generation, self.ctx

        def work() -> tuple[int, float]:
            start = time.perf_counter()
            with ctx.open_store() as store:
                return sum(1 for _ in iter_conflicts(store)), time.perf_counter() - start

        run_task(work, lambda result: self._counted(generation, *result),
                 lambda _msg: self._counted(generation, None, 0.0))

    def _counted(self, generation: int, count: int | None, seconds: float) -> None:
        self._counting = False
        if self.worker is None:
            return  # syncing stopped (or the window closed) meanwhile
        if generation == self._generation and count is not None:  # else: a count for a folder given up
            self.conflicts = count
            self.conflicts_counted.emit(count)
        pause = min(COUNT_QUIET_MAX_MS, max(COUNT_QUIET_MIN_MS, int(COUNT_QUIET_FACTOR * 1000 * seconds)))
        self._count_timer.start(pause)  # then _count_if_asked runs a count asked for meanwhile

    def _count_if_asked(self) -> None:
        if self._count_again and self.worker is not None:
            self._count_again = False
            self.count_conflicts()
