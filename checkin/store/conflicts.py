"""The queries behind the merge conflicts an organiser reviews (rules: checkin/sync/conflicts.py)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

from checkin.store.db import Store, utc_now


def double_admissions(store: Store) -> Iterator[sqlite3.Row]:
    """Consecutive 'in' movements of one person at one checkpoint, by two different stations (a cursor).

    A person is the attendee, or the badge code of an admission nobody is linked to yet. The
    two kinds are read apart so that each one's movements come in (person, checkpoint, time)
    order from the attendee index (only ties in time are sorted), and the window carries
    each movement's rowid and its predecessor's, not their text: a million movements make a
    narrow window, and only the admissions that follow an admission are read in full.
    Ties in time are broken by (at, station_uid, seq). (Live check-ins are those of the view
    ``live_checkins``, written out here because a view has no rowid.)
    """
    moves = """
            SELECT c.rowid AS cur, c.direction, c.station_uid, LAG(c.rowid) OVER w AS prev
            FROM checkins c
            WHERE {who} AND NOT EXISTS (SELECT 1 FROM checkin_undos u WHERE u.checkin_id = c.id)
            WINDOW w AS (PARTITION BY {by}, c.session_id ORDER BY c.at, c.station_uid, c.seq)"""
    return store.conn.execute(
        f"""
        WITH m AS (
            {moves.format(who="c.attendee_id IS NOT NULL", by="c.attendee_id")}
            UNION ALL
            {moves.format(who="c.attendee_id IS NULL AND c.code IS NOT NULL", by="c.code")}
        )
        SELECT p.station AS station_a, p.at AS at_a, c.station AS station_b, c.at AS at_b,
               COALESCE(a.full_name, c.code, '') AS attendee, COALESCE(s.title, '') AS checkpoint
        FROM m JOIN checkins p ON p.rowid = m.prev JOIN checkins c ON c.rowid = m.cur
        LEFT JOIN attendees a ON a.id = c.attendee_id LEFT JOIN sessions s ON s.id = c.session_id
        WHERE m.direction = 'in' AND p.direction = 'in' AND p.station_uid != m.station_uid
        ORDER BY c.at, c.station_uid, c.seq
        """
    )


def checkins_after_undos(store: Store) -> list[sqlite3.Row]:
    """An undo at one station, then a valid check-in of the same person and checkpoint at another.

    Undos are few: each one looks its person up through the attendee index (or the
    badge-code index for a code-only admission), never by scanning every check-in.
    """
    return store.conn.execute(
        """
        WITH undone AS (
            SELECT u.station AS station_a, u.at AS at_a, u.station_uid, u.reason, c.attendee_id, c.code,
                   c.session_id
            FROM checkin_undos u JOIN checkins c ON c.id = u.checkin_id AND c.direction = 'in'
        ),
        later AS (
            SELECT d.*, l.station AS station_b, l.at AS at_b, l.attendee_id AS who, l.code AS who_code
            FROM undone d JOIN live_checkins l ON d.attendee_id IS NOT NULL AND l.attendee_id = d.attendee_id
                 AND l.session_id IS d.session_id AND l.at > d.at_a
            WHERE l.direction = 'in' AND l.station_uid != d.station_uid
            UNION ALL
            SELECT d.*, l.station, l.at, l.attendee_id, l.code
            FROM undone d JOIN live_checkins l ON d.attendee_id IS NULL AND l.code = d.code
                 AND l.attendee_id IS NULL AND l.session_id IS d.session_id AND l.at > d.at_a
            WHERE l.direction = 'in' AND l.station_uid != d.station_uid
        )
        SELECT x.station_a, x.at_a, x.station_b, x.at_b, COALESCE(a.full_name, x.who_code, '') AS attendee,
               COALESCE(s.title, '') AS checkpoint, x.reason
        FROM later x LEFT JOIN attendees a ON a.id = x.who LEFT JOIN sessions s ON s.id = x.session_id
        ORDER BY x.at_b, x.station_b
        """
    ).fetchall()


def clock_offsets(store: Store) -> list[sqlite3.Row]:
    """Every clock offset observed between two stations (seconds, observed minus observer)."""
    return store.conn.execute(
        "SELECT o.offset_s, o.at, COALESCE(a.name, o.observer_uid) AS observer,"
        " COALESCE(b.name, o.observed_uid) AS observed FROM clock_observations o"
        " LEFT JOIN stations a ON a.uid = o.observer_uid LEFT JOIN stations b ON b.uid = o.observed_uid"
        " ORDER BY ABS(o.offset_s) DESC"
    ).fetchall()


def observe_clock(store: Store, observer_uid: str, observed_uid: str, offset_s: float) -> None:
    """Remember the latest offset seen between two stations' clocks."""
    with store.transaction() as c:
        c.execute("INSERT OR REPLACE INTO clock_observations (observer_uid, observed_uid, offset_s, at)"
                  " VALUES (?,?,?,?)", (observer_uid, observed_uid, offset_s, utc_now()))


def latest_record_time(store: Store, station_uid: str) -> str | None:
    """The latest time a station wrote on any check-in (its clock)."""
    row = store.conn.execute("SELECT MAX(at) FROM checkins WHERE station_uid = ?", (station_uid,)).fetchone()
    return row[0]


def walkins(store: Store) -> list[sqlite3.Row]:
    """Walk-ins with the station and time of their first version (where and when they were registered)."""
    return store.conn.execute(
        """
        SELECT a.uid, a.full_name, a.email,
               (SELECT v.at FROM versions v WHERE v.kind = 'attendee' AND v.target_uid = a.uid
                 ORDER BY v.at, v.station_uid, v.seq LIMIT 1) AS at,
               (SELECT COALESCE(st.name, v.station_uid) FROM versions v LEFT JOIN stations st ON st.uid = v.station_uid
                 WHERE v.kind = 'attendee' AND v.target_uid = a.uid ORDER BY v.at, v.station_uid, v.seq LIMIT 1)
                 AS station
        FROM attendees a WHERE a.source = 'walkin' ORDER BY at, a.uid
        """
    ).fetchall()


def code_claims(store: Store) -> list[sqlite3.Row]:
    """Badge codes that versions of two or more different attendees carry: the first claim of each."""
    return store.conn.execute(
        """
        WITH claims AS (
            SELECT json_extract(v.data, '$.code') AS code, v.target_uid, json_extract(v.data, '$.full_name') AS name,
                   MIN(v.at || '|' || v.station_uid || '|' || printf('%012d', v.seq)) AS first_key
            FROM versions v WHERE v.kind = 'attendee' AND json_extract(v.data, '$.code') IS NOT NULL
            GROUP BY code, v.target_uid
        )
        SELECT c.code, c.target_uid, c.name, c.first_key FROM claims c
        WHERE c.code IN (SELECT code FROM claims GROUP BY code HAVING COUNT(*) > 1)
        ORDER BY c.code, c.first_key
        """
    ).fetchall()
