"""Installable anywhere: the wheel built from the checkout, installed (not editable) into a fresh
virtual environment with its real dependencies, runs ``checkin demo`` with its own migrations,
translations and demo data."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def sh(*cmd, cwd=None, timeout=900):
    done = subprocess.run([str(c) for c in cmd], cwd=cwd, capture_output=True, text=True, timeout=timeout)
    assert done.returncode == 0, f"{cmd}: {done.stderr[-2000:]}"
    return done.stdout


@pytest.mark.slow
def test_the_wheel_installs_in_a_fresh_venv_and_runs_the_demo(tmp_path):
    sh(sys.executable, ROOT / "scripts" / "build_translations.py")  # the .qm files go into the wheel
    sh(sys.executable, "-m", "pip", "wheel", ROOT, "--no-deps", "-q", "-w", tmp_path / "dist")
    wheel = next((tmp_path / "dist").glob("checkin-*.whl"))
    sh(sys.executable, "-m", "venv", tmp_path / "venv")
    bindir = tmp_path / "venv" / ("Scripts" if os.name == "nt" else "bin")
    sh(bindir / "python", "-m", "pip", "install", "-q", "-c", ROOT / "packaging" / "constraints.txt", wheel)
    work = tmp_path / "elsewhere"  # not the checkout: nothing may come from the source tree
    work.mkdir()
    where = sh(bindir / "python", "-c", "import checkin.paths as p; print(p.base_dir())", cwd=work).strip()
    assert "site-packages" in where and ROOT.as_posix() not in where
    base = Path(where)
    assert (base / "db" / "0001_init.sql").is_file()
    assert (base / "resources" / "translations" / "checkin_fr.qm").is_file()
    assert (base / "resources" / "demo" / "attendees.csv").is_file()
    sh(bindir / "checkin", "--db", work / "demo.db", "demo", cwd=work)
    stats = json.loads(sh(bindir / "checkin", "--db", work / "demo.db", "stats", "--json", cwd=work))
    assert stats["registered"] > 50 and stats["sessions"]
