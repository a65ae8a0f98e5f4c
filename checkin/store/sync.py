"""Reading a station's own records as journal rows, and merging other stations' rows in.

Merging is idempotent and order-independent by construction:

* check-ins, undos, revocations and badge prints are facts with a global id
  ``(station_uid, seq)``: inserted once (``INSERT OR IGNORE``), never changed;
* walk-ins, attendee edits and session changes are versions applied
  last-writer-wins by ``(at, station_uid, seq)``, a total order;
* what a row refers to that has not arrived yet (a walk-in registered at a third
  desk) is linked by uid as soon as it arrives, whichever comes first;
* a badge code claimed by two walk-ins belongs to the earliest claim; the
  other is left without a code and reported as a conflict.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import NamedTuple

from checkin.store.attendees import attendee_search_key
from checkin.store.db import Store, utc_now
from checkin.store.stations import get_station, remember_station
from checkin.store.versions import ATTENDEE_FIELDS, SESSION_FIELDS, version_key


class JournalRow(NamedTuple):
    """One row of a journal: what one station did once (a tuple: thousands are read per second)."""

    seq: int
    kind: str
    id: str
    at: str
    station_name: str = ""
    attendee: str = ""
    code: str = ""
    session: str = ""
    direction: str = ""
    method: str = ""
    ref: str = ""
    text: str = ""
    data: str = ""

    def fields(self) -> list[str]:
        return [str(self.seq), *self[1:]]


_OWN_ROWS = """
SELECT c.seq, 'checkin' AS kind, c.id, c.at, c.station AS station_name, COALESCE(c.attendee_uid, '') AS attendee,
       COALESCE(c.code, '') AS code, COALESCE(s.uid, '') AS session, c.direction, c.method, '' AS ref,
       '' AS text, '' AS data
  FROM checkins c LEFT JOIN sessions s ON s.id = c.session_id WHERE c.station_uid = :st
UNION ALL
SELECT seq, 'undo', id, at, station, '', '', '', '', '', checkin_id, reason, '' FROM checkin_undos WHERE station_uid = :st
UNION ALL
SELECT seq, 'revocation', uid, at, station, COALESCE(attendee_uid, ''), code, '', '', '', '', reason, ''
  FROM revocations WHERE station_uid = :st
UNION ALL
SELECT seq, 'print', uid, at, station, COALESCE(attendee_uid, ''), code, '', '', '', '', output, ''
  FROM badge_prints WHERE station_uid = :st
UNION ALL
SELECT v.seq, v.kind, v.uid, v.at, COALESCE(st.name, ''), CASE v.kind WHEN 'attendee' THEN v.target_uid ELSE '' END,
       '', CASE v.kind WHEN 'session' THEN v.target_uid ELSE '' END, '', '', '', '', v.data
  FROM versions v LEFT JOIN stations st ON st.uid = v.station_uid WHERE v.station_uid = :st
ORDER BY 1
"""


def own_rows(store: Store, station_uid: str) -> Iterator[JournalRow]:
    """Every record a station made, in sequence: what its journal holds."""
    for r in store.conn.execute(_OWN_ROWS, {"st": station_uid}):
        yield JournalRow(r[0], *(v if v is not None else "" for v in tuple(r)[1:]))


def last_own_seq(store: Store, station_uid: str) -> int:
    """The sequence number of the newest record of a local station (0 when it made none)."""
    return get_station(store, station_uid).next_seq - 1


def merged_up_to(store: Store, station_uid: str) -> int:
    """How far a station's journal has been merged into this file."""
    row = store.conn.execute("SELECT last_seq FROM journal_progress WHERE station_uid = ?", (station_uid,)).fetchone()
    return row[0] if row else 0


@dataclass
class MergeCounts:
    """What one journal brought: rows applied (new here) and rows already present."""

    applied: dict[str, int] = field(default_factory=dict)
    already: int = 0

    @property
    def total_applied(self) -> int:
        return sum(self.applied.values())


def apply_rows(store: Store, station_uid: str, station_name: str, rows: Iterable[JournalRow], *,
               written_at: str = "", file: str = "") -> MergeCounts:
    """Merge one station's journal rows into this file, in one transaction.

    Versions (walk-ins, edits) are applied first, one by one; facts (check-ins,
    undos, revocations, prints) then go in with one INSERT … SELECT each from a
    temporary table, their uids turned into local ids by SQL joins. Foreign keys
    are not enforced while merging: an undo may arrive before the check-in it
    takes back (they are linked by id whenever both are here).
    """
    counts = MergeCounts()
    conn = store.conn
    conn.execute("PRAGMA foreign_keys = OFF")
    try:
        with store.transaction():
            station = remember_station(store, station_uid, station_name)
            conn.execute(_STAGE_TABLE)
            conn.execute("DELETE FROM temp.journal_in")
            rows = list(rows)
            last = max((r.seq for r in rows[-1:]), default=0)  # rows come in sequence
            for row in (r for r in rows if r[1] in _VERSION_KINDS):
                if _apply_version(store, station_uid, row):
                    counts.applied[row.kind] = counts.applied.get(row.kind, 0) + 1
                else:
                    counts.already += 1
            facts = [r[:12] for r in rows if r[1] not in _VERSION_KINDS]
            if facts:
                conn.executemany("INSERT INTO temp.journal_in VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", facts)
                conn.execute(_PLACEHOLDER_SESSIONS)
                for kind, sql in _FACT_SQL.items():
                    # rowcount: rows this INSERT added, not those its triggers touched (presence)
                    counts.applied[kind] = max(conn.execute(sql, {"st": station_uid}).rowcount, 0)
                counts.applied = {k: n for k, n in counts.applied.items() if n}
                counts.already += len(facts) - sum(counts.applied.get(k, 0) for k in _FACT_SQL)
                conn.execute("DELETE FROM temp.journal_in")
            if last:
                conn.execute(
                    "INSERT INTO journal_progress (station_uid, last_seq, merged_at, written_at, file)"
                    " VALUES (?,?,?,?,?) ON CONFLICT (station_uid) DO UPDATE SET"
                    " last_seq = MAX(last_seq, excluded.last_seq), merged_at = excluded.merged_at,"
                    " written_at = excluded.written_at, file = excluded.file",
                    (station_uid, last, utc_now(), written_at, file),
                )
                if station.local:  # this station's own journal (a restored laptop): never reuse a number
                    conn.execute("UPDATE stations SET next_seq = MAX(next_seq, ?) WHERE uid = ?", (last + 1, station_uid))
    finally:
        conn.execute("PRAGMA foreign_keys = ON")
    return counts


_VERSION_KINDS = frozenset(("attendee", "session"))

_STAGE_TABLE = (
    "CREATE TEMP TABLE IF NOT EXISTS journal_in (seq INTEGER, kind TEXT, id TEXT, at TEXT, station_name TEXT,"
    " attendee TEXT, code TEXT, session TEXT, direction TEXT, method TEXT, ref TEXT, text TEXT)"
)

# A session named by a check-in but not here yet holds its place until its own row arrives.
_PLACEHOLDER_SESSIONS = (
    "INSERT INTO sessions (uid, title, version) SELECT DISTINCT i.session, 'Session ' || substr(i.session, 1, 8), ''"
    " FROM temp.journal_in i WHERE i.session != '' AND NOT EXISTS (SELECT 1 FROM sessions s WHERE s.uid = i.session)"
)

# The attendee of a row: by uid; a code-only admission (a badge this station did not know) by its code.
_WHO = (
    " LEFT JOIN attendees a ON a.uid = i.attendee"
    " LEFT JOIN attendees b ON i.attendee = '' AND i.code != '' AND b.code = i.code"
)

_FACT_SQL = {
    "checkin": "INSERT OR IGNORE INTO checkins (id, attendee_id, attendee_uid, code, session_id, direction, at,"
               " station, method, station_uid, seq)"
               " SELECT i.id, COALESCE(a.id, b.id), NULLIF(i.attendee, ''), NULLIF(i.code, ''),"
               " s.id, i.direction, i.at, i.station_name, i.method, :st, i.seq"
               f" FROM temp.journal_in i{_WHO} LEFT JOIN sessions s ON i.session != '' AND s.uid = i.session"
               " WHERE i.kind = 'checkin' ORDER BY i.seq",
    "undo": "INSERT OR IGNORE INTO checkin_undos (id, checkin_id, at, station, reason, station_uid, seq)"
            " SELECT i.id, i.ref, i.at, i.station_name, i.text, :st, i.seq FROM temp.journal_in i"
            " WHERE i.kind = 'undo' ORDER BY i.seq",
    "revocation": "INSERT OR IGNORE INTO revocations (uid, code, attendee_id, attendee_uid, at, station,"
                  " station_uid, seq, reason)"
                  " SELECT i.id, i.code, a.id, NULLIF(i.attendee, ''), i.at, i.station_name, :st, i.seq, i.text"
                  " FROM temp.journal_in i LEFT JOIN attendees a ON a.uid = i.attendee"
                  " WHERE i.kind = 'revocation' ORDER BY i.seq",
    "print": "INSERT OR IGNORE INTO badge_prints (uid, attendee_id, attendee_uid, code, at, station, output,"
             " station_uid, seq)"
             " SELECT i.id, a.id, NULLIF(i.attendee, ''), i.code, i.at, i.station_name, i.text, :st, i.seq"
             " FROM temp.journal_in i LEFT JOIN attendees a ON a.uid = i.attendee"
             " WHERE i.kind = 'print' ORDER BY i.seq",
}


def _apply_version(store: Store, station_uid: str, r: JournalRow) -> bool:
    """Store a version and apply it if it is the newest of its row; False when it was already here."""
    target = r.attendee if r.kind == "attendee" else r.session
    cur = store.conn.execute(
        "INSERT OR IGNORE INTO versions (uid, station_uid, seq, at, kind, target_uid, data) VALUES (?,?,?,?,?,?,?)",
        (r.id, station_uid, r.seq, r.at, r.kind, target, r.data),
    )
    if cur.rowcount == 0:
        return False
    data = json.loads(r.data)
    key = version_key(r.at, station_uid, r.seq)
    if r.kind == "attendee":
        _apply_attendee(store, target, data, key, r.at)
    else:
        _apply_session(store, target, data, key)
    return True


def _apply_attendee(store: Store, uid: str, data: dict, key: str, at: str) -> None:
    conn = store.conn
    row = conn.execute("SELECT id, version, code FROM attendees WHERE uid = ?", (uid,)).fetchone()
    if row is not None:
        conn.execute("UPDATE attendees SET created_at = MIN(created_at, ?) WHERE id = ?", (at, row["id"]))
        if row["version"] >= key:
            return
    values = {f: data.get(f) for f in ATTENDEE_FIELDS}
    for name in ("first_name", "last_name", "organisation", "category", "role", "email"):
        values[name] = values[name] or ""
    values["status"] = values["status"] or "registered"
    values["source"] = values["source"] or "walkin"
    wanted = values["code"]
    values["code"] = None  # given out below, once every claim on it is known
    values["search_key"] = attendee_search_key(values["full_name"], values["organisation"], values["email"],
                                               values["first_name"], values["last_name"])
    values["version"] = key
    values["updated_at"] = at
    if row is None:
        cols = ", ".join(values)
        cur = conn.execute(f"INSERT INTO attendees (uid, created_at, {cols}) VALUES (?, ?, {', '.join('?' * len(values))})",
                           (uid, at, *values.values()))
        attendee_id = cur.lastrowid
    else:
        attendee_id = row["id"]
        conn.execute(f"UPDATE attendees SET {', '.join(f'{k} = ?' for k in values)} WHERE id = ?",
                     (*values.values(), attendee_id))
    _link(store, attendee_id, uid)
    for code in {wanted, row["code"] if row is not None else None} - {None, ""}:
        _give_code(store, code)
    # Ticket codes (an e-mailed pretix or Eventbrite QR) only add up: a code someone holds stays theirs.
    conn.executemany("INSERT OR IGNORE INTO code_aliases (code, attendee_id, source) VALUES (?, ?, ?)",
                     [(t, attendee_id, values["source"]) for t in data.get("tickets") or () if t])


def _claim(store: Store, uid: str, code: str) -> str:
    """How early an attendee claimed a code: '' for the organiser's list, else its first version carrying it."""
    row = store.conn.execute(
        "SELECT CASE WHEN a.source = 'walkin' THEN (SELECT MIN(v.at || '|' || v.station_uid || '|' ||"
        " printf('%012d', v.seq)) FROM versions v WHERE v.kind = 'attendee' AND v.target_uid = a.uid"
        " AND json_extract(v.data, '$.code') = ?) ELSE '' END FROM attendees a WHERE a.uid = ?", (code, uid),
    ).fetchone()
    return (row[0] if row else None) or ""


def _wants(store: Store, uid: str) -> str | None:
    """The code an attendee should hold: its newest version's, else (never versioned) the one it has."""
    row = store.conn.execute(
        "SELECT json_extract(data, '$.code') FROM versions WHERE kind = 'attendee' AND target_uid = ?"
        " ORDER BY at DESC, station_uid DESC, seq DESC LIMIT 1", (uid,)).fetchone()
    if row is not None:
        return row[0]
    row = store.conn.execute("SELECT code FROM attendees WHERE uid = ?", (uid,)).fetchone()
    return row[0] if row else None


def _give_code(store: Store, code: str) -> None:
    """Give ``code`` to the attendee with the earliest claim among those who should hold it.

    Decided from the versions alone, never from the order they arrived in: a walk-in
    whose badge was reissued lets go of its old code, and two walk-ins that drew the
    same code leave it to the earlier registration (someone on the organiser's list
    always keeps theirs). Code-only admissions of the code follow its holder.
    """
    conn = store.conn
    candidates = {r[0] for r in conn.execute(
        "SELECT DISTINCT target_uid FROM versions WHERE kind = 'attendee' AND json_extract(data, '$.code') = ?"
        " UNION SELECT uid FROM attendees WHERE code = ?", (code, code))}
    wanting = [u for u in candidates if _wants(store, u) == code]
    winner = min(wanting, key=lambda u: (_claim(store, u, code), u)) if wanting else None
    conn.execute("UPDATE attendees SET code = NULL WHERE code = ? AND uid IS NOT ?", (code, winner))
    holder_id = None
    if winner is not None:
        conn.execute("UPDATE attendees SET code = ? WHERE uid = ?", (code, winner))
        holder_id = conn.execute("SELECT id FROM attendees WHERE uid = ?", (winner,)).fetchone()[0]
    conn.execute("UPDATE checkins SET attendee_id = ? WHERE code = ? AND attendee_uid IS NULL"
                 " AND attendee_id IS NOT ?", (holder_id, code, holder_id))


def _link(store: Store, attendee_id: int, uid: str) -> None:
    """Attach rows that arrived before their attendee (code-only admissions follow the code: _give_code)."""
    conn = store.conn
    conn.execute("UPDATE checkins SET attendee_id = ? WHERE attendee_uid = ? AND attendee_id IS NULL",
                 (attendee_id, uid))
    conn.execute("UPDATE badge_prints SET attendee_id = ? WHERE attendee_uid = ? AND attendee_id IS NULL",
                 (attendee_id, uid))
    conn.execute("UPDATE revocations SET attendee_id = ? WHERE attendee_uid = ? AND attendee_id IS NULL",
                 (attendee_id, uid))


def _apply_session(store: Store, uid: str, data: dict, key: str) -> None:
    conn = store.conn
    row = conn.execute("SELECT id, version FROM sessions WHERE uid = ?", (uid,)).fetchone()
    if row is not None and row["version"] >= key:
        return
    values = {f: data.get(f) for f in SESSION_FIELDS}
    values["restricted"] = int(bool(values["restricted"]))
    # re-entry rules (migration 0021): a version written without them keeps the defaults
    values["entry_after_exit"] = int(values["entry_after_exit"] is None or bool(values["entry_after_exit"]))
    values["multiple_entries"] = int(bool(values["multiple_entries"]))
    values["version"] = key
    if row is None:
        cur = conn.execute(f"INSERT INTO sessions (uid, {', '.join(values)}) VALUES (?, {', '.join('?' * len(values))})",
                           (uid, *values.values()))
        session_id = cur.lastrowid
    else:
        session_id = row["id"]
        conn.execute(f"UPDATE sessions SET {', '.join(f'{k} = ?' for k in values)} WHERE id = ?",
                     (*values.values(), session_id))
    conn.execute("DELETE FROM session_access WHERE session_id = ?", (session_id,))
    conn.executemany("INSERT OR IGNORE INTO session_access (session_id, attendee_id)"
                     " SELECT ?, id FROM attendees WHERE uid = ?", [(session_id, a) for a in data.get("access", [])])


_CANONICAL = {
    "attendees": "SELECT uid, external_id, first_name, last_name, full_name, organisation, category, role, email,"
                 " status, code, source, version, created_at FROM attendees ORDER BY uid",
    "sessions": "SELECT uid, external_id, title, room, starts_at, ends_at, capacity, restricted, version"
                " FROM sessions ORDER BY uid",
    "session_access": "SELECT s.uid, a.uid FROM session_access x JOIN sessions s ON s.id = x.session_id"
                      " JOIN attendees a ON a.id = x.attendee_id ORDER BY 1, 2",
    "checkins": "SELECT c.id, c.attendee_uid, a.uid, c.code, s.uid, c.direction, c.at, c.station, c.method,"
                " c.station_uid, c.seq FROM checkins c LEFT JOIN attendees a ON a.id = c.attendee_id"
                " LEFT JOIN sessions s ON s.id = c.session_id ORDER BY c.station_uid, c.seq",
    "live_checkins": "SELECT id FROM live_checkins ORDER BY id",
    "checkin_undos": "SELECT id, checkin_id, at, station, reason, station_uid, seq FROM checkin_undos"
                     " ORDER BY station_uid, seq",
    "revocations": "SELECT r.uid, r.code, r.attendee_uid, a.uid, r.at, r.station, r.station_uid, r.seq, r.reason"
                   " FROM revocations r LEFT JOIN attendees a ON a.id = r.attendee_id ORDER BY r.station_uid, r.seq",
    "badge_prints": "SELECT p.uid, p.attendee_uid, a.uid, p.code, p.at, p.station, p.output, p.station_uid, p.seq"
                    " FROM badge_prints p LEFT JOIN attendees a ON a.id = p.attendee_id ORDER BY p.station_uid, p.seq",
    "versions": "SELECT uid, station_uid, seq, at, kind, target_uid, data FROM versions ORDER BY station_uid, seq",
}


def canonical_state(store: Store) -> dict[str, list[tuple]]:
    """Everything merging decides, by global ids (local row numbers left out): equal files give equal states."""
    return {name: [tuple(r) for r in store.conn.execute(sql)] for name, sql in _CANONICAL.items()}
