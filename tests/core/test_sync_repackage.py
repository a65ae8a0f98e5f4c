"""A newer package of a station (``checkin package --again``): late registrations reach a laptop that
already recorded check-ins, and a replacement laptop carries on after the records already merged."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def _cli(db: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "checkin", "--db", str(db), *args], input=stdin,
                          capture_output=True, text=True, cwd=REPO, timeout=120)


def _ok(db: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    out = _cli(db, *args, stdin=stdin)
    assert out.returncode == 0, out.stderr
    return out


def _scan(db: Path, *codes: str) -> list[dict]:
    out = _ok(db, "scan", "--stdin", "--json", stdin="".join(c + "\n" for c in codes))
    return [json.loads(line) for line in out.stdout.splitlines()]


def _people(db: Path) -> list[dict]:
    return json.loads(_ok(db, "attendees", "--json").stdout)


def test_package_again_brings_late_registrations_and_keeps_every_record(tmp_path):
    master, desk, folder = tmp_path / "master.db", tmp_path / "desk1.db", tmp_path / "sync"
    folder.mkdir()
    _ok(master, "init", "--name", "Séminaire OIT", "--date", "2027-03-17", "--timezone", "Africa/Casablanca")
    first = tmp_path / "registrations.csv"
    first.write_text("Prénom;Nom;Email\nHélène;Lefèvre;h@example.org\nZoë;O'Connor;z@example.org\n",
                     encoding="utf-8")
    _ok(master, "import", "attendees", str(first))
    _ok(master, "package", "--station", "Desk 1", "--out", str(tmp_path / "desk1.pkg"))
    _ok(desk, "join", str(tmp_path / "desk1.pkg"))
    codes = [p["code"] for p in _people(desk)]
    assert [d["status"] for d in _scan(desk, *codes)] == ["accepted", "accepted"]

    # A late registration on the organiser's file; a plain second package of "Desk 1" is refused.
    late = tmp_path / "late.csv"
    late.write_text("Prénom;Nom;Email\nمحمد;العلوي;m@example.org\n", encoding="utf-8")
    _ok(master, "import", "attendees", str(late))
    again = _cli(master, "package", "--station", "Desk 1", "--out", str(tmp_path / "x.pkg"))
    assert again.returncode == 2 and "--again" in again.stderr and "Traceback" not in again.stderr
    _ok(master, "package", "--station", "Desk 1", "--again", "--out", str(tmp_path / "desk1-v2.pkg"))
    joined = _ok(desk, "join", str(tmp_path / "desk1-v2.pkg"))
    assert "updated" in joined.stdout and "nothing this station recorded was changed" in joined.stdout
    late_code = next(p["code"] for p in _people(master) if p["email"] == "m@example.org")
    [decision] = _scan(desk, late_code)
    assert decision["status"] == "accepted" and decision["name"] == "محمد العلوي"
    assert sum(p["checked_in"] for p in _people(desk)) == 3  # the two earlier check-ins are still there


def test_a_replacement_laptop_carries_on_after_the_records_already_merged(tmp_path):
    master, folder = tmp_path / "master.db", tmp_path / "sync"
    folder.mkdir()
    _ok(master, "demo")
    _ok(master, "package", "--station", "Desk 1", "--out", str(tmp_path / "desk1.pkg"))
    old, new = tmp_path / "old-laptop.db", tmp_path / "new-laptop.db"
    _ok(old, "join", str(tmp_path / "desk1.pkg"))
    codes = [p["code"] for p in _people(master) if not p["checked_in"] and p["status"] != "cancelled"][:3]
    assert [d["status"] for d in _scan(old, *codes[:2])] == ["accepted", "accepted"]
    _ok(old, "sync", "folder", str(folder))
    _ok(master, "sync", "folder", str(folder))
    # The old laptop breaks; the organiser packages Desk 1 again for a new one.
    _ok(master, "package", "--station", "Desk 1", "--again", "--out", str(tmp_path / "desk1-v2.pkg"))
    _ok(new, "join", str(tmp_path / "desk1-v2.pkg"))
    assert [d["status"] for d in _scan(new, codes[0])] == ["duplicate"]  # it knows what the old one did
    [third] = _scan(new, codes[2])
    assert third["status"] == "accepted" and third["station"] == "Desk 1"
    _ok(new, "sync", "folder", str(folder))
    _ok(master, "sync", "folder", str(folder))
    out = tmp_path / "export"
    _ok(master, "export", "--out", str(out))
    with open(out / "checkins.csv", encoding="utf-8-sig", newline="") as f:
        rows = [r for r in csv.DictReader(f) if r["station"] == "Desk 1"]
    assert len(rows) == 3  # two by the old laptop, one by the new: none lost, none overwritten


def test_package_again_is_only_for_a_station_made_before(tmp_path):
    master = tmp_path / "master.db"
    _ok(master, "demo")
    unknown = _cli(master, "package", "--station", "Desk 9", "--again", "--out", str(tmp_path / "x.pkg"))
    assert unknown.returncode == 2 and "no station called 'Desk 9'" in unknown.stderr
    assert not (tmp_path / "x.pkg").exists()
