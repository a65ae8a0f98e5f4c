"""Session admission rules pretix enforces: an admission window around the session, and a per-session
re-entry policy; both refused with their reason, and an organiser can override."""

from __future__ import annotations

import pytest

from checkin.cli import main
from checkin.decision import decide
from checkin.store.attendees import add_attendee
from checkin.store.db import Store
from checkin.store.sessions import list_sessions

SESSIONS = (
    "Titre;Salle;Début;Fin;Capacité;Ouverture (minutes avant);Réadmission;Entrées multiples\r\n"
    "Table ronde ministérielle;Salle 2;17/03/2027 11:00;12:30;40;15;non;non\r\n"
    "Plénière;Grande salle;17/03/2027 09:00;11:00;300;30;oui;oui\r\n"
    "Clôture;Grande salle;17/03/2027 17:00;18:00;300;;;\r\n"
)


@pytest.fixture
def event(cli_db, tmp_path, capsys):
    path = tmp_path / "sessions.csv"
    path.write_bytes(SESSIONS.encode("cp1252"))
    assert main(["--db", str(cli_db), "import", "sessions", str(path)]) == 0
    assert "3 added" in capsys.readouterr().out
    store = Store(cli_db)
    store.by_title = {s.title: s for s in list_sessions(store)}
    store.helene = add_attendee(store, full_name="Hélène Lefèvre", organisation="Ministère de l'Emploi")
    yield store
    store.close()


def scan(store, title, at, direction="in", **kw):
    # Rabat is UTC+1 on 17 March 2027: 10:44 local is 09:44Z
    return decide(store, store.helene.code, session_id=store.by_title[title].id, station="Salle 2",
                  method="scanner", direction=direction, at=at, **kw)


def test_imported_rules(event):
    table = event.by_title["Table ronde ministérielle"]
    assert (table.admit_minutes_before, table.entry_after_exit, table.multiple_entries) == (15, False, False)
    plenary = event.by_title["Plénière"]
    assert (plenary.admit_minutes_before, plenary.entry_after_exit, plenary.multiple_entries) == (30, True, True)
    closing = event.by_title["Clôture"]
    assert (closing.admit_minutes_before, closing.entry_after_exit, closing.multiple_entries) == (None, True, False)


def test_admission_window_refuses_with_the_opening_time_unless_overridden(event):
    early = scan(event, "Table ronde ministérielle", "2027-03-17T09:44:00Z")
    assert (early.status, early.reason) == ("refused", "too_early")
    assert early.message == "Too early for Table ronde ministérielle: admission from 10:45"
    assert scan(event, "Table ronde ministérielle", "2027-03-17T09:45:00Z").status == "accepted"
    late = scan(event, "Plénière", "2027-03-17T10:01:00Z")
    assert (late.status, late.reason, late.message) == ("refused", "too_late", "Plénière ended at 11:00")
    forced = scan(event, "Plénière", "2027-03-17T10:01:00Z", override=True)
    assert forced.status == "accepted"
    # no window set: any time
    assert scan(event, "Clôture", "2027-03-17T06:00:00Z").status == "accepted"


def test_reentry_policy_per_session(event):
    assert scan(event, "Table ronde ministérielle", "2027-03-17T10:00:00Z").status == "accepted"
    assert scan(event, "Table ronde ministérielle", "2027-03-17T10:20:00Z", direction="out").status == "accepted"
    back = scan(event, "Table ronde ministérielle", "2027-03-17T10:30:00Z")
    assert (back.status, back.reason) == ("refused", "no_reentry")
    assert back.message == "No re-entry to Table ronde ministérielle: left at 11:20"
    assert scan(event, "Table ronde ministérielle", "2027-03-17T10:31:00Z", override=True).status == "accepted"
    # the plenary allows multiple entries without an exit; the closing (default) does not
    assert scan(event, "Plénière", "2027-03-17T08:40:00Z").status == "accepted"
    assert scan(event, "Plénière", "2027-03-17T08:50:00Z").status == "accepted"
    assert scan(event, "Clôture", "2027-03-17T16:00:00Z").status == "accepted"
    assert scan(event, "Clôture", "2027-03-17T16:05:00Z").status == "duplicate"


def test_bad_rule_cells_are_reported_by_line(cli_db, tmp_path, capsys):
    path = tmp_path / "s.csv"
    path.write_text("Title,Start,End,Admission (minutes before),Re-entry\n"
                    "Opening,2027-03-17 09:00,10:00,soon,yes\nPanel,2027-03-17 10:00,11:00,10,maybe\n",
                    encoding="utf-8")
    assert main(["--db", str(cli_db), "import", "sessions", str(path)]) == 0
    out = capsys.readouterr().out
    assert "line 2: admission 'soon' is not a number of minutes" in out
    assert "line 3: reentry 'maybe' is not yes/no" in out
