"""Lookups the registration importer needs to update people instead of duplicating them."""

from __future__ import annotations

import json
from dataclasses import dataclass

from checkin.store.attendees import EDITABLE
from checkin.store.db import Store


@dataclass(frozen=True)
class Identity:
    """The fields an import matches on: external id, then e-mail; the name for access lists."""

    id: int
    external_id: str | None
    email: str
    full_name: str


def attendee_identities(store: Store) -> list[Identity]:
    """Every attendee's matching fields, in id order (one query, for large imports)."""
    rows = store.conn.execute("SELECT id, external_id, email, full_name FROM attendees ORDER BY id")
    return [Identity(r["id"], r["external_id"], r["email"], r["full_name"]) for r in rows]


class SeenKeys:
    """Keys already met in one import (ids, e-mails), kept in a temporary table, not in memory.

    A 1,000,000-row list would otherwise hold a million strings; SQLite's temporary
    database spills to disk. It belongs to this connection only and takes no lock on
    the event file.
    """

    def __init__(self, store: Store, name: str):
        self.conn = store.conn
        self.table = f"temp.seen_{name}"
        self.conn.execute(f"CREATE TABLE IF NOT EXISTS {self.table} (key TEXT PRIMARY KEY, line INTEGER)"
                          " WITHOUT ROWID")
        self.conn.execute(f"DELETE FROM {self.table}")

    def first_lines(self, keys: list[tuple[str, int]]) -> dict[int, int]:
        """Record ``(key, line)`` pairs, in line order; {line: the line its key was first met on}
        for each pair whose key was met before (earlier in ``keys`` or in an earlier call).

        One insert of them all, and a query only when some key was already there.
        """
        if not keys:
            return {}
        alone = not self.conn.in_transaction  # one transaction (of the temporary table only), not one a row
        before = self.conn.total_changes
        if alone:
            self.conn.execute("BEGIN")
        try:
            self.conn.executemany(
                f"INSERT INTO {self.table} (key, line) VALUES (?, ?) ON CONFLICT DO NOTHING", keys)
        finally:
            if alone:
                self.conn.execute("COMMIT")
        if self.conn.total_changes - before == len(keys):
            return {}  # every key was new
        cursor = self.conn.cursor()
        cursor.row_factory = None
        rows = cursor.execute(
            f"SELECT json_extract(j.value, '$[1]'), s.line FROM json_each(?) j JOIN {self.table} s"
            " ON s.key = json_extract(j.value, '$[0]') WHERE s.line != json_extract(j.value, '$[1]')",
            (json.dumps(keys),),
        )
        return dict(rows.fetchall())

    def drop(self) -> None:
        self.conn.execute(f"DROP TABLE IF EXISTS {self.table}")


# What an import compares and matches on, as :func:`import_candidates` returns it.
CANDIDATE_FIELDS = ("id", *EDITABLE)


def import_candidates(store: Store, by: str, values: list) -> list[tuple]:
    """The attendees an import batch may match, tuples of :data:`CANDIDATE_FIELDS` (in no order).

    ``by`` is "external_id" (holding one of ``values``), "email" (an e-mail equal to one of
    ``values`` as SQLite's ``lower()`` folds it; ``values`` folded so) or "id".
    """
    where = {"external_id": "external_id", "email": "lower(email)", "id": "id"}[by]
    cursor = store.conn.cursor()
    cursor.row_factory = None  # plain tuples: a re-import of 100,000 people reads them all
    rows = cursor.execute(
        f"SELECT {', '.join(CANDIDATE_FIELDS)} FROM attendees"
        f" WHERE {where} IN (SELECT value FROM json_each(?))",
        (json.dumps(values),),
    )
    return rows.fetchall()


def badge_codes_in_use(store: Store, codes: list[str]) -> set[str]:
    """Those of ``codes`` that an attendee already holds as badge code."""
    rows = store.conn.execute(
        "SELECT code FROM attendees WHERE code IN (SELECT value FROM json_each(?))", (json.dumps(codes),)
    )
    return {r[0] for r in rows}


def next_attendee_id(store: Store) -> int:
    """The id SQLite would give the next attendee inserted (the largest id + 1)."""
    return store.conn.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM attendees").fetchone()[0]


def outside_writes(store: Store) -> tuple[int, int]:
    """A mark that changes whenever another connection commits to the file (or this one reopens).

    An importer reads without the write lock, then takes the lock and compares marks:
    equal, what it read is still what the file holds.
    """
    return id(store.conn), store.conn.execute("PRAGMA data_version").fetchone()[0]
