"""Details staff meet in the first minutes: window size, camera off, kiosk lock, the organiser PIN."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QMessageBox

from checkin.ui import organiser_pin


def _bare_window(ctx, **kw):
    from checkin.ui.main_window import MainWindow
    from checkin.ui.sounds import SoundPlayer

    return MainWindow(ctx, sounds=SoundPlayer(enabled=False), **kw)


def test_the_first_window_fits_the_screen_and_keeps_its_place(qtbot, ctx):
    area = QApplication.primaryScreen().availableGeometry()
    win = _bare_window(ctx)
    qtbot.addWidget(win)
    win.show()
    assert win.width() <= area.width() and win.height() <= area.height()
    assert win.minimumSizeHint().width() <= 1024 and win.minimumSizeHint().height() <= 768 - 40
    win.resize(760, 600)
    win.move(40, 30)
    saved = win.size()
    win.close()  # remembers where it was
    win.shutdown()
    again = _bare_window(ctx)
    qtbot.addWidget(again)
    assert again.size() == saved
    again.shutdown()


def test_at_1024_by_768_every_desk_button_and_the_status_bar_are_on_screen(qtbot, window):
    window.resize(1024, 768 - 40)  # what is left under a task bar
    qtbot.wait(50)
    inside = QRect(QPoint(0, 0), window.size())
    desk = window.front_desk
    for widget in (desk.undo_button, desk.walkin_button, desk.reprint_button, desk.search.field,
                   window.statusBar()):
        top_left = widget.mapTo(window, QPoint(0, 0))
        assert inside.contains(QRect(top_left, widget.size())), widget
        assert widget.isVisible() and widget.width() >= 80


def test_no_camera_says_the_camera_is_off(qtbot, ctx):
    win = _bare_window(ctx, camera_off=True)
    qtbot.addWidget(win)
    assert win.camera_label.text() == "Camera: off"
    assert win.front_desk.camera.message.startswith("Camera off")
    assert "Starting" not in win.session_room.camera.message
    win.shutdown()


def test_kiosk_mode_is_locked_before_the_window_shows_or_the_app_does_not_start(qtbot, ctx, monkeypatch):
    from checkin.ui.kiosk import KioskController

    told = []
    monkeypatch.setattr(KioskController, "_ask_new_pin", lambda self: None)  # the organiser gives none
    monkeypatch.setattr(KioskController, "_tell", lambda self, text: told.append(text))
    win = _bare_window(ctx)
    qtbot.addWidget(win)
    assert not win.kiosk.start(True)
    assert not win.isVisible() and not ctx.kiosk and "does not start" in told[-1]
    organiser_pin.set_pin(ctx.settings, "2468")
    assert win.kiosk.start(True)
    assert ctx.kiosk and win.isFullScreen() and not win.menuBar().isVisible()
    win.kiosk.ask_pin = lambda: "2468"
    assert win.kiosk.leave()
    win.shutdown()


def test_the_app_with_kiosk_and_no_pin_exits_instead_of_opening_unlocked(qapp, event_store, monkeypatch):
    from checkin.ui import app as app_module
    from checkin.ui.kiosk import KioskController
    from checkin.ui.main_window import MainWindow

    monkeypatch.setattr(KioskController, "_ask_new_pin", lambda self: None)
    monkeypatch.setattr(KioskController, "_tell", lambda self, text: None)
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: None)
    shown = []
    monkeypatch.setattr(MainWindow, "show", lambda self: shown.append(self))
    assert app_module.main(["--db", str(event_store.path), "--kiosk", "--no-camera", "--lang", "en"]) == 2
    assert shown == []


def test_changing_the_organiser_pin_needs_the_current_one(qtbot, ctx):
    from checkin.ui.settings_dialog import SettingsDialog

    organiser_pin.set_pin(ctx.settings, "2468")
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.pin.setText("1111")
    dialog.pin_again.setText("1111")
    dialog.save()
    assert "current organiser PIN" in dialog.error.text()
    dialog.old_pin.setText("0000")
    dialog.save()
    assert "current organiser PIN" in dialog.error.text() and not dialog.result()
    assert organiser_pin.check_pin(ctx.settings, "2468")
    dialog.old_pin.setText("2468")
    dialog.save()
    assert dialog.result() and organiser_pin.check_pin(ctx.settings, "1111")


def test_the_card_goes_back_to_ready_after_the_stations_seconds_whatever_the_outcome(qtbot, desk, ctx,
                                                                                   event_store):
    from checkin.ui.result_card import HOLD_KEY

    ctx.settings.setValue(HOLD_KEY, 3)
    for code in (event_store.people["John"].code, "not a badge"):
        desk.handle_code(code, "scanner")
        assert desk.card.status != "idle"
        qtbot.wait(2000)
        assert desk.card.status != "idle"  # still up while the person reads it
        qtbot.waitUntil(lambda: desk.card.status == "idle", timeout=2500)
        assert desk.card.words().startswith("Ready")


def test_the_card_time_is_a_station_setting(qtbot, ctx):
    from checkin.ui.result_card import hold_ms
    from checkin.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.card_seconds.value() == 12
    dialog.card_seconds.setValue(5)
    dialog.save()
    assert hold_ms(ctx.settings) == 5000
