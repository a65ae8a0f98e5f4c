"""The event file: migrations, durability settings, identity, attendees basics."""

from __future__ import annotations

import sqlite3

import pytest

from checkin.store import db as dbmod
from checkin.store.attendees import add_attendee, get_attendee, search_attendees, update_attendee
from checkin.store.db import Store, StoreError
from checkin.store.event import create_event, get_event


def _schema(conn) -> list[tuple]:
    return sorted(
        (r[0], r[1], " ".join((r[2] or "").split()))
        for r in conn.execute("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")
    )


def test_fresh_db_has_all_migrations_recorded(fresh_store):
    names = [n for n, _ in dbmod.available_migrations()]
    assert names and names[0].startswith("0001_")
    assert fresh_store.applied_migrations() == names


def test_wal_and_full_sync(fresh_store):
    assert fresh_store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert fresh_store.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def _write_first_release_event(conn) -> None:
    """An event file as the first release wrote it: station names only, undone_by on check-ins."""
    conn.executescript("""
        INSERT INTO event (id, uid, name, timezone, code_tag, code_key, created_at)
            VALUES (1, 'ev1', 'Old event', 'Africa/Casablanca', '1AB', '00112233445566778899aabbccddeeff',
                    '2027-03-01T08:00:00Z');
        INSERT INTO station (id, uid, name, created_at) VALUES (1, 'st-desk1', 'Desk 1', '2027-03-01T08:00:00Z');
        INSERT INTO attendees (id, uid, full_name, code, created_at, updated_at)
            VALUES (1, 'a1', 'Hélène Lefèvre', 'CODE1', '2027-03-01T08:00:00Z', '2027-03-01T08:00:00Z');
        INSERT INTO checkins (id, attendee_id, attendee_uid, code, at, station, method, undone_by) VALUES
            ('c1', 1, 'a1', 'CODE1', '2027-03-17T08:40:00Z', 'Desk 1', 'scanner', 'u1'),
            ('c2', 1, 'a1', 'CODE1', '2027-03-17T08:42:00Z', 'Desk 2', 'camera', NULL);
        INSERT INTO checkin_undos (id, checkin_id, at, station, reason)
            VALUES ('u1', 'c1', '2027-03-17T08:41:00Z', 'Desk 1', 'wrong person');
        INSERT INTO revoked_codes (code, attendee_id, at, station, reason)
            VALUES ('OLDCODE', 1, '2027-03-16T10:00:00Z', 'Desk 1', 'lost');
        INSERT INTO badge_prints (attendee_id, code, at, station, output)
            VALUES (1, 'CODE1', '2027-03-16T10:01:00Z', 'Desk 1', 'pdf:a6');
    """)


def test_upgraded_db_matches_fresh_db(tmp_path, monkeypatch):
    """Applying migrations one release at a time gives the same schema as all at once, and keeps the data."""
    all_migrations = dbmod.available_migrations()
    fresh = Store(tmp_path / "fresh.db")
    upgraded_path = tmp_path / "old.db"
    for i in range(1, len(all_migrations) + 1):
        monkeypatch.setattr(dbmod, "available_migrations", lambda i=i: all_migrations[:i])
        s = Store(upgraded_path)
        if i == 1:
            _write_first_release_event(s.conn)
        s.close()
    monkeypatch.undo()
    upgraded = Store(upgraded_path)
    assert _schema(upgraded.conn) == _schema(fresh.conn)
    assert get_event(upgraded).name == "Old event"
    # Every station name became an identity; this laptop's keeps its uid; sequences follow time.
    stations = {r["name"]: r for r in upgraded.conn.execute("SELECT * FROM stations")}
    assert set(stations) == {"Desk 1", "Desk 2"} and stations["Desk 1"]["uid"] == "st-desk1"
    rows = upgraded.conn.execute("SELECT id, station_uid, seq FROM checkins ORDER BY id").fetchall()
    assert [tuple(r) for r in rows] == [("c1", "st-desk1", 3), ("c2", stations["Desk 2"]["uid"], 1)]
    assert [r[0] for r in upgraded.conn.execute("SELECT id FROM live_checkins")] == ["c2"]
    undo = upgraded.conn.execute("SELECT station_uid, seq FROM checkin_undos").fetchone()
    assert tuple(undo) == ("st-desk1", 4)
    assert stations["Desk 1"]["next_seq"] == 5  # revocation 1, print 2, check-in 3, undo 4
    assert upgraded.conn.execute("SELECT code, reason FROM revocations").fetchone()[:] == ("OLDCODE", "lost")


def test_db_is_backed_up_before_a_migration(tmp_path, monkeypatch):
    all_migrations = dbmod.available_migrations()
    path = tmp_path / "e.db"
    monkeypatch.setattr(dbmod, "available_migrations", lambda: all_migrations[:1])
    s = Store(path)
    _write_first_release_event(s.conn)
    s.close()
    extra = tmp_path / "9999_extra.sql"
    extra.write_text("CREATE TABLE extra (x INTEGER);\n")
    monkeypatch.setattr(dbmod, "available_migrations", lambda: all_migrations[:1] + [("9999_extra", extra)])
    s = Store(path)
    backups = list(tmp_path.glob("e.db.before-9999_extra.bak"))
    assert len(backups) == 1
    old = sqlite3.connect(backups[0])
    assert old.execute("SELECT name FROM event").fetchone()[0] == "Old event"
    assert "extra" not in {r[0] for r in old.execute("SELECT name FROM sqlite_master")}
    assert s.conn.execute("SELECT COUNT(*) FROM extra").fetchone()[0] == 0


def test_failed_migration_is_rolled_back_and_reported(tmp_path, monkeypatch):
    all_migrations = dbmod.available_migrations()
    bad = tmp_path / "9998_bad.sql"
    bad.write_text("CREATE TABLE half (x INTEGER);\nTHIS IS NOT SQL;\n")
    monkeypatch.setattr(dbmod, "available_migrations", lambda: all_migrations + [("9998_bad", bad)])
    with pytest.raises(StoreError, match="9998_bad"):
        Store(tmp_path / "e.db")
    conn = sqlite3.connect(tmp_path / "e.db")
    assert "half" not in {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}


def test_not_a_database_is_a_clear_error(tmp_path):
    path = tmp_path / "notes.db"
    path.write_bytes(b"this is a text file, not SQLite\n" * 100)
    with pytest.raises(StoreError, match="not a checkin event file"):
        Store(path)


def test_names_are_stored_nfc_and_searchable_without_accents(store):
    decomposed = "He\u0301le\u0300ne  Lefe\u0300vre "
    a = add_attendee(store, full_name=decomposed, organisation="Ministère de l'Emploi")
    assert get_attendee(store, a.id).full_name == "Hélène Lefèvre"
    assert [x.id for x in search_attendees(store, "helene")] == [a.id]
    assert [x.id for x in search_attendees(store, "LEFEVRE hel")] == [a.id]
    assert [x.id for x in search_attendees(store, "ministere")] == [a.id]


def test_arabic_search_ignores_hamza_and_diacritics(store):
    a = add_attendee(store, full_name="أحمد بنعلي", organisation="وزارة الشغل")
    assert [x.id for x in search_attendees(store, "احمد")] == [a.id]
    assert [x.id for x in search_attendees(store, "أَحْمَد")] == [a.id]
    assert search_attendees(store, "محمد") == []


def test_each_attendee_gets_a_unique_valid_code(store):
    from checkin.codes import check_code

    keys = get_event(store).keys
    people = [add_attendee(store, full_name=f"Person {i}") for i in range(50)]
    codes = {p.code for p in people}
    assert len(codes) == 50
    assert all(check_code(keys, c).ok for c in codes)


def test_update_rebuilds_name_and_search_key(store):
    a = add_attendee(store, first_name="Amina", last_name="Alaoui")
    assert a.full_name == "Amina Alaoui"
    b = update_attendee(store, a.id, last_name="El Alaoui", status="cancelled")
    assert (b.full_name, b.status) == ("Amina El Alaoui", "cancelled")
    assert [x.id for x in search_attendees(store, "el alaoui")] == [a.id]
