"""Frames in, new scans out: decoder + debounce over a frame source, shared by the CLI and the camera worker."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Iterator

from checkin.scan.debounce import Debouncer
from checkin.scan.decoder import Detection, FrameDecoder
from checkin.scan.sources import Frame


@dataclass(frozen=True)
class SeenCode:
    """A code that starts a new scan: its text, the media time and the frame it was read in."""

    text: str
    t: float
    frame_index: int
    detection: Detection


class ScanPipeline:
    """Decodes each frame and lets through only codes that start a new presentation."""

    def __init__(self, decoder: FrameDecoder | None = None, debouncer: Debouncer | None = None):
        self.decoder = decoder or FrameDecoder()
        self.debouncer = debouncer or Debouncer()

    def feed(self, t: float, image) -> tuple[list[Detection], list[str]]:
        """Decode one frame taken at media time ``t``: all detections, and the codes that start a new scan."""
        detections = self.decoder.decode(image)
        return detections, self.debouncer.feed(t, [d.text for d in detections])

    def process(self, frame: Frame) -> tuple[list[Detection], list[SeenCode]]:
        """All detections of the frame (for outlines on the preview) and the new scans among them."""
        detections, new_codes = self.feed(frame.t, frame.image)
        new = set(new_codes)
        seen = [SeenCode(d.text, frame.t, frame.index, d) for d in detections if d.text in new]
        return detections, seen

    def run(self, frames: Iterable[Frame]) -> Iterator[SeenCode]:
        """Every new scan from a stream of frames, in order."""
        for frame in frames:
            yield from self.process(frame)[1]
