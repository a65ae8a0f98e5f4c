"""checkin.desk: each use case of the desk in one Qt-free call."""

from __future__ import annotations

import pytest

from checkin import desk
from checkin.store.attendees import add_attendee, get_attendee
from checkin.store.badges import record_print
from checkin.store.checkins import checked_in_ids, inside_since
from checkin.store.db import StoreError


@pytest.fixture
def people(store):
    return [add_attendee(store, first_name=f, last_name=l, source="test")
            for f, l in (("Hélène", "Lefèvre"), ("John", "Smith"), ("Amina", "Benali"))]


def test_scan_and_manual_check_in_are_recorded_with_their_method(store, people):
    a, b, _ = people
    assert desk.scan(store, a.code, station="Desk 1").status == "accepted"
    d = desk.check_in(store, b.id, station="Desk 1")
    assert (d.status, d.method) == ("accepted", "manual")
    assert checked_in_ids(store) == {a.id, b.id}
    assert desk.scan(store, a.code.lower(), station="Desk 2").status == "duplicate"


def test_a_walk_in_is_registered_and_checked_in_in_one_call(store):
    done = desk.register_walkin(store, station="Desk 1", first_name="Zoë", last_name="O'Connor",
                                organisation="UNHCR")
    assert done.decision.status == "accepted" and done.attendee.full_name == "Zoë O'Connor"
    assert get_attendee(store, done.attendee.id).source == "walkin"
    with pytest.raises(StoreError):
        desk.register_walkin(store, station="Desk 1")


def test_undo_last_is_this_stations_own_and_names_whom_and_when(store, people):
    a, b, _ = people
    desk.scan(store, a.code, station="Desk 1")
    desk.scan(store, b.code, station="Desk 2")
    item = desk.last_undoable(store, station="Desk 1")
    assert item.name == "Hélène Lefèvre" and len(item.clock) == 5
    result = desk.undo_checkin(store, item, station="Desk 1")
    assert result.ok and result.message == f"Check-in of Hélène Lefèvre at {item.clock} undone"
    assert checked_in_ids(store) == {b.id}
    assert desk.last_undoable(store, station="Desk 1") is None
    assert not desk.undo_checkin(store, item, station="Desk 1").ok  # twice: refused, says why


def test_one_persons_check_in_is_found_whichever_station_took_it(store, people):
    a, b, c = people
    desk.scan(store, a.code, station="Desk 2")
    desk.scan(store, b.code, station="Desk 1")
    item = desk.person_undoable(store, a.id)
    assert (item.name, item.attendee_id) == ("Hélène Lefèvre", a.id)
    assert desk.undo_checkin(store, item, station="Desk 1").ok
    assert checked_in_ids(store) == {b.id}
    assert desk.person_undoable(store, c.id) is None


def test_inside_since_reads_undos_from_their_own_table(store, people):
    a, b, _ = people
    da = desk.scan(store, a.code, station="Desk 1")
    desk.scan(store, b.code, station="Desk 1")
    desk.undo_checkin(store, desk.person_undoable(store, b.id), station="Desk 1")
    assert inside_since(store, [a.id, b.id]) == {a.id: da.at}
    assert inside_since(store, []) == {}


def test_badges_to_print_skip_printed_and_cancelled_unless_reprint(store, people):
    a, b, c = people
    cancelled = add_attendee(store, first_name="X", last_name="Y", status="cancelled", source="test")
    record_print(store, a.id, a.code, station="Desk 1", output="pdf:a6")
    chosen = desk.badges_to_print(store)
    assert [p.id for p in chosen.people] == sorted([b.id, c.id], key=lambda i: get_attendee(store, i).full_name)
    assert chosen.cancelled == 1 and set(chosen.already_printed) == {a.id}
    assert chosen.first_printed_at is not None
    again = desk.badges_to_print(store, attendee_ids=[a.id, cancelled.id], reprint=True)
    assert [p.id for p in again.people] == [a.id] and again.cancelled == 1
    assert not desk.needs_badge_on_arrival(store, a.id) and desk.needs_badge_on_arrival(store, b.id)


def test_a_full_session_is_overridden_only_with_a_reason_and_only_for_full_or_restricted(store, people):
    from checkin.store.sessions import add_session

    a, b, _ = people
    sid = add_session(store, title="Round table", capacity=1).id
    assert desk.scan(store, a.code, station="Desk 1", session_id=sid).status == "accepted"
    full = desk.scan(store, b.code, station="Desk 1", session_id=sid)
    assert full.reason == "session_full" and desk.can_supervisor_admit(full)
    with pytest.raises(ValueError):
        desk.supervisor_admit(store, full, station="Desk 1", reason=" ")
    done = desk.supervisor_admit(store, full, station="Desk 1", reason="speaker")
    assert (done.status, done.reason) == ("accepted", "override")
    assert checked_in_ids(store, sid) == {a.id, b.id}
    bad = desk.scan(store, "garbage", station="Desk 1", session_id=sid)
    assert not desk.can_supervisor_admit(bad)
    with pytest.raises(ValueError):
        desk.supervisor_admit(store, bad, station="Desk 1", reason="x")


def test_the_sessions_time_rule_is_overridden_with_a_reason_but_a_full_room_still_refuses(store, people):
    from datetime import datetime, timedelta, timezone

    from checkin.store.db import to_stored_time
    from checkin.store.sessions import add_session

    a, b, _ = people
    later = datetime.now(timezone.utc) + timedelta(hours=3)
    sid = add_session(store, title="Clôture", starts_at=to_stored_time(later),
                      ends_at=to_stored_time(later + timedelta(hours=1)), admit_minutes_before=15, capacity=1).id
    early = desk.check_in(store, a.id, station="Room 2", session_id=sid)
    assert early.reason == "too_early" and desk.can_admit_anyway(early) and not desk.can_supervisor_admit(early)
    with pytest.raises(ValueError):
        desk.supervisor_admit(store, early, station="Room 2", reason="")
    done = desk.supervisor_admit(store, early, station="Room 2", reason="Chairs the closing")
    assert (done.status, done.reason, done.method) == ("accepted", "override", "manual")
    assert checked_in_ids(store, sid) == {a.id}
    logged = store.conn.execute("SELECT message, attendee_id FROM scan_log ORDER BY id DESC LIMIT 1").fetchone()
    assert tuple(logged) == ("Supervisor override: Chairs the closing (was: Too early for Clôture: admission from "
                             f"{early.message.rsplit('from ', 1)[1]})", a.id)
    # only the time rule is set aside: the room (capacity 1) is now full
    second = desk.scan(store, b.code, station="Room 2", session_id=sid)
    assert second.reason == "too_early"
    still = desk.supervisor_admit(store, second, station="Room 2", reason="Speaker")
    assert (still.status, still.reason) == ("refused", "session_full") and checked_in_ids(store, sid) == {a.id}
    gone = add_attendee(store, first_name="Paul", last_name="Girard", status="cancelled", source="test")
    refused = desk.scan(store, gone.code, station="Room 2", session_id=sid)
    assert refused.reason == "cancelled" and not desk.can_admit_anyway(refused)
    with pytest.raises(ValueError):
        desk.supervisor_admit(store, refused, station="Room 2", reason="Speaker")
