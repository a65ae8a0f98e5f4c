"""The QR decoder: exact texts on real photos, far and soft badges, several codes, big frames."""

from __future__ import annotations

import time

import cv2
import numpy as np
import pytest

from checkin.scan.decoder import FrameDecoder, decode_frame, decode_frame_detailed, decode_image, read_image
from scanframes import Shot, make_badge_image, qr_image, render_shot_frame

CODE = "1XZ540K1VCCNX1GTPR"


def sample(data_dir, stem):
    return data_dir / "qr" / f"{stem}.png", (data_dir / "qr" / f"{stem}.txt").read_bytes().decode("utf-8")


@pytest.mark.parametrize("stem", ["qrcode-1-1", "qrcode-2-10", "qrcode-2-28", "qrcode-4-34"])
def test_zxing_sample_photos_decode_exactly(data_dir, stem):
    # 2-28 (a small tilted code in a big photo) and 4-34 (a soft low-resolution one) are missed
    # by one plain zxing-cpp 3.1 call and read by the retries
    path, expected = sample(data_dir, stem)
    # a generous budget: this checks what the retries read (and the text kept exactly, CR LF and
    # Shift_JIS as encoded), not the time, which a loaded machine stretches; test_frame_time_* checks that
    found = [d.text for d in decode_frame_detailed(read_image(path), budget_ms=500)]
    assert found == [expected]
    assert decode_image(path) in ([expected], [])  # the CLI's path gives the same text when in time


def far_badge_frame(height: float, blur: float = 0.0, seed: int = 0, **kw) -> np.ndarray:
    badge = make_badge_image(CODE, "Helene Lefevre")
    return render_shot_frame(Shot(badge, height=height, blur=blur, tilt=20, angle=8, light=0.6, noise=3, **kw),
                             0.3, seed=seed)


@pytest.mark.parametrize("height", [0.2, 0.17, 0.15])
def test_far_badges_are_read(height):
    # ~2 pixels per module at 1280x720, where a single zxing call mostly fails
    # a generous budget: this checks what the retries can read, test_frame_time_* checks the time
    reads = sum(CODE in [d.text for d in decode_frame_detailed(far_badge_frame(height, seed=s,
                                                                               center=(0.3 + 0.05 * s, 0.5)),
                                                               budget_ms=200)]
                for s in range(6))
    assert reads >= 5


def test_soft_far_badge_is_read_with_tracking_over_a_few_frames():
    decoder = FrameDecoder(budget_ms=200)  # not timing-sensitive on a busy test machine
    hits = [CODE in [d.text for d in decoder.decode(far_badge_frame(0.2, blur=0.8, seed=s, center=(0.5, 0.5)))]
            for s in range(8)]
    assert sum(hits) >= 6


def test_every_code_in_a_frame_with_its_corners():
    frame = np.full((720, 1280, 3), 200, np.uint8)
    codes = ["1AAA111111BBBBBBBB", "1AAA222222CCCCCCCC", "https://example.org/x"]
    for i, text in enumerate(codes):
        q = cv2.cvtColor(qr_image(text, module_px=6), cv2.COLOR_GRAY2BGR)
        y, x = 100 + 60 * i, 80 + 400 * i
        frame[y:y + q.shape[0], x:x + q.shape[1]] = q
    found = {d.text: d for d in decode_frame_detailed(frame)}
    assert set(found) == set(codes)
    x0, y0, x1, y1 = found[codes[1]].box()
    assert 480 <= x0 < x1 <= 480 + 29 * 6 + 1 and 160 <= y0 < y1 <= 160 + 29 * 6 + 1
    assert len(found[codes[0]].corners) == 4


@pytest.mark.parametrize("size", [(1920, 1080), (3840, 2160)])
def test_big_frames_take_the_fast_path_and_still_read(size):
    badge = make_badge_image(CODE, "Big Frame")
    frame = render_shot_frame(Shot(badge, height=0.6, tilt=10), 0.5, size=size)
    found = decode_frame_detailed(frame)
    assert [d.text for d in found] == [CODE]
    x0, y0, x1, y1 = found[0].box()
    assert 0 <= x0 < x1 <= size[0] and 0 <= y0 < y1 <= size[1]


def test_blank_and_grayscale_frames():
    assert decode_frame(np.zeros((720, 1280), np.uint8)) == []
    gray = cv2.cvtColor(far_badge_frame(0.6), cv2.COLOR_BGR2GRAY)
    assert decode_frame(gray) == [CODE]


def test_frame_time_stays_within_budget():
    cv2.setNumThreads(1)
    frames = [far_badge_frame(h, seed=i) for i, h in enumerate([0.7, 0.4, 0.2, 0.13, 0.1])]
    frames.append(np.full((720, 1280, 3), 120, np.uint8))
    decoder = FrameDecoder()
    times = []
    for frame in frames * 3:
        start = time.perf_counter()
        decoder.decode(frame)
        times.append((time.perf_counter() - start) * 1000)
    # generous: the benchmark measures the real figure; this catches a retry loop gone wild
    assert np.median(times) < 25


def test_unreadable_image_is_a_clear_error(tmp_path):
    bad = tmp_path / "notes.png"
    bad.write_text("not an image")
    with pytest.raises(ValueError, match="not an image"):
        decode_image(bad)
    with pytest.raises(ValueError, match="no such file"):
        decode_image(tmp_path / "missing.png")
