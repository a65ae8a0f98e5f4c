"""``checkin export`` and ``checkin stats`` through the real command line."""

from __future__ import annotations

import csv
import json
import subprocess
import sys

import pytest

from checkin.cli import main
from checkin.store.attendees import list_attendees
from checkin.store.checkins import record_checkin
from checkin.store.db import Store


@pytest.fixture
def db(cli_db, data_dir):
    path = cli_db
    main(
        ["--db", str(path), "import", "attendees", str(data_dir / "registrations" / "excel_unicode_text.txt")]
    )
    with Store(path) as store:
        ahmed = next(a for a in list_attendees(store) if a.full_name == "أحمد بن علي")
        record_checkin(
            store,
            attendee_id=ahmed.id,
            attendee_uid=ahmed.uid,
            code=ahmed.code,
            session_id=None,
            station="Desk 1",
            method="camera",
            at="2027-03-17T08:05:00.000000Z",
        )
    return path


def test_export_writes_five_files_with_semicolons(db, tmp_path, capsys):
    out = tmp_path / "export"
    capsys.readouterr()
    assert main(["--db", str(db), "export", "--out", str(out), "--delimiter", ";"]) == 0
    printed = capsys.readouterr().out.split()
    assert [p.rsplit("/", 1)[-1] for p in printed] == [
        "checkins.csv",
        "session_attendance.csv",
        "attendees.csv",
        "no_shows.csv",
        "conflicts.csv",
    ]
    with open(out / "checkins.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f, delimiter=";"))
    assert [(r["name"], r["organisation"], r["time"], r["method"]) for r in rows] == [
        ("أحمد بن علي", "وزارة الشغل", "2027-03-17 09:05:00+01:00", "camera")
    ]
    with open(out / "no_shows.csv", encoding="utf-8-sig", newline="") as f:
        assert sorted(r["name"] for r in csv.DictReader(f, delimiter=";")) == [
            "Anne-Marie Nguyễn",
            "Zoë O'Connor",
        ]


def test_bad_delimiter_and_unwritable_folder_are_one_line(db, tmp_path, capsys):
    assert main(["--db", str(db), "export", "--out", str(tmp_path / "o"), "--delimiter", "|"]) == 2
    assert "--delimiter" in capsys.readouterr().err
    (tmp_path / "blocker").write_text("x")
    assert main(["--db", str(db), "export", "--out", str(tmp_path / "blocker" / "o")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "cannot create the folder" in err


def test_stats_json_and_text(db, capsys):
    capsys.readouterr()
    assert main(["--db", str(db), "stats", "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert (stats["registered"], stats["checked_in"], stats["no_shows"]) == (3, 1, 2)
    assert stats["arrivals_per_quarter_hour"] == [{"start": "2027-03-17 09:00+01:00", "count": 1}]
    assert main(["--db", str(db), "stats"]) == 0
    text = capsys.readouterr().out
    assert text.startswith("Séminaire: 3 registered, 0 cancelled, 1 checked in")
    assert "Ministres: 1 / 1" in text


@pytest.mark.parametrize("command", ["export", "stats"])
def test_help(command, capsys):
    with pytest.raises(SystemExit) as info:
        main([command, "--help"])
    assert info.value.code == 0 and f"usage: checkin {command}" in capsys.readouterr().out


def test_subprocess_export_error_has_no_traceback(db, tmp_path):
    (tmp_path / "blocker").write_text("x")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "checkin",
            "--db",
            str(db),
            "export",
            "--out",
            str(tmp_path / "blocker" / "x"),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1
