"""Who gets a certificate of attendance, what it says, and checking its code.

A person attended when the event file holds a valid (not undone) check-in of
theirs at the entrance or in a session; ``min_sessions`` further asks for that
many different sessions entered. Nobody else gets a certificate.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from checkin.exporters.times import local_datetime
from checkin.report.certcodes import (
    CertificateStatus,
    check_certificate_code,
    display_certificate_code,
    issue_certificate_code,
    parse_certificate_code,
    serial_for,
)
from checkin.store.attendees import Attendee, get_attendee, list_attendees
from checkin.store.db import Store, StoreError
from checkin.store.event import Event, get_event
from checkin.store.reports import first_entries, session_attendance


@dataclass(frozen=True)
class AttendedSession:
    title: str
    room: str
    day: str  # local YYYY-MM-DD of the person's first entry
    time: str  # local HH:MM of the session's start (else of the entry)


@dataclass(frozen=True)
class Certificate:
    attendee: Attendee
    arrived: str  # local YYYY-MM-DD of the entrance arrival, "" if they only scanned into sessions
    sessions: list[AttendedSession]
    code: str

    @property
    def code_text(self) -> str:
        return display_certificate_code(self.code)


def _attendance(store: Store, zone: ZoneInfo) -> tuple[dict[int, str], dict[int, list[AttendedSession]]]:
    arrivals = {a: local_datetime(at, zone).date().isoformat()
                for (a, s), at in first_entries(store).items() if s is None}
    sessions: dict[int, list[AttendedSession]] = defaultdict(list)
    for row in session_attendance(store):  # ordered by session start
        entered = local_datetime(row["first_in"], zone)
        start = local_datetime(row["starts_at"], zone) if row["starts_at"] else entered
        sessions[row["attendee_id"]].append(
            AttendedSession(row["title"], row["room"] or "", start.date().isoformat(),
                            start.strftime("%H:%M")))
    return arrivals, sessions


def certificates(store: Store, *, min_sessions: int = 0, attendee_ids: list[int] | None = None
                 ) -> list[Certificate]:
    """One certificate per person who attended (and entered at least ``min_sessions`` sessions).

    ``attendee_ids`` narrows the choice; naming someone who did not attend is an
    error (``StoreError``), never a certificate.
    """
    if min_sessions < 0:
        raise StoreError("--min-sessions cannot be negative")
    event = get_event(store)
    arrivals, sessions = _attendance(store, ZoneInfo(event.timezone))
    people = list_attendees(store)
    if attendee_ids:
        known = {p.id for p in people}
        unknown = [i for i in attendee_ids if i not in known]
        if unknown:
            raise StoreError(f"no attendee with id {unknown[0]}")
        absent = [i for i in attendee_ids if i not in arrivals and i not in sessions]
        if absent:
            who = get_attendee(store, absent[0]).full_name
            raise StoreError(f"{who} (id {absent[0]}) has no valid check-in: no certificate")
        wanted = set(attendee_ids)
        people = [p for p in people if p.id in wanted]
    out = []
    for person in people:
        attended = sessions.get(person.id, [])
        if person.id not in arrivals and not attended:
            continue
        if len(attended) < min_sessions:
            continue
        out.append(Certificate(person, arrivals.get(person.id, ""), attended,
                               issue_certificate_code(event.keys, person.uid)))
    out.sort(key=lambda c: (c.attendee.last_name.casefold() or c.attendee.full_name.casefold(),
                            c.attendee.full_name.casefold(), c.attendee.id))
    return out


@dataclass(frozen=True)
class Verification:
    status: CertificateStatus
    code: str
    certificate: Certificate | None = None  # for a valid code whose holder still has a valid check-in
    message: str = ""


def verify_certificate(store: Store, raw: str) -> Verification:
    """Check a certificate code offline against this event file; says whose it is and what it covers."""
    event: Event = get_event(store)
    parsed = parse_certificate_code(event.keys, raw)
    if parsed.status is CertificateStatus.GARBAGE:
        return Verification(parsed.status, parsed.code, message="not a certificate code")
    if parsed.status is CertificateStatus.FOREIGN:
        return Verification(parsed.status, parsed.code, message="a certificate of another event")
    holders = [p for p in list_attendees(store) if serial_for(p.uid) == parsed.serial]
    person = next((p for p in holders
                   if check_certificate_code(event.keys, raw, p.uid).status is CertificateStatus.VALID), None)
    if person is None:
        return Verification(CertificateStatus.TAMPERED, parsed.code,
                            message="altered or forged: its signature does not match this event")
    mine = next((c for c in certificates(store) if c.attendee.id == person.id), None)
    if mine is None:
        return Verification(CertificateStatus.WITHDRAWN, parsed.code,
                            message=f"issued to {person.full_name}, whose check-ins were all undone since")
    return Verification(CertificateStatus.VALID, parsed.code, mine, message="valid")
