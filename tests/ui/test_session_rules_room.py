"""A session room with pretix-style rules: a person who left a no-re-entry session is refused with
the reason on the card, and the organiser can admit them anyway with one button (recorded as such)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from checkin.store.checkins import occupancy
from checkin.store.db import to_stored_time
from checkin.store.sessions import add_session


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


def test_no_reentry_is_refused_with_its_reason_and_the_organiser_admits_anyway(room, event_store, tmp_path):
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
    room.override_button.click()
    assert room.questions == ["Admit John Smith despite the session's rule?"]
    assert room.card.status == "accepted" and not room.override_button.isVisible()
    assert occupancy(event_store, session.id) == 1


def test_too_early_for_a_later_session(room, event_store):
    room.select_session(room.sessions_by_title["later"].id)
    room.handle_code(event_store.people["Amina"].code, "camera", 1.0)
    assert room.card.status == "refused"
    assert "Too early: this session is not open yet" in room.card.words()
    assert room.override_button.isVisible()
    room.handle_code(event_store.people["Hélène"].code, "camera", 3.0)
    room.override_button.click()
    assert room.card.status == "accepted" and room.card.name() == "Hélène Lefèvre"
