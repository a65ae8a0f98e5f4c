"""Bulk merging: many journal rows in one transaction, the file's derived data built once.

A merge that brings as many rows as the file already holds (the organisers' after-event
``checkin sync import`` of every station's journal) spends most of its time keeping
derived structures up to date row by row: the presence triggers (``db/0040``, ``0042``,
``0060``, ``0065``) read and rewrite the person's presence row at every check-in, and
``checkins_attendee`` takes one random insert per row. In bulk mode, inside ONE write
transaction, those triggers and indexes are dropped (their SQL read from
``sqlite_master`` first), the rows applied by the ordinary merge (:func:`apply_rows`),
the indexes re-created (a sort, far cheaper than a random insert per row), ``presence``
recomputed from the log in one pass (:func:`checkin.store.presence.rebuild`), and the
triggers re-created from the exact SQL read before. SQLite's DDL is transactional: an
error anywhere rolls back the rows and the drops together.

The write lock is held for the whole merge, so bulk mode is only for merges that bring
many rows relative to the file (:func:`wants_bulk`). A desk's live folder sync never goes
through here: it merges file by file (``checkin.sync.folder``), a transaction each.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from checkin.store import presence
from checkin.store.checkins import checkins_about
from checkin.store.db import Store

# A merge goes bulk when it brings at least this many rows ...
BULK_MIN_ROWS = 20_000
# ... and at least this share of the check-ins already in the file (the one-pass rebuild of
# presence and of the deferred indexes reads the whole log: it must not dwarf the merge).
BULK_SHARE = 0.5

# The page cache of a bulk merge's transaction (KiB), given back after it.
BULK_CACHE_KB = 131072

# Indexes written once per merged row that nothing in the merge reads (measured:
# docs/BENCHMARKS.md, "Merging station journals"). Unique indexes stay: they make a merge
# idempotent (INSERT OR IGNORE). The small partial indexes stay: linking a walk-in to the
# rows that arrived before it reads them.
DEFERRED_INDEXES = ("checkins_attendee",)
# Tables whose presence triggers are dropped and whose presence is rebuilt at the end.
_PRESENCE_TABLES = ("checkins", "checkin_undos", "presence")


def wants_bulk(store: Store, new_rows: int) -> bool:
    """Whether a merge of ``new_rows`` rows should go bulk (see :data:`BULK_MIN_ROWS`, :data:`BULK_SHARE`)."""
    if new_rows < BULK_MIN_ROWS:
        return False
    return new_rows >= BULK_SHARE * checkins_about(store)


def _derived(store: Store) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(name, sql) of the presence triggers and of the deferred indexes, as the file holds them."""
    conn = store.conn
    marks = ",".join("?" * len(_PRESENCE_TABLES))
    triggers = conn.execute(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ({marks})"
        " AND name LIKE 'presence!_%' ESCAPE '!' ORDER BY rowid", _PRESENCE_TABLES).fetchall()
    marks = ",".join("?" * len(DEFERRED_INDEXES))
    indexes = conn.execute(f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND name IN ({marks})"
                           " ORDER BY rowid", DEFERRED_INDEXES).fetchall()
    return [tuple(t) for t in triggers], [tuple(i) for i in indexes]


@contextmanager
def bulk_merge(store: Store) -> Iterator[None]:
    """One write transaction in which the caller applies many journals (see the module's text).

    On leaving normally: indexes re-created, presence rebuilt, triggers re-created,
    COMMIT. On an exception: everything rolled back, the file as it was.
    """
    conn = store.conn
    conn.execute("PRAGMA foreign_keys = OFF")  # as apply_rows: an undo may come before its check-in
    # A page cache the size of a congress's file for the transaction: the default (32 MB) spilled
    # dirty pages to the WAL mid-merge (3.9 s instead of 4.3 s for 300,000 rows; docs/BENCHMARKS.md)
    cache = conn.execute("PRAGMA cache_size").fetchone()[0]
    conn.execute(f"PRAGMA cache_size = -{BULK_CACHE_KB}")
    try:
        with store.transaction():
            triggers, indexes = _derived(store)
            for name, _sql in triggers:
                conn.execute(f'DROP TRIGGER "{name}"')
            for name, _sql in indexes:
                conn.execute(f'DROP INDEX "{name}"')
            yield
            for _name, sql in indexes:
                conn.execute(sql)
            presence.rebuild(store)
            for _name, sql in triggers:
                conn.execute(sql)
    finally:
        conn.execute(f"PRAGMA cache_size = {int(cache)}")
        conn.execute("PRAGMA foreign_keys = ON")
