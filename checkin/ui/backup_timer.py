"""Backups without thinking: the open event file is copied every few minutes and at exit.

The copy runs on the pool with its own connection (a backup of a 100,000-person file takes
a moment, the desk must not freeze meanwhile), into ``<file>.backups/`` and, if set in the
settings, a second folder. A failure is shown in the status bar, never in a dialog that
would interrupt the desk.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from checkin.logs import log
from checkin.store.backup import INTERVAL_SECONDS, backup_now
from checkin.store.db import Store, StoreError
from checkin.ui.tasks import run_task

#: QSettings key: a second folder (a USB stick) for a copy of every backup; "" = none.
SECOND_FOLDER_KEY = "backup/second_folder"


class BackupTimer(QObject):
    """Takes a backup every ``interval_s`` seconds while the app runs, and one at :meth:`final`."""

    #: A backup was written (the newest path) or failed (the message). GUI thread.
    done = Signal(str)
    failed = Signal(str)

    def __init__(self, ctx, parent: QObject | None = None, interval_s: float = INTERVAL_SECONDS):
        super().__init__(parent)
        self.ctx = ctx
        self.timer = QTimer(self)
        self.timer.setInterval(int(interval_s * 1000))
        self.timer.timeout.connect(self.backup_in_background)
        self.timer.start()

    def _second(self) -> str:
        return self.ctx.settings.value(SECOND_FOLDER_KEY, "", type=str).strip()

    def backup_in_background(self):
        if self.ctx.closed:
            return None
        db_path, second = self.ctx.db_path, self._second()

        def work():
            with Store(db_path) as store:
                return str(backup_now(store, second_folder=second or None)[0])

        return run_task(work, self._done, self._failed)

    def _done(self, path: str) -> None:
        log.info("backup written: %s", path)
        self.done.emit(path)

    def _failed(self, message: str) -> None:
        log.warning("backup failed: %s", message)
        self.failed.emit(message)

    def final(self) -> None:
        """The backup at exit, on the calling thread, with the window's own connection."""
        self.timer.stop()
        if self.ctx.closed:
            return
        try:
            self._done(str(backup_now(self.ctx.store, second_folder=self._second() or None)[0]))
        except (StoreError, OSError) as exc:
            self._failed(str(exc))
