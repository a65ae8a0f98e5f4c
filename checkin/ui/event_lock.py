"""One app per event file: a QLockFile next to the database.

A second copy of the app on the same file is refused with a clear message
before it opens anything, so nothing is lost or double-counted. A lock left by
a crashed app (its process is gone) is taken over automatically by QLockFile.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile


def lock_path(db_path: Path) -> Path:
    return Path(f"{db_path}.lock")


def acquire(db_path: Path) -> tuple[QLockFile | None, str]:
    """``(lock, "")`` when this process now owns the event file, else ``(None, why)``."""
    Path(db_path).parent.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(lock_path(db_path)))
    lock.setStaleLockTime(0)  # never steal a live app's lock because it has run for a long time
    if lock.tryLock(200):
        return lock, ""
    pid, host = lock.getLockInfo()[-3:-1]  # PySide6 gives (pid, hostname, appname)
    who = QCoreApplication.translate("event_lock", "process {pid} on {host}").format(pid=pid, host=host) \
        if pid else QCoreApplication.translate("event_lock", "another program")
    why = QCoreApplication.translate(
        "event_lock",
        "{file} is already open in another checkin window ({who}).\n"
        "Use that window, or close it first. Nothing was changed.",
    ).format(file=Path(db_path).name, who=who)
    return None, why
