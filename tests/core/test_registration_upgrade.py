"""Migration 0020 on an event file made before it: people, badges, search and check-ins survive."""

from __future__ import annotations

import sqlite3

import pytest

from checkin.decision import decide
from checkin.importers import import_attendees
from checkin.store import db as dbmod
from checkin.codes import issue_code, new_event_key, tag_for_key
from checkin.store.attendees import attendee_search_key, get_attendee
from checkin.store.db import Store
from checkin.store.event import get_event
from checkin.store.listing import find_attendees


def test_an_existing_event_file_upgrades_and_keeps_everything(tmp_path, monkeypatch, data_dir):
    before = [m for m in dbmod.available_migrations() if m[0] < "0020"]
    path = tmp_path / "old.db"
    monkeypatch.setattr(dbmod, "available_migrations", lambda: before)
    old = Store(path)
    # the event row as the app wrote it then (today's create_event reads views of later steps)
    key = new_event_key()
    with old.transaction() as c:
        c.execute("INSERT INTO event (id, uid, name, date, venue, timezone, code_tag, code_key, created_at)"
                  " VALUES (1, 'ev1', 'Old seminar', NULL, NULL, 'Africa/Casablanca', ?, ?, '2027-01-01T00:00:00Z')",
                  (tag_for_key(bytes.fromhex(key)), key))
    # the row exactly as the app wrote it before 0020 (today's add_attendee writes the new column)
    code = issue_code(get_event(old).keys)
    with old.transaction() as c:
        cur = c.execute(
            "INSERT INTO attendees (uid, external_id, full_name, email, code, search_key, created_at, updated_at)"
            " VALUES ('u1', '9101', 'Hélène Lefèvre', 'helene@emploi.gov.ma', ?, ?, '2027-01-01T00:00:00Z',"
            " '2027-01-01T00:00:00Z')", (code, attendee_search_key("Hélène Lefèvre", "", "helene@emploi.gov.ma")))
    helene_id = cur.lastrowid
    old.close()
    monkeypatch.undo()

    store = Store(path)
    assert (path.parent / "old.db.before-0020_registration_sources.bak").exists()
    same = get_attendee(store, helene_id)
    assert (same.code, same.pending, same.status, same.full_name) == (code, None, "registered", "Hélène Lefèvre")
    assert [a.id for a in find_attendees(store, "lefev")] == [helene_id]  # the FTS index still answers
    assert decide(store, code, station="Desk 1", method="scanner").status == "accepted"
    assert decide(store, code, station="Desk 2", method="scanner").status == "duplicate"
    # the status CHECK constraint is untouched: 'pending' is a separate column
    with pytest.raises(sqlite3.IntegrityError):
        store.conn.execute("UPDATE attendees SET status = 'pending' WHERE id = ?", (helene_id,))
    # a re-import saying "Awaiting payment" marks her pending, and the desk refuses her elsewhere
    csv = tmp_path / "list.csv"
    csv.write_text("ID,Name,Email Address,Registration state\n9101,Hélène Lefèvre,helene@emploi.gov.ma,"
                   "Awaiting payment\n", encoding="utf-8")
    report = import_attendees(store, csv)
    assert (report.added, report.updated) == (0, 1)
    assert get_attendee(store, helene_id).pending == "payment"
    store.close()
