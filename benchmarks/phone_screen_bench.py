#!/usr/bin/env python3
"""Read rate and time of the decoder on badge QR codes shown on a phone screen (moiré, glare).

    .venv/bin/python benchmarks/phone_screen_bench.py [--codes 20]

For ``--codes`` random badge codes of one event, the mail-merge QR image is put on
a phone screen and photographed as in tests/phonephoto.py, at 19 phone widths
(180-540 px in a 1280x720 frame) and three glare strengths. Each frame is
decoded, in the same run, by:

* baseline: ``decode_frame`` on the luminance image (what the decoder saw of a
  colour frame before the brightest-channel pass: it converts with BGR2GRAY);
* decoder: ``decode_frame`` on the colour frame, as the camera worker and
  ``checkin scan`` hand it over.

Prints the read rate and median milliseconds per frame for each; one core.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import cv2

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from phonephoto import phone_screen, photograph, subpixel_grid  # noqa: E402

from checkin.codes import EventKeys, issue_code  # noqa: E402
from checkin.report.mailmerge import qr_image  # noqa: E402
from checkin.scan.decoder import decode_frame  # noqa: E402

WIDTHS = range(180, 560, 20)
GLARES = (0.0, 0.7, 0.85)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--codes", type=int, default=20)
    args = parser.parse_args()
    cv2.setNumThreads(1)
    keys = EventKeys.from_hex("42" * 32)
    results = {"baseline": {g: [] for g in GLARES}, "decoder": {g: [] for g in GLARES}}
    times = {"baseline": [], "decoder": []}
    for n in range(args.codes):
        code = issue_code(keys)
        screen = subpixel_grid(phone_screen(qr_image(code)))
        for glare in GLARES:
            for width in WIDTHS:
                frame = photograph(screen, glare=glare, phone_width=width, seed=n)
                luminance = cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)
                for name, image in (("baseline", luminance), ("decoder", frame)):
                    start = time.perf_counter()
                    got = decode_frame(image)
                    times[name].append((time.perf_counter() - start) * 1000)
                    results[name][glare].append(got == [code])
    frames = args.codes * len(WIDTHS)
    print(f"{args.codes} codes x {len(WIDTHS)} phone widths = {frames} frames per glare level")
    print(f"{'':10}" + "".join(f"{'glare ' + str(g):>14}" for g in GLARES) + f"{'all':>10}{'median ms':>11}")
    for name in ("baseline", "decoder"):
        rates = [sum(results[name][g]) / frames for g in GLARES]
        overall = sum(sum(results[name][g]) for g in GLARES) / (frames * len(GLARES))
        print(f"{name:10}" + "".join(f"{r:>14.0%}" for r in rates)
              + f"{overall:>10.0%}{statistics.median(times[name]):>11.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
