"""The camera in its own thread: open, read, decode, debounce, and only emit signals.

The worker never touches the event file or a widget. It stops by a flag (then
the owner ``wait()``s for the thread), never by ``terminate()``. After an error
(no camera, unplugged, busy) it tries again every ``retry_seconds``, so
replugging the camera works without restarting the app. OpenCV and zxing-cpp
are imported here, on the worker thread, so the window opens without them.
"""

from __future__ import annotations

import time
from typing import Callable, Iterable, Iterator

from PySide6.QtCore import QObject, QPointF, QThread, Signal
from PySide6.QtGui import QImage

PREVIEW_FPS = 15
PREVIEW_WIDTH = 640

#: What the worker reads: an iterator of (media time in seconds, BGR numpy frame).
FrameIter = Iterator[tuple[float, object]]


def default_opener(spec: str | int, loop: bool) -> Callable[[], Iterable[tuple[float, object]]]:
    """Frames from ``checkin.scan.sources`` (camera index, video file, image folder or glob)."""

    def open_frames():
        from checkin.scan import sources

        return sources.iter_frames(spec, loop=loop)

    return open_frames


class CameraWorker(QObject):
    """Lives on a ``QThread``; ``run()`` loops until ``stop()``."""

    #: A downscaled preview and the outlines (lists of QPointF, preview coordinates) of codes in it.
    #: Fires on the worker thread (delivered queued to the GUI), at most ``PREVIEW_FPS`` per second.
    frame_ready = Signal(QImage, list)
    #: A new scan of a code (debounced: a held badge is one scan), with the frame's media time.
    #: Fires on the worker thread.
    code_seen = Signal(str, float)
    #: The camera could not be opened or stopped delivering; one sentence. Worker thread.
    camera_error = Signal(str)
    #: Frames are arriving (after start or after a recovered error). Worker thread.
    camera_ok = Signal()
    #: ``run()`` returned (stopped, or a finite source ended). Worker thread.
    finished = Signal()

    def __init__(self, opener: Callable[[], Iterable[tuple[float, object]]], *, realtime: bool = True,
                 retry_seconds: float = 3.0, preview_fps: float = PREVIEW_FPS,
                 stop_at_end: bool = False, parent: QObject | None = None):
        super().__init__(parent)
        self._opener = opener
        self.realtime = realtime  # pace a video file to its media time (the demo); False in tests
        self.retry_seconds = retry_seconds
        self.stop_at_end = stop_at_end
        self._min_preview_gap = 1.0 / preview_fps if preview_fps else 0.0
        self._stopping = False

    def stop(self) -> None:
        """Ask the loop to end (any thread); the owner then waits for the thread."""
        self._stopping = True

    def run(self) -> None:
        from checkin.scan.debounce import Debouncer

        debouncer = Debouncer()
        while not self._stopping:
            try:
                frames = iter(self._opener())
                ok_sent = self._pump(frames, debouncer)
            except Exception as exc:  # SourceError and anything the driver throws: say it, retry
                self.camera_error.emit(str(exc) or type(exc).__name__)
                self._sleep(self.retry_seconds)
                continue
            if self.stop_at_end and ok_sent is not None:
                break
            if ok_sent is None and not self._stopping:  # the source gave nothing at all
                self.camera_error.emit(self.tr("The camera sends no picture"))
                self._sleep(self.retry_seconds)
        self.finished.emit()

    def _pump(self, frames: FrameIter, debouncer) -> bool | None:
        """Read until the source ends or we stop; None when it yielded no frame."""
        from checkin.scan.pipeline import ScanPipeline

        # A fresh decoder per source (it remembers where the badge was, to retry there in the
        # next frames); the debouncer outlives a replug, so a held badge stays one scan.
        pipeline = ScanPipeline(debouncer=debouncer)
        got_any = None
        wall_start = media_start = None
        last_preview = 0.0
        for t, frame in frames:
            if self._stopping:
                break
            if got_any is None:
                got_any = True
                self.camera_ok.emit()
            if self.realtime:
                if wall_start is None or t < media_start:
                    wall_start, media_start = time.monotonic(), t
                ahead = (t - media_start) - (time.monotonic() - wall_start)
                if ahead > 0:
                    self._sleep(min(ahead, 0.5))
            found, new_codes = pipeline.feed(t, frame)
            for code in new_codes:
                self.code_seen.emit(code, float(t))
            now = time.monotonic()
            if now - last_preview >= self._min_preview_gap:
                last_preview = now
                image, scale = _preview(frame)
                outlines = [[QPointF(x * scale, y * scale) for x, y in d.corners] for d in found]
                self.frame_ready.emit(image, outlines)
        return got_any

    def _sleep(self, seconds: float) -> None:
        end = time.monotonic() + seconds
        while not self._stopping and time.monotonic() < end:
            time.sleep(min(0.05, max(0.0, end - time.monotonic())))


def _preview(frame) -> tuple[QImage, float]:
    import cv2

    h, w = frame.shape[:2]
    scale = min(1.0, PREVIEW_WIDTH / float(w))
    if scale < 1.0:
        frame = cv2.resize(frame, (int(w * scale), int(h * scale)), interpolation=cv2.INTER_AREA)
    if frame.ndim == 2:
        frame = cv2.cvtColor(frame, cv2.COLOR_GRAY2RGB)
    else:
        frame = cv2.cvtColor(frame, cv2.COLOR_BGR2RGB)
    h, w = frame.shape[:2]
    image = QImage(frame.data, w, h, frame.strides[0], QImage.Format.Format_RGB888).copy()
    return image, scale


class CameraController(QObject):
    """Owns the worker and its thread: start, stop (flag + wait), restart on another source."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.thread: QThread | None = None
        self.worker: CameraWorker | None = None
        self._lingering: list[tuple[QThread, CameraWorker | None]] = []

    @property
    def running(self) -> bool:
        return self.thread is not None and self.thread.isRunning()

    def start(self, worker: CameraWorker, connect: Callable[[CameraWorker], None]) -> None:
        """Stop any previous worker, wire the new one with ``connect(worker)``, and run it."""
        self.stop()
        thread = QThread(self)
        thread.setObjectName("camera")
        worker.moveToThread(thread)
        connect(worker)
        thread.started.connect(worker.run)
        worker.finished.connect(thread.quit)
        self.thread, self.worker = thread, worker
        thread.start()

    def stop(self, timeout_ms: int = 5000) -> None:
        """Ask the worker to stop and wait for its thread (never ``terminate()``)."""
        thread, worker = self.thread, self.worker
        self.thread = self.worker = None
        if worker is not None:
            worker.stop()
        if thread is None:
            return
        thread.quit()
        if thread.wait(timeout_ms):
            thread.deleteLater()
            if worker is not None:
                worker.deleteLater()
            return
        # A camera driver stuck inside an open() can outlast the wait: keep both alive until the
        # thread really ends (deleting a running QThread would crash the app).
        self._lingering.append((thread, worker))
        thread.finished.connect(lambda: self._forget(thread))

    def _forget(self, thread: QThread) -> None:
        self._lingering = [(t, w) for t, w in self._lingering if t is not thread]
        thread.deleteLater()
