"""Badges painted with Qt: print-ready PDF pages (QPdfWriter) and one PNG per attendee.

Qt shapes Arabic (HarfBuzz) and lays out right-to-left text when the painter's
layout direction says so, which is set per string from its first strong
character. The QR modules are painted as rectangles of one path: vector in the
PDF, crisp (no anti-aliasing) in PNGs. Everything is sized in millimetres and
converted with the device's resolution, so fonts given in points come out at
their true size on paper and in images alike.

Safe to call from a worker thread (QPdfWriter and QImage are not widgets).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
)
from qrcode.constants import ERROR_CORRECT_M

from checkin.badge_layouts import BadgeStyle, PageLayout, cut_lines, get_layout
from checkin.badges import BadgeContent, badge_content, is_rtl, qr_matrix
from checkin.paths import private_file
from checkin.store.badges import attendees_for_badges, ensure_code, record_print
from checkin.store.db import Store, StoreError
from checkin.store.event import get_event
from checkin.ui.render.pdf import pdf_pages
from checkin.ui.render.pyside_guard import keep_none_alive

QUIET_MODULES = 4
#: Level M keeps the 18-character code at QR version 1 (21 × 21, the biggest modules);
#: Q would need version 2 (25 × 25). See docs/badge-codes.md and docs/BENCHMARKS.md.
QR_ERROR_CORRECTION = ERROR_CORRECT_M
PDF_DPI = 1200
SANS = ["Noto Sans", "DejaVu Sans", "Segoe UI", "Helvetica Neue", "Arial"]
ARABIC = ["Noto Sans Arabic", "Noto Naskh Arabic", "DejaVu Sans", "Segoe UI", "Geeza Pro", "Arial"]
MONO = ["DejaVu Sans Mono", "Noto Sans Mono", "Consolas", "Menlo", "Courier New"]
Progress = Callable[[int, int], None]
_app: QGuiApplication | None = None


def ensure_gui_app() -> QGuiApplication:
    """The running QGuiApplication (fonts need one); an offscreen one when there is no display."""
    global _app
    keep_none_alive()  # see checkin/ui/render/pyside_guard.py
    app = QGuiApplication.instance()
    if app is None:
        headless = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
        if sys.platform.startswith("linux") and headless and not os.environ.get("QT_QPA_PLATFORM"):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        _app = app = QGuiApplication([sys.argv[0] if sys.argv else "checkin"])
    return app  # type: ignore[return-value]


@dataclass
class _Fitted:
    font: QFont
    lines: list[str]
    line_height: float  # device pixels
    rtl: bool

    @property
    def height(self) -> float:
        return self.line_height * len(self.lines)


class _Canvas:
    """A painter plus millimetre → device-pixel conversion."""

    def __init__(self, painter: QPainter, device, dpi: float):
        self.p, self.device, self.k = painter, device, dpi / 25.4

    def rect(self, x: float, y: float, w: float, h: float) -> QRectF:
        return QRectF(x * self.k, y * self.k, w * self.k, h * self.k)

    def font(self, text: str, pt: float, *, bold: bool = False, mono: bool = False) -> QFont:
        font = QFont()
        font.setFamilies(MONO if mono else (ARABIC + SANS if is_rtl(text) else SANS + ARABIC))
        font.setPointSizeF(pt)
        font.setBold(bold)
        font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)  # same metrics in PDF and PNG
        return font

    def fit(self, text: str, width: float, height: float, max_pt: float, min_pt: float, *,
            bold: bool = False, max_lines: int = 2, elide: bool = False, mono: bool = False) -> _Fitted:
        """The largest size (≤ max_pt) at which ``text`` fits ``width`` × ``height`` mm in ≤ max_lines.

        Below ``min_pt`` it keeps shrinking unless ``elide``, in which case the
        last line is cut with an ellipsis at ``min_pt``: a name is never clipped.
        """
        w, h = width * self.k, height * self.k
        pt, floor = max_pt, (min_pt if elide else 3.0)
        while True:
            font = self.font(text, pt, bold=bold, mono=mono)
            fm = QFontMetricsF(font, self.device)
            lines = _split(text, fm, w, max_lines)
            if lines and len(lines) * fm.lineSpacing() <= h + 0.01:
                return _Fitted(font, lines, fm.lineSpacing(), is_rtl(text))
            if pt - 0.5 < floor:
                break
            pt -= 0.5
        lines = max(1, min(max_lines, int(h // fm.lineSpacing())))
        words = text.split()
        head = " ".join(words[: max(0, len(words) - 1)]) if lines > 1 and len(words) > 1 else ""
        if head and fm.horizontalAdvance(head) <= w:
            out = [head, fm.elidedText(words[-1], Qt.TextElideMode.ElideRight, w)]
        else:
            out = [fm.elidedText(text, Qt.TextElideMode.ElideRight, w)]
        return _Fitted(font, out, fm.lineSpacing(), is_rtl(text))

    def text(self, fitted: _Fitted, x: float, y: float, width: float, *, align: str = "start",
             colour: str = "#000000") -> None:
        """Draw fitted lines from (x, y) mm; ``align`` is start (by direction), centre or end."""
        p = self.p
        rtl = fitted.rtl
        p.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        if align == "centre":
            h_flag = Qt.AlignmentFlag.AlignHCenter
        elif (align == "start") != rtl:
            h_flag = Qt.AlignmentFlag.AlignLeft
        else:
            h_flag = Qt.AlignmentFlag.AlignRight
        flags = Qt.AlignmentFlag.AlignAbsolute | h_flag | Qt.AlignmentFlag.AlignVCenter
        p.setFont(fitted.font)
        p.setPen(QColor(colour))
        for i, line in enumerate(fitted.lines):
            box = QRectF(x * self.k, y * self.k + i * fitted.line_height, width * self.k, fitted.line_height)
            p.drawText(box, int(flags.value) | int(Qt.TextFlag.TextSingleLine.value), line)
        p.setLayoutDirection(Qt.LayoutDirection.LeftToRight)

    def qr(self, matrix: list[list[bool]], x: float, y: float, side: float) -> None:
        """Dark modules as rectangles of one path (vector; shared edges leave no seams)."""
        n = len(matrix)
        module = side * self.k / n
        x0, y0 = x * self.k, y * self.k
        path = QPainterPath()
        path.setFillRule(Qt.FillRule.WindingFill)
        for r, row in enumerate(matrix):
            c = 0
            while c < n:
                if not row[c]:
                    c += 1
                    continue
                start = c
                while c < n and row[c]:
                    c += 1
                path.addRect(QRectF(x0 + start * module, y0 + r * module, (c - start) * module, module))
        self.p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        self.p.fillPath(path, QColor("#000000"))
        self.p.setRenderHint(QPainter.RenderHint.Antialiasing, True)


def _split(text: str, fm: QFontMetricsF, width: float, max_lines: int) -> list[str] | None:
    """``text`` on one line, else on two balanced lines, if it fits ``width``; None otherwise."""
    if fm.horizontalAdvance(text) <= width:
        return [text]
    words = text.split()
    if max_lines < 2 or len(words) < 2:
        return None
    best: tuple[float, list[str]] | None = None
    for i in range(1, len(words)):
        lines = [" ".join(words[:i]), " ".join(words[i:])]
        worst = max(fm.horizontalAdvance(s) for s in lines)
        if best is None or worst < best[0]:
            best = (worst, lines)
    return best[1] if best and best[0] <= width else None


def _qr_block(style: BadgeStyle, matrix: list[list[bool]]) -> tuple[float, float]:
    """(module size, side of symbol + quiet zone) in mm."""
    module = style.qr / len(matrix)
    return module, style.qr + 2 * QUIET_MODULES * module


def _band(c: _Canvas, b: BadgeContent, s: BadgeStyle, x: float, y: float, align: str) -> None:
    c.p.fillRect(c.rect(x, y, s.width, s.band), QColor(b.colour.fill))
    if b.category:
        f = c.fit(b.category, s.width - 2 * s.margin, s.band * 0.9, s.band_pt, 5, bold=True,
                  max_lines=1, elide=True)
        c.text(f, x + s.margin, y + (s.band - f.height / c.k) / 2, s.width - 2 * s.margin, align=align,
               colour=b.colour.text)


def draw_badge(c: _Canvas, b: BadgeContent, s: BadgeStyle, x: float, y: float, *,
               error_correction: int = QR_ERROR_CORRECTION) -> None:
    """Paint one badge with its top-left corner at (x, y) mm."""
    c.p.fillRect(c.rect(x, y, s.width, s.height), QColor("#FFFFFF"))
    matrix = qr_matrix(b.code, error_correction=error_correction)
    module, block = _qr_block(s, matrix)
    code_fit = c.fit(b.code_text, block, 5, s.small_pt, 5, mono=True, max_lines=1, elide=True)
    code_h = code_fit.height / c.k
    if s.portrait:
        _band(c, b, s, x, y, "centre")
        inner = s.width - 2 * s.margin
        event = [t for t in (b.event_name, b.event_date) if t]
        ev = [c.fit(t, inner, 8, s.small_pt, 5, max_lines=1, elide=True) for t in event]
        ev_top = y + s.height - s.margin - sum(f.height for f in ev) / c.k
        qr_top = ev_top - 2 - code_h - block
        top, bottom, left, width, align = y + s.band + 4, qr_top, x + s.margin, inner, "centre"
        qx = x + (s.width - block) / 2
    else:
        _band(c, b, s, x, y, "start")
        qx = x + s.width - 1 - block
        qr_top = y + s.band + (s.height - s.band - block - code_h) / 2
        left, width, align = x + s.margin, qx - x - s.margin, "start"
        event = [t for t in (b.event_name, b.event_date) if t]
        ev = [c.fit(t, width, 5, s.small_pt, 5, max_lines=1, elide=True) for t in event]
        ev_top = y + s.height - 3 - sum(f.height for f in ev) / c.k
        top, bottom = y + s.band + 2.5, ev_top - 1.5
    c.qr(matrix, qx + QUIET_MODULES * module, qr_top + QUIET_MODULES * module, s.qr)
    c.text(code_fit, qx, qr_top + block, block, align="centre", colour="#333333")
    yy = ev_top
    for f in ev:
        c.text(f, left, yy, width, align=align, colour="#444444")
        yy += f.height / c.k
    # name and organisation share what is left, the name first and largest
    room = bottom - top
    org_room = 2.2 * s.org_pt * 0.3528 * 1.4 if b.organisation else 0
    name = c.fit(b.name, width, room - org_room, s.name_pt, 8, bold=True)
    org = None
    if b.organisation:
        org = c.fit(b.organisation, width, room - name.height / c.k - 1, s.org_pt, 5.5, elide=True)
    used = name.height / c.k + ((org.height / c.k + 1) if org else 0)
    yy = top + max(0.0, (room - used) / 2) if s.portrait else top + max(0.0, (room - used) / 3)
    c.text(name, left, yy, width, align=align)
    if org:
        c.text(org, left, yy + name.height / c.k + 1, width, align=align, colour="#333333")


def _cut_marks(c: _Canvas, layout: PageLayout) -> None:
    xs, ys = cut_lines(layout)
    top, bottom = ys[0], ys[-1]
    left, right = xs[0], xs[-1]
    pen = QPen(QColor("#000000"))
    pen.setWidthF(0.2 * c.k)
    c.p.setPen(pen)
    gap, length = 2.0, 6.0

    def line(x0: float, y0: float, x1: float, y1: float) -> None:
        c.p.drawLine(c.rect(x0, y0, 0, 0).topLeft(), c.rect(x1, y1, 0, 0).topLeft())

    for x in xs:
        line(x, top - gap - length, x, top - gap)
        line(x, bottom + gap, x, bottom + gap + length)
    for y in ys:
        line(left - gap - length, y, left - gap, y)
        line(right + gap, y, right + gap + length, y)


def _contents(store: Store, attendee_ids, categories) -> list[BadgeContent]:
    event = get_event(store)
    people = attendees_for_badges(store, attendee_ids=attendee_ids, categories=categories)
    return [badge_content(ensure_code(store, p.id), event) for p in people]


def render_badges_pdf(store: Store, path: str | Path, *, layout: str = "a4-sheet",
                      attendee_ids: list[int] | None = None, categories: list[str] | None = None,
                      station: str, progress: Progress | None = None, record: bool = True) -> list[int]:
    """Write a print-ready PDF of badges and log each print; returns the attendee ids printed.

    ``record=False`` leaves the print log alone (a PDF on its way to a printer is logged only
    once the spooler has accepted it: ``checkin.ui.render.printing``).

    The file appears only when complete (written beside it, then renamed).
    """
    page = get_layout(layout)
    contents = _contents(store, attendee_ids, categories)
    if not contents:
        raise StoreError("no attendee to print a badge for")
    ensure_gui_app()
    # Portrait keeps the size as given (86 × 54 stays landscape); the file is private: a QR admits its bearer.
    with pdf_pages(path, title=f"Badges — {get_event(store).name}", width_mm=page.page_width,
                   height_mm=page.page_height, page_name=page.name, dpi=PDF_DPI) as (writer, painter):
        canvas = _Canvas(painter, writer, PDF_DPI)
        for start in range(0, len(contents), page.per_page):
            if start:
                writer.newPage()
            if page.cut_marks:
                _cut_marks(canvas, page)
            for content, (sx, sy) in zip(contents[start:start + page.per_page], page.slots):
                draw_badge(canvas, content, page.badge, sx, sy)
            if progress:
                progress(min(start + page.per_page, len(contents)), len(contents))
    if record:
        for content in contents:
            record_print(store, content.attendee_id, content.code, station=station, output=f"pdf:{page.name}")
    return [b.attendee_id for b in contents]


def render_badge_image(content: BadgeContent, *, layout: str = "a6", dpi: int = 200,
                       error_correction: int = QR_ERROR_CORRECTION) -> QImage:
    """One badge as an image (white background), at ``dpi``."""
    ensure_gui_app()
    style = get_layout(layout).badge
    k = dpi / 25.4
    image = QImage(round(style.width * k), round(style.height * k), QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    image.fill(QColor("#FFFFFF"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    try:
        draw_badge(_Canvas(painter, image, dpi), content, style, 0, 0, error_correction=error_correction)
    finally:
        painter.end()
    return image


def render_badge_pngs(store: Store, out_dir: str | Path, *, attendee_ids: list[int] | None = None,
                      dpi: int = 200, station: str, layout: str = "a6", categories: list[str] | None = None,
                      progress: Progress | None = None) -> list[Path]:
    """One ``<id>.png`` per attendee in ``out_dir`` (for e-mailing, phones and tests); logs each print."""
    layout = get_layout(layout).name
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    contents = _contents(store, attendee_ids, categories)
    paths = []
    for i, content in enumerate(contents, 1):
        target = out / f"{content.attendee_id}.png"
        if not render_badge_image(content, layout=layout, dpi=dpi).save(str(target), "PNG"):
            raise StoreError(f"{target}: cannot write the image")
        private_file(target)  # a badge admits whoever shows it: 0600, like the event file
        record_print(store, content.attendee_id, content.code, station=station, output=f"png:{layout}")
        paths.append(target)
        if progress:
            progress(i, len(contents))
    return paths
