"""The organisers' attendee view: the whole list, filter, sort, per-session status, edit, cancel, history."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMessageBox, QPushButton,
    QSizePolicy, QSplitter, QTableView, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from checkin.decision import confirm_registration
from checkin.store import listing
from checkin.store.attendees import get_attendee, update_attendee
from checkin.store.db import StoreError
from checkin.ui.attendee_dialog import AttendeeDialog, HistoryDialog
from checkin.ui.undo_action import undo_chosen_checkin
from checkin.ui.attendee_model import AttendeeModel
from checkin.ui.context import AppContext
from checkin.venue_time import local_clock

FILTER_DELAY_MS = 150  # typing pauses shorter than this do not start a new query
CHANGE_DELAY_MS = 1000  # changes made elsewhere (scans, imports) re-read the list at most once a second


class AttendeesPanel(QWidget):
    """Every attendee in a lazily-filled table, with a detail pane for the selected one."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("attendeesPanel")
        self.confirm = self._confirm  # (title, question) -> bool; replaced in tests
        self.model = AttendeeModel(ctx, self)

        self.filter_box = QLineEdit(self)
        self.filter_box.setPlaceholderText(self.tr("Filter by name, organisation or email"))
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.setAccessibleName(self.tr("Filter attendees"))
        self.category_box = QComboBox(self)
        self.category_box.setAccessibleName(self.tr("Category"))
        self.category_box.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        self.category_box.currentIndexChanged.connect(
            lambda _i: self.model.set_category(self.category_box.currentData()))
        self._fill_categories()
        self.count_label = QLabel(self)
        self._filter_timer = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(lambda: self.model.set_filter(self.filter_box.text()))
        self.filter_box.textChanged.connect(lambda _t: self._filter_timer.start())

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        # Fixed row heights: the view never measures rows it does not show.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setStretchLastSection(True)
        for section, width in enumerate((220, 250, 130, 90)):  # fixed: never measured over 100,000 rows
            header.resizeSection(section, width)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._show_details())

        self.detail_title = QLabel(self)
        self.detail_title.setTextFormat(Qt.PlainText)
        font = self.detail_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.detail_title.setFont(font)
        self.detail_lines = QLabel(self)
        self.detail_lines.setTextFormat(Qt.PlainText)
        self.detail_title.setWordWrap(False)
        for label in (self.detail_title, self.detail_lines):
            # Never squeezed by the list below, never widening the pane: long lines are cut,
            # the tooltip has them whole.
            label.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Minimum)
        self.sessions_tree = QTreeWidget(self)
        self.sessions_tree.setRootIsDecorated(False)
        self.sessions_tree.setWordWrap(True)
        self.sessions_tree.setHeaderLabels([self.tr("Session"), self.tr("Access"), self.tr("Last scan")])
        tree_header = self.sessions_tree.header()
        tree_header.setStretchLastSection(False)
        tree_header.setSectionResizeMode(0, QHeaderView.Stretch)
        tree_header.setSectionResizeMode(1, QHeaderView.ResizeToContents)
        tree_header.setSectionResizeMode(2, QHeaderView.ResizeToContents)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.cancel_button = QPushButton(self.tr("Mark &cancelled"), self)
        self.history_button = QPushButton(self.tr("&History…"), self)
        # A registration imported as pending (unpaid, awaiting approval) is refused at the desks until
        # an organiser settles it here.
        self.confirm_button = QPushButton(self.tr("Con&firm registration"), self)
        self.confirm_button.setToolTip(self.tr("Paid or approved: the desks admit this person from now on"))
        self.confirm_button.clicked.connect(self.confirm_selected)
        self.confirm_button.setVisible(False)
        self.edit_button.clicked.connect(self.edit_selected)
        self.cancel_button.clicked.connect(self.toggle_cancelled)
        self.history_button.clicked.connect(self.show_history)

        top = QHBoxLayout()
        top.addWidget(self.filter_box, 1)
        top.addWidget(self.category_box)
        top.addWidget(self.count_label)
        widest = self.count_label.fontMetrics().horizontalAdvance("000,000 attendees ")
        self.count_label.setMinimumWidth(widest)
        buttons = QHBoxLayout()
        for b in (self.edit_button, self.cancel_button, self.history_button):
            buttons.addWidget(b)
        detail = QWidget(self)
        dl = QVBoxLayout(detail)
        dl.addWidget(self.detail_title)
        dl.addWidget(self.detail_lines)
        dl.addWidget(self.sessions_tree, 1)
        dl.addWidget(self.confirm_button)
        dl.addLayout(buttons)
        splitter = QSplitter(Qt.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([830, 420])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        QShortcut(QKeySequence.Find, self, activated=self.filter_box.setFocus)
        # Keyboard: Down from the filter goes to the list; Enter edits, Ctrl+H shows the history.
        for key in (Qt.Key_Return, Qt.Key_Enter):
            QShortcut(QKeySequence(key), self.table, activated=self.edit_selected,
                      context=Qt.WidgetShortcut)
        QShortcut(QKeySequence("Ctrl+H"), self, activated=self.show_history)
        QShortcut(QKeySequence(Qt.Key_Down), self.filter_box, activated=self.table.setFocus,
                  context=Qt.WidgetShortcut)
        self.model.loaded.connect(self._on_loaded)
        self.model.failed.connect(lambda msg: QMessageBox.warning(self, self.tr("Attendees"), msg))
        self._stale = False
        self._change_timer = QTimer(self, singleShot=True, interval=CHANGE_DELAY_MS)
        self._change_timer.timeout.connect(self._reload_after_change)
        ctx.data_changed.connect(self._on_data_changed)
        self._show_details()
        # The list is loaded when first shown: at start-up the desk is on screen, and reading
        # 100,000 ids on a pool thread would compete with it for the two cores of a laptop.

    def ensure_loaded(self) -> None:
        """Load the list now if nothing asked for it yet (it loads by itself when first shown)."""
        self.model.ensure_loaded()

    # -- selection -----------------------------------------------------------------

    def current_attendee_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.attendee_id(index.row()) if index.isValid() else None

    def selected_attendee_ids(self) -> list[int]:
        """Ids of the selected rows (the badge menu prints these)."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [i for i in (self.model.attendee_id(r) for r in rows) if i is not None]

    def select_attendee(self, attendee_id: int) -> bool:
        row = self.model.row_of(attendee_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)
        self.table.scrollTo(index)
        return True

    def _on_loaded(self, count: int) -> None:
        self.count_label.setText(self.tr("%n attendee(s)", "", count))
        self._show_details()

    def _on_data_changed(self) -> None:
        # A desk records a scan every few seconds: the list is only re-read while it is on
        # screen (at most once a second), and once when it comes back into view.
        if not self.isVisible():
            self._stale = True
        elif not self._change_timer.isActive():
            self._change_timer.start()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        self.model.ensure_loaded()
        if self._stale:
            self._stale = False
            self._reload_after_change()

    def _fill_categories(self) -> None:
        """The category chooser: all, then each category of the event (kept when still there)."""
        chosen = self.category_box.currentData()
        self.category_box.blockSignals(True)
        self.category_box.clear()
        self.category_box.addItem(self.tr("All categories"), None)
        for category in listing.categories(self.ctx.store):
            self.category_box.addItem(category, category)
        self.category_box.setCurrentIndex(max(0, self.category_box.findData(chosen)))
        self.category_box.blockSignals(False)
        if self.category_box.currentData() != chosen:  # the chosen category is gone: show everyone
            self.model.set_category(None)

    def _reload_after_change(self) -> None:
        if self.ctx.closed:  # the delayed reload of a window whose event file was closed meanwhile
            return
        self._fill_categories()  # an import or an edit may bring a new category
        current = self.current_attendee_id()
        scroll = self.table.verticalScrollBar().value()
        self.model.refresh_rows()
        self._show_details()
        self.model.reload()  # a new walk-in or import changes the list itself
        self.model.loaded.connect(lambda _n: self._restore(current, scroll), Qt.SingleShotConnection)

    def _restore(self, attendee_id: int | None, scroll: int) -> None:
        """After a reload caused by a change elsewhere: same selection, same place in the list."""
        if attendee_id is not None and self.current_attendee_id() != attendee_id:
            row = self.model.row_of(attendee_id)
            if row >= 0:
                self.table.selectionModel().setCurrentIndex(
                    self.model.index(row, 0), QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)
        self.table.verticalScrollBar().setValue(scroll)

    def _show_details(self) -> None:
        if self.ctx.closed:  # a late signal after the window let go of the event file
            return
        attendee_id = self.current_attendee_id()
        self.sessions_tree.clear()
        for b in (self.edit_button, self.cancel_button, self.history_button):
            b.setEnabled(attendee_id is not None)
        self.confirm_button.setVisible(False)
        if attendee_id is None:
            self.detail_title.setText("")
            self.detail_lines.setText(self.tr("Select an attendee to see their sessions."))
            return
        attendee = get_attendee(self.ctx.store, attendee_id)
        lines = [attendee.organisation, attendee.category, attendee.email]
        if attendee.status == "cancelled":
            lines.append(self.tr("Cancelled"))
        elif attendee.pending:
            lines.append(self.tr("Payment pending — refused at the desks") if attendee.pending == "payment"
                         else self.tr("Awaiting approval — refused at the desks"))
        self.confirm_button.setVisible(attendee.status != "cancelled" and bool(attendee.pending))
        # A mark of the UI's direction first: a Latin name in the Arabic UI still lines up on the right.
        mark = "\u200f" if self.isRightToLeft() else "\u200e"
        self.detail_title.setText(mark + attendee.full_name)
        self.detail_lines.setText("\n".join(mark + x for x in lines if x))
        self.detail_title.setToolTip(attendee.full_name)
        self.detail_lines.setToolTip(self.detail_lines.text())
        self.cancel_button.setText(
            self.tr("&Reinstate") if attendee.status == "cancelled" else self.tr("Mark &cancelled"))
        tz = self.ctx.event.timezone
        for s in listing.session_statuses(self.ctx.store, attendee_id):
            access = self.tr("On the list") if s.restricted and s.allowed else (
                self.tr("Not on the list") if s.restricted else self.tr("Open"))
            if s.last_direction is None:
                last = self.tr("Not scanned")
            else:
                word = self.tr("In") if s.last_direction == "in" else self.tr("Out")
                last = f"{word} {local_clock(s.last_at, tz)}"
            item = QTreeWidgetItem(self.sessions_tree, [s.title, access, last])
            item.setToolTip(0, f"{s.title} · {s.room}" if s.room else s.title)

    # -- actions -------------------------------------------------------------------

    def edit_selected(self) -> None:
        attendee_id = self.current_attendee_id()
        if attendee_id is None:
            return
        dialog = AttendeeDialog(get_attendee(self.ctx.store, attendee_id), self)
        if dialog.exec() != AttendeeDialog.Accepted:
            return
        self._save(attendee_id, dialog.changes())

    def confirm_selected(self) -> None:
        """Settle the selected pending registration: admitted at the desks from now on."""
        attendee_id = self.current_attendee_id()
        if attendee_id is None:
            return
        try:
            confirm_registration(self.ctx.store, attendee_id, station=self.ctx.station)
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("Could not save"), str(exc))
            return
        self.model.refresh_rows()
        self._show_details()
        self.ctx.data_changed.emit()

    def toggle_cancelled(self) -> None:
        attendee_id = self.current_attendee_id()
        if attendee_id is None:
            return
        attendee = get_attendee(self.ctx.store, attendee_id)
        if attendee.status == "cancelled":
            self._save(attendee_id, {"status": "registered"})
            return
        answer = QMessageBox.question(
            self, self.tr("Mark cancelled"),
            self.tr("Mark %1 as cancelled? Their badge will be refused at the desks.").replace(
                "%1", attendee.full_name))
        if answer == QMessageBox.Yes:
            self._save(attendee_id, {"status": "cancelled"})

    def _confirm(self, title: str, question: str) -> bool:
        return QMessageBox.question(self, title, question) == QMessageBox.Yes

    def _save(self, attendee_id: int, changes: dict) -> None:
        if not changes:
            return
        try:
            update_attendee(self.ctx.store, attendee_id, station=self.ctx.station, **changes)
        except (StoreError, ValueError) as exc:
            QMessageBox.warning(self, self.tr("Could not save"), str(exc))
            return
        self.model.refresh_rows()  # the organiser sees the change at once; the order follows
        self._show_details()
        self.ctx.data_changed.emit()

    def show_history(self) -> None:
        attendee_id = self.current_attendee_id()
        if attendee_id is None:
            return
        attendee = get_attendee(self.ctx.store, attendee_id)
        entries = listing.attendee_history(self.ctx.store, attendee_id)

        def undo(checkin_id: str) -> str:
            card, message, _item = undo_chosen_checkin(self.ctx, checkin_id, self.confirm)
            if card is not None:
                self.ctx.data_changed.emit()
            return message

        HistoryDialog(attendee, entries, self.ctx.event.timezone, self, undo=undo,
                      reload=lambda: listing.attendee_history(self.ctx.store, attendee_id)).exec()
