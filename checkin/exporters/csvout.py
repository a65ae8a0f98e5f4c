"""Writing CSV files that open correctly in Excel and cannot inject formulas."""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

# OWASP CSV injection: cells a spreadsheet could read as a formula. The full-width
# forms are read as formulas by Excel in East Asian locales.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")


class ExportError(Exception):
    """A file could not be written (full disk, no permission...): one line for people."""


def neutralise(value: object) -> str:
    """The text of a cell, prefixed with ``'`` when it would start a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def write_csv(
    path: Path, header: list[str], rows: Iterable[Iterable[object]], *, delimiter: str = ",",
    neutralised: bool = False,
) -> Path:
    """Write one CSV atomically: UTF-8 with BOM, every cell neutralised.

    ``neutralised``: the rows come neutralised already (``checkin.store.export_rows``
    does it in SQL), so they are written as they are, at the speed of the csv module.

    The rows go to a temporary file in the same folder that replaces ``path``
    only once complete and flushed, so a full disk never leaves half a file.
    """
    path = Path(path)
    # mkstemp makes the file 0600: private, as it holds names and e-mails (export_all can share it)
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, delimiter=delimiter)
            writer.writerow([neutralise(c) for c in header])
            if neutralised:
                writer.writerows(rows)
            else:
                for row in rows:
                    writer.writerow([neutralise(c) for c in row])
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp_name, path)
    except OSError as exc:
        try:
            os.unlink(temp_name)
        except OSError:
            pass
        raise ExportError(f"{path}: cannot write ({exc.strerror or exc}); no partial file was left") from None
    return path
