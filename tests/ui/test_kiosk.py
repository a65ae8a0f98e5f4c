"""Kiosk mode: full screen, no organiser work, and no way out without the organiser PIN."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from checkin.ui import organiser_pin


class Pins:
    def __init__(self):
        self.new, self.entered, self.told = "2468", [], []

    def install(self, kiosk):
        kiosk.ask_new_pin = lambda: self.new
        kiosk.ask_pin = lambda: self.entered.pop(0) if self.entered else None
        kiosk.tell = self.told.append


def test_first_kiosk_asks_for_a_pin_and_stores_only_a_salted_hash(window, ctx):
    pins = Pins()
    pins.install(window.kiosk)
    assert window.kiosk.enter()
    assert ctx.kiosk and window.isFullScreen() and not window.menuBar().isVisible()
    stored = ctx.settings.value(organiser_pin.PIN_KEY, "", type=str)
    assert stored and "2468" not in stored
    assert organiser_pin.check_pin(ctx.settings, "2468")


def test_kiosk_cannot_be_left_without_the_pin(qtbot, window, ctx):
    pins = Pins()
    pins.install(window.kiosk)
    window.kiosk.enter()
    pins.entered = ["0000"]
    QTest.keyClick(window, Qt.Key.Key_F11)  # the "leave" shortcut asks for the PIN
    assert ctx.kiosk and window.isFullScreen()
    assert "Wrong PIN" in pins.told[-1]
    window.close()  # closing is leaving too: refused without the PIN
    assert window.isVisible() and ctx.kiosk
    pins.entered = ["2468"]
    assert window.kiosk.leave()
    assert not ctx.kiosk and window.menuBar().isVisible() and not window.isFullScreen()


def test_three_wrong_pins_lock_out_for_a_while(window, ctx):
    clock = [1000.0]
    window.kiosk.clock = lambda: clock[0]
    pins = Pins()
    pins.install(window.kiosk)
    window.kiosk.enter()
    for _ in range(3):
        pins.entered = ["1111"]
        assert not window.kiosk.leave()
    pins.entered = ["2468"]
    assert not window.kiosk.leave()  # right PIN, but locked out
    assert "Try again in" in pins.told[-1]
    clock[0] += 31
    pins.entered = ["2468"]
    assert window.kiosk.leave()


def test_organiser_work_is_unreachable_in_kiosk(window, ctx):
    pins = Pins()
    pins.install(window.kiosk)
    window.kiosk.enter()
    tabs = window.tabs
    for panel in (window.attendees, window.dashboard):
        assert not tabs.isTabVisible(tabs.indexOf(panel))
        window.show_mode(panel)
        assert tabs.currentWidget() is not panel
        tabs.setCurrentWidget(panel)  # even programmatically
        assert tabs.currentWidget() is not panel
    for name, action in window.menus.actions.items():
        if action.property("organiser"):
            assert not action.isEnabled(), name
    # the desk itself keeps working: scanning, walk-ins, undo
    assert window.front_desk.isEnabled()


def test_kiosk_comes_back_after_a_restart(qtbot, window, ctx):
    from checkin.ui.main_window import MainWindow
    from checkin.ui.sounds import SoundPlayer

    pins = Pins()
    pins.install(window.kiosk)
    window.kiosk.enter()
    ctx.kiosk = False  # a new process starts with a fresh context
    again = MainWindow(ctx, sounds=SoundPlayer(enabled=False))
    qtbot.addWidget(again)
    pins.install(again.kiosk)
    again.kiosk.restore()
    assert ctx.kiosk and not again.menuBar().isVisible()
    pins.entered = ["2468"]
    assert again.kiosk.leave()
    again.shutdown()


def test_setting_no_pin_keeps_kiosk_off(window, ctx):
    pins = Pins()
    pins.new = None
    pins.install(window.kiosk)
    assert not window.kiosk.enter()
    assert not ctx.kiosk and window.menuBar().isVisible()
    pins.new = "12"  # too short
    assert not window.kiosk.enter()
    assert "at least" in pins.told[-1]
