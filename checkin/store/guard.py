"""An event file that guards itself: an integrity check at open, the versions that wrote it,
and read-only opening (a write-protected stick).

A damaged file (a bad sector, a stick pulled out mid-write, bytes overwritten) must not go
on taking scans: SQLite would accept writes into the pages that are still fine and fail
later on the others. A file written by a newer checkin must not be written by an older
one, which does not know the newer tables.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import time
from pathlib import Path

from checkin import __version__

# (path, inode) of the files already checked by this process: the check runs at the first open
# of a file in a process, so after every start, hence after every unclean stop too; the app skips
# it for a file left unchanged by a clean exit (trust_clean_close).
_checked: set[tuple[str, int]] = set()


def check_integrity(store) -> None:
    """``PRAGMA quick_check`` at the first open of a file in this process; StoreError when damaged."""
    from checkin.store.db import StoreError

    try:
        key = (str(store.path.resolve()), os.stat(store.path).st_ino)
    except OSError:
        return  # ':memory:' or a file SQLite has not created yet: nothing to check
    if key in _checked:
        return
    start = time.perf_counter()
    rows = [r[0] for r in store.conn.execute("PRAGMA quick_check(3)")]
    logging.getLogger("checkin.store").info("integrity check of %s: %s in %.2f s", store.path, rows[0],
                                            time.perf_counter() - start)
    if rows != ["ok"]:
        store.conn.close()
        logging.getLogger("checkin.store").error("%s failed its integrity check: %s", store.path, rows[:3])
        raise StoreError(damaged_message(store.path, " ".join("; ".join(rows).split())[:200]))
    _checked.add(key)


def trust_clean_close(path: Path) -> None:
    """No check at this process's first open of ``path``: it is as a clean close left it.

    For the app's start (``checkin.store.backup.take_clean_mark``): a quick check of a
    congress-size file takes over a second before the window is usable. A file written since
    (another program, a byte overwritten) or left by an unclean stop has no valid mark and is
    checked as before.
    """
    try:
        _checked.add((str(Path(path).resolve()), os.stat(path).st_ino))
    except OSError:
        pass


def connect_readonly(path: Path) -> sqlite3.Connection:
    """A read-only connection that writes nothing beside the file, not even the shared-memory index.

    ``immutable`` when the folder cannot be written (SQLite could not create the ``-shm`` file):
    nobody can be writing to such a file either.
    """
    from checkin.store.db import StoreError

    if not path.is_file():
        raise StoreError(f"{path}: no such event file")
    uri = path.resolve().as_uri() + "?mode=ro"
    if not os.access(path.parent, os.W_OK) or _dir_is_readonly(path.parent):
        wal = path.with_name(path.name + "-wal")
        if wal.exists() and wal.stat().st_size > 0:
            raise StoreError(f"{path}: read-only, and its last check-ins are still in {wal.name} (the app"
                             " was not closed normally): copy both files to a writable folder and open the copy.")
        uri += "&immutable=1"
    return sqlite3.connect(uri, uri=True, isolation_level=None, timeout=10.0, check_same_thread=True)


def _dir_is_readonly(folder: Path) -> bool:
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):
        return False


def is_readonly_error(exc: Exception) -> bool:
    text = str(exc).lower()
    return "readonly" in text or "read-only" in text or "unable to open database file" in text


def readonly_message(path: Path) -> str:
    return (f"{path}: the file or its folder is read-only (a write-protected stick?): nothing can be"
            " recorded in it; 'stats' and 'export' still read it. Copy it to a writable folder to record.")


def damaged_message(path: Path, problem: str) -> str:
    """What a damaged event file is told with: what is wrong and how to get the latest backup back."""
    return (f"{path}: the event file is damaged ({problem}); nothing more is written to it. Restore the"
            f" latest backup with 'checkin --db {path} restore' (or File > Restore the latest backup in the app).")


def forget_checked() -> None:
    """Check every file again at its next open (tests, and after a restore)."""
    _checked.clear()


def _has_table(store, name: str) -> bool:
    row = store.conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,))
    return row.fetchone() is not None


def _version_key(text: str) -> tuple:
    return tuple(int(p) if p.isdigit() else 0 for p in text.split("."))


def check_versions(store, *, writing: bool) -> None:
    """Refuse a file that holds migrations this version does not know, naming the version it needs.

    Reading (stats, export) also refuses a file that still needs an upgrade, which a read-only
    file cannot get.
    """
    from checkin.store.db import StoreError, available_migrations

    if not _has_table(store, "_migrations"):
        if not writing and _has_table(store, "event") is False:
            raise StoreError(f"{store.path}: not a checkin event file")
        return
    known = {name for name, _ in available_migrations()}
    applied = [r[0] for r in store.conn.execute("SELECT name FROM _migrations ORDER BY name")]
    unknown = [name for name in applied if name not in known]
    if unknown:
        needed = "a newer version"
        if _has_table(store, "writer_versions"):
            versions = [r[0] for r in store.conn.execute("SELECT version FROM writer_versions")]
            if versions:
                needed = max(versions, key=_version_key) + " or newer"
        raise StoreError(
            f"{store.path}: written by a newer checkin (it has schema step {unknown[-1]}, which checkin"
            f" {__version__} does not know); open it with checkin {needed}. Nothing was changed."
        )
    if not writing and known - set(applied):
        raise StoreError(f"{store.path}: written by an older checkin and read-only, so it cannot be upgraded:"
                         " copy it to a writable folder and open the copy.")


def record_version(store) -> None:
    """Note that this version of checkin wrote to the file (once per version)."""
    if not _has_table(store, "writer_versions"):
        return
    seen = store.conn.execute("SELECT 1 FROM writer_versions WHERE version = ?", (__version__,)).fetchone()
    if seen is None:
        from checkin.store.db import utc_now

        with store.transaction() as c:
            c.execute("INSERT OR IGNORE INTO writer_versions (version, first_at) VALUES (?, ?)",
                      (__version__, utc_now()))
