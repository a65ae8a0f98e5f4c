"""Stations, packages and journals: join, merge (idempotent, any order, nothing lost), damaged journals."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest

from checkin import decision as dec
from checkin.cli import main
from checkin.store.attendees import add_attendee, find_by_uid, update_attendee
from checkin.store.db import Store, StoreError
from checkin.store.event import create_event, get_event, set_station_name, station_name
from checkin.store.listing import copy_event_file
from checkin.store.presence import inside_count
from checkin.store.sessions import add_session
from checkin.store.stations import list_stations, this_station
from checkin.store.sync import canonical_state
from checkin.sync.exchange import export_journal, merge_journal
from checkin.sync.package import join, make_package

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def master(tmp_path) -> Store:
    """The organiser's file: 12 people, a session with a capacity."""
    store = Store(tmp_path / "master.db")
    create_event(store, "Séminaire OIT", date="2027-03-17", timezone="Africa/Casablanca")
    set_station_name(store, "Organisers")
    for i, name in enumerate(["Hélène Lefèvre", "محمد العلوي", "Zoë O'Connor", "Ahmed Ben Ali", "Awa Traoré",
                              "Jean Dupont", "Fatima Zahra", "John Smith", "Nadia Amrani", "Karim Idrissi",
                              "Sophie Martin", "Youssef Tazi"]):
        add_attendee(store, full_name=name, email=f"p{i}@example.org", external_id=str(1000 + i))
    add_session(store, title="Cadre institutionnel", room="Salle A", starts_at="2027-03-17T09:00:00.000000Z",
                ends_at="2027-03-17T10:30:00.000000Z", capacity=100)
    yield store
    store.close()


def _station(master: Store, tmp_path: Path, name: str) -> Store:
    pkg = tmp_path / f"{name}.checkin-station"
    make_package(master, name, pkg)
    db = tmp_path / f"{name}.db"
    join(pkg, db)
    return Store(db)


def _codes(store: Store) -> list[str]:
    return [r[0] for r in store.conn.execute("SELECT code FROM attendees ORDER BY external_id")]


def test_package_gives_each_laptop_its_own_identity_and_names_are_unique(master, tmp_path):
    d1 = _station(master, tmp_path, "Desk 1")
    d2 = _station(master, tmp_path, "Desk 2")
    assert station_name(d1) == "Desk 1" and station_name(d2) == "Desk 2"
    assert this_station(d1).uid != this_station(d2).uid
    assert get_event(d1).uid == get_event(master).uid
    assert get_event(d1).keys.key == get_event(master).keys.key  # the signing secret travels
    assert _codes(d1) == _codes(master)
    with pytest.raises(StoreError, match="already exists"):
        make_package(master, "desk 1", tmp_path / "again.pkg")
    with pytest.raises(StoreError, match="another station"):
        set_station_name(master, "Desk 2")
    assert oct((tmp_path / "Desk 1.checkin-station").stat().st_mode & 0o777) == "0o600"


def test_undo_last_only_takes_back_this_stations_own_records(master, tmp_path):
    d1 = _station(master, tmp_path, "Desk 1")
    d2 = _station(master, tmp_path, "Desk 2")
    codes = _codes(d1)
    mine = dec.decide(d1, codes[0], station=station_name(d1), method="scanner", at="2027-03-17T08:00:00Z")
    dec.decide(d2, codes[1], station=station_name(d2), method="scanner", at="2027-03-17T08:05:00Z")
    export_journal(d2, tmp_path / "d2.csv")
    merge_journal(d1, tmp_path / "d2.csv")
    # Desk 2's check-in is newer and now in Desk 1's file; Desk 1's undo still takes back its own.
    result = dec.undo_last(d1, station=station_name(d1), within_seconds=None)
    assert result.ok and result.checkin_id == mine.checkin_id
    assert not dec.undo_last(d1, station=station_name(d1), within_seconds=None).ok


def test_duplicate_names_the_station_where_the_person_was_admitted(master, tmp_path):
    d1 = _station(master, tmp_path, "Desk 1")
    d2 = _station(master, tmp_path, "Desk 2")
    code = _codes(d1)[3]
    assert dec.decide(d1, code, station="Desk 1", method="camera", at="2027-03-17T08:42:00Z").status == "accepted"
    export_journal(d1, tmp_path / "d1.csv")
    merge_journal(d2, tmp_path / "d1.csv")
    again = dec.decide(d2, code, station="Desk 2", method="scanner", at="2027-03-17T08:50:00Z")
    assert again.status == "duplicate" and again.previous_station == "Desk 1" and "Desk 1" in again.message
    with pytest.raises(StoreError, match="another laptop"):
        dec.decide(d2, code, station="Desk 1", method="scanner")


def test_merge_is_idempotent_and_order_independent(master, tmp_path):
    stations = [_station(master, tmp_path, f"Desk {i}") for i in (1, 2, 3)]
    codes = _codes(stations[0])
    for i, st in enumerate(stations):
        name = station_name(st)
        for j, code in enumerate(codes[i * 3:i * 3 + 5]):  # overlapping badges: 3-4 and 6-7 twice
            dec.decide(st, code, station=name, method="scanner", at=f"2027-03-17T08:{10 * i + j:02d}:00Z")
        walkin = add_attendee(st, full_name=f"Walk In {i}", email=f"w{i}@x.org", source="walkin", station=name)
        dec.checkin_manual(st, walkin.id, station=name, at=f"2027-03-17T09:0{i}:00Z")
        update_attendee(st, walkin.id, organisation="ONG", station=name)
    journals = []
    for st in stations:
        path = tmp_path / f"{station_name(st)}.journal.csv"
        export_journal(st, path)
        journals.append(path)
    states = []
    for order in ([0, 1, 2], [2, 1, 0], [1, 0, 2, 0, 1]):
        copy = tmp_path / f"copy-{'-'.join(map(str, order))}.db"
        copy_event_file(master, copy)
        with Store(copy) as target:
            for k in order:
                merge_journal(target, journals[k])
            states.append(canonical_state(target))
            # every check-in once: 15 scans + 3 walk-ins, the double admissions included
            assert len(states[-1]["checkins"]) == 18
    assert states[0] == states[1] == states[2]


def test_damaged_journals_are_detected(master, tmp_path):
    d1 = _station(master, tmp_path, "Desk 1")
    for j, code in enumerate(_codes(d1)[:6]):
        dec.decide(d1, code, station="Desk 1", method="scanner", at=f"2027-03-17T08:0{j}:00Z")
    good = tmp_path / "d1.journal.csv"
    export_journal(d1, good)
    text = good.read_text(encoding="utf-8")
    # A USB stick pulled mid-write: the file stops inside the fifth row.
    cut = tmp_path / "cut.journal.csv"
    lines = text.splitlines(keepends=True)
    cut.write_text("".join(lines[:10]) + lines[10][:40], encoding="utf-8")
    result = merge_journal(master, cut)
    assert result.counts.applied == {"checkin": 4}
    assert any("cut short" in w for w in result.warnings)
    # The complete journal later brings the rest, once.
    assert merge_journal(master, good).counts.applied == {"checkin": 2}
    assert merge_journal(master, good).skipped
    # A row altered in the middle: rows before it are kept, it and the rest are not.
    other = _station(master, tmp_path, "Desk 2")
    for j, code in enumerate(_codes(other)[6:10]):
        dec.decide(other, code, station="Desk 2", method="scanner", at=f"2027-03-17T08:1{j}:00Z")
    bad = tmp_path / "d2.journal.csv"
    export_journal(other, bad)
    rows = bad.read_text(encoding="utf-8").splitlines(keepends=True)
    rows[8] = rows[8].replace(",in,", ",out,")
    bad.write_text("".join(rows), encoding="utf-8")
    result = merge_journal(master, bad)
    assert result.counts.applied == {"checkin": 2}
    assert any("line 9: damaged row" in w for w in result.warnings)


def test_a_journal_of_another_event_or_not_a_journal_is_refused(master, tmp_path, capsys):
    other = Store(tmp_path / "other.db")
    create_event(other, "Another event")
    add_attendee(other, full_name="X Y")
    export_journal(other, tmp_path / "other.journal.csv")
    before = canonical_state(master)
    with pytest.raises(StoreError, match="another event"):
        merge_journal(master, tmp_path / "other.journal.csv")
    (tmp_path / "notes.csv").write_text("name,email\nA,b\n", encoding="utf-8")
    code = main(["--db", str(master.path), "sync", "import", str(tmp_path / "notes.csv")])
    err = capsys.readouterr().err
    assert code == 2 and "not a checkin station journal" in err and "Traceback" not in err
    assert canonical_state(master) == before


def test_rejoin_with_a_newer_package_updates_people_and_keeps_every_record(master, tmp_path):
    pkg = tmp_path / "d1.pkg"
    make_package(master, "Desk 1", pkg)
    db = tmp_path / "d1.db"
    join(pkg, db)
    with Store(db) as d1:
        dec.decide(d1, _codes(d1)[0], station="Desk 1", method="scanner")
        walkin = add_attendee(d1, full_name="Walk In", source="walkin", station="Desk 1")
    # The organiser imports a late registration and changes a session, then packages Desk 1 again.
    late = add_attendee(master, full_name="Late Registrant", email="late@x.org")
    master.conn.execute("UPDATE sessions SET capacity = 40")
    pkg2 = tmp_path / "d1-new.pkg"
    master.conn.execute("UPDATE stations SET name = 'Desk 1 (old)' WHERE name = 'Desk 1'")
    from checkin.store.package import write_package
    from checkin.store.stations import find_station

    station = find_station(master, "Desk 1 (old)")
    master.conn.execute("UPDATE stations SET name = 'Desk 1' WHERE uid = ?", (station.uid,))
    write_package(master, find_station(master, "Desk 1"), pkg2)
    result = join(pkg2, db)
    assert not result.fresh and result.attendees_changed >= 1
    with Store(db) as d1:
        assert find_by_uid(d1, late.uid) is not None
        assert find_by_uid(d1, walkin.uid) is not None
        assert d1.conn.execute("SELECT COUNT(*) FROM live_checkins").fetchone()[0] == 1
        assert d1.conn.execute("SELECT capacity FROM sessions").fetchone()[0] == 40
        assert station_name(d1) == "Desk 1" and this_station(d1).next_seq == 3


def _cli(db: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "checkin", "--db", str(db), *args], check=False, input=stdin,
                          capture_output=True, text=True, cwd=REPO, timeout=120)


def test_three_stations_from_packages_merged_through_a_folder(tmp_path):
    """Organiser -> 3 packages -> 3 laptops scanning overlapping badges offline -> one folder -> one export."""
    master = tmp_path / "master.db"
    assert _cli(master, "demo").returncode == 0
    for name in ("Desk 1", "Desk 2", "Salle A"):
        assert _cli(master, "package", "--station", name, "--out", str(tmp_path / f"{name}.pkg")).returncode == 0
        laptop = tmp_path / f"{name}.db"
        done = _cli(laptop, "join", str(tmp_path / f"{name}.pkg"))
        assert done.returncode == 0 and f"station '{name}'" in done.stdout
    with Store(master) as m:
        codes = [r[0] for r in m.conn.execute(
            "SELECT code FROM attendees a WHERE NOT EXISTS (SELECT 1 FROM checkins c WHERE c.attendee_id = a.id)"
            " ORDER BY id LIMIT 12")]
    batches = {"Desk 1": codes[0:6], "Desk 2": codes[4:10], "Salle A": codes[8:12]}  # 4 people twice
    for name, batch in batches.items():
        out = _cli(tmp_path / f"{name}.db", "scan", "--stdin", stdin="\n".join(batch) + "\n")
        assert out.returncode == 0 and out.stdout.count("ACCEPTED") == len(batch)
    folder = tmp_path / "sync"
    folder.mkdir()
    for name in batches:
        assert _cli(tmp_path / f"{name}.db", "sync", "folder", str(folder)).returncode == 0
    merged = _cli(master, "sync", "folder", str(folder))
    assert merged.returncode == 0 and merged.stdout.count("checkins") == 3
    again = _cli(master, "sync", "folder", str(folder))  # nothing counted twice
    assert again.returncode == 0
    out = tmp_path / "export"
    assert _cli(master, "export", "--out", str(out)).returncode == 0
    with open(out / "checkins.csv", encoding="utf-8-sig", newline="") as f:
        rows = [r for r in csv.DictReader(f) if r["station"] in batches]
    assert len(rows) == 16 and len({r["checkin_id"] for r in rows}) == 16
    assert {r["method"] for r in rows} == {"scanner"}
    with open(out / "conflicts.csv", encoding="utf-8-sig", newline="") as f:
        conflicts = list(csv.DictReader(f))
    doubles = [c for c in conflicts if c["kind"] == "double_admission"]
    assert len(doubles) == 4
    assert {(c["station_a"], c["station_b"]) for c in doubles} == {("Desk 1", "Desk 2"), ("Desk 2", "Salle A")}
    stats = _cli(master, "stats", "--json")
    assert '"checked_in": 62' in stats.stdout  # 50 demo arrivals + 12 different people, not 16


def test_the_event_file_may_not_live_in_the_sync_folder(master, tmp_path):
    with pytest.raises(StoreError, match="inside the sync folder"):
        from checkin.sync.folder import FolderSync

        FolderSync(master, tmp_path)


def test_stations_are_listed_with_their_names(master, tmp_path):
    _station(master, tmp_path, "Desk 1")
    names = {s.name: s.local for s in list_stations(master)}
    assert names == {"Organisers": True, "Desk 1": False}


def test_a_station_of_another_laptop_cannot_be_used_for_scanning(master, tmp_path, capsys):
    """The desk's station identity: this laptop's by default; another laptop's name is refused at once."""
    from checkin import desk

    d1 = _station(master, tmp_path, "Desk 1")
    assert desk.station_identity(d1).name == "Desk 1"
    export_journal(master, tmp_path / "m.csv")
    merge_journal(d1, tmp_path / "m.csv")  # the organisers' station is now known here
    with pytest.raises(StoreError, match="another laptop"):
        desk.station_identity(d1, "Organisers")
    code = main(["--db", str(d1.path), "scan", "--stdin", "--station", "Organisers"])
    err = capsys.readouterr().err
    assert code == 2 and "another laptop" in err and "Traceback" not in err


def test_a_checkin_undone_at_another_desk_and_merged_after_its_undo_counts_nobody_inside(tmp_path):
    """Desk B undoes what Desk A admitted; the organiser merges B's journal before A's."""
    master = Store(tmp_path / "m.db")
    create_event(master, "S", date="2027-03-17", timezone="Africa/Casablanca")
    add_attendee(master, full_name="Amina Benali", email="a@x.org")
    for n in ("A", "B"):
        make_package(master, f"Desk {n}", tmp_path / f"{n}.pkg")
        join(tmp_path / f"{n}.pkg", tmp_path / f"{n}.db")
    a, b = Store(tmp_path / "A.db"), Store(tmp_path / "B.db")
    code = a.conn.execute("SELECT code FROM attendees").fetchone()[0]
    d = dec.decide(a, code, session_id=None, station="Desk A", method="scanner", direction="in",
                   at="2027-03-17T08:00:00.000000Z")
    assert d.status == "accepted"
    export_journal(a, tmp_path / "A.journal.csv")
    merge_journal(b, tmp_path / "A.journal.csv")
    cid = b.conn.execute("SELECT id FROM live_checkins").fetchone()[0]
    dec.undo(b, cid, station="Desk B", within_seconds=None, now="2027-03-17T08:01:00.000000Z")
    assert inside_count(b) == 0
    export_journal(b, tmp_path / "B.journal.csv")
    copy_event_file(master, tmp_path / "t.db")
    t = Store(tmp_path / "t.db")
    merge_journal(t, tmp_path / "B.journal.csv")
    merge_journal(t, tmp_path / "A.journal.csv")
    assert t.conn.execute("SELECT COUNT(*) FROM live_checkins").fetchone()[0] == 0
    assert inside_count(t) == 0
    assert t.conn.execute("SELECT COUNT(*) FROM presence WHERE first_in IS NOT NULL").fetchone()[0] == 0
    for s in (master, a, b, t):
        s.close()


def test_a_late_registration_imported_on_the_organisers_file_reaches_a_desk_through_the_folder(tmp_path):
    """Monday 08:40: the organiser imports the last pretix registrations; Desk 1 admits their e-mailed QR."""
    from checkin.importers.attendees import import_attendees
    from checkin.sync.folder import FolderSync

    master = Store(tmp_path / "master.db")
    create_event(master, "Séminaire OIT", date="2027-03-17", timezone="Africa/Casablanca")
    add_attendee(master, full_name="Amina Benali", email="a.benali@x.org")
    make_package(master, "Desk 1", tmp_path / "desk1.pkg")
    join(tmp_path / "desk1.pkg", tmp_path / "desk1.db")
    late = tmp_path / "pretix-late.csv"
    late.write_text(
        '"Order code","Attendee name","Attendee name: Given name","Attendee name: Family name","Product","Price",'
        '"Checked in","Paid","Secret","E-mail","Company","Voucher code","Order date"\n'
        '"LATE1","Karim El Idrissi","Karim","El Idrissi","Délégations","0.00","","Yes",'
        '"q8w2e4r6t8y0u2i4o6p8a0s2d4f6g8h0","k.elidrissi@anapec.ma","ANAPEC","","2027-03-16"\n',
        encoding="utf-8")
    assert import_attendees(master, late).added == 1
    folder = tmp_path / "sync"
    folder.mkdir()
    FolderSync(master, folder).run_once()
    desk = Store(tmp_path / "desk1.db")
    FolderSync(desk, folder).run_once()

    d = dec.decide(desk, "q8w2e4r6t8y0u2i4o6p8a0s2d4f6g8h0", session_id=None, station="Desk 1", method="scanner")
    assert (d.status, d.attendee.full_name, d.attendee.organisation) == ("accepted", "Karim El Idrissi", "ANAPEC")
    again = dec.decide(desk, "q8w2e4r6t8y0u2i4o6p8a0s2d4f6g8h0", session_id=None, station="Desk 1",
                       method="scanner")
    assert again.status == "duplicate"

    # Published once: further passes (and the desk's own journal) carry no copy of the list.
    before = master.conn.execute("SELECT COUNT(*) FROM versions").fetchone()[0]
    FolderSync(master, folder).run_once()
    FolderSync(desk, folder).run_once()
    assert master.conn.execute("SELECT COUNT(*) FROM versions").fetchone()[0] == before == 1
    assert desk.conn.execute("SELECT COUNT(*) FROM versions WHERE station_uid = ?",
                             (this_station(desk).uid,)).fetchone()[0] == 0
    # The people already in the package were not sent again.
    assert master.conn.execute("SELECT COUNT(*) FROM versions WHERE target_uid = (SELECT uid FROM attendees"
                               " WHERE full_name = 'Amina Benali')").fetchone()[0] == 0
    for s in (master, desk):
        s.close()


def test_a_list_imported_at_a_desk_after_joining_reaches_the_organiser_and_the_package_list_does_not_travel(tmp_path):
    from checkin.importers.attendees import import_attendees

    master = Store(tmp_path / "master.db")
    create_event(master, "Séminaire OIT", date="2027-03-17", timezone="Africa/Casablanca")
    for i in range(5):
        add_attendee(master, full_name=f"Personne {i} Lefèvre", email=f"p{i}@x.org")
    make_package(master, "Desk 2", tmp_path / "desk2.pkg")
    join(tmp_path / "desk2.pkg", tmp_path / "desk2.db")
    desk = Store(tmp_path / "desk2.db")
    extra = tmp_path / "partenaires.csv"
    extra.write_text("Nom,Prénom,Organisation,Email\nBenali,Samira,OIT,s.benali@ilo.org\n", encoding="utf-8")
    assert import_attendees(desk, extra).added == 1
    export_journal(desk, tmp_path / "desk2.journal.csv")
    rows = [r for r in csv.reader(open(tmp_path / "desk2.journal.csv", encoding="utf-8")) if r and r[0].isdigit()]
    assert [r[1] for r in rows] == ["attendee"]  # the partner only: the package's five people stay home
    merge_journal(master, tmp_path / "desk2.journal.csv")
    found = master.conn.execute("SELECT organisation, email FROM attendees WHERE full_name LIKE '%Samira%'").fetchone()
    assert tuple(found) == ("OIT", "s.benali@ilo.org")
    for s in (master, desk):
        s.close()
