"""A long import shows its progress on a terminal, and keeps nothing but a bar off pipes and logs;
it is written in short batches, so a station scanning on the same file is not locked out."""

from __future__ import annotations

import os
import pty
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

from checkin.importers import attendees as attendees_module
from checkin.importers import import_attendees

REPO = Path(__file__).resolve().parents[2]


def big_list(path: Path, rows: int) -> Path:
    lines = ["Attendee #,First Name,Last Name,Email,Company,Ticket Type"]
    lines += [f"{i},Zoë,Lefèvre {i},p{i}@example.org,OIT,Delegate" for i in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_cli_shows_a_progress_bar_on_a_terminal_only(cli_db, tmp_path):
    src = big_list(tmp_path / "list.csv", 300)
    master, slave = pty.openpty()
    cmd = [sys.executable, "-m", "checkin", "--db", str(cli_db), "import", "attendees", str(src)]
    done = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=slave, cwd=REPO, timeout=120)
    os.close(slave)
    seen = b""
    while True:
        try:
            chunk = os.read(master, 4096)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
    os.close(master)
    assert done.returncode == 0 and b"300 added" in done.stdout
    assert b"importing [" in seen and b"100%" in seen
    piped = subprocess.run(cmd, capture_output=True, cwd=REPO, timeout=120)
    assert piped.returncode == 0 and piped.stderr == b"" and b"300 unchanged" in piped.stdout


def test_a_station_gets_the_write_lock_between_batches(store, tmp_path, monkeypatch):
    monkeypatch.setattr(attendees_module, "BATCH_SECONDS", 0.05)
    src = big_list(tmp_path / "list.csv", 3000)
    waits: list[float] = []
    stop = threading.Event()

    def station():
        conn = sqlite3.connect(store.path, timeout=30, isolation_level=None)
        while not stop.is_set():
            t = time.perf_counter()
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("COMMIT")
            waits.append(time.perf_counter() - t)
            time.sleep(0.01)
        conn.close()

    steps: list[tuple[int, int]] = []
    thread = threading.Thread(target=station)
    thread.start()
    try:
        report = import_attendees(store, src, progress=lambda done, total: steps.append((done, total)))
    finally:
        stop.set()
        thread.join()
    assert report.added == 3000
    assert len(steps) > 2 and steps[-1][0] == steps[-1][1] == src.stat().st_size
    assert [d for d, _ in steps] == sorted(d for d, _ in steps)
    assert len(waits) > 5 and max(waits) < 1.0
