"""``checkin decode`` and ``checkin scan``: the exact line formats, errors, and durability under SIGKILL."""

from __future__ import annotations

import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import cv2
import numpy as np
import pytest

from checkin.cli import main
from checkin.store.attendees import add_attendee
from checkin.store.event import station_name
from scanframes import qr_image

REPO = Path(__file__).resolve().parents[2]
SCAN_KEYS = {"code", "status", "attendee_id", "name", "checkpoint", "station", "at", "message"}


def lines(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_decode_json_one_line_per_image_and_errors(tmp_path, data_dir, capsys):
    good = tmp_path / "badge.png"
    cv2.imwrite(str(good), qr_image("1ABC2DEFGH3JKMNPQR", module_px=6))
    empty = tmp_path / "empty.png"
    cv2.imwrite(str(empty), np.full((60, 80), 255, np.uint8))
    bad = tmp_path / "broken.png"
    bad.write_bytes(b"\x89PNG not really")
    sample = data_dir / "qr" / "qrcode-2-10.png"
    code = main(["decode", str(good), str(bad), str(empty), str(sample), "--json"])
    out, err = capsys.readouterr()
    assert code == 2
    got = lines(out)
    assert [g["file"] for g in got] == [str(good), str(bad), str(empty), str(sample)]
    assert got[0]["codes"] == ["1ABC2DEFGH3JKMNPQR"] and isinstance(got[0]["ms"], float)
    assert "error" in got[1] and got[1]["codes"] == [] and "error" not in got[0]
    assert got[2]["codes"] == []
    assert got[3]["codes"] == [(data_dir / "qr" / "qrcode-2-10.txt").read_bytes().decode("utf-8")]
    assert err.count("\n") == 1 and "broken.png" in err


def test_decode_all_good_exits_0(tmp_path, capsys):
    good = tmp_path / "b.png"
    cv2.imwrite(str(good), qr_image("HELLO", module_px=5))
    assert main(["decode", str(good)]) == 0
    assert capsys.readouterr().out.strip() == f"{good}: HELLO"


def run_stdin(monkeypatch, capsys, store, text, *extra):
    data = text.encode("utf-8") if isinstance(text, str) else text
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    code = main(["--db", str(store.path), "scan", "--stdin", "--json", *extra])
    out, err = capsys.readouterr()
    return code, lines(out), err


def test_scan_stdin_prints_one_committed_line_per_code(store, monkeypatch, capsys):
    a = add_attendee(store, full_name="Hélène Lefèvre")
    b = add_attendee(store, full_name="أحمد بنعلي")
    text = f"{a.code}\n\n{b.code.lower()}\n{a.code}\nhttp://example.org\n"
    code, got, err = run_stdin(monkeypatch, capsys, store, text)
    assert code == 0 and err == ""
    assert all(SCAN_KEYS <= set(g) for g in got)
    assert [g["status"] for g in got] == ["accepted", "accepted", "duplicate", "invalid"]
    assert got[1]["name"] == "أحمد بنعلي" and got[1]["attendee_id"] == b.id
    assert {g["station"] for g in got} == {station_name(store)}
    assert got[0]["checkpoint"] == "Entrance" and got[0]["method"] == "scanner"
    # the entrance is what 'checkin attendees --json' reports as checked_in
    assert main(["--db", str(store.path), "attendees", "--json"]) == 0
    people = {p["id"]: p["checked_in"] for p in json.loads(capsys.readouterr().out)}
    assert people == {a.id: True, b.id: True}


def test_scan_session_and_station(store, monkeypatch, capsys):
    a = add_attendee(store, full_name="Omar Benali")
    sid = store.db["sessions"].insert({"title": "Plénière 1", "capacity": 100, "restricted": 0}).last_pk
    code, got, _ = run_stdin(monkeypatch, capsys, store, a.code + "\n", "--session", str(sid), "--station", "Salle A")
    assert code == 0
    assert (got[0]["status"], got[0]["checkpoint"], got[0]["station"]) == ("accepted", "Plénière 1", "Salle A")


def test_scan_bad_session_is_one_line_exit_2(store, monkeypatch, capsys):
    code, got, err = run_stdin(monkeypatch, capsys, store, "x\n", "--session", "999")
    assert code == 2 and got == []
    assert err.count("\n") == 1 and "999" in err


def test_scan_missing_source_is_one_line_exit_2(store, capsys):
    assert main(["--db", str(store.path), "scan", "--source", str(store.path.parent / "nope.avi")]) == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_sigkill_loses_no_printed_acceptance(store, tmp_path):
    people = [add_attendee(store, full_name=f"Participant {i}") for i in range(40)]
    store.close()
    env = dict(os.environ, PYTHONPATH=str(REPO))
    proc = subprocess.Popen([sys.executable, "-m", "checkin", "--db", str(store.path), "scan", "--stdin", "--json"],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=env, cwd=REPO, bufsize=1)
    printed = []
    try:
        for p in people[:12]:
            proc.stdin.write(p.code + "\n")
            proc.stdin.flush()
            printed.append(json.loads(proc.stdout.readline()))
            time.sleep(0.02)
        # more codes in flight when the kill lands, right after a line was read: a decision printed
        # before its commit would be lost here
        for p in people[12:]:
            proc.stdin.write(p.code + "\n")
        proc.stdin.flush()
        printed.append(json.loads(proc.stdout.readline()))
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    accepted = [d for d in printed if d["status"] == "accepted"]
    assert len(accepted) == 13
    conn = sqlite3.connect(store.path)
    recorded = {r[0] for r in conn.execute("SELECT code FROM live_checkins")}
    assert {d["code"] for d in accepted} <= recorded
    # a plain admission is its check-in: no scan-log line repeats it (checkin.decision._plain_admission)
    assert conn.execute("SELECT COUNT(*) FROM scan_log WHERE status = 'accepted'").fetchone()[0] == 0
    assert proc.returncode == -signal.SIGKILL


@pytest.mark.parametrize("args", [["scan"], ["scan", "--stdin", "--source", "0"]])
def test_scan_needs_exactly_one_input(store, args, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--db", str(store.path), *args])
    assert exc.value.code == 2


def test_scan_camera_survives_an_unplug_and_goes_on_after_replug(store, monkeypatch, capsys):
    """The camera path of 'scan': a camera that is pulled out mid-stream and plugged back in."""
    from checkin.scan import sources
    from scanframes import Shot, make_badge_image, render_shot_frame

    a, b = add_attendee(store, full_name="Before Unplug"), add_attendee(store, full_name="After Replug")
    frame_a = render_shot_frame(Shot(make_badge_image(a.code, "A"), height=0.7), 0.5)
    frame_b = render_shot_frame(Shot(make_badge_image(b.code, "B"), height=0.7), 0.5)
    # what the device does on each read, across opens: frames, then unplugged, then frames again
    script = {"opens": 0, "reads": 0}

    class ScriptedCamera:
        def __init__(self, index):
            script["opens"] += 1
            self.ok = script["opens"] != 2  # the first reopen finds no camera (still unplugged)

        def isOpened(self):
            return self.ok

        def set(self, *_):
            return True

        def release(self):
            pass

        def read(self):
            script["reads"] += 1
            n = script["reads"]
            if n <= 6:
                return True, frame_a
            if script["opens"] == 1:
                return False, None  # pulled out
            if n > 40:
                raise KeyboardInterrupt  # the operator stops the scan
            return True, frame_b

    monkeypatch.setattr(sources.cv2, "VideoCapture", ScriptedCamera)
    code = main(["--db", str(store.path), "scan", "--source", "0", "--json"])
    out, err = capsys.readouterr()
    assert code == 130
    assert [(d["name"], d["status"], d["method"]) for d in lines(out)] == [
        ("Before Unplug", "accepted", "camera"), ("After Replug", "accepted", "camera")]
    assert "stopped sending images" in err and "is back" in err


def test_scan_session_only_does_not_count_the_entry_as_arrival(cli_db, capsys, monkeypatch):
    import io
    import json

    from checkin.cli import main
    from checkin.store.attendees import add_attendee
    from checkin.store.checkins import checked_in_ids
    from checkin.store.db import Store
    from checkin.store.sessions import add_session

    with Store(cli_db) as store:
        a = add_attendee(store, full_name="Hélène Lefèvre")
        b = add_attendee(store, full_name="John Smith")
        sid = add_session(store, title="Plenary").id
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(f"{a.code}\n".encode())))
    assert main(["--db", str(cli_db), "scan", "--stdin", "--session", str(sid), "--json"]) == 0
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(f"{b.code}\n".encode())))
    assert main(["--db", str(cli_db), "scan", "--stdin", "--session", str(sid), "--session-only", "--json"]) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [x["status"] for x in lines] == ["accepted", "accepted"]
    with Store(cli_db) as store:
        assert checked_in_ids(store) == {a.id}
