"""Frame sources: clear errors, camera loss and replug, image sequences, looping."""

from __future__ import annotations

import numpy as np
import pytest

from checkin.scan import sources
from checkin.scan.sources import (CameraSource, ImageSequenceSource, SourceError, iter_frames, open_source,
                                  reopen_with_backoff)
from scanframes import Shot, make_badge_image, write_badge_images, write_badge_video


class FakeCapture:
    """Stands in for cv2.VideoCapture(index): a camera that can be unplugged and replugged."""

    plugged = True
    frames_before_unplug = None

    def __init__(self, index):
        self.index, self.count, self.open = index, 0, FakeCapture.plugged
        self.props = {}

    def isOpened(self):
        return self.open

    def set(self, prop, value):
        self.props[prop] = value
        return True

    def read(self):
        if not FakeCapture.plugged:
            return False, None
        self.count += 1
        if FakeCapture.frames_before_unplug is not None and self.count > FakeCapture.frames_before_unplug:
            FakeCapture.plugged = False
            return False, None
        return True, np.zeros((720, 1280, 3), np.uint8)

    def release(self):
        self.open = False


@pytest.fixture
def fake_camera(monkeypatch):
    FakeCapture.plugged, FakeCapture.frames_before_unplug = True, None
    monkeypatch.setattr(sources.cv2, "VideoCapture", FakeCapture)
    return FakeCapture


def test_missing_path_and_missing_camera_are_sentences():
    with pytest.raises(SourceError, match="no such camera index, file, folder or glob"):
        open_source("/nonexistent/video.avi")
    with pytest.raises(SourceError) as err:
        open_source("57")  # no machine has a 58th camera
    text = str(err.value)
    assert "Camera 57" in text or "camera 57" in text
    assert "USB scanner" in text  # tells staff how to go on


def test_camera_asks_for_720p_mjpg(fake_camera):
    cam = CameraSource(0)
    props = cam._cap.props
    assert props[sources.cv2.CAP_PROP_FRAME_WIDTH] == 1280 and props[sources.cv2.CAP_PROP_FRAME_HEIGHT] == 720
    f1, f2 = cam.read(), cam.read()
    assert f2.t >= f1.t and (f1.index, f2.index) == (0, 1)


def test_unplugged_camera_is_an_error_then_reopen_after_replug(fake_camera):
    fake_camera.frames_before_unplug = 3
    cam = CameraSource(0, max_failed_reads=3)
    with pytest.raises(SourceError, match="stopped sending images"):
        for _ in range(10):
            cam.read()
    with pytest.raises(SourceError):
        cam.reopen()  # still unplugged
    fake_camera.plugged, fake_camera.frames_before_unplug = True, None
    cam.reopen()
    assert cam.read() is not None


def test_reopen_with_backoff_retries_with_growing_delays_until_the_camera_is_back():
    class Flaky:
        tries = 0

        def reopen(self):
            self.tries += 1
            if self.tries < 4:
                raise SourceError("No camera 0")

    slept, errors = [], []
    cam = Flaky()
    assert reopen_with_backoff(cam, delays=(0.5, 1.0, 2.0), sleep=slept.append, on_error=errors.append)
    assert cam.tries == 4 and len(errors) == 3
    assert sum(slept) == pytest.approx(0.5 + 1.0 + 2.0)


def test_reopen_with_backoff_stops_when_asked():
    class Dead:
        def reopen(self):
            raise SourceError("No camera 0")

    calls = []

    def stop():
        calls.append(1)
        return len(calls) > 5

    assert reopen_with_backoff(Dead(), should_stop=stop, sleep=lambda s: None) is False


def test_glob_of_unevenly_named_images_is_read_in_name_order(tmp_path):
    badge = make_badge_image("1ABC000000DDDDDDDD", "X")
    files = write_badge_images(tmp_path / "raw", [Shot(badge, 0.2), Shot(None, 0.2)], fps=10)
    for i, f in enumerate(files):  # a camera app's names: not a printf pattern
        f.rename(tmp_path / f"IMG_{i * 7 + 3}x.jpg")
    src = open_source(str(tmp_path / "IMG_*x.jpg"), fps=10)
    assert isinstance(src, ImageSequenceSource) and src._cap is None
    frames = list(src)
    assert [f.t for f in frames] == pytest.approx([i / 10 for i in range(4)])


def test_broken_image_in_a_sequence_is_skipped_with_a_message(tmp_path):
    (tmp_path / "a.jpg").write_bytes(b"garbage")
    heard = []
    src = open_source(str(tmp_path), on_skip=heard.append)
    assert list(src) == []
    assert len(heard) == 1 and "a.jpg" in heard[0] and "not an image" in heard[0]
    assert src.skipped == heard


def test_empty_folder_is_a_source_error(tmp_path):
    with pytest.raises(SourceError, match="no images"):
        open_source(str(tmp_path))


def test_iter_frames_loops_a_video_with_time_going_on(tmp_path):
    video = write_badge_video(tmp_path / "v.avi", [Shot(None, 0.5)], fps=10)
    frames = iter_frames(str(video), loop=True)
    times = [next(frames)[0] for _ in range(12)]
    assert times == sorted(times) and times[-1] > 1.0
    assert len(list(iter_frames(str(video)))) == 5
