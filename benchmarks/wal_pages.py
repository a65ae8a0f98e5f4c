"""Which b-trees an entrance decision writes, in pages per scan, against a bare INSERT + COMMIT.

Copies an event file (e.g. the ``event.db`` that ``benchmarks.scale --workdir DIR`` leaves),
makes N entrance decisions on the copy as ``benchmarks.scale`` does (each person out, then in),
then reads the WAL's frame headers and names each page with SQLite's ``dbstat``; then the same
for N bare inserts of one row into a two-column table.

    .venv/bin/python benchmarks/wal_pages.py DIR/event.db [--scans 20]
"""

from __future__ import annotations

import argparse
import collections
import shutil
import sqlite3
import struct
import sys
import tempfile
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from checkin.decision import decide
from checkin.store.db import Store

LATE = "2027-03-19T17:00:00.000000Z"


def wal_pages(wal: Path) -> list[int]:
    """Page numbers of every frame in a WAL file (32-byte header, then 24-byte frame headers)."""
    data = wal.read_bytes()
    page_size = struct.unpack(">I", data[8:12])[0]
    pages, offset = [], 32
    while offset + 24 <= len(data):
        pages.append(struct.unpack(">I", data[offset:offset + 4])[0])
        offset += 24 + page_size
    return pages


def owners(db: Path, pages: list[int]) -> collections.Counter:
    conn = sqlite3.connect(db)
    names = dict(conn.execute(f"SELECT pageno, name FROM dbstat WHERE pageno IN ({','.join(map(str, set(pages)))})"))
    conn.close()
    return collections.Counter(names.get(p, "?") for p in pages)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("event", type=Path)
    parser.add_argument("--scans", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "event.db"
        shutil.copyfile(args.event, db)
        store = Store(db)
        store.conn.execute("PRAGMA wal_autocheckpoint = 0")
        codes = [r[0] for r in store.conn.execute("SELECT code FROM attendees WHERE code IS NOT NULL"
                                                  " ORDER BY random() LIMIT ?", (args.scans // 2,))]
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        decisions = 0
        for code in codes:
            for direction in ("out", "in"):
                d = decide(store, code, session_id=None, station="Accueil 1", method="scanner", at=LATE,
                           direction=direction)
                decisions += d.checkin_id is not None
        ours = owners(db, wal_pages(Path(f"{db}-wal")))
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        bare = sqlite3.connect(db, isolation_level=None)
        bare.execute("PRAGMA wal_autocheckpoint = 0")
        bare.execute("CREATE TABLE bench_bare (id TEXT PRIMARY KEY, at TEXT)")
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        for _ in range(args.scans):
            bare.execute("BEGIN IMMEDIATE")
            bare.execute("INSERT INTO bench_bare VALUES (?, ?)", (uuid.uuid4().hex, LATE))
            bare.execute("COMMIT")
        base = owners(db, wal_pages(Path(f"{db}-wal")))
        bare.close()
        store.close()
    n = len(codes) * 2
    print(f"{n} entrance decisions ({decisions} recorded a check-in): "
          f"{sum(ours.values()) / n:.1f} pages per scan; {args.scans} bare inserts: "
          f"{sum(base.values()) / args.scans:.1f} pages each")
    for name, count in ours.most_common():
        print(f"  {count / n:5.2f}  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
