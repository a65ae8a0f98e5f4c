"""The check-in log (append-only), undos and the scan log."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Iterable, Iterator

from checkin.store import presence
from checkin.store.db import Store, StoreError, field_names, utc_now
from checkin.store.ids import new_id
from checkin.store.stations import find_station, recording_station, stamp

METHODS = ("camera", "scanner", "manual")


@dataclass(frozen=True)
class CheckinRecord:
    id: str
    attendee_id: int | None
    attendee_uid: str | None
    code: str | None
    session_id: int | None
    direction: str
    at: str
    station: str
    method: str
    station_uid: str
    seq: int

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> "CheckinRecord":
        return cls(**{name: row[name] for name in field_names(cls)})


#: Newest first, ties broken by station and sequence (never by a local rowid).
NEWEST_FIRST = "at DESC, station_uid DESC, seq DESC"


def record_checkin(
    store: Store,
    *,
    attendee_id: int | None,
    attendee_uid: str | None,
    code: str | None,
    session_id: int | None,
    station: str,
    method: str,
    direction: str = "in",
    at: str | None = None,
    checkin_id: str | None = None,
) -> CheckinRecord:
    """Append one check-in under ``station`` (a name of this file's stations); committed on return."""
    if method not in METHODS:
        raise ValueError(f"method must be one of {METHODS}")
    if direction not in ("in", "out"):
        raise ValueError("direction must be 'in' or 'out'")
    with store.transaction() as c:
        st, seq = stamp(store, station)
        record = CheckinRecord(
            id=checkin_id or new_id(), attendee_id=attendee_id, attendee_uid=attendee_uid, code=code,
            session_id=session_id, direction=direction, at=at or utc_now(), station=st.name, method=method,
            station_uid=st.uid, seq=seq,
        )
        c.execute(
            "INSERT INTO checkins (id, attendee_id, attendee_uid, code, session_id, direction, at, station,"
            " method, station_uid, seq) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (record.id, attendee_id, attendee_uid, code, session_id, direction, record.at, st.name, method,
             st.uid, seq),
        )
    return record


def bulk_record_checkins(store: Store, records: Iterable[dict], *, batch: int = 50_000) -> int:
    """Append many check-ins (benchmarks, bulk loads), ``batch`` rows per transaction.

    Each dict holds the fields of :func:`record_checkin` (``checkin_id`` optional);
    each station is stamped once a batch, and its sequence numbers run on from the first
    one it took. The presence table follows through its triggers, as for one check-in.
    """
    sql = ("INSERT INTO checkins (id, attendee_id, attendee_uid, code, session_id, direction, at, station,"
           " method, station_uid, seq) VALUES (?,?,?,?,?,?,?,?,?,?,?)")
    total = 0
    for chunk in _batches(records, batch):
        counts: dict[str, int] = {}
        for r in chunk:
            counts[r["station"]] = counts.get(r["station"], 0) + 1
            if r["method"] not in METHODS or r.get("direction", "in") not in ("in", "out"):
                raise ValueError(f"bad method or direction: {r}")
        with store.transaction() as c:
            stamped = {name: stamp(store, name) for name in counts}  # each station and its first number
            seqs = {name: seq for name, (_station, seq) in stamped.items()}
            rows = []
            for r in chunk:
                st = stamped[r["station"]][0]
                rows.append((r.get("checkin_id") or new_id(), r.get("attendee_id"), r.get("attendee_uid"),
                             r.get("code"), r.get("session_id"), r.get("direction", "in"), r["at"], st.name,
                             r["method"], st.uid, seqs[r["station"]]))
                seqs[r["station"]] += 1
            c.executemany(sql, rows)
        total += len(chunk)
    return total


def checkins_about(store: Store) -> int:
    """About how many check-ins the file holds, at once (the highest rowid: rows are never deleted
    but by a purge)."""
    return store.conn.execute("SELECT MAX(rowid) FROM checkins").fetchone()[0] or 0


def _batches(items: Iterable, size: int) -> Iterator[list]:
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _checkpoint_clause(session_id: int | None) -> tuple[str, tuple]:
    if session_id is None:
        return "session_id IS NULL", ()
    return "session_id = ?", (session_id,)


def checked_in_ids(store: Store, session_id: int | None = None) -> set[int]:
    """Attendees whose latest valid movement at the checkpoint is 'in' (from the presence table)."""
    return presence.inside_attendee_ids(store, session_id)


def present_count(store: Store, session_id: int | None = None) -> int:
    return len(checked_in_ids(store, session_id))


def get_checkin(store: Store, checkin_id: str) -> CheckinRecord:
    row = store.conn.execute("SELECT * FROM checkins WHERE id = ?", (checkin_id,)).fetchone()
    if row is None:
        raise StoreError(f"no check-in {checkin_id}")
    return CheckinRecord.from_row(row)


def undo_of(store: Store, checkin_id: str) -> sqlite3.Row | None:
    """The undo row of a check-in (the earliest, if two stations undid it), or None when it counts."""
    return store.conn.execute(
        "SELECT * FROM checkin_undos WHERE checkin_id = ? ORDER BY at, station_uid, seq LIMIT 1", (checkin_id,)
    ).fetchone()


def is_undone(store: Store, checkin_id: str) -> bool:
    return undo_of(store, checkin_id) is not None


def recent_checkins(store: Store, *, station: str | None = None, since: str | None = None,
                    limit: int = 20) -> list[CheckinRecord]:
    """The newest check-ins, not undone, optionally of one station (by name) and after a time.

    For scripts and tests: without a station it reads the whole log (no index on time since
    ``db/0066``), a fraction of a second at a million check-ins.
    """
    sql = "SELECT * FROM live_checkins WHERE 1"
    params: list = []
    if station is not None:
        found = find_station(store, station)
        sql += " AND station_uid = ?"
        params.append(found.uid if found else "")
    if since is not None:
        sql += " AND at >= ?"
        params.append(since)
    sql += f" ORDER BY {NEWEST_FIRST} LIMIT ?"
    params.append(limit)
    return [CheckinRecord.from_row(r) for r in store.conn.execute(sql, params)]


def undo_checkin(store: Store, checkin_id: str, *, station: str, reason: str = "",
                 at: str | None = None) -> str:
    """Undo a check-in by appending an undo record under ``station``; nothing is changed or deleted."""
    get_checkin(store, checkin_id)
    undo_id = new_id()
    with store.transaction() as c:
        if is_undone(store, checkin_id):
            raise StoreError("that check-in was already undone")
        st, seq = stamp(store, station)
        c.execute(
            "INSERT INTO checkin_undos (id, checkin_id, at, station, reason, station_uid, seq)"
            " VALUES (?,?,?,?,?,?,?)",
            (undo_id, checkin_id, at or utc_now(), st.name, reason, st.uid, seq),
        )
    return undo_id


def log_scan(
    store: Store,
    *,
    raw_code: str,
    status: str,
    station: str,
    method: str,
    session_id: int | None = None,
    attendee_id: int | None = None,
    checkin_id: str | None = None,
    message: str = "",
    at: str | None = None,
) -> None:
    """Record one scan attempt (failed ones too). The scan log stays on this laptop (not journaled)."""
    with store.transaction() as c:
        st = recording_station(store, station)
        c.execute(
            "INSERT INTO scan_log (at, station, session_id, method, raw_code, status, attendee_id, checkin_id,"
            " message, station_uid) VALUES (?,?,?,?,?,?,?,?,?,?)",
            (at or utc_now(), st.name, session_id, method, raw_code, status, attendee_id, checkin_id, message,
             st.uid),
        )


# -- what the scan decision needs to know -------------------------------------------------


@dataclass(frozen=True)
class Checkpoint:
    """Where a scan happens: the event entrance (``session_id`` None) or one session."""

    session_id: int | None
    title: str
    capacity: int | None
    restricted: bool
    starts_at: str | None = None
    ends_at: str | None = None
    admit_minutes_before: int | None = None  # None: no admission window
    entry_after_exit: bool = True
    multiple_entries: bool = False


ENTRANCE = Checkpoint(None, "Entrance", None, False)


def get_checkpoint(store: Store, session_id: int | None) -> Checkpoint:
    """The entrance, or the session with that id (a clear error when there is none)."""
    if session_id is None:
        return ENTRANCE
    row = store.conn.execute(
        "SELECT id, title, capacity, restricted, starts_at, ends_at, admit_minutes_before, entry_after_exit,"
        " multiple_entries FROM sessions WHERE id = ?", (session_id,)
    ).fetchone()
    if row is None:
        raise StoreError(f"no session with id {session_id}")
    return Checkpoint(row["id"], row["title"], row["capacity"], bool(row["restricted"]), row["starts_at"],
                      row["ends_at"], row["admit_minutes_before"], bool(row["entry_after_exit"]),
                      bool(row["multiple_entries"]))


def has_session_access(store: Store, session_id: int, attendee_id: int) -> bool:
    """Whether an attendee is on a (restricted) session's list."""
    row = store.conn.execute(
        "SELECT 1 FROM session_access WHERE session_id = ? AND attendee_id = ?", (session_id, attendee_id)
    ).fetchone()
    return row is not None


@dataclass(frozen=True)
class Movement:
    """A person's latest valid movement at a checkpoint, as the presence table holds it."""

    checkin_id: str
    direction: str
    at: str


def latest_move(
    store: Store, *, session_id: int | None, attendee_id: int | None, code: str | None
) -> Movement | None:
    """The latest not-undone in/out movement at a checkpoint of the attendee OR of the badge code.

    Matching either catches a badge admitted as "unknown" (code only) at this
    station before its attendee arrived here by merge, and the same person
    checked in by hand (attendee only). Read from the presence table alone (its rows
    hold each person's latest valid movement per checkpoint): two primary-key probes,
    however long the person's history. A scan needs no more; :func:`latest_movement`
    gives the whole check-in.
    """
    whos = []
    if attendee_id is not None:
        whos.append(presence.person_key(attendee_id, None))
    if code:
        whos.append(presence.person_key(None, code))
    if not whos:
        raise ValueError("give attendee_id or code")
    row = store.conn.execute(
        f"SELECT checkin_id, direction, at FROM presence WHERE checkpoint = ? AND who IN ({','.join('?' * len(whos))})"
        " ORDER BY at DESC, station_uid DESC, seq DESC LIMIT 1",
        (presence.checkpoint_key(session_id), *whos),
    ).fetchone()
    return Movement(*row) if row else None


def latest_movement(
    store: Store, *, session_id: int | None, attendee_id: int | None, code: str | None
) -> CheckinRecord | None:
    """The check-in of :func:`latest_move` (the person's latest valid movement at a checkpoint), or None."""
    move = latest_move(store, session_id=session_id, attendee_id=attendee_id, code=code)
    return get_checkin(store, move.checkin_id) if move else None


def occupancy(store: Store, session_id: int | None = None) -> int:
    """How many people are in at a checkpoint, counting code-only ("unknown") admissions too.

    Read from the presence table: an index range of the people inside, whatever the history.
    """
    return presence.inside_count(store, session_id)


def last_station_checkin(store: Store, station: str | None) -> CheckinRecord | None:
    """The last not-undone check-in this file's station ``station`` made (what "undo" takes back).

    Only the station's own records, by uuid: a station of another laptop with the same
    name, or any other station, is never touched.
    """
    uid = recording_station(store, station).uid
    row = store.conn.execute(
        "SELECT * FROM live_checkins WHERE station_uid = ? ORDER BY seq DESC LIMIT 1", (uid,),
    ).fetchone()
    return CheckinRecord.from_row(row) if row else None


def get_undo(store: Store, undo_id: str) -> sqlite3.Row | None:
    """One row of checkin_undos (id, checkin_id, at, station, reason)."""
    return store.conn.execute("SELECT * FROM checkin_undos WHERE id = ?", (undo_id,)).fetchone()


def inside_since(store: Store, attendee_ids: list[int], session_id: int | None = None) -> dict[int, str]:
    """``{attendee_id: time of their latest entry}`` for those of ``attendee_ids`` who are in now.

    "In" means their latest movement at the checkpoint that was not undone is an entry.
    """
    ids = [int(i) for i in attendee_ids]
    if not ids:
        return {}
    where, params = _checkpoint_clause(session_id)
    marks = ",".join("?" * len(ids))
    rows = store.conn.execute(
        f"""
        SELECT attendee_id, direction, at FROM (
            SELECT c.attendee_id, c.direction, c.at,
                   ROW_NUMBER() OVER (PARTITION BY c.attendee_id ORDER BY {NEWEST_FIRST}) AS n
            FROM live_checkins c
            WHERE c.attendee_id IN ({marks}) AND c.{where}
        ) WHERE n = 1 AND direction = 'in'
        """,
        (*ids, *params),
    )
    return {r["attendee_id"]: r["at"] for r in rows}


def arrival_twin(store: Store, record: CheckinRecord) -> CheckinRecord | None:
    """The entrance check-in recorded together with a session entry (same person, station and moment).

    A session entry of someone who never passed the entrance also records their arrival at
    the event (``checkin.decision``); undoing the entry takes that arrival back with it.
    """
    if record.session_id is None or record.direction != "in":
        return None
    if record.attendee_id is not None:  # the person's own movements (checkins_attendee), not the station's
        who, params = "attendee_id = ? AND session_id IS NULL AND at = ?", (record.attendee_id, record.at)
    else:  # a code-only admission (checkins_code), or a hand check-in of nobody known
        who, params = "attendee_id IS NULL AND code IS ? AND session_id IS NULL AND at = ?", (record.code, record.at)
    row = store.conn.execute(
        f"SELECT * FROM live_checkins WHERE {who} AND direction = 'in' AND +station_uid = ? AND code IS ? LIMIT 1",
        (*params, record.station_uid, record.code),
    ).fetchone()
    return CheckinRecord.from_row(row) if row else None
