"""The mail-merge pack, and its QR read off a phone screen at the door (moiré, glare) by the real scanner."""

from __future__ import annotations

import csv
import json

import cv2
import numpy as np
import pytest
from phonephoto import phone_screen, photograph, subpixel_grid

from checkin.cli import main
from checkin.scan.decoder import decode_frame


def _pack(report_store, tmp_path, capsys, *extra):
    out = tmp_path / "pack"
    assert main(["--db", str(report_store.path), "mailmerge", "--out", str(out), *extra]) == 0
    printed = capsys.readouterr().out
    return out, printed


def _rows(path, delimiter=","):
    text = path.read_bytes()
    assert text.startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 only with the BOM
    return list(csv.DictReader(text.decode("utf-8-sig").splitlines(), delimiter=delimiter))


def test_csv_and_one_qr_per_registered_person(report_store, tmp_path, capsys):
    out, printed = _pack(report_store, tmp_path, capsys)
    rows = _rows(out / "mailmerge.csv")
    people = report_store.people
    assert sorted(r["full_name"] for r in rows) == sorted(
        p.full_name for p in people.values() if p.status != "cancelled")  # Omar cancelled: no e-mail
    assert "6 QR image(s)" in printed and "6 person(s) have no e-mail address" in printed
    arabic = next(r for r in rows if r["first_name"] == "سعاد")
    assert arabic["badge_code"] == people["سعاد"].code
    assert arabic["badge_code_text"].replace("-", "") == arabic["badge_code"]
    for row in rows:
        image = cv2.imread(str(out / row["qr_file"]), cv2.IMREAD_GRAYSCALE)
        assert 600 <= image.shape[1] <= 660 and image.shape[0] == image.shape[1]  # a phone screen's width
        assert decode_frame(image) == [row["badge_code"]]


def test_semicolon_csv_and_an_unwritable_folder(report_store, tmp_path, capsys):
    out, _ = _pack(report_store, tmp_path, capsys, "--delimiter", ";")
    assert len(_rows(out / "mailmerge.csv", ";")) == 6
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert main(["--db", str(report_store.path), "mailmerge", "--out", str(blocker / "x")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "cannot create the folder" in err


@pytest.fixture
def door_store(fresh_store):
    """An event with a fixed key and badge id, so the QR (and so the photo) is the same on every run."""
    from checkin.codes import issue_code
    from checkin.store.attendees import add_attendee
    from checkin.store.event import create_event

    keys = create_event(fresh_store, "Séminaire", date="2027-03-17", timezone="Africa/Casablanca",
                        key_hex="5e" * 32).keys
    fresh_store.helene = add_attendee(fresh_store, first_name="Hélène", last_name="Lefèvre",
                                      email="helene@example.org", code=issue_code(keys, "HE7ENE"))
    return fresh_store


@pytest.mark.parametrize("phone_width, glare", [(400, 0.0), (340, 0.7), (380, 0.85)])
def test_a_phone_screen_photo_of_the_qr_admits_its_holder(door_store, tmp_path, capsys, phone_width, glare):
    """The QR e-mailed to Hélène, on her phone, held up to the desk webcam: she is checked in."""
    out, _ = _pack(door_store, tmp_path, capsys)
    helene = door_store.helene
    qr = cv2.imread(str(out / "qr" / f"{helene.id}.png"), cv2.IMREAD_GRAYSCALE)
    frame = photograph(subpixel_grid(phone_screen(qr)), glare=glare, phone_width=phone_width)
    # the frame really is hard: moiré bands (colour swings across the white screen), glare when asked
    hue_spread = np.ptp(frame[300:420, 560:720].astype(int).mean(axis=0), axis=0).max()
    assert hue_spread > 40 and (frame.max() >= 235 or not glare)
    luminance = cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)
    assert decode_frame(luminance) == []  # a luminance-only reader misses it
    folder = tmp_path / "door"  # held up for a second: 15 frames (the image source's rate), each its own noise
    folder.mkdir()
    for seed in range(15):
        shot = photograph(subpixel_grid(phone_screen(qr)), glare=glare, phone_width=phone_width, seed=seed)
        cv2.imwrite(str(folder / f"frame_{seed:03d}.png"), shot)
    assert main(["--db", str(door_store.path), "scan", "--source", str(folder), "--station", "Door",
                 "--json"]) == 0
    decisions = [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.strip()]
    seen = [(d["code"], d["name"], d["status"]) for d in decisions]
    assert seen == [(helene.code, helene.full_name, "accepted")]  # once, however many frames read it
