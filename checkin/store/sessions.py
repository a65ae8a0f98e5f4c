"""Sessions (plenaries, workshops, round tables) and who may enter restricted ones."""

from __future__ import annotations

import sqlite3
import uuid
from dataclasses import dataclass

from checkin.store.db import Store, StoreError, field_names
from checkin.store.versions import record_session_version

EDITABLE = ("external_id", "title", "room", "starts_at", "ends_at", "capacity", "restricted",
            "admit_minutes_before", "entry_after_exit", "multiple_entries")
_FLAGS = ("restricted", "entry_after_exit", "multiple_entries")


@dataclass(frozen=True)
class Session:
    """A session row; times are stored UTC text, ``restricted`` means only its access list may enter."""

    id: int
    external_id: str | None
    title: str
    room: str | None
    starts_at: str | None
    ends_at: str | None
    capacity: int | None
    restricted: bool
    admit_minutes_before: int | None = None  # admitted from this long before the start (None: any time)
    entry_after_exit: bool = True  # back in after an exit scan
    multiple_entries: bool = False  # a second entry without an exit admits again

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> Session:
        values = {name: row[name] for name in field_names(cls)}
        for flag in _FLAGS:
            values[flag] = bool(values[flag])
        return cls(**values)


def add_session(
    store: Store,
    *,
    title: str,
    room: str | None = None,
    starts_at: str | None = None,
    ends_at: str | None = None,
    capacity: int | None = None,
    restricted: bool = False,
    external_id: str | None = None,
    uid: str | None = None,
    admit_minutes_before: int | None = None,
    entry_after_exit: bool = True,
    multiple_entries: bool = False,
) -> Session:
    """Insert one session; times are stored UTC text (see ``db.to_stored_time``).

    Sessions are created and changed on the organiser's file: each change is a
    version of this laptop's station, so it reaches stations through its journal.

    ``admit_minutes_before`` opens admission that long before the start (until the
    end); None admits at any time. ``entry_after_exit`` and ``multiple_entries`` are
    the re-entry policy (pretix's "allow re-entering after an exit scan" and "allow
    multiple entries per ticket").
    """
    if not (title or "").strip():
        raise StoreError("a session needs a title")
    with store.transaction() as c:
        cur = c.execute(
            "INSERT INTO sessions (external_id, title, room, starts_at, ends_at, capacity, restricted, uid,"
            " admit_minutes_before, entry_after_exit, multiple_entries) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (external_id or None, title, room, starts_at, ends_at, capacity, int(bool(restricted)),
             uid or uuid.uuid4().hex, admit_minutes_before, int(bool(entry_after_exit)),
             int(bool(multiple_entries))),
        )
        record_session_version(store, cur.lastrowid, station=None)
    return get_session(store, cur.lastrowid)


def update_session(store: Store, session_id: int, **changes) -> Session:
    """Change some fields of a session."""
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise ValueError(f"not editable: {', '.join(sorted(unknown))}")
    for flag in _FLAGS:
        if flag in changes:
            changes[flag] = int(bool(changes[flag]))
    if not changes:
        return get_session(store, session_id)
    assignments = ", ".join(f"{k} = ?" for k in changes)
    with store.transaction() as c:
        c.execute(f"UPDATE sessions SET {assignments} WHERE id = ?", (*changes.values(), session_id))
        record_session_version(store, session_id, station=None)
    return get_session(store, session_id)


def get_session(store: Store, session_id: int) -> Session:
    """The session with this id; a clear error when there is none."""
    row = store.conn.execute("SELECT * FROM sessions WHERE id = ?", (session_id,)).fetchone()
    if row is None:
        raise StoreError(f"no session with id {session_id}")
    return Session.from_row(row)


def list_sessions(store: Store) -> list[Session]:
    """All sessions by start time (untimed ones last), then title."""
    rows = store.conn.execute(
        "SELECT * FROM sessions ORDER BY starts_at IS NULL, starts_at, title COLLATE NOCASE, id"
    )
    return [Session.from_row(r) for r in rows]


def find_session(store: Store, ref: str) -> Session:
    """A session by id, external id or exact title (in that order); a clear error otherwise."""
    ref = (ref or "").strip()
    if ref.isdigit():
        row = store.conn.execute("SELECT * FROM sessions WHERE id = ?", (int(ref),)).fetchone()
        if row:
            return Session.from_row(row)
    row = store.conn.execute("SELECT * FROM sessions WHERE external_id = ?", (ref,)).fetchone()
    if row:
        return Session.from_row(row)
    rows = store.conn.execute("SELECT * FROM sessions WHERE title = ?", (ref,)).fetchall()
    if len(rows) == 1:
        return Session.from_row(rows[0])
    if len(rows) > 1:
        raise StoreError(f"{len(rows)} sessions are titled {ref!r}; give the session id instead")
    raise StoreError(f"no session {ref!r} (give its id, external id or exact title)")


def session_access_ids(store: Store, session_id: int) -> set[int]:
    """Attendees on a session's access list."""
    rows = store.conn.execute("SELECT attendee_id FROM session_access WHERE session_id = ?", (session_id,))
    return {r[0] for r in rows}


def may_enter(store: Store, session_id: int, attendee_id: int) -> bool:
    """True for an open session, or when the attendee is on the restricted session's list."""
    session = get_session(store, session_id)
    if not session.restricted:
        return True
    row = store.conn.execute(
        "SELECT 1 FROM session_access WHERE session_id = ? AND attendee_id = ?", (session_id, attendee_id)
    ).fetchone()
    return row is not None


def set_session_access(store: Store, session_id: int, attendee_ids: set[int]) -> tuple[int, int, int]:
    """Make the access list exactly ``attendee_ids``; returns ``(added, removed, kept)``."""
    current = session_access_ids(store, session_id)
    new, gone = attendee_ids - current, current - attendee_ids
    with store.transaction() as c:
        c.executemany(
            "INSERT INTO session_access (session_id, attendee_id) VALUES (?, ?)",
            [(session_id, a) for a in sorted(new)],
        )
        c.executemany(
            "DELETE FROM session_access WHERE session_id = ? AND attendee_id = ?",
            [(session_id, a) for a in sorted(gone)],
        )
        if new or gone:
            record_session_version(store, session_id, station=None)
    return len(new), len(gone), len(current & attendee_ids)
