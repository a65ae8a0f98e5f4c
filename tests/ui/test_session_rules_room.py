"""A session room with pretix-style rules: a person who left a no-re-entry session, or who comes too
early, is refused with the reason on the card; the organiser admits them anyway with a reason, and
with the organiser PIN when one is set, as the front desk's supervisor admit does (recorded as such).
The host's answers are typed into the real dialogs."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit

from checkin.store.checkins import checked_in_ids, occupancy
from checkin.store.db import to_stored_time
from checkin.store.sessions import add_session


_calls: list[list[str]] = []


def answer_dialogs(qtbot, *answers: str) -> list[str]:
    """Type each answer into the next input dialog that opens, as a host would, and press Enter.

    Returns the dialogs' questions, in order, as they are asked."""
    asked: list[str] = []
    pending = list(answers)
    _calls.append(asked)

    def step() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(20, step)
            return
        asked.append(dialog.labelText())
        field = dialog.findChild(QLineEdit)
        qtbot.keyClicks(field, pending.pop(0))
        qtbot.keyClick(field, Qt.Key.Key_Return)
        QTimer.singleShot(0, step if pending else refuse_stray)

    def refuse_stray() -> None:  # a dialog nobody answers would hang the test: close it, and say so
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QInputDialog) and _calls[-1] is asked:  # not a later call's dialog
            asked.append(f"UNEXPECTED: {dialog.labelText()}")
            dialog.reject()

    QTimer.singleShot(0, step)
    return asked


def last_logged(store) -> str:
    return store.conn.execute("SELECT message FROM scan_log ORDER BY id DESC LIMIT 1").fetchone()[0]


@pytest.fixture
def room(qtbot, ctx, event_store):
    from checkin.ui.session_room import SessionRoomPanel

    now = datetime.now(timezone.utc)
    closed = add_session(event_store, title="Table ronde ministérielle", room="Salle 2",
                         starts_at=to_stored_time(now - timedelta(minutes=30)),
                         ends_at=to_stored_time(now + timedelta(minutes=60)), admit_minutes_before=15,
                         entry_after_exit=False)
    later = add_session(event_store, title="Clôture", room="Salle 2",
                        starts_at=to_stored_time(now + timedelta(hours=3)),
                        ends_at=to_stored_time(now + timedelta(hours=4)), admit_minutes_before=15)
    panel = SessionRoomPanel(ctx)
    panel.questions = []
    panel.confirm = lambda _title, question: panel.questions.append(question) or True
    panel.sessions_by_title = {"closed": closed, "later": later}
    qtbot.addWidget(panel)
    panel.resize(1100, 700)
    panel.show()
    yield panel
    panel.close()


def test_no_reentry_is_refused_with_its_reason_and_the_organiser_admits_anyway(qtbot, room, event_store, tmp_path):
    session = room.sessions_by_title["closed"]
    room.select_session(session.id)
    john = event_store.people["John"]
    room.handle_code(john.code, "camera", 1.0)
    assert room.card.status == "accepted"
    room.out_button.setChecked(True)
    room.handle_code(john.code, "camera", 3.0)
    room.in_button.setChecked(True)
    room.handle_code(john.code, "camera", 6.0)
    assert room.card.status == "refused" and room.card.name() == "John Smith"
    assert "No re-entry to this session after leaving" in room.card.words()
    assert room.override_button.isVisible()
    room.grab().save(str(tmp_path / "no-reentry.png"))
    asked = answer_dialogs(qtbot, "Came back for the vote")  # no PIN set: the reason only
    room.override_button.click()
    assert asked == ["Why admit John Smith anyway? (kept in the record)"]
    assert room.card.status == "accepted" and "Admitted by a supervisor" in room.card.words()
    assert not room.override_button.isVisible()
    assert room.status_line.text() == "John Smith admitted by a supervisor: Came back for the vote"
    assert occupancy(event_store, session.id) == 1
    assert last_logged(event_store).startswith(
        "Supervisor override: Came back for the vote (was: No re-entry to Table ronde ministérielle")


def test_with_a_pin_set_the_room_asks_for_it_before_admitting_outside_the_time_rule(qtbot, room, ctx, event_store,
                                                                                     tmp_path):
    from checkin.ui import organiser_pin

    organiser_pin.set_pin(ctx.settings, "2468")
    later = room.sessions_by_title["later"].id
    room.select_session(later)
    john = event_store.people["John"]
    room.handle_code(john.code, "scanner", 1.0)
    assert room.card.status == "refused" and "Too early" in room.card.words()
    assert room.override_button.isVisible()

    asked = answer_dialogs(qtbot, "0000", "Speaker setting up")  # a wrong PIN
    room.override_button.click()
    assert asked == ["Organiser PIN to admit John Smith:", "Why admit John Smith anyway? (kept in the record)"]
    assert room.status_line.text() == "Wrong organiser PIN: John Smith was not admitted."
    assert john.id not in checked_in_ids(event_store, later) and room.card.status == "refused"
    assert room.override_button.isVisible()  # the organiser may try again

    answer_dialogs(qtbot, "2468", "   ")
    room.override_button.click()
    assert room.status_line.text() == "Give a reason to admit John Smith anyway."
    assert john.id not in checked_in_ids(event_store, later)

    answer_dialogs(qtbot, "2468", "Speaker setting up")
    room.override_button.click()
    assert room.card.status == "accepted" and room.card.name() == "John Smith"
    assert "Admitted by a supervisor" in room.card.words()
    assert room.status_line.text() == "John Smith admitted by a supervisor: Speaker setting up"
    assert john.id in checked_in_ids(event_store, later) and not room.override_button.isVisible()
    assert last_logged(event_store).startswith("Supervisor override: Speaker setting up (was: Too early for Clôture")
    room.grab().save(str(tmp_path / "override-with-pin.png"))


def test_cancelling_the_pin_dialog_admits_nobody(qtbot, room, ctx, event_store):
    from checkin.ui import organiser_pin

    organiser_pin.set_pin(ctx.settings, "2468")
    later = room.sessions_by_title["later"].id
    room.select_session(later)
    amina = event_store.people["Amina"]
    room.handle_code(amina.code, "scanner", 1.0)

    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(20, cancel)
            return
        qtbot.keyClick(dialog.findChild(QLineEdit), Qt.Key.Key_Escape)

    QTimer.singleShot(0, cancel)
    room.override_button.click()
    assert amina.id not in checked_in_ids(event_store, later) and room.card.status == "refused"


def test_too_early_for_a_later_session(qtbot, room, event_store):
    room.select_session(room.sessions_by_title["later"].id)
    room.handle_code(event_store.people["Amina"].code, "camera", 1.0)
    assert room.card.status == "refused"
    assert "Too early: this session is not open yet" in room.card.words()
    assert room.override_button.isVisible()
    room.handle_code(event_store.people["Hélène"].code, "camera", 3.0)
    answer_dialogs(qtbot, "Chairs the closing")
    room.override_button.click()
    assert room.card.status == "accepted" and room.card.name() == "Hélène Lefèvre"
