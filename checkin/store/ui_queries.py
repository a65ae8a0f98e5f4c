"""Read-only queries the desktop screens need that no other store module offers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from checkin.store.db import Store, from_stored_time

_EARLY = timedelta(minutes=15)  # a session is "current" from 15 minutes before it starts


@dataclass(frozen=True)
class SessionInfo:
    id: int
    title: str
    room: str
    starts_at: str | None  # stored UTC text
    ends_at: str | None
    capacity: int | None
    restricted: bool


def list_categories(store: Store) -> list[str]:
    """The attendee categories in use, for the walk-in form."""
    rows = store.conn.execute(
        "SELECT DISTINCT category FROM attendees WHERE category != '' ORDER BY category COLLATE NOCASE"
    )
    return [r[0] for r in rows]


def list_sessions(store: Store) -> list[SessionInfo]:
    """Every session, in time order (sessions without a time last)."""
    rows = store.conn.execute(
        "SELECT id, title, COALESCE(room, '') AS room, starts_at, ends_at, capacity, restricted FROM sessions"
        " ORDER BY starts_at IS NULL, starts_at, title COLLATE NOCASE, id"
    )
    return [SessionInfo(r["id"], r["title"], r["room"], r["starts_at"], r["ends_at"], r["capacity"],
                        bool(r["restricted"])) for r in rows]


def current_session(sessions: list[SessionInfo], now: datetime | None = None,
                    room: str | None = None) -> SessionInfo | None:
    """The session running now (in ``room`` when given), else the next one to start, else the last.

    Times are stored in UTC, so the comparison is right whatever the event's time zone.
    """
    now = now or datetime.now(timezone.utc)
    pool = [s for s in sessions if not room or s.room == room] or sessions
    timed = [s for s in pool if s.starts_at]
    if not timed:
        return pool[0] if pool else None
    for s in timed:
        start = from_stored_time(s.starts_at)
        end = from_stored_time(s.ends_at) if s.ends_at else start
        if (start - _EARLY) <= now <= end:
            return s
    upcoming = [s for s in timed if from_stored_time(s.starts_at) > now]
    if upcoming:
        return upcoming[0]
    return timed[-1]

