"""Export › Conflicts…: what merging the stations' records found (double admissions, clocks, walk-ins)."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from checkin.sync.conflicts import Conflict, find_conflicts
from checkin.venue_time import local_clock
from checkin.ui.tasks import run_task

translate = QCoreApplication.translate  # lupdate finds translate("context", "text")


def kind_text(kind: str) -> str:
    """A conflict's kind in words (the rules are in checkin/sync/conflicts.py)."""
    words = {
        "double_admission": translate("conflicts", "Admitted at two stations"),
        "checkin_after_undo": translate("conflicts", "Admitted after an undo at another station"),
        "clock_skew": translate("conflicts", "A station's clock is off"),
        "duplicate_walkin": translate("conflicts", "Same walk-in registered twice"),
        "badge_id_clash": translate("conflicts", "Two walk-ins drew the same badge code"),
    }
    return words.get(kind, kind)


class ConflictsModel(QAbstractTableModel):
    """One row per conflict: kind in words, person, both stations and both times (venue time)."""

    def __init__(self, timezone: str | None, parent=None):
        super().__init__(parent)
        self.timezone = timezone
        self.rows: list[Conflict] = []
        self.headers = [self.tr("What happened"), self.tr("Person"), self.tr("Station A"), self.tr("Time A"),
                        self.tr("Station B"), self.tr("Time B"), self.tr("Detail")]

    def set_rows(self, rows: list[Conflict]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt name)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt name)
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802 (Qt name)
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        c = self.rows[index.row()]
        if role == Qt.DisplayRole:
            when = lambda at: local_clock(at, self.timezone, with_date=True, seconds=True) if at else ""  # noqa: E731
            return (kind_text(c.kind), c.attendee, c.station_a, when(c.at_a), c.station_b, when(c.at_b),
                    c.detail)[index.column()]
        if role == Qt.ToolTipRole:
            return c.detail
        return None


class ConflictsDialog(QDialog):
    """The conflicts in the merged file, read on the pool with the task's own connection."""

    #: The rows are on screen (carries their number). GUI thread.
    loaded = Signal(int)

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Conflicts between stations"))
        self.resize(1000, 420)
        self.model = ConflictsModel(ctx.event.timezone, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        note = QLabel(self.tr("Both check-ins of a double admission stay in the export; the person counts once. "
                              "checkin export also writes these rows to conflicts.csv."), self)
        note.setWordWrap(True)
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.clicked.connect(self.refresh)
        buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.refresh_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        self.summary.setText(self.tr("Reading the merged records…"))
        ctx = self.ctx

        def work() -> list[Conflict]:
            with ctx.open_store() as store:
                return find_conflicts(store)

        run_task(work, self._show, self._failed)

    def _show(self, rows: list[Conflict]) -> None:
        if not shiboken6.isValid(self):
            return
        self.model.set_rows(rows)
        self.summary.setText(self.tr("%n conflict(s) in the records merged so far.", "", len(rows)) if rows
                             else self.tr("No conflicts in the records merged so far."))
        self.loaded.emit(len(rows))

    def _failed(self, message: str) -> None:
        if shiboken6.isValid(self):
            self.summary.setText(self.tr("Could not read the conflicts: %1").replace("%1", message))
