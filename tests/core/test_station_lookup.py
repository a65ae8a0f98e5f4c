"""A write transaction looks a station up once; writing a station makes it look again."""

from __future__ import annotations

from checkin.store.checkins import log_scan, record_checkin
from checkin.store.db import Store
from checkin.store.event import create_event
from checkin.store.stations import recording_station, rename_station


def _store(tmp_path) -> Store:
    store = Store(tmp_path / "event.db")
    create_event(store, "Séminaire OIT", date="2027-03-17", timezone="Africa/Casablanca")
    return store


def test_a_scans_checkin_and_log_line_carry_the_same_station(tmp_path):
    store = _store(tmp_path)
    with store.transaction():
        rec = record_checkin(store, attendee_id=None, attendee_uid=None, code="X1", session_id=None,
                             station="Porte B", method="scanner")
        log_scan(store, raw_code="X1", status="unknown", station="Porte B", method="scanner", checkin_id=rec.id)
    row = store.conn.execute("SELECT station_uid, station FROM scan_log").fetchone()
    assert (row[0], row[1]) == (rec.station_uid, "Porte B")
    store.close()


def test_a_station_renamed_inside_a_transaction_is_looked_up_afresh(tmp_path):
    store = _store(tmp_path)
    with store.transaction():
        first = recording_station(store, "Porte B")
        assert recording_station(store, "Porte B") == first
        rename_station(store, first.uid, "Porte C")
        renamed = recording_station(store, "Porte C")
        assert (renamed.uid, renamed.name) == (first.uid, "Porte C")
        other = recording_station(store, "Porte B")  # the old name is free again: a new station
        assert other.uid != first.uid
    assert recording_station(store, "Porte C").uid == first.uid
    store.close()
