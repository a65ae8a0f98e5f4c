"""``checkin import attendees|sessions|access`` through the real command line."""

from __future__ import annotations

import subprocess
import sys

import pytest

from checkin.cli import main


def dump(path) -> str:
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()


@pytest.fixture
def db(cli_db):
    return cli_db


@pytest.fixture
def reg(data_dir):
    return data_dir / "registrations"


def test_import_attendees_reports_counts_and_lines(db, reg, capsys):
    capsys.readouterr()
    assert main(["--db", str(db), "import", "attendees", str(reg / "excel_fr_cp1252.csv")]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == (
        "imported attendees: 4 added, 0 updated, 0 unchanged, 3 skipped"
        " (read as Windows-1252, semicolon-separated)"
    )
    assert out[1:] == [
        "  line 8: no name; row skipped",
        "  line 9: bad e-mail address 'zoe.martin@'; row skipped",
        "  line 10: same e-mail as line 7; row skipped",
    ]
    assert main(["--db", str(db), "attendees", "--search", "helene"]) == 0
    assert "Hélène Lefèvre" in capsys.readouterr().out


def test_dry_run_writes_nothing(db, reg, capsys):
    before = dump(db)
    assert main(["--db", str(db), "import", "attendees", str(reg / "eventbrite.csv"), "--dry-run"]) == 0
    assert capsys.readouterr().out.startswith("would import attendees: 3 added")
    assert dump(db) == before


@pytest.mark.parametrize(
    "name, words",
    [
        ("workbook.xlsx", "not a workbook or CSV file"),
        ("photo.png", "PNG image"),
        ("no_name_column.csv", "no name column"),
        ("missing.csv", "no such file"),
    ],
)
def test_refusals_are_one_line_exit_2_and_change_nothing(db, reg, capsys, name, words):
    before = dump(db)
    capsys.readouterr()
    assert main(["--db", str(db), "import", "attendees", str(reg / name)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1 and words in captured.err and "nothing imported" in captured.err
    assert dump(db) == before


def test_import_sessions_and_access(db, reg, data_dir, capsys):
    main(["--db", str(db), "import", "attendees", str(reg / "excel_fr_cp1252.csv")])
    capsys.readouterr()
    assert main(["--db", str(db), "import", "sessions", str(data_dir / "sessions" / "sessions_fr.csv")]) == 0
    out = capsys.readouterr().out
    assert out.startswith("imported sessions: 3 added, 0 updated, 0 unchanged, 3 skipped")
    assert "line 5:" in out and "access list of 'Table ronde ministérielle': 2 added" in out
    listing = data_dir / "sessions" / "table_ronde.csv"
    assert main(["--db", str(db), "import", "access", "Table ronde ministérielle", str(listing)]) == 0
    assert "0 added, 0 updated, 2 unchanged, 1 skipped" in capsys.readouterr().out
    assert main(["--db", str(db), "import", "access", "Nope", str(listing)]) == 2
    assert "no session 'Nope'" in capsys.readouterr().err


def test_import_without_an_event_file_is_one_line(tmp_path, reg, capsys):
    assert main(["--db", str(tmp_path / "none.db"), "import", "attendees", str(reg / "pretix.csv")]) == 2
    assert "no event file" in capsys.readouterr().err
    assert not (tmp_path / "none.db").exists()


@pytest.mark.parametrize(
    "argv",
    [
        ["import", "--help"],
        ["import", "attendees", "--help"],
        ["import", "sessions", "--help"],
        ["import", "access", "--help"],
    ],
)
def test_help(argv, capsys):
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 0
    assert "usage: checkin import" in capsys.readouterr().out


def test_subprocess_refusal_has_no_traceback(db, reg):
    result = subprocess.run(
        [sys.executable, "-m", "checkin", "--db", str(db), "import", "attendees", str(reg / "workbook.xlsx")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1
    assert result.stderr.startswith("checkin: error: workbook.xlsx: this is a zipped document")
