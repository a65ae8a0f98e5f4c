"""Stored UTC times shown in the event's local time, with the offset so they stay unambiguous."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from checkin.store.db import from_stored_time


def local_time(stored: str | None, zone: ZoneInfo) -> str:
    """ "2027-03-17T08:42:13.5Z" -> "2027-03-17 09:42:13+01:00" (empty for no time)."""
    if not stored:
        return ""
    return from_stored_time(stored).astimezone(zone).isoformat(sep=" ", timespec="seconds")


def local_datetime(stored: str, zone: ZoneInfo) -> datetime:
    """A stored time as an aware datetime in the event's zone."""
    return from_stored_time(stored).astimezone(zone)
