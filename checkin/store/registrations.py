"""Lookups the registration importer needs to update people instead of duplicating them."""

from __future__ import annotations

from dataclasses import dataclass

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


def id_by_external_id(store: Store, external_id: str) -> int | None:
    """The (first) attendee holding this external id, or None."""
    row = store.conn.execute(
        "SELECT id FROM attendees WHERE external_id = ? ORDER BY id LIMIT 1", (external_id,)
    ).fetchone()
    return row["id"] if row else None


def ids_by_email(store: Store, email: str) -> list[tuple[int, str | None]]:
    """``(id, external id)`` of every attendee with this e-mail (case ignored), in id order."""
    rows = store.conn.execute(
        "SELECT id, external_id FROM attendees WHERE lower(email) = lower(?) ORDER BY id", (email,)
    )
    return [(r["id"], r["external_id"]) for r in rows]


def full_name_of(store: Store, attendee_id: int) -> str | None:
    """The stored full name of an attendee id, or None when there is no such attendee."""
    row = store.conn.execute("SELECT full_name FROM attendees WHERE id = ?", (attendee_id,)).fetchone()
    return row["full_name"] if row else None


class SeenKeys:
    """Keys already met in one import (ids, e-mails), kept in a temporary table, not in memory.

    A 1,000,000-row list would otherwise hold a million strings; SQLite's temporary
    database spills to disk. It belongs to this connection only and takes no lock on
    the event file.
    """

    def __init__(self, store: Store, name: str):
        self.conn = store.conn
        self.table = f"temp.seen_{name}"
        self.conn.execute(f"CREATE TABLE IF NOT EXISTS {self.table} (key TEXT PRIMARY KEY, line INTEGER)")
        self.conn.execute(f"DELETE FROM {self.table}")

    def first_line(self, key: str, line: int) -> int | None:
        """Record ``key`` at ``line``; the line it was first met on when it was met before, else None."""
        row = self.conn.execute(f"SELECT line FROM {self.table} WHERE key = ?", (key,)).fetchone()
        if row is not None:
            return row[0]
        self.conn.execute(f"INSERT INTO {self.table} (key, line) VALUES (?, ?)", (key, line))
        return None

    def drop(self) -> None:
        self.conn.execute(f"DROP TABLE IF EXISTS {self.table}")
