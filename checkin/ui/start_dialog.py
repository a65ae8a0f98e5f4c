"""Shown when there is no current event: open the demo, create an event, join one from a package, or open a file."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDateEdit, QDialog, QFileDialog, QFormLayout, QGroupBox, QLabel, QLineEdit, QMessageBox, QPushButton,
    QVBoxLayout, QWidget,
)

from checkin.store.db import Store, StoreError
from checkin.store.event import create_event, has_event
from checkin.sync.joining import PACKAGE_SUFFIX, event_in_file, read_package, station_file_path
from checkin.sync.package import join

FILTER = "checkin event (*.db *.sqlite);;*"
PACKAGE_FILTER = f"checkin station package (*{PACKAGE_SUFFIX});;*"


def new_event_path(folder: Path, name: str, date: str) -> Path:
    """A file name from the event's name and date that does not exist yet."""
    slug = re.sub(r"[^A-Za-z0-9]+", "-", name).strip("-").lower()[:40] or "event"
    base = folder / f"{slug}-{date}.db"
    n = 2
    while base.exists():
        base = folder / f"{slug}-{date}-{n}.db"
        n += 1
    return base


class StartDialog(QDialog):
    """``chosen`` is the event file to open (None when cancelled); ``demo`` when the demo was chosen."""

    def __init__(self, folder: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.folder = Path(folder)
        self.chosen: Path | None = None
        self.demo = False
        self.setWindowTitle(self.tr("checkin — start"))
        title = QLabel(self.tr("No event is open on this computer yet."))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        self.demo_button = QPushButton(self.tr("Try the &demo event (with a simulated camera)"))
        self.demo_button.clicked.connect(self._demo)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Migration and employment seminar"))
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.create_button = QPushButton(self.tr("&Create the event"))
        self.create_button.clicked.connect(self._create)
        box = QGroupBox(self.tr("Create an event"))
        form = QFormLayout(box)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("D&ate"), self.date)
        form.addRow("", self.create_button)
        self.join_button = QPushButton(self.tr("&Join an event… (a station package from the organisers)"))
        self.join_button.clicked.connect(self._join)
        self.open_button = QPushButton(self.tr("&Open an event file…"))
        self.open_button.clicked.connect(self._open)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020; font-weight: bold;")
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.demo_button)
        layout.addWidget(box)
        layout.addWidget(self.join_button)
        layout.addWidget(self.open_button)
        layout.addWidget(self.error)
        for b in (self.demo_button, self.create_button, self.join_button, self.open_button):
            b.setMinimumHeight(40)
        self.setMinimumWidth(520)

    def create(self, name: str, date: str) -> Path | None:
        """Create the event file (also what the Create button does); None with a message on error."""
        name = name.strip()
        if not name:
            self.error.setText(self.tr("Give the event a name."))
            self.name.setFocus()
            return None
        path = new_event_path(self.folder, name, date)
        try:
            with Store(path) as store:
                create_event(store, name, date=date)
        except StoreError as exc:
            self.error.setText(str(exc))
            return None
        self.chosen = path
        self.accept()
        return path

    def _create(self) -> None:
        self.create(self.name.text(), self.date.date().toString("yyyy-MM-dd"))

    def _demo(self) -> None:
        self.demo = True
        self.accept()

    def _open(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open an event file"), str(self.folder), FILTER)
        if not path:
            return
        try:
            with Store(path, migrate=False) as store:  # look only: never upgrade a file not yet chosen
                ok = has_event(store)
        except sqlite3.Error:
            ok = False
        except StoreError as exc:
            QMessageBox.critical(self, self.tr("Open an event file"), str(exc))
            return
        if not ok:
            self.error.setText(self.tr("That file holds no event."))
            return
        self.chosen = Path(path)
        self.accept()

    def _join(self) -> None:
        package, _ = QFileDialog.getOpenFileName(self, self.tr("Join an event: the station package"),
                                                 str(Path.home()), PACKAGE_FILTER)
        if not package:
            return
        try:
            summary = read_package(Path(package))
        except StoreError:
            self._not_a_package(Path(package))
            return
        suggested = station_file_path(self.folder, summary)
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Where to keep the event file of %1").replace("%1", summary.station_name),
            str(suggested), FILTER)
        if target:
            self.join(Path(package), Path(target))

    def join(self, package: Path, target: Path) -> Path | None:
        """Set this laptop up as the package's station in ``target``, then open it; None with a message."""
        try:
            summary = read_package(package)
        except StoreError:
            self._not_a_package(Path(package))
            return None
        try:
            held = event_in_file(target)
        except StoreError:
            self.error.setText(self.tr("%1 is not an event file; choose a new file name.").replace(
                "%1", target.name))
            return None
        if held is not None and held[0] != summary.event_uid:
            self.error.setText(self.tr("%1 already holds another event (%2); choose a new file name.").replace(
                "%1", target.name).replace("%2", held[1]))
            return None
        try:
            join(package, target)
        except (StoreError, sqlite3.Error) as exc:
            self.error.setText(self.tr("Could not join: %1").replace("%1", str(exc)))
            return None
        self.chosen = target
        self.accept()
        return target

    def _not_a_package(self, path: Path) -> None:
        self.error.setText(self.tr("%1 is not a checkin station package. Ask the organisers for this "
                                   "station's package (made with “checkin package”).").replace("%1", path.name))
