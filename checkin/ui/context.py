"""What every panel of the window shares: the open event, the station, settings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal

from checkin.store.db import Store

#: Seconds the window's connection waits for another program's lock (see checkin.ui.busy_queue).
GUI_BUSY_TIMEOUT_S = 0.25
from checkin import desk
from checkin.store.event import Event, get_event


class AppContext(QObject):
    """The open event file on the GUI thread, and the app-wide change signals.

    ``store`` is the GUI thread's own connection; background tasks open their
    own (see ``checkin.ui.tasks``). Signals fire on the GUI thread.
    """

    #: Something changed in the event file (check-in, undo, import, edit). GUI thread.
    data_changed = Signal()
    #: A scan or manual check-in was decided: carries a ``checkin.decision.ScanDecision``. GUI thread.
    decision_made = Signal(object)
    #: Kiosk mode switched on (True) or off (False). GUI thread.
    kiosk_changed = Signal(bool)
    #: The station was renamed in the settings; carries the new name. GUI thread.
    station_changed = Signal(str)

    def __init__(self, db_path: Path, settings: QSettings | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.store = Store(self.db_path)
        # the GUI thread must not freeze while another program holds the file: scans then wait
        # in a BusyQueue with a "busy" card; other writes say the file is busy
        self.store.set_busy_timeout(GUI_BUSY_TIMEOUT_S)
        self.event: Event = get_event(self.store)
        self.settings = settings or QSettings()
        # The station identity lives in the event file (a package gives it), not in per-machine settings.
        self.station: str = desk.station_identity(self.store).name
        self.kiosk = False
        self._closed = False

    def open_store(self) -> Store:
        """A new connection to the same file, for use on another thread only."""
        return Store(self.db_path)

    def set_station(self, name: str) -> None:
        """Rename this station in the event file (refused, with StoreError, when another station has the name)."""
        name = name.strip()
        if name and name != self.station:
            self.station = desk.rename_this_station(self.store, name).name
        self.station_changed.emit(self.station)

    @property
    def closed(self) -> bool:
        """True once the window has let go of the event file (late task results are dropped)."""
        return self._closed

    def close(self) -> None:
        self._closed = True
        self.store.close()
