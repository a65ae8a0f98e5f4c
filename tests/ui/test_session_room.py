"""Session room mode: the current session preselected, restricted lists, capacity, exits."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from checkin.store.db import to_stored_time
from checkin.store.sessions import add_session


@pytest.fixture
def room(qtbot, ctx):
    from checkin.ui.session_room import SessionRoomPanel

    panel = SessionRoomPanel(ctx)
    panel.questions = []
    panel.confirm = lambda _title, question: panel.questions.append(question) or True
    qtbot.addWidget(panel)
    panel.resize(1100, 700)
    panel.show()
    yield panel
    panel.close()


def test_the_session_running_now_is_preselected(qtbot, ctx, event_store):
    from checkin.ui.session_room import SessionRoomPanel

    now = datetime.now(timezone.utc)
    later = add_session(event_store, title="Closing", room="Main hall",
                        starts_at=to_stored_time(now + timedelta(hours=3)),
                        ends_at=to_stored_time(now + timedelta(hours=4)))
    panel = SessionRoomPanel(ctx)
    qtbot.addWidget(panel)
    assert panel.session_id == event_store.sessions["Plenary"].id
    # at the time of the closing, in the same room, the closing is preselected
    panel = SessionRoomPanel(ctx, now=now + timedelta(hours=3, minutes=5))
    qtbot.addWidget(panel)
    assert panel.session_id == later.id


def test_restricted_session_refuses_someone_not_on_the_list(room, event_store):
    room.select_session(event_store.sessions["Round table"].id)
    room.handle_code(event_store.people["John"].code, "camera", 1.0)
    assert room.card.status == "refused"
    assert "Not on the list for this session" in room.card.words()
    assert room.card.name() == "John Smith"
    assert room.sounds.last_played == "refused"
    room.handle_code(event_store.people["Hélène"].code, "camera", 2.0)
    assert room.card.status == "accepted"
    assert room.card.name() == "Hélène Lefèvre"
    assert "Present: 1 of 20" in room.count.text()


def test_count_against_capacity_warns_near_full_and_refuses_when_full(room, event_store):
    room.select_session(event_store.sessions["Plenary"].id)
    assert room.count.text() == "Present: 0 of 3"
    assert not room.warning.isVisible()
    for i, who in enumerate(("Hélène", "John")):
        room.handle_code(event_store.people[who].code, "scanner", float(i * 5))
    assert room.count.text() == "Present: 2 of 3"
    assert not room.near_capacity  # 67 %
    room.handle_code(event_store.people["Amina"].code, "scanner", 20.0)
    assert room.near_capacity and room.warning.isVisible()
    assert "FULL" in room.warning.text()
    room.handle_code(event_store.people["Paul"].code, "scanner", 30.0)
    assert room.card.status == "refused"
    assert "full" in room.card.words().lower()


def test_exit_scans_free_a_place(room, event_store):
    room.select_session(event_store.sessions["Plenary"].id)
    john = event_store.people["John"]
    room.handle_code(john.code, "camera", 1.0)
    assert room.count.text() == "Present: 1 of 3"
    room.out_button.click()
    assert room.direction == "out"
    room.handle_code(john.code, "camera", 3.0)
    assert room.card.status == "accepted"
    assert "Exit recorded" in room.card.words()
    assert room.count.text() == "Present: 0 of 3"


def test_duplicate_in_a_session_shows_when_and_where(room, event_store):
    room.select_session(event_store.sessions["Plenary"].id)
    paul = event_store.people["Paul"]
    room.handle_code(paul.code, "camera", 1.0)
    room.handle_code(paul.code, "camera", 9.0)
    assert room.card.status == "duplicate"
    assert "at Desk 1" in room.card.words()


def test_someone_without_a_badge_is_found_by_name_and_refused_if_not_invited(qtbot, room, event_store):
    room.select_session(event_store.sessions["Round table"].id)
    room.search.field.setText("smith")
    with qtbot.waitSignal(room.search.results_changed, timeout=2000):
        pass
    assert room.search.result_names() == ["John Smith"]
    room.search.choose_current()
    assert room.card.status == "refused" and room.card.name() == "John Smith"
    assert room.search.field.text() == ""  # the name leaves the screen


def test_undo_in_the_room_takes_back_the_entry_and_frees_the_place(room, event_store):
    room.select_session(event_store.sessions["Plenary"].id)
    room.handle_code(event_store.people["Paul"].code, "scanner")
    assert room.count.text() == "Present: 1 of 3"
    room.undo_last()
    assert "Undo the entry of Paul Martin" in room.questions[-1]
    assert room.card.status == "undone"
    assert room.count.text() == "Present: 0 of 3"
    room.handle_code(event_store.people["Paul"].code, "scanner")  # scanning again right away counts
    assert room.card.status == "accepted"


def test_an_exit_needs_an_entry_and_a_second_exit_says_when_they_left(room, event_store):
    from checkin.store.checkins import present_count

    room.select_session(event_store.sessions["Plenary"].id)
    paul = event_store.people["Paul"].code
    room.out_button.click()
    room.handle_code(paul, "scanner", 1.0)  # never entered: refused, with the reason, nothing recorded
    assert room.card.status == "refused"
    assert room.card.words().splitlines()[0] == "No exit recorded"
    assert "no entry was recorded here" in room.card.words()
    room.in_button.click()
    room.handle_code(paul, "scanner", 5.0)
    assert room.card.status == "accepted" and room.card.words().startswith("Welcome")
    room.out_button.click()
    room.handle_code(paul, "scanner", 9.0)
    assert room.card.status == "accepted" and room.card.words().startswith("Exit recorded")
    room.handle_code(paul, "scanner", 13.0)
    words = room.card.words()
    assert room.card.status == "duplicate" and words.startswith("Already left"), words
    assert "Already left at" in words and "Already checked in" not in words
    assert present_count(event_store, event_store.sessions["Plenary"].id) == 0


def test_a_supervisor_admits_someone_to_a_full_or_restricted_session_with_pin_and_reason(room, ctx, event_store):
    from checkin.store.checkins import checked_in_ids
    from checkin.ui import organiser_pin

    organiser_pin.set_pin(ctx.settings, "2468")
    table = event_store.sessions["Round table"].id
    room.select_session(table)
    john = event_store.people["John"]
    assert not room.override_button.isVisible()
    room.handle_code(john.code, "scanner", 1.0)
    assert room.card.status == "refused" and room.override_button.isVisible()
    room.ask_override = lambda who: ("0000", "Minister's adviser")
    room.override_button.click()
    assert "Wrong organiser PIN" in room.status_line.text() and john.id not in checked_in_ids(event_store, table)
    room.ask_override = lambda who: ("2468", "  ")
    room.override_button.click()
    assert "Give a reason" in room.status_line.text() and john.id not in checked_in_ids(event_store, table)
    asked = []
    room.ask_override = lambda who: asked.append(who) or ("2468", "Minister's adviser")
    room.override_button.click()
    assert asked == ["John Smith"]
    assert room.card.status == "accepted" and "Admitted by a supervisor" in room.card.words()
    assert "Minister's adviser" in room.status_line.text() and not room.override_button.isVisible()
    assert john.id in checked_in_ids(event_store, table)
    logged = event_store.conn.execute("SELECT message FROM scan_log ORDER BY id DESC LIMIT 1").fetchone()[0]
    assert logged.startswith("Supervisor override: Minister's adviser (was: Not on the list")


def test_a_revoked_or_forged_badge_offers_no_override(room, event_store):
    room.select_session(event_store.sessions["Plenary"].id)
    room.handle_code("not a badge at all", "scanner", 1.0)
    assert room.card.status == "invalid" and not room.override_button.isVisible()


def test_entering_a_session_counts_as_arriving_unless_the_organiser_turned_it_off(room, ctx, event_store):
    from checkin.store.checkins import checked_in_ids
    from checkin.ui.session_room import ENTRY_IS_ARRIVAL_KEY

    room.select_session(event_store.sessions["Plenary"].id)
    paul, amina = event_store.people["Paul"], event_store.people["Amina"]
    room.handle_code(paul.code, "scanner", 1.0)
    assert room.card.status == "accepted" and paul.id in checked_in_ids(event_store)  # not a no-show
    ctx.settings.setValue(ENTRY_IS_ARRIVAL_KEY, False)
    room.handle_code(amina.code, "scanner", 5.0)
    assert room.card.status == "accepted" and amina.id not in checked_in_ids(event_store)
    room.undo_last()  # Amina's entry; then Paul's entry takes his arrival back with it
    room.undo_last()
    assert checked_in_ids(event_store) == set()
