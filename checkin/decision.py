"""The scan decision: one code (or one attendee found by name) in, one recorded verdict out.

Camera, USB scanner and manual entry all end here. ``decide`` checks the code
offline with the event key (a code on file as an attendee's badge code is that
badge: its MAC is not recomputed), looks the attendee up, applies the checkpoint's
rules and writes the outcome: an admission goes to ``checkins``, and every
other attempt (refusals, duplicates, unknown or invalid codes, overrides) to
``scan_log``, in one transaction that is committed before the function returns.
So a decision the UI shows as accepted is on disk.

The whole decision runs inside one ``BEGIN IMMEDIATE`` transaction: a second
copy of the app on the same file waits for it, so the duplicate check and the
insert cannot interleave and one badge is never admitted twice by one file.

Statuses:

* ``accepted``  – recorded; the attendee is known here.
* ``duplicate`` – already in at this checkpoint (with when and where), or, for an exit,
  already out (when they left); nothing recorded.
* ``refused``   – a real badge that may not enter here: revoked, cancelled, registration
  pending (payment or approval), not on a restricted session's list, session full; or an
  exit for someone with no entry here.

A ticket code from the registration tool (pretix secret, Eventbrite barcode...) that
was imported as an alias admits its holder exactly like their badge code.
* ``unknown``   – a valid badge of this event (its MAC checks out) for an attendee this
  station has not got, typically a walk-in registered at another desk. Every station
  holds the event key, so the badge is genuine; it is **admitted** and recorded with
  ``attendee_id`` NULL and the code, and the merge of station journals resolves the
  attendee later. Refusing would turn away real people whose only fault is that the
  stations have not synced yet (a complaint about peer tools).
* ``invalid``   – not a badge of this event, altered/forged, another format, or garbage.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta, timezone

from checkin.codes import CodeStatus, badge_shaped, check_code, normalise
from checkin.logs import log
from checkin.store import checkins as ck
from checkin.store.aliases import find_by_ticket_code
from checkin.store.attendees import Attendee, get_attendee
from checkin.store.badges import get_revocation
from checkin.store.db import Store, StoreError, from_stored_time, to_stored_time, utc_now
from checkin.store.event import event_keys, get_event
from checkin.store.scan import ScanFacts, scan_facts
from checkin.text import clean_scanned
from checkin.venue_time import local_clock

ACCEPTED, DUPLICATE, REFUSED, UNKNOWN, INVALID = "accepted", "duplicate", "refused", "unknown", "invalid"
STATUSES = (ACCEPTED, DUPLICATE, REFUSED, UNKNOWN, INVALID)

_INVALID_MESSAGES = {
    CodeStatus.FOREIGN: "Not a badge for this event",
    CodeStatus.TAMPERED: "Altered or forged badge",
    CodeStatus.UNSUPPORTED: "Badge of another format version: not readable by this app",
    CodeStatus.GARBAGE: "Not a badge code",
}


# Refusals an organiser at the door may override (``override=True``, or ``admit_override`` with a
# reason, which the scan log keeps): the session's own rules.
OVERRIDABLE = ("too_early", "too_late", "no_reentry")

PENDING_MESSAGES = {
    "payment": "Payment pending — see the organiser",
    "approval": "Registration awaiting approval — see the organiser",
}


@dataclass(frozen=True)
class ScanDecision:
    """The verdict on one scan, as recorded. ``at`` is stored UTC text."""

    status: str
    code: str  # the normalised badge code, or the raw text when it is not a badge
    attendee: Attendee | None
    checkpoint: str  # "Entrance" or the session title
    session_id: int | None
    station: str
    method: str
    direction: str
    at: str
    message: str  # one sentence for the screen
    reason: str = ""  # machine-readable: foreign, tampered, revoked, cancelled, not_on_list, session_full...
    previous_at: str | None = None  # duplicates: when the earlier admission was recorded
    previous_station: str | None = None
    checkin_id: str | None = None
    arrival_id: str | None = None  # a session entry that also recorded the arrival at the event

    @property
    def admitted(self) -> bool:
        """True when the person may go in (and a check-in row was committed)."""
        return self.status in (ACCEPTED, UNKNOWN)

    def as_json(self) -> dict:
        """The line ``checkin scan --json`` prints."""
        a = self.attendee
        return {
            "code": self.code,
            "status": self.status,
            "attendee_id": a.id if a else None,
            "name": a.full_name if a else None,
            "checkpoint": self.checkpoint,
            "station": self.station,
            "at": self.at,
            "message": self.message,
            "organisation": a.organisation if a else None,
            "category": a.category if a else None,
            "session_id": self.session_id,
            "reason": self.reason,
            "method": self.method,
            "direction": self.direction,
            "checkin_id": self.checkin_id,
        }


@dataclass(frozen=True)
class UndoResult:
    """What an undo did: ``ok`` False means nothing changed, ``message`` says why."""

    ok: bool
    message: str
    checkin_id: str | None = None
    undo_id: str | None = None
    attendee: Attendee | None = None


def _stamp(at: datetime | str | None) -> str:
    if at is None:
        return utc_now()
    if isinstance(at, datetime):
        return to_stored_time(at)
    return at


def local_hhmm(store: Store, stored: str) -> str:
    """A stored UTC time as HH:MM in the event's time zone (what staff read on the wall clock)."""
    return local_clock(stored, get_event(store).timezone)


def _welcome(a: Attendee, direction: str) -> str:
    org = f" — {a.organisation}" if a.organisation else ""
    return f"{'Welcome' if direction == 'in' else 'Goodbye'}, {a.full_name}{org}"


def decide(
    store: Store,
    code: str,
    *,
    session_id: int | None = None,
    station: str,
    method: str,
    direction: str = "in",
    at: datetime | str | None = None,
    override: bool = False,
    session_entry_is_arrival: bool = True,
) -> ScanDecision:
    """Decide on one scanned or typed code, record it, and return the verdict.

    ``method`` is camera or scanner; ``direction`` 'out' records an exit scan.
    ``override`` (an organiser at the door) admits outside the session's admission
    window and despite its no-re-entry rule; nothing else is overridden.
    The check-in (if any) and the scan-log row are committed before this returns.
    An entry into a session by someone who never passed the entrance also records
    their arrival at the event, unless ``session_entry_is_arrival`` is False.
    """
    if method not in ck.METHODS:
        raise ValueError(f"method must be one of {ck.METHODS}")
    if direction not in ("in", "out"):
        raise ValueError("direction must be 'in' or 'out'")
    stamp = _stamp(at)
    raw = clean_scanned(code)  # a 1 MB or binary line is decided on (garbage) and stored capped
    with store.transaction():
        point = ck.get_checkpoint(store, session_id)
        base = dict(checkpoint=point.title, session_id=session_id, station=station, method=method,
                    direction=direction, at=stamp)
        # A code with a badge's shape is looked up first, with the event's key in the same read:
        # a code on file as an attendee's badge is verified without recomputing its MAC.
        text = normalise(raw)
        facts = scan_facts(store, text, session_id) if badge_shaped(text) else None
        keys = facts.keys if facts is not None else event_keys(store)
        check = check_code(keys, raw, on_file=facts is not None and facts.attendee is not None)
        holder = None if check.ok else find_by_ticket_code(store, raw)
        if holder is not None:  # the ticket the registration tool e-mailed them
            d = _judge(store, point, raw, holder, base, override, arrival=session_entry_is_arrival)
        elif not check.ok:
            d = ScanDecision(INVALID, check.code, None, message=_INVALID_MESSAGES[check.status],
                             reason=check.status.value, **base)
        else:  # a valid code is badge-shaped: its facts were read above, under the same text
            d = _judge(store, point, check.code, facts.attendee, base, override,
                       arrival=session_entry_is_arrival, facts=facts)
        if not _plain_admission(d):
            ck.log_scan(store, raw_code=raw, status=d.status, station=station, method=method,
                        session_id=session_id, attendee_id=d.attendee.id if d.attendee else None,
                        checkin_id=d.checkin_id, message=d.message, at=stamp)
    _log(d)
    return d


def _plain_admission(d: ScanDecision) -> bool:
    """An admission with nothing to add to its check-in: it leaves no scan-log line.

    The check-in row holds what the line held (time, station, method, person, code), so
    the scan log keeps the attempts that say something else: refusals, duplicates,
    unknown and invalid codes, and admissions with a reason (an override). One b-tree
    fewer for every admission to write and sync (``docs/BENCHMARKS.md``).
    """
    return d.status == ACCEPTED and not d.reason


def _log(d: ScanDecision) -> None:
    # numbers and statuses only: the log file must hold no names (see checkin.logs)
    log.info("decision %s reason=%s attendee=%s session=%s station=%s method=%s direction=%s", d.status,
             d.reason or "-", d.attendee.id if d.attendee else "-", d.session_id or "-", d.station, d.method,
             d.direction)


def checkin_manual(
    store: Store,
    attendee_id: int,
    *,
    session_id: int | None = None,
    station: str,
    direction: str = "in",
    at: datetime | str | None = None,
    override: bool = False,
    session_entry_is_arrival: bool = True,
) -> ScanDecision:
    """Check in an attendee found by name (method ``manual``), under the same rules as a scan."""
    stamp = _stamp(at)
    with store.transaction():
        point = ck.get_checkpoint(store, session_id)
        attendee = get_attendee(store, attendee_id)
        base = dict(checkpoint=point.title, session_id=session_id, station=station, method="manual",
                    direction=direction, at=stamp)
        d = _judge(store, point, None, attendee, base, override, arrival=session_entry_is_arrival)
        if not _plain_admission(d):
            ck.log_scan(store, raw_code=attendee.code or "", status=d.status, station=station, method="manual",
                        session_id=session_id, attendee_id=attendee.id, checkin_id=d.checkin_id,
                        message=d.message, at=stamp)
    _log(d)
    return d


def _judge(store: Store, point: ck.Checkpoint, code: str | None, attendee: Attendee | None,
           base: dict, override: bool = False, *, arrival: bool = True,
           facts: ScanFacts | None = None) -> ScanDecision:
    """The rules after the code itself is known to be genuine (or the attendee was picked by hand).

    ``facts``: what a badge scan read in one go (:mod:`checkin.store.scan`); otherwise each is read here.
    """
    shown_code = code or (attendee.code if attendee else "") or ""
    if code and (facts is None or facts.revoked):
        revoked = get_revocation(store, code)
        if revoked is not None:
            who = attendee or (get_attendee(store, revoked.attendee_id) if revoked.attendee_id else None)
            why = revoked.reason
            text = f"Badge revoked{': ' + why if why else ''} — see the help desk"
            return ScanDecision(REFUSED, shown_code, who, message=text, reason="revoked", **base)
    if attendee is not None and attendee.status == "cancelled":
        return ScanDecision(REFUSED, shown_code, attendee, message=f"Registration cancelled: {attendee.full_name}",
                            reason="cancelled", **base)
    inward = base["direction"] == "in"
    if inward and attendee is not None and attendee.pending:
        text = PENDING_MESSAGES.get(attendee.pending, PENDING_MESSAGES["payment"])
        return ScanDecision(REFUSED, shown_code, attendee, message=f"{text}: {attendee.full_name}",
                            reason=f"pending_{attendee.pending}", **base)
    if inward and point.restricted and (attendee is None or not ck.has_session_access(store, point.session_id,
                                                                                     attendee.id)):
        return ScanDecision(REFUSED, shown_code, attendee, message=f"Not on the list for {point.title}",
                            reason="not_on_list", **base)
    # A manual check-in also looks for the person's badge code: an earlier code-only admission counts.
    last = facts.last if facts is not None else ck.latest_move(
        store, session_id=point.session_id, attendee_id=attendee.id if attendee else None, code=shown_code or None)
    if not inward and last is None:  # an exit for someone never let in here: nothing to record
        return ScanDecision(REFUSED, shown_code, attendee, message=f"Not inside {point.title}: no entry recorded",
                            reason="not_inside", **base)
    if last is not None and last.direction == base["direction"] and not (inward and point.multiple_entries):
        where = ck.get_checkin(store, last.checkin_id).station
        when = f"{local_hhmm(store, last.at)} at {where}"
        text = f"Already checked in at {when}" if inward else f"Already left at {when}"
        return ScanDecision(DUPLICATE, shown_code, attendee, message=text, reason=f"already_{last.direction}",
                            previous_at=last.at, previous_station=where, **base)
    if inward and not override:
        if last is not None and last.direction == "out" and not point.entry_after_exit:
            text = f"No re-entry to {point.title}: left at {local_hhmm(store, last.at)}"
            return ScanDecision(REFUSED, shown_code, attendee, message=text, reason="no_reentry",
                                previous_at=last.at,
                                previous_station=ck.get_checkin(store, last.checkin_id).station, **base)
        outside = _outside_window(store, point, base["at"])
        if outside is not None:
            return ScanDecision(REFUSED, shown_code, attendee, message=outside[1], reason=outside[0], **base)
    if inward and point.capacity is not None and ck.occupancy(store, point.session_id) >= point.capacity:
        return ScanDecision(REFUSED, shown_code, attendee,
                            message=f"Session full ({point.capacity} of {point.capacity}): {point.title}",
                            reason="session_full", **base)
    record, arrival_id = _record(store, point.session_id, attendee, code, shown_code, base, arrival=arrival)
    if attendee is None:
        return ScanDecision(UNKNOWN, shown_code, None, message="Valid badge registered at another desk — admitted",
                            reason="other_station", checkin_id=record.id, arrival_id=arrival_id, **base)
    return ScanDecision(ACCEPTED, shown_code, attendee, message=_welcome(attendee, base["direction"]),
                        checkin_id=record.id, arrival_id=arrival_id, **base)


def _record(store: Store, session_id: int | None, attendee: Attendee | None, code: str | None, shown_code: str,
            base: dict, *, arrival: bool) -> tuple[ck.CheckinRecord, str | None]:
    """Record an admission; a first session entry without an entrance check-in is an arrival too.

    The arrival is written first, so the session entry is this station's newest record (what
    "undo last" offers); undoing the entry takes the arrival back with it (``undo``).
    """
    who = dict(attendee_id=attendee.id if attendee else None, attendee_uid=attendee.uid if attendee else None)
    arrival_id = None
    if (arrival and session_id is not None and base["direction"] == "in"
            and ck.latest_move(store, session_id=None, attendee_id=who["attendee_id"],
                               code=shown_code or None) is None):
        arrival_id = ck.record_checkin(store, **who, code=code, session_id=None, station=base["station"],
                                       method=base["method"], direction="in", at=base["at"]).id
    record = ck.record_checkin(store, **who, code=code, session_id=session_id, station=base["station"],
                               method=base["method"], direction=base["direction"], at=base["at"])
    return record, arrival_id


#: Refusals a supervisor may override with the organiser PIN and a reason (``admit_override``):
#: the person is genuine, the room's limits are what is set aside.
SUPERVISOR_OVERRIDABLE = ("session_full", "not_on_list")


def admit_override(store: Store, refused: ScanDecision, *, station: str, reason: str,
                   at: datetime | str | None = None, session_entry_is_arrival: bool = True) -> ScanDecision:
    """Admit someone a session refused, on a supervisor's word and reason (recorded as such).

    A full or restricted session (``SUPERVISOR_OVERRIDABLE``): the person is admitted as is.
    The session's own time and re-entry rules (``OVERRIDABLE``): the person is judged again
    with those rules set aside, so a cancelled registration or a full room still refuses.
    Either way the scan log keeps who overrode what and why ("Supervisor override: <reason>
    (was: <refusal>)"). Other refusals (revoked, cancelled, invalid) cannot be overridden.
    """
    reason = " ".join((reason or "").split())
    if refused.status != REFUSED or refused.reason not in SUPERVISOR_OVERRIDABLE + OVERRIDABLE:
        raise ValueError("only a session's own rules, or a full or restricted session, can be overridden")
    if not reason:
        raise ValueError("an override needs a reason")
    stamp = _stamp(at)
    message = f"Supervisor override: {reason} (was: {refused.message})"
    if refused.reason in OVERRIDABLE:
        return _admit_despite_rules(store, refused, station=station, stamp=stamp, message=message,
                                    arrival=session_entry_is_arrival)
    person = refused.attendee
    with store.transaction():
        code = (refused.code or None) if refused.method != "manual" else None
        record, arrival_id = _record(store, refused.session_id, person, code, refused.code,
                                     dict(station=station, method=refused.method, direction="in", at=stamp),
                                     arrival=session_entry_is_arrival)
        ck.log_scan(store, raw_code=refused.code, status=ACCEPTED, station=station, method=refused.method,
                    session_id=refused.session_id, attendee_id=person.id if person else None,
                    checkin_id=record.id, message=message, at=stamp)
    return ScanDecision(ACCEPTED, refused.code, person, refused.checkpoint, refused.session_id, station,
                        refused.method, "in", stamp, message, reason="override", checkin_id=record.id,
                        arrival_id=arrival_id)


def _admit_despite_rules(store: Store, refused: ScanDecision, *, station: str, stamp: str, message: str,
                         arrival: bool) -> ScanDecision:
    """Judge the refused scan again with the session's time and re-entry rules set aside."""
    with store.transaction():
        point = ck.get_checkpoint(store, refused.session_id)
        person = get_attendee(store, refused.attendee.id) if refused.attendee else None
        code = refused.code if refused.method != "manual" else None
        base = dict(checkpoint=point.title, session_id=refused.session_id, station=station,
                    method=refused.method, direction=refused.direction, at=stamp)
        d = _judge(store, point, code, person, base, override=True, arrival=arrival)
        if d.checkin_id:
            d = replace(d, message=message, reason="override")
        ck.log_scan(store, raw_code=refused.code, status=d.status, station=station, method=refused.method,
                    session_id=refused.session_id, attendee_id=person.id if person else None,
                    checkin_id=d.checkin_id, message=d.message, at=stamp)
    _log(d)
    return d


def _outside_window(store: Store, point: ck.Checkpoint, at: str) -> tuple[str, str] | None:
    """``(reason, message)`` when ``at`` is outside the session's admission window, else None."""
    if point.admit_minutes_before is None or not point.starts_at:
        return None
    moment = from_stored_time(at)
    opens = from_stored_time(point.starts_at) - timedelta(minutes=point.admit_minutes_before)
    if moment < opens:
        opening = local_hhmm(store, to_stored_time(opens))
        return "too_early", f"Too early for {point.title}: admission from {opening}"
    if point.ends_at and moment > from_stored_time(point.ends_at):
        return "too_late", f"{point.title} ended at {local_hhmm(store, point.ends_at)}"
    return None


def undo(store: Store, checkin_id: str, *, station: str, within_seconds: float | None = 300,
         now: datetime | str | None = None, reason: str = "") -> UndoResult:
    """Take back one check-in by appending an undo record (nothing is deleted).

    Refused, with a message, when it is older than ``within_seconds`` (None: no
    limit, for organisers) or already undone.
    """
    stamp = _stamp(now)
    with store.transaction():
        try:
            record = ck.get_checkin(store, checkin_id)
        except StoreError:
            return UndoResult(False, "No such check-in to undo", checkin_id)
        who = get_attendee(store, record.attendee_id) if record.attendee_id else None
        if ck.is_undone(store, checkin_id):
            return UndoResult(False, "That check-in was already undone", checkin_id, attendee=who)
        age = (from_stored_time(stamp) - from_stored_time(record.at)).total_seconds()
        if within_seconds is not None and age > within_seconds:
            minutes = max(1, round(within_seconds / 60))
            return UndoResult(False, f"Too late to undo: the check-in at {local_hhmm(store, record.at)} is more"
                              f" than {minutes} min old; ask an organiser", checkin_id, attendee=who)
        twin = ck.arrival_twin(store, record)  # the arrival recorded with this session entry, if any
        undo_id = ck.undo_checkin(store, checkin_id, station=station, reason=reason, at=stamp)
        if twin is not None:
            ck.undo_checkin(store, twin.id, station=station, reason=reason or "session entry undone", at=stamp)
    name = who.full_name if who else (record.code or "the badge")
    return UndoResult(True, f"Check-in of {name} undone", checkin_id, undo_id, who)


def undo_last(store: Store, *, station: str, within_seconds: float | None = 300,
              now: datetime | str | None = None, reason: str = "") -> UndoResult:
    """Undo this station's newest check-in that is not undone yet, within the time limit."""
    record = ck.last_station_checkin(store, station)
    if record is None:
        return UndoResult(False, "Nothing to undo")
    return undo(store, record.id, station=station, within_seconds=within_seconds, now=now, reason=reason)


def confirm_registration(store: Store, attendee_id: int, *, station: str) -> Attendee:
    """An organiser settles a pending registration (paid at the desk, approved): admitted from now on.

    Recorded as a version of ``station``, so the other stations learn it from the journal.
    A later re-import of a file that still says "pending" marks it pending again.
    """
    from checkin.store.attendees import update_attendee

    return update_attendee(store, attendee_id, station=station, pending=None)
