"""The rows of the export files, as ready-to-write cells computed by SQLite, streamed.

Each function returns a cursor (rows are read as the file is written, never all at
once) whose cells are already what the CSV holds: times in the venue's clock with
their offset (:mod:`checkin.store.localtime`), empty strings for nothing, and every
text cell that a spreadsheet could read as a formula prefixed with ``'`` (the rule of
``checkin.exporters.csvout.neutralise``, done by :func:`safe_sql`).
"""

from __future__ import annotations

import sqlite3

from checkin.store.db import Store
from checkin.store.localtime import Times

# checkin.exporters.csvout.FORMULA_STARTS as one GLOB character class: one test per cell instead of a
# substr and ten comparisons. A '-' first in a class is itself; GLOB reads UTF-8, so each full-width
# form is one character. Tab and CR are written into the pattern as they are.
_FORMULA_GLOB = "'[-=+@\t\r＝＋－＠]*'"


def safe_sql(expr: str) -> str:
    """SQL for the CSV text of ``expr``: '' for NULL, prefixed with ``'`` when it starts a formula."""
    text = f"COALESCE(CAST({expr} AS TEXT), '')"
    return f"(CASE WHEN {text} GLOB {_FORMULA_GLOB} THEN '''' || {text} ELSE {text} END)"


#: Joins a row's cells when SQLite hands them over as one string (``joined=True`` below): a
#: control character no name holds in practice. A row whose cell holds one is noticed by the
#: number of separators (``checkin.exporters.csvout.write_joined_csv``) and the file written again
#: from separate cells.
CELL_SEP = "\x1f"


def _select(columns: list[str], joined: bool) -> str:
    """The SELECT list: the cells apart, or joined by CELL_SEP into one string per row.

    A million rows then reach Python as a million strings instead of seventeen million.
    """
    if joined:
        return f" || '{CELL_SEP}' || ".join(f"({col})" for col in columns)
    return ", ".join(columns)


def checkin_log_cells(store: Store, local: Times, entrance: str, *, joined: bool = False) -> sqlite3.Cursor:
    """Every check-in (undone ones too, with their first undo), oldest first: the checkins.csv cells.

    The table is read in file order and sorted. Left to itself, SQLite walks the time index
    and sorts only ties, which reads the rows in time order, one page fetch each: on the
    1M benchmark file that costs 7.0-7.8 s of CPU against 5.4-6.0 s for the sort.
    """
    s = safe_sql
    columns = [local("c.at"), "c.at", s("c.id"), "COALESCE(c.attendee_id, '')", s("a.external_id"),
               s("a.full_name"), s("a.organisation"), s("a.category"),
               f"CASE WHEN c.session_id IS NULL THEN {s(':entrance')} ELSE {s('s.title')} END", s("s.room"),
               "c.direction", s("c.station"), "c.method",  # both held to fixed words by CHECK constraints
               "CASE WHEN u.id IS NULL THEN 'no' ELSE 'yes' END", local("u.at"), s("u.station"),
               s("u.reason")]
    return store.conn.execute(
        f"""
        SELECT {_select(columns, joined)}
        FROM checkins c NOT INDEXED  -- read in file order, then sorted (see the docstring)
        LEFT JOIN attendees a ON a.id = c.attendee_id
        LEFT JOIN sessions s ON s.id = c.session_id
        LEFT JOIN checkin_undos u ON u.id = (
            SELECT x.id FROM checkin_undos x WHERE x.checkin_id = c.id ORDER BY x.at, x.station_uid, x.seq LIMIT 1)
        ORDER BY c.at, c.station_uid, c.seq
        """,
        {"entrance": entrance},
    )


def session_attendance_cells(store: Store, local: Times, *, joined: bool = False) -> sqlite3.Cursor:
    """One row per (session, attendee) with a valid entry: the session_attendance.csv cells."""
    s = safe_sql
    columns = ["g.session_id", s("s.title"), s("s.room"), local("s.starts_at"), "COALESCE(s.capacity, '')",
               "a.id", s("a.external_id"), s("a.full_name"), s("a.organisation"), s("a.category"),
               local("g.first_in"), local("g.last_out"), "g.entries"]
    return store.conn.execute(
        f"""
        SELECT {_select(columns, joined)}
        FROM (
            SELECT session_id, attendee_id,
                   MIN(CASE WHEN direction = 'in' THEN at END) AS first_in,
                   MAX(CASE WHEN direction = 'out' THEN at END) AS last_out,
                   SUM(direction = 'in') AS entries
            FROM live_checkins WHERE session_id IS NOT NULL AND attendee_id IS NOT NULL
            GROUP BY session_id, attendee_id
        ) g
        JOIN sessions s ON s.id = g.session_id
        JOIN attendees a ON a.id = g.attendee_id
        WHERE g.first_in IS NOT NULL
        ORDER BY s.starts_at IS NULL, s.starts_at, s.title, s.id, a.full_name COLLATE NOCASE, a.id
        """
    )


PERSON_FIELDS = ("id", "external_id", "first_name", "last_name", "full_name", "organisation", "category",
                 "role", "email")


def _person_columns() -> list[str]:
    return ["a.id" if f == "id" else safe_sql(f"a.{f}") for f in PERSON_FIELDS]


# registered, cancelled, "pending payment" or "pending approval" (read back as such on re-import)
_STATUS = ("CASE WHEN COALESCE(a.pending, '') != '' AND a.status = 'registered' THEN 'pending ' || a.pending"
           " ELSE a.status END")


def attendee_cells(store: Store, local: Times, session_ids: list[int], *, joined: bool = False
                   ) -> sqlite3.Cursor:
    """One row per attendee: the person, status, source, first arrival, first entry of each session."""
    # One pass over presence turned into a column per checkpoint (a pivot), joined to the attendees
    # once: the same first_in values as a look-up per person and checkpoint, without 100,000 x 7 of them.
    checkpoints = [0, *(int(sid) for sid in session_ids)]
    pivot = ", ".join(f"MAX(CASE WHEN p.checkpoint = {cp} THEN p.first_in END) AS f{i}"
                      for i, cp in enumerate(checkpoints))
    columns = [*_person_columns(), safe_sql(_STATUS), safe_sql("a.source"),
               *(local(f"f.f{i}") for i in range(len(checkpoints)))]
    return store.conn.execute(
        f"""
        SELECT {_select(columns, joined)}
        FROM attendees a
        LEFT JOIN (SELECT p.who, {pivot} FROM presence p
                   WHERE p.checkpoint IN ({", ".join(map(str, checkpoints))}) GROUP BY p.who) f
               ON f.who = CAST(a.id AS TEXT)
        ORDER BY a.full_name COLLATE NOCASE, a.id
        """
    )


def no_show_cells(store: Store, *, joined: bool = False) -> sqlite3.Cursor:
    """Registered (not cancelled) attendees with no valid entrance admission: the person cells."""
    return store.conn.execute(
        f"""
        SELECT {_select(_person_columns(), joined)} FROM attendees a
        WHERE a.status != 'cancelled' AND NOT EXISTS (
            SELECT 1 FROM presence p WHERE p.checkpoint = 0 AND p.who = CAST(a.id AS TEXT) AND p.first_in IS NOT NULL)
        ORDER BY a.last_name COLLATE NOCASE, a.full_name COLLATE NOCASE, a.id
        """
    )
