"""Read rate of printed badges in simulated webcam photos: the 18-character code vs a long one.

Renders badges with the real renderer (by default the 90 x 54 mm badge of the A4
sheet, QR symbol 30 mm; ``--layout a6`` for the 40 mm one), then photographs
them with a simulated 1280 x 720 webcam (horizontal field of view 70 degrees,
like a Logitech C920) at several distances: pinhole projection with random
tilt (yaw/pitch up to 25 degrees, roll up to 15), optical blur, sometimes
motion blur, dim and low-contrast light, sensor noise and MJPEG-like JPEG
compression. Every variant of a badge gets the very same photo conditions (same
random seed). Frames are decoded with the project's decoder (``checkin.scan.decoder.decode_frame``).

Variants:
  code-M    our 18-character code, error correction M -> QR version 1 (what is printed)
  code-Q    the same code at level Q -> version 2
  long-M    a 90-character payload (URL + JWT-like signature, byte mode) -> version 6

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/badge_readrate.py [--badges 30] [--trials 5]
        [--layout a4-sheet|a6|card] [--distances 30,40,50,60,70,80]
"""

from __future__ import annotations

import argparse
import base64
import math
import os
import random
import sys
import time
from pathlib import Path

import cv2
import numpy as np
from qrcode.constants import ERROR_CORRECT_M, ERROR_CORRECT_Q

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from checkin.badges import badge_content, qr_matrix  # noqa: E402
from checkin.codes import EventKeys, issue_code  # noqa: E402
from checkin.scan.decoder import decode_frame  # noqa: E402

FRAME_W, FRAME_H = 1280, 720
HFOV_DEG = 70.0
FOCAL_PX = FRAME_W / 2 / math.tan(math.radians(HFOV_DEG / 2))
PAPER_DPI = 400
NAMES = ["Hélène Lefèvre", "أحمد بنعلي", "Sarah O'Brien", "Jean-Baptiste de la Fontaine", "Amina Alaoui"]


class _Attendee:
    def __init__(self, i: int, code: str):
        self.id, self.code = i, code
        self.full_name = NAMES[i % len(NAMES)]
        self.organisation = "Ministère de l'Emploi"
        self.category = ("Participant", "Speaker", "Presse")[i % 3]


class _Event:
    name = "Migration et marché de l'emploi"
    date = "2027-03-17"


def long_payload(rng: random.Random) -> str:
    """90 characters: a ticket URL with a JWT-ish token, typical of online ticketing tools."""
    sig = base64.urlsafe_b64encode(rng.randbytes(49)).decode().rstrip("=")
    return ("https://t.example.org/b/" + sig)[:90]


def paper_image(code: str, index: int, ec: int, code_text: str, layout: str) -> np.ndarray:
    """The badge as printed, grayscale at PAPER_DPI."""
    from dataclasses import replace

    from checkin.ui.render.badge_render import render_badge_image

    content = replace(badge_content(_Attendee(index, code_text), _Event()), code=code)
    image = render_badge_image(content, layout=layout, dpi=PAPER_DPI, error_correction=ec)
    gray = image.convertToFormat(image.Format.Format_Grayscale8)
    array = np.frombuffer(gray.constBits(), np.uint8).reshape(gray.height(), gray.bytesPerLine())
    return array[:, : gray.width()].copy()


def _rotation(yaw: float, pitch: float, roll: float) -> np.ndarray:
    cy, sy = math.cos(math.radians(yaw)), math.sin(math.radians(yaw))
    cp, sp = math.cos(math.radians(pitch)), math.sin(math.radians(pitch))
    cr, sr = math.cos(math.radians(roll)), math.sin(math.radians(roll))
    ry = np.array([[cy, 0, sy], [0, 1, 0], [-sy, 0, cy]])
    rx = np.array([[1, 0, 0], [0, cp, -sp], [0, sp, cp]])
    rz = np.array([[cr, -sr, 0], [sr, cr, 0], [0, 0, 1]])
    return rz @ rx @ ry


def photograph(paper: np.ndarray, distance_mm: float, rng: random.Random) -> np.ndarray:
    """One simulated webcam frame of the badge at ``distance_mm``, conditions drawn from ``rng``."""
    badge_h_mm, badge_w_mm = (n / PAPER_DPI * 25.4 for n in paper.shape)
    yaw, pitch, roll = rng.uniform(-25, 25), rng.uniform(-25, 25), rng.uniform(-15, 15)
    off_x, off_y = rng.uniform(-0.25, 0.25) * FRAME_W, rng.uniform(-0.2, 0.2) * FRAME_H
    blur_sigma = rng.uniform(0.5, 1.3)
    motion = rng.random() < 0.3
    contrast, brightness = rng.uniform(0.45, 0.9), rng.uniform(10, 60)
    noise = rng.uniform(2, 7)
    quality = rng.randint(55, 85)
    background = rng.randint(40, 160)
    np_rng = np.random.default_rng(rng.randrange(2**32))

    # pre-shrink the paper to about the camera's sampling (a sensor integrates over its pixels)
    px_per_mm = FOCAL_PX / distance_mm
    scale = px_per_mm * 25.4 / PAPER_DPI
    small = cv2.resize(paper, None, fx=scale * 1.5, fy=scale * 1.5, interpolation=cv2.INTER_AREA)
    sh, sw = small.shape
    w2, h2 = badge_w_mm / 2, badge_h_mm / 2
    corners_mm = np.array([[-w2, -h2, 0], [w2, -h2, 0], [w2, h2, 0], [-w2, h2, 0]])
    world = corners_mm @ _rotation(yaw, pitch, roll).T + np.array([0, 0, distance_mm])
    projected = np.stack([FOCAL_PX * world[:, 0] / world[:, 2] + FRAME_W / 2 + off_x,
                          FOCAL_PX * world[:, 1] / world[:, 2] + FRAME_H / 2 + off_y], axis=1)
    source = np.array([[0, 0], [sw, 0], [sw, sh], [0, sh]], dtype=np.float32)
    homography = cv2.getPerspectiveTransform(source, projected.astype(np.float32))
    frame = cv2.warpPerspective(small, homography, (FRAME_W, FRAME_H), flags=cv2.INTER_LINEAR,
                                borderMode=cv2.BORDER_CONSTANT, borderValue=background)
    frame = cv2.GaussianBlur(frame, (0, 0), blur_sigma)
    if motion:
        length = rng.randint(3, 6)
        kernel = np.zeros((length, length), np.float32)
        kernel[length // 2, :] = 1 / length
        rot = cv2.getRotationMatrix2D((length / 2 - 0.5, length / 2 - 0.5), rng.uniform(0, 180), 1)
        kernel = cv2.warpAffine(kernel, rot, (length, length))
        frame = cv2.filter2D(frame, -1, kernel / max(kernel.sum(), 1e-6))
    frame = frame.astype(np.float32) * contrast + brightness
    frame += np_rng.normal(0, noise, frame.shape)
    frame = np.clip(frame, 0, 255).astype(np.uint8)
    ok, jpeg = cv2.imencode(".jpg", frame, [cv2.IMWRITE_JPEG_QUALITY, quality])
    return cv2.imdecode(jpeg, cv2.IMREAD_GRAYSCALE)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--badges", type=int, default=30)
    parser.add_argument("--trials", type=int, default=5, help="photos per badge and distance")
    parser.add_argument("--distances", default="30,40,50,60,70,80", help="cm")
    parser.add_argument("--seed", type=int, default=2027)
    parser.add_argument("--layout", default="a4-sheet", help="badge of this layout: a4-sheet, a6, card")
    args = parser.parse_args(argv)

    from checkin.badge_layouts import get_layout
    from checkin.ui.render.badge_render import ensure_gui_app

    ensure_gui_app()
    qr_mm = get_layout(args.layout).badge.qr
    rng = random.Random(args.seed)
    keys = EventKeys.from_hex(f"{args.seed:064x}")
    variants = {"code-M": [], "code-Q": [], "long-M": []}
    modules = {}
    for i in range(args.badges):
        code = issue_code(keys)
        payload = long_payload(rng)
        variants["code-M"].append((code, paper_image(code, i, ERROR_CORRECT_M, code, args.layout)))
        variants["code-Q"].append((code, paper_image(code, i, ERROR_CORRECT_Q, code, args.layout)))
        variants["long-M"].append((payload, paper_image(payload, i, ERROR_CORRECT_M, code, args.layout)))
    modules["code-M"] = len(qr_matrix(variants["code-M"][0][0], error_correction=ERROR_CORRECT_M))
    modules["code-Q"] = len(qr_matrix(variants["code-Q"][0][0], error_correction=ERROR_CORRECT_Q))
    modules["long-M"] = len(qr_matrix(variants["long-M"][0][0], error_correction=ERROR_CORRECT_M))
    versions = {k: (n - 17) // 4 for k, n in modules.items()}

    print(f"{args.badges} badges x {args.trials} photos per distance; webcam {FRAME_W}x{FRAME_H}, "
          f"HFOV {HFOV_DEG:.0f} deg; {args.layout} badge, QR symbol {qr_mm:.0f} mm")
    print("variant versions: " + ", ".join(f"{k} v{versions[k]} ({modules[k]} modules)" for k in variants))
    header = f"{'distance':>8} | {'px/module v1':>12} | " + " | ".join(f"{k:>7}" for k in variants)
    print(header)
    print("-" * len(header))
    totals = {k: [0, 0] for k in variants}
    started = time.perf_counter()
    for cm in [float(d) for d in args.distances.split(",")]:
        hits = {k: 0 for k in variants}
        n = 0
        for b in range(args.badges):
            for t in range(args.trials):
                seed = f"{args.seed}-{cm}-{b}-{t}"  # the same photo conditions for every variant
                n += 1
                for name, items in variants.items():
                    expected, paper = items[b]
                    frame = photograph(paper, cm * 10, random.Random(seed))
                    if expected in decode_frame(frame):
                        hits[name] += 1
        for k in variants:
            totals[k][0] += hits[k]
            totals[k][1] += n
        px_module = FOCAL_PX / (cm * 10) * qr_mm / modules["code-M"]
        print(f"{cm:>6.0f}cm | {px_module:>12.1f} | " + " | ".join(f"{hits[k] / n:>7.0%}" for k in variants))
    print("-" * len(header))
    print(f"{'all':>8} | {'':>12} | " + " | ".join(f"{h / n:>7.0%}" for h, n in totals.values()))
    print(f"({time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
