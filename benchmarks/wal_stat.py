"""What a look at the WAL file costs the next commit (why the benchmarks stat it before each timed commit).

On Linux 6.13 and later, file timestamps are coarse (one clock tick) unless someone asked for
them since the last change: a ``stat`` makes the next change fine-grained. A commit that comes
in the same tick as the one before, with nobody looking at the WAL in between, leaves the WAL's
timestamps as they were, and its fsync has no inode to write; after a ``stat`` it has. A desk
whose scans come seconds apart always has. This script times one durable commit (WAL,
``synchronous = FULL``) after another commit, with each kind of look in between, interleaved:

    .venv/bin/python benchmarks/wal_stat.py [--commits 2000] [--dir DIR]

``--dir``: where the scratch database goes (default: a temporary folder on the system's disk).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

LOOKS = {
    "nothing": None,
    "stat of the WAL": lambda db, fd: os.stat(f"{db}-wal"),
    "fstat of the WAL": lambda db, fd: os.fstat(fd),
    "stat of the database": lambda db, fd: os.stat(db),
    "stat of the folder": lambda db, fd: os.stat(os.path.dirname(db)),
    "10 ms pause (a desk between scans)": lambda db, fd: time.sleep(0.01),
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--commits", type=int, default=2000)
    parser.add_argument("--dir", type=Path, default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.dir) as name:
        db = str(Path(name) / "wal_stat.db")
        conn = sqlite3.connect(db, isolation_level=None)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("CREATE TABLE before (id TEXT PRIMARY KEY)")
        conn.execute("CREATE TABLE timed (id TEXT PRIMARY KEY)")
        fd = os.open(f"{db}-wal", os.O_RDONLY)
        times: dict[str, list[float]] = {name: [] for name in LOOKS}
        rounds = args.commits
        for i in range(rounds):
            for name, look in LOOKS.items():
                if look is not None and "pause" in name and i >= rounds // 10:
                    continue  # the pause is slow: a tenth of the rounds is enough
                for table in ("before", "timed"):
                    conn.execute("BEGIN IMMEDIATE")
                    conn.execute(f"INSERT INTO {table} VALUES (?)", (uuid.uuid4().hex,))
                    if table == "timed":
                        t0 = time.perf_counter()
                    conn.execute("COMMIT")
                    if table == "before" and look is not None:
                        look(db, fd)
                times[name].append(time.perf_counter() - t0)
        os.close(fd)
        conn.close()
    print(f"A durable commit right after another (kernel {os.uname().release}), by what came between:")
    for name, values in times.items():
        p95 = statistics.quantiles(values, n=20)[-1]
        print(f"  {name:36s} median {1e6 * statistics.median(values):6.0f} µs   p95 {1e6 * p95:6.0f} µs"
              f"   ({len(values)} commits)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
