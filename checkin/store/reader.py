"""A second read-only connection to an event file, for work on a thread of its own.

SQLite's sorting and grouping run outside Python's GIL, so an export that writes the
check-in log on one connection and the other files on another uses both cores of a
two-core laptop. One connection per thread, never shared (``sqlite3`` refuses otherwise).
"""

from __future__ import annotations

from pathlib import Path

from checkin.store.db import Store


def can_read_apart(store: Store) -> bool:
    """Whether another connection can open what ``store`` reads: a file on disk, not ``:memory:``.

    (An export cannot run inside a write transaction: it changes ``temp_store``, which SQLite
    refuses there, so the other connection never misses uncommitted rows.)
    """
    return str(store.path) != ":memory:" and Path(store.path).is_file()


def open_reader(path: Path) -> Store:
    """A read-only ``Store`` on an event file, configured for big reads; open it in the thread that uses it."""
    reader = Store(path, readonly=True)
    reader.conn.execute("PRAGMA cache_size = -32768")  # as the event file's own connections (db.Store)
    return reader
