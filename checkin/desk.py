"""What desk staff do, one Qt-free function per use case (the window and the CLI call these).

Scan a code, check in a person found by name, register a walk-in, undo this
station's last check-in or one person's check-in, and choose which badges to
print. Each function does the whole use case (rules, records, the words staff
read), so the front desk, the session room and ``checkin`` commands cannot drift
apart: a front end only shows what comes back.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from checkin.decision import (
    OVERRIDABLE,
    SUPERVISOR_OVERRIDABLE,
    ScanDecision,
    UndoResult,
    admit_override,
    checkin_manual,
    decide,
    local_hhmm,
    undo,
)
from checkin.store import checkins as ck
from checkin.store.attendees import Attendee, add_attendee, get_attendee
from checkin.store.badges import attendees_for_badges, first_prints
from checkin.store.stations import Station, recording_station, rename_station, this_station

#: An undo at the desk (not an organiser's) reaches back this far.
DESK_UNDO_SECONDS = 300


def scan(store, code: str, *, station: str, session_id: int | None = None, method: str = "scanner",
         direction: str = "in", override: bool = False, session_entry_is_arrival: bool = True) -> ScanDecision:
    """A code from a camera or a USB scanner: decided, recorded, committed.

    A first session entry of someone who never passed the entrance also counts as their
    arrival at the event, unless the organiser turned that off (``session_entry_is_arrival``).
    ``override``: an organiser at the door sets aside the session's admission window and
    no-re-entry rule (``checkin.decision.OVERRIDABLE``).
    """
    return decide(store, code, session_id=session_id, station=station, method=method, direction=direction,
                  override=override, session_entry_is_arrival=session_entry_is_arrival)


def check_in(store, attendee_id: int, *, station: str, session_id: int | None = None,
             direction: str = "in", override: bool = False, session_entry_is_arrival: bool = True) -> ScanDecision:
    """A person found by name, checked in by hand under the same rules as a scan."""
    return checkin_manual(store, attendee_id, session_id=session_id, station=station, direction=direction,
                          override=override, session_entry_is_arrival=session_entry_is_arrival)


def can_supervisor_admit(decision: ScanDecision) -> bool:
    """Whether a supervisor may admit this person anyway to a full or restricted session (PIN needed)."""
    return decision.status == "refused" and decision.reason in SUPERVISOR_OVERRIDABLE


def can_admit_anyway(decision: ScanDecision) -> bool:
    """Whether an organiser may admit this person anyway: a full or restricted session, or the
    session's own admission time or no-re-entry rule."""
    return can_supervisor_admit(decision) or (decision.status == "refused" and decision.reason in OVERRIDABLE)


def supervisor_admit(store, refused: ScanDecision, *, station: str, reason: str,
                     session_entry_is_arrival: bool = True) -> ScanDecision:
    """Admit, on a supervisor's word and reason, someone a session refused (recorded with the reason).

    A refusal for the session's time or re-entry rule is judged again with that rule set aside,
    so a full room or a cancelled registration still refuses; raises ValueError without a reason.
    """
    return admit_override(store, refused, station=station, reason=reason,
                          session_entry_is_arrival=session_entry_is_arrival)


@dataclass(frozen=True)
class WalkInResult:
    """The registered person and the check-in decided for them."""

    attendee: Attendee
    decision: ScanDecision


def register_walkin(store, *, station: str, first_name: str = "", last_name: str = "",
                    organisation: str = "", category: str = "", email: str = "",
                    session_id: int | None = None) -> WalkInResult:
    """Register someone without a registration and check them in (raises StoreError without a name)."""
    person = add_attendee(store, first_name=first_name, last_name=last_name, organisation=organisation,
                          category=category, email=email, source="walkin", station=station)
    return WalkInResult(person, check_in(store, person.id, station=station, session_id=session_id))


@dataclass(frozen=True)
class Undoable:
    """A check-in staff may take back, with what the confirmation question needs."""

    checkin_id: str
    name: str  # the person's name, or the badge code of an "unknown" admission
    at: str  # stored UTC time
    clock: str  # HH:MM in the venue's time zone
    session_id: int | None
    direction: str
    attendee_id: int | None
    code: str | None


def _undoable(store, record: ck.CheckinRecord | None) -> Undoable | None:
    if record is None:
        return None
    who = get_attendee(store, record.attendee_id).full_name if record.attendee_id else (record.code or "")
    return Undoable(record.id, who, record.at, local_hhmm(store, record.at), record.session_id,
                    record.direction, record.attendee_id, record.code)


def last_undoable(store, *, station: str) -> Undoable | None:
    """This station's own newest check-in that still counts (never another station's)."""
    return _undoable(store, ck.last_station_checkin(store, station))


def person_undoable(store, attendee_id: int, *, session_id: int | None = None) -> Undoable | None:
    """One person's latest movement that still counts at a checkpoint (the entrance by default)."""
    return _undoable(store, ck.latest_movement(store, session_id=session_id, attendee_id=attendee_id,
                                               code=None))


def checkin_undoable(store, checkin_id: str) -> Undoable | None:
    """One particular check-in (chosen in a person's history), if it still counts."""
    if ck.is_undone(store, checkin_id):
        return None
    return _undoable(store, ck.get_checkin(store, checkin_id))


def undo_checkin(store, item: Undoable, *, station: str, reason: str = "",
                 within_seconds: float | None = DESK_UNDO_SECONDS) -> UndoResult:
    """Take back exactly the check-in staff confirmed (recorded as an undo; nothing is deleted)."""
    result = undo(store, item.checkin_id, station=station, reason=reason, within_seconds=within_seconds)
    if result.ok:
        text = f"Check-in of {item.name} at {item.clock} undone"
        return UndoResult(True, text, result.checkin_id, result.undo_id, result.attendee)
    return result


@dataclass(frozen=True)
class BadgeSelection:
    """Whose badges to print, and whom the print log made us skip."""

    people: list[Attendee]
    cancelled: int = 0
    already_printed: dict[int, str] = field(default_factory=dict)  # attendee id -> first print (UTC)

    @property
    def first_printed_at(self) -> str | None:
        return min(self.already_printed.values()) if self.already_printed else None


def badges_to_print(store, *, attendee_ids: list[int] | None = None, categories: list[str] | None = None,
                    reprint: bool = False) -> BadgeSelection:
    """The attendees to print badges for: cancelled ones never; those printed before only on ``reprint``."""
    chosen = attendees_for_badges(store, attendee_ids=attendee_ids, categories=categories,
                                  include_cancelled=True)
    people = [p for p in chosen if p.status != "cancelled"]
    printed = {} if reprint else first_prints(store, [p.id for p in people])
    return BadgeSelection([p for p in people if p.id not in printed], len(chosen) - len(people), printed)


def needs_badge_on_arrival(store, attendee_id: int) -> bool:
    """Whether print-on-arrival should print this person's badge now: it was never printed."""
    return attendee_id not in first_prints(store, [attendee_id])


def station_identity(store, name: str | None = None) -> Station:
    """The station this desk records as: this laptop's (given by its package), or ``name``.

    A name this file records under (an organiser's file scanning as "Desk 2") is that
    station; a new name becomes a new local station; the name of another laptop's
    station is refused with StoreError, so two laptops never write under one identity.
    """
    return recording_station(store, name)


def rename_this_station(store, name: str) -> Station:
    """Rename this laptop's station; refused when another station of the event has the name."""
    return rename_station(store, this_station(store).uid, name)

