"""Every input path survives anything: scanner lines in any encoding and of any length, images of
any claimed size, unreadable files in a folder source. Each case checks what the user sees and that
nothing accepted is lost."""

from __future__ import annotations

import json
import subprocess
import sys

import cv2
import numpy as np

from checkin.cli import main
from checkin.store.attendees import add_attendee
from checkin.text import MAX_SCANNED_CHARS
from hostile import huge_png
from scanframes import make_badge_image, qr_image


def lines(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def scan_log(store) -> list[tuple[str, str]]:
    return [(r[0], r[1]) for r in store.conn.execute("SELECT raw_code, status FROM scan_log ORDER BY id")]


def test_non_utf8_and_huge_scanner_lines_get_a_decision_and_the_station_goes_on(store):
    a = add_attendee(store, full_name="Hélène Lefèvre")
    b = add_attendee(store, full_name="أحمد بنعلي")
    stream = (b"caf\xe9\n"                       # Latin-1, as QR byte mode often carries it
              + a.code.encode() + b"\n"
              + b"\xff\xfe\x00\x81bin\x00ary\n"  # not text in any encoding, with NULs
              + b"Z" * 1_000_000 + b"\n"         # a stuck key or a binary file: 1 MB on one line
              + b.code.encode() + b"\r\n")
    proc = subprocess.run([sys.executable, "-m", "checkin", "--db", str(store.path), "scan", "--stdin", "--json"],
                          input=stream, capture_output=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == b""
    got = lines(proc.stdout.decode("utf-8"))
    assert [g["status"] for g in got] == ["invalid", "accepted", "invalid", "invalid", "accepted"]
    assert got[0]["code"] == "café" and got[0]["message"] == "Not a badge code"
    assert got[4]["name"] == "أحمد بنعلي"
    logged = scan_log(store)
    assert [s for _, s in logged] == ["invalid", "invalid", "invalid"]  # the admissions are their check-ins
    assert "\x00" not in logged[1][0] and "bin" in logged[1][0]
    # the 1 MB line is kept as its start and a note of how much was dropped, not whole
    assert len(logged[2][0]) < MAX_SCANNED_CHARS + 40 and logged[2][0].startswith("Z" * 100)
    assert "characters)" in logged[2][0]
    admitted = store.conn.execute("SELECT count(*) FROM checkins").fetchone()[0]
    assert admitted == 2


def test_decode_refuses_a_huge_image_header_and_an_empty_file_and_reads_the_next(tmp_path, capsys):
    huge = huge_png(tmp_path / "huge.png")  # 65535 x 65535 claimed: OpenCV asserts on it
    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    good = tmp_path / "badge.png"
    cv2.imwrite(str(good), qr_image("1ABC2DEFGH3JKMNPQR", module_px=6))
    code = main(["decode", str(huge), str(empty), str(good), "--json"])
    out, err = capsys.readouterr()
    assert code == 2
    got = lines(out)
    assert [g["file"] for g in got] == [str(huge), str(empty), str(good)]
    assert "65535 x 65535 pixels" in got[0]["error"]
    assert "empty file" in got[1]["error"]
    assert got[2]["codes"] == ["1ABC2DEFGH3JKMNPQR"] and "error" not in got[2]
    assert err.count("\n") == 2 and "internal error" not in err


def _badge_png(path, code):
    cv2.imwrite(str(path), make_badge_image(code, "X"))
    return path


def test_folder_scan_skips_unreadable_files_and_admits_the_rest(store, tmp_path, capsys):
    a = add_attendee(store, full_name="Zoë O'Connor")
    b = add_attendee(store, full_name="Sophie Lefèvre")
    folder = tmp_path / "shots"
    folder.mkdir()
    _badge_png(folder / "a_first.png", a.code)
    (folder / "b_empty.png").write_bytes(b"")
    huge_png(folder / "c_huge.png")
    (folder / "d_garbage.jpg").write_bytes(b"\xff\xd8 not a jpeg at all")
    _badge_png(folder / "e_last.png", b.code)
    code = main(["--db", str(store.path), "scan", "--source", str(folder), "--json"])
    out, err = capsys.readouterr()
    assert code == 0
    got = lines(out)
    assert [(g["status"], g["attendee_id"]) for g in got] == [("accepted", a.id), ("accepted", b.id)]
    skipped = err.splitlines()
    assert len(skipped) == 3 and all(line.startswith("checkin: skipped ") for line in skipped)
    assert "b_empty.png: empty file" in skipped[0] and "65535 x 65535" in skipped[1]
    assert "d_garbage.jpg: not an image" in skipped[2]


def test_numbered_sequence_with_an_empty_frame_goes_on_after_it(store, tmp_path, capsys):
    a = add_attendee(store, full_name="Zoë O'Connor")
    b = add_attendee(store, full_name="Sophie Lefèvre")
    folder = tmp_path / "frames"
    folder.mkdir()
    blank = np.full((480, 640, 3), 255, np.uint8)
    cv2.imwrite(str(folder / "frame_00001.png"), make_badge_image(a.code, "A"))
    cv2.imwrite(str(folder / "frame_00002.png"), blank)
    (folder / "frame_00003.png").write_bytes(b"")  # a camera app that died mid-write
    cv2.imwrite(str(folder / "frame_00004.png"), blank)
    cv2.imwrite(str(folder / "frame_00005.png"), make_badge_image(b.code, "B"))
    code = main(["--db", str(store.path), "scan", "--source", str(folder), "--json"])
    out, err = capsys.readouterr()
    assert code == 0
    assert [g["attendee_id"] for g in lines(out)] == [a.id, b.id]
    assert err.count("skipped") == 1 and "frame_00003.png: empty file" in err
