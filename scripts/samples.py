#!/usr/bin/env python3
"""Sample outputs of the demo event, rasterised for the README: the attendance report (English, French,
Arabic), certificates of attendance (French, Arabic) and a mail-merge QR as a phone photo sees it.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/samples.py [--out docs/samples]

Builds the demo event in a temporary folder, gives it an organiser name and a
drawn signature (no logo: the demo is nobody's event), writes the PDFs with the
same commands an organiser runs, and rasterises their pages with poppler's
``pdftoppm`` (what tests use too).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))  # phonephoto: the door test's phone-screen camera model
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
DPI = 72


def rasterise(pdf: Path, out: Path, stem: str, *, first: int = 1, last: int | None = None) -> list[Path]:
    args = ["pdftoppm", "-r", str(DPI), "-png", "-f", str(first)]
    if last:
        args += ["-l", str(last)]
    subprocess.run([*args, str(pdf), str(out / stem)], check=True)
    made = sorted(out.glob(f"{stem}-*.png"))
    named = []
    for i, path in enumerate(made, first):  # pdftoppm pads page numbers by the page count: make them stable
        target = out / f"{stem}-{i}.png"
        path.replace(target)
        named.append(target)
    return named


def main() -> int:
    import cv2
    import numpy as np

    from checkin.cli import main as cli

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "samples")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for old in args.out.glob("*.png"):
        old.unlink()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        db = str(tmp / "demo.db")
        assert cli(["--db", db, "demo"]) == 0
        signature = np.full((90, 300, 3), 255, np.uint8)
        points = np.array([[12, 62], [48, 22], [70, 70], [104, 30], [130, 64], [172, 26], [210, 58],
                           [288, 40]])
        cv2.polylines(signature, [points], False, (90, 40, 20), 3, cv2.LINE_AA)
        cv2.imwrite(str(tmp / "signature.png"), signature)
        assert cli(["--db", db, "organiser", "--name", "Organisateur du séminaire (démo)",
                    "--signatory", "La coordinatrice du séminaire",
                    "--signature", str(tmp / "signature.png")]) == 0
        for lang in ("en", "fr", "ar"):
            assert cli(["--db", db, "report", "--pdf", str(tmp / f"report-{lang}.pdf"), "--lang", lang]) == 0
            rasterise(tmp / f"report-{lang}.pdf", args.out, f"report-{lang}")
        from checkin.badges import is_rtl
        from checkin.report.certificates import certificates
        from checkin.store.db import Store

        with Store(db) as store:  # the Arabic sample shows a person whose name is in Arabic
            held = certificates(store, min_sessions=1)
        arabic = next((c for c in held if is_rtl(c.attendee.full_name)), held[0])
        for lang, who in (("fr", []), ("ar", ["--attendee", str(arabic.attendee.id)])):
            assert cli(["--db", db, "certificates", "--pdf", str(tmp / f"cert-{lang}.pdf"), "--lang", lang,
                        "--min-sessions", "1", *who]) == 0
            rasterise(tmp / f"cert-{lang}.pdf", args.out, f"certificate-{lang}", last=1)
        assert cli(["--db", db, "mailmerge", "--out", str(tmp / "pack")]) == 0
        from phonephoto import phone_screen, photograph, subpixel_grid

        first = sorted((tmp / "pack" / "qr").glob("*.png"))[0]
        qr = cv2.imread(str(first), cv2.IMREAD_GRAYSCALE)
        cv2.imwrite(str(args.out / "mailmerge-qr.png"), cv2.resize(qr, None, fx=0.5, fy=0.5,
                                                                   interpolation=cv2.INTER_AREA))
        frame = photograph(subpixel_grid(phone_screen(qr)), glare=0.7, phone_width=340)
        cv2.imwrite(str(args.out / "mailmerge-phone-photo.png"), frame[120:600, 380:900])
    for path in sorted(args.out.glob("*.png")):
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
