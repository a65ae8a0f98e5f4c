"""Badge and page geometry, in millimetres (no painting here).

* ``a4-sheet``: eight 90 × 54 mm badges on A4 (2 columns × 4 rows, 6 mm gutters),
  with crop marks in the page margins. 90 × 54 mm is the business-card insert of
  the most common European clip and lanyard badge holders (e.g. Durable's
  54 × 90 mm range); the sheet margins (12 mm, 31.5 mm) leave room for any
  office printer's unprintable border.
* ``a6``: one portrait badge per A6 page (105 × 148 mm), for lanyard pouches.
* ``card``: one CR80 card per 86 × 54 mm page, for card printers.

The QR symbol (without its quiet zone) is 30 mm on a sheet badge, 40 mm on A6
and 24 mm on a card; the quiet zone is 4 modules on every side.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class BadgeStyle:
    """The geometry of one badge."""

    width: float
    height: float
    portrait: bool
    band: float  # height of the category colour band at the top
    qr: float  # QR symbol side, quiet zone excluded
    margin: float  # white margin kept clear of text (cutting tolerance)
    name_pt: float  # largest name size; it shrinks to fit
    org_pt: float
    small_pt: float  # event line and printed code
    band_pt: float  # category text in the band


@dataclass(frozen=True)
class PageLayout:
    """A page size and where badges sit on it."""

    name: str
    page_width: float
    page_height: float
    badge: BadgeStyle
    slots: tuple[tuple[float, float], ...]  # top-left corner of each badge on the page
    cut_marks: bool = False

    @property
    def per_page(self) -> int:
        return len(self.slots)


LANDSCAPE = BadgeStyle(width=90, height=54, portrait=False, band=7, qr=30, margin=3.5,
                       name_pt=22, org_pt=9, small_pt=6.5, band_pt=9)
CARD = BadgeStyle(width=86, height=54, portrait=False, band=7, qr=24, margin=3.5,
                  name_pt=22, org_pt=9, small_pt=6.5, band_pt=9)
PORTRAIT = BadgeStyle(width=105, height=148, portrait=True, band=16, qr=40, margin=6,
                      name_pt=34, org_pt=14, small_pt=8.5, band_pt=16)


def _grid(page_w: float, page_h: float, badge: BadgeStyle, cols: int, rows: int,
          gutter: float) -> tuple[tuple[float, float], ...]:
    total_w = cols * badge.width + (cols - 1) * gutter
    total_h = rows * badge.height + (rows - 1) * gutter
    left, top = (page_w - total_w) / 2, (page_h - total_h) / 2
    return tuple(
        (left + c * (badge.width + gutter), top + r * (badge.height + gutter))
        for r in range(rows)
        for c in range(cols)
    )


LAYOUTS: dict[str, PageLayout] = {
    "a4-sheet": PageLayout("a4-sheet", 210, 297, LANDSCAPE, _grid(210, 297, LANDSCAPE, 2, 4, 6), True),
    "a6": PageLayout("a6", 105, 148, PORTRAIT, ((0.0, 0.0),)),
    "card": PageLayout("card", 86, 54, CARD, ((0.0, 0.0),)),
}
DEFAULT_LAYOUT = "a4-sheet"
#: Other names accepted for a layout ("single": one badge at the desk).
ALIASES = {"single": "a6"}


def get_layout(name: str) -> PageLayout:
    """The layout called ``name`` (or an alias of it); ValueError naming the choices otherwise."""
    try:
        return LAYOUTS[ALIASES.get(name, name)]
    except KeyError:
        raise ValueError(f"unknown badge layout {name!r}; choose one of {', '.join(LAYOUTS)}") from None


def cut_lines(layout: PageLayout) -> tuple[list[float], list[float]]:
    """The x and y positions (mm) where a sheet is cut."""
    xs = sorted({x for x, _ in layout.slots} | {x + layout.badge.width for x, _ in layout.slots})
    ys = sorted({y for _, y in layout.slots} | {y + layout.badge.height for _, y in layout.slots})
    return xs, ys
