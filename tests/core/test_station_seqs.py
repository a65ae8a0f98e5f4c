"""A station's sequence numbers come from its records (db/0068): dense, never given twice,
and a scan writes no row of ``stations``."""

from __future__ import annotations

from checkin import decision as dec
from checkin.store.attendees import add_attendee
from checkin.store.badges import record_print, revoke_code
from checkin.store.checkins import record_checkin
from checkin.store.purge import purge_personal_data
from checkin.store.stations import find_station, list_stations


def _numbers(store, uid):
    return sorted(r[0] for r in store.conn.execute(
        "SELECT seq FROM checkins WHERE station_uid = ?1 UNION ALL SELECT seq FROM checkin_undos WHERE station_uid = ?1"
        " UNION ALL SELECT seq FROM badge_prints WHERE station_uid = ?1"
        " UNION ALL SELECT seq FROM revocations WHERE station_uid = ?1"
        " UNION ALL SELECT seq FROM versions WHERE station_uid = ?1", (uid,)))


def _stations_rows(store):
    return [tuple(r) for r in store.conn.execute("SELECT * FROM stations ORDER BY uid")]


def test_records_of_every_kind_number_on_from_one_another_and_a_scan_leaves_the_station_row_alone(store):
    amina = add_attendee(store, full_name="Amina El Idrissi")
    omar = add_attendee(store, full_name="Omar Benali")
    admitted = dec.decide(store, amina.code, station="Desk 1", method="scanner")  # creates the station "Desk 1"
    desk = find_station(store, "Desk 1")
    before = _stations_rows(store)
    assert dec.decide(store, omar.code, station="Desk 1", method="scanner").status == "accepted"
    assert _stations_rows(store) == before  # one page fewer to write and sync per admission
    dec.undo(store, admitted.checkin_id, station="Desk 1")
    record_print(store, omar.id, omar.code, station="Desk 1", output="printer")
    revoke_code(store, omar.code, station="Desk 1", reason="badge lost")
    assert _numbers(store, desk.uid) == [1, 2, 3, 4, 5]
    assert find_station(store, "Desk 1").next_seq == 6
    assert {s.name: s.next_seq for s in list_stations(store)}["Desk 1"] == 6


def test_a_purge_keeps_each_station_s_numbers_so_that_none_is_given_twice(store):
    amina = add_attendee(store, full_name="Amina El Idrissi")
    dec.decide(store, amina.code, station="Desk 1", method="scanner")
    dec.decide(store, amina.code, station="Desk 1", method="scanner", direction="out")
    uid = find_station(store, "Desk 1").uid
    assert _numbers(store, uid) == [1, 2]
    purge_personal_data(store, keep_counts=False)
    assert _numbers(store, uid) == []  # the records are gone...
    later = record_checkin(store, attendee_id=None, attendee_uid=None, code=None, session_id=None,
                           station="Desk 1", method="manual")
    assert later.seq == 3  # ...and the numbers they held are not given again


def test_a_number_is_taken_only_inside_the_transaction_that_writes_the_record(store):
    import pytest

    from checkin.store.db import StoreError
    from checkin.store.stations import stamp

    with pytest.raises(StoreError, match="inside the transaction"):
        stamp(store, "Desk 1")  # read here and written later, two desks could take the same number
    with store.transaction():
        station, seq = stamp(store, "Desk 1")
    assert (station.name, seq) == ("Desk 1", 1)
