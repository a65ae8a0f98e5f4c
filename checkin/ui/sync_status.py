"""The sync state in words for the status bar: last sync (venue time), stations seen, how far behind, problems."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QWidget

from checkin.venue_time import local_clock


class SyncStatusLabel(QLabel):
    """One line saying how the last sync pass went; the tooltip names the folder and every problem."""

    def __init__(self, timezone: str | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.timezone = timezone
        self.setObjectName("syncStatus")

    def show_state(self, controller) -> None:
        """Whatever the controller knows: off, waiting for the first pass, the last pass or its failure."""
        if controller.folder is None:
            self.setText(self.tr("Not syncing."))
            self.setToolTip("")
        elif controller.last_error:
            self.show_failure(controller.last_error, controller.folder)
        elif controller.last_report is not None:
            self.show_report(controller.last_report)
        else:
            self.setText(self.tr("Sync: first pass…"))
            self.setToolTip(self.tr("Sync folder: %1").replace("%1", str(controller.folder)))

    def show_report(self, report) -> None:
        status = report.status
        parts = [self.tr("Synced at %1").replace("%1", local_clock(status.last_sync, self.timezone, seconds=True)),
                 self.tr("%n other station(s) seen", "", status.stations_seen)]
        if status.behind:
            parts.append(self.tr("%n record(s) not merged yet", "", status.behind))
        else:
            parts.append(self.tr("up to date"))
        problems = list(status.problems)
        problems.extend(w for m in status.merged for w in m.warnings)
        if problems:
            parts.append(self.tr("%n problem(s): %1", "", len(problems)).replace("%1", problems[0]))
        self.setText(" · ".join(parts))
        self.setToolTip("\n".join([self.tr("Sync folder: %1").replace("%1", str(status.folder)), *problems]))

    def show_failure(self, message: str, folder: Path | None) -> None:
        """A pass that could not run (the folder gone is the usual reason: a USB stick pulled)."""
        if folder is not None and not Path(folder).is_dir():
            self.setText(self.tr("Sync: the folder %1 is not reachable (USB stick or share removed?)").replace(
                "%1", str(folder)))
        else:
            self.setText(self.tr("Sync failed: %1").replace("%1", message))
        self.setToolTip(message)
