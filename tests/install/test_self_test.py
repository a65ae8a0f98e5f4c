"""``checkin-app --self-test`` from the checkout (the bundle's own run is in test_bundle.py)."""

from __future__ import annotations

import os
import subprocess
import sys


def test_self_test_runs_the_whole_chain_and_prints_one_line(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_CONFIG_HOME=str(tmp_path / "config"))
    out = subprocess.run([sys.executable, "-m", "checkin.ui.app", "--self-test"], capture_output=True, text=True,
                         env=env, timeout=120)
    assert out.returncode == 0, out.stdout + out.stderr
    lines = out.stdout.splitlines()
    assert len(lines) == 1 and lines[0].startswith("checkin self-test ok: ")
    assert "badge rendered and decoded" in lines[0] and "5 files exported" in lines[0]


def test_self_test_names_the_step_that_fails(qapp, monkeypatch):  # qapp: a QApplication, not the
    # QGuiApplication the badge renderer would create, which later widget tests could not use
    from checkin.ui import self_test

    monkeypatch.setattr("checkin.scan.decoder.decode_frame", lambda image: [])  # a decoder that reads nothing
    ok, line = self_test.run_self_test()
    assert not ok
    assert line.startswith("checkin self-test FAILED at 'decode the badge (OpenCV, zxing-cpp)'")
    assert "read [] from the badge" in line
