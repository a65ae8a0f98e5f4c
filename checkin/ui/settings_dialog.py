"""Settings (organisers only, never in kiosk mode): station name, language, larger text, badge printer,
organiser PIN."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QApplication, QCheckBox, QComboBox, QSpinBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QMessageBox, QVBoxLayout, QWidget,
)

from checkin.store.db import StoreError
from checkin.ui.backup_timer import SECOND_FOLDER_KEY
from checkin.ui import organiser_pin
from checkin.ui.appearance import LARGE_TEXT_KEY, apply_text_size
from checkin.ui.badge_dialog import layout_names
from checkin.ui.result_card import HOLD_KEY, hold_ms
from checkin.ui.session_room import ENTRY_IS_ARRIVAL_KEY
from checkin.ui.badge_print import LAYOUT_KEY, ON_ARRIVAL_KEY, PRINTER_KEY, available_printers, station_printer
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
        queue, layout = station_printer(settings)
        self.printer = QComboBox(self)
        self.printer.setAccessibleName(self.tr("Badge printer"))
        self.printer.addItem(self.tr("None (save badges as PDF)"), "")
        for name in available_printers():
            self.printer.addItem(name, name)
        if queue and self.printer.findData(queue) < 0:  # chosen before, not connected now: keep it
            self.printer.addItem(self.tr("%1 (not connected)").replace("%1", queue), queue)
        self.printer.setCurrentIndex(max(0, self.printer.findData(queue)))
        self.badge_size = QComboBox(self)
        self.badge_size.setAccessibleName(self.tr("Badge size"))
        for code, name in layout_names().items():
            self.badge_size.addItem(name, code)
        self.badge_size.setCurrentIndex(max(0, self.badge_size.findData(layout)))
        self.print_on_arrival = QCheckBox(self.tr("Print the badge at check-in when it was never printed"), self)
        self.print_on_arrival.setChecked(settings.value(ON_ARRIVAL_KEY, False, type=bool))
        self.old_pin = QLineEdit(self)
        self.old_pin.setEchoMode(QLineEdit.Password)
        self.old_pin.setAccessibleName(self.tr("Current organiser PIN"))
        self.card_seconds = QSpinBox(self)
        self.card_seconds.setRange(3, 120)
        self.card_seconds.setSuffix(self.tr(" s"))
        self.card_seconds.setAccessibleName(self.tr("Result shown for"))
        self.card_seconds.setValue(hold_ms(settings) // 1000)
        self.entry_is_arrival = QCheckBox(self.tr("Entering a session counts as arriving at the event"), self)
        self.entry_is_arrival.setChecked(settings.value(ENTRY_IS_ARRIVAL_KEY, True, type=bool))
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
        form.addRow(self.tr("Result shown for"), self.card_seconds)
        form.addRow("", self.entry_is_arrival)
        form.addRow(self.tr("Badge printer"), self.printer)
        form.addRow(self.tr("Badge size"), self.badge_size)
        form.addRow("", self.print_on_arrival)
        if organiser_pin.has_pin(settings):  # changing it needs the one it replaces
            form.addRow(self.tr("Current organiser PIN"), self.old_pin)
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
            if organiser_pin.has_pin(settings) and not organiser_pin.check_pin(settings, self.old_pin.text()):
                self.error.setText(self.tr("Type the current organiser PIN to change it."))
                self.old_pin.setFocus()
                return
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
        settings.setValue(HOLD_KEY, self.card_seconds.value())
        settings.setValue(ENTRY_IS_ARRIVAL_KEY, self.entry_is_arrival.isChecked())
        settings.setValue(PRINTER_KEY, self.printer.currentData() or "")
        settings.setValue(LAYOUT_KEY, self.badge_size.currentData())
        settings.setValue(ON_ARRIVAL_KEY, self.print_on_arrival.isChecked())
        settings.sync()
        self.language_changed = new_language != old_language
        self.accept()
