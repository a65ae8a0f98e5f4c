"""Stored UTC times as the venue's wall clock: the one helper every screen and command uses.

Times are stored in UTC (``checkin.store.db``); staff read them in the event's time
zone. An unknown zone name (no tz database on the machine) falls back to UTC, which
is still a true time, rather than hiding the card or the line.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from checkin.store.db import from_stored_time


def venue_zone(name: str | None):
    """The event's time zone, or UTC when the name is unknown on this machine."""
    try:
        return ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def _moment(at: str | datetime, timezone: str | None) -> datetime:
    moment = at if isinstance(at, datetime) else from_stored_time(str(at))
    return moment.astimezone(venue_zone(timezone)) if moment.tzinfo is not None else moment


def local_clock(at: str | datetime | None, timezone: str | None, *, with_date: bool = False,
                seconds: bool = False) -> str:
    """``"08:42"`` (or ``"2027-03-17 08:42"``, ``"08:42:13"``) in the venue's time zone; ``""`` for no time."""
    if at is None or at == "":
        return ""
    clock = "%H:%M:%S" if seconds else "%H:%M"
    return _moment(at, timezone).strftime(f"%Y-%m-%d {clock}" if with_date else clock)


def local_clock_or_date(at: str | datetime, timezone: str | None) -> str:
    """``"08:42"`` when it is today at the venue, else ``"2027-03-17 08:42"`` (command-line reports)."""
    moment = _moment(at, timezone)
    today = datetime.now(venue_zone(timezone)).date()
    return moment.strftime("%H:%M" if moment.date() == today else "%Y-%m-%d %H:%M")
