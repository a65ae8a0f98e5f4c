"""The whole main window: desk shortcuts, scans routed from any mode, no camera, switching events."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from checkin.ui.walkin_dialog import WalkIn


def test_keyboard_shortcuts_reach_every_desk_action(qtbot, window, hooks, event_store):
    desk = window.front_desk
    window.tabs.setCurrentWidget(window.dashboard)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    QTest.keyClick(window, Qt.Key.Key_F2)
    assert window.tabs.currentWidget() is desk and desk.search.field.hasFocus()
    hooks.walkin = WalkIn("Omar", "Kettani", "", "", "")
    QTest.keyClick(window, Qt.Key.Key_F5)
    assert desk.card.name() == "Omar Kettani"
    qtbot.wait(350)  # past the double-click guard
    QTest.keyClick(desk.search.field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # even from the field
    assert desk.card.status == "undone" and "Omar Kettani" in hooks.questions[-1]
    QTest.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.session_room


def test_a_scan_while_organisers_look_at_the_list_shows_on_the_desk(window, event_store):
    window.tabs.setCurrentWidget(window.attendees)
    window.on_scanner_code(event_store.people["John"].code)
    assert window.tabs.currentWidget() is window.front_desk
    assert window.front_desk.card.name() == "John Smith"
    window.tabs.setCurrentWidget(window.session_room)  # now the room is the scanning mode
    window.tabs.setCurrentWidget(window.dashboard)
    window.on_scanner_code(event_store.people["Hélène"].code)
    assert window.tabs.currentWidget() is window.session_room
    assert window.session_room.card.name() == "Hélène Lefèvre"


def test_no_camera_is_a_clear_message_and_the_desk_keeps_working(qtbot, window, tmp_path, event_store):
    window.start_camera(str(tmp_path / "no-such-camera.avi"))
    desk = window.front_desk
    qtbot.waitUntil(lambda: "no such" in desk.camera.message, timeout=10000)
    assert "USB scanner and name search still work" in desk.camera.message
    assert "not available" in window.camera_label.text()
    window.on_scanner_code(event_store.people["Amina"].code)
    assert desk.card.status == "accepted"


def test_opening_another_event_starts_a_fresh_app_on_it(monkeypatch, window, ctx, tmp_path):
    from PySide6.QtCore import QProcess

    started = []
    monkeypatch.setattr(QProcess, "startDetached", lambda program, args: started.append(args) or True)
    window.open_event(ctx.db_path)  # the file open here: nothing to do
    assert started == [] and window.isVisible()
    other = tmp_path / "other.db"
    window.open_event(other)
    assert started == [["-m", "checkin.ui.app", "--db", str(other)]]
    assert not window.isVisible()  # this app closes: camera stopped, lock released
    assert ctx.settings.value("event/path") == str(other)


def test_the_larger_text_setting_enlarges_the_desk_at_once(qtbot, qapp, window, ctx, event_store):
    from checkin.ui.appearance import LARGE_TEXT_KEY, apply_text_size

    desk = window.front_desk
    desk.handle_code(event_store.people["Paul"].code, "scanner")
    normal = desk.card.details.font().pointSizeF()
    ctx.settings.setValue(LARGE_TEXT_KEY, True)
    try:
        apply_text_size(qapp, True)  # what Settings > Larger text does
        qtbot.waitUntil(lambda: desk.card.details.font().pointSizeF() > normal * 1.3)
        assert desk.search.field.font().pointSizeF() > 16
    finally:
        ctx.settings.setValue(LARGE_TEXT_KEY, False)
        apply_text_size(qapp, False)


def test_renaming_the_station_shows_in_the_status_bar_and_on_the_next_check_in(window, ctx, event_store):
    ctx.set_station("Accueil 2")
    assert "Accueil 2" in window.station_label.text()
    window.on_scanner_code(event_store.people["John"].code)
    assert window.front_desk.card.status == "accepted"
    row = event_store.conn.execute("SELECT station FROM checkins ORDER BY at DESC LIMIT 1").fetchone()
    assert row[0] == "Accueil 2"
