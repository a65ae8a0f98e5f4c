"""The scan decision: every status, the checkpoint rules, manual entry and undo."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from checkin import decision as dec
from checkin.codes import EventKeys, issue_code, new_event_key
from checkin.store.attendees import add_attendee, update_attendee
from checkin.store.badges import revoke_code
from checkin.store.checkins import checked_in_ids, get_checkin, occupancy, undo_of
from checkin.store.event import get_event

T0 = datetime(2027, 3, 17, 8, 42, 5, tzinfo=timezone.utc)  # 09:42 in Casablanca (UTC+1)


def at(seconds: float) -> datetime:
    return T0 + timedelta(seconds=seconds)


def scan(store, code, seconds=0.0, **kw):
    kw.setdefault("station", "Desk 1")
    kw.setdefault("method", "camera")
    return dec.decide(store, code, at=at(seconds), **kw)


def add_session(store, title, capacity=None, restricted=False, allowed=()):
    sid = store.db["sessions"].insert(
        {"title": title, "capacity": capacity, "restricted": int(restricted)}
    ).last_pk
    for a in allowed:
        store.db["session_access"].insert({"session_id": sid, "attendee_id": a.id})
    return sid


def scan_log(store):
    return [dict(r) for r in store.conn.execute("SELECT * FROM scan_log ORDER BY id")]


@pytest.fixture
def helene(store):
    return add_attendee(store, full_name="Hélène Lefèvre", organisation="Ministère de l'Emploi",
                        category="Ministers")


def test_accepted_is_committed_as_a_check_in_that_is_its_own_log_line(store, helene):
    d = scan(store, helene.code)
    assert d.status == "accepted" and d.admitted
    assert d.attendee.id == helene.id and d.checkpoint == "Entrance"
    assert d.message == "Welcome, Hélène Lefèvre — Ministère de l'Emploi"
    # visible through a second connection: committed, not just inside our transaction
    import sqlite3

    other = sqlite3.connect(store.path)
    assert other.execute("SELECT attendee_id, method FROM checkins WHERE id = ?", (d.checkin_id,)).fetchone() \
        == (helene.id, "camera")
    assert helene.id in checked_in_ids(store)
    assert other.execute("SELECT code, station FROM checkins WHERE id = ?", (d.checkin_id,)).fetchone() \
        == (helene.code, "Desk 1")
    assert scan_log(store) == []  # the scan log keeps the attempts a check-in does not record


def test_code_is_normalised_as_scanners_type_it(store, helene):
    typed = "-".join([helene.code[:4], helene.code[4:10], helene.code[10:]]).lower()
    d = scan(store, typed, method="scanner")
    assert d.status == "accepted" and d.code == helene.code


def test_duplicate_says_when_in_local_time_and_where(store, helene):
    scan(store, helene.code, station="Desk 2")
    d = scan(store, helene.code, 90, station="Desk 1")
    assert d.status == "duplicate" and not d.admitted
    assert d.message == "Already checked in at 09:42 at Desk 2"
    assert d.previous_station == "Desk 2" and d.checkin_id is None
    assert store.conn.execute("SELECT COUNT(*) FROM checkins").fetchone()[0] == 1
    assert [(r["status"], r["raw_code"], r["station"]) for r in scan_log(store)] == [("duplicate", helene.code,
                                                                                      "Desk 1")]


def test_reentry_after_exit_scan_is_accepted(store, helene):
    assert scan(store, helene.code).status == "accepted"
    out = scan(store, helene.code, 60, direction="out")
    assert out.status == "accepted" and out.message.startswith("Goodbye")
    assert helene.id not in checked_in_ids(store)
    assert scan(store, helene.code, 61, direction="out").status == "duplicate"
    assert scan(store, helene.code, 120).status == "accepted"
    assert helene.id in checked_in_ids(store)


@pytest.mark.parametrize("kind, reason, message", [
    ("foreign", "foreign", "Not a badge for this event"),
    ("tampered", "tampered", "Altered or forged badge"),
    ("garbage", "garbage", "Not a badge code"),
    ("unsupported", "unsupported", "Badge of another format version"),
])
def test_invalid_codes_say_which_and_are_logged(store, helene, kind, reason, message):
    code = {
        "foreign": issue_code(EventKeys.from_hex(new_event_key())),
        "tampered": helene.code[:-1] + ("0" if helene.code[-1] != "0" else "1"),
        "garbage": "https://example.org/register?id=42",
        "unsupported": "2" + helene.code[1:],
    }[kind]
    d = scan(store, code)
    assert (d.status, d.reason, d.attendee) == ("invalid", reason, None)
    assert d.message.startswith(message)
    assert store.conn.execute("SELECT COUNT(*) FROM checkins").fetchone()[0] == 0
    assert [(r["status"], r["raw_code"]) for r in scan_log(store)] == [("invalid", code)]


def test_a_badge_on_file_is_admitted_without_its_mac_recomputed_and_any_other_code_is_verified(
        store, helene, monkeypatch):
    """The MAC is recomputed only for codes the file does not hold as someone's badge."""
    from checkin import codes

    macs = []
    real_mac = codes._mac
    monkeypatch.setattr(codes, "_mac", lambda *a: macs.append(a[2]) or real_mac(*a))
    assert scan(store, helene.code).status == "accepted" and macs == []
    walk_in = issue_code(get_event(store).keys)
    macs.clear()  # issuing computed it
    assert scan(store, walk_in, 10).status == "unknown" and macs == [walk_in[4:10]]
    forged = walk_in[:-1] + ("0" if walk_in[-1] != "0" else "1")
    assert scan(store, forged, 20).reason == "tampered" and len(macs) == 2
    # on file but of another event (another key, so another tag): still not this event's badge
    foreign = issue_code(EventKeys.from_hex(new_event_key()))
    add_attendee(store, full_name="Kofi Mensah", code=foreign)
    macs.clear()
    assert (scan(store, foreign, 30).reason, macs) == ("foreign", [])
    # on file in another case (letters changed after printing): refused as before
    i = next(i for i, ch in enumerate(helene.code) if ch.isalpha())
    mixed = helene.code[:i] + helene.code[i].lower() + helene.code[i + 1:]
    assert scan(store, mixed, 40).reason == "tampered"


def test_revoked_code_is_refused_with_the_reason(store, helene):
    revoke_code(store, helene.code, reason="lost", station="Desk 1", at="2027-03-16T10:00:00Z")
    d = scan(store, helene.code)
    assert (d.status, d.reason) == ("refused", "revoked")
    assert "lost" in d.message and d.attendee.id == helene.id
    assert helene.id not in checked_in_ids(store)


def test_cancelled_attendee_is_refused(store, helene):
    update_attendee(store, helene.id, status="cancelled")
    d = scan(store, helene.code)
    assert (d.status, d.reason) == ("refused", "cancelled")
    assert dec.checkin_manual(store, helene.id, station="Desk 1").status == "refused"


def test_restricted_session_refuses_people_not_on_its_list(store, helene):
    guest = add_attendee(store, full_name="Omar Benali")
    sid = add_session(store, "Table ronde ministérielle", restricted=True, allowed=[helene])
    refused = scan(store, guest.code, session_id=sid)
    assert (refused.status, refused.message) == ("refused", "Not on the list for Table ronde ministérielle")
    ok = scan(store, helene.code, session_id=sid)
    assert ok.status == "accepted" and ok.checkpoint == "Table ronde ministérielle"
    # entering the session counted as arriving at the event (issue 9): the entrance knows she is in
    assert ok.arrival_id is not None and helene.id in checked_in_ids(store)
    assert scan(store, helene.code).status == "duplicate"


def test_a_session_entry_is_an_arrival_unless_turned_off_and_its_undo_takes_both_back(store, helene):
    guest = add_attendee(store, full_name="Omar Benali")
    sid = add_session(store, "Plenary")
    first = scan(store, helene.code, session_id=sid)
    assert first.arrival_id and checked_in_ids(store) == {helene.id}  # no longer a no-show
    again = scan(store, helene.code, 60, session_id=sid, direction="out")
    back = scan(store, helene.code, 120, session_id=sid)
    assert again.status == back.status == "accepted" and back.arrival_id is None  # arrived once
    off = scan(store, guest.code, session_id=sid, session_entry_is_arrival=False)
    assert off.status == "accepted" and off.arrival_id is None and guest.id not in checked_in_ids(store)
    undone = dec.undo(store, first.checkin_id, station="Desk 1", now=at(130))
    assert undone.ok and helene.id not in checked_in_ids(store)
    assert get_checkin(store, first.arrival_id).id == first.arrival_id  # kept, as an undone record


def test_the_undo_finds_the_arrival_through_the_person_index_which_holds_no_time(store, helene):
    """db/0069: the person index is (attendee, checkpoint); a lookup by time reads the person's few
    rows at that checkpoint through it, never the whole log."""
    assert [r[2] for r in store.conn.execute("PRAGMA index_info(checkins_attendee)")] == ["attendee_id", "session_id"]
    sid = add_session(store, "Plenary")
    for seconds, other in enumerate(("Omar Benali", "Zoë Okafor", "Amina El Idrissi")):
        scan(store, add_attendee(store, full_name=other).code, seconds)  # others' movements beside hers
    entry = scan(store, helene.code, 10, session_id=sid)
    statements = []
    store.conn.set_trace_callback(statements.append)
    try:
        undone = dec.undo(store, entry.checkin_id, station="Desk 1", now=at(20))
    finally:
        store.conn.set_trace_callback(None)
    assert undone.ok and helene.id not in checked_in_ids(store)  # the arrival went with the entry
    lookup = next(s for s in statements if "session_id IS NULL AND at =" in s)
    plan = " ".join(r[3] for r in store.conn.execute(f"EXPLAIN QUERY PLAN {lookup}"))
    assert "USING INDEX checkins_attendee (attendee_id=? AND session_id=?)" in plan, plan


def test_full_session_refuses_but_an_exit_frees_a_seat(store):
    people = [add_attendee(store, full_name=f"P{i}") for i in range(3)]
    sid = add_session(store, "Plénière 1", capacity=2)
    assert [scan(store, p.code, i, session_id=sid).status for i, p in enumerate(people)] == \
        ["accepted", "accepted", "refused"]
    full = scan(store, people[2].code, 5, session_id=sid)
    assert full.reason == "session_full" and "full" in full.message.lower()
    # someone already inside re-scanning is a duplicate, not "full"
    assert scan(store, people[0].code, 6, session_id=sid).status == "duplicate"
    assert scan(store, people[0].code, 7, session_id=sid, direction="out").status == "accepted"
    assert scan(store, people[2].code, 8, session_id=sid).status == "accepted"
    assert occupancy(store, sid) == 2


def test_valid_badge_from_another_station_is_admitted_as_unknown(store):
    walk_in = issue_code(get_event(store).keys)  # issued elsewhere with the same event key
    d = scan(store, walk_in)
    assert (d.status, d.attendee, d.admitted) == ("unknown", None, True)
    assert "another desk" in d.message and "admitted" in d.message
    rec = get_checkin(store, d.checkin_id)
    assert (rec.attendee_id, rec.code) == (None, walk_in)
    assert scan(store, walk_in, 30).status == "duplicate"
    assert occupancy(store) == 1


def test_a_scan_weighs_the_badge_s_code_only_movement_against_the_person_s_newer_one(store):
    """A walk-in admitted by code alone, then known here: the newer of the two movements decides."""
    walk_in = issue_code(get_event(store).keys)
    assert scan(store, walk_in, 0).status == "unknown"  # in, by code only
    person = add_attendee(store, full_name="Youssef Amrani", code=walk_in)  # their registration arrives
    left = scan(store, walk_in, 10, direction="out")
    assert (left.status, left.attendee.id) == ("accepted", person.id)  # the code's "in" lets them out
    again = scan(store, walk_in, 20, direction="out")
    assert (again.status, again.reason) == ("duplicate", "already_out")  # the person's "out" is newer
    assert again.previous_station == "Desk 1"
    back = scan(store, walk_in, 30)
    assert (back.status, back.attendee.id) == ("accepted", person.id)


def test_a_revoked_badge_is_refused_with_who_revoked_it_and_why(store, helene):
    revoke_code(store, helene.code, station="Desk 1", reason="badge lost")
    d = scan(store, helene.code)
    assert (d.status, d.reason, d.attendee.id) == ("refused", "revoked", helene.id)
    assert d.message == "Badge revoked: badge lost — see the help desk"


def test_unknown_badge_counts_against_capacity(store):
    sid = add_session(store, "Atelier", capacity=1)
    keys = get_event(store).keys
    assert scan(store, issue_code(keys), session_id=sid).status == "unknown"
    assert scan(store, issue_code(keys), 1, session_id=sid).reason == "session_full"


def test_manual_checkin_follows_the_same_rules(store, helene):
    d = dec.checkin_manual(store, helene.id, station="Desk 3", at=at(0))
    assert (d.status, d.method) == ("accepted", "manual")
    assert get_checkin(store, d.checkin_id).method == "manual"
    again = scan(store, helene.code, 10)
    assert again.status == "duplicate" and again.previous_station == "Desk 3"
    assert [(r["status"], r["method"]) for r in scan_log(store)] == [("duplicate", "camera")]


def test_undo_last_within_limit_is_recorded_not_deleted(store, helene):
    d = scan(store, helene.code)
    res = dec.undo_last(store, station="Desk 1", now=at(120))
    assert res.ok and res.checkin_id == d.checkin_id and "undone" in res.message
    assert undo_of(store, d.checkin_id)["id"] == res.undo_id
    undo_row = store.conn.execute("SELECT checkin_id, station FROM checkin_undos").fetchone()
    assert tuple(undo_row) == (d.checkin_id, "Desk 1")
    assert store.conn.execute("SELECT COUNT(*) FROM checkins").fetchone()[0] == 1
    assert helene.id not in checked_in_ids(store)
    # after the undo she can be checked in again
    assert scan(store, helene.code, 130).status == "accepted"


def test_undo_beyond_the_limit_is_refused_with_a_message(store, helene):
    d = scan(store, helene.code)
    res = dec.undo_last(store, station="Desk 1", now=at(301))
    assert not res.ok and "Too late" in res.message and "09:42" in res.message
    assert undo_of(store, d.checkin_id) is None
    assert dec.undo(store, d.checkin_id, station="Desk 1", within_seconds=None, now=at(3600)).ok


def test_undo_twice_and_nothing_to_undo(store, helene):
    assert not dec.undo_last(store, station="Desk 1").ok
    d = scan(store, helene.code)
    assert dec.undo(store, d.checkin_id, station="Desk 1", now=at(1)).ok
    again = dec.undo(store, d.checkin_id, station="Desk 1", now=at(2))
    assert not again.ok and "already" in again.message
    assert not dec.undo_last(store, station="Desk 1", now=at(3)).ok  # the only one is undone


def test_undo_last_only_takes_this_stations_checkins(store, helene):
    other = add_attendee(store, full_name="Omar Benali")
    mine = scan(store, helene.code, 0, station="Desk 1")
    scan(store, other.code, 5, station="Desk 2")
    assert dec.undo_last(store, station="Desk 1", now=at(10)).checkin_id == mine.checkin_id


def test_bad_session_is_a_store_error(store, helene):
    from checkin.store.db import StoreError

    with pytest.raises(StoreError, match="no session"):
        scan(store, helene.code, session_id=999)


def test_as_json_has_the_cli_fields(store, helene):
    line = scan(store, helene.code).as_json()
    for key in ("code", "status", "attendee_id", "name", "checkpoint", "station", "at", "message"):
        assert key in line
    assert line["name"] == "Hélène Lefèvre" and line["at"].endswith("Z")
    assert (line["organisation"], line["category"]) == ("Ministère de l'Emploi", "Ministers")


def test_an_exit_without_entry_is_refused_and_a_second_exit_says_when_they_left(store, helene):
    sid = add_session(store, "Plenary")
    d = scan(store, helene.code, 0, session_id=sid, direction="out")
    assert (d.status, d.reason, d.checkin_id) == ("refused", "not_inside", None)
    assert d.message == "Not inside Plenary: no entry recorded"
    assert scan(store, helene.code, 10, session_id=sid).status == "accepted"
    assert scan(store, helene.code, 20, session_id=sid, direction="out").status == "accepted"
    again = scan(store, helene.code, 30, session_id=sid, direction="out")
    assert (again.status, again.reason) == ("duplicate", "already_out")
    assert again.message == "Already left at 09:42 at Desk 1"
    assert [r["status"] for r in scan_log(store)] == ["refused", "duplicate"]
