"""CSV exports: every check-in, attendance, one row per attendee, no-shows; injection-proof, atomic."""

from __future__ import annotations

import csv
import os

import pytest

from checkin.exporters import ExportError, export_all, neutralise
from checkin.store.attendees import add_attendee
from checkin.store.checkins import record_checkin, undo_checkin
from checkin.store.sessions import add_session


def read(path, delimiter=","):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f, delimiter=delimiter))


@pytest.fixture
def event(store):
    """Three people, two sessions, entrance and session check-ins, one undone."""
    helene = add_attendee(
        store, full_name="Hélène Lefèvre", organisation="Ministère de l'Emploi", category="Ministres"
    )
    ahmed = add_attendee(store, full_name="أحمد بن علي", organisation="وزارة الشغل", category="Ministres")
    zoe = add_attendee(store, full_name="Zoë O'Connor", category="Experts")
    add_attendee(store, full_name="Annulé Personne", status="cancelled")
    opening = add_session(
        store, title="Ouverture", room="Plénière", starts_at="2027-03-17T08:00:00.000000Z", capacity=300
    )
    table = add_session(
        store,
        title="Table ronde",
        room="Atlas",
        starts_at="2027-03-17T10:45:00.000000Z",
        capacity=25,
        restricted=True,
    )

    def check(who, session, at, station="Desk 1", direction="in", method="camera"):
        return record_checkin(
            store,
            attendee_id=who.id,
            attendee_uid=who.uid,
            code=who.code,
            session_id=session.id if session else None,
            station=station,
            method=method,
            direction=direction,
            at=at,
        )

    check(helene, None, "2027-03-17T07:42:13.000000Z")
    check(helene, opening, "2027-03-17T08:01:00.000000Z", station="Room 1")
    check(helene, opening, "2027-03-17T08:50:00.000000Z", station="Room 1", direction="out")
    check(helene, table, "2027-03-17T10:40:00.000000Z", station="Room 2")
    mistaken = check(zoe, None, "2027-03-17T07:50:00.000000Z", station="Desk 2", method="manual")
    undo_checkin(
        store, mistaken.id, station="Desk 2", reason="wrong person", at="2027-03-17T07:51:00.000000Z"
    )
    check(ahmed, None, "2027-03-17T08:20:00.000000Z", method="scanner")
    check(ahmed, opening, "2027-03-17T08:25:00.000000Z", station="Room 1")
    return {"helene": helene, "ahmed": ahmed, "zoe": zoe, "opening": opening, "table": table}


def test_checkins_csv_has_every_event_with_undo(store, event, tmp_path):
    export_all(store, tmp_path / "out")
    rows = read(tmp_path / "out" / "checkins.csv")
    assert len(rows) == 7  # every movement, the undone one included
    first = rows[0]
    assert first["time"] == "2027-03-17 08:42:13+01:00" and first["time_utc"] == "2027-03-17T07:42:13.000000Z"
    assert (first["name"], first["organisation"], first["category"], first["checkpoint"]) == (
        "Hélène Lefèvre",
        "Ministère de l'Emploi",
        "Ministres",
        "entrance",
    )
    undone = [r for r in rows if r["undone"] == "yes"]
    assert len(undone) == 1
    assert (
        undone[0]["name"],
        undone[0]["method"],
        undone[0]["undone_at"],
        undone[0]["undone_station"],
        undone[0]["undo_reason"],
    ) == ("Zoë O'Connor", "manual", "2027-03-17 08:51:00+01:00", "Desk 2", "wrong person")
    assert [r["direction"] for r in rows if r["checkpoint"] == "Ouverture"] == ["in", "in", "out"]
    assert {r["name"] for r in rows} == {"Hélène Lefèvre", "أحمد بن علي", "Zoë O'Connor"}


def test_session_attendance_csv(store, event, tmp_path):
    export_all(store, tmp_path / "out")
    rows = read(tmp_path / "out" / "session_attendance.csv")
    assert [(r["session"], r["name"], r["first_in"], r["last_out"], r["entries"]) for r in rows] == [
        ("Ouverture", "Hélène Lefèvre", "2027-03-17 09:01:00+01:00", "2027-03-17 09:50:00+01:00", "1"),
        ("Ouverture", "أحمد بن علي", "2027-03-17 09:25:00+01:00", "", "1"),
        ("Table ronde", "Hélène Lefèvre", "2027-03-17 11:40:00+01:00", "", "1"),
    ]
    assert (rows[0]["room"], rows[0]["start"], rows[0]["capacity"]) == (
        "Plénière",
        "2027-03-17 09:00:00+01:00",
        "300",
    )


def test_attendees_csv_has_a_column_per_session(store, event, tmp_path):
    export_all(store, tmp_path / "out")
    rows = {r["name"]: r for r in read(tmp_path / "out" / "attendees.csv")}
    assert len(rows) == 4
    opening_col, table_col = "Ouverture (2027-03-17 09:00)", "Table ronde (2027-03-17 11:45)"
    assert (
        rows["Hélène Lefèvre"]["entrance"],
        rows["Hélène Lefèvre"][opening_col],
        rows["Hélène Lefèvre"][table_col],
    ) == ("2027-03-17 08:42:13+01:00", "2027-03-17 09:01:00+01:00", "2027-03-17 11:40:00+01:00")
    assert rows["Zoë O'Connor"]["entrance"] == ""  # the only check-in was undone
    assert rows["أحمد بن علي"][table_col] == ""


def test_no_shows_exclude_cancelled_and_count_undone_as_absent(store, event, tmp_path):
    export_all(store, tmp_path / "out")
    assert [r["name"] for r in read(tmp_path / "out" / "no_shows.csv")] == ["Zoë O'Connor"]


@pytest.mark.parametrize(
    "value", ['=HYPERLINK("http://x")', "+33 6 12 34 56 78", "-1", "@SUM(A1)", "\tindent", "\rcr", "＝1+1"]
)
def test_formula_like_cells_are_neutralised(value):
    assert neutralise(value) == "'" + value


@pytest.mark.parametrize("value", ["Hélène", "", "O'Connor", "a=b", "1-2", None, 42])
def test_ordinary_cells_are_left_alone(value):
    assert neutralise(value) == ("" if value is None else str(value))


def test_formula_names_come_out_neutralised_in_every_file(store, tmp_path):
    evil = add_attendee(
        store, full_name='=HYPERLINK("http://x")', organisation="+33 6 12 34 56 78", category="-1"
    )
    record_checkin(
        store,
        attendee_id=evil.id,
        attendee_uid=evil.uid,
        code=None,
        session_id=None,
        station="@desk",
        method="manual",
        at="2027-03-17T08:00:00.000000Z",
    )
    add_attendee(store, full_name="@mention Never Came")
    export_all(store, tmp_path / "out")
    log = read(tmp_path / "out" / "checkins.csv")[0]
    assert (log["name"], log["organisation"], log["category"], log["station"]) == (
        '\'=HYPERLINK("http://x")',
        "'+33 6 12 34 56 78",
        "'-1",
        "'@desk",
    )
    assert {r["name"] for r in read(tmp_path / "out" / "attendees.csv")} == {
        '\'=HYPERLINK("http://x")',
        "'@mention Never Came",
    }
    assert read(tmp_path / "out" / "no_shows.csv")[0]["name"] == "'@mention Never Came"


def test_semicolon_delimiter_and_bom(store, event, tmp_path):
    export_all(store, tmp_path / "out", delimiter=";")
    raw = (tmp_path / "out" / "checkins.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbftime;time_utc;")
    assert read(tmp_path / "out" / "checkins.csv", delimiter=";")[0]["name"] == "Hélène Lefèvre"


def test_names_with_delimiters_quotes_and_newlines_round_trip(store, tmp_path):
    add_attendee(store, full_name='Marie-Claire de la Tour; "Mimi", d\'Auvergne', organisation="A,\nB")
    export_all(store, tmp_path / "out", delimiter=";")
    row = read(tmp_path / "out" / "attendees.csv", delimiter=";")[0]
    assert row["name"] == 'Marie-Claire de la Tour; "Mimi", d\'Auvergne'


def test_a_failed_write_leaves_the_old_file_and_no_temporary(store, event, tmp_path, monkeypatch):
    export_all(store, tmp_path / "out")
    old = (tmp_path / "out" / "checkins.csv").read_bytes()
    add_attendee(store, full_name="New Person")

    def disk_full(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(ExportError) as info:
        export_all(store, tmp_path / "out")
    assert "No space left on device" in str(info.value) and "\n" not in str(info.value)
    assert (tmp_path / "out" / "checkins.csv").read_bytes() == old
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(
        ["checkins.csv", "session_attendance.csv", "attendees.csv", "no_shows.csv", "conflicts.csv"]
    )


def test_output_folder_that_cannot_be_made_is_one_line(store, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(ExportError, match="cannot create the folder"):
        export_all(store, blocker / "out")
