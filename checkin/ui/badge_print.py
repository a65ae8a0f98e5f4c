"""Printing one badge at the desk, on the printer chosen once for this station.

The station's printer queue and badge size live in the settings (``Settings…``);
the list of printers is Qt's print support (``QPrinterInfo``, which asks CUPS on
Linux). The job itself goes through ``checkin.ui.render.printing``: the print is
logged only once the spooler accepted it. Without a printer, the desk says so and
offers to save the badge as a PDF instead.
"""

from __future__ import annotations

from pathlib import Path

from checkin.store.attendees import Attendee
from checkin.ui.render.printing import PrintError, PrintJob, print_badges

PRINTER_KEY = "printer/queue"
LAYOUT_KEY = "printer/layout"
ON_ARRIVAL_KEY = "printer/on_arrival"
DESK_LAYOUT = "a6"  # one badge per page: what a desk printer (or a label printer set to A6) takes


def available_printers() -> list[str]:
    """The printers this computer can print to, as Qt's print support lists them."""
    try:
        from PySide6.QtPrintSupport import QPrinterInfo  # loaded when the settings need it
    except ImportError:  # the bundle leaves QtPrintSupport out (packaging/checkin.spec): ask the spooler
        from checkin.spooler import queue_names

        return queue_names()
    return sorted(QPrinterInfo.availablePrinterNames())


def station_printer(settings) -> tuple[str, str]:
    """``(queue, layout)`` chosen for this station ('' when no printer was chosen)."""
    return (settings.value(PRINTER_KEY, "", type=str),
            settings.value(LAYOUT_KEY, DESK_LAYOUT, type=str) or DESK_LAYOUT)


def print_one_badge(ctx, person: Attendee) -> PrintJob:
    """Print ``person``'s badge on the station's printer; PrintError says why it was not printed."""
    queue, layout = station_printer(ctx.settings)
    if not queue:
        raise PrintError("no badge printer is chosen for this station (Settings)")
    return print_badges(ctx.store, queue, attendee_ids=[person.id], layout=layout, station=ctx.station,
                        title=f"Badge {person.full_name}")


def save_badge_pdf(ctx, person: Attendee, path: str | Path) -> Path:
    """Write ``person``'s badge as a PDF (printed later by hand); logged as a PDF print."""
    from checkin.ui.render.badge_render import render_badges_pdf

    _queue, layout = station_printer(ctx.settings)
    render_badges_pdf(ctx.store, path, layout=layout, attendee_ids=[person.id], station=ctx.station)
    return Path(path)
