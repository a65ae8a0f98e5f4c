"""Badges to a printer queue: render the PDF, hand it to the spooler, log the print only if it took it.

The app's desk printer and ``checkin badges --printer QUEUE`` both end here. A badge
is recorded as printed only after the spooler returned a job id, so a refused,
missing or stopped printer never makes the next attempt warn "already printed".
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from checkin.badge_layouts import get_layout
from checkin.spooler import PrintError, PrintJob, submit_pdf
from checkin.store.attendees import get_attendee
from checkin.store.badges import record_print
from checkin.store.db import Store
from checkin.ui.render.badge_render import render_badges_pdf

__all__ = ["PrintError", "PrintJob", "media_option", "print_badges"]

_MEDIA = {"a4-sheet": "A4", "a6": "A6"}


def media_option(layout: str) -> str:
    """The CUPS ``media`` value of a layout's page (lp(1): names, or ``Custom.WxHmm``)."""
    page = get_layout(layout)
    return _MEDIA.get(page.name) or f"Custom.{page.page_width:g}x{page.page_height:g}mm"


def print_badges(store: Store, queue: str, *, attendee_ids: list[int], layout: str = "a6",
                 station: str, title: str = "checkin badges") -> PrintJob:
    """Print these attendees' badges on ``queue``; raises PrintError (nothing logged) when refused."""
    queue = (queue or "").strip()
    if not queue:
        raise PrintError("no badge printer chosen for this station")
    page = get_layout(layout)
    with tempfile.TemporaryDirectory(prefix="checkin-print-") as tmp:
        pdf = Path(tmp) / "badges.pdf"
        printed = render_badges_pdf(store, pdf, layout=page.name, attendee_ids=attendee_ids, station=station,
                          record=False)
        job = submit_pdf(queue, pdf, title=title, options={"media": media_option(page.name)})
    for attendee_id in printed:
        person = get_attendee(store, attendee_id)  # render_badges_pdf issued any missing code
        record_print(store, person.id, person.code, station=station, output=f"printer:{queue}:{page.name}")
    return job
