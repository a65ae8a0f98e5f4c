"""A document as a list of page painters, written to a PDF (vector) or drawn into images (the preview).

A page painter is ``paint(canvas: DocCanvas) -> None``; the same painters make
the PDF and the preview, so what the organiser previews is what is written.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter

from checkin.paths import private_file
from checkin.store.db import StoreError
from checkin.render.badge_render import ensure_gui_app
from checkin.ui.doc_canvas import A4, DocCanvas

PagePainter = Callable[[DocCanvas], None]
Progress = Callable[[int, int], None]
PDF_DPI = 600


def write_pdf(path: str | Path, pages: list[PagePainter], *, title: str, rtl: bool,
              progress: Progress | None = None) -> Path:
    """Write the pages to ``path``; the file appears only when complete (written beside, then renamed)."""
    ensure_gui_app()
    path = Path(path)
    tmp = path.with_name(path.name + ".part")
    try:  # a clear message before Qt's silent failure; private (certificates name people)
        tmp.open("wb").close()
        private_file(tmp)
    except OSError as exc:
        raise StoreError(f"{path}: cannot write the PDF there ({exc.strerror or exc})") from exc
    writer = QPdfWriter(str(tmp))
    writer.setResolution(PDF_DPI)
    writer.setTitle(title)
    writer.setCreator("checkin")
    size = QPageSize(QSizeF(*A4), QPageSize.Unit.Millimeter, "A4", QPageSize.SizeMatchPolicy.ExactMatch)
    writer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0),
                                     QPageLayout.Unit.Millimeter))
    painter = QPainter()
    try:
        if not painter.begin(writer):
            raise StoreError(f"{path}: cannot write the PDF there")
        try:
            for i, paint in enumerate(pages):
                if i:
                    writer.newPage()
                paint(DocCanvas(painter, writer, PDF_DPI, rtl=rtl))
                if progress:
                    progress(i + 1, len(pages))
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
    return path


def page_image(paint: PagePainter, *, rtl: bool, dpi: float = 96) -> QImage:
    """One page drawn on white at ``dpi`` (for the preview and tests)."""
    ensure_gui_app()
    k = dpi / 25.4
    image = QImage(round(A4[0] * k), round(A4[1] * k), QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    image.fill(QColor("#FFFFFF"))
    painter = QPainter(image)
    try:
        paint(DocCanvas(painter, image, dpi, rtl=rtl))
    finally:
        painter.end()
    return image
