"""Property: random histories at several stations, merged in any order with repeats, give one database.

Each example builds an organiser's file, three stations from packages, and lets
them act at random (scans in and out at the entrance and a session, manual
check-ins, undos, walk-ins, edits, reissued badges, prints), sometimes merging
each other's journals mid-way. Every station's journal is then merged into fresh
copies of the organiser's file in random orders, some journals twice: every copy
must hold the same records (by global ids), and none may be missing.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checkin import decision as dec
from checkin.codes import issue_code
from checkin.store.attendees import add_attendee, update_attendee
from checkin.store.badges import record_print, reissue_badge
from checkin.store.db import Store, StoreError
from checkin.store.event import create_event, get_event
from checkin.store.listing import copy_event_file
from checkin.store import sync_bulk
from checkin.store.presence import rebuild
from checkin.store.sessions import add_session
from checkin.store.stations import this_station
from checkin.store.sync import canonical_state
from checkin.sync.exchange import export_journal, merge_journal, merge_journals
from checkin.sync.package import join, make_package

STATIONS = 3
PEOPLE = 6

op = st.one_of(
    st.tuples(st.just("scan"), st.integers(0, PEOPLE - 1), st.booleans(), st.sampled_from(["in", "out"])),
    st.tuples(st.just("manual"), st.integers(0, PEOPLE - 1), st.booleans()),
    st.tuples(st.just("undo_last")),
    st.tuples(st.just("undo_any"), st.integers(0, 50)),
    st.tuples(st.just("walkin"), st.integers(0, 3), st.integers(0, 2)),
    st.tuples(st.just("edit"), st.integers(0, 20), st.sampled_from(["ONG", "Ministère", "منظمة"])),
    st.tuples(st.just("reissue"), st.integers(0, PEOPLE - 1)),
    st.tuples(st.just("print"), st.integers(0, 20)),
    st.tuples(st.just("sync"), st.integers(0, STATIONS - 1)),
)
history = st.lists(st.tuples(st.integers(0, STATIONS - 1), op), min_size=1, max_size=40)
orders = st.lists(st.integers(0, STATIONS - 1), min_size=STATIONS, max_size=STATIONS * 2)


def _master(path: Path) -> Store:
    store = Store(path)
    create_event(store, "Séminaire OIT", date="2027-03-17", timezone="Africa/Casablanca")
    for i in range(PEOPLE):
        add_attendee(store, full_name=f"Personne {i} Lefèvre", email=f"p{i}@x.org")
    add_session(store, title="Plénière", capacity=4)
    return store


def _act(store: Store, name: str, action: tuple, clock: int, clash_codes: list[str], folder: Path) -> None:
    """One thing a station does; refusals (full session, nothing to undo) are part of real life."""
    at = f"2027-03-17T08:{clock // 60:02d}:{clock % 60:02d}.000000Z"
    people = [r[0] for r in store.conn.execute("SELECT id FROM attendees ORDER BY uid")]
    session = store.conn.execute("SELECT id FROM sessions LIMIT 1").fetchone()[0]
    kind = action[0]
    try:
        if kind == "scan":
            _, who, in_session, direction = action
            code = store.conn.execute("SELECT code FROM attendees WHERE id = ?", (people[who],)).fetchone()[0]
            dec.decide(store, code, session_id=session if in_session else None, station=name, method="scanner",
                       direction=direction, at=at)
        elif kind == "manual":
            _, who, in_session = action
            dec.checkin_manual(store, people[who], session_id=session if in_session else None, station=name, at=at)
        elif kind == "undo_last":
            dec.undo_last(store, station=name, within_seconds=None, now=at)
        elif kind == "undo_any":
            ids = [r[0] for r in store.conn.execute("SELECT id FROM live_checkins ORDER BY station_uid, seq")]
            if ids:
                dec.undo(store, ids[action[1] % len(ids)], station=name, within_seconds=None, now=at)
        elif kind == "walkin":
            _, person, code_index = action
            add_attendee(store, full_name=f"Walk-in {person} Benali", email=f"w{person}@x.org", source="walkin",
                         code=clash_codes[code_index], station=name)
        elif kind == "edit":
            update_attendee(store, people[action[1] % len(people)], organisation=action[2], station=name)
        elif kind == "reissue":
            reissue_badge(store, people[action[1]], reason="perdu", station=name)
        elif kind == "print":
            pid = people[action[1] % len(people)]
            code = store.conn.execute("SELECT code FROM attendees WHERE id = ?", (pid,)).fetchone()[0]
            if code:
                record_print(store, pid, code, station=name, output="pdf:a6", at=at)
        elif kind == "sync":
            other = folder / f"{action[1]}.journal.csv"
            if other.exists():
                merge_journal(store, other)
    except StoreError:
        pass  # e.g. a walk-in code this station already holds


def _assert_presence_follows_the_log(store: Store) -> None:
    """The presence table its triggers kept through the merges equals one recomputed from the log."""
    def rows() -> list[tuple]:
        return [tuple(r) for r in store.conn.execute("SELECT * FROM presence ORDER BY checkpoint, who")]

    kept = rows()
    counts = {r[0]: r[1] for r in store.conn.execute("SELECT checkpoint, inside FROM presence_counts") if r[1]}
    rebuild(store)
    assert rows() == kept
    assert counts == dict(store.conn.execute(  # the head counts its own triggers kept (db/0065)
        "SELECT checkpoint, COUNT(*) FROM presence WHERE direction = 'in' AND checkpoint != 0"
        " GROUP BY checkpoint").fetchall())


def _own_counts(store: Store) -> dict[str, int]:
    uid = this_station(store).uid
    return {t: store.conn.execute(f"SELECT COUNT(*) FROM {t} WHERE station_uid = ?", (uid,)).fetchone()[0]
            for t in ("checkins", "checkin_undos", "revocations", "badge_prints", "versions")}


def _play(tmp: Path, steps: list) -> tuple[Store, Path, list[Store]]:
    """The organiser's file, and STATIONS desks joined from its packages that play ``steps``
    offline, each exporting its journal into one folder after every step and at the end."""
    master = _master(tmp / "master.db")
    keys = get_event(master).keys
    clash_codes = [issue_code(keys) for _ in range(3)]
    folder = tmp / "journals"
    folder.mkdir()
    stations = []
    for i in range(STATIONS):
        make_package(master, f"Desk {i}", tmp / f"{i}.pkg")
        join(tmp / f"{i}.pkg", tmp / f"{i}.db")
        stations.append(Store(tmp / f"{i}.db"))
    for clock, (k, action) in enumerate(steps):
        _act(stations[k], f"Desk {k}", action, clock, clash_codes, folder)
        export_journal(stations[k], folder / f"{k}.journal.csv")
    for k, s in enumerate(stations):
        export_journal(s, folder / f"{k}.journal.csv")
    return master, folder, stations


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=history, order_a=orders, order_b=orders)
def test_any_merge_order_gives_the_same_database_and_loses_nothing(tmp_path_factory, steps, order_a, order_b):
    tmp = tmp_path_factory.mktemp("prop")
    master, folder, stations = _play(tmp, steps)
    for s in stations:
        _assert_presence_follows_the_log(s)
    expected = {t: len(rows) for t, rows in canonical_state(master).items()}  # the organiser's own rows
    for s in stations:
        for t, n in _own_counts(s).items():
            expected[t] += n
        s.close()

    states = []
    for order in (order_a, order_b, list(range(STATIONS))):
        copy = tmp / f"merge-{len(states)}.db"
        copy_event_file(master, copy)
        with Store(copy) as target:
            for k in [*order, *range(STATIONS)]:  # every journal at least once, some twice
                merge_journal(target, folder / f"{k}.journal.csv")
            state = canonical_state(target)
            _assert_presence_follows_the_log(target)
            for table in ("checkins", "checkin_undos", "revocations", "badge_prints", "versions"):
                assert len(state[table]) == expected[table], table
            states.append(state)
    master.close()
    assert states[0] == states[1] == states[2]


def _presence_by_uid(store: Store) -> list[tuple]:
    return [tuple(r) for r in store.conn.execute(
        "SELECT COALESCE(s.uid, ''), COALESCE(a.uid, p.who), p.direction, p.at, p.station_uid, p.seq, p.checkin_id,"
        " p.first_in FROM presence p LEFT JOIN sessions s ON s.id = p.checkpoint"
        " LEFT JOIN attendees a ON a.id = p.attendee_id ORDER BY 1, 2")]


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=history, order=orders)
def test_a_bulk_merge_gives_the_database_of_the_per_row_merge(tmp_path_factory, monkeypatch, steps, order):
    """The same journals in the same order, merged row by row and in bulk mode (checkin.store.sync_bulk)."""
    tmp = tmp_path_factory.mktemp("bulk")
    master, folder, stations = _play(tmp, steps)
    for s in stations:
        s.close()
    paths = [folder / f"{k}.journal.csv" for k in [*order, *range(STATIONS)]]
    copy_event_file(master, tmp / "rows.db")
    copy_event_file(master, tmp / "bulk.db")
    master.close()
    with monkeypatch.context() as m, Store(tmp / "rows.db") as rows, Store(tmp / "bulk.db") as bulk:
        for path in paths:
            merge_journal(rows, path)
        m.setattr(sync_bulk, "BULK_MIN_ROWS", 0)
        m.setattr(sync_bulk, "BULK_SHARE", 0.0)
        assert sync_bulk.wants_bulk(bulk, 0)
        merge_journals(bulk, paths)
        assert canonical_state(bulk) == canonical_state(rows)
        assert _presence_by_uid(bulk) == _presence_by_uid(rows)
        _assert_presence_follows_the_log(bulk)


def test_merging_a_journal_mid_history_then_again_changes_nothing(tmp_path):
    master = _master(tmp_path / "m.db")
    make_package(master, "Desk 0", tmp_path / "0.pkg")
    join(tmp_path / "0.pkg", tmp_path / "0.db")
    with Store(tmp_path / "0.db") as d0:
        walkin = add_attendee(d0, full_name="Walk In", source="walkin", station="Desk 0")
        dec.checkin_manual(d0, walkin.id, station="Desk 0")
        export_journal(d0, tmp_path / "0.csv")
    merge_journal(master, tmp_path / "0.csv")
    once = canonical_state(master)
    merge_journal(master, tmp_path / "0.csv")
    assert canonical_state(master) == once
    assert len(once["checkins"]) == 1 and once["checkins"][0][2] == walkin.uid  # linked to the walk-in
    master.close()


@pytest.mark.parametrize("first", [0, 1])
def test_two_walkins_with_the_same_code_keep_it_for_the_earliest(tmp_path, first):
    master = _master(tmp_path / "m.db")
    code = issue_code(get_event(master).keys)
    for i in range(2):
        make_package(master, f"Desk {i}", tmp_path / f"{i}.pkg")
        join(tmp_path / f"{i}.pkg", tmp_path / f"{i}.db")
        with Store(tmp_path / f"{i}.db") as s:
            add_attendee(s, full_name=f"Walk In {i}", source="walkin", code=code, station=f"Desk {i}")
            export_journal(s, tmp_path / f"{i}.csv")
    for k in (first, 1 - first):
        merge_journal(master, tmp_path / f"{k}.csv")
    holders = master.conn.execute("SELECT full_name, code FROM attendees WHERE source = 'walkin' ORDER BY full_name")
    assert [tuple(r) for r in holders] == [("Walk In 0", code), ("Walk In 1", None)]
    from checkin.sync.conflicts import find_conflicts

    clashes = [c for c in find_conflicts(master) if c.kind == "badge_id_clash"]
    assert len(clashes) == 1 and "Walk In 1 needs a new badge" in clashes[0].detail
    master.close()


@pytest.mark.parametrize("first", [0, 1])
def test_a_code_let_go_by_a_reissue_goes_to_the_other_walkin_in_any_order(tmp_path, first):
    """Found by the property test: Desk 2's walk-in drew code X and was reissued; Desk 1's walk-in drew X too."""
    master = _master(tmp_path / "m.db")
    code = issue_code(get_event(master).keys)
    for i in range(2):
        make_package(master, f"Desk {i}", tmp_path / f"{i}.pkg")
        join(tmp_path / f"{i}.pkg", tmp_path / f"{i}.db")
    with Store(tmp_path / "1.db") as d1:
        early = add_attendee(d1, full_name="Early Walk-in", source="walkin", code=code, station="Desk 1",
                             email="early@x.org")
        reissue_badge(d1, early.id, reason="lost", station="Desk 1")
        export_journal(d1, tmp_path / "1.csv")
    with Store(tmp_path / "0.db") as d0:
        late = add_attendee(d0, full_name="Late Walk-in", source="walkin", code=code, station="Desk 0")
        dec.decide(d0, code, station="Desk 0", method="scanner")
        export_journal(d0, tmp_path / "0.csv")
    states = []
    for order in ((first, 1 - first), (1 - first, first)):
        copy = tmp_path / f"c{order[0]}{first}.db"
        copy_event_file(master, copy)
        with Store(copy) as target:
            for k in order:
                merge_journal(target, tmp_path / f"{k}.csv")
            holder = target.conn.execute("SELECT uid FROM attendees WHERE code = ?", (code,)).fetchone()
            assert holder[0] == late.uid  # the early walk-in let go of the code when reissued
            states.append(canonical_state(target))
    assert states[0] == states[1]
    master.close()
