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
from dataclasses import dataclass, field
from typing import Iterable, Iterator

from checkin.store.attendees import attendee_search_key
from checkin.store.db import Store, utc_now
from checkin.store.stations import get_station, remember_station
from checkin.store.versions import ATTENDEE_FIELDS, SESSION_FIELDS, version_key
from checkin.sync.journal import JournalRow

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


class _Maps:
    """uid -> local id lookups, loaded once per merge and kept current as rows are applied."""

    def __init__(self, store: Store):
        conn = store.conn
        self.attendee = {u: i for i, u in conn.execute("SELECT id, uid FROM attendees")}
        self.code = {c: (i, u) for i, u, c in conn.execute("SELECT id, uid, code FROM attendees WHERE code IS NOT NULL")}
        self.session = {u: i for i, u in conn.execute("SELECT id, uid FROM sessions")}


def apply_rows(store: Store, station_uid: str, station_name: str, rows: Iterable[JournalRow], *,
               written_at: str = "", file: str = "") -> MergeCounts:
    """Merge one station's journal rows into this file, in one transaction.

    Foreign keys are not enforced while merging: an undo may arrive before the
    check-in it takes back (they are linked by id whenever both are here).
    """
    counts = MergeCounts()
    conn = store.conn
    conn.execute("PRAGMA foreign_keys = OFF")
    try:
        with store.transaction():
            station = remember_station(store, station_uid, station_name)
            maps = _Maps(store)
            batches: dict[str, list[tuple]] = {k: [] for k in ("checkin", "undo", "revocation", "print")}
            last = 0
            for row in rows:
                last = max(last, row.seq)
                if row.kind in ("attendee", "session"):
                    if _apply_version(store, maps, station_uid, row):
                        counts.applied[row.kind] = counts.applied.get(row.kind, 0) + 1
                    else:
                        counts.already += 1
                else:
                    batches[row.kind].append(_fact(store, maps, station_uid, row))
            for kind, sql in _FACT_SQL.items():
                if batches[kind]:
                    before = conn.total_changes
                    conn.executemany(sql, batches[kind])
                    new = conn.total_changes - before
                    counts.applied[kind] = counts.applied.get(kind, 0) + new
                    counts.already += len(batches[kind]) - new
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


_FACT_SQL = {
    "checkin": "INSERT OR IGNORE INTO checkins (id, attendee_id, attendee_uid, code, session_id, direction, at,"
               " station, method, station_uid, seq) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
    "undo": "INSERT OR IGNORE INTO checkin_undos (id, checkin_id, at, station, reason, station_uid, seq)"
            " VALUES (?,?,?,?,?,?,?)",
    "revocation": "INSERT OR IGNORE INTO revocations (uid, code, attendee_id, attendee_uid, at, station,"
                  " station_uid, seq, reason) VALUES (?,?,?,?,?,?,?,?,?)",
    "print": "INSERT OR IGNORE INTO badge_prints (uid, attendee_id, attendee_uid, code, at, station, output,"
             " station_uid, seq) VALUES (?,?,?,?,?,?,?,?,?)",
}


def _person(maps: _Maps, attendee_uid: str, code: str) -> tuple[int | None, str | None]:
    """(local attendee id, attendee uid) of a row: by uid, else by the badge code it carries."""
    if attendee_uid:
        return maps.attendee.get(attendee_uid), attendee_uid
    if code and code in maps.code:
        return maps.code[code]
    return None, None


def _fact(store: Store, maps: _Maps, station_uid: str, r: JournalRow) -> tuple:
    if r.kind == "checkin":
        attendee_id, attendee_uid = _person(maps, r.attendee, r.code)
        session_id = _session_id(store, maps, r.session) if r.session else None
        return (r.id, attendee_id, attendee_uid, r.code or None, session_id, r.direction, r.at, r.station_name,
                r.method, station_uid, r.seq)
    if r.kind == "undo":
        return (r.id, r.ref, r.at, r.station_name, r.text, station_uid, r.seq)
    attendee_id, attendee_uid = _person(maps, r.attendee, "")
    if r.kind == "revocation":
        return (r.id, r.code, attendee_id, attendee_uid, r.at, r.station_name, station_uid, r.seq, r.text)
    return (r.id, attendee_id, attendee_uid, r.code, r.at, r.station_name, r.text, station_uid, r.seq)


def _session_id(store: Store, maps: _Maps, uid: str) -> int:
    """The local id of a session, holding its place with a stand-in until the session itself arrives."""
    if uid not in maps.session:
        cur = store.conn.execute(
            "INSERT INTO sessions (uid, title, version) VALUES (?, ?, '')", (uid, f"Session {uid[:8]}")
        )
        maps.session[uid] = cur.lastrowid
    return maps.session[uid]


def _apply_version(store: Store, maps: _Maps, station_uid: str, r: JournalRow) -> bool:
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
        _apply_attendee(store, maps, target, data, key, r.at)
    else:
        _apply_session(store, maps, target, data, key)
    return True


def _apply_attendee(store: Store, maps: _Maps, uid: str, data: dict, key: str, at: str) -> None:
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
    values["code"] = _code_for(store, uid, values["code"])
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
        if row["code"] and row["code"] != values["code"]:
            maps.code.pop(row["code"], None)
    maps.attendee[uid] = attendee_id
    if values["code"]:
        maps.code[values["code"]] = (attendee_id, uid)
    _link(store, attendee_id, uid, values["code"])


def _claim(store: Store, uid: str, code: str) -> str:
    """How early an attendee claimed a code: its first version carrying it ('' = imported with it)."""
    row = store.conn.execute(
        "SELECT MIN(at || '|' || station_uid || '|' || printf('%012d', seq)) FROM versions"
        " WHERE kind = 'attendee' AND target_uid = ? AND json_extract(data, '$.code') = ?", (uid, code),
    ).fetchone()
    return row[0] or ""


def _code_for(store: Store, uid: str, code: str | None) -> str | None:
    """The code an attendee may hold: a code claimed earlier by another attendee stays theirs."""
    if not code:
        return None
    holder = store.conn.execute("SELECT id, uid FROM attendees WHERE code = ?", (code,)).fetchone()
    if holder is None or holder["uid"] == uid:
        return code
    if _claim(store, uid, code) < _claim(store, holder["uid"], code):
        store.conn.execute("UPDATE attendees SET code = NULL WHERE id = ?", (holder["id"],))
        return code
    return None


def _link(store: Store, attendee_id: int, uid: str, code: str | None) -> None:
    """Attach rows that arrived before their attendee (by uid, or a code-only admission by badge code)."""
    conn = store.conn
    conn.execute("UPDATE checkins SET attendee_id = ? WHERE attendee_uid = ? AND attendee_id IS NULL",
                 (attendee_id, uid))
    conn.execute("UPDATE badge_prints SET attendee_id = ? WHERE attendee_uid = ? AND attendee_id IS NULL",
                 (attendee_id, uid))
    conn.execute("UPDATE revocations SET attendee_id = ? WHERE attendee_uid = ? AND attendee_id IS NULL",
                 (attendee_id, uid))
    if code:
        conn.execute("UPDATE checkins SET attendee_id = ?, attendee_uid = ? WHERE code = ? AND attendee_uid IS NULL",
                     (attendee_id, uid, code))


def _apply_session(store: Store, maps: _Maps, uid: str, data: dict, key: str) -> None:
    conn = store.conn
    row = conn.execute("SELECT id, version FROM sessions WHERE uid = ?", (uid,)).fetchone()
    if row is not None and row["version"] >= key:
        return
    values = {f: data.get(f) for f in SESSION_FIELDS}
    values["restricted"] = int(bool(values["restricted"]))
    values["version"] = key
    if row is None:
        cur = conn.execute(f"INSERT INTO sessions (uid, {', '.join(values)}) VALUES (?, {', '.join('?' * len(values))})",
                           (uid, *values.values()))
        session_id = cur.lastrowid
        maps.session[uid] = session_id
    else:
        session_id = row["id"]
        conn.execute(f"UPDATE sessions SET {', '.join(f'{k} = ?' for k in values)} WHERE id = ?",
                     (*values.values(), session_id))
    conn.execute("DELETE FROM session_access WHERE session_id = ?", (session_id,))
    conn.executemany("INSERT OR IGNORE INTO session_access (session_id, attendee_id) VALUES (?, ?)",
                     [(session_id, maps.attendee[a]) for a in data.get("access", []) if a in maps.attendee])


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
