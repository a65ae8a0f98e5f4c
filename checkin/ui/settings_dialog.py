"""Settings (organisers only, never in kiosk mode): station name, language, larger text, organiser PIN."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QApplication, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QMessageBox, QVBoxLayout, QWidget,
)

from checkin.store.db import StoreError
from checkin.ui.backup_timer import SECOND_FOLDER_KEY
from checkin.ui import organiser_pin
from checkin.ui.appearance import LARGE_TEXT_KEY, apply_text_size
from checkin.ui.context import AppContext
from checkin.ui.i18n import LANGUAGE_KEY, language_names


class SettingsDialog(QDialog):
    """Edits the station's settings; ``Save`` applies them (language on next start)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(480)
        settings = ctx.settings
        self.station = QLineEdit(ctx.station, self)
        self.station.setAccessibleName(self.tr("Station name"))
        self.language = QComboBox(self)
        saved_language = settings.value(LANGUAGE_KEY, "", type=str)
        for code, name in language_names():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(saved_language)))
        self.large_text = QCheckBox(self.tr("Larger text (readable from further away)"), self)
        self.large_text.setChecked(settings.value(LARGE_TEXT_KEY, False, type=bool))
        self.pin = QLineEdit(self)
        self.pin.setEchoMode(QLineEdit.Password)
        self.pin.setPlaceholderText(
            self.tr("Unchanged") if organiser_pin.has_pin(settings) else self.tr("Not set"))
        self.pin.setAccessibleName(self.tr("New organiser PIN"))
        self.pin_again = QLineEdit(self)
        self.pin_again.setEchoMode(QLineEdit.Password)
        self.pin_again.setAccessibleName(self.tr("New organiser PIN again"))
        # a copy of every backup on a second disk: a USB stick survives the laptop
        self.backup_folder = QLineEdit(settings.value(SECOND_FOLDER_KEY, "", type=str), self)
        self.backup_folder.setPlaceholderText(self.tr("None (backups only beside the event file)"))
        self.backup_folder.setAccessibleName(self.tr("Second backup folder"))
        form = QFormLayout()
        form.addRow(self.tr("Station name"), self.station)
        form.addRow(self.tr("Language"), self.language)
        form.addRow("", self.large_text)
        form.addRow(self.tr("New organiser PIN"), self.pin)
        form.addRow(self.tr("PIN again"), self.pin_again)
        form.addRow(self.tr("Second backup folder"), self.backup_folder)
        hint = QLabel(self.tr("The PIN is asked for to leave kiosk mode. A new language applies the next "
                              "time the app starts."), self)
        hint.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def save(self) -> None:
        """Validate, apply and store the settings, then close; problems stay in the dialog."""
        settings = self.ctx.settings
        station = self.station.text().strip()
        if not station:
            self.error.setText(self.tr("The station needs a name."))
            return
        pin, again = self.pin.text().strip(), self.pin_again.text().strip()
        if pin or again:
            if pin != again:
                self.error.setText(self.tr("The two PINs differ."))
                return
            try:
                organiser_pin.set_pin(settings, pin)
            except ValueError:
                self.error.setText(self.tr("The PIN must be at least %1 digits.").replace(
                    "%1", str(organiser_pin.MIN_LENGTH)))
                return
        if station != self.ctx.station:
            try:
                self.ctx.set_station(station)
            except StoreError as exc:
                QMessageBox.warning(self, self.tr("Settings"), str(exc))
                return
        settings.setValue(SECOND_FOLDER_KEY, self.backup_folder.text().strip())
        old_language = settings.value(LANGUAGE_KEY, "", type=str)
        new_language = self.language.currentData() or ""
        settings.setValue(LANGUAGE_KEY, new_language)
        large = self.large_text.isChecked()
        if large != settings.value(LARGE_TEXT_KEY, False, type=bool):
            settings.setValue(LARGE_TEXT_KEY, large)
            apply_text_size(QApplication.instance(), large)
        settings.sync()
        self.language_changed = new_language != old_language
        self.accept()
