"""The whole camera pipeline on real frames through cv2.VideoCapture: badges in, decisions out.

The video is written by the test with cv2.VideoWriter from the project's own
badges (rendered by ``checkin badges --png-dir``, in a subprocess so this core
test stays free of Qt), tilted, blurred, dimmed, moving, with one badge shown
twice, one forged and one garbage QR.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import cv2
import pytest

from checkin.cli import main
from checkin.codes import ALPHABET
from checkin.scan.pipeline import ScanPipeline
from checkin.scan.sources import ImageSequenceSource, VideoFileSource, open_source
from checkin.store.attendees import add_attendee
from checkin.store.checkins import checked_in_ids
from scanframes import Shot, make_badge_image, write_badge_images, write_badge_video

NAMES = [("Hélène Lefèvre", "Ministère de l'Emploi"), ("أحمد بنعلي", "وزارة الشغل"),
         ("John Smith", "ILO"), ("Amina El Alaoui", "UMT"), ("Omar Benali", "Press")]


def render_badges(store, people, out: Path) -> list:
    """The project's badge PNGs when the renderer is there; the test generator otherwise."""
    if importlib.util.find_spec("checkin.ui.render.badge_render") is not None:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        subprocess.run([sys.executable, "-m", "checkin", "--db", str(store.path), "badges", "--png-dir", str(out)],
                       check=True, capture_output=True, env=env, timeout=120)
        return [cv2.imread(str(out / f"{p.id}.png")) for p in people]
    return [make_badge_image(p.code, p.full_name, p.organisation) for p in people]  # pragma: no cover


def forge(code: str) -> str:
    """The same event tag and badge id with a MAC that does not match."""
    last = ALPHABET[(ALPHABET.index(code[-1]) + 1) % 32]
    return code[:-1] + last


@pytest.fixture
def scene(store, tmp_path):
    people = [add_attendee(store, full_name=n, organisation=o) for n, o in NAMES]
    badges = render_badges(store, people, tmp_path / "badges")
    forged = make_badge_image(forge(people[0].code), "Forged Person", "Nowhere")
    garbage = make_badge_image("https://example.org/ticket?id=42", "Some flyer")
    gap = Shot(None, 0.6)
    shots = [
        Shot(None, 0.5),
        Shot(badges[0], 1.0, height=0.8),                              # straight on
        gap,
        Shot(badges[1], 1.0, height=0.8, tilt=35, angle=12),           # tilted and rotated
        gap,
        Shot(badges[2], 1.0, height=0.75, blur=1.6),                   # out of focus
        gap,
        Shot(badges[3], 1.0, height=0.7, light=0.35, noise=4),         # dim room
        gap,
        Shot(badges[4], 1.2, height=0.7, move=(420, 60), tilt=15),      # walking past
        Shot(None, 1.6),                                               # long enough to be a new showing
        Shot(badges[0], 1.0, height=0.7, angle=-8),                    # the first badge again
        gap,
        Shot(forged, 1.0, height=0.75),
        gap,
        Shot(garbage, 1.0, height=0.75),
        Shot(None, 0.5),
    ]
    expected = [(p.code, "accepted") for p in people] + [
        (people[0].code, "duplicate"), (forge(people[0].code), "invalid"),
        ("https://example.org/ticket?id=42", "invalid"),
    ]
    return people, shots, expected


def _decisions(capsys) -> list[dict]:
    import json

    return [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.strip()]


def test_video_through_videocapture_gives_exactly_the_expected_decisions(store, scene, tmp_path, capsys):
    people, shots, expected = scene
    video = write_badge_video(tmp_path / "desk.avi", shots, fps=15)
    assert isinstance(open_source(str(video)), VideoFileSource)
    capsys.readouterr()
    assert main(["--db", str(store.path), "scan", "--source", str(video), "--station", "Desk 1", "--json"]) == 0
    lines = _decisions(capsys)
    assert [(d["code"], d["status"]) for d in lines] == expected
    assert lines[5]["message"].startswith("Already checked in at")
    assert lines[6]["message"] == "Altered or forged badge"
    assert {d["name"] for d in lines[:5]} == {n for n, _ in NAMES}
    assert checked_in_ids(store) == {p.id for p in people}
    # every decision is recorded once: an admission as its check-in, any other verdict as a scan-log line
    assert store.conn.execute("SELECT COUNT(*) FROM scan_log").fetchone()[0] == sum(
        status != "accepted" for _, status in expected)
    assert store.conn.execute("SELECT COUNT(*) FROM checkins").fetchone()[0] == sum(
        status == "accepted" for _, status in expected)


def test_image_folder_source_gives_the_same_scans(scene, tmp_path):
    _people, shots, expected = scene
    files = write_badge_images(tmp_path / "frames", shots, fps=8)
    source = open_source(str(tmp_path / "frames"), fps=8)
    assert isinstance(source, ImageSequenceSource) and source._cap is not None  # read by cv2.VideoCapture
    with source:
        seen = [s.text for s in ScanPipeline().run(source)]
    assert seen == [code for code, _ in expected]
    assert len(files) == sum(max(1, round(s.seconds * 8)) for s in shots)


def test_video_timestamps_are_media_time(tmp_path):
    video = write_badge_video(tmp_path / "blank.avi", [Shot(None, 2.0)], fps=10)
    with VideoFileSource(video) as src:
        times = [f.t for f in src]
    assert len(times) == 20
    assert times == sorted(times) and abs(times[-1] - times[0] - 1.9) < 0.05
