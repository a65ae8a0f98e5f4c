"""Live numbers for organisers: registrations, arrivals, categories, sessions, arrivals per quarter hour."""

from __future__ import annotations

from collections import Counter
from zoneinfo import ZoneInfo

from checkin.exporters.times import local_datetime, local_time
from checkin.store.checkins import checked_in_ids
from checkin.store.db import Store
from checkin.store.event import get_event
from checkin.store.reports import category_counts, first_entries, no_shows, session_counts, status_counts


def event_stats(store: Store) -> dict:
    """One JSON-ready dict; its keys are documented in the README ("Export files and stats")."""
    event = get_event(store)
    zone = ZoneInfo(event.timezone)
    statuses = status_counts(store)
    firsts = first_entries(store)
    arrivals = [at for (_, session_id), at in firsts.items() if session_id is None]
    per_quarter = Counter()
    for at in arrivals:
        moment = local_datetime(at, zone)
        per_quarter[moment.replace(minute=moment.minute - moment.minute % 15, second=0, microsecond=0)] += 1
    return {
        "event": event.name,
        "timezone": event.timezone,
        "registered": statuses.get("registered", 0),
        "cancelled": statuses.get("cancelled", 0),
        "checked_in": len(arrivals),
        "present": len(checked_in_ids(store)),
        "no_shows": len(no_shows(store)),
        "categories": [
            {
                "category": r["category"],
                "registered": r["registered"] or 0,
                "checked_in": r["checked_in"] or 0,
            }
            for r in category_counts(store)
        ],
        "sessions": [
            {
                "id": r["id"],
                "title": r["title"],
                "room": r["room"],
                "start": local_time(r["starts_at"], zone),
                "capacity": r["capacity"],
                "restricted": bool(r["restricted"]),
                "allowed": r["allowed"],
                "attended": r["attended"],
                "present": len(checked_in_ids(store, r["id"])),
            }
            for r in session_counts(store)
        ],
        "arrivals_per_quarter_hour": [
            {"start": start.isoformat(sep=" ", timespec="minutes"), "count": count}
            for start, count in sorted(per_quarter.items())
        ],
    }
