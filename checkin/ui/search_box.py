"""Find a person by name: results as you type, from 2 characters, never the whole list."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel, QLineEdit, QListWidget, QListWidgetItem, QMenu, QStyle, QVBoxLayout, QWidget,
)

from checkin.codes import looks_like_code
from checkin.store.attendees import Attendee

MIN_CHARS = 2
MAX_RESULTS = 8  # a public desk screen never lists everyone
DEBOUNCE_MS = 150


class _Field(QLineEdit):
    """The text field: Down moves into the results, Enter picks the highlighted one."""

    def __init__(self, box: "SearchBox"):
        super().__init__(box)
        self._box = box

    def event(self, event: QEvent) -> bool:
        # Ctrl+Z means "undo the last check-in" at the desk, not "undo typing" in this field
        if event.type() == QEvent.Type.ShortcutOverride and event.matches(QKeySequence.StandardKey.Undo):
            event.ignore()
            return False
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down and self._box.results.count():
            self._box.results.setFocus()
            self._box.results.setCurrentRow(0)
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if looks_like_code(self.text()):  # typed or pasted from a badge: a scan, never a search
                code = self.text()
                self.clear()
                self._box.code_entered.emit(code)
                return
            self._box.choose_current()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.clear()
            return
        super().keyPressEvent(event)


class SearchBox(QWidget):
    """A name field and at most ``MAX_RESULTS`` matches; ``search`` runs on the GUI thread."""

    #: A person was chosen (click, double-click or Enter): their attendee id. GUI thread.
    attendee_chosen = Signal(int)
    #: The result list was refreshed (tests wait for it). GUI thread.
    results_changed = Signal()

    #: A badge-shaped code was typed or pasted and confirmed with Enter. GUI thread.
    code_entered = Signal(str)
    #: Undo was asked for on a result (context menu): the attendee id. GUI thread.
    undo_requested = Signal(int)

    def __init__(self, search: Callable[[str, int], list[Attendee]], parent: QWidget | None = None,
                 presence: Callable[[list[int]], dict[int, str]] | None = None):
        """``presence`` gives, for result ids, a short "in since 08:42" for those already in."""
        super().__init__(parent)
        self._search = search
        self._presence = presence or (lambda _ids: {})
        self.field = _Field(self)
        self.field.setPlaceholderText(self.tr("Find by name (2 letters or more)…"))
        self.field.setClearButtonEnabled(True)
        self.field.setAccessibleName(self.tr("Search by name"))
        self.results = QListWidget(self)
        self.results.setAccessibleName(self.tr("Matching people"))
        self.results.setUniformItemSizes(True)
        self.results.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.results.setAlternatingRowColors(True)  # one band per person: name and organisation together
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field)
        layout.addWidget(self.hint)
        layout.addWidget(self.results, 10)
        layout.addStretch(1)  # keeps the hint under the field while there are no results

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh)
        self.field.textChanged.connect(lambda _t: self._timer.start())
        self.results.itemActivated.connect(self._activated)  # Enter or double-click
        self.results.itemClicked.connect(self._activated)  # one click checks in
        self.results.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.results.customContextMenuRequested.connect(self._menu)
        self.set_text_scale(1.0)
        self.refresh()

    def set_text_scale(self, scale: float) -> None:
        font = QFont(self.font())
        font.setPointSizeF(16 * scale)
        self.field.setFont(font)
        self.results.setFont(font)
        small = QFont(font)
        small.setPointSizeF(12 * scale)
        self.hint.setFont(small)

    def refresh(self) -> None:
        """Run the search for the current text now."""
        self._timer.stop()
        text = self.field.text().strip()
        self.results.clear()
        if len(text) < MIN_CHARS:
            self.hint.setText(self.tr("Type at least 2 letters of a name."))
            self.results.setVisible(False)
        else:
            found = self._search(text, MAX_RESULTS + 1)
            inside = self._presence([p.id for p in found[:MAX_RESULTS]])
            for person in found[:MAX_RESULTS]:
                self._add(person, inside.get(person.id, ""))
            if not found:
                self.hint.setText(self.tr("Nobody matches “{text}”.").format(text=text))
            elif len(found) > MAX_RESULTS:
                self.hint.setText(self.tr("More people match: type more letters."))
            else:
                self.hint.setText("")
            self.results.setVisible(bool(found))
        self.results_changed.emit()

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt name)
        self._timer.stop()  # a hidden (or closing) box searches nothing
        super().hideEvent(event)

    def result_names(self) -> list[str]:
        return [self.results.item(i).data(Qt.ItemDataRole.UserRole + 1) for i in range(self.results.count())]

    def choose_current(self) -> None:
        item = self.results.currentItem() or (self.results.item(0) if self.results.count() else None)
        if item is not None:
            self._activated(item)

    def reset(self) -> None:
        self.field.clear()
        self.refresh()

    def result_lines(self) -> list[str]:
        """Each result as shown (name, then organisation, category and whether they are in)."""
        return [self.results.item(i).text() for i in range(self.results.count())]

    def _add(self, person: Attendee, inside: str = "") -> None:
        extra = " · ".join(x for x in (inside, person.organisation, person.category) if x)  # "in" first: never elided
        item = QListWidgetItem(f"{person.full_name}\n{extra}" if extra else person.full_name)
        item.setData(Qt.ItemDataRole.UserRole, person.id)
        item.setData(Qt.ItemDataRole.UserRole + 1, person.full_name)
        if inside:
            item.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton))
        if person.status == "cancelled":
            item.setText(item.text() + "  " + self.tr("(cancelled)"))
        self.results.addItem(item)

    def undo_action_for(self, row: int) -> QAction:
        """The context-menu action of one result row (tests trigger it as a right-click would)."""
        item = self.results.item(row)
        action = QAction(self.tr("Undo this person's check-in…"), self)
        action.triggered.connect(lambda: self.undo_requested.emit(int(item.data(Qt.ItemDataRole.UserRole))))
        return action

    def _menu(self, pos) -> None:
        item = self.results.itemAt(pos)
        if item is None:
            return
        menu = QMenu(self)
        menu.addAction(self.undo_action_for(self.results.row(item)))
        menu.exec(self.results.viewport().mapToGlobal(pos))

    def _activated(self, item: QListWidgetItem) -> None:
        self.attendee_chosen.emit(int(item.data(Qt.ItemDataRole.UserRole)))
