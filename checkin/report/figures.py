"""The numbers of the attendance report, gathered once, from the same sources as stats and exports.

Every count that ``checkin stats --json`` also gives is taken from ``event_stats``
(never recomputed), so the report cannot disagree with it; the rest (stays,
organisations, station throughput) comes from the store queries the CSV
exports use.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from statistics import median
from zoneinfo import ZoneInfo

from checkin.exporters.stats import event_stats
from checkin.exporters.times import local_datetime
from checkin.store.attendees import list_attendees
from checkin.store.db import Store, from_stored_time
from checkin.store.reports import checkin_moments, first_entries, session_attendance
from checkin.sync.conflicts import Conflict, find_conflicts

TOP_ORGANISATIONS = 10


@dataclass(frozen=True)
class SessionFigures:
    id: int
    title: str
    room: str
    start: str  # local "YYYY-MM-DD HH:MM" or ""
    capacity: int | None
    restricted: bool
    allowed: int  # size of the access list (the session's registrations when restricted)
    attended: int
    present: int
    stays: int  # attendees with an exit scan after their entry
    median_stay_minutes: int | None


@dataclass(frozen=True)
class OrganisationFigures:
    name: str  # "" = no organisation given
    registered: int
    arrived: int


@dataclass(frozen=True)
class StationFigures:
    station: str
    checkins: int
    peak_per_minute: int  # most check-ins within any 60 seconds
    busiest_quarter: str  # local "YYYY-MM-DD HH:MM" start of the quarter hour with most check-ins
    busiest_quarter_count: int


@dataclass
class ReportFigures:
    stats: dict  # exactly event_stats(store)
    days: dict[str, list[tuple[str, int]]]  # local date -> [(HH:MM, first arrivals)]
    sessions: list[SessionFigures]
    organisations: list[OrganisationFigures]
    other_organisations: OrganisationFigures | None
    organisation_count: int  # organisations with at least one arrival
    stations: list[StationFigures]
    conflicts: list[Conflict] = field(default_factory=list)  # as conflicts.csv lists them
    generated_at: str = field(default="")


def report_figures(store: Store, *, top: int = TOP_ORGANISATIONS) -> ReportFigures:
    """Everything the attendance report shows, for the event file as merged so far."""
    stats = event_stats(store)
    zone = ZoneInfo(stats["timezone"])
    days: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for q in stats["arrivals_per_quarter_hour"]:
        day, clock = q["start"].split(" ")  # "2027-03-17 08:15+01:00"
        days[day].append((clock[:5], q["count"]))
    orgs, others, count = organisation_figures(store, top=top)
    return ReportFigures(
        stats=stats,
        days=dict(days),
        sessions=session_figures(store, stats),
        organisations=orgs,
        other_organisations=others,
        organisation_count=count,
        stations=station_figures(store, zone),
        conflicts=find_conflicts(store),
        generated_at=datetime.now(zone).isoformat(sep=" ", timespec="minutes"),
    )


def session_figures(store: Store, stats: dict) -> list[SessionFigures]:
    """Each session of ``stats`` with how long people stayed (entry to exit scan, median)."""
    stays: dict[int, list[float]] = defaultdict(list)
    for row in session_attendance(store):
        if row["last_out"] and row["last_out"] > row["first_in"]:
            delta = from_stored_time(row["last_out"]) - from_stored_time(row["first_in"])
            stays[row["session_id"]].append(delta.total_seconds() / 60)
    out = []
    for s in stats["sessions"]:
        minutes = stays.get(s["id"], [])
        out.append(SessionFigures(
            id=s["id"], title=s["title"], room=s["room"] or "", start=s["start"][:16],
            capacity=s["capacity"], restricted=s["restricted"], allowed=s["allowed"],
            attended=s["attended"], present=s["present"], stays=len(minutes),
            median_stay_minutes=round(median(minutes)) if minutes else None,
        ))
    return out


def organisation_figures(store: Store, *, top: int = TOP_ORGANISATIONS
                         ) -> tuple[list[OrganisationFigures], OrganisationFigures | None, int]:
    """Organisations by arrivals (then registrations): the ``top`` first, the rest summed.

    Counts registered (not cancelled) attendees and those with a valid entrance
    check-in, as ``stats`` counts ``registered`` and ``checked_in``.
    """
    arrived_ids = {attendee for (attendee, session), _ in first_entries(store).items() if session is None}
    registered: Counter[str] = Counter()
    arrived: Counter[str] = Counter()
    for person in list_attendees(store):
        if person.status == "cancelled":
            continue
        registered[person.organisation] += 1
        if person.id in arrived_ids:
            arrived[person.organisation] += 1
    ranked = sorted(registered, key=lambda o: (-arrived[o], -registered[o], o == "", o.casefold()))
    rows = [OrganisationFigures(o, registered[o], arrived[o]) for o in ranked]
    rest = rows[top:]
    other = (OrganisationFigures("", sum(r.registered for r in rest), sum(r.arrived for r in rest))
             if rest else None)
    return rows[:top], other, sum(1 for o in arrived if o and arrived[o])


def peak_per_minute(moments: list[datetime]) -> int:
    """The most moments within any 60-second window (sorted input)."""
    best, start = 0, 0
    for end, moment in enumerate(moments):
        while moment - moments[start] >= timedelta(seconds=60):
            start += 1
        best = max(best, end - start + 1)
    return best


def station_figures(store: Store, zone: ZoneInfo) -> list[StationFigures]:
    """Per station: check-ins recorded, the peak per minute, the busiest local quarter hour."""
    by_station: dict[str, list[datetime]] = defaultdict(list)
    for station, at in checkin_moments(store):
        by_station[station].append(local_datetime(at, zone))
    out = []
    for station, moments in by_station.items():
        moments.sort()
        quarters = Counter(m.replace(minute=m.minute - m.minute % 15, second=0, microsecond=0)
                           for m in moments)
        busiest, count = min(quarters.items(), key=lambda kv: (-kv[1], kv[0]))
        out.append(StationFigures(station, len(moments), peak_per_minute(moments),
                                  busiest.strftime("%Y-%m-%d %H:%M"), count))
    return sorted(out, key=lambda s: (-s.checkins, s.station.casefold()))
