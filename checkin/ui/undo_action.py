"""Undo this station's last check-in, after the staff member confirms whom (front desk and session room)."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication

from checkin.decision import undo
from checkin.store.attendees import get_attendee
from checkin.store.checkins import CheckinRecord, last_station_checkin
from checkin.ui.decision_text import CardText, local_clock


def tr(text: str) -> str:
    return QCoreApplication.translate("UndoAction", text)


def undo_last_checkin(ctx, confirm: Callable[[str, str], bool]) -> tuple[CardText | None, str, CheckinRecord | None]:
    """``(card to show, message, record undone)``; the card is None when nothing was undone.

    Exactly the check-in shown in the question is undone, even if a scan came in
    while the question was open; the undo is itself recorded (nothing is deleted).
    """
    record = last_station_checkin(ctx.store, ctx.station)
    if record is None:
        return None, tr("Nothing to undo."), None
    who = get_attendee(ctx.store, record.attendee_id).full_name if record.attendee_id else (record.code or "")
    when = local_clock(record.at, ctx.event.timezone)
    if record.session_id is not None:
        question = tr("Undo the entry of {name} at {time} in this session?")
    else:
        question = tr("Undo the check-in of {name} at {time}?")
    if not confirm(tr("Undo check-in"), question.format(name=who, time=when)):
        return None, "", None
    result = undo(ctx.store, record.id, station=ctx.station)
    if not result.ok:  # too old, or undone meanwhile at this station
        return None, result.message, None
    card = CardText("undone", tr("Check-in undone"), who,
                    (tr("The check-in of {time} no longer counts.").format(time=when),))
    return card, "", record
