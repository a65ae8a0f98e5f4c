"""Live numbers: registrations, arrivals, categories, sessions against capacity, quarter hours."""

from __future__ import annotations

from checkin.exporters import event_stats
from checkin.store.attendees import add_attendee
from checkin.store.checkins import record_checkin, undo_checkin
from checkin.store.sessions import add_session, set_session_access


def test_stats_on_a_small_event(store):
    people = [
        add_attendee(store, full_name=f"P{i}", category="Experts" if i % 2 else "Presse") for i in range(5)
    ]
    add_attendee(store, full_name="Cancelled", category="Presse", status="cancelled")
    room = add_session(
        store,
        title="Table ronde",
        room="Atlas",
        starts_at="2027-03-17T10:45:00.000000Z",
        capacity=2,
        restricted=True,
    )
    set_session_access(store, room.id, {people[0].id, people[1].id, people[2].id})

    def check(who, at, session=None, direction="in"):
        return record_checkin(
            store,
            attendee_id=who.id,
            attendee_uid=who.uid,
            code=None,
            session_id=session,
            station="Desk",
            method="manual",
            direction=direction,
            at=at,
        )

    check(people[0], "2027-03-17T07:59:59.000000Z")  # 08:59:59 local
    check(people[1], "2027-03-17T08:00:00.000000Z")  # 09:00 local
    check(people[1], "2027-03-17T08:20:00.000000Z")  # second scan: not a second arrival
    check(people[2], "2027-03-17T08:14:00.000000Z")
    undo_checkin(store, check(people[3], "2027-03-17T08:30:00.000000Z").id, station="Desk")
    check(people[2], "2027-03-17T09:00:00.000000Z", direction="out")
    check(people[0], "2027-03-17T10:46:00.000000Z", session=room.id)
    check(people[1], "2027-03-17T10:47:00.000000Z", session=room.id)
    check(people[1], "2027-03-17T11:00:00.000000Z", session=room.id, direction="out")

    stats = event_stats(store)
    assert (
        stats["registered"],
        stats["cancelled"],
        stats["checked_in"],
        stats["present"],
        stats["no_shows"],
    ) == (5, 1, 3, 2, 2)
    assert stats["timezone"] == "Africa/Casablanca"
    assert stats["categories"] == [
        {"category": "Experts", "registered": 2, "checked_in": 1},
        {"category": "Presse", "registered": 3, "checked_in": 2},
    ]
    assert stats["sessions"] == [
        {
            "id": room.id,
            "title": "Table ronde",
            "room": "Atlas",
            "start": "2027-03-17 11:45:00+01:00",
            "capacity": 2,
            "restricted": True,
            "allowed": 3,
            "attended": 2,
            "present": 1,
        }
    ]
    assert stats["arrivals_per_quarter_hour"] == [
        {"start": "2027-03-17 08:45+01:00", "count": 1},
        {"start": "2027-03-17 09:00+01:00", "count": 2},
    ]


def test_stats_of_an_empty_event(store):
    stats = event_stats(store)
    assert (
        stats["registered"],
        stats["checked_in"],
        stats["sessions"],
        stats["arrivals_per_quarter_hour"],
    ) == (0, 0, [], [])
