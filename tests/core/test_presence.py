"""The presence table: who is inside each checkpoint, kept by triggers, equal to the log."""

from __future__ import annotations

import random
import sqlite3

from checkin.decision import checkin_manual, undo
from checkin.store import presence
from checkin.store.attendees import add_attendee
from checkin.store.checkins import occupancy, record_checkin, undo_checkin
from checkin.store.sessions import add_session


def _oracle(events: list[dict], undone: set[str]) -> dict[tuple[int, str], tuple[str, str | None]]:
    """(checkpoint, who) -> (latest direction, first admission), computed in Python from the log."""
    latest: dict[tuple[int, str], tuple[tuple, str]] = {}
    first: dict[tuple[int, str], str] = {}
    for e in events:
        if e["id"] in undone:
            continue
        key = (e["session_id"] or 0, str(e["attendee_id"]) if e["attendee_id"] else f"code:{e['code']}")
        rank = (e["at"], e["station_uid"], e["seq"])  # checkins.NEWEST_FIRST, reversed
        if key not in latest or rank > latest[key][0]:
            latest[key] = (rank, e["direction"])
        if e["direction"] == "in":
            first[key] = min(first.get(key, e["at"]), e["at"])
    return {k: (v[1], first.get(k)) for k, v in latest.items()}


def _table(store) -> dict[tuple[int, str], tuple[str, str | None]]:
    rows = store.conn.execute("SELECT checkpoint, who, direction, first_in FROM presence")
    return {(r[0], r[1]): (r[2], r[3]) for r in rows}


def test_random_history_with_late_merges_and_undos_matches_the_log(store):
    rng = random.Random(3)
    people = [add_attendee(store, full_name=f"Person {i}").id for i in range(6)]
    sessions = [None, add_session(store, title="Plénière").id, add_session(store, title="Atelier").id]
    events, undone = [], set()
    for step in range(400):
        if events and rng.random() < 0.15:
            victim = rng.choice(events)
            if victim["id"] not in undone:
                undo_checkin(store, victim["id"], station="Desk 1")
                undone.add(victim["id"])
        else:
            code_only = rng.random() < 0.2
            e = dict(attendee_id=None if code_only else rng.choice(people),
                     code=f"CODE{rng.randrange(3)}" if code_only else None,
                     session_id=rng.choice(sessions), direction=rng.choice(["in", "in", "out"]),
                     # times out of order, as a journal merged late brings them, with ties
                     at=f"2027-03-17T09:{rng.randrange(60):02d}:00.000000Z")
            record = record_checkin(store, station=f"Desk {rng.randrange(3)}", method="camera",
                                    attendee_uid=None, **e)
            events.append({**e, "id": record.id, "station_uid": record.station_uid, "seq": record.seq})
        if step % 50 == 0:
            expected = _oracle(events, undone)
            assert _table(store) == expected
            for sid in sessions:  # the head counts (presence_counts), kept through every move and undo
                assert occupancy(store, sid) == sum(1 for (point, _), (d, _) in expected.items()
                                                    if point == (sid or 0) and d == "in")
    expected = _oracle(events, undone)
    assert _table(store) == expected
    for sid in sessions:
        inside = sum(1 for (point, _), (d, _) in expected.items() if point == (sid or 0) and d == "in")
        assert occupancy(store, sid) == inside
    # rebuild from the log gives the very same table
    assert presence.rebuild(store) == len(expected)
    assert _table(store) == expected


def test_refresh_repairs_one_person_after_a_change_the_triggers_do_not_see(store):
    anna = add_attendee(store, full_name="Anna Núñez")
    room = add_session(store, title="Cadre institutionnel", capacity=10)
    record = record_checkin(store, attendee_id=anna.id, attendee_uid=anna.uid, code=None, session_id=room.id,
                            station="Salle 1", method="camera")
    assert occupancy(store, room.id) == 1
    with store.transaction() as c:  # a movement changed in place: the 0042 trigger follows
        c.execute("UPDATE checkins SET direction = 'out' WHERE id = ?", (record.id,))
    assert occupancy(store, room.id) == 0
    with store.transaction() as c:
        c.execute("UPDATE checkins SET direction = 'in' WHERE id = ?", (record.id,))
    assert occupancy(store, room.id) == 1
    with store.transaction() as c:  # a deleted check-in (never done by the app): no trigger sees it
        c.execute("DELETE FROM checkins WHERE id = ?", (record.id,))
    assert occupancy(store, room.id) == 1
    presence.refresh(store, room.id, presence.person_key(anna.id, None))
    assert occupancy(store, room.id) == 0


def test_a_full_session_refuses_and_an_undo_frees_the_seat(store):
    room = add_session(store, title="Table ronde", capacity=1)
    first, second = (add_attendee(store, full_name=n) for n in ("Hélène Lefèvre", "يوسف العلوي"))
    admitted = checkin_manual(store, first.id, session_id=room.id, station="Salle 2")
    assert admitted.status == "accepted"
    assert checkin_manual(store, second.id, session_id=room.id, station="Salle 2").reason == "session_full"
    assert undo(store, admitted.checkin_id, station="Salle 2").ok
    assert checkin_manual(store, second.id, session_id=room.id, station="Salle 2").status == "accepted"
    assert presence.inside_attendee_ids(store, room.id) == {second.id}


def test_the_migration_fills_the_table_from_check_ins_already_in_a_file(db_path):
    from checkin.store.db import Store
    from checkin.store.event import create_event

    with Store(db_path) as store:
        create_event(store, "Old file", date="2027-03-17", timezone="Africa/Casablanca")
        who = add_attendee(store, full_name="Zoë O'Connor")
        for direction, minute in (("in", 1), ("out", 2), ("in", 3)):
            record_checkin(store, attendee_id=who.id, attendee_uid=who.uid, code=None, session_id=None,
                           station="Desk 1", method="manual", direction=direction,
                           at=f"2027-03-17T08:0{minute}:00.000000Z")
    # Make it a file from before 0040: no presence table, no record of the migration.
    raw = sqlite3.connect(db_path)
    raw.executescript(
        "DROP TABLE presence; DROP TRIGGER presence_after_checkin; DROP TRIGGER presence_after_undo_attendee;"
        " DROP TRIGGER presence_after_undo_code; DROP TRIGGER presence_after_change;"
        " DELETE FROM _migrations WHERE name IN ('0040_presence', '0042_presence_links');")
    raw.close()
    with Store(db_path) as store:
        assert presence.inside_attendee_ids(store) == {who.id}
        row = store.conn.execute("SELECT first_in, at FROM presence").fetchone()
        assert tuple(row) == ("2027-03-17T08:01:00.000000Z", "2027-03-17T08:03:00.000000Z")


def test_the_head_counts_are_filled_from_the_table_when_a_file_is_upgraded(db_path):
    """db/0065: a file from before it gets its head counts from who is inside, and keeps them."""
    from checkin.store.db import Store
    from checkin.store.event import create_event

    with Store(db_path) as store:
        create_event(store, "Old file", date="2027-03-17", timezone="Africa/Casablanca")
        room = add_session(store, title="Plénière")
        people = [add_attendee(store, full_name=f"Person {i}") for i in range(3)]
        for i, who in enumerate(people):
            for direction in ("in", "out", "in")[: i + 1]:
                record_checkin(store, attendee_id=who.id, attendee_uid=who.uid, code=None, session_id=room.id,
                               station="Salle 1", method="manual", direction=direction)
    raw = sqlite3.connect(db_path)  # make it a file from before 0065
    raw.executescript(
        "DROP TRIGGER presence_counts_insert; DROP TRIGGER presence_counts_delete;"
        " DROP TRIGGER presence_counts_update; DROP TABLE presence_counts; DROP INDEX presence_first;"
        " CREATE INDEX presence_inside ON presence (checkpoint, direction, first_in);"
        " DELETE FROM _migrations WHERE name = '0065_entrance_writes';")
    raw.close()
    with Store(db_path) as store:
        assert occupancy(store, room.id) == 2  # people 0 and 2 are in, person 1 left
        assert checkin_manual(store, people[1].id, session_id=room.id, station="Salle 1").status == "accepted"
        assert occupancy(store, room.id) == 3
        assert occupancy(store, None) == 1  # that session entry recorded their arrival at the event too


def test_a_merge_linking_earlier_check_ins_to_their_attendee_moves_them_in_the_table(store):
    # What checkin.store.sync does when a walk-in's own journal arrives after check-ins made
    # with their badge at other desks: UPDATE checkins SET attendee_id = ... WHERE it was NULL.
    room = add_session(store, title="Atelier", capacity=5)
    walkin = add_attendee(store, full_name="Siobhán Núñez")
    for minute, direction in ((1, "in"), (2, "out"), (3, "in")):
        record_checkin(store, attendee_id=None, attendee_uid=walkin.uid, code=walkin.code, session_id=room.id,
                       station="Salle 1", method="camera", direction=direction,
                       at=f"2027-03-17T10:0{minute}:00.000000Z")
    assert _table(store) == {(room.id, f"code:{walkin.code}"): ("in", "2027-03-17T10:01:00.000000Z")}
    with store.transaction() as c:
        c.execute("UPDATE checkins SET attendee_id = ? WHERE attendee_uid = ? AND attendee_id IS NULL",
                  (walkin.id, walkin.uid))
    assert _table(store) == {(room.id, str(walkin.id)): ("in", "2027-03-17T10:01:00.000000Z")}
    assert occupancy(store, room.id) == 1 and presence.inside_attendee_ids(store, room.id) == {walkin.id}
    snapshot = _table(store)
    presence.rebuild(store)
    assert _table(store) == snapshot


def test_a_rebuild_breaks_ties_in_time_by_station_then_sequence_as_the_triggers_do(store):
    """Same instant, same person: the later (station uid, seq) wins, seq 10 after seq 9 (not as text)."""
    ana = add_attendee(store, full_name="Ana Tie")
    bo = add_attendee(store, full_name="Bo Tie")
    at = "2027-03-17T10:00:00.000000Z"
    rows = [("t1", ana.id, "out", "S", 10), ("t2", ana.id, "in", "S", 9),  # seq 10 is the latest
            ("t3", bo.id, "out", "B", 1), ("t4", bo.id, "in", "A", 99)]  # station B after station A
    with store.transaction() as c:
        c.executemany("INSERT INTO checkins (id, attendee_id, direction, at, station, method, station_uid, seq)"
                      " VALUES (?, ?, ?, ?, 'Desk', 'manual', ?, ?)", [(i, p, d, at, s, q) for i, p, d, s, q in rows])
    kept = _table(store)
    assert kept == {(0, str(ana.id)): ("out", at), (0, str(bo.id)): ("out", at)}
    presence.rebuild(store)
    assert _table(store) == kept
