"""A full disk: the scan is refused with a clear message, nothing half-written, nothing lost.

SQLite reports a full disk and a database at its page limit the same way
(SQLITE_FULL), so ``PRAGMA max_page_count`` makes a real full-disk condition
without filling the machine's disk.
"""

from __future__ import annotations

import pytest

from checkin.decision import decide
from checkin.store.attendees import add_attendee
from checkin.store.checkins import checked_in_ids
from checkin.store.db import Store, StoreError


def _fill_up(store: Store, spares: list) -> tuple[int, list]:
    """Let the file grow no more, then scan garbage, then admit spare people, until the disk is 'full'.

    Returns how many scans were logged and who was admitted; the last spare's admission is
    the one the full disk refused (the caller checks what it left behind).
    """
    pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
    store.conn.execute(f"PRAGMA max_page_count = {pages}")
    logged = 0
    for padding in (400, 100, 0):  # big scans first, then smaller ones fill the last gaps
        for i in range(10_000):
            try:
                decide(store, f"G{i}" + "x" * padding, station="D", method="camera")
            except StoreError as exc:
                assert "disk is full; nothing was recorded" in str(exc)
                break
            logged += 1
        else:
            raise AssertionError("the page limit never filled up")
    admitted = []
    for person in spares:  # an admission writes the check-in's pages, not the scan log's
        try:
            decide(store, person.code, station="Desk 1", method="camera")
        except StoreError as exc:
            assert "disk is full; nothing was recorded" in str(exc)
            return logged, admitted
        admitted.append(person)
    raise AssertionError("the page limit never stopped an admission")


def test_a_scan_on_a_full_disk_is_refused_clearly_and_loses_nothing(store, db_path):
    first = add_attendee(store, full_name="Hélène Lefèvre")
    spares = [add_attendee(store, full_name=f"Personne {i}") for i in range(2000)]
    ok = decide(store, first.code, station="Desk 1", method="camera")
    assert ok.status == "accepted"

    logged_before_full, admitted = _fill_up(store, spares)
    refused = spares[len(admitted)]  # the admission the full disk refused, with the message above

    # the earlier check-ins are intact, the failed one was not half-recorded
    reopened = Store(db_path)
    assert checked_in_ids(reopened) == {first.id} | {p.id for p in admitted}
    # every answered scan is recorded (an admission as its check-in); the one refused for lack of space is not
    assert reopened.conn.execute("SELECT COUNT(*) FROM scan_log").fetchone()[0] == logged_before_full
    assert reopened.conn.execute("SELECT COUNT(*) FROM checkins").fetchone()[0] == 1 + len(admitted)
    assert reopened.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

    # space is back (a fresh connection has no page limit): the same badge goes through
    again = decide(reopened, refused.code, station="Desk 1", method="camera")
    assert again.status == "accepted"
    assert refused.id in checked_in_ids(reopened)
