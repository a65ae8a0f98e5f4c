"""The event file's care from the menus: restore a backup, erase personal data, find the log.

Each is a thin wrapper over a core call (``checkin.store.backup``, ``checkin.store.purge``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QCheckBox, QInputDialog, QLineEdit, QMessageBox, QWidget

from checkin.logs import log, log_path
from checkin.store.backup import delete_backups, list_backups, restore_backup
from checkin.store.db import StoreError
from checkin.store.purge import PurgeResult, purge_personal_data
from checkin.ui import organiser_pin
from checkin.ui.backup_timer import SECOND_FOLDER_KEY

translate = QCoreApplication.translate  # lupdate finds translate("context", "text")


def _second(settings) -> str | None:
    return settings.value(SECOND_FOLDER_KEY, "", type=str).strip() or None


def offer_restore(parent: QWidget | None, path: Path, problem: str, settings) -> bool:
    """At start, when the event file cannot be opened: say why and offer the newest backup.

    Returns True when a backup was put in place (the caller opens the file again).
    """
    backups = list_backups(path, _second(settings))
    title = translate("file_care", "The event file cannot be used")
    if not backups:
        QMessageBox.critical(parent, title, problem)
        return False
    box = QMessageBox(QMessageBox.Icon.Critical, title, problem, QMessageBox.StandardButton.Close, parent)
    restore = box.addButton(translate("file_care", "Restore the latest backup"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(restore)
    box.exec()
    if box.clickedButton() is not restore:
        return False
    try:
        used, moved = restore_backup(path, second_folder=_second(settings))
    except StoreError as exc:
        QMessageBox.critical(parent, title, str(exc))
        return False
    log.warning("restored %s from %s (replaced file kept as %s)", path, used, moved)
    return True


def restore_latest(window, ctx) -> Path | None:
    """File > Restore the latest backup: confirm, close the file, restore, start again on it."""
    backups = list_backups(ctx.db_path, _second(ctx.settings))
    title = translate("file_care", "Restore a backup")
    if not backups:
        QMessageBox.information(window, title, translate("file_care", "There is no backup of this event file yet."))
        return None
    text = translate("file_care", "Replace the event file with the backup %1?\n\nCheck-ins recorded since that"
                     " backup are not in it. The current file is kept beside it (…replaced-…).")
    if QMessageBox.question(window, title, text.replace("%1", backups[0].name)) != QMessageBox.StandardButton.Yes:
        return None
    window.shutdown()
    ctx.close()  # the file must not be open while it is replaced (and no backup at exit of this one)
    try:
        used, _moved = restore_backup(ctx.db_path, backups[0])
    except StoreError as exc:
        QMessageBox.critical(window, title, str(exc))
    else:
        log.warning("restored %s from %s", ctx.db_path, used)
    window.relaunch = ctx.db_path  # the app starts again on the file once this one has let go of it
    QApplication.instance().quit()
    return backups[0]


def purge(window, ctx) -> PurgeResult | None:
    """File > Erase personal data: behind the organiser PIN, then one confirmation."""
    title = translate("file_care", "Erase personal data")
    if not organiser_pin.has_pin(ctx.settings):
        QMessageBox.warning(window, title, translate(
            "file_care", "Set an organiser PIN in Settings first: erasing the personal data is behind it."))
        return None
    pin, ok = QInputDialog.getText(window, title, translate("file_care", "Organiser PIN:"), QLineEdit.Password)
    if not ok:
        return None
    if not organiser_pin.check_pin(ctx.settings, pin):
        QMessageBox.warning(window, title, translate("file_care", "Wrong PIN. Nothing was erased."))
        return None
    box = QMessageBox(QMessageBox.Icon.Warning, title, translate(
        "file_care", "Erase every name, e-mail, organisation and badge of this event, and its backups?"
        " This cannot be undone."), QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, window)
    keep = QCheckBox(translate("file_care", "Keep anonymous counts (arrivals, categories, sessions)"), box)
    keep.setChecked(True)
    box.setCheckBox(keep)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    if box.exec() != QMessageBox.StandardButton.Yes:
        return None
    result = purge_personal_data(ctx.store, keep_counts=keep.isChecked())
    deleted = delete_backups(ctx.db_path, _second(ctx.settings))
    log.warning("personal data erased (%d attendees, keep counts %s, %d backups deleted)", result.attendees,
                result.kept_counts, deleted)
    ctx.data_changed.emit()
    QMessageBox.information(window, title, translate("file_care", "The personal data of %1 attendees was erased.")
                            .replace("%1", str(result.attendees)))
    return result


def show_log(window) -> Path:
    """Help > Log file: where the log is, for whoever is called to help."""
    path = log_path()
    QMessageBox.information(window, translate("file_care", "Log file"), translate(
        "file_care", "The log file (no names or e-mail addresses in it) is:\n%1").replace("%1", str(path)))
    return path
