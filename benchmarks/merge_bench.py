"""Merging station journals at congress size: 30 journals of 10,000 rows, then the same merge again.

Writes 30 station journals (check-ins of 10,000 registered people at the entrance
and six sessions, in and out, with some undos and walk-ins, as real stations
write them), merges them into a copy of the organiser's file with
``checkin.sync.exchange.merge_journals``, the call ``checkin sync import FILE...`` makes
(bulk mode at this size: checkin.store.sync_bulk), then merges the same 30 files again.
``--per-row`` merges file by file with ``merge_journal`` instead, as a desk's folder
sync does (the path before bulk mode), for comparison.
While the first merge runs, a second connection (a desk's, on the same laptop) tries a
one-row write every 20 ms; the longest it waited is the merge's longest write-lock hold.
The baseline (A), timed in the same run on the same disk, is a plain ``csv`` read of
the same files with a ``sqlite3`` insert of their rows into one table with a
primary key, one transaction per file (the event file's WAL, synchronous=FULL and page-cache settings).
A second figure (B, a diagnostic, not the target's baseline) puts the same rows plainly
into a copy of the organiser's file, where a merge puts them: it shows what the file's
own indexes and presence triggers cost any insert, apart from the merge's own work.

    .venv/bin/python benchmarks/merge_bench.py [--journals 30] [--rows 10000] [--per-row] [--drop NAME ...]

Targets (issue 8): first merge <= 2x the baseline; the repeat <= 0.5x the first merge.
"""

from __future__ import annotations

import argparse
import csv
import random
import sqlite3
import sys
import tempfile
import threading
import time
import uuid
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from checkin.store.db import Store
from checkin.store.event import create_event, get_event
from checkin.store.ids import new_id
from checkin.store.listing import bulk_add_attendees, copy_event_file
from checkin.store.sessions import add_session
from checkin.sync.exchange import merge_journal, merge_journals
from checkin.sync.journal import JournalRow, render, write_atomically


def make_event(path: Path, people: int) -> Store:
    store = Store(path)
    create_event(store, "Congrès", date="2027-03-17", timezone="Africa/Casablanca")
    bulk_add_attendees(store, ({"full_name": f"Personne {i}", "email": f"p{i}@x.org"} for i in range(people)))
    for i in range(6):
        add_session(store, title=f"Atelier {i}", capacity=2000, starts_at=f"2027-03-17T{9 + i:02d}:00:00.000000Z")
    return store


def _id_at(at: str) -> str:
    """The id a station gives a record made at ``at``: UUIDv7 (checkin.store.ids), time first."""
    moment = datetime.fromisoformat(at.replace("Z", "+00:00"))
    return new_id(int(moment.timestamp()) * 1_000_000_000 + moment.microsecond * 1000)


def write_journals(store: Store, folder: Path, journals: int, rows: int) -> list[Path]:
    rng = random.Random(8)
    event_uid = get_event(store).uid
    people = [r[0] for r in store.conn.execute("SELECT uid FROM attendees")]
    sessions = [r[0] for r in store.conn.execute("SELECT uid FROM sessions")]
    paths = []
    for j in range(journals):
        station_uid, name = uuid.uuid4().hex, f"Desk {j + 1}"
        out, recent = [], []
        for seq in range(1, rows + 1):
            at = f"2027-03-17T{7 + seq * 10 // rows:02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}.{seq:06d}Z"
            roll = rng.random()
            if roll < 0.02 and recent:
                out.append(JournalRow(seq, "undo", _id_at(at), at, name, ref=rng.choice(recent), text="erreur"))
            elif roll < 0.03:
                data = ('{"category": "", "code": null, "email": "", "external_id": null, "first_name": "",'
                        f' "full_name": "Sur place {j}-{seq}", "last_name": "", "organisation": "", "role": "",'
                        ' "source": "walkin", "status": "registered"}')
                out.append(JournalRow(seq, "attendee", uuid.uuid4().hex, at, name, attendee=uuid.uuid4().hex,
                                      data=data))
            else:
                cid = _id_at(at)
                recent = [*recent[-20:], cid]
                session = rng.choice(sessions) if roll > 0.6 else ""
                out.append(JournalRow(seq, "checkin", cid, at, name, attendee=rng.choice(people), session=session,
                                      direction="out" if roll > 0.95 else "in", method="scanner"))
        path = folder / f"desk-{j + 1}.{station_uid[:8]}.journal.csv"
        write_atomically(path, render(event_uid, station_uid, name, "2027-03-17T18:00:00.000000Z", out))
        paths.append(path)
    return paths


def baseline(db: Path, paths: list[Path]) -> float:
    conn = sqlite3.connect(str(db), isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA cache_size = -32768")  # the event file's own settings (checkin.store.db)
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("CREATE TABLE rows (id TEXT PRIMARY KEY, seq INTEGER, kind TEXT, at TEXT, station_name TEXT,"
                 " attendee TEXT, code TEXT, session TEXT, direction TEXT, method TEXT, ref TEXT, text TEXT,"
                 " data TEXT, crc TEXT)")
    start = time.perf_counter()
    for path in paths:
        with path.open(encoding="utf-8", newline="") as f:
            lines = (line for line in f if not line.startswith("#"))
            reader = csv.reader(lines)
            next(reader)
            conn.execute("BEGIN")
            conn.executemany("INSERT INTO rows (seq, kind, id, at, station_name, attendee, code, session, direction,"
                             " method, ref, text, data, crc) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", reader)
            conn.execute("COMMIT")
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def plain_into_event_file(db: Path, paths: list[Path]) -> float:
    """The same rows put plainly into a copy of the organiser's file, where a merge puts them.

    ``csv`` reads each journal; ``sqlite3`` inserts its check-ins into ``checkins``, its undos
    into ``checkin_undos``, its walk-ins into ``attendees`` and ``versions``, uids turned into
    local ids by dictionaries read once, one transaction per file. The file's own indexes and triggers
    (presence, search) do their work as for any insert. What it leaves out is what merging
    adds: the per-row and end-line checks, idempotence, order-independence (last writer
    wins, rows linked later), badge-code claims, the file's progress and clock notes.
    """
    conn = sqlite3.connect(str(db), isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA cache_size = -32768")  # the event file's own settings (checkin.store.db)
    conn.execute("PRAGMA temp_store = MEMORY")
    checkin = ("INSERT INTO checkins (id, attendee_id, attendee_uid, code, session_id, direction, at, station, method,"
               " station_uid, seq) VALUES (?, ?, NULLIF(?, ''), NULLIF(?, ''), ?, ?, ?, ?, ?, ?, ?)")
    undo = "INSERT INTO checkin_undos (id, checkin_id, at, station, reason, station_uid, seq) VALUES (?,?,?,?,?,?,?)"
    person = ("INSERT INTO attendees (uid, full_name, source, created_at, updated_at)"
              " VALUES (?, json_extract(?, '$.full_name'), 'walkin', ?, ?)")
    version = ("INSERT INTO versions (uid, station_uid, seq, at, kind, target_uid, data)"
               " VALUES (?, ?, ?, ?, 'attendee', ?, ?)")
    start = time.perf_counter()
    people = dict(conn.execute("SELECT uid, id FROM attendees"))  # uids to local ids, read once
    sessions = dict(conn.execute("SELECT uid, id FROM sessions"))
    for path in paths:
        with path.open(encoding="utf-8", newline="") as f:
            lines = f.readlines()
        station_uid = next(line for line in lines if line.startswith("# station: ")).split()[2]
        lines = [line for line in lines if not line.startswith("#")]
        rows = list(csv.reader(lines))[1:]
        conn.execute("BEGIN")
        conn.executemany(checkin, ((r[2], people.get(r[5]), r[5], r[6], sessions.get(r[7]), r[8], r[3], r[4], r[9],
                                    station_uid, int(r[0])) for r in rows if r[1] == "checkin"))
        conn.executemany(undo, ((r[2], r[10], r[3], r[4], r[11], station_uid, int(r[0]))
                                for r in rows if r[1] == "undo"))
        conn.executemany(person, ((r[5], r[12], r[3], r[3]) for r in rows if r[1] == "attendee"))
        conn.executemany(version, ((r[2], station_uid, int(r[0]), r[3], r[5], r[12])
                                   for r in rows if r[1] == "attendee"))
        conn.execute("COMMIT")
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


class LockProbe(threading.Thread):
    """A desk writing to the same file every 20 ms: the longest a write waited for the lock."""

    def __init__(self, db: Path) -> None:
        super().__init__(daemon=True)
        self.db, self.longest, self.writes = db, 0.0, 0
        self.stop = threading.Event()
        conn = sqlite3.connect(str(db), isolation_level=None)
        conn.execute("CREATE TABLE IF NOT EXISTS bench_probe (at REAL)")
        conn.close()

    def run(self) -> None:
        conn = sqlite3.connect(str(self.db), isolation_level=None, timeout=600)
        conn.execute("PRAGMA synchronous = FULL")
        while not self.stop.wait(0.02):
            start = time.perf_counter()
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("INSERT INTO bench_probe VALUES (?)", (start,))
            conn.execute("COMMIT")
            self.longest = max(self.longest, time.perf_counter() - start)
            self.writes += 1
        conn.close()


def merge_all(store: Store, paths: list[Path], per_row: bool) -> None:
    if per_row:
        for path in paths:
            merge_journal(store, path)
        return
    refused = [f"{p.name}: {r}" for p, r in merge_journals(store, paths) if isinstance(r, Exception)]
    if refused:
        raise SystemExit("refused: " + "; ".join(refused))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--journals", type=int, default=30)
    parser.add_argument("--rows", type=int, default=10000)
    parser.add_argument("--people", type=int, default=10000)
    parser.add_argument("--per-row", action="store_true",
                        help="merge file by file (merge_journal, a desk's folder sync) instead of merge_journals")
    parser.add_argument("--drop", action="append", default=[], metavar="NAME",
                        help="diagnostic: drop this trigger or index of the file before merging (repeatable)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        store = make_event(tmp / "master.db", args.people)
        folder = tmp / "journals"
        folder.mkdir()
        paths = write_journals(store, folder, args.journals, args.rows)
        total = args.journals * args.rows
        copy_event_file(store, tmp / "plain.db")
        base = baseline(tmp / "baseline.db", paths)
        plain = plain_into_event_file(tmp / "plain.db", paths)
        for name in args.drop:
            kind = store.conn.execute("SELECT type FROM sqlite_master WHERE name = ?", (name,)).fetchone()
            if kind is None or kind[0] not in ("trigger", "index"):
                parser.error(f"--drop {name}: no such trigger or index")
            store.conn.execute(f"DROP {kind[0].upper()} {name}")
        probe = LockProbe(tmp / "master.db")
        probe.start()
        start = time.perf_counter()
        merge_all(store, paths, args.per_row)
        first = time.perf_counter() - start
        probe.stop.set()
        probe.join()
        start = time.perf_counter()
        merge_all(store, paths, args.per_row)
        repeat = time.perf_counter() - start
        merged = store.conn.execute("SELECT COUNT(*) FROM checkins").fetchone()[0]
        store.close()
    path = "per-row (merge_journal each)" if args.per_row else "merge_journals (as sync import)"
    print(f"{args.journals} journals x {args.rows} rows = {total} rows; {merged} check-ins in the merged file;"
          f" {path}")
    print(f"{'figure':<34}{'seconds':>9}{'ratio':>8}  target")
    print(f"{'baseline A: csv + sqlite3, one table':<34}{base:>9.2f}{1:>8.2f}")
    print(f"{'baseline B: csv + sqlite3, the file':<34}{plain:>9.2f}{plain / base:>8.2f}")
    print(f"{'first merge, against A':<34}{first:>9.2f}{first / base:>8.2f}  <= 2.00 x baseline  "
          f"{'met' if first <= 2 * base else 'MISSED'}")
    print(f"{'first merge, against B':<34}{first:>9.2f}{first / plain:>8.2f}  (diagnostic: the file's own cost)")
    print(f"{'same merge again':<34}{repeat:>9.2f}{repeat / first:>8.2f}  <= 0.50 x first merge  "
          f"{'met' if repeat <= 0.5 * first else 'MISSED'}")
    print(f"{'longest write-lock wait of a desk':<34}{probe.longest:>9.2f}{'':>8}  ({probe.writes} one-row writes"
          " during the first merge)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
