"""Where an entrance decision's time goes, against a bare INSERT + COMMIT (issue 12's closest figure).

Copies an event file (the ``event.db`` that ``benchmarks.scale --workdir DIR`` leaves) and, on
the copy, makes entrance decisions as ``benchmarks.scale`` does (each person out, then in):

1. CPU: with ``synchronous = OFF`` (no fsync), the median time of a decision and of each SQL
   statement it runs; the rest is Python.
2. Commits: with ``synchronous = FULL``, one bare commit before each decision as the scale
   benchmark times them, grouped by how many WAL frames each commit wrote (an index leaf that
   splits writes 3 more), with the median of each group and how many reach the p95.
3. The baseline's table: the same decisions with the bare commits going into a table that
   already holds 0, 600 (what ``benchmarks.scale`` does), 2,000 or 20,000 rows.

4. Splits: which b-trees wrote more than one page in a commit (WAL frame headers, named
   with SQLite's ``dbstat``), the commits that write 8 frames instead of 5.

Sections 2 and 3 start from a WAL that a desk's earlier work has grown, as in ``benchmarks.scale``.

    .venv/bin/python benchmarks/entrance_profile.py DIR/event.db [--scans 600]
"""

from __future__ import annotations

import argparse
import collections
import shutil
import sqlite3
import statistics
import struct
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.scale import settle
from checkin.decision import decide
from checkin.store.db import Store

LATE = "2027-03-19T17:00:00.000000Z"
STATION = "Accueil 1"


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1]


class TimedConnection:
    """The store's connection, timing every statement (execute and the fetch that follows)."""

    def __init__(self, conn, times: dict):
        self._conn, self._times = conn, times

    def execute(self, sql, *args):
        t0 = time.perf_counter()
        cursor = self._conn.execute(sql, *args)
        self._times[" ".join(sql.split())[:90]].append(time.perf_counter() - t0)
        return cursor

    def __getattr__(self, name):
        return getattr(self._conn, name)


def fresh(event: Path, tmp: Path, name: str) -> Store:
    db = tmp / name
    shutil.copyfile(event, db)
    return Store(db)


def codes(store: Store, scans: int) -> list[str]:
    return [r[0] for r in store.conn.execute(
        "SELECT code FROM attendees WHERE code IS NOT NULL AND status = 'registered' AND pending IS NULL"
        " ORDER BY random() LIMIT ?", (scans // 2,))]


def cpu(event: Path, tmp: Path, scans: int) -> None:
    store = fresh(event, tmp, "cpu.db")
    store.conn.execute("PRAGMA synchronous = OFF")
    people = codes(store, 2 * scans)
    for code in people[:10]:  # the statements prepared, the pages of the first people read
        decide(store, code, station=STATION, method="scanner", at=LATE, direction="out")

    def run(batch: list[str]) -> list[float]:
        spent = []
        for code in batch:
            for direction in ("out", "in"):
                t0 = time.perf_counter()
                decide(store, code, station=STATION, method="scanner", at=LATE, direction=direction)
                spent.append(time.perf_counter() - t0)
        return spent

    half = len(people) // 2
    bare = statistics.median(run(people[10:half]))  # as the desk runs it
    times: dict[str, list[float]] = collections.defaultdict(list)
    store.conn = TimedConnection(store.conn, times)
    total = run(people[half:])
    n = len(total)
    print(f"1. CPU (synchronous = OFF): median {1e6 * bare:.0f} µs a decision; with every statement timed"
          f" ({n} decisions), {1e6 * statistics.median(total):.0f} µs:")
    rows = sorted(((statistics.median(v) * len(v) / n, len(v) / n, sql) for sql, v in times.items()), reverse=True)
    for us, per, sql in rows:
        print(f"   {1e6 * us:6.1f} µs  ×{per:.1f}  {sql}")
    print(f"   {1e6 * (statistics.median(total) - sum(r[0] for r in rows)):6.1f} µs  Python and the timing wrapper")
    store.close()


def wal_frames(db: Path) -> int:
    """Frames in the WAL since its last reset: ``mxFrame`` of the wal-index header."""
    with open(f"{db}-shm", "rb") as shm:
        shm.seek(16)
        return int.from_bytes(shm.read(4), sys.byteorder)


def warm_wal(store: Store) -> None:
    """Leave the WAL as a desk that has been recording finds it: already longer than the
    checkpoint interval, written over from its start (a WAL that grows makes every fsync also
    write the file's new size, which a running desk does not pay)."""
    with store.transaction() as c:
        c.execute("CREATE TABLE warm (b BLOB)")
        c.executemany("INSERT INTO warm VALUES (zeroblob(3000))", ((),) * 1200)
        c.execute("DROP TABLE warm")
    store.conn.execute("PRAGMA wal_checkpoint(PASSIVE)")


def commits(event: Path, tmp: Path, scans: int, prefill: int = 0,
            show: bool = True) -> tuple[float, float, float]:
    store = fresh(event, tmp, f"full-{prefill}.db")
    conn, db = store.conn, store.path
    conn.execute("CREATE TABLE bench_bare (id TEXT PRIMARY KEY, at TEXT)")
    for _ in range(prefill):  # one row a commit, as the bare commits themselves fill it
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO bench_bare VALUES (?, ?)", (uuid.uuid4().hex, LATE))
        conn.execute("COMMIT")
    warm_wal(store)
    ours, bare = [], []
    wal = f"{db}-wal"
    for code in codes(store, scans):
        for direction in ("out", "in"):
            settle(wal)  # every commit timed writes the WAL's timestamps, as benchmarks.scale
            f0, t0 = wal_frames(db), time.perf_counter()
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("INSERT INTO bench_bare VALUES (?, ?)", (uuid.uuid4().hex, LATE))
            conn.execute("COMMIT")
            bare.append((time.perf_counter() - t0, wal_frames(db) - f0))
            settle(wal)
            f0, t0 = wal_frames(db), time.perf_counter()
            decide(store, code, station=STATION, method="scanner", at=LATE, direction=direction)
            ours.append((time.perf_counter() - t0, wal_frames(db) - f0))
    store.close()
    result = p95([t for t, _f in ours]), p95([t for t, _f in bare]), statistics.median(t for t, _f in bare)
    if show:
        print(f"2. Commits (synchronous = FULL, {len(ours)} decisions, a bare commit before each):")
        for name, timed in (("decision", ours), ("bare insert", bare)):
            line = p95([t for t, _f in timed])
            groups = collections.defaultdict(list)
            for t, frames in timed:
                groups[frames if frames >= 0 else "checkpoint"].append(t)
            print(f"   {name}: p95 {1000 * line:.3f} ms, median {1000 * statistics.median(t for t, _ in timed):.3f} ms")
            for frames, values in sorted(groups.items(), key=lambda kv: (isinstance(kv[0], str), kv[0])):
                print(f"      {frames!s:>10} frames: {len(values):5d} commits ({100 * len(values) / len(timed):4.1f} %),"
                      f" median {1000 * statistics.median(values):.3f} ms, {sum(t >= line for t in values)} at or"
                      " above the p95")
        print(f"   ratio of the p95s: {result[0] / result[1]:.2f}")
    return result


def wal_commits(wal: Path) -> list[list[int]]:
    """The page numbers each commit of a WAL file wrote (a frame with a database size ends a commit)."""
    data = wal.read_bytes()
    page_size = struct.unpack(">I", data[8:12])[0]
    commits, pages, offset = [], [], 32
    while offset + 24 <= len(data):
        page, size_after = struct.unpack(">II", data[offset:offset + 8])
        pages.append(page)
        if size_after:
            commits.append(pages)
            pages = []
        offset += 24 + page_size
    return commits


def splits(event: Path, tmp: Path, scans: int) -> None:
    """Which b-trees wrote more than one page in a commit (a leaf split with its neighbours)."""
    store = fresh(event, tmp, "splits.db")
    store.conn.execute("PRAGMA wal_autocheckpoint = 0")
    people = codes(store, scans)
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for code in people:
        for direction in ("out", "in"):
            decide(store, code, station=STATION, method="scanner", at=LATE, direction=direction)
    found = wal_commits(Path(f"{store.path}-wal"))
    store.close()
    conn = sqlite3.connect(tmp / "splits.db")
    every = {page for pages in found for page in pages}
    names = dict(conn.execute(f"SELECT pageno, name FROM dbstat WHERE pageno IN ({','.join(map(str, every))})"))
    conn.close()
    split = collections.Counter()
    for pages in found:
        for name, count in collections.Counter(names.get(p, "?") for p in pages).items():
            split[name] += count > 1
    print(f"4. B-trees that wrote more than one page in a commit, in {len(found)} commits:")
    for name, count in split.most_common():
        if count:
            print(f"   {count:5d}  {name}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("event", type=Path)
    parser.add_argument("--scans", type=int, default=600)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        cpu(args.event, tmp, args.scans)
        commits(args.event, tmp, args.scans)
        print("3. The bare commits' table, filled one commit a row before the run (benchmarks.scale: 600):")
        for prefill in (0, 600, 2_000, 20_000):
            ours, bare, bare_median = commits(args.event, tmp, args.scans, prefill, show=False)
            print(f"   {prefill:6,d} rows before: bare median {1000 * bare_median:.3f} ms, p95 {1000 * bare:.3f} ms;"
                  f" decision p95 {1000 * ours:.3f} ms, ratio {ours / bare:.2f}")
        splits(args.event, tmp, args.scans)
    return 0


if __name__ == "__main__":
    sys.exit(main())
