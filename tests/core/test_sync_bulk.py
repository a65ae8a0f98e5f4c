"""Bulk merging (checkin.store.sync_bulk): the same database as the per-row merge, all or nothing, and when."""

from __future__ import annotations

from pathlib import Path

import pytest

from checkin import decision as dec
from checkin.cli import main
from checkin.codes import issue_code
from checkin.store import presence, sync_bulk
from checkin.store.attendees import add_attendee
from checkin.store.db import Store
from checkin.store.event import create_event, get_event
from checkin.store.listing import copy_event_file
from checkin.store.sessions import add_session
from checkin.store.sync import canonical_state
from checkin.sync import exchange
from checkin.sync.exchange import export_journal, merge_journal, merge_journals
from checkin.sync.folder import FolderSync
from checkin.sync.package import join, make_package

T = "2027-03-17T08:{:02d}:00.000000Z"


@pytest.fixture
def force_bulk(monkeypatch):
    """Any merge through merge_journals goes bulk; ``entered`` counts the bulk transactions."""
    monkeypatch.setattr(sync_bulk, "BULK_MIN_ROWS", 0)
    monkeypatch.setattr(sync_bulk, "BULK_SHARE", 0.0)
    entered = []
    real = exchange.bulk_merge

    def spy(store):
        entered.append(store.path)
        return real(store)

    monkeypatch.setattr(exchange, "bulk_merge", spy)
    return entered


def _stations(tmp_path: Path):
    """Three desks' journals holding the cases a bulk merge must get right, and the organiser's file.

    Merged in the order B, A, C:
    * Desk B's undo of Desk A's admission of Hélène arrives before that admission;
    * Desk B admitted Walk-in Wafa into the session, a walk-in registered at Desk C, whose
      journal comes last: the check-in is linked to her when C arrives (presence_after_change);
    * Desk A admitted Wafa's badge before it knew her (a code-only admission), later settled
      to her; and a signed badge nobody in any journal holds stays a code-only admission.
    """
    master = Store(tmp_path / "master.db")
    create_event(master, "Séminaire OIT", date="2027-03-17", timezone="Africa/Casablanca")
    people = [add_attendee(master, full_name=n, email=f"p{i}@x.org")
              for i, n in enumerate(["Hélène Lefèvre", "محمد العلوي", "Awa Traoré"])]
    session = add_session(master, title="Plénière", capacity=50)
    keys = get_event(master).keys
    wafa_code, stray_code = issue_code(keys), issue_code(keys)
    desks = {}
    for n in "ABC":
        make_package(master, f"Desk {n}", tmp_path / f"{n}.pkg")
        join(tmp_path / f"{n}.pkg", tmp_path / f"{n}.db")
        desks[n] = Store(tmp_path / f"{n}.db")
    a, b, c = desks["A"], desks["B"], desks["C"]
    wafa = add_attendee(c, full_name="Wafa Walk-in", email="w@x.org", source="walkin", code=wafa_code,
                        station="Desk C")
    dec.decide(c, people[1].code, session_id=session.id, station="Desk C", method="scanner", at=T.format(1))
    admitted = dec.decide(a, people[0].code, station="Desk A", method="scanner", at=T.format(2))
    assert admitted.status == "accepted"
    dec.decide(a, wafa_code, station="Desk A", method="scanner", at=T.format(3))
    dec.decide(a, stray_code, station="Desk A", method="scanner", at=T.format(4))
    dec.decide(a, people[1].code, session_id=session.id, station="Desk A", method="scanner", direction="out",
               at=T.format(5))
    for n in "AC":
        export_journal(desks[n], tmp_path / f"{n}.journal.csv")
    merge_journal(b, tmp_path / "A.journal.csv")
    merge_journal(b, tmp_path / "C.journal.csv")
    hélène_at_a = b.conn.execute("SELECT id FROM checkins WHERE station = 'Desk A' AND attendee_uid = ?",
                                 (people[0].uid,)).fetchone()[0]
    dec.undo(b, hélène_at_a, station="Desk B", within_seconds=None, now=T.format(6))
    dec.checkin_manual(b, b.conn.execute("SELECT id FROM attendees WHERE uid = ?", (wafa.uid,)).fetchone()[0],
                       session_id=session.id, station="Desk B", at=T.format(7))
    dec.decide(b, people[2].code, station="Desk B", method="scanner", at=T.format(8))
    export_journal(b, tmp_path / "B.journal.csv")
    for s in desks.values():
        s.close()
    return master, [tmp_path / f"{n}.journal.csv" for n in "BAC"], dict(wafa=wafa, stray=stray_code,
                                                                        undone=hélène_at_a, hélène=people[0].uid)


def _presence(store: Store) -> list[tuple]:
    """Presence by global ids: checkpoint by session uid, person by attendee uid or badge code."""
    return [tuple(r) for r in store.conn.execute(
        "SELECT COALESCE(s.uid, ''), COALESCE(a.uid, p.who), p.direction, p.at, p.station_uid, p.seq,"
        " p.checkin_id, p.first_in FROM presence p LEFT JOIN sessions s ON s.id = p.checkpoint"
        " LEFT JOIN attendees a ON a.id = p.attendee_id ORDER BY 1, 2")] + [tuple(r) for r in store.conn.execute(
            "SELECT s.uid, c.inside FROM presence_counts c JOIN sessions s ON s.id = c.checkpoint ORDER BY 1")]


def _schema(store: Store) -> list[tuple]:
    return [tuple(r) for r in store.conn.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') ORDER BY name")]


def test_a_bulk_merge_gives_the_per_row_database(tmp_path, force_bulk):
    master, journals, case = _stations(tmp_path)
    copy_event_file(master, tmp_path / "rows.db")
    copy_event_file(master, tmp_path / "bulk.db")
    with Store(tmp_path / "rows.db") as rows, Store(tmp_path / "bulk.db") as bulk:
        schema = _schema(bulk)
        for path in journals:
            merge_journal(rows, path)
        results = merge_journals(bulk, journals)
        assert force_bulk == [bulk.path]  # it did go bulk
        assert [r.station_name for _p, r in results] == ["Desk B", "Desk A", "Desk C"]
        assert canonical_state(bulk) == canonical_state(rows)
        assert _presence(bulk) == _presence(rows)
        assert _schema(bulk) == schema  # every trigger and index back, as it was
        # the cases happened: not a comparison of two empty files
        state = canonical_state(bulk)
        wafa_rows = [c for c in state["checkins"] if c[2] == case["wafa"].uid]
        assert {(c[1], c[3] is not None) for c in wafa_rows} == {(None, True), (case["wafa"].uid, False)}
        assert [c[3] for c in state["checkins"] if c[2] is None] == [case["stray"]]
        assert case["undone"] not in {r[0] for r in state["live_checkins"]}
        assert ("", f"code:{case['stray']}", "in") in {p[:3] for p in _presence(bulk)}
        # inside the entrance: Mohammed (his session scan admits him there too), Wafa (by her badge
        # at Desk A), the stray badge, Awa; not Hélène, whose only admission was undone
        assert presence.inside_count(bulk) == 4
        assert not [p for p in _presence(bulk) if p[1] == case["hélène"]]
        session = bulk.conn.execute("SELECT id FROM sessions").fetchone()[0]
        assert presence.inside_count(bulk, session) == 2  # Mohammed (Desk C), Wafa (Desk B, linked later)
        # the triggers work again: a movement after the bulk merge moves presence at once
        awa = bulk.conn.execute("SELECT code FROM attendees WHERE full_name = 'Awa Traoré'").fetchone()[0]
        dec.decide(bulk, awa, station="Organisers", method="scanner", direction="out", at=T.format(30))
        assert presence.inside_count(bulk) == 3
    master.close()


@pytest.mark.parametrize("where", ["second journal", "presence rebuild"])
def test_a_failure_mid_way_leaves_the_file_as_it_was(tmp_path, force_bulk, monkeypatch, where):
    master, journals, _case = _stations(tmp_path)
    copy_event_file(master, tmp_path / "rows.db")
    before = (canonical_state(master), _presence(master), _schema(master))
    if where == "second journal":
        calls = []
        real = exchange._apply

        def failing(store, result, journal):
            calls.append(1)
            if len(calls) == 2:
                raise RuntimeError("disk pulled out")
            real(store, result, journal)

        monkeypatch.setattr(exchange, "_apply", failing)
    else:
        def failing(store):
            raise RuntimeError("power cut")

        monkeypatch.setattr(presence, "rebuild", failing)
    with pytest.raises(RuntimeError):
        merge_journals(master, journals)
    assert force_bulk == [master.path]
    assert (canonical_state(master), _presence(master), _schema(master)) == before
    assert master.conn.execute("SELECT COUNT(*) FROM checkins").fetchone()[0] == 0
    assert master.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert master.conn.execute("PRAGMA cache_size").fetchone()[0] == -32768  # the bulk merge's larger cache is given back
    monkeypatch.undo()
    merge_journals(master, journals)  # and the file takes the same merge afterwards
    _assert_as_merged_row_by_row(master, journals, tmp_path / "rows.db")
    master.close()


def _assert_as_merged_row_by_row(master: Store, journals: list[Path], copy: Path) -> None:
    """``master`` after a bulk merge holds what ``copy`` (the file before it) holds after the
    same journals merged one by one, presence included."""
    with Store(copy) as rows:
        for path in journals:
            merge_journal(rows, path)
        assert canonical_state(master) == canonical_state(rows)
        assert _presence(master) == _presence(rows)


def test_sync_import_goes_bulk_reports_each_file_and_refuses_a_bad_one(tmp_path, force_bulk, capsys):
    master, journals, _case = _stations(tmp_path)
    copy_event_file(master, tmp_path / "rows.db")
    (tmp_path / "notes.csv").write_text("name,email\nA,b\n", encoding="utf-8")
    code = main(["--db", str(master.path), "sync", "import", *map(str, journals), str(tmp_path / "notes.csv")])
    out, err = capsys.readouterr()
    assert code == 2 and force_bulk == [master.path]
    assert out.splitlines() == ["B.journal.csv: Desk B: 2 checkins, 1 undo",
                                "A.journal.csv: Desk A: 3 checkins",
                                "C.journal.csv: Desk C: 1 attendee, 2 checkins"]
    assert err.splitlines() == ["checkin: error: notes.csv: not a checkin station journal",
                                "checkin: error: 1 of 4 journals refused (see above); the other 3 were merged"]
    _assert_as_merged_row_by_row(master, journals, tmp_path / "rows.db")
    master.close()


def test_when_a_merge_goes_bulk(tmp_path, monkeypatch):
    """Bulk: at least BULK_MIN_ROWS rows and at least half as many as the file's check-ins."""
    store = Store(tmp_path / "e.db")
    create_event(store, "S", date="2027-03-17", timezone="Africa/Casablanca")
    assert not sync_bulk.wants_bulk(store, 50)  # a desk's live pass: a few rows
    assert not sync_bulk.wants_bulk(store, sync_bulk.BULK_MIN_ROWS - 1)
    assert sync_bulk.wants_bulk(store, 30 * 10_000)  # the organisers' after-event import
    monkeypatch.setattr(sync_bulk, "BULK_MIN_ROWS", 4)
    for i in range(40):
        person = add_attendee(store, full_name=f"Personne {i}")
        dec.checkin_manual(store, person.id, station="Organisers", at=T.format(i))
    assert store.conn.execute("SELECT COUNT(*) FROM checkins").fetchone()[0] == 40
    assert not sync_bulk.wants_bulk(store, 19)
    assert sync_bulk.wants_bulk(store, 20)
    store.close()


def test_a_folder_pass_never_goes_bulk(tmp_path, force_bulk):
    master, journals, _case = _stations(tmp_path)
    folder = tmp_path / "sync"
    folder.mkdir()
    for path in journals:
        (folder / path.name).write_bytes(path.read_bytes())
    status = FolderSync(master, folder).run_once()
    assert len(status.merged) == 3 and force_bulk == []
    assert master.conn.execute("SELECT COUNT(*) FROM checkins").fetchone()[0] == 7
    master.close()
