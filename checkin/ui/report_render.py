"""The attendance report painted with QPainter: A4 pages of tables and vector bar charts.

``report_pages`` turns the figures (``checkin.report.figures``) into page
painters laid out in millimetres; ``write_report_pdf`` writes them, the preview
draws the same painters into images. Blocks have fixed heights, so the page
breaks (and the page count in the footer) are known before anything is painted;
a table split over pages repeats its header, a heading never ends a page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from checkin.exporters.times import local_datetime
from checkin.report.figures import ReportFigures, report_figures
from checkin.report.labels import long_date, percent, text
from checkin.store.db import Store
from checkin.store.event import get_event
from checkin.store.organiser import Organiser, get_organiser
from checkin.sync.conflicts import KINDS
from checkin.ui.doc_canvas import A4, INK, MUTED, DocCanvas
from checkin.ui.doc_output import PagePainter, write_pdf

MARGIN, TOP, BOTTOM = 18.0, 18.0, 278.0
WIDTH = A4[0] - 2 * MARGIN
ROW = 6.5
ACCENT, LIGHT, ORANGE = "#1F5AA6", "#E3E8EF", "#E8A33D"
MAX_CONFLICTS = 40


@dataclass
class Block:
    height: float
    paint: Callable[[DocCanvas, float], None]
    keep_with_next: bool = False
    header: Block | None = field(default=None, repr=False)  # repeated when a table continues on a new page


# -- blocks -----------------------------------------------------------------------------------------


def _heading(title: str) -> Block:
    def paint(c: DocCanvas, y: float) -> None:
        c.text(MARGIN, y + 3, WIDTH, 7, title, pt=13, bold=True, colour=ACCENT)
        c.line(MARGIN, y + 10.5, MARGIN + WIDTH, y + 10.5, colour=ACCENT, width=0.3)
    return Block(13, paint, keep_with_next=True)


def _note(words: str, height: float = 8) -> Block:
    def paint(c: DocCanvas, y: float) -> None:
        c.text(MARGIN, y, WIDTH, height, words, pt=8.5, colour=MUTED, wrap=True)
    return Block(height, paint)


def _table(columns: list[tuple[str, float, str]], rows: list[list[str]], *,
           bold_last: bool = False) -> list[Block]:
    """Header + one block per row; columns are (title, width mm, align)."""

    def cells(values: list[str], *, bold: bool, colour: str,
              shade: bool) -> Callable[[DocCanvas, float], None]:
        def paint(c: DocCanvas, y: float) -> None:
            if shade:
                c.fill(MARGIN, y, WIDTH, ROW, "#F4F6F9")
            x = MARGIN
            for (_, width, align), value in zip(columns, values):
                c.text(x + 1, y, width - 2, ROW, value, pt=8.5, bold=bold, align=align, colour=colour)
                x += width
        return paint

    titles = [t for t, _, _ in columns]
    head_paint = cells(titles, bold=True, colour=MUTED, shade=False)

    def header_paint(c: DocCanvas, y: float) -> None:
        head_paint(c, y)
        c.line(MARGIN, y + ROW, MARGIN + WIDTH, y + ROW, width=0.2)

    header = Block(ROW + 0.5, header_paint, keep_with_next=True)
    blocks = [header]
    for i, row in enumerate(rows):
        last = bold_last and i == len(rows) - 1
        blocks.append(Block(ROW, cells(row, bold=last, colour=INK, shade=i % 2 == 1), header=header))
    return blocks


def _title_block(fig: ReportFigures, lang: str, event, organiser: Organiser) -> Block:
    def paint(c: DocCanvas, y: float) -> None:
        logo_w = 0.0
        if organiser.logo and c.image(organiser.logo, MARGIN + WIDTH - 40, y, 40, 22, align="end"):
            logo_w = 44
        c.text(MARGIN, y, WIDTH - logo_w, 10, text("report_title", lang), pt=20, bold=True, colour=ACCENT)
        c.text(MARGIN, y + 11, WIDTH - logo_w, 13, event.name, pt=11.5, bold=True, wrap=True)
        place = " · ".join(t for t in (long_date(event.date, lang), event.venue or "") if t)
        c.text(MARGIN, y + 25, WIDTH, 6, place, pt=10)
        if organiser.name:
            c.text(MARGIN, y + 31, WIDTH, 6, text("organised_by", lang, name=organiser.name), pt=10)
        c.text(MARGIN, y + 37, WIDTH, 6, text("generated", lang, when=fig.generated_at[:16]), pt=8.5,
               colour=MUTED)
    return Block(45, paint)


def _tiles(fig: ReportFigures, lang: str) -> Block:
    s = fig.stats
    tiles = [(text("registered", lang), str(s["registered"]), ""),
             (text("arrived", lang), str(s["checked_in"]),
              f"{text('rate', lang)} {percent(s['checked_in'], s['registered'])}"),
             (text("no_shows", lang), str(s["no_shows"]), ""),
             (text("cancelled", lang), str(s["cancelled"]), "")]
    gap = 4.0
    width = (WIDTH - gap * (len(tiles) - 1)) / len(tiles)

    def paint(c: DocCanvas, y: float) -> None:
        for i, (label, number, extra) in enumerate(tiles):
            x = MARGIN + i * (width + gap)
            c.fill(x, y, width, 26, "#EEF3FA" if i != 1 else "#E4F1EA")
            c.text(x, y + 2, width, 11, number, pt=22, bold=True, align="centre")
            c.text(x, y + 14, width, 5, label, pt=9, align="centre")
            c.text(x, y + 19.5, width, 5, extra, pt=7.5, align="centre", colour=MUTED)
    return Block(30, paint)


def _arrivals_chart(quarters: list[tuple[str, int]]) -> Block:
    """Vertical bars, one per quarter hour from the first to the last arrival (empty ones too)."""
    first = datetime.strptime(quarters[0][0], "%H:%M")
    last = datetime.strptime(quarters[-1][0], "%H:%M")
    counts = dict(quarters)
    slots, t = [], first
    while t <= last:
        slots.append((t.strftime("%H:%M"), counts.get(t.strftime("%H:%M"), 0)))
        t += timedelta(minutes=15)
    height, axis = 58.0, 10.0
    top_count = max(c for _, c in slots) or 1
    step = max(1, -(-top_count // 4))
    grid_top = step * -(-top_count // step)

    def paint(c: DocCanvas, y: float) -> None:
        x0, plot_w, plot_h = MARGIN + axis, WIDTH - axis, height - 14
        base = y + 4 + plot_h
        for g in range(0, grid_top + 1, step):
            gy = base - plot_h * g / grid_top
            c.line(x0, gy, x0 + plot_w, gy, colour="#D5DAE1", width=0.15)
            c.text(MARGIN, gy - 2.5, axis - 1.5, 5, str(g), pt=7, align="end", colour=MUTED)
        slot_w = plot_w / len(slots)
        label_every = 1 if len(slots) <= 16 else (2 if len(slots) <= 32 else 4)
        for i, (label, count) in enumerate(slots):
            bh = plot_h * count / grid_top
            bx = x0 + i * slot_w + slot_w * 0.15
            if count:
                c.fill(bx, base - bh, slot_w * 0.7, bh, ACCENT)
                c.text(bx - 2, base - bh - 4.5, slot_w * 0.7 + 4, 4.5, str(count), pt=7, align="centre")
            if i % label_every == 0:
                c.text(x0 + i * slot_w - 2, base + 1, slot_w * label_every + 4, 5, label, pt=6.5,
                       align="start" if label_every > 1 else "centre", colour=MUTED)
        c.line(x0, base, x0 + plot_w, base, colour=INK, width=0.25)
    return Block(height + 2, paint)


def _session_bar(s) -> Block:
    """One session: its title, attended against capacity (or the access list) as a bar."""
    limit = s.capacity or (s.allowed if s.restricted else None)

    def paint(c: DocCanvas, y: float) -> None:
        title_w, number_w = 62.0, 24.0
        bar_x, bar_w = MARGIN + title_w + 2, WIDTH - title_w - number_w - 4
        c.text(MARGIN, y, title_w, 7, s.title, pt=8)
        whole = max(limit or 0, s.attended, 1)
        if limit:
            c.fill(bar_x, y + 1.5, bar_w, 4, LIGHT)
        colour = ORANGE if limit and s.attended >= 0.9 * limit else ACCENT
        if s.attended:
            c.fill(bar_x, y + 1.5, bar_w * s.attended / whole, 4, colour)
        shown = f"{s.attended} / {limit}" if limit else str(s.attended)
        c.text(MARGIN + WIDTH - number_w, y, number_w, 7, shown, pt=8, align="end")
    return Block(6.5, paint)


# -- the report --------------------------------------------------------------------------------------


def report_blocks(fig: ReportFigures, lang: str, event, organiser: Organiser) -> list[Block]:
    """Every block of the report, in reading order."""
    s = fig.stats
    blocks = [_title_block(fig, lang, event, organiser), _heading(text("summary", lang)), _tiles(fig, lang)]
    if s["categories"]:
        blocks.append(_heading(text("by_category", lang)))
        rows = [[c["category"] or text("no_category", lang), str(c["registered"]), str(c["checked_in"]),
                 str(c["registered"] - c["checked_in"]), percent(c["checked_in"], c["registered"])]
                for c in s["categories"]]
        cols = [(text("category", lang), 74, "start"), (text("registered", lang), 25, "end"),
                (text("arrived", lang), 25, "end"), (text("no_shows", lang), 25, "end"),
                (text("rate", lang), 25, "end")]
        blocks += _table(cols, rows)
    if fig.days:
        for day, quarters in sorted(fig.days.items()):
            blocks.append(_heading(text("arrivals_title", lang, day=long_date(day, lang))))
            blocks.append(_arrivals_chart(quarters))
    else:
        title = text("arrivals_title", lang, day=long_date(event.date, lang)) if event.date \
            else text("arrivals_plain", lang)
        blocks += [_heading(title), _note(text("no_arrivals", lang))]
    blocks.append(_heading(text("sessions", lang)))
    if fig.sessions:
        blocks.append(_note(text("sessions_chart", lang), 6))
        blocks += [_session_bar(x) for x in fig.sessions]
        blocks.append(Block(4, lambda c, y: None))
        rows = [[x.title, x.start[5:16].replace("-", "/", 1) if x.start else "—", str(x.attended),
                 str(x.allowed) if x.restricted else "—", str(x.capacity) if x.capacity is not None else "—",
                 text("minutes", lang, n=x.median_stay_minutes) if x.median_stay_minutes is not None else "—"]
                for x in fig.sessions]
        cols = [(text("session", lang), 63, "start"), (text("start", lang), 22, "start"),
                (text("attended", lang), 20, "end"), (text("allowed", lang), 22, "end"),
                (text("capacity", lang), 20, "end"), (text("stay", lang), 27, "end")]
        blocks += _table(cols, rows)
        blocks.append(_note(text("no_exit_scans", lang)))
    else:
        blocks.append(_note(text("no_sessions", lang)))
    blocks.append(_heading(text("organisations", lang)))
    blocks.append(_note(text("organisations_count", lang, n=fig.organisation_count), 7))
    rows = [[o.name or text("no_organisation", lang), str(o.registered), str(o.arrived)]
            for o in fig.organisations]
    if fig.other_organisations:
        rows.append([text("other_organisations", lang), str(fig.other_organisations.registered),
                     str(fig.other_organisations.arrived)])
    rows.append([text("total", lang), str(s["registered"]), str(s["checked_in"])])
    cols = [(text("organisation", lang), 124, "start"), (text("registered", lang), 25, "end"),
            (text("arrived", lang), 25, "end")]
    blocks += _table(cols, rows, bold_last=True)
    blocks.append(_heading(text("stations", lang)))
    if fig.stations:
        several_days = len(fig.days) > 1
        rows = [[x.station, str(x.checkins), str(x.peak_per_minute),
                 f"{_clock(x.busiest_quarter, several_days)} ({x.busiest_quarter_count})"]
                for x in fig.stations]
        cols = [(text("station", lang), 56, "start"), (text("checkins", lang), 28, "end"),
                (text("peak", lang), 38, "end"), (text("busiest", lang), 52, "end")]
        blocks += _table(cols, rows)
    else:
        blocks.append(_note(text("no_stations", lang)))
    blocks += _conflict_blocks(fig, lang)
    return blocks


def _clock(local: str, several_days: bool) -> str:
    """ "2027-03-17 08:30" as "08:30", or "03/17 08:30" when the event lasts several days."""
    return f"{local[5:10].replace('-', '/')} {local[11:16]}" if several_days else local[11:16]


def _conflict_blocks(fig: ReportFigures, lang: str) -> list[Block]:
    """The merge conflicts (checkin.sync.conflicts), as many as fit the report; conflicts.csv has all."""
    blocks = [_heading(text("conflicts", lang))]
    if not fig.conflicts:
        return blocks + [_note(text("no_conflicts", lang), 7)]
    count = _note(text("conflicts_count", lang, n=len(fig.conflicts)), 7)
    count.keep_with_next = True
    blocks.append(count)
    zone = ZoneInfo(fig.stats["timezone"])

    def when(station: str, at: str | None) -> str:
        if not at:
            return station
        moment = local_datetime(at, zone)
        return f"{station} {moment.strftime('%H:%M' if len(fig.days) <= 1 else '%m/%d %H:%M')}"

    rows = [[text(c.kind, lang) if c.kind in KINDS else c.kind, c.attendee or "—", when(c.station_a, c.at_a),
             when(c.station_b, c.at_b)] for c in fig.conflicts[:MAX_CONFLICTS]]
    cols = [(text("kind", lang), 50, "start"), (text("person", lang), 52, "start"),
            (text("first", lang), 36, "start"), (text("then", lang), 36, "start")]
    blocks += _table(cols, rows)
    if len(fig.conflicts) > MAX_CONFLICTS:
        blocks.append(_note(text("conflicts_more", lang, n=len(fig.conflicts) - MAX_CONFLICTS), 7))
    return blocks


def paginate(blocks: list[Block]) -> list[list[tuple[float, Block]]]:
    """Place blocks on pages: ``[[(y mm, block), ...], ...]``."""
    pages: list[list[tuple[float, Block]]] = [[]]
    y = TOP
    for i, block in enumerate(blocks):
        need, j = block.height, i
        while blocks[j].keep_with_next and j + 1 < len(blocks):  # a heading travels with what follows
            j += 1
            need += blocks[j].height
        if y + need > BOTTOM and pages[-1]:
            pages.append([])
            y = TOP
            if block.header is not None:
                pages[-1].append((y, block.header))
                y += block.header.height
        pages[-1].append((y, block))
        y += block.height
    return pages


@dataclass(frozen=True)
class ReportData:
    """What the report shows, read from the event file (plain data: may cross threads)."""

    figures: ReportFigures
    event: object
    organiser: Organiser


def read_report_data(store: Store) -> ReportData:
    """Everything the report needs from the event file (the slow part, for a worker thread)."""
    return ReportData(report_figures(store), get_event(store), get_organiser(store))


def report_pages(store: Store, lang: str) -> list[PagePainter]:
    """The report of this event file as page painters (for ``write_pdf`` or the preview)."""
    return report_layout(read_report_data(store), lang)


def report_layout(data: ReportData, lang: str) -> list[PagePainter]:
    """The pages of the report in ``lang`` (cheap: the figures are already read)."""
    event = data.event
    layout = paginate(report_blocks(data.figures, lang, event, data.organiser))
    total = len(layout)

    def painter(n: int, placed) -> PagePainter:
        def paint(c: DocCanvas) -> None:
            for y, block in placed:
                block.paint(c, y)
            c.line(MARGIN, 284, MARGIN + WIDTH, 284, colour="#D5DAE1", width=0.2)
            c.text(MARGIN, 285, WIDTH * 0.7, 6, event.name, pt=7.5, colour=MUTED)
            c.text(MARGIN + WIDTH * 0.7, 285, WIDTH * 0.3, 6, text("page", lang, n=n, total=total), pt=7.5,
                   align="end", colour=MUTED)
        return paint

    return [painter(n, placed) for n, placed in enumerate(layout, 1)]


def write_report_pdf(store: Store, path: str | Path, *, lang: str, progress=None) -> int:
    """Write the attendance report; returns its number of pages."""
    pages = report_pages(store, lang)
    write_pdf(path, pages, title=f"{text('report_title', lang)} — {get_event(store).name}", rtl=lang == "ar",
              progress=progress)
    return len(pages)
