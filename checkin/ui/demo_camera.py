"""The simulated camera of ``checkin-app --demo``: a video of demo badges being held up.

Generated once per demo event (the project's own badge renderer, composed into
camera frames with OpenCV: a room background, the badge moved, tilted and
swaying a little as a hand holds it), written with ``cv2.VideoWriter`` and then
played by the ordinary camera worker through ``cv2.VideoCapture`` in real time,
in a loop. A newcomer without a webcam sees scanning work in the first minute:
green cards, then an altered badge refused in red, then "already checked in"
once the loop comes round again.
"""

from __future__ import annotations

import math
import os
from pathlib import Path

from checkin.store.attendees import list_attendees
from checkin.store.badges import ensure_code
from checkin.store.db import Store
from checkin.store.event import get_event

SIZE = (960, 540)  # width, height of the simulated camera
FPS = 15
HOLD_SECONDS, GAP_SECONDS = 2.4, 1.4
BADGES = 8


def demo_video_path(db_path: Path) -> Path:
    """Next to the demo event file, named after it: generated once, reused afterwards."""
    return Path(db_path).with_name(Path(db_path).stem + "-camera.avi")


def ensure_demo_video(db_path: Path, *, count: int = BADGES) -> Path:
    """The demo camera video for this event file, generated when missing. Runs off the GUI thread.

    Opens its own connection (one per thread) and records nothing: these are
    pictures of badges, not prints.
    """
    target = demo_video_path(db_path)
    if target.exists() and target.stat().st_size > 0:
        return target
    with Store(db_path) as store:
        images = demo_badge_images(store, count)
    partial = target.with_name(f".{target.name}.{os.getpid()}.partial.avi")
    try:
        write_video(partial, images)
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return target


def demo_badge_images(store: Store, count: int) -> list:
    """BGR images of ``count`` demo badges, one of them altered (its code no longer signs)."""
    from checkin.badges import badge_content
    from checkin.codes import ALPHABET
    from checkin.ui.render.badge_render import render_badge_image

    event = get_event(store)
    people = [p for p in list_attendees(store) if p.status == "registered"]
    step = max(1, len(people) // count)
    chosen = people[::step][:count]
    images = []
    for i, person in enumerate(chosen):
        content = badge_content(ensure_code(store, person.id), event)
        if i == 2:  # the forged badge: one character of the signature changed
            last = content.code[-1]
            forged = content.code[:-1] + ALPHABET[(ALPHABET.index(last) + 7) % len(ALPHABET)]
            content = _with_code(content, forged)
        images.append(_to_bgr(render_badge_image(content, layout="a6", dpi=90)))
    return images


def _with_code(content, code: str):
    from dataclasses import replace

    return replace(content, code=code)


def _to_bgr(image):
    import cv2
    import numpy as np
    from PySide6.QtGui import QImage

    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    w, h, stride = rgb.width(), rgb.height(), rgb.bytesPerLine()
    data = np.frombuffer(rgb.constBits(), dtype=np.uint8, count=stride * h).reshape(h, stride)
    return cv2.cvtColor(data[:, : w * 3].reshape(h, w, 3).copy(), cv2.COLOR_RGB2BGR)


def _room(size: tuple[int, int]):
    """A soft, warm background: a desk lamp's gradient, so the preview does not look synthetic-black."""
    import numpy as np

    w, h = size
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    light = 150 - 70 * np.hypot((xx - w * 0.3) / w, (yy - h * 0.2) / h)
    return np.clip(np.stack([light * 0.85, light * 0.95, light * 1.05], axis=-1), 0, 255).astype(np.uint8)


def held_badge_frame(background, badge, progress: float, seed: int):
    """One frame of a badge held up: it comes in, steadies, sways a little, turned slightly."""
    import cv2
    import numpy as np

    frame = background.copy()
    fh, fw = frame.shape[:2]
    ease = min(1.0, progress * 4)  # the first quarter: the hand brings the badge in
    height = fh * (0.55 + 0.25 * ease)
    scale = height / badge.shape[0]
    cx = fw * (0.5 + 0.03 * math.sin(progress * 5 + seed)) + (1 - ease) * fw * 0.25
    cy = fh * (0.5 + 0.02 * math.cos(progress * 4 + seed))
    tilt = math.radians(8 * math.sin(progress * 3 + seed))
    angle = math.radians(4 * math.sin(progress * 2 + seed * 0.7))
    h2, w2 = badge.shape[0] * scale / 2, badge.shape[1] * scale / 2
    k = math.sin(tilt) * 0.35
    corners = np.array([[-w2, -h2 * (1 - k)], [w2, -h2 * (1 + k)], [w2, h2 * (1 + k)], [-w2, h2 * (1 - k)]])
    corners[:, 0] *= math.cos(tilt)
    rot = np.array([[math.cos(angle), -math.sin(angle)], [math.sin(angle), math.cos(angle)]])
    corners = corners @ rot.T + [cx, cy]
    ih, iw = badge.shape[:2]
    m = cv2.getPerspectiveTransform(np.float32([[0, 0], [iw, 0], [iw, ih], [0, ih]]), np.float32(corners))
    warped = cv2.warpPerspective(badge, m, (fw, fh), flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(np.full((ih, iw), 255, np.uint8), m, (fw, fh)) > 127
    frame[mask] = warped[mask]
    if progress < 0.2:  # motion blur while it moves in
        frame = cv2.GaussianBlur(frame, (0, 0), 2.0)
    return frame


def write_video(path: Path, badges: list, *, size: tuple[int, int] = SIZE, fps: int = FPS) -> Path:
    """Each badge held up for ``HOLD_SECONDS`` with an empty scene between: MJPG in .avi."""
    import cv2

    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), fps, size)
    if not writer.isOpened():
        raise OSError(f"{path}: cannot write the demo camera video")
    background = _room(size)
    try:
        for i, badge in enumerate(badges):
            hold = int(HOLD_SECONDS * fps)
            for j in range(hold):
                writer.write(held_badge_frame(background, badge, j / hold, i))
            for _ in range(int(GAP_SECONDS * fps)):
                writer.write(background)
    finally:
        writer.release()
    return path
