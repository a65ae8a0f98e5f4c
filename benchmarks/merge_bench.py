"""Merging station journals at congress size: 30 journals of 10,000 rows, then the same merge again.

Writes 30 station journals (check-ins of 10,000 registered people at the entrance
and six sessions, in and out, with some undos and walk-ins, as real stations
write them), merges them into a copy of the organiser's file with
``checkin.sync.exchange.merge_journal``, then merges the same 30 files again.
The baseline, timed in the same run on the same disk, is a plain ``csv`` read of
the same files with a ``sqlite3`` insert of their rows into one table with a
primary key, one transaction per file (same WAL and synchronous=FULL settings).

    .venv/bin/python benchmarks/merge_bench.py [--journals 30] [--rows 10000]

Targets (issue 8): first merge <= 2x the baseline; the repeat <= 0.5x the first merge.
"""

from __future__ import annotations

import argparse
import csv
import random
import sqlite3
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from checkin.store.db import Store
from checkin.store.event import create_event, get_event
from checkin.store.listing import bulk_add_attendees
from checkin.store.sessions import add_session
from checkin.sync.exchange import merge_journal
from checkin.sync.journal import JournalRow, render, write_atomically


def make_event(path: Path, people: int) -> Store:
    store = Store(path)
    create_event(store, "Congrès", date="2027-03-17", timezone="Africa/Casablanca")
    bulk_add_attendees(store, ({"full_name": f"Personne {i}", "email": f"p{i}@x.org"} for i in range(people)))
    for i in range(6):
        add_session(store, title=f"Atelier {i}", capacity=2000, starts_at=f"2027-03-17T{9 + i:02d}:00:00.000000Z")
    return store


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
                out.append(JournalRow(seq, "undo", uuid.uuid4().hex, at, name, ref=rng.choice(recent), text="erreur"))
            elif roll < 0.03:
                data = ('{"category": "", "code": null, "email": "", "external_id": null, "first_name": "",'
                        f' "full_name": "Sur place {j}-{seq}", "last_name": "", "organisation": "", "role": "",'
                        ' "source": "walkin", "status": "registered"}')
                out.append(JournalRow(seq, "attendee", uuid.uuid4().hex, at, name, attendee=uuid.uuid4().hex,
                                      data=data))
            else:
                cid = uuid.uuid4().hex
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--journals", type=int, default=30)
    parser.add_argument("--rows", type=int, default=10000)
    parser.add_argument("--people", type=int, default=10000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        store = make_event(tmp / "master.db", args.people)
        folder = tmp / "journals"
        folder.mkdir()
        paths = write_journals(store, folder, args.journals, args.rows)
        total = args.journals * args.rows
        base = baseline(tmp / "baseline.db", paths)
        start = time.perf_counter()
        for path in paths:
            merge_journal(store, path)
        first = time.perf_counter() - start
        start = time.perf_counter()
        for path in paths:
            merge_journal(store, path)
        repeat = time.perf_counter() - start
        merged = store.conn.execute("SELECT COUNT(*) FROM checkins").fetchone()[0]
        store.close()
    print(f"{args.journals} journals x {args.rows} rows = {total} rows; {merged} check-ins in the merged file")
    print(f"{'figure':<34}{'seconds':>9}{'ratio':>8}  target")
    print(f"{'baseline: csv + sqlite3 insert':<34}{base:>9.2f}{1:>8.2f}")
    print(f"{'first merge':<34}{first:>9.2f}{first / base:>8.2f}  <= 2.00 x baseline  "
          f"{'met' if first <= 2 * base else 'MISSED'}")
    print(f"{'same merge again':<34}{repeat:>9.2f}{repeat / first:>8.2f}  <= 0.50 x first merge  "
          f"{'met' if repeat <= 0.5 * first else 'MISSED'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
