"""File menu work: create a new event file, open another one."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QProcess
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QLineEdit, QMainWindow, QMessageBox

from checkin.store.db import Store, StoreError
from checkin.store.event import create_event, has_event
from checkin.ui.context import AppContext
from checkin.ui.relaunch import app_command

translate = QCoreApplication.translate  # lupdate finds translate("context", "text")

FILTER = "checkin event (*.db *.sqlite);;*"



def switch_to(window: QMainWindow, ctx: AppContext, path: Path) -> None:
    """Show another event file: in this window when it can reopen, else in a fresh app process."""
    reopen = getattr(window, "open_event", None)
    if callable(reopen):
        reopen(Path(path))
        return
    # The panels hold this file's context; a fresh process is the simplest clean switch.
    ctx.settings.setValue("event/path", str(path))
    ctx.settings.sync()
    if QProcess.startDetached(*app_command(path)):
        QApplication.instance().quit()
    else:
        message = translate("event_files", "Could not start the app on %1.").replace("%1", str(path))
        QMessageBox.warning(window, translate("event_files", "Open event"), message)


def new_event(window: QMainWindow, ctx: AppContext) -> Path | None:
    """Ask for a file and a name, create the event, then switch to it."""
    start = str(Path(ctx.db_path).parent / "new-event.db")
    title = translate("event_files", "New event file")
    path, _ = QFileDialog.getSaveFileName(window, title, start, FILTER)
    if not path:
        return None
    name, ok = QInputDialog.getText(window, translate("event_files", "New event"),
                                    translate("event_files", "Name of the event:"), QLineEdit.Normal, "")
    if not ok or not name.strip():
        return None
    target = Path(path)
    try:
        with Store(target) as store:
            if has_event(store):
                text = translate("event_files", "%1 already holds an event; choose another file.")
                raise StoreError(text.replace("%1", target.name))
            create_event(store, name.strip())
    except StoreError as exc:
        QMessageBox.critical(window, translate("event_files", "New event"), str(exc))
        return None
    switch_to(window, ctx, target)
    return target


def open_event(window: QMainWindow, ctx: AppContext) -> Path | None:
    """Ask for an existing event file, check it is one, then switch to it."""
    title = translate("event_files", "Open event file")
    path, _ = QFileDialog.getOpenFileName(window, title, str(Path(ctx.db_path).parent), FILTER)
    if not path:
        return None
    target = Path(path)
    try:
        with Store(target, migrate=False) as store:  # never add tables to somebody else's file
            try:
                is_event = has_event(store)
            except sqlite3.Error:
                is_event = False
        if not is_event:
            text = translate("event_files", "%1 is not a checkin event file.")
            raise StoreError(text.replace("%1", target.name))
    except StoreError as exc:
        QMessageBox.critical(window, translate("event_files", "Open event"), str(exc))
        return None
    switch_to(window, ctx, target)
    return target
