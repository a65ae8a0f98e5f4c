"""Undo at the desk, after staff confirm whom and when (front desk and session room).

Both ways in end in ``checkin.desk``: this station's own last check-in, or one
person's latest check-in chosen from the search results or their history.
Exactly the check-in named in the question is undone, even if a scan came in
while the question was open; the undo is itself recorded (nothing is deleted).
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication

from checkin import desk
from checkin.ui.decision_text import CardText


def tr(text: str) -> str:
    return QCoreApplication.translate("UndoAction", text)


def undo_last_checkin(ctx, confirm: Callable[[str, str], bool]) -> tuple[CardText | None, str, desk.Undoable | None]:
    """``(card to show, message, what was undone)``; the card is None when nothing was undone."""
    item = desk.last_undoable(ctx.store, station=ctx.station)
    if item is None:
        return None, tr("Nothing to undo."), None
    return confirm_and_undo(ctx, item, confirm)


def undo_person_checkin(ctx, attendee_id: int, session_id: int | None, confirm: Callable[[str, str], bool],
                        *, organiser: bool = False) -> tuple[CardText | None, str, desk.Undoable | None]:
    """Undo one person's latest check-in at a checkpoint (whichever station recorded it).

    At the desk the usual time limit applies; an ``organiser`` (the history view) has none.
    """
    item = desk.person_undoable(ctx.store, attendee_id, session_id=session_id)
    if item is None:
        return None, tr("This person has no check-in to undo here."), None
    return confirm_and_undo(ctx, item, confirm, within_seconds=None if organiser else desk.DESK_UNDO_SECONDS)


def undo_chosen_checkin(ctx, checkin_id: str, confirm: Callable[[str, str], bool]):
    """An organiser undoes one check-in chosen in a person's history (no time limit)."""
    item = desk.checkin_undoable(ctx.store, checkin_id)
    if item is None:
        return None, tr("That check-in was already undone."), None
    return confirm_and_undo(ctx, item, confirm, within_seconds=None)


def confirm_and_undo(ctx, item: desk.Undoable, confirm: Callable[[str, str], bool],
                     within_seconds: float | None = desk.DESK_UNDO_SECONDS):
    if item.direction == "out":
        question = tr("Undo the exit of {name} at {time}?")
    elif item.session_id is not None:
        question = tr("Undo the entry of {name} at {time} in this session?")
    else:
        question = tr("Undo the check-in of {name} at {time}?")
    if not confirm(tr("Undo check-in"), question.format(name=item.name, time=item.clock)):
        return None, "", None
    result = desk.undo_checkin(ctx.store, item, station=ctx.station, within_seconds=within_seconds)
    if not result.ok:  # too old, or undone meanwhile
        return None, result.message, None
    card = CardText("undone", tr("Check-in undone"), item.name,
                    (tr("The check-in of {time} no longer counts.").format(time=item.clock),))
    return card, tr("Check-in of {name} at {time} undone.").format(name=item.name, time=item.clock), item
