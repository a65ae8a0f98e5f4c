"""A document as a list of page painters, written to a PDF (vector) or drawn into images (the preview).

A page painter is ``paint(canvas: DocCanvas) -> None``; the same painters make
the PDF and the preview, so what the organiser previews is what is written.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QColor, QImage, QPainter

from checkin.ui.doc_canvas import A4, DocCanvas
from checkin.ui.render.badge_render import ensure_gui_app
from checkin.ui.render.pdf import pdf_pages

PagePainter = Callable[[DocCanvas], None]
Progress = Callable[[int, int], None]
PDF_DPI = 600


def write_pdf(path: str | Path, pages: list[PagePainter], *, title: str, rtl: bool,
              progress: Progress | None = None) -> Path:
    """Write the pages to ``path``; the file appears only when complete (written beside, then renamed)."""
    ensure_gui_app()
    path = Path(path)
    # private: certificates and reports name people
    with pdf_pages(path, title=title, width_mm=A4[0], height_mm=A4[1], page_name="A4",
                   dpi=PDF_DPI) as (writer, painter):
        for i, paint in enumerate(pages):
            if i:
                writer.newPage()
            paint(DocCanvas(painter, writer, PDF_DPI, rtl=rtl))
            if progress:
                progress(i + 1, len(pages))
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
