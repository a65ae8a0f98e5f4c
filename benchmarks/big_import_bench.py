"""A very large registration list: peak memory, time, and how long a scanning station is locked out.

Writes a UTF-8 CSV of N people, then in a child process runs
``checkin import attendees`` on a fresh event file while this process plays a
scanning station on the same file: every 20 ms it takes the write lock
(``BEGIN IMMEDIATE``) as ``decide()`` does and records how long it waited. The
baseline, measured in the same run, is a child process that only reads the file
with Python's csv module: peak memory and time are given as ratios to it.

    .venv/bin/python benchmarks/big_import_bench.py [--rows 200000]
"""

from __future__ import annotations

import argparse
import csv
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIRST = ["Hélène", "François", "Zoé", "Youssef", "Fatima-Zahra", "Sarah", "João", "أحمد", "Amina",
         "Jürgen"]
LAST = ["Lefèvre", "El Amrani", "Benjelloun", "O'Brien", "Núñez", "Müller", "العلوي", "Dupont", "Tazi",
        "Smith"]

CHILD = r"""
import resource, sys, time
t = time.perf_counter()
{body}
print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""
READ_ONLY = """
import csv
with open(sys.argv[1], encoding="utf-8", newline="") as fh:
    for row in csv.reader(fh):
        pass
"""
IMPORT = """
sys.path.insert(0, sys.argv[3])
from checkin.cli import main
code = main(["--db", sys.argv[2], "import", "attendees", sys.argv[1]])
assert code == 0, code
"""


def write_file(path: Path, rows: int) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["Attendee #", "First Name", "Last Name", "Email", "Company", "Ticket Type"])
        for i in range(rows):
            out.writerow([100000 + i, FIRST[i % 10], f"{LAST[i % 10]} {i}", f"p{i}@example.org",
                          f"Organisation {i % 500}", "Delegate" if i % 3 else "Press"])


def child(body: str, *args: str) -> tuple[float, int, str]:
    done = subprocess.run([sys.executable, "-c", CHILD.format(body=body), *args], capture_output=True,
                          text=True, check=True)
    lines = done.stdout.strip().splitlines()
    seconds, kib = lines[-1].split()
    return float(seconds), int(kib), "\n".join(lines[:-1])


def station(db: Path, stop: threading.Event, waits: list[float]) -> None:
    """Take the write lock like a scan does, every 20 ms; record each wait."""
    while not db.exists():
        time.sleep(0.01)
    conn = sqlite3.connect(db, timeout=60, isolation_level=None)
    while not stop.is_set():
        t = time.perf_counter()
        try:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("COMMIT")
        except sqlite3.OperationalError:
            pass
        waits.append(time.perf_counter() - t)
        time.sleep(0.02)
    conn.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=200_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        src, db = Path(tmp) / "big.csv", Path(tmp) / "event.db"
        write_file(src, args.rows)
        base_s, base_kib, _ = child(READ_ONLY, str(src))
        init = [sys.executable, "-m", "checkin", "--db", str(db), "init", "--name", "Big"]
        subprocess.run(init, check=True, capture_output=True, cwd=ROOT)
        stop, waits = threading.Event(), []
        watcher = threading.Thread(target=station, args=(db, stop, waits))
        watcher.start()
        try:
            imp_s, imp_kib, out = child(IMPORT, str(src), str(db), str(ROOT))
        finally:
            stop.set()
            watcher.join()
        print(f"rows: {args.rows:,}  file: {src.stat().st_size / 1e6:.1f} MB")
        print(f"baseline (csv.reader only): {base_s:.2f} s, peak RSS {base_kib / 1024:.0f} MiB")
        print(f"checkin import attendees:   {imp_s:.2f} s, peak RSS {imp_kib / 1024:.0f} MiB"
              f"  (x{imp_s / base_s:.1f} time, x{imp_kib / base_kib:.1f} memory)")
        print(f"scanning station meanwhile: {len(waits)} lock attempts, longest wait {max(waits):.3f} s")
        print(out.splitlines()[0] if out else "")


if __name__ == "__main__":
    main()
