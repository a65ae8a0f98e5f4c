"""Stored UTC times as venue-clock text, computed by SQLite itself (for exports of a million rows).

:func:`local_time_sql` turns a column into an SQL expression giving exactly what
``checkin.exporters.times.local_time`` gives in Python ("2027-03-17 09:42:13+01:00",
'' for no time), one ``datetime()`` per cell (half the cost of ``strftime`` with a format):
the zone's UTC offsets over the span of the data are worked out once, in Python, and
written into the expression as ranges.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from checkin.store.db import Store, to_stored_time

#: Turns a column into the SQL of its local time text.
Times = Callable[[str], str]

#: The SQL function that converts times outside the precomputed span (registered per connection).
FALLBACK = "checkin_local_time"


def _offset(zone: ZoneInfo, moment: datetime) -> timedelta:
    return moment.astimezone(zone).utcoffset() or timedelta(0)


def _offset_text(offset: timedelta) -> str:
    minutes = int(offset.total_seconds()) // 60
    sign = "+" if minutes >= 0 else "-"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def offset_spans(zone: ZoneInfo, start: datetime, end: datetime) -> list[tuple[datetime, timedelta]]:
    """``(from, offset)`` for every span of one UTC offset between ``start`` and ``end`` (aware, UTC)."""
    spans = [(start, _offset(zone, start))]
    moment = start
    while moment < end:
        step = min(moment + timedelta(hours=1), end)
        if _offset(zone, step) != spans[-1][1]:
            lo, hi = moment, step  # the change is in (lo, hi]: find its second
            while hi - lo > timedelta(seconds=1):
                mid = lo + (hi - lo) / 2
                if _offset(zone, mid) == spans[-1][1]:
                    lo = mid
                else:
                    hi = mid
            spans.append((hi.replace(microsecond=0), _offset(zone, hi)))
        moment = step
    return spans


def local_time_sql(store: Store, zone: ZoneInfo, start: str | None, end: str | None) -> Callable[[str], str]:
    """A function turning a column of stored times into SQL for its local text.

    ``start``/``end`` (stored times) bound the values expected; anything outside is
    converted by a Python function registered on the connection, so every value is right.
    """
    from checkin.exporters.times import local_time

    store.conn.create_function(FALLBACK, 1, lambda v: local_time(v, zone), deterministic=True)
    if not start or not end:
        return lambda col: f"COALESCE({FALLBACK}({col}), '')"
    lo = datetime.fromisoformat(start[:19]).replace(tzinfo=UTC) - timedelta(days=1)
    hi = datetime.fromisoformat(end[:19]).replace(tzinfo=UTC) + timedelta(days=1)
    spans = offset_spans(zone, lo, hi)
    bounds = [to_stored_time(t)[:19] for t, _ in spans[1:]] + [to_stored_time(hi)[:19]]

    def expr(col: str) -> str:
        parts = [f"WHEN {col} IS NULL OR {col} = '' THEN ''",
                 f"WHEN {col} < '{to_stored_time(lo)[:19]}' THEN {FALLBACK}({col})"]
        for (_, offset), bound in zip(spans, bounds, strict=True):
            seconds = int(offset.total_seconds())
            parts.append(f"WHEN {col} < '{bound}' THEN datetime(substr({col}, 1, 19),"
                         f" '{seconds:+d} seconds') || '{_offset_text(offset)}'")
        return f"(CASE {' '.join(parts)} ELSE {FALLBACK}({col}) END)"

    return expr


def time_span(store: Store) -> tuple[str | None, str | None]:
    """The earliest and latest stored time of check-ins, undos and session starts."""
    row = store.conn.execute(
        """
        SELECT MIN(lo), MAX(hi) FROM (
            SELECT MIN(at) AS lo, MAX(at) AS hi FROM checkins
            UNION ALL SELECT MIN(at), MAX(at) FROM checkin_undos
            UNION ALL SELECT MIN(starts_at), MAX(starts_at) FROM sessions
        )
        """
    ).fetchone()
    return row[0], row[1]


@contextmanager
def sorting_on_disk(store: Store) -> Iterator[None]:
    """SQLite's sorts and temporary b-trees in files for a while (``temp_store = FILE``).

    Event files keep them in memory (fast for merges), but an export sorts a million
    rows: in memory that is 500 MB, on disk a bounded cache. Changing ``temp_store``
    drops the connection's temporary tables, so this is for a connection that has none
    (an export's own).
    """
    before = store.conn.execute("PRAGMA temp_store").fetchone()[0]
    store.conn.execute("PRAGMA temp_store = FILE")
    try:
        yield
    finally:
        store.conn.execute(f"PRAGMA temp_store = {int(before)}")
