"""What goes on a badge, without Qt: category colours, text direction, the QR matrix.

The Qt renderer (``checkin.ui.render.badge_render``) and any other view (the desk
screen's category chip, a future HTML badge) share these, so a category has the
same colour everywhere.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import unicodedata
from dataclasses import dataclass

import qrcode
from qrcode.constants import ERROR_CORRECT_M

from checkin.codes import display_code
from checkin.text import search_key

#: Badge layouts the renderer offers (geometry in ``checkin.badge_layouts``).
LAYOUT_NAMES = ("a4-sheet", "a6", "card")

#: Print-safe fills, distinct for colour-blind readers in pairs as far as 12 allow.
PALETTE = (
    "#1F5AA6",  # blue
    "#D1495B",  # red
    "#2E8B57",  # green
    "#E8A33D",  # amber
    "#6A4C93",  # purple
    "#00A6A6",  # teal
    "#8C5A3C",  # brown
    "#E06C9F",  # pink
    "#4D5B23",  # olive
    "#F2C14E",  # yellow
    "#3D3D3D",  # charcoal
    "#5FA8D3",  # sky
)
NO_CATEGORY = "#9AA0A6"

#: Categories common at institutional seminars keep one colour across events.
_KNOWN = {
    "participant": 0, "participante": 0, "delegue": 0, "delegate": 0, "مشارك": 0,
    "speaker": 1, "intervenant": 1, "intervenante": 1, "orateur": 1, "متدخل": 1,
    "organisation": 2, "organisateur": 2, "organiser": 2, "staff": 2, "منظم": 2,
    "presse": 3, "press": 3, "media": 3, "medias": 3, "صحافة": 3,
    "vip": 4, "ministre": 4, "minister": 4, "officiel": 4, "official": 4,
    "expert": 5, "experte": 5, "خبير": 5,
}


@dataclass(frozen=True)
class CategoryColour:
    fill: str  # "#RRGGBB" of the band
    text: str  # black or white, whichever reads better on the fill


def _luminance(hex_colour: str) -> float:
    r, g, b = (int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5))

    def lin(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)


def category_colour(category: str) -> CategoryColour:
    """The band colour of a category: fixed for common ones, else derived from its folded name.

    Deterministic across stations and runs ("Presse" and "presse " match);
    an empty category is grey.
    """
    folded = search_key(category or "")
    if not folded:
        fill = NO_CATEGORY
    elif folded in _KNOWN:
        fill = PALETTE[_KNOWN[folded]]
    else:
        digest = hashlib.sha256(folded.encode("utf-8")).digest()
        fill = PALETTE[int.from_bytes(digest[:4], "big") % len(PALETTE)]
    text = "#000000" if _luminance(fill) > 0.22 else "#FFFFFF"
    return CategoryColour(fill, text)


def is_rtl(text: str) -> bool:
    """True when the first strong character is right-to-left (Arabic, Hebrew...), as in Unicode bidi P2."""
    for ch in text or "":
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def qr_matrix(code: str, *, error_correction: int = ERROR_CORRECT_M) -> list[list[bool]]:
    """The QR modules of a code (True = dark), without the quiet zone."""
    qr = qrcode.QRCode(error_correction=error_correction, border=0)
    qr.add_data(code)
    qr.make(fit=True)
    return [list(row) for row in qr.get_matrix()]


@dataclass(frozen=True)
class BadgeContent:
    """The strings and colours of one badge, ready for any renderer."""

    attendee_id: int
    name: str
    organisation: str
    category: str
    code: str
    code_text: str  # the code grouped for typing
    event_name: str
    event_date: str  # e.g. "17 March 2027"
    colour: CategoryColour


_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"),
}


def format_event_date(date: str | None, lang: str = "en") -> str:
    """A YYYY-MM-DD date as "17 March 2027" / "17 mars 2027".

    Independent of the process locale (Qt sets it), so every station prints alike.
    """
    if not date:
        return ""
    try:
        day = dt.date.fromisoformat(date)
    except ValueError:
        return date
    months = _MONTHS.get(lang, _MONTHS["en"])
    return f"{day.day} {months[day.month - 1]} {day.year}"


def badge_content(attendee, event, lang: str = "en") -> BadgeContent:
    """Build a badge's content from a store ``Attendee`` and ``Event``."""
    if not attendee.code:
        raise ValueError(f"attendee {attendee.id} has no badge code")
    return BadgeContent(
        attendee_id=attendee.id,
        name=attendee.full_name,
        organisation=attendee.organisation,
        category=attendee.category,
        code=attendee.code,
        code_text=display_code(attendee.code),
        event_name=event.name,
        event_date=format_event_date(event.date, lang),
        colour=category_colour(attendee.category),
    )
