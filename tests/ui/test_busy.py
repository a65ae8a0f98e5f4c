"""A scan while another program holds the event file: the desk shows "Busy", keeps the scans in
order, records them once the file is free, and never freezes for the whole lock."""

from __future__ import annotations

import sqlite3
import time

from checkin.store.checkins import recent_checkins


def test_scans_wait_with_a_busy_card_and_are_recorded_in_order_when_the_file_is_free(qtbot, desk, ctx,
                                                                                       event_store, tmp_path):
    john, amina = event_store.people["John"], event_store.people["Amina"]
    holder = sqlite3.connect(ctx.db_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # a long import in another program
    holder.execute("UPDATE attendees SET organisation = 'OIT' WHERE id = ?", (event_store.people["Paul"].id,))
    try:
        t0 = time.perf_counter()
        desk.handle_code(john.code, "scanner")
        assert time.perf_counter() - t0 < 2  # the window did not wait for the lock
        assert desk.card.status == "busy"
        assert "Busy" in desk.card.words() and "Scans waiting: 1" in desk.card.words()
        desk.handle_code(amina.code, "scanner")
        assert desk.card.status == "busy" and "Scans waiting: 2" in desk.card.words()
        qtbot.wait(1200)  # retries meet the lock again: still waiting, nothing shown as accepted
        assert desk.card.status == "busy" and desk.busy_queue.waiting == 2
    finally:
        holder.execute("COMMIT")
        holder.close()
    qtbot.waitUntil(lambda: desk.busy_queue.waiting == 0, timeout=5000)
    assert desk.card.status == "accepted" and desk.card.name() == "Amina Benali"
    recorded = recent_checkins(event_store, station="Desk 1")
    assert sorted(c.attendee_id for c in recorded) == sorted([john.id, amina.id])
    assert [c.attendee_id for c in sorted(recorded, key=lambda c: c.at)] == [john.id, amina.id]
