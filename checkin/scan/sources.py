"""Frame sources, all through ``cv2.VideoCapture``: a camera, a video file, a folder or glob of images.

Every frame comes with its *media time* in seconds: the container's timestamp
for a video file, ``index / fps`` for an image sequence, and a monotonic clock
for a live camera. The debouncer works on that time, so a recorded video
replays faster than real time in tests and still means the same.

A camera that is missing, unplugged or busy is a :class:`SourceError` with a
sentence for the staff; the station keeps working with the USB scanner and
manual entry, and :meth:`CameraSource.reopen` / :func:`reopen_with_backoff`
bring the camera back after a replug without restarting the app.
"""

from __future__ import annotations

import glob
import os
import re
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

import cv2
import numpy as np

from checkin.scan.decoder import read_image

IMAGE_EXTENSIONS = {".png", ".jpg", ".jpeg", ".bmp", ".tif", ".tiff", ".webp", ".pgm", ".ppm"}
DEFAULT_IMAGE_FPS = 15.0


class SourceError(Exception):
    """A frame source cannot deliver images; the message is for the person at the desk."""


@dataclass(frozen=True)
class Frame:
    image: np.ndarray  # BGR
    t: float  # media time, seconds
    index: int


class FrameSource:
    """Base class: iterate for frames; ``read()`` returns None at the end of a file or sequence."""

    label = "source"
    live = False

    def read(self) -> Frame | None:  # pragma: no cover - abstract
        raise NotImplementedError

    def close(self) -> None:
        """Release the device or file."""

    def __iter__(self) -> Iterator[Frame]:
        while (frame := self.read()) is not None:
            yield frame

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _quiet_opencv() -> None:
    # OpenCV prints "[WARN] can't open camera by index" itself; the user gets our sentence instead.
    try:
        cv2.utils.logging.setLogLevel(cv2.utils.logging.LOG_LEVEL_ERROR)
    except AttributeError:  # pragma: no cover - very old OpenCV
        pass


class CameraSource(FrameSource):
    """A webcam by index, asked for 1280x720 at 30 fps.

    Why 1280x720: a badge QR (version 1-2, about 4 cm wide) at arm's length
    (50-80 cm) from a laptop webcam with a ~70° field of view covers 100-150
    pixels at 1280 px width, i.e. 4-6 pixels per module, comfortably readable;
    at 640x480 it falls to 2-3 px per module, the edge of what a decoder reads.
    A 1280x720 frame decodes in 1-2 ms on one core (1080p costs twice as much
    for little gain at desk distances), and 720p at 30 fps is what nearly every
    webcam delivers over USB 2 with MJPG, whereas 1080p often drops to 5-15 fps.
    """

    live = True

    def __init__(self, index: int = 0, width: int = 1280, height: int = 720, fps: float = 30.0,
                 max_failed_reads: int = 15):
        self.index, self.width, self.height, self.fps = index, width, height, fps
        self.max_failed_reads = max_failed_reads
        self.label = f"camera {index}"
        self._cap: cv2.VideoCapture | None = None
        self._count = 0
        self._t0 = time.monotonic()
        self.open()

    def open(self) -> None:
        """Open the device; SourceError when it is missing or busy."""
        _quiet_opencv()
        self.close()
        cap = cv2.VideoCapture(self.index)
        if not cap.isOpened():
            cap.release()
            raise SourceError(self._why_not())
        # MJPG lets USB 2 webcams deliver 720p at 30 fps (raw YUYV tops out near 10 fps)
        cap.set(cv2.CAP_PROP_FOURCC, cv2.VideoWriter_fourcc(*"MJPG"))
        cap.set(cv2.CAP_PROP_FRAME_WIDTH, self.width)
        cap.set(cv2.CAP_PROP_FRAME_HEIGHT, self.height)
        cap.set(cv2.CAP_PROP_FPS, self.fps)
        cap.set(cv2.CAP_PROP_BUFFERSIZE, 1)  # the newest frame, not a queue of stale ones
        ok, _ = cap.read()
        if not ok:
            cap.release()
            raise SourceError(f"Camera {self.index} opened but sends no images: it may be in use by another"
                              " program. Close it, or use the USB scanner or search by name.")
        self._cap = cap
        self._failed = 0

    def _why_not(self) -> str:
        device = Path(f"/dev/video{self.index}")
        if os.name == "posix" and Path("/dev").is_dir() and not device.exists():
            return (f"No camera {self.index}: none is plugged in. Plug one in and retry, or use the USB"
                    " scanner or search by name.")
        return (f"Camera {self.index} cannot be opened: it is busy (another program is using it) or not"
                " allowed. Close the other program and retry, or use the USB scanner or search by name.")

    def read(self) -> Frame | None:
        """The next frame; SourceError when the camera stopped (unplugged): call :meth:`reopen`."""
        if self._cap is None:
            raise SourceError(f"Camera {self.index} is closed")
        ok, image = self._cap.read()
        while not ok:
            self._failed += 1
            if self._failed >= self.max_failed_reads:
                self.close()
                raise SourceError(f"Camera {self.index} stopped sending images (unplugged?). Plug it back in;"
                                  " scanning resumes by itself.")
            time.sleep(0.01)
            ok, image = self._cap.read()
        self._failed = 0
        frame = Frame(image, time.monotonic() - self._t0, self._count)
        self._count += 1
        return frame

    def reopen(self) -> None:
        """Try once to get the camera back (after a replug); SourceError if it is still not there."""
        self.open()

    def close(self) -> None:
        if self._cap is not None:
            self._cap.release()
            self._cap = None


def reopen_with_backoff(source: CameraSource, *, should_stop: Callable[[], bool] = lambda: False,
                        delays=(0.5, 1.0, 2.0, 3.0, 5.0), sleep: Callable[[float], None] = time.sleep,
                        on_error: Callable[[SourceError], None] | None = None) -> bool:
    """Retry :meth:`CameraSource.reopen` until it works or ``should_stop()``; the last delay repeats.

    Returns True once the camera is back, False when told to stop. The camera
    worker runs this in its own thread; ``on_error`` reports each failed try.
    """
    attempt = 0
    while not should_stop():
        try:
            source.reopen()
            return True
        except SourceError as exc:
            if on_error is not None:
                on_error(exc)
        delay = delays[min(attempt, len(delays) - 1)]
        attempt += 1
        waited = 0.0
        while waited < delay and not should_stop():  # stay responsive to a stop request
            step = min(0.1, delay - waited)
            sleep(step)
            waited += step
    return False


class VideoFileSource(FrameSource):
    """A video file; the time of each frame is its timestamp in the file (CAP_PROP_POS_MSEC)."""

    def __init__(self, path: str | Path):
        _quiet_opencv()
        self.path = Path(path)
        self.label = str(path)
        if not self.path.is_file():
            raise SourceError(f"{path}: no such video file")
        self._cap = cv2.VideoCapture(str(self.path))
        if not self._cap.isOpened():
            raise SourceError(f"{path}: not a video this computer can read")
        self.fps = self._cap.get(cv2.CAP_PROP_FPS) or 0.0
        self._count = 0

    def read(self) -> Frame | None:
        ok, image = self._cap.read()
        if not ok:
            return None
        t = self._cap.get(cv2.CAP_PROP_POS_MSEC) / 1000.0
        if self._count > 0 and t <= 0 and self.fps > 0:  # backends without timestamps
            t = self._count / self.fps
        frame = Frame(image, t, self._count)
        self._count += 1
        return frame

    def close(self) -> None:
        self._cap.release()


_NUMBERED = re.compile(r"^(.*?)(\d+)(\.[A-Za-z0-9]+)$")


class ImageSequenceSource(FrameSource):
    """Images in sorted order at ``fps`` (time = index / fps).

    Uniformly numbered files (frame_00001.jpg, ...) are read by
    ``cv2.VideoCapture`` with a printf pattern; anything else is read file by
    file in name order.
    """

    def __init__(self, files: list[Path], fps: float = DEFAULT_IMAGE_FPS, label: str = "images",
                 on_skip: Callable[[str], None] | None = None):
        if not files:
            raise SourceError(f"{label}: no images found")
        _quiet_opencv()
        self.files, self.fps, self.label = files, fps, label
        self.skipped: list[str] = []  # one sentence per file that could not be read
        self._on_skip = on_skip
        self._count = 0
        self._frames = 0
        self._cap = None
        pattern = _printf_pattern(files)
        if pattern is not None:
            cap = cv2.VideoCapture(pattern, cv2.CAP_IMAGES)
            self._cap = cap if cap.isOpened() else None

    def read(self) -> Frame | None:
        """The next image that can be read; an unreadable one (empty, not allowed, absurdly large,
        not an image) is skipped with a message in :attr:`skipped`, and the sequence goes on."""
        while self._count < len(self.files):
            image = self._read_current()
            self._count += 1
            if image is not None:
                frame = Frame(image, self._frames / self.fps, self._frames)
                self._frames += 1
                return frame
        return None

    def _read_current(self):
        if self._cap is not None:
            try:
                ok, image = self._cap.read()
            except cv2.error:
                ok, image = False, None
            if ok:
                return image
            # one bad file in a numbered sequence: the rest is read file by file, from this one
            self._cap.release()
            self._cap = None
        try:
            return read_image(self.files[self._count], color=True)
        except ValueError as exc:
            self.skipped.append(f"skipped {exc}")
            if self._on_skip is not None:
                self._on_skip(f"skipped {exc}")
            return None

    def close(self) -> None:
        if self._cap is not None:
            self._cap.release()


def _printf_pattern(files: list[Path]) -> str | None:
    """``dir/frame_%05d.jpg`` when the files are that pattern numbered consecutively, else None."""
    parts = [_NUMBERED.match(f.name) for f in files]
    if not all(parts) or len({f.parent for f in files}) != 1:
        return None
    prefix, digits, ext = parts[0].group(1), parts[0].group(2), parts[0].group(3)
    first = int(digits)
    for i, m in enumerate(parts):
        if (m.group(1), len(m.group(2)), m.group(3), int(m.group(2))) != (prefix, len(digits), ext, first + i):
            return None
    if first > 1 or "%" in prefix:  # CAP_IMAGES starts from 0 or 1; other numbering is read file by file
        return None
    return str(files[0].parent / f"{prefix}%0{len(digits)}d{ext}")


def _image_files(paths) -> list[Path]:
    return sorted((Path(p) for p in paths if Path(p).suffix.lower() in IMAGE_EXTENSIONS and Path(p).is_file()),
                  key=lambda p: str(p))


def open_source(spec: str, *, fps: float = DEFAULT_IMAGE_FPS,
                on_skip: Callable[[str], None] | None = None) -> FrameSource:
    """A source from a command-line argument: a camera index, a video, a folder or a glob of images.

    ``on_skip`` hears, for an image sequence, about each file that could not be read and was skipped.
    """
    spec = str(spec).strip()
    if spec.isdigit():
        return CameraSource(int(spec))
    path = Path(spec).expanduser()
    if path.is_dir():
        return ImageSequenceSource(_image_files(path.iterdir()), fps, label=spec, on_skip=on_skip)
    if any(ch in spec for ch in "*?["):
        return ImageSequenceSource(_image_files(glob.glob(str(path))), fps, label=spec, on_skip=on_skip)
    if path.is_file():
        if path.suffix.lower() in IMAGE_EXTENSIONS:
            return ImageSequenceSource([path], fps, label=spec, on_skip=on_skip)
        return VideoFileSource(path)
    raise SourceError(f"{spec}: no such camera index, file, folder or glob")


def iter_frames(spec: str | int, *, loop: bool = False,
                fps: float = DEFAULT_IMAGE_FPS) -> Iterator[tuple[float, np.ndarray]]:
    """``(media time, BGR frame)`` pairs from :func:`open_source` (what the camera worker reads).

    With ``loop`` a video or image sequence starts over at its end (the demo
    without a camera); time keeps increasing across replays, so the debouncer
    sees a badge of the next round as a new presentation, not as time going back.
    """
    offset = 0.0
    while True:
        source = open_source(str(spec), fps=fps)
        last = None
        with source:
            for frame in source:
                last = frame.t
                yield offset + frame.t, frame.image
        if not loop or source.live or last is None:
            return
        offset += last + 1.0 / (getattr(source, "fps", 0) or fps)
