"""Printing one badge at the desk: a PDF opened in the system viewer (which prints it).

Front desk and walk-in registration call ``print_one_badge`` through a hook, so
tests replace it and nothing opens on a test machine.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from checkin.store.attendees import Attendee

DESK_LAYOUT = "a6"  # one badge per page: what a desk printer (or a label printer set to A6) takes


def print_one_badge(ctx, person: Attendee) -> str:
    """Render ``person``'s badge to a temporary PDF, record the print, and open it. Returns the path."""
    from checkin.render.badge_render import render_badges_pdf  # Qt PDF rendering: loaded when first needed

    out = Path(tempfile.mkdtemp(prefix="checkin-badge-")) / f"badge-{person.id}.pdf"
    render_badges_pdf(ctx.store, out, layout=DESK_LAYOUT, attendee_ids=[person.id], station=ctx.station)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(out)))
    return str(out)
