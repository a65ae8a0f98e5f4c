"""Fuzzing the journal importer (hypothesis): a real station journal, damaged at random (bytes
flipped, cut short, lines inserted or dropped), is refused or merged up to its last good row;
never a crash, and never a partial write: merging the intact journal afterwards gives exactly
what merging the intact journal alone gives."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checkin import decision as dec
from checkin.store.attendees import add_attendee
from checkin.store.db import Store, StoreError
from checkin.store.event import create_event, set_station_name, station_name
from checkin.store.listing import copy_event_file
from checkin.store.sync import canonical_state
from checkin.sync.exchange import export_journal, merge_journal
from checkin.sync.package import join, make_package

FUZZ = settings(max_examples=60, deadline=2000, suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """A master file, and the journal of one station that admitted people and registered a walk-in."""
    tmp = tmp_path_factory.mktemp("journal-fuzz")
    master = Store(tmp / "master.db")
    create_event(master, "Séminaire OIT", date="2027-03-17", timezone="Africa/Casablanca")
    set_station_name(master, "Organisers")
    names = ["Hélène Lefèvre", "محمد العلوي", "Zoë O'Connor", "Ahmed Ben Ali", "Awa Traoré"]
    for i, name in enumerate(names):
        add_attendee(master, full_name=name, email=f"p{i}@example.org", external_id=str(1000 + i))
    make_package(master, "Desk 1", tmp / "desk.checkin-station")
    join(tmp / "desk.checkin-station", tmp / "desk.db")
    with Store(tmp / "desk.db") as desk:
        name = station_name(desk)
        for j, (code,) in enumerate(desk.conn.execute("SELECT code FROM attendees ORDER BY id").fetchall()):
            dec.decide(desk, code, station=name, method="scanner", at=f"2027-03-17T08:{j:02d}:00Z")
        walkin = add_attendee(desk, full_name="Walk In", email="w@x.org", source="walkin", station=name)
        dec.checkin_manual(desk, walkin.id, station=name, at="2027-03-17T09:00:00Z")
        journal = tmp / "desk.journal.csv"
        export_journal(desk, journal)
    expected_copy = tmp / "expected.db"
    copy_event_file(master, expected_copy)
    with Store(expected_copy) as target:
        merge_journal(target, journal)
        expected = canonical_state(target)
    yield master, journal, expected, tmp
    master.close()


def _damage(data: bytes, how: str, at: float, junk: bytes) -> bytes:
    """``data`` damaged in its rows and end line (after the header: see the strict xfail below)."""
    start = data.index(b"\nseq,kind,") + 1
    start = data.index(b"\n", start) + 1  # the first row
    i = start + int(at * (len(data) - start))
    if how == "cut":
        return data[:i]
    if how == "flip":
        return data[:i] + bytes([data[i] ^ 0x5A]) + data[i + 1:] if i < len(data) else data
    if how == "insert":
        return data[:i] + junk + data[i:]
    if how == "drop-line":
        head, lines = data[:start], data[start:].splitlines(keepends=True)
        k = int(at * len(lines))
        return head + b"".join(lines[:k] + lines[k + 1:])
    return junk  # "replace": not a journal at all


@FUZZ
@given(st.sampled_from(["cut", "flip", "insert", "drop-line", "replace"]), st.floats(0, 0.999),
       st.binary(max_size=80))
def test_a_damaged_journal_is_refused_or_merged_as_a_prefix_never_half(world, how, at, junk):
    master, journal, expected, tmp = world
    damaged = tmp / "damaged.journal.csv"
    damaged.write_bytes(_damage(journal.read_bytes(), how, at, junk))
    target_path = tmp / "target.db"
    for side in (target_path, Path(f"{target_path}-wal"), Path(f"{target_path}-shm")):
        side.unlink(missing_ok=True)
    copy_event_file(master, target_path)
    with Store(target_path) as target:
        before = canonical_state(target)
        try:
            merge_journal(target, damaged)
        except StoreError as exc:
            assert str(exc) and "\n" not in str(exc)
            assert canonical_state(target) == before  # refused: nothing written
        merge_journal(target, journal)  # the intact copy arrives later (another stick, the sync folder)
        assert canonical_state(target) == expected
    shutil.rmtree(tmp / "unused", ignore_errors=True)


def test_a_flipped_byte_in_the_station_uid_of_the_header_is_not_merged_as_another_station(world):
    master, journal, expected, tmp = world
    data = journal.read_bytes()
    i = data.index(b"# station: ") + len(b"# station: ") + 8
    damaged = tmp / "header.journal.csv"
    damaged.write_bytes(data[:i] + bytes([data[i] ^ 0x5A]) + data[i + 1:])
    target_path = tmp / "header-target.db"
    copy_event_file(master, target_path)
    with Store(target_path) as target:
        try:
            merge_journal(target, damaged)
        except StoreError:
            pass
        merge_journal(target, journal)
        assert canonical_state(target) == expected
