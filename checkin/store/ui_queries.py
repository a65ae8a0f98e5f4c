"""Read-only queries the desktop screens need that no other store module offers."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Sequence, TypeVar

from checkin.store.db import Store, from_stored_time

EARLY = timedelta(minutes=15)  # a session is "current" from 15 minutes before it starts

S = TypeVar("S")  # anything with room, starts_at, ends_at (checkin.store.sessions.Session)


def list_categories(store: Store) -> list[str]:
    """The attendee categories in use, for the walk-in form."""
    rows = store.conn.execute(
        "SELECT DISTINCT category FROM attendees WHERE category != '' ORDER BY category COLLATE NOCASE"
    )
    return [r[0] for r in rows]


def current_session(sessions: Sequence[S], now: datetime | None = None, room: str | None = None) -> S | None:
    """The session running now (in ``room`` when given), else the next one to start, else the last.

    ``sessions`` are in time order (as ``checkin.store.sessions.list_sessions`` gives them).
    Times are stored in UTC, so the comparison holds whatever the event's time zone.
    """
    now = now or datetime.now(timezone.utc)
    pool = [s for s in sessions if not room or (s.room or "") == room] or list(sessions)
    timed = [s for s in pool if s.starts_at]
    if not timed:
        return pool[0] if pool else None
    for s in timed:
        start = from_stored_time(s.starts_at)
        end = from_stored_time(s.ends_at) if s.ends_at else start + timedelta(hours=1)
        if start - EARLY <= now <= end:
            return s
    upcoming = [s for s in timed if from_stored_time(s.starts_at) > now]
    return upcoming[0] if upcoming else timed[-1]
