"""The event file guards itself. Each fault is made on a real file, the way it happens at a venue,
and each test checks the message the user gets and that nothing accepted is lost."""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from checkin.cli import main
from checkin.decision import decide
from checkin.store.attendees import add_attendee
from checkin.store.db import Store

CLI = [sys.executable, "-m", "checkin"]


def run(*args, stdin: bytes | None = None, timeout: float = 60):
    """``checkin ARGS`` in its own process (a fresh process checks the file again at open)."""
    return subprocess.run([*CLI, *map(str, args)], input=stdin, capture_output=True, timeout=timeout)


def checked_in(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT count(*) FROM checkins").fetchone()[0]
    finally:
        con.close()


@pytest.fixture
def event(store):
    """An event of 300 people (several pages of attendees), two of them checked in; closed cleanly."""
    people = [add_attendee(store, full_name=f"Participant {i:03d}", email=f"p{i}@example.org")
              for i in range(300)]
    for p in people[:2]:
        assert decide(store, p.code, station="Desk 1", method="scanner").status == "accepted"
    store.close()
    return store.path, people


def test_a_damaged_page_is_refused_for_scanning_and_every_command_says_restore(event):
    path, people = event
    page_size = 4096
    pages = path.stat().st_size // page_size
    with open(path, "r+b") as f:  # what a bad sector or a half-written page leaves: noise over a page
        f.seek(page_size * (pages // 2))
        f.write(random.Random(11).randbytes(page_size))
    proc = run("--db", path, "scan", "--stdin", "--json", stdin=people[5].code.encode() + b"\n")
    err = proc.stderr.decode()
    assert proc.returncode == 2 and proc.stdout == b""
    assert err.count("\n") == 1 and "the event file is damaged" in err and f"--db {path} restore" in err
    for command in (["stats", "--json"], ["attendees"]):
        proc = run("--db", path, *command)
        err = proc.stderr.decode()
        assert proc.returncode == 2 and "damaged" in err and "internal error" not in err


def test_a_file_from_a_newer_version_is_refused_with_the_version_it_needs_and_left_untouched(event):
    path, people = event
    con = sqlite3.connect(path)
    with con:
        con.execute("INSERT INTO _migrations (name, applied_at) VALUES ('0099_future', '2028-01-01T00:00:00Z')")
        con.execute("INSERT INTO writer_versions (version, first_at) VALUES ('0.12.0', '2028-01-01T00:00:00Z')")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    for args in (["scan", "--stdin"], ["stats"], ["import", "attendees", "x.csv"]):
        proc = run("--db", path, *args, stdin=people[5].code.encode() + b"\n")
        err = proc.stderr.decode()
        assert proc.returncode == 2, err
        assert "written by a newer checkin" in err and "0099_future" in err and "checkin 0.12.0 or newer" in err
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert checked_in(path) == 2


@pytest.fixture
def write_protected(tmp_path):
    """A folder nobody may write, like a write-protected USB stick: a read-only bind mount as root
    (root may write anything else), a 0555 folder otherwise. Yields (writable side, read-only side)."""
    source, mounted = tmp_path / "stick-src", tmp_path / "stick"
    source.mkdir()
    mounted.mkdir()
    state = {}

    def protect():
        if os.geteuid() != 0:
            for f in source.iterdir():
                os.chmod(f, 0o444)
            os.chmod(source, 0o555)
            state["chmod"] = source
            return source
        for cmd in (["mount", "--bind", str(source), str(mounted)],
                    ["mount", "-o", "remount,ro,bind", str(mounted)]):
            done = subprocess.run(cmd, capture_output=True)
            if done.returncode != 0:
                pytest.skip(f"cannot make a read-only mount here ({done.stderr.decode().strip()})")
            state["mount"] = mounted
        return mounted

    yield source, protect
    if "mount" in state:
        subprocess.run(["umount", str(state["mount"])], check=True)
    if "chmod" in state:
        os.chmod(state["chmod"], 0o755)


def test_a_read_only_folder_opens_read_only_for_stats_and_export_and_refuses_scans(event, tmp_path,
                                                                                      write_protected):
    path, people = event
    source, protect = write_protected
    shutil.copy(path, source / "event.db")
    event_file = protect() / "event.db"
    proc = run("--db", event_file, "stats", "--json")
    assert proc.returncode == 0, proc.stderr
    stats = json.loads(proc.stdout)
    assert stats["registered"] == 300 and stats["checked_in"] == 2
    assert "opened for reading only" in proc.stderr.decode()
    proc = run("--db", event_file, "export", "--out", tmp_path / "csv")
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "csv" / "checkins.csv").read_text(encoding="utf-8-sig").count("\n") == 3
    proc = run("--db", event_file, "scan", "--stdin", stdin=people[5].code.encode() + b"\n")
    err = proc.stderr.decode()
    assert proc.returncode == 2 and err.count("\n") == 1
    assert "read-only" in err and "not a checkin event file" not in err
    assert sorted(p.name for p in event_file.parent.iterdir()) == ["event.db"]  # not even a -shm file
    assert checked_in(path) == 2


def test_a_scanner_waits_with_a_busy_message_while_another_program_holds_the_file(event):
    path, people = event
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # a long import: the write lock, held
    holder.execute("UPDATE attendees SET organisation = 'OIT' WHERE id = ?", (people[9].id,))
    proc = subprocess.Popen([*CLI, "--db", str(path), "scan", "--stdin", "--json"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        proc.stdin.write(people[5].code.encode() + b"\n")
        proc.stdin.flush()
        busy = proc.stderr.readline().decode()
        assert busy.startswith("checkin: busy: another program is writing to the event file")
        time.sleep(3)  # longer than one busy timeout: the scanner is still there, waiting
        assert proc.poll() is None
        holder.execute("COMMIT")
        line = json.loads(proc.stdout.readline())
        assert line["status"] == "accepted" and line["attendee_id"] == people[5].id
        assert "free again" in proc.stderr.readline().decode()
        proc.stdin.close()
        assert proc.wait(timeout=30) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
        holder.close()
    con = sqlite3.connect(path)
    assert con.execute("SELECT organisation FROM attendees WHERE id = ?", (people[9].id,)).fetchone()[0] == "OIT"
    con.close()
    assert checked_in(path) == 3


def test_a_deleted_wal_is_noticed_and_no_checkin_is_lost(event):
    path, people = event
    proc = subprocess.Popen([*CLI, "--db", str(path), "scan", "--stdin", "--json"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        proc.stdin.write(people[5].code.encode() + b"\n")
        proc.stdin.flush()
        assert json.loads(proc.stdout.readline())["status"] == "accepted"
        wal = path.with_name(path.name + "-wal")
        wal.unlink()  # "cleaning up" the folder while the station runs
        for p in people[6:8]:
            proc.stdin.write(p.code.encode() + b"\n")
            proc.stdin.flush()
            assert json.loads(proc.stdout.readline())["status"] == "accepted"
        warning = proc.stderr.readline().decode()
        assert warning.startswith("checkin: warning: event.db-wal was deleted while the app ran")
        # another program reads the file while the station still runs: it sees every check-in
        stats = run("--db", path, "stats", "--json")
        assert stats.returncode == 0, stats.stderr
        assert json.loads(stats.stdout)["checked_in"] == 5
    finally:
        proc.kill()  # and then the power goes
        proc.wait()
    assert checked_in(path) == 5
