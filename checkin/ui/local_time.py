"""Showing stored UTC times as the venue's local clock."""

from __future__ import annotations

from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from checkin.store.db import from_stored_time


def venue_zone(name: str | None):
    """The event's time zone, or UTC when the name is unknown on this machine."""
    try:
        return ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def local_clock(stored: str, timezone: str | None, *, with_date: bool = False, seconds: bool = False) -> str:
    """``"08:42"`` (or ``"2027-03-17 08:42"``, ``"08:42:13"``) in the venue's time zone for a stored time."""
    moment = from_stored_time(stored).astimezone(venue_zone(timezone))
    clock = "%H:%M:%S" if seconds else "%H:%M"
    return moment.strftime(f"%Y-%m-%d {clock}" if with_date else clock)
