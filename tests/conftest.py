"""Fixtures shared by core and UI tests: a fresh event file per test."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DATA = Path(__file__).parent / "data"


@pytest.fixture
def data_dir() -> Path:
    return DATA


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "event.db"


@pytest.fixture
def fresh_store(db_path):
    """An event file with the schema and nothing else."""
    from checkin.store.db import Store

    store = Store(db_path)
    yield store
    store.close()


@pytest.fixture
def store(fresh_store):
    """An event file with an event created (as 'checkin init' would)."""
    from checkin.store.event import create_event

    create_event(fresh_store, "Test seminar", date="2027-03-17", timezone="Africa/Casablanca")
    return fresh_store


@pytest.fixture
def cli_db(db_path) -> Path:
    """An event file created the way an organiser does it: ``checkin init`` (Rabat time)."""
    from checkin.cli import main

    args = ["--db", str(db_path), "init", "--name", "Séminaire", "--date", "2027-03-17",
            "--timezone", "Africa/Casablanca"]
    assert main(args) == 0
    return db_path


@pytest.fixture(autouse=True)
def _isolate_user_dirs(tmp_path, monkeypatch):
    """Never touch the real user's data folder or settings from a test."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.delenv("CHECKIN_DB", raising=False)


def _utc(local_hhmm: str, day: str = "2027-03-17") -> str:
    """A Rabat (UTC+1 in March 2027) wall-clock time as stored UTC text."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from checkin.store.db import to_stored_time

    moment = datetime.fromisoformat(f"{day}T{local_hhmm}").replace(tzinfo=ZoneInfo("Africa/Casablanca"))
    return to_stored_time(moment)


@pytest.fixture
def report_store(store):
    """A small event after the day: arrivals at two desks (one undone), session entries and exits.

    Seven people: five arrived (one of them only after an undone mistake), one
    no-show, one cancelled. ``store.people`` maps first names to attendees.
    """
    from checkin.store.attendees import add_attendee
    from checkin.store.checkins import record_checkin, undo_checkin
    from checkin.store.sessions import add_session, set_session_access

    people = [
        dict(first_name="Hélène", last_name="Lefèvre", organisation="Ministère de l'Emploi",
             category="Government"),
        dict(first_name="سعاد", last_name="العلوي", organisation="وزارة الشغل", category="Government"),
        dict(first_name="John", last_name="Smith", organisation="ILO", category="Expert"),
        dict(first_name="Amina", last_name="Benali", organisation="ILO", category="Expert"),
        dict(first_name="Zoë", last_name="O'Connor", organisation="", category="Press"),
        dict(first_name="Paul", last_name="Martin", organisation="Le Matin", category="Press"),
        dict(first_name="Omar", last_name="Idrissi", organisation="UMT", category="Expert",
             status="cancelled"),
    ]
    store.people = {p["first_name"]: add_attendee(store, **p) for p in people}
    opening = add_session(store, title="Opening", room="Hall", starts_at=_utc("09:00"), capacity=4)
    table = add_session(store, title="Round table", room="Room 2", starts_at=_utc("11:00"), capacity=10,
                        restricted=True)
    set_session_access(store, table.id, {store.people["Hélène"].id, store.people["John"].id})
    store.sessions = {"Opening": opening, "Round table": table}
    store.local = _utc  # "HH:MM[:SS]" in Rabat on the event day -> stored UTC text

    def scan(who, at, station, session=None, direction="in", method="camera"):
        person = store.people[who]
        return record_checkin(store, attendee_id=person.id, attendee_uid=person.uid, code=person.code,
                              session_id=session.id if session else None, station=station, method=method,
                              direction=direction, at=_utc(at))

    scan("Hélène", "08:20:05", "Desk 1")
    scan("سعاد", "08:20:30", "Desk 1")
    scan("John", "08:20:50", "Desk 1")
    scan("Amina", "08:35:00", "Desk 2")
    wrong = scan("Paul", "08:35:40", "Desk 2", method="manual")
    undo_checkin(store, wrong.id, station="Desk 2", reason="wrong person", at=_utc("08:36:10"))
    scan("Zoë", "09:05:00", "Desk 2")
    scan("Hélène", "09:01:00", "Hall", opening)
    scan("Hélène", "09:31:00", "Hall", opening, direction="out")
    scan("John", "09:02:00", "Hall", opening)
    scan("John", "09:52:00", "Hall", opening, direction="out")
    scan("Amina", "09:03:00", "Hall", opening)
    scan("Hélène", "11:01:00", "Room 2", table)
    return store


@pytest.fixture
def cups_queue(monkeypatch):
    """A real CUPS queue (cupsd on 127.0.0.1, cups-pdf) named "Badges"; stopped after the test."""
    import cupsd

    missing = cupsd.missing_tools()
    if missing:
        pytest.fail(f"missing for the printing tests: {', '.join(missing)} (./dev install puts them there)")
    queue, stop = cupsd.start()
    monkeypatch.setenv("CUPS_SERVER", queue.server)
    yield queue
    stop()
