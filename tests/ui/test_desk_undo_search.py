"""Undo that cannot hit the wrong person, search rows that say who is in, codes typed into the search."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from checkin import desk as operations
from checkin.store.checkins import checked_in_ids, recent_checkins
from checkin.store.event import get_event
from checkin.ui.decision_text import local_clock


def event_store_timezone(store) -> str:
    return get_event(store).timezone


def search_for(qtbot, desk, text):
    desk.search.field.setText(text)
    with qtbot.waitSignal(desk.search.results_changed, timeout=2000):
        pass
    return desk.search.result_lines()


def test_search_rows_say_who_is_already_in_and_since_when(qtbot, desk, event_store):
    helene = event_store.people["Hélène"]
    decision = operations.check_in(event_store, helene.id, station="Desk 2")
    lines = search_for(qtbot, desk, "lef")
    clock = "in since " + local_clock(decision.at, event_store_timezone(event_store))
    assert any("Hélène Lefèvre" in line and clock in line for line in lines), lines
    assert all("in since" not in line for line in search_for(qtbot, desk, "smith"))


def test_undo_from_a_search_result_takes_back_that_person_only_saying_whom_and_when(
        qtbot, desk, hooks, event_store):
    helene, john = event_store.people["Hélène"], event_store.people["John"]
    desk.handle_code(helene.code, "scanner")
    qtbot.wait(10)
    desk.handle_code(john.code, "scanner")  # John is the newest: "undo last" would take him
    search_for(qtbot, desk, "lefevre")
    desk.search.undo_action_for(0).trigger()  # right-click on Hélène's row → Undo this person's check-in
    assert "Hélène Lefèvre" in hooks.questions[-1] and ":" in hooks.questions[-1]
    assert checked_in_ids(event_store) == {john.id}
    assert desk.card.status == "undone" and desk.card.name() == "Hélène Lefèvre"
    assert "Hélène Lefèvre" in desk.status_line.text() and "undone" in desk.status_line.text()
    assert "in since" not in desk.search.result_lines()[0]  # the rows were refreshed at once


def test_undo_from_a_result_of_someone_not_in_says_so_and_changes_nothing(qtbot, desk, hooks, event_store):
    search_for(qtbot, desk, "martin")
    desk.search.undo_action_for(0).trigger()
    assert hooks.questions == []
    assert "no check-in to undo" in desk.status_line.text()


def test_undo_last_never_takes_back_another_stations_newer_check_in(desk, hooks, event_store):
    helene, john = event_store.people["Hélène"], event_store.people["John"]
    desk.handle_code(helene.code, "scanner")  # this desk (Desk 1)
    operations.check_in(event_store, john.id, station="Desk 2")  # newer, elsewhere
    desk.undo_last()
    assert "Hélène Lefèvre" in hooks.questions[-1]
    assert checked_in_ids(event_store) == {john.id}


def test_a_badge_code_typed_into_the_search_box_with_enter_is_a_scan_not_a_search(qtbot, desk, event_store):
    amina = event_store.people["Amina"]
    desk.search.field.setFocus()
    desk.search.field.setText(amina.code.lower())  # pasted, or typed slowly by hand
    QTest.keyClick(desk.search.field, Qt.Key.Key_Return)
    assert desk.card.status == "accepted" and desk.card.name() == "Amina Benali"
    assert desk.search.field.text() == ""
    assert "Nobody matches" not in desk.search.hint.text()
    assert [r.method for r in recent_checkins(event_store, station="Desk 1")] == ["scanner"]
