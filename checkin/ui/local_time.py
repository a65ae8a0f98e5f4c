"""Kept for imports that predate ``checkin.venue_time`` (the one venue-time helper, Qt-free)."""

from checkin.venue_time import local_clock, venue_zone  # noqa: F401
