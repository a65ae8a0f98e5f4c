"""Session times as organisers type them, read in the event's time zone."""

from __future__ import annotations

import re
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

_DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y", "%Y/%m/%d")
_TIME = re.compile(r"^(\d{1,2})\s*[:hH]\s*(\d{2})?(?::(\d{2}))?$")


def parse_time_of_day(text: str) -> time | None:
    """ "09:30", "9h30", "9h", "09:30:00" -> a time; anything else -> None."""
    m = _TIME.match(text.strip())
    if not m:
        return None
    hour, minute, second = int(m.group(1)), int(m.group(2) or 0), int(m.group(3) or 0)
    if hour > 23 or minute > 59 or second > 59:
        return None
    return time(hour, minute, second)


def parse_local(text: str, zone: str, default_day: date | None = None) -> datetime:
    """Parse "2027-03-17 09:30", "17/03/2027 09:30" (or a time alone, on ``default_day``).

    The result is aware, in the event's time zone ``zone``; an explicit offset
    in ISO form ("2027-03-17T09:30+01:00") is respected. Raises ``ValueError``.
    """
    text = " ".join(text.strip().split())
    tz = ZoneInfo(zone)
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
        if "T" in text or " " in text:
            return moment if moment.tzinfo else moment.replace(tzinfo=tz)
    except ValueError:
        pass
    day_text, _, time_text = text.replace("T", " ").partition(" ")
    if not time_text and default_day is not None and parse_time_of_day(day_text):
        return datetime.combine(default_day, parse_time_of_day(day_text), tz)
    for fmt in _DATE_FORMATS:
        try:
            day = datetime.strptime(day_text, fmt).date()
        except ValueError:
            continue
        moment_of_day = parse_time_of_day(time_text) if time_text else None
        if moment_of_day is None:
            break
        return datetime.combine(day, moment_of_day, tz)
    raise ValueError(f"{text!r} is not a date and time such as 2027-03-17 09:30 or 17/03/2027 09:30")
