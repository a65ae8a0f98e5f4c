"""Who is inside each checkpoint now: the ``presence`` table of ``db/0040_presence.sql``.

One row per (checkpoint, person) holds the latest valid movement and the first valid
admission; ``presence_counts`` holds each session's head count (``db/0065``).
Triggers keep both in step inside the transaction that writes a check-in or
an undo, whatever writes it (a desk's decision, a journal merge), so counts read a
few index entries instead of the whole check-in log. :func:`refresh` and
:func:`rebuild` recompute rows from the log, for whoever changes ``checkins`` in a way
the triggers do not see (a DELETE, an UPDATE of a movement).

A checkpoint is a session id, or 0 for the event entrance; a person (``who``) is the
attendee id as text, or ``'code:' + badge code`` for a code-only admission.
"""

from __future__ import annotations

from checkin.store.db import Store

ENTRANCE = 0

# Latest valid movement and first valid admission of every (checkpoint, person) matching {where}.
_FROM_LOG = """
SELECT checkpoint, who, attendee_id, direction, at, station_uid, seq, id, first_in FROM (
    SELECT COALESCE(session_id, 0) AS checkpoint,
           COALESCE(CAST(attendee_id AS TEXT), 'code:' || code) AS who, attendee_id, direction, at,
           station_uid, seq, id,
           MIN(CASE WHEN direction = 'in' THEN at END) OVER w AS first_in,
           ROW_NUMBER() OVER (w ORDER BY at DESC, station_uid DESC, seq DESC) AS n
      FROM checkins c
     WHERE (attendee_id IS NOT NULL OR code IS NOT NULL) AND {where}
       AND NOT EXISTS (SELECT 1 FROM checkin_undos u WHERE u.checkin_id = c.id)
    WINDOW w AS (PARTITION BY COALESCE(session_id, 0), COALESCE(CAST(attendee_id AS TEXT), 'code:' || code))
) WHERE n = 1
"""
# The same rows for the whole log (rebuild), a third faster than the window above at 100,000
# check-ins (docs/BENCHMARKS.md, "Merging station journals"): a GROUP BY read in the order of
# checkins_attendee, the latest movement picked by max() of a key that sorts as (at,
# station_uid, seq) does (char(1) ends each text part, seq is written on 13 fixed digits), the
# first admission looked up per (checkpoint, person) in the same index; code-only admissions
# (attendee_id IS NULL) the same way through checkins_code.
_LATEST_KEY = "MAX(at || char(1) || COALESCE(station_uid, '') || char(1) || (1000000000000 + COALESCE(seq, 0)))"
_LIVE = "NOT EXISTS (SELECT 1 FROM checkin_undos u WHERE u.checkin_id = {t}.id)"
_WHOLE_LOG = f"""
SELECT COALESCE(g.session_id, 0), CAST(g.attendee_id AS TEXT), g.attendee_id, g.direction, g.at, g.station_uid,
       g.seq, g.id,
       (SELECT MIN(x.at) FROM checkins x WHERE x.attendee_id = g.attendee_id AND x.session_id IS g.session_id
           AND x.direction = 'in' AND {_LIVE.format(t='x')})
  FROM (SELECT attendee_id, session_id, direction, at, station_uid, seq, id, {_LATEST_KEY} FROM checkins c
         WHERE attendee_id IS NOT NULL AND {_LIVE.format(t='c')} GROUP BY attendee_id, session_id) g
UNION ALL
SELECT COALESCE(g.session_id, 0), 'code:' || g.code, NULL, g.direction, g.at, g.station_uid, g.seq, g.id,
       (SELECT MIN(x.at) FROM checkins x WHERE x.attendee_id IS NULL AND x.code = g.code
           AND x.session_id IS g.session_id AND x.direction = 'in' AND {_LIVE.format(t='x')})
  FROM (SELECT code, session_id, direction, at, station_uid, seq, id, {_LATEST_KEY} FROM checkins c
         WHERE attendee_id IS NULL AND code IS NOT NULL AND {_LIVE.format(t='c')} GROUP BY code, session_id) g
"""
_INSERT = ("INSERT INTO presence (checkpoint, who, attendee_id, direction, at, station_uid, seq, checkin_id,"
           " first_in) ")


def checkpoint_key(session_id: int | None) -> int:
    """The ``presence.checkpoint`` of a session id (None = the entrance)."""
    return ENTRANCE if session_id is None else session_id


def person_key(attendee_id: int | None, code: str | None) -> str:
    """The ``presence.who`` of a movement: the attendee, else the badge code."""
    if attendee_id is not None:
        return str(attendee_id)
    if code:
        return f"code:{code}"
    raise ValueError("give attendee_id or code")


def refresh(store: Store, session_id: int | None, who: str) -> None:
    """Recompute one person's row at one checkpoint from the check-in log.

    ``who`` is :func:`person_key` of the movement (``"1234"`` or ``"code:ABC..."``).
    Cheap (an indexed read of that person's movements); runs in the caller's
    transaction when there is one.
    """
    point = checkpoint_key(session_id)
    if who.startswith("code:"):
        where, params = "attendee_id IS NULL AND code = ?", [who[5:]]
    else:
        where, params = "attendee_id = ?", [int(who)]
    where += " AND session_id IS ?"
    params.append(session_id)
    with store.transaction() as c:
        c.execute("DELETE FROM presence WHERE checkpoint = ? AND who = ?", (point, who))
        c.execute(_INSERT + _FROM_LOG.format(where=where), params)


def rebuild(store: Store) -> int:
    """Recompute the whole table from the check-in log (one pass); returns its row count."""
    with store.transaction() as c:
        c.execute("DELETE FROM presence")
        c.execute(_INSERT + _WHOLE_LOG)
        recount(store)
        return c.execute("SELECT COUNT(*) FROM presence").fetchone()[0]


def recount(store: Store) -> None:
    """Recompute the head count of every session (``presence_counts``) from the table itself.

    Its triggers (``db/0065_entrance_writes.sql``) keep it in step row by row; whoever
    rewrites ``presence`` wholesale calls this after.
    """
    with store.transaction() as c:
        c.execute("DELETE FROM presence_counts")
        c.execute("INSERT INTO presence_counts (checkpoint, inside)"
                  " SELECT checkpoint, COUNT(*) FROM presence WHERE direction = 'in' AND checkpoint != 0"
                  " GROUP BY checkpoint")


def inside_count(store: Store, session_id: int | None = None) -> int:
    """How many people are inside a checkpoint now, code-only admissions included.

    A session's count is kept (``presence_counts``): one row read, whatever the crowd. The
    entrance's is not (no scan reads it), so it is counted from the table: a range of
    the presence table, tens of milliseconds at a congress of 100,000.
    """
    if session_id is None:
        return store.conn.execute(
            "SELECT COUNT(*) FROM presence WHERE checkpoint = ? AND direction = 'in'", (ENTRANCE,)
        ).fetchone()[0]
    row = store.conn.execute("SELECT inside FROM presence_counts WHERE checkpoint = ?", (session_id,)).fetchone()
    return row[0] if row else 0


def inside_attendee_ids(store: Store, session_id: int | None = None) -> set[int]:
    """Known attendees inside a checkpoint now (latest valid movement 'in')."""
    rows = store.conn.execute(
        "SELECT attendee_id FROM presence WHERE checkpoint = ? AND direction = 'in' AND attendee_id IS NOT NULL",
        (checkpoint_key(session_id),),
    )
    return {r[0] for r in rows}
