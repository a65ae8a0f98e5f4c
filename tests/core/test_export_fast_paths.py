"""The export's fast paths give what the plain rules give: times per minute, GLOB prefixes, joined rows."""

from __future__ import annotations

import csv
import random
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from checkin.exporters import export_all, files, neutralise
from checkin.exporters.csvout import FORMULA_STARTS
from checkin.exporters.times import local_time, local_times
from checkin.store.attendees import add_attendee
from checkin.store.checkins import bulk_record_checkins, record_checkin, undo_checkin
from checkin.store.export_rows import safe_sql
from checkin.store.sessions import add_session


def read(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


@pytest.mark.parametrize("zone", ["Africa/Casablanca", "Europe/Paris", "America/St_Johns", "Asia/Kathmandu",
                                  "Australia/Lord_Howe", "Africa/Monrovia", "UTC"])
def test_local_times_per_minute_equal_local_time_across_clock_changes(zone):
    rng = random.Random(zone)
    convert = local_times(ZoneInfo(zone))
    # 1960-2040: Monrovia's -0:44:30 until 1972 is not whole minutes, so those go the slow way
    values = [(datetime(1960, 1, 1, tzinfo=UTC) + timedelta(seconds=rng.randrange(80 * 365 * 86400),
                                                            microseconds=rng.randrange(10**6))
               ).strftime("%Y-%m-%dT%H:%M:%S.%fZ") for _ in range(4000)]
    values += ["2027-03-28T00:59:59.999999Z", "2027-03-28T01:00:00.000000Z", "2027-10-31T00:59:59Z",
               "2027-03-17T08:42:13Z", "2027-03-17T08:42:13.5Z", "2027-03-17T08:42:13+00:00",
               "2027-03-17 08:42:13.250000+00:00"]
    for v in values * 2:  # the second time through, from the minutes it remembers
        assert convert(v) == local_time(v, ZoneInfo(zone)), v
    assert convert(None) == "" and convert("") == ""


@pytest.mark.parametrize("start", FORMULA_STARTS)
def test_the_sql_prefix_test_knows_every_formula_start(store, start):
    for value in (start, start + "1+1", "x" + start, " " + start):
        got = store.conn.execute(f"SELECT {safe_sql(':v')}", {"v": value}).fetchone()[0]
        assert got == neutralise(value), repr(value)


def test_double_admissions_at_one_moment_come_in_station_and_sequence_order(store, tmp_path):
    """Two people admitted twice at the same second: the one the second desk recorded first comes first."""
    anne = add_attendee(store, full_name="Anne Abadie")  # the lower id: first in the attendee index
    zaid = add_attendee(store, full_name="Zaid Zerhouni")
    t0, t1 = "2027-03-17T08:00:00.000000Z", "2027-03-17T09:00:00.000000Z"
    moves = [(anne, "Desk 1", t0), (zaid, "Desk 1", t0), (zaid, "Desk 2", t1), (anne, "Desk 2", t1)]
    bulk_record_checkins(store, [dict(attendee_id=p.id, attendee_uid=p.uid, code=p.code, session_id=None,
                                      direction="in", at=at, station=desk, method="camera")
                                 for p, desk, at in moves])
    # and a badge nobody is linked to yet, admitted at two desks (the code-only reading)
    bulk_record_checkins(store, [dict(attendee_id=None, attendee_uid=None, code="UNKNOWN42", session_id=None,
                                      direction="in", at=at, station=desk, method="scanner")
                                 for desk, at in (("Desk 1", t0), ("Desk 2", "2027-03-17T09:30:00.000000Z"))])
    # an admission at a second desk that was undone is no double admission
    undone = add_attendee(store, full_name="Undone Twice")
    record_checkin(store, attendee_id=undone.id, attendee_uid=undone.uid, code=undone.code, session_id=None,
                   station="Desk 1", method="camera", at=t0)
    second = record_checkin(store, attendee_id=undone.id, attendee_uid=undone.uid, code=undone.code,
                            session_id=None, station="Desk 2", method="camera", at=t1)
    undo_checkin(store, second.id, station="Desk 2", reason="scanned twice")
    export_all(store, tmp_path / "out")
    doubles = [(c["attendee"], c["station_a"], c["station_b"], c["time_b"])
               for c in read(tmp_path / "out" / "conflicts.csv") if c["kind"] == "double_admission"]
    assert doubles == [("Zaid Zerhouni", "Desk 1", "Desk 2", "2027-03-17 10:00:00+01:00"),
                       ("Anne Abadie", "Desk 1", "Desk 2", "2027-03-17 10:00:00+01:00"),
                       ("UNKNOWN42", "Desk 1", "Desk 2", "2027-03-17 10:30:00+01:00")]


@pytest.fixture
def busy_event(store):
    """People with formula-like and quoted names, sessions, exits, an undo, a code-only admission."""
    people = [add_attendee(store, full_name=name, organisation=org, category=cat) for name, org, cat in [
        ("=HYPERLINK(\"x\")", "Org, \"quoted\"", "-Experts"),
        ("Hélène Lefèvre", "Ministère\nde l'Emploi", "@"),
        ("أحمد بن علي", "وزارة الشغل", "Ministres"), ("Zoë O'Connor", "", "")]]
    sessions = [add_session(store, title=t, room=r, starts_at=at) for t, r, at in [
        ("Ouverture", "+Plénière", "2027-03-17T08:00:00.000000Z"), ("Table ronde", "Atlas", None)]]
    at = datetime(2027, 3, 17, 7, 30, tzinfo=UTC)
    for i, p in enumerate(people * 3):
        at += timedelta(minutes=7)
        session = sessions[i % 2] if i % 3 else None
        c = record_checkin(store, attendee_id=p.id, attendee_uid=p.uid, code=p.code,
                           session_id=session.id if session else None, station=f"Desk {i % 2}",
                           method="camera", at=at.strftime("%Y-%m-%dT%H:%M:%S.%fZ"))
        if i == 4:
            undo_checkin(store, c.id, station="Desk 1", reason="=wrong person")
    record_checkin(store, attendee_id=None, attendee_uid=None, code="LOST-BADGE", session_id=None,
                   station="Desk 1", method="scanner", at="2027-03-17T09:00:00.000000Z")
    return store


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_rows_joined_by_sqlite_give_the_bytes_the_csv_module_writes_from_cells(
        busy_event, tmp_path, monkeypatch, delimiter):
    """Every file, with quotes, delimiters, line breaks and formula-like cells, in both ways."""
    for name in ("Tab\there", "Semi;colon", "Comma, Name"):
        p = add_attendee(busy_event, full_name=name)
        record_checkin(busy_event, attendee_id=p.id, attendee_uid=p.uid, code=p.code, session_id=None,
                       station="Desk 1", method="manual", at="2027-03-17T11:00:00.000000Z")
    fast = export_all(busy_event, tmp_path / "fast", delimiter=delimiter)

    def refuse(*args, **kwargs):
        raise files.CellHoldsSeparator("every file from separate cells")

    monkeypatch.setattr(files, "write_joined_csv", refuse)
    plain = export_all(busy_event, tmp_path / "plain", delimiter=delimiter)
    for a, b in zip(fast, plain, strict=True):
        assert a.read_bytes() == b.read_bytes(), a.name
    log = fast[0].read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK" in log and '"Org, ""quoted"""' in log  # neutralised; quoted by the csv module
    assert len(read_with(fast[1], delimiter)) >= 4 and len(read_with(fast[2], delimiter)) == 7


def read_with(path, delimiter):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f, delimiter=delimiter))


def test_a_cell_holding_the_separator_is_written_from_separate_cells(busy_event, tmp_path):
    for name in ("Unit\x1fSeparator", "Record\x1eSeparator"):
        p = add_attendee(busy_event, full_name="x")
        # the app cleans control characters out of names; an older file or another tool may not have
        busy_event.conn.execute("UPDATE attendees SET full_name = ? WHERE id = ?", (name, p.id))
        record_checkin(busy_event, attendee_id=p.id, attendee_uid=p.uid, code=p.code, session_id=None,
                       station="Desk 1", method="manual", at="2027-03-17T11:00:00.000000Z")
    paths = export_all(busy_event, tmp_path / "out")
    for path in paths[:3]:  # the check-in log, session attendance (none of theirs), attendees
        rows = read(path)
        assert len({len(r) for r in rows}) == 1 and None not in rows[0]
    assert {"Unit\x1fSeparator", "Record\x1eSeparator"} <= {r["name"] for r in read(paths[0])}
    assert {"Unit\x1fSeparator", "Record\x1eSeparator"} <= {r["name"] for r in read(paths[2])}
    assert sorted(p.name for p in tmp_path.joinpath("out").iterdir()) == sorted(files.FILES)  # no leftovers


def test_a_chunk_with_nothing_to_quote_is_written_as_the_csv_module_writes_it(store, tmp_path, monkeypatch):
    """The fast path itself (no cell needs quoting): 3,000 plain rows, across chunks."""
    people = [add_attendee(store, full_name=f"Personne {i}", organisation="ILO") for i in range(1000)]
    bulk_record_checkins(store, [dict(attendee_id=p.id, attendee_uid=p.uid, code=p.code, session_id=None,
                                      direction="in", at=f"2027-03-1{d}T08:{i % 60:02d}:00.000000Z",
                                      station=f"Desk {i % 3}", method="camera")
                                 for d in (7, 8, 9) for i, p in enumerate(people)])
    fast = export_all(store, tmp_path / "fast")
    monkeypatch.setattr(files, "write_joined_csv", lambda *a, **k: (_ for _ in ()).throw(
        files.CellHoldsSeparator("plain")))
    plain = export_all(store, tmp_path / "plain")
    for a, b in zip(fast, plain, strict=True):
        assert a.read_bytes() == b.read_bytes(), a.name
    assert len(read(fast[0])) == 3000
