"""The pre-event mail-merge pack: a CSV for any mail-merge tool and one phone-sized QR image per person.

The QR image is what a person shows on their phone at the door: the badge code
alone, black on white with a wide quiet zone, big enough (about 640 px) that a
desk webcam reads it off a phone screen. Written with OpenCV (no Qt needed).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import cv2
import numpy as np

from checkin.badges import qr_matrix
from checkin.codes import display_code
from checkin.exporters.csvout import ExportError, write_csv
from checkin.paths import private_file
from checkin.store.attendees import list_attendees
from checkin.store.badges import ensure_code
from checkin.store.db import Store

CSV_NAME = "mailmerge.csv"
QR_FOLDER = "qr"
HEADER = ["attendee_id", "external_id", "first_name", "last_name", "full_name", "email", "organisation",
          "category", "badge_code", "badge_code_text", "qr_file"]
QUIET_MODULES = 4
PHONE_PX = 640  # about the width of a phone screen in CSS pixels x2; the QR fills it


@dataclass(frozen=True)
class MailmergePack:
    csv: Path
    images: list[Path]
    without_email: int


def qr_image(code: str, *, size: int = PHONE_PX) -> np.ndarray:
    """The QR of ``code`` as a grayscale image about ``size`` px wide, whole pixels per module."""
    matrix = np.array(qr_matrix(code), dtype=bool)
    n = matrix.shape[0] + 2 * QUIET_MODULES
    module = max(4, size // n)
    canvas = np.full((n, n), 255, np.uint8)
    canvas[QUIET_MODULES:-QUIET_MODULES, QUIET_MODULES:-QUIET_MODULES][matrix] = 0
    return cv2.resize(canvas, (n * module, n * module), interpolation=cv2.INTER_NEAREST)


def _write_png(path: Path, image: np.ndarray) -> None:
    ok, data = cv2.imencode(".png", image)
    if not ok:
        raise ExportError(f"{path}: cannot encode the image")
    temp = path.with_name(f".{path.name}.tmp")
    try:
        temp.write_bytes(data.tobytes())
        private_file(temp)  # a badge QR admits whoever shows it: 0600, like the badge files
        os.replace(temp, path)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise ExportError(f"{path}: cannot write ({exc.strerror or exc})") from None


def write_mailmerge(store: Store, out_dir: Path | str, *, delimiter: str = ",",
                    progress: Callable[[int, int], None] | None = None) -> MailmergePack:
    """``out_dir/mailmerge.csv`` and ``out_dir/qr/<id>.png`` for every registered (not cancelled) person.

    People without a badge code get one issued now (as printing their badge
    would). The CSV's ``qr_file`` is relative to ``out_dir``, as mail-merge
    tools attach files named in a column.
    """
    out = Path(out_dir)
    try:
        (out / QR_FOLDER).mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(f"{out}: cannot create the folder ({exc.strerror or exc})") from None
    rows, images, without_email = [], [], 0
    people = [p for p in list_attendees(store) if p.status != "cancelled"]
    for i, person in enumerate(people, 1):
        person = person if person.code else ensure_code(store, person.id)
        relative = f"{QR_FOLDER}/{person.id}.png"
        _write_png(out / relative, qr_image(person.code))
        images.append(out / relative)
        without_email += not person.email
        rows.append([person.id, person.external_id or "", person.first_name, person.last_name,
                     person.full_name, person.email, person.organisation, person.category, person.code,
                     display_code(person.code), relative])
        if progress and (i % 50 == 0 or i == len(people)):
            progress(i, len(people))
    csv_path = write_csv(out / CSV_NAME, HEADER, rows, delimiter=delimiter)
    return MailmergePack(csv_path, images, without_email)
