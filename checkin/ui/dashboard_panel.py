"""The organisers' live dashboard: arrived / expected, arrivals per quarter hour, categories, sessions.

Figures are computed on a pool thread with its own connection, at most once a
second however fast scans come in, so the camera and the desk never wait on it.
"""

from __future__ import annotations

import sqlite3

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QGridLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QProgressBar, QTreeWidget, QTreeWidgetItem,
    QVBoxLayout, QWidget,
)

from checkin.store.dashboard import DashboardFigures, dashboard_figures
from checkin.store.freshness import merged_stations
from checkin.ui.context import AppContext
from checkin.ui.dashboard_chart import ArrivalsChart
from checkin.ui.freshness import freshness_text
from checkin.ui.tasks import run_task

REFRESH_MS = 1000  # coalescing window: at most one recomputation per second
NEAR_FULL = 0.9  # a session this close to its capacity is shown in orange, a full one in red
FULL_COLOUR, NEAR_FULL_COLOUR = "#b00020", "#b35900"  # dark enough to read on white (WCAG AA)
PERIODIC_MS = 30_000  # also refresh now and then (other stations' journals merged, clock moving)


def _big_label(parent: QWidget, scale: float) -> QLabel:
    label = QLabel(parent)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label


class _Job:
    """What the GUI thread and a figures computation on the pool share."""

    def __init__(self) -> None:
        self.cancelled = False
        self.busy = None  # the Store the pool thread is reading, while it reads


class DashboardPanel(QWidget):
    """Live figures of the event, refreshed when the event file changes."""

    #: New figures are on screen (carries the ``DashboardFigures``). GUI thread.
    updated = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("dashboardPanel")
        self.figures: DashboardFigures | None = None
        self._running = False
        self._again = False
        self._stale = False
        # Shared with the pool thread, which must never touch the widget itself (it may be
        # deleted meanwhile): a plain object with the cancel flag and the Store being read.
        self._job = _Job()

        self.arrived_label = _big_label(self, 2.6)
        self.arrived_label.setAccessibleName(self.tr("Arrived out of expected"))
        self.arrived_caption = QLabel(self.tr("arrived"), self)
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(True)
        self.walkins_label = QLabel(self)
        self.freshness_label = QLabel(self)  # which stations' records the figures hold, as of when
        self.freshness_label.setWordWrap(True)
        self.chart = ArrivalsChart(self)
        self.categories = QTreeWidget(self)
        self.categories.setRootIsDecorated(False)
        self.categories.setHeaderLabels([self.tr("Category"), self.tr("Arrived"), self.tr("Expected")])
        self.sessions = QTreeWidget(self)
        self.sessions.setRootIsDecorated(False)
        self.sessions.setHeaderLabels([self.tr("Session"), self.tr("Room"), self.tr("Present"),
                                       self.tr("Capacity"), self.tr("Admitted")])
        for tree in (self.categories, self.sessions):
            tree.header().setSectionResizeMode(0, QHeaderView.Stretch)
            tree.header().setStretchLastSection(False)

        head = QHBoxLayout()
        figure = QVBoxLayout()
        figure.addWidget(self.arrived_label)
        figure.addWidget(self.arrived_caption)
        head.addLayout(figure)
        side = QVBoxLayout()
        side.addWidget(self.progress)
        side.addWidget(self.walkins_label)
        side.addWidget(self.freshness_label)
        head.addLayout(side, 1)
        cat_box = QGroupBox(self.tr("Per category"), self)
        QVBoxLayout(cat_box).addWidget(self.categories)
        ses_box = QGroupBox(self.tr("Per session"), self)
        QVBoxLayout(ses_box).addWidget(self.sessions)
        grid = QGridLayout(self)
        grid.addLayout(head, 0, 0, 1, 2)
        grid.addWidget(self.chart, 1, 0, 1, 2)
        grid.addWidget(cat_box, 2, 0)
        grid.addWidget(ses_box, 2, 1)
        grid.setRowStretch(1, 3)
        grid.setRowStretch(2, 2)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(0, 1)

        self._timer = QTimer(self, singleShot=True, interval=REFRESH_MS)
        self._timer.timeout.connect(self.refresh_now)
        self._periodic = QTimer(self, interval=PERIODIC_MS)
        self._periodic.timeout.connect(self.schedule_refresh)
        self._periodic.start()
        ctx.data_changed.connect(self.schedule_refresh)
        self._stale = True  # the first figures are computed when the dashboard is first shown

    def schedule_refresh(self) -> None:
        """Ask for new figures; bursts of changes within a second give one recomputation.

        While the dashboard is not on screen nothing is computed; it catches up when shown.
        """
        if not self.isVisible():
            self._stale = True
            return
        if not self._timer.isActive():
            self._timer.start()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh_now()

    def refresh_now(self) -> None:
        if self._job.cancelled:
            return
        if self._running:  # one computation at a time; run again once it is in
            self._again = True
            return
        self._running = True
        ctx, job = self.ctx, self._job

        def work() -> tuple[DashboardFigures, list]:  # on a pool thread
            with ctx.open_store() as store:
                job.busy = store  # what cancel() interrupts; sqlite3's interrupt() is thread-safe
                try:
                    if job.cancelled:
                        return None
                    return dashboard_figures(store), merged_stations(store)
                except sqlite3.OperationalError:
                    if job.cancelled:  # interrupted by cancel(): nothing to report
                        return None
                    raise
                finally:
                    job.busy = None

        run_task(work, self._show, self._failed)

    def cancel(self) -> None:
        """Stop a computation in progress and start no other (the application is quitting).

        Without this the thread pool's wait at exit would hold the quit until the figures are in.
        """
        self._job.cancelled = True
        self._timer.stop()
        self._periodic.stop()
        busy = self._job.busy
        if busy is not None:
            busy.conn.interrupt()

    def _failed(self, message: str) -> None:
        if not shiboken6.isValid(self) or self._job.cancelled:  # closed or quitting while computing
            return
        self._running = False
        self.walkins_label.setText(self.tr("Could not read the figures: %1").replace("%1", message))

    def _show(self, result: tuple[DashboardFigures, list] | None) -> None:
        if not shiboken6.isValid(self) or result is None:  # closed, or cancelled while computing
            return
        figures, stations = result
        self.freshness_label.setText(freshness_text(stations, self.ctx.event.timezone))
        self._running = False
        if self._again:
            self._again = False
            self.schedule_refresh()
        self.figures = figures
        self.arrived_label.setText(f"{figures.arrived} / {figures.expected}")
        self.progress.setRange(0, max(1, figures.expected))
        self.progress.setValue(min(figures.arrived, max(1, figures.expected)))
        percent = round(100 * figures.arrived / figures.expected) if figures.expected else 0
        self.progress.setFormat(f"{percent}%")
        self.walkins_label.setText(self.tr("%n walk-in(s) registered", "", figures.walkins))
        self.chart.set_data(figures.quarter_hours)
        self.categories.clear()
        for c in figures.categories:
            item = QTreeWidgetItem(self.categories, [c.category or self.tr("(none)"), str(c.arrived),
                                                     str(c.expected)])
            for col in (1, 2):
                item.setTextAlignment(col, Qt.AlignCenter)  # reads the same left to right and right to left
        self.sessions.clear()
        for s in figures.sessions:
            capacity = str(s.capacity) if s.capacity else "—"
            cells = [s.title, s.room, str(s.present), capacity, str(s.admitted)]
            item = QTreeWidgetItem(self.sessions, cells)
            for col in (2, 3, 4):
                item.setTextAlignment(col, Qt.AlignCenter)  # reads the same left to right and right to left
            if s.capacity and s.present >= NEAR_FULL * s.capacity:
                full = s.present >= s.capacity
                item.setToolTip(2, self.tr("Full") if full else self.tr("Almost full"))
                item.setForeground(2, QColor(FULL_COLOUR if full else NEAR_FULL_COLOUR))
                font = item.font(2)
                font.setBold(True)
                item.setFont(2, font)
        self.updated.emit(figures)
