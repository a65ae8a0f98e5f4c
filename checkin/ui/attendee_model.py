"""The attendee list as a lazily-filled table model (100,000 rows scroll without loading them all).

The model holds the ordered ids of the current filter and sort (computed on a
pool thread, see ``reload``) and a small cache of pages of rows, fetched by id
from the GUI thread's store when the view first paints them.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

import shiboken6
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QFont

from checkin.store import listing
from checkin.ui.context import AppContext
from checkin.venue_time import local_clock
from checkin.ui.tasks import run_task

PAGE = 200
MAX_PAGES = 40  # ~8,000 rows kept; older pages are dropped and fetched again if scrolled back to

COLUMNS = ("name", "organisation", "category", "status", "checked_in")
_DISPLAY, _USER, _FONT = int(Qt.DisplayRole), int(Qt.UserRole), int(Qt.FontRole)
_ROLES = frozenset((_DISPLAY, _USER, _FONT, int(Qt.AccessibleTextRole)))


class AttendeeModel(QAbstractTableModel):
    """Attendees matching a filter, sorted; one row per attendee."""

    #: The row count for the current filter and sort is known (after ``reload``). GUI thread.
    loaded = Signal(int)
    #: Loading the id list failed: one line for the user. GUI thread.
    failed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._ids: list[int] = []
        self._pages: OrderedDict[int, dict[int, tuple]] = OrderedDict()
        self._last_page = -1
        self._zone = ctx.event.timezone
        self._cancelled, self._registered = self.tr("Cancelled"), self.tr("Registered")
        self._pending = {"payment": self.tr("Payment pending"), "approval": self.tr("Awaiting approval")}
        self._struck = QFont()
        self._struck.setStrikeOut(True)
        self._text, self._sort, self._descending = "", "name", False
        self._category: str | None = None
        self._generation = 0
        self._requested = False
        self.pages_fetched = 0  # for tests and the benchmark

    # -- what is shown -------------------------------------------------------------

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Name"), self.tr("Organisation"), self.tr("Category"), self.tr("Status"),
                self.tr("Checked in"))

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole) -> Any:
        if role == Qt.DisplayRole and orientation == Qt.Horizontal:
            return self.headers()[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole) -> Any:
        # Called for every role of every visible cell while scrolling: unused roles return at once.
        if role not in _ROLES or not index.isValid():
            return None
        line = self.line_at(index.row())
        if line is None:
            return None
        row, texts = line
        if role == _DISPLAY:
            return texts[index.column()]
        if role == _USER:
            return row.id
        if role == _FONT:
            return self._struck if row.status == "cancelled" else None
        return f"{self.headers()[index.column()]}: {texts[index.column()]}"  # accessible text

    def _texts(self, row: listing.ListRow) -> tuple[str, ...]:
        """The shown text of each column, computed once per fetched row."""
        status = self._cancelled if row.status == "cancelled" else (
            self._pending.get(row.pending, self._registered) if row.pending else self._registered)
        arrived = local_clock(row.arrived_at, self._zone, with_date=True) if row.arrived_at else ""
        return (row.full_name, row.organisation, row.category, status, arrived)

    # -- paging --------------------------------------------------------------------

    def line_at(self, row: int) -> tuple[listing.ListRow, tuple[str, ...]] | None:
        """The attendee at a view row and its column texts, fetching its page when not cached."""
        if not 0 <= row < len(self._ids) or getattr(self.ctx, "closed", False):
            return None
        number = row // PAGE
        page = self._pages.get(number)
        if page is None:
            ids = self._ids[number * PAGE:(number + 1) * PAGE]
            page = {i: (r, self._texts(r)) for i, r in listing.rows_for_ids(self.ctx.store, ids).items()}
            self.pages_fetched += 1
            self._pages[number] = page
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        elif number != self._last_page:
            self._pages.move_to_end(number)
        self._last_page = number
        return page.get(self._ids[row])

    def row_at(self, row: int) -> listing.ListRow | None:
        """The attendee at a view row (None outside the list)."""
        line = self.line_at(row)
        return line[0] if line else None

    def attendee_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, attendee_id: int) -> int:
        try:
            return self._ids.index(attendee_id)
        except ValueError:
            return -1

    def refresh_rows(self) -> None:
        """Forget the cached rows (the data changed) and repaint; the order is kept."""
        self._pages.clear()
        self._last_page = -1
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(COLUMNS) - 1))

    # -- filter and sort -----------------------------------------------------------

    @property
    def filter_text(self) -> str:
        return self._text

    def set_filter(self, text: str) -> None:
        if text != self._text:
            self._text = text
            self.reload()

    def set_category(self, category: str | None) -> None:
        """Show one category only (None: all)."""
        if category != self._category:
            self._category = category
            self.reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.AscendingOrder) -> None:
        wanted = (COLUMNS[column], order == Qt.DescendingOrder)
        if wanted != (self._sort, self._descending) or not self._requested:
            self._sort, self._descending = wanted
            self.reload()

    def ensure_loaded(self) -> None:
        """Load the list unless a load was already asked for (e.g. by the view's first sort)."""
        if not self._requested:
            self.reload()

    def reload(self) -> None:
        """Recompute the ordered ids on a pool thread; ``loaded`` fires when they are in."""
        self._requested = True
        self._generation += 1
        generation = self._generation
        text, sort, descending, category = self._text, self._sort, self._descending, self._category
        ctx = self.ctx

        def work() -> list[int]:
            with ctx.open_store() as store:
                return listing.ordered_ids(store, text, sort, descending, category)

        run_task(work, lambda ids: self._apply(generation, ids), self._fail)

    def _fail(self, message: str) -> None:
        if shiboken6.isValid(self):
            self.failed.emit(message)

    def _apply(self, generation: int, ids: list[int]) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:  # gone, or a newer filter typed
            return
        if getattr(self.ctx, "closed", False):  # the event file was closed while the ids were read
            return
        if ids == self._ids:  # same rows in the same order: repaint only, keep selection and scroll
            self.refresh_rows()
            self.loaded.emit(len(ids))
            return
        self.beginResetModel()
        self._ids = ids
        self._pages.clear()
        self._last_page = -1
        self.endResetModel()
        self.loaded.emit(len(ids))
