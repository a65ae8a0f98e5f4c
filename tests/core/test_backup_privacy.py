"""Backups without thinking, restoring one in one command, private files, and purging an event."""

from __future__ import annotations

import json
import random
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from checkin.cli import main
from checkin.decision import decide
from checkin.store.attendees import add_attendee
from checkin.store.backup import backup_folder, backup_now, list_backups
from checkin.store.db import Store

CLI = [sys.executable, "-m", "checkin"]


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def run(*args, stdin: bytes | None = None):
    return subprocess.run([*CLI, *map(str, args)], input=stdin, capture_output=True, timeout=60)


def count(path: Path, sql: str) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


def test_backups_rotate_are_private_and_complete_while_the_file_is_open(store, tmp_path):
    people = [add_attendee(store, full_name=f"P {i}") for i in range(5)]
    stick = tmp_path / "stick"
    for i, p in enumerate(people):
        decide(store, p.code, station="Desk", method="scanner")
        backup_now(store, second_folder=stick, keep=3)
    beside = list_backups(store.path)
    assert len(beside) == 3 and len(list(stick.glob("*.db"))) == 3
    assert mode(backup_folder(store.path)) == 0o700
    assert {mode(p) for p in beside} == {0o600}
    assert count(beside[0], "SELECT count(*) FROM checkins") == 5  # the newest has every check-in
    assert count(beside[-1], "SELECT count(*) FROM checkins") == 3
    assert not list(backup_folder(store.path).glob("*-wal")) and not list(stick.glob("*.part"))


def test_a_damaged_file_is_restored_from_the_newest_backup_in_one_command(store):
    people = [add_attendee(store, full_name=f"Participant {i:03d}") for i in range(300)]
    for p in people[:3]:
        decide(store, p.code, station="Desk", method="scanner")
    store.close()
    assert run("--db", store.path, "backup").returncode == 0
    path = store.path
    with open(path, "r+b") as f:  # a bad sector
        f.seek(4096 * (path.stat().st_size // 4096 // 2))
        f.write(random.Random(3).randbytes(4096))
    refused = run("--db", path, "scan", "--stdin", stdin=people[4].code.encode() + b"\n")
    assert refused.returncode == 2 and f"'checkin --db {path} restore'" in refused.stderr.decode()
    restored = run("--db", path, "restore")
    assert restored.returncode == 0, restored.stderr
    assert "restored" in restored.stdout.decode() and "replaced file is kept" in restored.stdout.decode()
    assert mode(path) == 0o600
    assert len(list(path.parent.glob("event.db.replaced-*"))) == 1  # the damaged file is kept aside
    scan = run("--db", path, "scan", "--stdin", "--json", stdin=people[4].code.encode() + b"\n")
    assert scan.returncode == 0, scan.stderr
    assert json.loads(scan.stdout)["status"] == "accepted"
    assert count(path, "SELECT count(*) FROM checkins") == 4  # the three from before, and the new one


def test_restore_without_any_backup_is_one_line(cli_db, capsys):
    assert main(["--db", str(cli_db), "restore"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no backup found" in err


def test_the_data_folder_event_file_and_journal_are_private(tmp_path, capsys):
    assert main(["init", "--name", "Séminaire", "--timezone", "Africa/Casablanca"]) == 0
    folder = tmp_path / "xdg-data" / "checkin"  # the user data folder (XDG_DATA_HOME of the test)
    assert mode(folder) == 0o700 and mode(folder / "event.db") == 0o600
    with Store(folder / "event.db") as store:
        add_attendee(store, full_name="Hélène Lefèvre", email="helene@example.org")
        for side in ("event.db-wal", "event.db-shm"):
            assert mode(folder / side) == 0o600


def test_exports_are_private_unless_shared(cli_db, tmp_path, capsys):
    assert main(["--db", str(cli_db), "export", "--out", str(tmp_path / "private")]) == 0
    assert "readable only by you" in capsys.readouterr().err
    assert {mode(p) for p in (tmp_path / "private").iterdir()} == {0o600}
    assert main(["--db", str(cli_db), "export", "--out", str(tmp_path / "shared"), "--shared"]) == 0
    assert "readable by every user" in capsys.readouterr().err
    assert {mode(p) for p in (tmp_path / "shared").iterdir()} == {0o644}


def test_badge_images_are_private(cli_db, tmp_path):
    with Store(cli_db) as store:
        add_attendee(store, full_name="Zoë O'Connor")
    # its own process: the renderer starts a QGuiApplication, which widget tests could not share
    done = run("--db", cli_db, "badges", "--png-dir", tmp_path / "png")
    assert done.returncode == 0, done.stderr
    assert {mode(p) for p in (tmp_path / "png").iterdir()} == {0o600}


@pytest.fixture
def finished_event(store):
    a = add_attendee(store, full_name="Hélène Lefèvre", email="helene.lefevre@example.org",
                     organisation="Ministère de l'Emploi", category="Officiel")
    b = add_attendee(store, full_name="Zoë O'Connor", email="zoe@example.org", category="Presse")
    add_attendee(store, full_name="Ahmed Ben Ali", email="ahmed@example.org", category="Presse")
    decide(store, a.code, station="Desk", method="scanner")
    decide(store, b.code, station="Desk", method="scanner")
    decide(store, "http://garbage.example/Lefèvre", station="Desk", method="scanner")
    from checkin.store.aliases import set_ticket_code

    assert set_ticket_code(store, a.id, "TICKET-LEFEVRE-0042", source="pretix")  # a registration tool's code
    backup_now(store)
    store.close()
    return store.path


def _personal_bytes_left(path: Path) -> list[bytes]:
    blob = b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*") if p.is_file())
    return [w for w in ("Lefèvre".encode(), b"example.org", "Ministère".encode(), b"O'Connor", b"TICKET-LEFEVRE")
            if w in blob]


def test_purge_needs_yes_and_changes_nothing_without_it(finished_event, capsys):
    assert main(["--db", str(finished_event), "purge"]) == 2
    assert "--yes" in capsys.readouterr().err
    assert count(finished_event, "SELECT count(*) FROM attendees WHERE email != ''") == 3


def test_purge_keeping_counts_erases_every_name_and_keeps_the_numbers(finished_event, capsys):
    assert main(["--db", str(finished_event), "stats", "--json"]) == 0
    before = json.loads(capsys.readouterr().out)
    assert main(["--db", str(finished_event), "purge", "--yes", "--keep-counts"]) == 0
    said = capsys.readouterr().out
    assert "3 attendee(s)" in said and "1 backup(s) deleted" in said
    assert main(["--db", str(finished_event), "stats", "--json"]) == 0
    after = json.loads(capsys.readouterr().out)
    for key in ("registered", "checked_in", "categories", "no_shows"):
        assert after[key] == before[key]
    assert _personal_bytes_left(finished_event) == []
    assert list_backups(finished_event) == []


def test_purge_without_counts_leaves_only_the_event_and_sessions(finished_event, capsys):
    assert main(["--db", str(finished_event), "purge", "--yes"]) == 0
    assert "2 check-in(s) deleted" in capsys.readouterr().out
    assert main(["--db", str(finished_event), "stats", "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["registered"] == 0 and stats["checked_in"] == 0 and stats["event"] == "Test seminar"
    assert _personal_bytes_left(finished_event) == []
    conn = sqlite3.connect(finished_event)  # nor who was inside when, by attendee number
    assert conn.execute("SELECT COUNT(*) FROM presence").fetchone()[0] == 0
    assert conn.execute("SELECT COALESCE(SUM(inside), 0) FROM presence_counts").fetchone()[0] == 0
    conn.close()


def test_the_mail_merge_pack_is_private(store, tmp_path):
    from checkin.report.mailmerge import write_mailmerge

    add_attendee(store, full_name="Zoë O'Connor", email="zoe@example.org")
    pack = write_mailmerge(store, tmp_path / "pack")
    assert {mode(p) for p in (pack.csv, *pack.images)} == {0o600}  # names, e-mails and badge QR codes


def test_the_report_pdf_is_private(cli_db, tmp_path):
    with Store(cli_db) as store:
        add_attendee(store, full_name="Zoë O'Connor")
    done = run("--db", cli_db, "report", "--pdf", tmp_path / "report.pdf")  # Qt: its own process
    assert done.returncode == 0, done.stderr
    assert mode(tmp_path / "report.pdf") == 0o600
