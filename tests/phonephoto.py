"""A QR code shown on a phone screen, photographed by the desk webcam: pixel grid, moiré, glare.

What happens at a real door: the person holds up the mail-merge QR image on
their phone. The webcam sees the phone's RGB sub-pixel grid, which, resampled
by the camera sensor at another pitch, turns into moiré bands; the screen's
glass reflects a ceiling light (a bright blob that washes out part of the code);
the phone is tilted; the picture is soft, noisy and JPEG-compressed.
Deterministic (seeded).
"""

from __future__ import annotations

import cv2
import numpy as np

FRAME = (1280, 720)


def phone_screen(qr: np.ndarray, *, screen_px: tuple[int, int] = (360, 740), qr_px: int = 300) -> np.ndarray:
    """The phone's screen (BGR) with the QR image scaled to ``qr_px`` in the middle of a white page."""
    w, h = screen_px
    screen = np.full((h, w), 250, np.uint8)
    cv2.rectangle(screen, (0, 0), (w, 56), 235, -1)  # the mail app's title bar
    small = cv2.resize(qr, (qr_px, qr_px), interpolation=cv2.INTER_AREA)
    y0, x0 = (h - qr_px) // 2, (w - qr_px) // 2
    screen[y0:y0 + qr_px, x0:x0 + qr_px] = small
    return cv2.cvtColor(screen, cv2.COLOR_GRAY2BGR)


def subpixel_grid(screen: np.ndarray, *, cell: int = 3) -> np.ndarray:
    """Each screen pixel as ``cell`` x ``cell`` sensor-visible dots: B, G, R stripes and a dark gap row."""
    h, w = screen.shape[:2]
    big = cv2.resize(screen, (w * cell, h * cell), interpolation=cv2.INTER_NEAREST).astype(np.float32)
    mask = np.zeros((cell, cell, 3), np.float32)
    for channel in range(3):  # BGR stripes side by side
        mask[:, channel % cell, channel] = 1.0
    mask[cell - 1, :, :] *= 0.35  # the black matrix between rows
    tiled = np.tile(mask, (h, w, 1))
    return np.clip(big * tiled * 2.2, 0, 255).astype(np.uint8)


def photograph(screen: np.ndarray, *, seed: int = 7, glare: float = 0.85, tilt: float = 0.12,
               phone_width: int = 300, jpeg_quality: int = 70) -> np.ndarray:
    """The screen as a 1280x720 webcam frame: bezel, tilt, glare, blur, noise, JPEG."""
    rng = np.random.default_rng(seed)
    h, w = screen.shape[:2]
    bezel = 18
    phone = np.full((h + 2 * bezel, w + 2 * bezel, 3), 20, np.uint8)
    phone[bezel:bezel + h, bezel:bezel + w] = screen
    ph, pw = phone.shape[:2]
    scale = phone_width / pw
    fw, fh = FRAME
    cx, cy = fw * 0.52, fh * 0.5
    half_w, half_h = pw * scale / 2, ph * scale / 2
    dst = np.float32([
        [cx - half_w * (1 - tilt), cy - half_h], [cx + half_w * (1 + tilt * 0.3), cy - half_h * (1 + tilt)],
        [cx + half_w * (1 + tilt * 0.3), cy + half_h * (1 + tilt)], [cx - half_w * (1 - tilt), cy + half_h],
    ])
    src = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    matrix = cv2.getPerspectiveTransform(src, dst)
    background = np.full((fh, fw, 3), (96, 110, 120), np.uint8)  # a desk, a wall
    # INTER_LINEAR on a sub-pixel grid shrunk ~4x is exactly what makes moiré
    frame = cv2.warpPerspective(phone, matrix, (fw, fh), dst=background, flags=cv2.INTER_LINEAR,
                                borderMode=cv2.BORDER_TRANSPARENT).astype(np.float32)
    # glare: a ceiling light reflected off the glass, over a corner of the code
    yy, xx = np.mgrid[0:fh, 0:fw].astype(np.float32)
    gx, gy = cx + half_w * 0.35, cy - half_h * 0.12
    blob = np.exp(-(((xx - gx) / (half_w * 0.35)) ** 2 + ((yy - gy) / (half_w * 0.25)) ** 2))
    frame = frame * (1 - 0.55 * glare * blob[..., None]) + 255 * glare * blob[..., None]
    frame = cv2.GaussianBlur(frame, (0, 0), 0.9)
    frame += rng.normal(0, 6, frame.shape).astype(np.float32)
    frame = np.clip(frame, 0, 255).astype(np.uint8)
    ok, data = cv2.imencode(".jpg", frame, [cv2.IMWRITE_JPEG_QUALITY, jpeg_quality])
    assert ok
    return cv2.imdecode(data, cv2.IMREAD_COLOR)
