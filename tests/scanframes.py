"""Synthetic camera footage of badges, for scan tests, the fake camera and the decoder benchmark.

A *shot* is one thing in front of the camera for some seconds: a badge image
(or nothing) placed in a 1280x720 frame at a given size, tilted in 3D,
rotated, blurred, dimmed, noisy, and possibly moving. ``badge_frames`` renders
the frames; ``write_badge_video`` writes them with ``cv2.VideoWriter`` (MJPG
in .avi, which opencv-headless can always write and read back); and
``write_badge_images`` writes a numbered image sequence.

Everything is deterministic (seeded), so a test that fails fails every time.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Sequence

import cv2
import numpy as np
import qrcode

FRAME_SIZE = (1280, 720)  # width, height: what the camera source asks a webcam for


def qr_matrix(text: str, ecc: str = "M") -> np.ndarray:
    """The QR modules of ``text`` as a 0/1 array (1 = dark), with the 4-module quiet zone."""
    level = {"L": qrcode.constants.ERROR_CORRECT_L, "M": qrcode.constants.ERROR_CORRECT_M,
             "Q": qrcode.constants.ERROR_CORRECT_Q, "H": qrcode.constants.ERROR_CORRECT_H}[ecc]
    qr = qrcode.QRCode(error_correction=level, border=4)
    qr.add_data(text)
    qr.make(fit=True)
    return np.array(qr.get_matrix(), dtype=np.uint8)


def qr_image(text: str, module_px: int = 8, ecc: str = "M") -> np.ndarray:
    """A crisp grayscale QR image (white background) with ``module_px`` pixels per module."""
    m = qr_matrix(text, ecc)
    img = np.where(m == 1, 0, 255).astype(np.uint8)
    return cv2.resize(img, (m.shape[1] * module_px, m.shape[0] * module_px), interpolation=cv2.INTER_NEAREST)


def make_badge_image(code: str, name: str = "", organisation: str = "", *, width: int = 600,
                     height: int = 860, band=(40, 110, 200)) -> np.ndarray:
    """A simple printed badge (BGR): colour band, name, organisation, and the code's QR.

    ``cv2.putText`` draws ASCII only; non-ASCII characters are shown as '?', which
    does not matter for decoding tests. The project's real badges come from
    ``checkin.ui.render.badge_render``.
    """
    card = np.full((height, width, 3), 255, np.uint8)
    card[: height // 9] = band
    qr = qr_image(code, module_px=max(2, (width * 2 // 3) // (len(qr_matrix(code)))))
    qh, qw = qr.shape
    y0, x0 = height - qh - height // 14, (width - qw) // 2
    card[y0:y0 + qh, x0:x0 + qw] = cv2.cvtColor(qr, cv2.COLOR_GRAY2BGR)
    text = name.encode("ascii", "replace").decode()
    org = organisation.encode("ascii", "replace").decode()
    cv2.putText(card, text[:22], (30, height // 9 + 80), cv2.FONT_HERSHEY_SIMPLEX, 1.3, (20, 20, 20), 3,
                cv2.LINE_AA)
    cv2.putText(card, org[:34], (30, height // 9 + 130), cv2.FONT_HERSHEY_SIMPLEX, 0.8, (60, 60, 60), 2,
                cv2.LINE_AA)
    cv2.rectangle(card, (0, 0), (width - 1, height - 1), (180, 180, 180), 2)
    return card


@dataclass(frozen=True)
class Shot:
    """One thing in front of the camera.

    ``image`` None is an empty scene. ``height`` is the badge's height as a
    fraction of the frame height (arm's length is ~0.6-0.9 for a 1280x720 webcam);
    ``tilt`` the 3D tilt in degrees (perspective), ``angle`` the in-plane rotation,
    ``blur`` a Gaussian sigma in pixels, ``light`` a brightness factor (0.35 = dim),
    ``noise`` the sensor noise sigma, ``move`` the (dx, dy) in pixels travelled
    over the shot, ``center`` where the badge is (fractions of the frame).
    """

    image: np.ndarray | None
    seconds: float = 1.0
    height: float = 0.75
    tilt: float = 0.0
    angle: float = 0.0
    blur: float = 0.0
    light: float = 1.0
    noise: float = 2.0
    move: tuple[float, float] = (0.0, 0.0)
    center: tuple[float, float] = (0.5, 0.5)


def _background(size: tuple[int, int], seed: int) -> np.ndarray:
    w, h = size
    rng = np.random.default_rng(seed)
    # a smooth, slightly textured room: gradients plus a few blurred blobs
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    base = 90 + 40 * (xx / w) + 25 * np.sin(yy / h * 3.1)
    blobs = cv2.GaussianBlur(rng.normal(0, 60, (h // 8, w // 8)).astype(np.float32), (0, 0), 3)
    base += cv2.resize(blobs, (w, h))
    bg = np.clip(np.stack([base * 0.9, base, base * 1.05], axis=-1), 0, 255).astype(np.uint8)
    return bg


def place_badge(frame: np.ndarray, image: np.ndarray, *, height: float, tilt: float = 0.0,
                angle: float = 0.0, center: tuple[float, float] = (0.5, 0.5)) -> np.ndarray:
    """Paste a badge into a frame through a perspective warp (in place; returns the frame)."""
    fh, fw = frame.shape[:2]
    scale = height * fh / image.shape[0]
    if scale < 1:
        # A camera integrates light over each pixel: shrink by area first, so a far badge
        # is soft the way a real one is, rather than point-sampled with aliasing.
        image = cv2.resize(image, None, fx=min(1.0, scale * 1.25), fy=min(1.0, scale * 1.25),
                           interpolation=cv2.INTER_AREA)
        scale = height * fh / image.shape[0]
    ih, iw = image.shape[:2]
    w2, h2 = iw * scale / 2, ih * scale / 2
    # tilt about the vertical axis: the far edge shrinks, like a badge turned away
    k = np.sin(np.radians(tilt)) * 0.35
    corners = np.array([[-w2, -h2 * (1 - k)], [w2, -h2 * (1 + k)], [w2, h2 * (1 + k)], [-w2, h2 * (1 - k)]])
    corners[:, 0] *= np.cos(np.radians(tilt))
    rot = np.radians(angle)
    r = np.array([[np.cos(rot), -np.sin(rot)], [np.sin(rot), np.cos(rot)]])
    corners = corners @ r.T + [center[0] * fw, center[1] * fh]
    src = np.float32([[0, 0], [iw, 0], [iw, ih], [0, ih]])
    m = cv2.getPerspectiveTransform(src, np.float32(corners))
    warped = cv2.warpPerspective(image, m, (fw, fh), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.full((ih, iw), 255, np.uint8), m, (fw, fh))
    np.copyto(frame, warped, where=(mask > 127)[..., None])
    return frame


def render_shot_frame(shot: Shot, progress: float, *, size=FRAME_SIZE, seed: int = 0,
                      background: np.ndarray | None = None) -> np.ndarray:
    """One BGR frame of a shot, ``progress`` in [0, 1) through it."""
    frame = (background if background is not None else _background(size, seed)).copy()
    if shot.image is not None:
        image = shot.image if shot.image.ndim == 3 else cv2.cvtColor(shot.image, cv2.COLOR_GRAY2BGR)
        cx = shot.center[0] + shot.move[0] * (progress - 0.5) / size[0]
        cy = shot.center[1] + shot.move[1] * (progress - 0.5) / size[1]
        place_badge(frame, image, height=shot.height, tilt=shot.tilt, angle=shot.angle, center=(cx, cy))
    if shot.blur > 0:
        frame = cv2.GaussianBlur(frame, (0, 0), shot.blur)
    if shot.light == 1.0 and shot.noise <= 0:
        return frame
    out = frame.astype(np.int16)
    if shot.light != 1.0:
        out = (out * shot.light).astype(np.int16)
    if shot.noise > 0:
        out += (_noise(frame.shape, seed) * shot.noise).astype(np.int16)
    return np.clip(out, 0, 255).astype(np.uint8)


_NOISE: dict[tuple, list[np.ndarray]] = {}


def _noise(shape: tuple, seed: int) -> np.ndarray:
    """Unit Gaussian sensor noise; a small bank reused across frames (drawing 2.7 M normals per
    frame would make the tests ten times slower for no added realism)."""
    bank = _NOISE.get(shape)
    if bank is None:
        rng = np.random.default_rng(12345)
        bank = _NOISE[shape] = [rng.standard_normal(shape, dtype=np.float32) for _ in range(5)]
    return bank[seed % len(bank)]


def badge_frames(shots: Sequence[Shot], fps: float = 15, size=FRAME_SIZE) -> Iterator[tuple[float, np.ndarray]]:
    """``(media time in seconds, BGR frame)`` for every frame of the shots, in order."""
    background = _background(size, 7)
    n = 0
    for i, shot in enumerate(shots):
        count = max(1, round(shot.seconds * fps))
        for j in range(count):
            yield n / fps, render_shot_frame(shot, j / count, size=size, seed=1000 * i + j, background=background)
            n += 1


def write_badge_video(path: str | Path, shots: Sequence[Shot], fps: float = 15, size=FRAME_SIZE) -> Path:
    """Write the shots as an MJPG .avi through ``cv2.VideoWriter``; returns the path."""
    path = Path(path)
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), fps, size)
    if not writer.isOpened():
        raise RuntimeError(f"cv2.VideoWriter cannot write {path}")
    try:
        for _t, frame in badge_frames(shots, fps, size):
            writer.write(frame)
    finally:
        writer.release()
    return path


def write_badge_images(folder: str | Path, shots: Sequence[Shot], fps: float = 15, size=FRAME_SIZE,
                       ext: str = "jpg") -> list[Path]:
    """Write the shots as ``frame_00000.jpg``... (an image-sequence source); returns the files."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for n, (_t, frame) in enumerate(badge_frames(shots, fps, size)):
        p = folder / f"frame_{n:05d}.{ext}"
        cv2.imwrite(str(p), frame)
        files.append(p)
    return files
