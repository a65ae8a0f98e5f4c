"""Words for a scan decision, in the user's language, for the result card.

The core's ``ScanDecision.message`` is an English sentence for logs and the
command line; the card composes its own translated words from the fields.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from checkin.venue_time import local_clock  # noqa: F401 - panels import it from here too


def tr(text: str) -> str:
    return QCoreApplication.translate("ScanResult", text)


@dataclass(frozen=True)
class CardText:
    status: str  # accepted | duplicate | refused | invalid | unknown | undone | idle | error | busy
    heading: str  # one short line: what to do
    title: str  # the name, big
    lines: tuple[str, ...] = ()  # organisation, category, reason, when/where
    footer: str = ""


def _reason_text(reason: str | None, message: str) -> str:
    reasons = {
        "not_on_list": tr("Not on the list for this session"),
        "restricted": tr("Not on the list for this session"),
        "full": tr("The session is full"),
        "session_full": tr("The session is full"),
        "cancelled": tr("Registration cancelled"),
        "pending_payment": tr("Payment pending — see the organiser"),
        "pending_approval": tr("Registration awaiting approval — see the organiser"),
        "too_early": tr("Too early: this session is not open yet"),
        "too_late": tr("This session has ended"),
        "no_reentry": tr("No re-entry to this session after leaving"),
        "revoked": tr("This badge was replaced or revoked"),
        "foreign": tr("Badge of another event"),
        "tampered": tr("Altered or forged badge"),
        "garbage": tr("Not a badge for this event"),
        "unsupported": tr("Badge format not supported"),
        "not_inside": tr("Not inside: no entry was recorded here, so there is no exit to record"),
    }
    if reason and reason in reasons:
        return reasons[reason]
    return message or (reason or "")


def _first(obj: object, *names: str):
    for name in names:
        value = getattr(obj, name, None)
        if value not in (None, ""):
            return value
    return None


def busy_card(waiting: int) -> CardText:
    """The card while scans wait for the event file (another program is writing to it)."""
    return CardText("busy", tr("Busy — wait"), tr("Recording as soon as the file is free"),
                    (tr("Another program is writing to the event file (an import or a merge)."),
                     tr("Scans waiting: %1").replace("%1", str(waiting))),
                    tr("Nothing is lost: each scan is recorded in order."))


def decision_card(decision, timezone: str | None, direction: str = "in") -> CardText:
    """The card for one ``checkin.decision.ScanDecision``."""
    status = decision.status
    person = decision.attendee
    name = person.full_name if person is not None else ""
    details = tuple(x for x in ((person.organisation, person.category) if person else ()) if x)
    when = local_clock(decision.at, timezone)
    footer = " · ".join(x for x in (when, decision.station) if x)
    message = getattr(decision, "message", "") or ""
    reason = getattr(decision, "reason", None)
    if status == "accepted":
        heading = tr("Exit recorded") if direction == "out" else tr("Welcome")
        if reason == "override":
            details = (tr("Admitted by a supervisor"), *details)
        return CardText(status, heading, name or tr("Badge accepted"), details, footer)
    if status == "duplicate":
        prev_at = _first(decision, "previous_at", "first_at", "previous_checkin_at")
        prev_station = _first(decision, "previous_station", "first_station", "previous_checkin_station")
        left = reason == "already_out"  # a second exit: say when they left, not when they came in
        if prev_at is not None:
            where = prev_station or tr("another station")
            words = tr("Already left at {time} at {station}") if left else tr("Already checked in at {time} at {station}")
            line = words.format(time=local_clock(prev_at, timezone), station=where)
        else:
            line = message
        return CardText(status, tr("Already left") if left else tr("Already checked in"), name, (line, *details),
                        footer)
    if status == "refused" and reason == "not_inside":
        return CardText(status, tr("No exit recorded"), name or tr("Refused"),
                        (_reason_text(reason, message), *details), footer)
    if status == "refused":
        return CardText(status, tr("Not allowed in"), name or tr("Refused"),
                        (_reason_text(reason, message), *details), footer)
    if status == "unknown":  # a genuine badge issued at another desk: admitted (see checkin.decision)
        return CardText(status, tr("Welcome"), tr("Valid badge from another desk"),
                        (tr("Admitted. The name appears here once the stations have synced."),), footer)
    # Say which kind of bad badge it is in the big line, and what to do next.
    return CardText("invalid", tr("Do not admit"), _reason_text(reason, message) or tr("Not a valid badge"),
                    (tr("Find the person by name to check them in."),), footer)
