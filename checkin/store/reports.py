"""Read-only queries for exports and live numbers. Undone check-ins are marked, never hidden here."""

from __future__ import annotations

import sqlite3

from checkin.store.db import Store


#: Every check-in ever recorded (undone ones too) with who, where and its undo, oldest first: the
#: listing behind checkins.csv, as the sqlite3 shell runs it for benchmarks.scale's export baseline
#: (the export itself computes its cells in SQL: checkin.store.export_rows.checkin_log_cells).
CHECKIN_LOG_SQL = """
SELECT c.id, c.at, c.direction, c.station, c.method, c.session_id, c.attendee_id, c.attendee_uid,
       a.external_id, a.full_name, a.organisation, a.category,
       s.title AS session_title, s.room AS session_room,
       u.id AS undo_id, u.at AS undo_at, u.station AS undo_station, u.reason AS undo_reason
FROM checkins c
LEFT JOIN attendees a ON a.id = c.attendee_id
LEFT JOIN sessions s ON s.id = c.session_id
LEFT JOIN checkin_undos u ON u.id = (
    SELECT x.id FROM checkin_undos x WHERE x.checkin_id = c.id ORDER BY x.at, x.station_uid, x.seq LIMIT 1)
ORDER BY c.at, c.station_uid, c.seq
"""


def session_attendance(store: Store) -> list[sqlite3.Row]:
    """One row per (session, attendee) with a valid entry: first in, last out, number of entries."""
    return store.conn.execute(
        """
        SELECT s.id AS session_id, s.title, s.room, s.starts_at, s.capacity, s.restricted,
               a.id AS attendee_id, a.external_id, a.full_name, a.organisation, a.category,
               MIN(CASE WHEN c.direction = 'in' THEN c.at END) AS first_in,
               MAX(CASE WHEN c.direction = 'out' THEN c.at END) AS last_out,
               SUM(c.direction = 'in') AS entries
        FROM live_checkins c
        JOIN sessions s ON s.id = c.session_id
        JOIN attendees a ON a.id = c.attendee_id
        GROUP BY s.id, a.id
        HAVING first_in IS NOT NULL
        ORDER BY s.starts_at IS NULL, s.starts_at, s.title, s.id, a.full_name COLLATE NOCASE, a.id
        """
    ).fetchall()


def first_entries(store: Store) -> dict[tuple[int, int | None], str]:
    """``(attendee_id, session_id or None for the entrance) -> first valid 'in' time``."""
    rows = store.conn.execute(
        "SELECT attendee_id, session_id, MIN(at) FROM live_checkins"
        " WHERE direction = 'in' AND attendee_id IS NOT NULL"
        " GROUP BY attendee_id, session_id"
    )
    return {(r[0], r[1]): r[2] for r in rows}


def no_shows(store: Store) -> list[sqlite3.Row]:
    """Registered (not cancelled) attendees with no valid check-in at the entrance."""
    return store.conn.execute(
        """
        SELECT a.* FROM attendees a
        WHERE a.status != 'cancelled' AND NOT EXISTS (
            SELECT 1 FROM live_checkins c WHERE c.attendee_id = a.id AND c.session_id IS NULL
              AND c.direction = 'in')
        ORDER BY a.last_name COLLATE NOCASE, a.full_name COLLATE NOCASE, a.id
        """
    ).fetchall()


def status_counts(store: Store) -> dict[str, int]:
    """Attendees per status (registered, cancelled)."""
    return {r[0]: r[1] for r in store.conn.execute("SELECT status, COUNT(*) FROM attendees GROUP BY status")}


def category_counts(store: Store) -> list[sqlite3.Row]:
    """Per category: registered (not cancelled) and checked in at the entrance."""
    return store.conn.execute(
        """
        SELECT a.category,
               SUM(a.status != 'cancelled') AS registered,
               SUM(EXISTS (SELECT 1 FROM live_checkins c WHERE c.attendee_id = a.id AND c.session_id IS NULL
                           AND c.direction = 'in')) AS checked_in
        FROM attendees a GROUP BY a.category ORDER BY a.category COLLATE NOCASE
        """
    ).fetchall()


def session_counts(store: Store) -> list[sqlite3.Row]:
    """Per session: how many different attendees entered (valid check-ins), and the access list size."""
    return store.conn.execute(
        """
        SELECT s.*,
               (SELECT COUNT(DISTINCT c.attendee_id) FROM live_checkins c WHERE c.session_id = s.id
                  AND c.direction = 'in' AND c.attendee_id IS NOT NULL) AS attended,
               (SELECT COUNT(*) FROM session_access x WHERE x.session_id = s.id) AS allowed
        FROM sessions s ORDER BY s.starts_at IS NULL, s.starts_at, s.title, s.id
        """
    ).fetchall()


def checkin_moments(store: Store) -> list[tuple[str, str]]:
    """``(station, at)`` of every check-in recorded (undone ones too: each was a scan a desk handled).

    Oldest first within each station; used for station throughput.
    """
    return [(r[0], r[1]) for r in store.conn.execute("SELECT station, at FROM checkins ORDER BY station, at")]
