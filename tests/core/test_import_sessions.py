"""Sessions import (French and English files, local times to UTC) and restricted-session lists."""

from __future__ import annotations

import pytest

from checkin.importers import ImportFileError, import_attendees, import_session_access, import_sessions
from checkin.store.db import StoreError
from checkin.store.sessions import find_session, list_sessions, may_enter, session_access_ids


def dump(store) -> str:
    return "\n".join(store.conn.iterdump())


def by_title(store):
    return {s.title: s for s in list_sessions(store)}


@pytest.fixture
def with_people(store, data_dir):
    import_attendees(store, data_dir / "registrations" / "excel_fr_cp1252.csv")
    return store


def test_french_sessions_file_times_in_event_zone_and_access_list(with_people, data_dir):
    store = with_people
    report = import_sessions(store, data_dir / "sessions" / "sessions_fr.csv")
    assert (report.encoding, report.delimiter) == ("Windows-1252", ";")
    assert (report.added, report.skipped) == (3, 3)
    assert [line for line, _ in report.problems] == [5, 6, 7]
    assert "ends before it starts" in report.problems[0][1]
    assert "not a date and time" in report.problems[1][1]
    assert "not a whole number" in report.problems[2][1]
    sessions = by_title(store)
    opening = sessions["Ouverture"]
    # Casablanca is UTC+1 in March 2027: 09:00 local is 08:00 UTC
    assert (opening.starts_at, opening.ends_at) == (
        "2027-03-17T08:00:00.000000Z",
        "2027-03-17T08:45:00.000000Z",
    )
    assert (opening.room, opening.capacity, opening.restricted) == ("Salle plénière", 300, False)
    plenary = sessions["Cadre institutionnel et flux migratoires"]
    assert plenary.ends_at == "2027-03-17T10:30:00.000000Z"  # "11:30" alone: the start's day
    table = sessions["Table ronde ministérielle"]
    assert table.restricted and table.capacity == 25
    names = {a_id for a_id in session_access_ids(store, table.id)}
    from checkin.store.attendees import get_attendee

    assert sorted(get_attendee(store, i).full_name for i in names) == [
        "Fatima Zahra El Idrissi",
        "Hélène Lefèvre",
    ]
    assert any("table_ronde.csv line 4" in n and "inconnu@example.org" in n for n in report.notes)


def test_english_sessions_with_ids_reimport_updates(store, data_dir, tmp_path):
    first = import_sessions(store, data_dir / "sessions" / "sessions_en.csv")
    assert (first.added, first.problems) == (2, [])
    closing = by_title(store)["Closing"]
    assert (closing.external_id, closing.capacity, closing.restricted) == ("S2", None, False)
    changed = tmp_path / "s.csv"
    changed.write_text(
        "id,title,room,start,end,capacity,restricted\n"
        "S2,Closing ceremony,Plenary,2027-03-17 17:15,2027-03-17 17:45,250,yes\n",
        encoding="utf-8",
    )
    second = import_sessions(store, changed)
    assert (second.added, second.updated) == (0, 1)
    after = find_session(store, "S2")
    assert (after.id, after.title, after.capacity, after.restricted) == (
        closing.id,
        "Closing ceremony",
        250,
        True,
    )
    assert after.starts_at == "2027-03-17T16:15:00.000000Z"
    assert len(list_sessions(store)) == 2
    again = import_sessions(store, changed)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 1)


@pytest.mark.parametrize(
    "value, expected",
    [
        ("yes", True),
        ("Oui", True),
        ("1", True),
        ("TRUE", True),
        ("no", False),
        ("non", False),
        ("0", False),
        ("false", False),
    ],
)
def test_restricted_values(store, tmp_path, value, expected):
    path = tmp_path / "s.csv"
    path.write_text(f"titre;restreinte\nTable;{value}\n", encoding="utf-8")
    import_sessions(store, path)
    assert by_title(store)["Table"].restricted is expected


def test_access_list_by_title_replaces_the_list(with_people, data_dir, tmp_path):
    store = with_people
    import_sessions(store, data_dir / "sessions" / "sessions_fr.csv")
    table = by_title(store)["Table ronde ministérielle"]
    path = tmp_path / "list.csv"
    path.write_text("Nom;Prénom\nDupont;Jean Marc\nLefèvre;Hélène\n", encoding="utf-8")
    report = import_session_access(store, "Table ronde ministérielle", path)
    assert (report.added, report.removed, report.unchanged) == (1, 1, 1)
    members = session_access_ids(store, table.id)
    assert len(members) == 2
    fatima = next(a for a in store.conn.execute("SELECT id FROM attendees WHERE last_name = 'El Idrissi'"))[0]
    dupont = next(a for a in store.conn.execute("SELECT id FROM attendees WHERE last_name = 'Dupont'"))[0]
    assert not may_enter(store, table.id, fatima) and may_enter(store, table.id, dupont)
    assert may_enter(store, by_title(store)["Ouverture"].id, fatima)


def test_access_list_nobody_known_or_unknown_session_changes_nothing(with_people, data_dir, tmp_path):
    store = with_people
    import_sessions(store, data_dir / "sessions" / "sessions_fr.csv")
    before = dump(store)
    path = tmp_path / "list.csv"
    path.write_text("Email\nwho@example.org\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match="nobody"):
        import_session_access(store, "Table ronde ministérielle", path)
    with pytest.raises(StoreError, match="no session"):
        import_session_access(store, "No such session", path)
    with pytest.raises(ImportFileError, match="PNG"):
        import_session_access(store, "1", data_dir / "registrations" / "photo.png")
    assert dump(store) == before


def test_sessions_file_without_title_column_is_refused(store, tmp_path):
    path = tmp_path / "s.csv"
    path.write_text("room,start\nA,2027-03-17 09:00\n", encoding="utf-8")
    before = dump(store)
    with pytest.raises(ImportFileError, match="no title column"):
        import_sessions(store, path)
    assert dump(store) == before


def test_sessions_dry_run_reports_and_writes_nothing(with_people, data_dir):
    store = with_people
    before = dump(store)
    report = import_sessions(store, data_dir / "sessions" / "sessions_fr.csv", dry_run=True)
    assert (report.added, report.skipped, report.dry_run) == (3, 3, True)
    assert any("access list" in n and "2 added" in n for n in report.notes)
    assert dump(store) == before


def test_missing_access_file_is_a_problem_on_its_line_and_the_session_still_imports(with_people, tmp_path):
    store = with_people
    path = tmp_path / "s.csv"
    path.write_text("title,restricted,access\nRound table,yes,missing.csv\n", encoding="utf-8")
    report = import_sessions(store, path)
    assert (report.added, report.skipped) == (1, 0)
    [(line, message)] = report.problems
    assert line == 2 and message.startswith("access list not imported: ")
    assert message.endswith("missing.csv: no such file")
    assert session_access_ids(store, by_title(store)["Round table"].id) == set()


def test_access_list_for_an_open_session_says_it_has_no_effect(with_people, tmp_path):
    store = with_people
    path = tmp_path / "s.csv"
    path.write_text("title\nPlenary\n", encoding="utf-8")
    import_sessions(store, path)
    listing = tmp_path / "l.csv"
    listing.write_text("Courriel\nhelene.lefevre@emploi.gov.ma\n", encoding="utf-8")
    report = import_session_access(store, "Plenary", listing)
    assert report.added == 1
    assert any("open to everyone" in n for n in report.notes)
