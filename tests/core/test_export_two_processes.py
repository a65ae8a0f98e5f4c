"""A large export writes checkins.csv in a second process: the same bytes, one snapshot, clear errors."""

from __future__ import annotations

import csv
import random
import threading

import pytest

from checkin.exporters import ExportError, files
from checkin.store.attendees import add_attendee
from checkin.store.checkins import bulk_record_checkins, record_checkin, undo_checkin
from checkin.store.db import Store
from checkin.store.sessions import add_session


def _event(store: Store, people: int = 60) -> list:
    rng = random.Random(5)
    crowd = [add_attendee(store, full_name=name, organisation=org) for name, org in
             [(f"Zoë O'Connor {i}", "=HYPERLINK(1)") for i in range(3)]
             + [(f"أحمد بنعلي {i}", "Ministère; \"Emploi\"") for i in range(people - 3)]]
    rooms = [add_session(store, title="Plénière", room="A", capacity=100).id, None]
    moves = []
    for k in range(400):
        p = rng.choice(crowd)
        moves.append(dict(attendee_id=p.id, attendee_uid=p.uid, code=p.code, session_id=rng.choice(rooms),
                          direction=rng.choice(["in", "in", "out"]), station=f"Desk {k % 3}", method="camera",
                          at=f"2027-03-17T{8 + k // 60:02d}:{k % 60:02d}:00.000000Z"))
    bulk_record_checkins(store, moves)
    for cid in [r[0] for r in store.conn.execute("SELECT id FROM checkins ORDER BY seq LIMIT 5")]:
        undo_checkin(store, cid, station="Desk 1", reason="wrong person")
    return crowd


def _export(store: Store, out, monkeypatch, *, two: bool) -> dict[str, bytes]:
    monkeypatch.setattr(files, "TWO_PROCESSES_FROM", 0 if two else 10**12)
    paths = files.export_all(store, out)
    assert [p.name for p in paths] == list(files.FILES)
    return {p.name: p.read_bytes() for p in paths}


def test_two_processes_write_the_very_bytes_one_process_writes(store, tmp_path, monkeypatch):
    _event(store)
    assert _export(store, tmp_path / "two", monkeypatch, two=True) == \
        _export(store, tmp_path / "one", monkeypatch, two=False)


def test_both_processes_read_one_snapshot_while_a_desk_keeps_scanning(store, tmp_path, monkeypatch):
    _event(store)
    queue = [add_attendee(store, full_name=f"Arrivée {i}") for i in range(3000)]  # not in yet
    stop = threading.Event()
    recorded = []

    def desk() -> None:  # another connection admitting new people as fast as it can
        with Store(store.path) as other:
            for p in queue:
                if stop.is_set():
                    break
                recorded.append(record_checkin(other, attendee_id=p.id, attendee_uid=p.uid, code=p.code,
                                               session_id=None, station="Desk 9", method="scanner").id)

    writer = threading.Thread(target=desk)
    writer.start()
    try:
        got = _export(store, tmp_path / "out", monkeypatch, two=True)
    finally:
        stop.set()
        writer.join()
    assert recorded, "the desk recorded nothing while the export ran"
    # checkins.csv (the worker) and attendees.csv (this process) describe the same moment:
    # everyone with a valid entrance check-in in the one has an entrance time in the other
    rows = list(csv.DictReader(got["checkins.csv"].decode("utf-8-sig").splitlines()))
    entered = {r["attendee_id"] for r in rows if r["checkpoint"] == files.ENTRANCE and r["direction"] == "in"
               and r["undone"] == "no"}
    people = list(csv.DictReader(got["attendees.csv"].decode("utf-8-sig").splitlines()))
    with_entrance = {r["attendee_id"] for r in people if r["entrance"]}
    assert entered == with_entrance
    desk9 = sum(r["station"] == "Desk 9" for r in rows)
    assert 0 <= desk9 <= len(recorded)


def test_a_worker_that_cannot_write_gives_one_clear_line(store, tmp_path, monkeypatch):
    _event(store, people=5)
    out = tmp_path / "out"
    (out / "checkins.csv").mkdir(parents=True)  # the worker's file cannot be made
    monkeypatch.setattr(files, "TWO_PROCESSES_FROM", 0)
    with pytest.raises(ExportError) as caught:
        files.export_all(store, out)
    message = str(caught.value)
    assert "checkins.csv" in message and "\n" not in message and "Traceback" not in message
    # the event file is untouched and can be written at once: the export let its lock go
    record_checkin(store, attendee_id=None, attendee_uid=None, code="X", session_id=None, station="Desk 1",
                   method="manual")
