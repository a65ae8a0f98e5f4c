"""The built-in demo event: its data files, ``checkin demo`` and ``checkin.demo``."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from checkin.cli import main
from checkin.codes import check_code
from checkin.demo import (DEMO_NAME, ROUND_TABLE, create_demo_event, demo_data_dir, ensure_demo_event,
                          load_demo, set_aside)
from checkin.store.attendees import list_attendees, search_attendees
from checkin.store.checkins import checked_in_ids, recent_checkins
from checkin.store.db import Store, StoreError, from_stored_time
from checkin.store.event import create_event, get_event
from checkin.store.sessions import find_session, list_sessions, session_access_ids

DATA = demo_data_dir()
CATEGORIES = {"Ministre", "Ambassadeur", "Institution publique", "Syndicat", "Société civile", "Expert",
              "Presse"}


def _rows(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _arabic(text: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in text)


@pytest.fixture
def demo_db(tmp_path, capsys):
    path = tmp_path / "event.db"
    assert main(["--db", str(path), "demo"]) == 0
    capsys.readouterr()
    return path


# -- the data files ---------------------------------------------------------------------------------


def test_generator_script_reproduces_the_committed_files(tmp_path):
    subprocess.run([sys.executable, str(DATA / "make_demo_data.py"), "--out", str(tmp_path)], check=True,
                   capture_output=True)
    for name in ("attendees.csv", "sessions.csv", "round_table_access.csv"):
        assert (tmp_path / name).read_bytes() == (DATA / name).read_bytes(), f"{name} differs from the script"


def test_attendee_file_is_a_plausible_fictional_registration_list():
    rows = _rows("attendees.csv")
    assert list(rows[0]) == ["Attendee #", "First Name", "Last Name", "Email", "Company", "Job Title",
                             "Ticket Type"]
    assert 180 <= len(rows) <= 220
    assert len({r["Attendee #"] for r in rows}) == len(rows)
    assert len({r["Email"].casefold() for r in rows}) == len(rows)
    assert {r["Ticket Type"] for r in rows} == CATEGORIES
    per = {c: sum(r["Ticket Type"] == c for r in rows) for c in CATEGORIES}
    assert per["Ministre"] + per["Ambassadeur"] < per["Institution publique"]
    assert per["Ministre"] < per["Société civile"]
    assert sum(_arabic(r["First Name"] + r["Last Name"]) for r in rows) >= 30
    # only reserved example domains (RFC 2606), never a real person's address
    assert all(r["Email"].rsplit("@", 1)[1].split(".")[-2:][0] == "example" for r in rows)
    assert all(r["Email"].rsplit(".", 1)[1] in ("org", "com", "net") for r in rows)


def test_session_file_has_the_seminar_programme():
    rows = _rows("sessions.csv")
    assert list(rows[0]) == ["title", "room", "start", "end", "capacity", "restricted"]
    assert [r["title"] for r in rows][0] == "Séance d'ouverture"
    assert [r["restricted"] for r in rows].count("yes") == 1
    assert all(r["start"].startswith("2027-03-17 ") for r in rows)


# -- checkin demo -----------------------------------------------------------------------------------


def test_demo_command_creates_the_seminar(demo_db):
    with Store(demo_db) as store:
        event = get_event(store)
        assert (event.name, event.date, event.venue, event.timezone) == (
            DEMO_NAME, "2027-03-17", "Rabat", "Africa/Casablanca")
        people = list_attendees(store)
        assert len(people) == len(_rows("attendees.csv"))
        by_name = {a.full_name: a for a in people}
        helene = by_name["Hélène Lefèvre"]
        assert (helene.organisation, helene.category) == ("Ministère de l'Emploi", "Institution publique")
        ahmed = by_name["أحمد بنعلي"]
        assert (ahmed.first_name, ahmed.last_name) == ("أحمد", "بنعلي")
        assert ahmed.organisation == "وزارة الإدماج الاقتصادي والمقاولة الصغرى والتشغيل والكفاءات"
        assert {"Youssef El Amrani", "Fatima-Zahra Benjelloun", "Sarah O'Brien", "Lucía Núñez Ibáñez",
                "Jürgen Müller", "João Magalhães"} <= set(by_name)
        assert {a.external_id for a in people} == {r["Attendee #"] for r in _rows("attendees.csv")}


def test_every_demo_attendee_has_a_valid_unique_badge(demo_db):
    with Store(demo_db) as store:
        keys = get_event(store).keys
        codes = [a.code for a in list_attendees(store)]
    assert len(set(codes)) == len(codes)
    assert all(check_code(keys, code).ok for code in codes)


def test_demo_sessions_and_the_round_table_list(demo_db):
    with Store(demo_db) as store:
        sessions = list_sessions(store)
        assert len(sessions) == 6
        assert [s.title for s in sessions][0] == "Séance d'ouverture"
        opening = sessions[0]
        assert (opening.room, opening.capacity, opening.restricted) == ("Salle plénière", 250, False)
        # 09:00 in Rabat on 17 March 2027 (UTC+1)
        rabat = ZoneInfo("Africa/Casablanca")
        assert from_stored_time(opening.starts_at) == datetime(2027, 3, 17, 9, tzinfo=rabat)
        round_table = find_session(store, ROUND_TABLE)
        assert [s.title for s in sessions if s.restricted] == [ROUND_TABLE]
        assert (round_table.room, round_table.capacity) == ("Salle des ambassadeurs", 30)
        access = session_access_ids(store, round_table.id)
        allowed = {a.external_id for a in list_attendees(store) if a.id in access}
        assert allowed == {r["Attendee #"] for r in _rows("round_table_access.csv")}
        assert 20 <= len(allowed) <= 30
        categories = {a.category for a in list_attendees(store) if a.external_id in allowed}
        assert {"Ministre", "Ambassadeur"} <= categories
        assert "Presse" not in categories


def test_demo_activity_is_modest_and_leaves_the_round_table_free(demo_db):
    with Store(demo_db) as store:
        zone = ZoneInfo("Africa/Casablanca")
        total = len(list_attendees(store))
        arrived = checked_in_ids(store)
        assert 0.1 * total <= len(arrived) <= 0.3 * total
        round_table = find_session(store, ROUND_TABLE)
        assert not arrived & session_access_ids(store, round_table.id)
        records = recent_checkins(store, limit=1000)
        assert {r.station for r in records if r.session_id is None} == {"Accueil 1", "Accueil 2"}
        assert {r.method for r in records} == {"camera", "scanner", "manual"}
        for r in records:
            local = from_stored_time(r.at).astimezone(zone)
            assert local.date() == date(2027, 3, 17) and time(8, 15) <= local.time() <= time(9, 15)
        opening = list_sessions(store)[0]
        in_opening = checked_in_ids(store, opening.id)
        assert in_opening and in_opening <= arrived
        assert all(not checked_in_ids(store, s.id) for s in list_sessions(store)[1:])


def test_demo_without_activity_has_nobody_checked_in(tmp_path, capsys):
    path = tmp_path / "event.db"
    assert main(["--db", str(path), "demo", "--no-activity"]) == 0
    assert "0 already checked in" in capsys.readouterr().out
    with Store(path) as store:
        assert checked_in_ids(store) == set()
        assert recent_checkins(store) == []


def test_demo_output_says_where_and_how_much(tmp_path, capsys):
    path = tmp_path / "sub" / "event.db"
    assert main(["--db", str(path), "demo"]) == 0
    out = capsys.readouterr().out
    assert str(path) in out
    assert f"{len(_rows('attendees.csv'))} attendees" in out and "6 sessions" in out
    assert sorted(p.name for p in path.parent.iterdir()) == ["event.db"]  # no partial file left behind


def test_second_demo_is_refused_and_force_starts_over_keeping_a_backup(demo_db, capsys):
    with Store(demo_db) as store:
        first_uid = get_event(store).uid
    assert main(["--db", str(demo_db), "demo"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--force" in err and "already holds the demo event" in err
    with Store(demo_db) as store:
        assert get_event(store).uid == first_uid  # untouched

    assert main(["--db", str(demo_db), "demo", "--force"]) == 0
    out = capsys.readouterr().out
    backups = sorted(demo_db.parent.glob("event.db.bak-*"))
    assert len(backups) == 1 and str(backups[0]) in out
    with Store(backups[0]) as old:
        assert get_event(old).uid == first_uid
        assert len(list_attendees(old)) == len(_rows("attendees.csv"))
    with Store(demo_db) as store:
        assert get_event(store).uid != first_uid
        assert get_event(store).name == DEMO_NAME

    assert main(["--db", str(demo_db), "demo", "--force"]) == 0  # twice in the same second
    assert len(list(demo_db.parent.glob("event.db.bak-*"))) == 2


def test_demo_refuses_a_file_holding_another_event(tmp_path, capsys):
    path = tmp_path / "event.db"
    assert main(["--db", str(path), "init", "--name", "Congrès annuel"]) == 0
    assert main(["--db", str(path), "demo"]) == 2
    err = capsys.readouterr().err
    assert "Congrès annuel" in err and err.count("\n") == 1
    with Store(path) as store:
        assert get_event(store).name == "Congrès annuel"
        assert list_attendees(store) == []


def test_force_moves_a_non_event_file_aside_without_losing_it(tmp_path):
    path = tmp_path / "event.db"
    path.write_bytes(b"not an event file\n" * 50)
    assert main(["--db", str(path), "demo"]) == 2
    assert main(["--db", str(path), "demo", "--force"]) == 0
    (backup,) = tmp_path.glob("event.db.bak-*")
    assert backup.read_bytes() == b"not an event file\n" * 50


def test_demo_fills_an_existing_empty_file_in_place(tmp_path):
    path = tmp_path / "event.db"
    path.touch()
    assert main(["--db", str(path), "demo", "--no-activity"]) == 0
    with Store(path) as store:
        assert get_event(store).name == DEMO_NAME
    assert not list(tmp_path.glob("*.bak-*"))


def test_set_aside_refuses_a_file_open_elsewhere(demo_db):
    other = Store(demo_db)  # e.g. the desktop app on the same file
    try:
        with pytest.raises(StoreError, match="open in another program"):
            set_aside(demo_db)
        assert demo_db.exists() and not list(demo_db.parent.glob("*.bak-*"))
    finally:
        other.close()


def test_attendees_search_finds_helene_without_accents(demo_db, capsys):
    assert main(["--db", str(demo_db), "attendees", "--search", "helene", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert [p["name"] for p in found] == ["Hélène Lefèvre"]
    assert found[0]["checked_in"] is False


def test_arabic_names_are_found_with_or_without_hamza(demo_db):
    with Store(demo_db) as store:
        assert "أحمد بنعلي" in {a.full_name for a in search_attendees(store, "احمد بنعلي")}
        assert "أحمد بنعلي" in {a.full_name for a in search_attendees(store, "benali")}  # via the e-mail


# -- the library API --------------------------------------------------------------------------------


def test_load_demo_refuses_a_file_with_an_event(store):
    with pytest.raises(StoreError, match="already holds an event"):
        load_demo(store)


def test_load_demo_into_an_empty_file_without_activity(fresh_store):
    summary = load_demo(fresh_store)
    assert (summary.sessions, summary.restricted_sessions, summary.arrivals) == (6, 1, 0)
    assert summary.attendees == len(_rows("attendees.csv"))
    assert summary.restricted_access == len(_rows("round_table_access.csv"))


def test_load_demo_rejects_a_share_above_one(fresh_store):
    with pytest.raises(ValueError):
        load_demo(fresh_store, with_activity=True, arrival_share=1.5)


def test_activity_is_deterministic(tmp_path):
    times = []
    for name in ("a.db", "b.db"):
        create_demo_event(tmp_path / name)
        with Store(tmp_path / name) as store:
            by_id = {a.id: a.external_id for a in list_attendees(store)}
            times.append(sorted((r.at, by_id[r.attendee_id], r.station, r.method)
                                for r in recent_checkins(store, limit=1000)))
    assert times[0] == times[1]


def test_ensure_demo_event_reuses_the_demo_and_protects_other_events(tmp_path):
    path = ensure_demo_event(tmp_path / "demo.db")
    with Store(path) as store:
        uid = get_event(store).uid
    assert ensure_demo_event(path) == path
    with Store(path) as store:
        assert get_event(store).uid == uid
    other = tmp_path / "other.db"
    with Store(other) as store:
        create_event(store, "Another seminar")
    with pytest.raises(StoreError, match="Another seminar"):
        ensure_demo_event(other)
