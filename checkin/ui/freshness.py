"""How fresh the event-wide figures are: which stations are merged in, as of what venue time."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from checkin.store.freshness import MergedStation
from checkin.venue_time import local_clock

translate = QCoreApplication.translate  # lupdate finds translate("context", "text")


def freshness_text(stations: list[MergedStation], timezone: str | None) -> str:
    """"Stations merged: Desk 1 at 09:42, Desk 2 at 09:41" (or: this station's records only)."""
    if not stations:
        return translate("freshness", "Figures from this station only: no other station merged yet.")
    each = [translate("freshness", "%1 at %2").replace("%1", s.name).replace("%2", local_clock(s.as_of, timezone))
            for s in stations]
    separator = translate("freshness", ", ")  # Arabic: "، "
    return translate("freshness", "Stations merged: %1").replace("%1", separator.join(each))
