"""Writing CSV files that open correctly in Excel and cannot inject formulas."""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

# OWASP CSV injection: cells a spreadsheet could read as a formula. The full-width
# forms are read as formulas by Excel in East Asian locales.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")

#: Ends the rows of a chunk of joined lines in write_joined_csv, as the cell separator joins cells.
_ROW_SEP = "\x1e"


class ExportError(Exception):
    """A file could not be written (full disk, no permission...): one line for people."""


def neutralise(value: object) -> str:
    """The text of a cell, prefixed with ``'`` when it would start a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


@contextmanager
def _replacing(path: Path) -> Iterator[IO[str]]:
    """A text file (UTF-8 with BOM) that replaces ``path`` only once complete and flushed.

    The rows go to a temporary file in the same folder, so a full disk never leaves half a file.
    """
    # mkstemp makes the file 0600: private, as it holds names and e-mails (export_all can share it)
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp_name, path)
    except BaseException as exc:
        try:
            os.unlink(temp_name)
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise ExportError(f"{path}: cannot write ({exc.strerror or exc});"
                              " no partial file was left") from None
        raise


def write_csv(
    path: Path, header: list[str], rows: Iterable[Iterable[object]], *, delimiter: str = ",",
    neutralised: bool = False,
) -> Path:
    """Write one CSV atomically: UTF-8 with BOM, every cell neutralised.

    ``neutralised``: the rows come neutralised already (``checkin.store.export_rows``
    does it in SQL), so they are written as they are, at the speed of the csv module.
    """
    path = Path(path)
    with _replacing(path) as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow([neutralise(c) for c in header])
        if neutralised:
            writer.writerows(rows)
        else:
            for row in rows:
                writer.writerow([neutralise(c) for c in row])
    return path


class CellHoldsSeparator(Exception):
    """A cell holds the separator that joined its row's cells: write the file from separate cells."""


def write_joined_csv(path: Path, header: list[str], lines, *, cell_sep: str, delimiter: str = ",",
                     chunk: int = 2048) -> Path:
    """Write one CSV atomically from 1-tuples of a row's neutralised cells joined by ``cell_sep``.

    A chunk of rows in which no cell needs quoting (no quote, delimiter, CR or LF) is written
    with two string replacements: the very bytes the csv module writes for those cells. In
    another chunk each row is split and written by the csv module. A row whose count of
    separators shows that a cell holds one (or that is NULL) raises :class:`CellHoldsSeparator`,
    leaving no file: the caller writes it again from separate cells.
    """
    path = Path(path)
    per_row = len(header) - 1  # separators in a row whose cells hold none
    with _replacing(path) as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow([neutralise(c) for c in header])
        while batch := lines.fetchmany(chunk):
            try:
                blob = _ROW_SEP.join([line for (line,) in batch])
            except TypeError:  # a NULL line
                raise CellHoldsSeparator(path.name) from None
            if (blob.count(cell_sep) == per_row * len(batch) and blob.count(_ROW_SEP) == len(batch) - 1
                    and '"' not in blob and delimiter not in blob and "\r" not in blob and "\n" not in blob):
                handle.write(blob.replace(cell_sep, delimiter).replace(_ROW_SEP, "\r\n") + "\r\n")
                continue
            for (line,) in batch:
                if line.count(cell_sep) != per_row:
                    raise CellHoldsSeparator(path.name)
                writer.writerow(line.split(cell_sep))
    return path
