"""The Qt-free answers the app asks around sync: what a package is for, where it goes, folder refusals, freshness."""

from __future__ import annotations

import pytest

from checkin import decision as dec
from checkin.store.attendees import add_attendee
from checkin.store.db import Store, StoreError
from checkin.store.event import create_event, set_station_name
from checkin.store.freshness import merged_stations
from checkin.sync.exchange import export_journal, merge_journal
from checkin.sync.folder import folder_refusal
from checkin.sync.joining import event_in_file, read_package, station_file_path
from checkin.sync.package import join, make_package


@pytest.fixture
def master(tmp_path):
    store = Store(tmp_path / "master.db")
    create_event(store, "Séminaire OIT", date="2027-03-17", timezone="Africa/Casablanca")
    set_station_name(store, "Organisers")
    add_attendee(store, full_name="Hélène Lefèvre", email="h@example.org")
    yield store
    store.close()


def test_a_package_says_what_it_is_for_and_where_its_file_goes(master, tmp_path):
    make_package(master, "Desk 1", tmp_path / "desk1.checkin-station")
    summary = read_package(tmp_path / "desk1.checkin-station")
    assert (summary.event_name, summary.event_date, summary.station_name) == ("Séminaire OIT", "2027-03-17", "Desk 1")
    folder = tmp_path / "laptop"
    first = station_file_path(folder, summary)
    assert first == folder / "s-minaire-oit-desk-1.db"
    folder.mkdir()
    first.write_bytes(b"")
    assert station_file_path(folder, summary) == folder / "s-minaire-oit-desk-1-2.db"


def test_a_file_that_is_not_a_package_is_refused(master, tmp_path):
    text = tmp_path / "notes.txt"
    text.write_text("not a package\n")
    with pytest.raises(StoreError, match="not a checkin station package"):
        read_package(text)
    with pytest.raises(StoreError, match="not a checkin station package"):
        read_package(master.path)  # an event file is not a package either


def test_event_in_file_tells_empty_other_and_broken_files_apart(master, tmp_path):
    assert event_in_file(tmp_path / "nothing.db") is None
    held = event_in_file(master.path)
    assert held is not None and held[1] == "Séminaire OIT"
    broken = tmp_path / "broken.db"
    broken.write_text("garbage " * 100)
    with pytest.raises(StoreError):
        event_in_file(broken)


def test_folder_refusal_words(master, tmp_path):
    assert folder_refusal(master.path, tmp_path / "missing") == "missing"
    assert folder_refusal(master.path, tmp_path) == "holds_event_file"
    (tmp_path / "sync").mkdir()
    assert folder_refusal(master.path, tmp_path / "sync") is None


def test_merged_stations_say_whose_records_are_here_as_of_when(master, tmp_path):
    for name in ("Desk 1", "Desk 2"):
        make_package(master, name, tmp_path / f"{name}.pkg")
        join(tmp_path / f"{name}.pkg", tmp_path / f"{name}.db")
    with Store(tmp_path / "Desk 1.db") as d1, Store(tmp_path / "Desk 2.db") as d2:
        code = d2.conn.execute("SELECT code FROM attendees").fetchone()[0]
        assert merged_stations(d1) == []
        dec.decide(d2, code, station="Desk 2", method="scanner", at="2027-03-17T08:40:00Z")
        export_journal(d2, tmp_path / "d2.journal.csv")
        merge_journal(d1, tmp_path / "d2.journal.csv")
        [merged] = merged_stations(d1)
        assert merged.name == "Desk 2" and merged.records == 1 and merged.as_of
