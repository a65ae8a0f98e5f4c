"""Decoder benchmark: read rate and time per frame, our pipeline vs one zxing-cpp call vs OpenCV.

    .venv/bin/python benchmarks/decoder_bench.py [SAMPLES_DIR] [--frames N]

Two sets, measured in the same run on one core (``cv2.setNumThreads(1)``):

1. the ZXing "blackbox" QR photos in SAMPLES_DIR (default ``../shared/data/qr-samples``
   next to the repository): each image with its expected text in ``<stem>.txt``;
2. generated webcam frames (1280x720) of a badge with a real 18-character code at
   module sizes from 8 down to 1.5 pixels per module, tilted and rotated, sharp,
   blurred, or dim and noisy, plus empty frames (what the camera sees most of the day).
   A last row replays moving far badges as a sequence through one ``FrameDecoder``,
   which is how the camera worker uses it (tracking the last positions).

Prints Markdown tables for docs/BENCHMARKS.md. Not a test: numbers depend on the machine.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import cv2
import numpy as np
import zxingcpp

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))

from checkin.codes import EventKeys, issue_code  # noqa: E402
from checkin.scan.decoder import FrameDecoder, decode_frame_detailed, read_image  # noqa: E402
from scanframes import Shot, make_badge_image, qr_matrix, render_shot_frame  # noqa: E402

IMAGE_EXT = {".png", ".jpg", ".jpeg", ".gif", ".bmp"}
_CV = cv2.QRCodeDetector()


def plain_zxing(gray):
    return [r.text for r in zxingcpp.read_barcodes(gray, formats=zxingcpp.BarcodeFormat.QRCode,
                                                   text_mode=zxingcpp.TextMode.Plain)]


def ours(gray):
    return [d.text for d in decode_frame_detailed(gray)]


def opencv(gray):
    try:
        text, _pts, _ = _CV.detectAndDecode(gray)
    except (cv2.error, UnicodeDecodeError):  # Shift_JIS payloads are not UTF-8
        return []
    return [text] if text else []


METHODS = {"ours": ours, "zxing-cpp (1 call)": plain_zxing, "cv2.QRCodeDetector": opencv}


def timed(fn, gray):
    start = time.perf_counter()
    out = fn(gray)
    return out, (time.perf_counter() - start) * 1000


def p95(values):
    return float(np.percentile(values, 95)) if values else float("nan")


def sample_set(root: Path):
    for img in sorted(p for p in root.rglob("*") if p.suffix.lower() in IMAGE_EXT):
        txt = img.with_suffix(".txt")
        if txt.exists():
            # exact bytes as UTF-8: text mode would turn the CR LF of vCards into LF
            yield img, txt.read_bytes().decode("utf-8")


def bench_samples(root: Path) -> None:
    items = list(sample_set(root))
    if not items:
        print(f"(no samples under {root})")
        return
    groups: dict[str, list] = {}
    for img, expected in items:
        groups.setdefault(img.parent.name, []).append((read_image(img), expected))
    groups["all"] = [x for g in list(groups.values()) for x in g]
    print(f"### ZXing blackbox photos ({len(items)} images, {root})\n")
    print("| set | images | " + " | ".join(f"{m} read | {m} median / p95 ms" for m in METHODS) + " |")
    print("|---|---:|" + "---:|---:|" * len(METHODS))
    for name, entries in groups.items():
        cells = []
        for fn in METHODS.values():
            hits, times = 0, []
            for gray, expected in entries:
                out, ms = timed(fn, gray)
                hits += expected in out
                times.append(ms)
            cells.append(f"{hits / len(entries):.1%} | {statistics.median(times):.2f} / {p95(times):.2f}")
        print(f"| {name} | {len(entries)} | " + " | ".join(cells) + " |")
    print()


CONDITIONS = {
    "sharp": dict(blur=0.0, light=0.9, noise=2),
    "blurred": dict(blur=1.0, light=0.9, noise=2),
    "dim+noisy": dict(blur=0.4, light=0.35, noise=5),
}
MODULE_PX = [8, 5, 4, 3, 2.5, 2, 1.75, 1.5]


def badge_frames(code: str, module_px: float, condition: dict, n: int, rng: np.random.Generator):
    badge = make_badge_image(code, "Helene Lefevre", "Ministere de l'Emploi")
    card_module = (badge.shape[1] * 2 // 3) // len(qr_matrix(code))  # as make_badge_image draws it
    height = module_px * badge.shape[0] / (card_module * 720)
    for i in range(n):
        shot = Shot(badge, height=height, tilt=float(rng.uniform(-25, 25)), angle=float(rng.uniform(-15, 15)),
                    center=(float(rng.uniform(0.3, 0.7)), float(rng.uniform(0.35, 0.65))), **condition)
        yield cv2.cvtColor(render_shot_frame(shot, 0.5, seed=int(rng.integers(1 << 30))), cv2.COLOR_BGR2GRAY)


def bench_badges(n: int) -> None:
    rng = np.random.default_rng(2027)
    code = issue_code(EventKeys.from_hex("5e" * 32), badge_id="7K3M9Q")  # fixed: the same frames every run
    print(f"### Generated 1280x720 badge frames ({n} frames per cell; code {code}, QR version 1)\n")
    print("Read rate per module size (pixels per QR module in the frame):\n")
    print("| condition | method | " + " | ".join(f"{m} px" for m in MODULE_PX) + " |")
    print("|---|---|" + "---:|" * len(MODULE_PX))
    times = {m: [] for m in METHODS}
    for cname, cond in CONDITIONS.items():
        frames = {px: list(badge_frames(code, px, cond, n, rng)) for px in MODULE_PX}
        for mname, fn in METHODS.items():
            cells = []
            for px in MODULE_PX:
                hits = 0
                for gray in frames[px]:
                    out, ms = timed(fn, gray)
                    hits += code in out
                    times[mname].append(ms)
                cells.append(f"{hits / n:.0%}")
            print(f"| {cname} | {mname} | " + " | ".join(cells) + " |")
    empty = [cv2.cvtColor(render_shot_frame(Shot(None, noise=3), 0.5, seed=i), cv2.COLOR_BGR2GRAY) for i in range(n)]
    for mname, fn in METHODS.items():
        for gray in empty:
            times[mname].append(timed(fn, gray)[1])
    print(f"\nTime per 1280x720 frame over all {len(times['ours'])} frames above plus {n} empty ones:\n")
    print("| method | median ms | p95 ms | max ms |")
    print("|---|---:|---:|---:|")
    for mname, ts in times.items():
        print(f"| {mname} | {statistics.median(ts):.2f} | {p95(ts):.2f} | {max(ts):.2f} |")
    print()
    bench_sequence(code, rng)


def bench_sequence(code: str, rng: np.random.Generator, frames: int = 30) -> None:
    """Far, soft badges moving slowly, decoded frame after frame: tracking vs stateless."""
    print(f"Sequences ({frames} frames of a badge drifting 80 px, blur 0.8, dim 0.6), share of frames read:\n")
    print("| module px | ours, tracking (FrameDecoder) | ours, one frame at a time | zxing-cpp (1 call) |")
    print("|---:|---:|---:|---:|")
    badge = make_badge_image(code, "Helene Lefevre")
    card_module = (badge.shape[1] * 2 // 3) // len(qr_matrix(code))
    for px in (2.5, 2.0, 1.75):
        height = px * badge.shape[0] / (card_module * 720)
        shot = Shot(badge, height=height, tilt=20, angle=8, blur=0.8, light=0.6, noise=3, move=(80, 10))
        seq = [cv2.cvtColor(render_shot_frame(shot, i / frames, seed=i), cv2.COLOR_BGR2GRAY) for i in range(frames)]
        tracker = FrameDecoder()
        tracked = sum(code in [d.text for d in tracker.decode(g)] for g in seq)
        single = sum(code in ours(g) for g in seq)
        plain = sum(code in plain_zxing(g) for g in seq)
        print(f"| {px} | {tracked / frames:.0%} | {single / frames:.0%} | {plain / frames:.0%} |")
    print()


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("samples", nargs="?", type=Path, default=REPO.parent / "shared" / "data" / "qr-samples",
                        help="folder of QR photos with <stem>.txt expected texts")
    parser.add_argument("--frames", type=int, default=30, help="generated frames per table cell")
    args = parser.parse_args(argv)
    cv2.setNumThreads(1)
    from importlib.metadata import version

    print(f"Python {sys.version.split()[0]}, zxing-cpp {version('zxing-cpp')}, "
          f"OpenCV {cv2.__version__}, cv2 threads {cv2.getNumThreads()}\n")
    bench_samples(args.samples)
    bench_badges(args.frames)
    return 0


if __name__ == "__main__":
    sys.exit(main())
