"""Exports computed in SQL: local times across clock changes, formula prefixes, streamed rows."""

from __future__ import annotations

import csv
import random
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from checkin.exporters import export_all, neutralise
from checkin.exporters.times import local_time
from checkin.store.attendees import add_attendee
from checkin.store.checkins import record_checkin
from checkin.store.export_rows import safe_sql
from checkin.store.localtime import local_time_sql


@pytest.mark.parametrize("zone", ["Africa/Casablanca", "Europe/Paris", "America/St_Johns", "Asia/Kathmandu",
                                  "Australia/Lord_Howe", "UTC"])
def test_sql_local_times_equal_python_across_clock_changes(store, zone):
    rng = random.Random(zone)
    local = local_time_sql(store, ZoneInfo(zone), "2027-01-01T00:00:00.000000Z", "2027-12-31T00:00:00.000000Z")
    values = [(datetime(2026, 12, 1, tzinfo=UTC) + timedelta(seconds=rng.randrange(420 * 86400),
                                                                       microseconds=rng.randrange(10**6))
               ).strftime("%Y-%m-%dT%H:%M:%S.%fZ") for _ in range(1500)]
    values += ["2027-03-28T00:59:59.999999Z", "2027-03-28T01:00:00.000000Z", "2030-06-01T12:00:00.000000Z"]
    for v in values:  # the last one is outside the span: converted by the Python fallback
        got = store.conn.execute(f"SELECT {local(':v')}", {"v": v}).fetchone()[0]
        assert got == local_time(v, ZoneInfo(zone)), v
    assert store.conn.execute(f"SELECT {local('NULL')}").fetchone()[0] == ""


@pytest.mark.parametrize("value", ['=HYPERLINK("http://x")', "+33 6", "-1", "@SUM(A1)", "\tx", "\rx", "＝1",
                                   "Hélène", "", "O'Connor", "a=b", None, 42])
def test_sql_neutralisation_is_the_python_rule(store, value):
    got = store.conn.execute(f"SELECT {safe_sql(':v')}", {"v": value}).fetchone()[0]
    assert got == neutralise(value)


def test_checkins_csv_has_local_times_on_both_sides_of_a_clock_change(db_path, tmp_path):
    from checkin.store.db import Store
    from checkin.store.event import create_event

    with Store(db_path) as store:
        create_event(store, "Conférence de printemps", date="2027-03-27", timezone="Europe/Paris")
        who = add_attendee(store, full_name="Zoë O'Connor")
        for at in ("2027-03-27T08:00:00.250000Z", "2027-03-28T08:00:00.000000Z"):  # CET, then CEST
            record_checkin(store, attendee_id=who.id, attendee_uid=who.uid, code=None, session_id=None,
                           station="Accueil", method="manual", at=at)
        export_all(store, tmp_path / "out")
    with open(tmp_path / "out" / "checkins.csv", encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["time"] for r in rows] == ["2027-03-27 09:00:00+01:00", "2027-03-28 10:00:00+02:00"]
    with open(tmp_path / "out" / "attendees.csv", encoding="utf-8-sig", newline="") as fh:
        assert next(csv.DictReader(fh))["entrance"] == "2027-03-27 09:00:00+01:00"
