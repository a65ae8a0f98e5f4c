"""Walk-ins, attendee edits and session changes made at a station, kept as snapshots.

A station that registers a walk-in or edits a person records a *version*: the
whole row as it now stands, with ``(at, station_uid, seq)``. Merging applies
versions last-writer-wins by that key, which is a total order: whatever order
journals arrive in, every file ends with the same row. The attendee row keeps
the key of the version it shows in ``attendees.version`` ('' = as imported).
"""

from __future__ import annotations

import json
import sqlite3
import uuid

from checkin.store.db import Store, utc_now
from checkin.store.stations import stamp, this_station

ATTENDEE_FIELDS = ("external_id", "first_name", "last_name", "full_name", "organisation", "category", "role",
                   "email", "status", "code", "source", "pending")
SESSION_FIELDS = ("external_id", "title", "room", "starts_at", "ends_at", "capacity", "restricted",
                  "admit_minutes_before", "entry_after_exit", "multiple_entries")


def version_key(at: str, station_uid: str, seq: int) -> str:
    """The sortable key of a version: later time wins; ties by station uuid, then sequence."""
    return f"{at}|{station_uid}|{seq:012d}"


def record_attendee_version(store: Store, attendee_id: int, *, station: str | None,
                            at: str | None = None) -> str:
    """Snapshot an attendee's row (and ticket codes) as a version of ``station``; inside the write transaction."""
    row = store.conn.execute("SELECT * FROM attendees WHERE id = ?", (attendee_id,)).fetchone()
    data = {f: row[f] for f in ATTENDEE_FIELDS}
    data["tickets"] = [r[0] for r in store.conn.execute(
        "SELECT code FROM code_aliases WHERE attendee_id = ? ORDER BY rowid", (attendee_id,))]
    return _record(store, "attendee", row["uid"], data, station, at, attendee_id=attendee_id)


# People whose row changed here after the list was shared, and not yet as a version: an import
# (or a re-import) after the packages. Their version is dated when the row changed, so it never
# wins over a later edit made elsewhere. The list was shared at the later of this station's own
# creation (a desk: when its package reserved it) and the first other station's (the organiser's
# file: its first package); a file that never shared its list has no one to tell.
_UNSHARED = """
SELECT id, updated_at FROM attendees
 WHERE CASE WHEN version = '' THEN updated_at > :shared ELSE updated_at > substr(version, 1, instr(version, '|') - 1) END
 ORDER BY updated_at, id
"""


def publish_list_changes(store: Store) -> int:
    """Record as versions of this laptop's station the people changed here since the list was shared.

    What a station's journal then carries to every other station: late registrations and
    ticket codes imported on the organiser's file after the packages were made. Returns how
    many people were published (0 when nothing changed).
    """
    mine = this_station(store)
    row = store.conn.execute("SELECT MIN(created_at) FROM stations WHERE uid != ?", (mine.uid,)).fetchone()
    if row[0] is None:
        return 0
    shared = max(mine.created_at, row[0])
    changed = store.conn.execute(_UNSHARED, {"shared": shared}).fetchall()
    if not changed:
        return 0
    with store.transaction():
        for attendee_id, updated_at in changed:
            record_attendee_version(store, attendee_id, station=None, at=updated_at)
    return len(changed)


def record_session_version(store: Store, session_id: int, *, station: str | None, at: str | None = None) -> str:
    """Snapshot a session (with its access list, by attendee uid) as a version of ``station``."""
    row = store.conn.execute("SELECT * FROM sessions WHERE id = ?", (session_id,)).fetchone()
    data = {f: row[f] for f in SESSION_FIELDS}
    data["access"] = sorted(r[0] for r in store.conn.execute(
        "SELECT a.uid FROM session_access x JOIN attendees a ON a.id = x.attendee_id WHERE x.session_id = ?",
        (session_id,)))
    key = _record(store, "session", row["uid"], data, station, at)
    store.conn.execute("UPDATE sessions SET version = ? WHERE id = ?", (key, session_id))
    return key


def _record(store: Store, kind: str, target_uid: str, data: dict, station: str | None, at: str | None,
            attendee_id: int | None = None) -> str:
    at = at or utc_now()
    st, seq = stamp(store, station)
    store.conn.execute(
        "INSERT INTO versions (uid, station_uid, seq, at, kind, target_uid, data) VALUES (?,?,?,?,?,?,?)",
        (uuid.uuid4().hex, st.uid, seq, at, kind, target_uid, json.dumps(data, ensure_ascii=False,
                                                                          sort_keys=True)),
    )
    key = version_key(at, st.uid, seq)
    if attendee_id is not None:
        store.conn.execute("UPDATE attendees SET version = ? WHERE id = ?", (key, attendee_id))
    return key


def versions_of(store: Store, kind: str, target_uid: str) -> list[sqlite3.Row]:
    """Every version of one attendee or session, oldest key first."""
    return store.conn.execute(
        "SELECT * FROM versions WHERE kind = ? AND target_uid = ? ORDER BY at, station_uid, seq",
        (kind, target_uid),
    ).fetchall()
