"""Badge codes in the event file: revocation, reissue, and the print log."""

from __future__ import annotations

import sqlite3
import uuid
from dataclasses import dataclass

from checkin.codes import issue_code, normalise
from checkin.store.attendees import Attendee, get_attendee
from checkin.store.db import Store, StoreError, field_names, utc_now
from checkin.store.event import get_event
from checkin.store.stations import stamp
from checkin.store.versions import record_attendee_version


@dataclass(frozen=True)
class Revocation:
    code: str
    attendee_id: int | None
    at: str
    station: str
    reason: str

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> "Revocation":
        return cls(**{name: row[name] for name in field_names(cls)})


#: The revocation of a code that counts: the earliest, by (time, station, sequence).
_FIRST_REVOCATION = (
    "SELECT code, attendee_id, at, station, reason FROM revocations WHERE code = ?"
    " ORDER BY at, station_uid, seq LIMIT 1"
)


def _insert_revocation(store: Store, code: str, attendee_id: int | None, at: str, station: str | None,
                       reason: str) -> None:
    st, seq = stamp(store, station)
    uid_row = store.conn.execute("SELECT uid FROM attendees WHERE id = ?", (attendee_id,)).fetchone()
    store.conn.execute(
        "INSERT INTO revocations (uid, code, attendee_id, attendee_uid, at, station, station_uid, seq, reason)"
        " VALUES (?,?,?,?,?,?,?,?,?)",
        (uuid.uuid4().hex, code, attendee_id, uid_row[0] if uid_row else None, at, st.name, st.uid, seq, reason),
    )


@dataclass(frozen=True)
class BadgePrint:
    id: int
    attendee_id: int
    code: str
    at: str
    station: str
    output: str

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> "BadgePrint":
        return cls(**{name: row[name] for name in field_names(cls)})


def revoke_code(store: Store, code: str, *, reason: str, station: str, at: str | None = None) -> Revocation:
    """Refuse ``code`` from now on at this station (a lost or replaced badge).

    The attendee holding it keeps the code in their row until a new one is
    issued (see ``reissue_badge``); revoking twice keeps the first reason.
    """
    code = normalise(code)
    reason = (reason or "").strip()
    if not code:
        raise StoreError("no badge code to revoke")
    if not reason:
        raise StoreError("say why the badge is revoked (lost, replaced, ...)")
    row = store.conn.execute("SELECT id FROM attendees WHERE code = ?", (code,)).fetchone()
    attendee_id = row["id"] if row else None
    if attendee_id is None:  # a code reissued earlier still names its former holder
        old = get_revocation(store, code)
        attendee_id = old.attendee_id if old else None
    with store.transaction():
        if get_revocation(store, code) is None:
            _insert_revocation(store, code, attendee_id, at or utc_now(), station, reason)
    return get_revocation(store, code)  # type: ignore[return-value]


def get_revocation(store: Store, code: str) -> Revocation | None:
    """The revocation record of a code, or None when it is not revoked."""
    row = store.conn.execute(_FIRST_REVOCATION, (normalise(code),)).fetchone()
    return Revocation.from_row(row) if row else None


def is_revoked(store: Store, code: str) -> tuple[bool, str]:
    """``(True, reason)`` when the code was revoked at this station (or merged in), else ``(False, "")``."""
    found = get_revocation(store, code)
    return (True, found.reason) if found else (False, "")


def revocations_for(store: Store, attendee_id: int) -> list[Revocation]:
    """Every code an attendee held and lost, oldest first (one line per code)."""
    rows = store.conn.execute(
        "SELECT code, attendee_id, MIN(at) AS at, station, reason FROM revocations WHERE attendee_id = ?"
        " GROUP BY code ORDER BY at, code", (attendee_id,)
    )
    return [Revocation.from_row(r) for r in rows]


def reissue_badge(store: Store, attendee_id: int, *, reason: str, station: str | None) -> Attendee:
    """Give an attendee a new badge code and revoke the old one, in one transaction."""
    attendee = get_attendee(store, attendee_id)
    reason = (reason or "").strip()
    if not reason:
        raise StoreError("say why the badge is reissued (lost, replaced, ...)")
    keys = get_event(store).keys
    now = utc_now()
    with store.transaction() as c:
        if attendee.code and get_revocation(store, attendee.code) is None:
            _insert_revocation(store, attendee.code, attendee.id, now, station, reason)
        for _attempt in range(5):
            new_code = issue_code(keys)
            if c.execute("SELECT 1 FROM revocations WHERE code = ?", (new_code,)).fetchone():
                continue
            try:
                c.execute("UPDATE attendees SET code = ?, updated_at = ? WHERE id = ?",
                          (new_code, now, attendee.id))
                break
            except sqlite3.IntegrityError:
                continue
        else:  # pragma: no cover - 30 random bits colliding five times in a row
            raise StoreError("could not issue a unique badge code")
        record_attendee_version(store, attendee.id, station=station, at=now)
    return get_attendee(store, attendee.id)


def record_print(store: Store, attendee_id: int, code: str, *, station: str, output: str,
                 at: str | None = None) -> BadgePrint:
    """Log that a badge with ``code`` was printed (``output``: e.g. ``pdf:a4-sheet``, ``png:a6``)."""
    with store.transaction() as c:
        st, seq = stamp(store, station)
        cur = c.execute(
            "INSERT INTO badge_prints (attendee_id, code, at, station, output, uid, station_uid, seq,"
            " attendee_uid) VALUES (?,?,?,?,?,?,?,?,(SELECT uid FROM attendees WHERE id = ?))",
            (attendee_id, code, at or utc_now(), st.name, output, uuid.uuid4().hex, st.uid, seq, attendee_id),
        )
    row = store.conn.execute("SELECT * FROM badge_prints WHERE id = ?", (cur.lastrowid,)).fetchone()
    return BadgePrint.from_row(row)


def prints_for(store: Store, attendee_id: int) -> list[BadgePrint]:
    """Every print of an attendee's badges, oldest first."""
    rows = store.conn.execute(
        "SELECT * FROM badge_prints WHERE attendee_id = ? ORDER BY at, station_uid, seq", (attendee_id,)
    )
    return [BadgePrint.from_row(r) for r in rows]


def last_print(store: Store, attendee_id: int) -> BadgePrint | None:
    """The latest print of an attendee's badge, or None when never printed."""
    row = store.conn.execute(
        "SELECT * FROM badge_prints WHERE attendee_id = ? ORDER BY at DESC, station_uid DESC, seq DESC LIMIT 1", (attendee_id,)
    ).fetchone()
    return BadgePrint.from_row(row) if row else None


def first_prints(store: Store, attendee_ids: list[int] | None = None) -> dict[int, str]:
    """``{attendee_id: time of first print}`` of the attendees whose *current* badge was printed.

    A badge reissued with a new code counts as not printed yet.
    """
    rows = store.conn.execute(
        "SELECT p.attendee_id, MIN(p.at) AS first FROM badge_prints p"
        " JOIN attendees a ON a.id = p.attendee_id AND a.code = p.code GROUP BY p.attendee_id"
    )
    wanted = None if attendee_ids is None else set(attendee_ids)
    return {r["attendee_id"]: r["first"] for r in rows if wanted is None or r["attendee_id"] in wanted}


def attendees_for_badges(store: Store, *, attendee_ids: list[int] | None = None,
                         categories: list[str] | None = None,
                         include_cancelled: bool = False) -> list[Attendee]:
    """The attendees whose badges to print: given ids (in that order) or everyone, by name.

    ``categories`` keeps those whose category matches one of them (case-insensitive).
    Unknown ids are an error; cancelled attendees are left out unless asked for.
    """
    if attendee_ids:
        people = [get_attendee(store, i) for i in dict.fromkeys(attendee_ids)]
    else:
        rows = store.conn.execute("SELECT * FROM attendees ORDER BY full_name COLLATE NOCASE, id")
        people = [Attendee.from_row(r) for r in rows]
    if categories:
        wanted = {c.strip().casefold() for c in categories}
        people = [p for p in people if p.category.casefold() in wanted]
    if not include_cancelled:
        people = [p for p in people if p.status != "cancelled"]
    return people


def ensure_code(store: Store, attendee_id: int) -> Attendee:
    """The attendee, with a badge code issued now if they had none (e.g. imported without one)."""
    attendee = get_attendee(store, attendee_id)
    if attendee.code:
        return attendee
    keys = get_event(store).keys
    with store.transaction() as c:
        for _attempt in range(5):
            try:
                c.execute("UPDATE attendees SET code = ?, updated_at = ? WHERE id = ? AND code IS NULL",
                          (issue_code(keys), utc_now(), attendee_id))
                break
            except sqlite3.IntegrityError:
                continue
    return get_attendee(store, attendee_id)
