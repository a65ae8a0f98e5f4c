"""Kiosk mode: full screen, menus hidden, organiser work unreachable; leaving needs the organiser PIN.

The PIN is a salted hash in QSettings (``checkin.ui.organiser_pin``). The first
time kiosk mode is switched on without a PIN, the organiser is asked to set one.
Kiosk mode survives a restart of the app, so closing the window does not get a
volunteer out of it either.
"""

from __future__ import annotations

import time
from typing import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from checkin.ui import organiser_pin

KIOSK_KEY = "kiosk/on"
MAX_TRIES = 3
LOCKOUT_SECONDS = 30


class KioskController(QObject):
    """Switches ``window`` in and out of kiosk mode; the window supplies ``set_kiosk_view(on)``."""

    def __init__(self, window: QWidget, ctx, clock: Callable[[], float] = time.monotonic):
        super().__init__(window)
        self.window, self.ctx, self.clock = window, ctx, clock
        # Hooks (replaced in tests): ask for the PIN / a new PIN; tell the user something.
        self.ask_pin: Callable[[], str | None] = self._ask_pin
        self.ask_new_pin: Callable[[], str | None] = self._ask_new_pin
        self.tell: Callable[[str], None] = self._tell
        self._failures = 0
        self._locked_until = 0.0

    def enter(self) -> bool:
        """Switch kiosk mode on (asking for a PIN to be set the first time). True when on."""
        if self.ctx.kiosk:
            return True
        settings = self.ctx.settings
        if not organiser_pin.has_pin(settings):
            pin = self.ask_new_pin()
            if not pin:
                return False
            try:
                organiser_pin.set_pin(settings, pin)
            except ValueError:
                self.tell(self.tr("The PIN must be at least {n} digits.").format(n=organiser_pin.MIN_LENGTH))
                return False
        self._switch(True)
        return True

    def leave(self) -> bool:
        """Ask for the organiser PIN and switch kiosk mode off when it is right. True when off."""
        if not self.ctx.kiosk:
            return True
        if self.clock() < self._locked_until:
            wait = int(self._locked_until - self.clock()) + 1
            self.tell(self.tr("Too many wrong PINs. Try again in {s} seconds.").format(s=wait))
            return False
        pin = self.ask_pin()
        if pin is None:
            return False
        if not organiser_pin.check_pin(self.ctx.settings, pin):
            self._failures += 1
            if self._failures >= MAX_TRIES:
                self._failures = 0
                self._locked_until = self.clock() + LOCKOUT_SECONDS
            self.tell(self.tr("Wrong PIN: kiosk mode stays on."))
            return False
        self._failures = 0
        self._switch(False)
        return True

    def toggle(self) -> None:
        self.leave() if self.ctx.kiosk else self.enter()

    def restore(self) -> None:
        """At start-up: back into kiosk mode if the app was closed in it (a PIN exists then)."""
        if self.ctx.settings.value(KIOSK_KEY, False, type=bool) and organiser_pin.has_pin(self.ctx.settings):
            self._switch(True)

    def start(self, requested: bool) -> bool:
        """At start-up, before the window is shown: lock it when asked (``--kiosk``) or left locked.

        False means kiosk mode is wanted but cannot be locked (no PIN set, and none given now):
        the caller must not show the window, so the app never starts unlocked by mistake.
        """
        wanted = requested or self.ctx.settings.value(KIOSK_KEY, False, type=bool)
        if not wanted or self.enter():
            return True
        self.tell(self.tr("Kiosk mode needs an organiser PIN. Without one the app does not start."))
        return False

    def _switch(self, on: bool) -> None:
        self.ctx.kiosk = on
        self.ctx.settings.setValue(KIOSK_KEY, on)
        self.ctx.settings.sync()
        self.window.set_kiosk_view(on)
        self.ctx.kiosk_changed.emit(on)

    # -- default dialogs ---------------------------------------------------------------------

    def _ask_pin(self) -> str | None:
        pin, ok = QInputDialog.getText(self.window, self.tr("Leave kiosk mode"),
                                       self.tr("Organiser PIN:"), QLineEdit.EchoMode.Password)
        return pin if ok else None

    def _ask_new_pin(self) -> str | None:
        title = self.tr("Set the organiser PIN")
        pin, ok = QInputDialog.getText(
            self.window, title,
            self.tr("Kiosk mode needs an organiser PIN to leave it.\nChoose a PIN (at least {n} digits):")
            .format(n=organiser_pin.MIN_LENGTH), QLineEdit.EchoMode.Password)
        if not ok or not pin:
            return None
        again, ok = QInputDialog.getText(self.window, title, self.tr("The same PIN again:"),
                                         QLineEdit.EchoMode.Password)
        if not ok:
            return None
        if again != pin:
            self.tell(self.tr("The two PINs differ; kiosk mode was not switched on."))
            return None
        return pin

    def _tell(self, text: str) -> None:
        QMessageBox.warning(self.window, self.tr("Kiosk mode"), text)
