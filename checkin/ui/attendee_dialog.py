"""Dialogs of the attendee view: edit one attendee, read one attendee's history."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPushButton, QTreeWidget, QTreeWidgetItem,
    QVBoxLayout, QWidget,
)

from checkin.store.attendees import Attendee
from checkin.store.listing import HistoryEntry
from checkin.text import clean_name
from checkin.venue_time import local_clock

FIELDS = ("first_name", "last_name", "full_name", "organisation", "category", "role", "email", "external_id")


class AttendeeDialog(QDialog):
    """Edit the registration details of one attendee; ``changes()`` gives what was modified."""

    def __init__(self, attendee: Attendee, parent: QWidget | None = None):
        super().__init__(parent)
        self.attendee = attendee
        self.setWindowTitle(self.tr("Edit attendee"))
        labels = {
            "first_name": self.tr("First name"), "last_name": self.tr("Last name"),
            "full_name": self.tr("Name on badge"), "organisation": self.tr("Organisation"),
            "category": self.tr("Category"), "role": self.tr("Role"), "email": self.tr("Email"),
            "external_id": self.tr("Registration number"),
        }
        form = QFormLayout()
        self.edits: dict[str, QLineEdit] = {}
        for name in FIELDS:
            edit = QLineEdit(getattr(attendee, name) or "", self)
            edit.setObjectName(name)
            edit.setAccessibleName(labels[name])
            self.edits[name] = edit
            form.addRow(labels[name], edit)
        # The badge name follows first/last unless the organiser typed one on purpose.
        self._name_typed = attendee.full_name != clean_name(f"{attendee.first_name} {attendee.last_name}")
        self.edits["full_name"].textEdited.connect(self._on_name_typed)
        for part in ("first_name", "last_name"):
            self.edits[part].textEdited.connect(self._follow_parts)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020;")
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel, self)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _on_name_typed(self, _text: str) -> None:
        self._name_typed = True

    def _follow_parts(self, _text: str) -> None:
        if not self._name_typed:
            self.edits["full_name"].setText(
                clean_name(f"{self.edits['first_name'].text()} {self.edits['last_name'].text()}"))

    def _accept(self) -> None:
        if not clean_name(self.edits["full_name"].text()):
            self.error.setText(self.tr("An attendee needs a name."))
            self.edits["full_name"].setFocus()
            return
        self.accept()

    def changes(self) -> dict[str, str | None]:
        """The fields whose value differs from the attendee's (names cleaned as the store does)."""
        out: dict[str, str | None] = {}
        for name, edit in self.edits.items():
            value = clean_name(edit.text())
            old = getattr(self.attendee, name) or ""
            if value != old:
                out[name] = (value or None) if name == "external_id" else value
        return out


class HistoryDialog(QDialog):
    """Everything recorded about one attendee, oldest first: check-ins, undos, prints, scans."""

    def __init__(self, attendee: Attendee, entries: list[HistoryEntry], timezone: str,
                 parent: QWidget | None = None, undo=None, reload=None):
        """``undo(checkin_id) -> message`` takes back the selected check-in; ``reload()`` re-reads entries."""
        super().__init__(parent)
        self._undo, self._reload, self._timezone = undo, reload, timezone
        self.setWindowTitle(self.tr("History of %1").replace("%1", attendee.full_name))
        self.resize(720, 420)
        self.kinds = {"checkin": self.tr("Check-in"), "undo": self.tr("Undo"), "print": self.tr("Badge printed"),
                 "revoke": self.tr("Badge revoked"), "scan": self.tr("Scan")}
        self.tree = QTreeWidget(self)
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels([self.tr("Time"), self.tr("What"), self.tr("Session"), self.tr("Station"),
                                   self.tr("Details")])
        self._fill(entries)
        self.undo_button = QPushButton(self.tr("&Undo the selected check-in…"), self)
        self.undo_button.setEnabled(False)
        self.undo_button.setVisible(undo is not None)
        self.undo_button.clicked.connect(self.undo_selected)
        self.tree.currentItemChanged.connect(lambda *_: self.undo_button.setEnabled(bool(self._selected_checkin())))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        empty = QLabel(self.tr("Nothing recorded yet for this attendee."), self)
        empty.setVisible(not entries)
        empty.setAlignment(Qt.AlignCenter)
        buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(empty)
        layout.addWidget(self.message)
        layout.addWidget(self.undo_button)
        layout.addWidget(buttons)

    def _fill(self, entries: list[HistoryEntry]) -> None:
        self.tree.clear()
        undone = {e.checkin_id for e in entries if e.kind == "undo"}
        for e in entries:
            when = local_clock(e.at, self._timezone, with_date=True)
            item = QTreeWidgetItem(self.tree, [when, self.kinds.get(e.kind, e.kind), e.session or self.tr("Entrance"),
                                               e.station, e.detail])
            if e.kind == "checkin" and e.checkin_id not in undone:
                item.setData(0, Qt.UserRole, e.checkin_id)  # a check-in that still counts: undoable
        for col in range(4):
            self.tree.resizeColumnToContents(col)

    def _selected_checkin(self) -> str:
        item = self.tree.currentItem()
        return (item.data(0, Qt.UserRole) or "") if item is not None else ""

    def undo_selected(self) -> None:
        """Undo the check-in on the selected line (after the caller's confirmation), then show the new history."""
        checkin_id = self._selected_checkin()
        if not checkin_id or self._undo is None:
            return
        self.message.setText(self._undo(checkin_id) or "")
        if self._reload is not None:
            self._fill(self._reload())
        self.undo_button.setEnabled(False)
