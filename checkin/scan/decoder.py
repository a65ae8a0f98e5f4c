"""QR decoding of camera frames and images with zxing-cpp, with retries where they pay.

One plain zxing-cpp call reads a badge held at arm's length in about 1 ms on a
1280x720 frame. What it misses are small (far) or soft badges: it often
*locates* the symbol (finder patterns found) but cannot sample its modules.
So, within a time budget per frame:

1. big frames (wider than 1600 px) are first read at half size (a fast path:
   most badges are large enough, and a 4K frame costs 4x more);
2. one full-frame call that also returns the symbols it located but could not
   read (``return_errors``);
3. each such region, and the regions where codes were in recent frames
   (tracking: the badge barely moves between frames), is cropped, upscaled to
   ~6 px per module with cubic interpolation and retried, then sharpened, then
   binarized with Otsu, then with zxing's global-histogram binarizer;
4. colour frames where nothing was read: once more on the brightest channel, which
   keeps a phone screen's moire-striped white modules white;
5. when nothing at all was located, the whole frame upscaled 2x (cubic), which
   recovers badges at ~2 px per module that zxing does not even find at 1x,
   and a global-histogram pass for unevenly lit frames.

Always QR only and ``text_mode=Plain`` (the default HRI mode rewrites control
characters). Every code in the frame is returned. See docs/BENCHMARKS.md.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
import zxingcpp

from checkin.scan.imagesize import too_big

_QR = zxingcpp.BarcodeFormat.QRCode
_PLAIN = zxingcpp.TextMode.Plain
BIG_FRAME_WIDTH = 1600
TARGET_MODULE_PX = 6.0
DEFAULT_BUDGET_MS = 10.0  # a 30 fps camera gives 33 ms per frame; leave room for preview and UI


@dataclass(frozen=True)
class Detection:
    """One code read in a frame, with its corners (top-left, top-right, bottom-right, bottom-left)."""

    text: str
    corners: tuple[tuple[float, float], ...]

    def box(self) -> tuple[float, float, float, float]:
        """Axis-aligned bounds ``(x0, y0, x1, y1)``."""
        xs, ys = [p[0] for p in self.corners], [p[1] for p in self.corners]
        return min(xs), min(ys), max(xs), max(ys)


def _to_gray(frame: np.ndarray) -> np.ndarray:
    if frame.ndim == 3:
        code = cv2.COLOR_BGRA2GRAY if frame.shape[2] == 4 else cv2.COLOR_BGR2GRAY
        return cv2.cvtColor(frame, code)
    return frame


def _corners(barcode, scale: float = 1.0, dx: float = 0.0, dy: float = 0.0) -> tuple[tuple[float, float], ...]:
    p = barcode.position
    return tuple((pt.x / scale + dx, pt.y / scale + dy)
                 for pt in (p.top_left, p.top_right, p.bottom_right, p.bottom_left))


def _read(gray: np.ndarray, *, errors: bool = False, downscale: bool = True, invert: bool = True,
          binarizer=zxingcpp.Binarizer.LocalAverage):
    return zxingcpp.read_barcodes(gray, formats=_QR, text_mode=_PLAIN, return_errors=errors,
                                  try_downscale=downscale, try_rotate=True, try_invert=invert, binarizer=binarizer)


class FrameDecoder:
    """Decodes a stream of frames, remembering where codes were to retry there.

    One instance per camera; not thread-safe (keep it in the camera worker).
    """

    def __init__(self, budget_ms: float = DEFAULT_BUDGET_MS, track_frames: int = 15):
        self.budget_ms = budget_ms
        self.track_frames = track_frames
        self._recent: list[tuple[int, tuple[float, float, float, float]]] = []  # (frame no, box)
        self._frame_no = 0

    def decode(self, frame: np.ndarray) -> list[Detection]:
        """Every code in one frame (BGR, BGRA or grayscale), with positions."""
        start = time.perf_counter()
        deadline = start + self.budget_ms / 1000
        gray = _to_gray(frame)
        self._frame_no += 1
        found: dict[str, Detection] = {}
        located: list[tuple[float, float, float, float]] = []

        if gray.shape[1] > BIG_FRAME_WIDTH:
            half = cv2.resize(gray, None, fx=0.5, fy=0.5, interpolation=cv2.INTER_AREA)
            for b in _read(half, downscale=False):
                if b.valid:
                    found.setdefault(b.text, Detection(b.text, _corners(b, 0.5)))
        if not found:
            for b in _read(gray, errors=True):
                if b.valid:
                    found.setdefault(b.text, Detection(b.text, _corners(b)))
                else:
                    located.append(Detection("", _corners(b)).box())

        if not found and frame.ndim == 3 and time.perf_counter() + 0.003 < deadline:
            # A phone screen seen by a webcam: its RGB sub-pixels alias into coloured moire bands,
            # and luminance turns the blue and red bands dark, white modules included. The
            # brightest channel keeps every lit sub-pixel white (tests/phonephoto.py).
            blue, green, red = cv2.split(frame)[:3]
            bright = cv2.max(cv2.max(blue, green), red)  # ~1 ms at 720p; numpy's max(axis=2) takes 25
            for b in _read(bright, errors=True, invert=False):
                if b.valid:
                    found.setdefault(b.text, Detection(b.text, _corners(b)))
                elif not located:
                    located.append(Detection("", _corners(b)).box())

        # regions worth a closer look: located-but-unread symbols, then where codes recently were
        regions = located + [box for n, box in self._recent if self._frame_no - n <= self.track_frames]
        regions = [r for r in _dedupe(regions) if not any(_overlaps(r, d.box()) for d in found.values())]
        for region in regions[:4]:
            if time.perf_counter() > deadline:
                break
            for d in _retry_region(gray, region, deadline):
                found.setdefault(d.text, d)

        if not found and not located and time.perf_counter() + 0.006 < deadline:
            # alternate the last resort between frames: a badge stays in view for many of them
            for d in _upscaled_frame(gray, deadline, sharpen=self._frame_no % 2 == 0):
                found.setdefault(d.text, d)

        for d in found.values():
            self._recent.append((self._frame_no, d.box()))
        self._recent = [(n, b) for n, b in self._recent if self._frame_no - n <= self.track_frames][-8:]
        return list(found.values())

    def reset(self) -> None:
        """Forget tracked positions (a new source)."""
        self._recent.clear()


def _dedupe(boxes):
    """Merge overlapping boxes into their union: zxing often reports several partial boxes of one
    symbol it could not read (one per finder-pattern triple), each too small to crop it whole."""
    out: list[tuple[float, float, float, float]] = []
    for b in boxes:
        for i, o in enumerate(out):
            if _overlaps(b, o):
                out[i] = (min(b[0], o[0]), min(b[1], o[1]), max(b[2], o[2]), max(b[3], o[3]))
                break
        else:
            out.append(tuple(b))
    return out


def _overlaps(a, b) -> bool:
    ix = max(0.0, min(a[2], b[2]) - max(a[0], b[0]))
    iy = max(0.0, min(a[3], b[3]) - max(a[1], b[1]))
    inter = ix * iy
    smaller = min((a[2] - a[0]) * (a[3] - a[1]), (b[2] - b[0]) * (b[3] - b[1])) or 1.0
    return inter / smaller > 0.5


def _retry_region(gray: np.ndarray, box, deadline: float) -> list[Detection]:
    """Crop around a region, upscale to ~6 px/module and try a few image treatments."""
    h, w = gray.shape[:2]
    x0, y0, x1, y1 = box
    side = max(min(x1 - x0, y1 - y0), 8.0)  # a skewed partial box can be long and thin: trust its short side
    margin = 0.35 * side + 6
    cx0, cy0 = int(max(0, x0 - margin)), int(max(0, y0 - margin))
    cx1, cy1 = int(min(w, x1 + margin)), int(min(h, y1 + margin))
    if cx1 - cx0 < 8 or cy1 - cy0 < 8:
        return []
    crop = gray[cy0:cy1, cx0:cx1]
    module = side / 25.0  # badge codes are QR version 1-3: 21-29 modules
    first = float(np.clip(TARGET_MODULE_PX / module, 1.0, 4.0))
    # the module estimate is rough (partial boxes, perspective): a second, smaller zoom often lands
    # the sampling grid where the first did not
    for scale in (first, first * 0.7) if first > 1.5 else (first,):
        big = cv2.resize(crop, None, fx=scale, fy=scale, interpolation=cv2.INTER_CUBIC) if scale > 1.05 else crop
        for treat in _TREATMENTS:
            if time.perf_counter() > deadline:
                return []
            image, binarizer = treat(big)
            hits = [b for b in _read(image, downscale=False, binarizer=binarizer) if b.valid]
            if hits:
                return [Detection(b.text, _corners(b, scale, cx0, cy0)) for b in hits]
    return []


def _sharpen(img: np.ndarray) -> np.ndarray:
    soft = cv2.GaussianBlur(img, (0, 0), 2.0)
    return cv2.addWeighted(img, 1.8, soft, -0.8, 0)


def _otsu(img: np.ndarray) -> np.ndarray:
    return cv2.threshold(cv2.GaussianBlur(img, (3, 3), 0), 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)[1]


_LA, _GH = zxingcpp.Binarizer.LocalAverage, zxingcpp.Binarizer.GlobalHistogram
_TREATMENTS = (
    lambda im: (im, _LA),
    lambda im: (_sharpen(im), _LA),
    lambda im: (_otsu(im), _LA),
    lambda im: (im, _GH),
)


def _upscaled_frame(gray: np.ndarray, deadline: float, sharpen: bool = False) -> list[Detection]:
    """Last resort for a frame where nothing was even located: the frame at 2x, optionally sharpened
    first (at 1x, four times cheaper than after), which recovers soft far badges."""
    if gray.shape[1] <= BIG_FRAME_WIDTH:
        src = cv2.addWeighted(gray, 1.8, cv2.GaussianBlur(gray, (0, 0), 1.0), -0.8, 0) if sharpen else gray
        big = cv2.resize(src, None, fx=2.0, fy=2.0, interpolation=cv2.INTER_CUBIC)
        found, located = [], []
        # no inverted pass: a badge too small to find is not a light-on-dark phone screen
        for b in _read(big, errors=True, downscale=False, invert=False):
            (found if b.valid else located).append(b)
        if found:
            return [Detection(b.text, _corners(b, 2.0)) for b in found]
        for b in located[:2]:
            if time.perf_counter() > deadline:
                break
            hits = _retry_region(gray, Detection("", _corners(b, 2.0)).box(), deadline)
            if hits:
                return hits
    if time.perf_counter() < deadline:
        return [Detection(b.text, _corners(b)) for b in _read(gray, binarizer=_GH) if b.valid]
    return []


def decode_frame_detailed(frame: np.ndarray, budget_ms: float = DEFAULT_BUDGET_MS) -> list[Detection]:
    """Every code in one frame with its corners, without tracking (a single image)."""
    return FrameDecoder(budget_ms=budget_ms).decode(frame)


def decode_frame(frame: np.ndarray) -> list[str]:
    """Every QR code's text in a frame (BGR or grayscale numpy array)."""
    return [d.text for d in decode_frame_detailed(frame)]


def read_image(path: str | Path, *, color: bool = False) -> np.ndarray:
    """An image file as grayscale (or BGR); ValueError with a clear message when it cannot be read.

    Never raises anything else: an empty file, a file that may not be read, one whose header claims
    billions of pixels (refused before decoding) or that OpenCV chokes on is a ValueError.
    """
    try:
        data = np.fromfile(str(path), dtype=np.uint8)
    except FileNotFoundError:
        raise ValueError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise ValueError(f"{path}: a folder, not an image") from None
    except OSError as exc:
        raise ValueError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    if not data.size:
        raise ValueError(f"{path}: empty file (0 bytes), not an image")
    why = too_big(data[:65536].tobytes())
    if why:
        raise ValueError(f"{path}: {why}")
    try:
        image = cv2.imdecode(data, cv2.IMREAD_COLOR if color else cv2.IMREAD_GRAYSCALE)
    except cv2.error:
        image = None
    if image is None:
        raise ValueError(f"{path}: not an image that can be read")
    return image


def decode_image(path: str | Path) -> list[str]:
    """Every QR code's text in an image file."""
    return decode_frame(read_image(path))
