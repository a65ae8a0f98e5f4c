"""Backups without thinking: the open event file is copied every few minutes and at exit.

The copy runs on the pool with its own connection (a backup of a 100,000-person file takes
a moment, the desk must not freeze meanwhile), into ``<file>.backups/`` and, if set in the
settings, a second folder. A failure is shown in the status bar, never in a dialog that
would interrupt the desk.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from checkin.logs import log
from checkin.store.backup import INTERVAL_SECONDS, backup_now, change_stamp, newest_backup
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
        # the file's change stamp when the newest backup was started (None: not backed up in this run)
        self._backed_stamp = None
        self._backed_path: Path | None = None  # that backup (it must still be there to skip the one at exit)
        #: the newest backup holds everything in the file (set by final)
        self.all_backed_up = False

    def mark_backed_up(self, stamp=None) -> None:
        """The newest backup holds the file as it was at ``stamp`` (``change_stamp``; default: now).

        For a start that found the file as the last clean exit, and its backup, left it.
        """
        newest = newest_backup(self.ctx.db_path)
        if newest is not None:
            self._backed_stamp = (stamp or change_stamp(self.ctx.store), self._second())
            self._backed_path = newest

    def _second(self) -> str:
        return self.ctx.settings.value(SECOND_FOLDER_KEY, "", type=str).strip()

    def backup_in_background(self):
        if self.ctx.closed:
            return None
        db_path, second = self.ctx.db_path, self._second()
        stamp = (change_stamp(self.ctx.store), second)  # before the copy starts: a later write gives a new stamp

        def work():
            with Store(db_path) as store:
                return str(backup_now(store, second_folder=second or None)[0])

        return run_task(work, lambda path: self._done(path, stamp), self._failed)

    def _done(self, path: str, stamp=None) -> None:
        if stamp is not None:
            self._backed_stamp, self._backed_path = stamp, Path(path)
        log.info("backup written: %s", path)
        self.done.emit(path)

    def _failed(self, message: str) -> None:
        log.warning("backup failed: %s", message)
        self.failed.emit(message)

    def final(self) -> None:
        """The backup at exit, on the calling thread, with the window's own connection.

        Skipped when nothing was written to the file since the newest backup started: a copy of
        a congress-size file takes over a second, and quitting must not wait for an identical one.
        """
        self.timer.stop()
        if self.ctx.closed:
            return
        try:
            stamp = (change_stamp(self.ctx.store), self._second())
            if stamp == self._backed_stamp and self._backed_path is not None and self._backed_path.is_file():
                log.info("nothing written since the last backup: none at exit")
                self.all_backed_up = True
                return
            self._done(str(backup_now(self.ctx.store, second_folder=self._second() or None)[0]), stamp)
            self.all_backed_up = True
        except (StoreError, OSError, sqlite3.Error) as exc:
            self._failed(str(exc))
