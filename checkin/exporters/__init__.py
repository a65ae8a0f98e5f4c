"""CSV exports and live numbers for organisers (plain Python, no Qt; SQL in ``checkin.store.reports``)."""

from checkin.exporters.csvout import ExportError, neutralise, write_csv
from checkin.exporters.files import FILES, export_all
from checkin.exporters.stats import event_stats

__all__ = ["FILES", "ExportError", "event_stats", "export_all", "neutralise", "write_csv"]
