"""Writing a PDF with QPainter so that the file appears only when complete, and private.

Badges (a QR admits its bearer), reports and certificates (they name people) all
go through :func:`pdf_pages`: the pages are painted into ``<file>.part`` (0600),
which is renamed over the target only once Qt has flushed it; on any error the
part file is removed and the previous file, if any, stays.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

from checkin.paths import private_file
from checkin.store.db import StoreError


@contextmanager
def pdf_pages(path: str | Path, *, title: str, width_mm: float, height_mm: float, page_name: str,
              dpi: int) -> Iterator[tuple[QPdfWriter, QPainter]]:
    """``(writer, painter)`` painting into ``path``; call ``writer.newPage()`` between pages.

    The page size is taken as given (portrait keeps 86 × 54 mm landscape). Errors are
    StoreError with one line naming the file.
    """
    path = Path(path)
    tmp = path.with_name(path.name + ".part")
    try:  # a clear message before Qt's silent failure
        tmp.open("wb").close()
        private_file(tmp)
    except OSError as exc:
        raise StoreError(f"{path}: cannot write the PDF there ({exc.strerror or exc})") from exc
    writer = QPdfWriter(str(tmp))
    writer.setResolution(dpi)
    writer.setTitle(title)
    writer.setCreator("checkin")
    size = QPageSize(QSizeF(width_mm, height_mm), QPageSize.Unit.Millimeter, page_name,
                     QPageSize.SizeMatchPolicy.ExactMatch)
    writer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0),
                                     QPageLayout.Unit.Millimeter))
    painter = QPainter()
    try:
        if not painter.begin(writer):
            raise StoreError(f"{path}: cannot write the PDF there")
        try:
            yield writer, painter
        finally:
            painter.end()
        del writer  # flushes and closes the file
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise StoreError(f"{path}: cannot write the PDF ({exc.strerror or exc})") from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
