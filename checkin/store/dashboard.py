"""Live figures for the organisers' dashboard, computed in one read of the event file.

Meant to run on a background thread with its own ``Store``: at 100,000
attendees it reads every arrival once (tens of milliseconds).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from checkin.store.db import Store, from_stored_time
from checkin.store.event import get_event

QUARTER = timedelta(minutes=15)


@dataclass(frozen=True)
class CategoryFigure:
    category: str  # '' for attendees without a category
    expected: int
    arrived: int


@dataclass(frozen=True)
class SessionFigure:
    session_id: int
    title: str
    room: str
    starts_at: str | None
    capacity: int | None
    present: int  # in the room now (latest valid movement is 'in')
    admitted: int  # distinct people admitted at least once


@dataclass(frozen=True)
class DashboardFigures:
    expected: int  # registered, not cancelled
    arrived: int  # distinct attendees with a valid entrance check-in
    walkins: int
    quarter_hours: list[tuple[datetime, int]] = field(default_factory=list)  # local start, first arrivals
    categories: list[CategoryFigure] = field(default_factory=list)
    sessions: list[SessionFigure] = field(default_factory=list)


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def arrivals_per_quarter_hour(store: Store, timezone: str) -> list[tuple[datetime, int]]:
    """First entrance arrivals per quarter hour of the venue's clock, on the latest day with arrivals.

    From the first to the last busy quarter of that day, quiet quarters included
    (count 0), so the bars read as a timeline of the morning.
    """
    zone = _zone(timezone)
    counts: dict[datetime, int] = {}
    rows = store.conn.execute(
        "SELECT MIN(at) FROM live_checkins WHERE session_id IS NULL AND direction = 'in'"
        " GROUP BY COALESCE(CAST(attendee_id AS TEXT), 'code:' || code)"
    )
    for (at,) in rows:
        local = from_stored_time(at).astimezone(zone)
        start = local.replace(minute=local.minute - local.minute % 15, second=0, microsecond=0)
        counts[start] = counts.get(start, 0) + 1
    if not counts:
        return []
    day = max(counts).date()
    counts = {k: v for k, v in counts.items() if k.date() == day}
    out, slot, last = [], min(counts), max(counts)
    while slot <= last:
        out.append((slot, counts.get(slot, 0)))
        slot = (slot.astimezone(ZoneInfo("UTC")) + QUARTER).astimezone(zone)
    return out


def category_figures(store: Store) -> list[CategoryFigure]:
    rows = store.conn.execute(
        """
        SELECT a.category, COUNT(*) AS expected, COUNT(e.attendee_id) AS arrived
        FROM attendees a LEFT JOIN (
            SELECT DISTINCT attendee_id FROM live_checkins
            WHERE session_id IS NULL AND direction = 'in' AND attendee_id IS NOT NULL
        ) e ON e.attendee_id = a.id
        WHERE a.status != 'cancelled'
        GROUP BY a.category ORDER BY expected DESC, a.category COLLATE NOCASE
        """
    )
    return [CategoryFigure(r[0], r[1], r[2]) for r in rows]


def session_figures(store: Store) -> list[SessionFigure]:
    rows = store.conn.execute(
        """
        WITH latest AS (
            SELECT session_id, direction,
                   ROW_NUMBER() OVER (
                       PARTITION BY session_id, COALESCE(CAST(attendee_id AS TEXT), 'code:' || code)
                       ORDER BY at DESC, station_uid DESC, seq DESC) AS n
            FROM live_checkins WHERE session_id IS NOT NULL
        ),
        present AS (SELECT session_id, COUNT(*) AS n FROM latest WHERE n = 1 AND direction = 'in'
                    GROUP BY session_id),
        admitted AS (SELECT session_id,
                            COUNT(DISTINCT COALESCE(CAST(attendee_id AS TEXT), 'code:' || code)) AS n
                     FROM live_checkins WHERE session_id IS NOT NULL AND direction = 'in'
                     GROUP BY session_id)
        SELECT s.id, s.title, COALESCE(s.room, ''), s.starts_at, s.capacity,
               COALESCE(p.n, 0), COALESCE(m.n, 0)
        FROM sessions s LEFT JOIN present p ON p.session_id = s.id LEFT JOIN admitted m ON m.session_id = s.id
        ORDER BY s.starts_at IS NULL, s.starts_at, s.id
        """
    )
    return [SessionFigure(*r) for r in rows]


def dashboard_figures(store: Store) -> DashboardFigures:
    """Everything the dashboard shows, in one call."""
    c = store.conn
    expected = c.execute("SELECT COUNT(*) FROM attendees WHERE status != 'cancelled'").fetchone()[0]
    arrived = c.execute(
        "SELECT COUNT(DISTINCT attendee_id) FROM live_checkins WHERE session_id IS NULL AND direction = 'in'"
        " AND attendee_id IS NOT NULL"
    ).fetchone()[0]
    walkins = c.execute(
        "SELECT COUNT(*) FROM attendees WHERE source = 'walkin' AND status != 'cancelled'"
    ).fetchone()[0]
    timezone = get_event(store).timezone
    return DashboardFigures(
        expected=expected, arrived=arrived, walkins=walkins,
        quarter_hours=arrivals_per_quarter_hour(store, timezone),
        categories=category_figures(store), sessions=session_figures(store),
    )

