"""The front desk as staff use it: scan, find by name, walk-in, reprint, undo, scanner anywhere."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from checkin.codes import ALPHABET
from checkin.decision import decide
from checkin.store.badges import record_print
from checkin.store.checkins import checked_in_ids, recent_checkins
from checkin.ui.walkin_dialog import WalkIn


def forge(code: str) -> str:
    """The same badge with one character of its signature changed."""
    last = code[-1]
    return code[:-1] + ALPHABET[(ALPHABET.index(last) + 1) % len(ALPHABET)]


def card_text(desk) -> str:
    return desk.card.words()


def test_scan_shows_green_card_with_the_name(desk, event_store):
    helene = event_store.people["Hélène"]
    desk.handle_code(helene.code, "camera", 1.0)
    assert desk.card.status == "accepted"
    assert desk.card.name() == "Hélène Lefèvre"
    assert "Ministère de l'Emploi" in desk.card.details.text()
    assert desk.card.title.font().pointSizeF() >= 36  # readable from two metres
    assert desk.sounds.last_played == "accepted"
    assert helene.id in checked_in_ids(event_store)


def test_duplicate_says_when_and_where(desk, event_store):
    john = event_store.people["John"]
    first = decide(event_store, john.code, station="Desk 2", method="scanner", at="2027-03-17T08:42:00.000000Z")
    assert first.status == "accepted"
    desk.handle_code(john.code, "camera", 5.0)
    assert desk.card.status == "duplicate"
    assert "Already checked in at 09:42 at Desk 2" in card_text(desk)  # Casablanca is UTC+1 in March 2027
    assert desk.card.name() == "John Smith"
    assert desk.sounds.last_played == "duplicate"


def test_forged_badge_is_refused_and_the_next_one_accepted(desk, event_store):
    amina = event_store.people["Amina"]
    desk.handle_code(forge(amina.code), "camera", 1.0)
    assert desk.card.status == "invalid"
    assert "forged" in card_text(desk).lower()
    assert desk.sounds.last_played == "invalid"
    desk.handle_code("https://example.com/not-a-badge", "camera", 2.0)
    assert desk.card.status == "invalid"
    desk.handle_code(amina.code, "camera", 3.0)
    assert desk.card.status == "accepted"
    assert desk.card.name() == "Amina Benali"


def test_same_code_twice_within_two_seconds_is_one_scan(desk, event_store):
    paul = event_store.people["Paul"]
    desk.handle_code(paul.code, "scanner")
    desk.handle_code(paul.code, "scanner")
    assert desk.card.status == "accepted"  # not replaced by an "already checked in" card
    assert len(recent_checkins(event_store, station="Desk 1")) == 1


def search_for(qtbot, desk, text):
    desk.search.field.setText(text)
    with qtbot.waitSignal(desk.search.results_changed, timeout=2000):
        pass
    return desk.search.result_names()


def test_search_ignores_accents_and_case_and_reads_arabic(qtbot, desk):
    assert search_for(qtbot, desk, "helene") == ["Hélène Lefèvre"]
    assert search_for(qtbot, desk, "LEFEVRE") == ["Hélène Lefèvre"]
    assert search_for(qtbot, desk, "العلوي") == ["محمد العلوي"]
    assert search_for(qtbot, desk, "محم") == ["محمد العلوي"]


def test_search_needs_two_letters_and_never_lists_everyone(qtbot, desk, event_store):
    from checkin.store.attendees import add_attendee

    assert search_for(qtbot, desk, "a") == []
    assert not desk.search.results.isVisible()
    for i in range(20):
        add_attendee(event_store, first_name=f"Nadia{i}", last_name="Zeroual")
    found = search_for(qtbot, desk, "zeroual")
    assert len(found) == 8
    assert "type more letters" in desk.search.hint.text()


def test_check_in_from_a_result_with_one_click_and_no_double_fire(qtbot, desk, event_store):
    names = search_for(qtbot, desk, "benali")
    assert names == ["Amina Benali"]
    item = desk.search.results.item(0)
    rect = desk.search.results.visualItemRect(item)
    QTest.mouseClick(desk.search.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert desk.card.status == "accepted"
    assert desk.card.name() == "Amina Benali"
    desk.check_in_attendee(event_store.people["Amina"].id)  # the impatient second click
    assert desk.card.status == "accepted"
    rows = recent_checkins(event_store, station="Desk 1")
    assert [r.method for r in rows] == ["manual"]
    assert desk.search.field.text() == ""  # the name leaves the public screen


def test_enter_in_the_search_box_checks_in_the_first_result(qtbot, desk, event_store):
    search_for(qtbot, desk, "smith")
    desk.search.field.setFocus()
    QTest.keyClick(desk.search.field, Qt.Key.Key_Return)
    assert desk.card.name() == "John Smith"
    assert event_store.people["John"].id in checked_in_ids(event_store)


def test_walk_in_is_registered_checked_in_and_printed(desk, hooks, event_store):
    from checkin.store.attendees import search_attendees

    hooks.walkin = WalkIn("Fatima Zahra", "El Idrissi", "CNDH", "Civil society", "fz@example.org")
    desk.register_walkin()
    found = search_attendees(event_store, "idrissi")
    assert len(found) == 1 and found[0].source == "walkin" and found[0].code
    assert desk.card.status == "accepted"
    assert desk.card.name() == "Fatima Zahra El Idrissi"
    assert [p.id for p in hooks.printed] == [found[0].id]
    assert found[0].id in checked_in_ids(event_store)


def test_walk_in_cancelled_creates_nobody(desk, hooks, event_store):
    from checkin.store.attendees import count_attendees

    before = count_attendees(event_store)
    hooks.walkin = None
    desk.register_walkin()
    assert count_attendees(event_store) == before
    assert hooks.printed == []


def test_reprint_asks_when_already_printed(desk, hooks, event_store):
    helene = event_store.people["Hélène"]
    desk.reprint(helene.id)  # never printed: no question
    assert hooks.questions == [] and [p.id for p in hooks.printed] == [helene.id]
    record_print(event_store, helene.id, helene.code, station="Desk 3", output="pdf",
                 at="2027-03-17T07:10:00.000000Z")
    desk.reprint(helene.id)  # the impatient double-click: ignored
    assert len(hooks.printed) == 1 and hooks.questions == []
    desk.repeat_guard.forget(("reprint", helene.id))  # two minutes later...
    hooks.answer = False
    desk.reprint(helene.id)
    assert "already printed at 08:10 at Desk 3" in hooks.questions[-1]
    assert len(hooks.printed) == 1
    desk.repeat_guard.forget(("reprint", helene.id))
    hooks.answer = True
    desk.reprint(helene.id)
    assert len(hooks.printed) == 2


def test_reprint_of_the_person_on_the_card(desk, hooks, event_store):
    paul = event_store.people["Paul"]
    desk.handle_code(paul.code, "scanner")
    desk.reprint()
    assert [p.id for p in hooks.printed] == [paul.id]


def test_undo_confirms_whom_and_takes_the_check_in_back(qtbot, desk, hooks, event_store):
    helene = event_store.people["Hélène"]
    desk.handle_code(helene.code, "scanner")
    hooks.answer = False
    desk.undo_last()
    assert "Hélène Lefèvre" in hooks.questions[-1]
    assert helene.id in checked_in_ids(event_store)
    hooks.answer = True
    desk.undo_last()
    assert helene.id not in checked_in_ids(event_store)
    assert desk.card.status == "undone"
    qtbot.wait(350)  # the buttons come back after a double-click's window
    desk.handle_code(helene.code, "scanner")  # scanning again right after an undo is a new check-in
    assert desk.card.status == "accepted"


def test_scanner_burst_in_the_search_box_checks_in_instead_of_searching(qtbot, qapp, desk, event_store):
    from checkin.ui.wedge_filter import WedgeFilter

    clock = [100.0]
    wedge = WedgeFilter(clock=lambda: clock[0])
    wedge.code_scanned.connect(lambda code: desk.handle_code(code, "scanner"))
    qapp.installEventFilter(wedge)
    try:
        desk.search.field.setFocus()
        for ch in "le":  # a person types slowly...
            QTest.keyClicks(desk.search.field, ch)
            clock[0] += 0.25
        wedge.poll()
        assert desk.search.field.text() == "le"
        code = event_store.people["Paul"].code
        for ch in code:  # ...then a scanner types a whole code, 4 ms per key, then Enter
            QTest.keyClicks(desk.search.field, ch)
            clock[0] += 0.004
        QTest.keyClick(desk.search.field, Qt.Key.Key_Return)
        assert desk.card.status == "accepted"
        assert desk.card.name() == "Paul Martin"
        assert recent_checkins(event_store, station="Desk 1")[0].method == "scanner"
        assert code not in desk.search.field.text()
        assert desk.search.field.text() in ("le", "")
    finally:
        qapp.removeEventFilter(wedge)


def test_fake_camera_scans_show_cards_and_a_forged_badge_does_not_stop_it(qtbot, desk, event_store,
                                                                          badge_video):
    from checkin.ui.camera_worker import CameraController, CameraWorker, default_opener

    helene, john = event_store.people["Hélène"], event_store.people["John"]
    video = badge_video([(helene.code, "Helene"), (forge(john.code), "Forged"), (john.code, "John")])
    shown = []
    desk.decision_shown.connect(lambda d: shown.append((d.status, d.attendee.full_name if d.attendee else None)))
    worker = CameraWorker(default_opener(str(video), loop=False), realtime=False, stop_at_end=True)
    controller = CameraController()

    def connect(w):
        w.code_seen.connect(desk.on_camera_code)  # a widget's slot: queued to the GUI thread
        w.frame_ready.connect(desk.camera.show_frame)

    controller.start(worker, connect)
    qtbot.waitUntil(lambda: len(shown) == 3, timeout=30000)
    controller.stop()
    assert shown == [("accepted", "Hélène Lefèvre"), ("invalid", None), ("accepted", "John Smith")]
    assert desk.card.name() == "John Smith"
    assert desk.camera.frames_shown > 0


def test_a_person_typing_with_the_scanner_filter_keeps_every_key_in_order(qtbot, qapp, desk):
    from checkin.ui.wedge_filter import WedgeFilter

    clock = [10.0]
    wedge = WedgeFilter(clock=lambda: clock[0])
    scanned = []
    wedge.code_scanned.connect(scanned.append)
    qapp.installEventFilter(wedge)
    try:
        field = desk.search.field
        field.setFocus()
        for ch in "lefx":
            QTest.keyClicks(field, ch)
            clock[0] += 0.12  # 120 ms a key: a person
        QTest.keyClick(field, Qt.Key.Key_Backspace)  # right after the last letter, still held back
        QTest.keyClicks(field, "e")
        clock[0] += 0.2
        wedge.poll()
        assert field.text() == "lefe"
        assert scanned == []
    finally:
        qapp.removeEventFilter(wedge)


def test_sounds_play_per_outcome_and_the_app_stays_silent_without_qtmultimedia(qapp, monkeypatch):
    import sys

    from checkin.paths import resource_path
    from checkin.ui.sounds import FILES, SoundPlayer

    files = {resource_path("sounds", name).read_bytes() for name in set(FILES.values())}
    assert len(files) == 3  # accepted, duplicate, refused are three different sounds
    player = SoundPlayer()
    player.preload()
    assert player.available
    player.play("accepted")
    assert player.last_played == "accepted"
    monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", None)  # "import" now fails
    silent = SoundPlayer()
    silent.play("refused")
    assert not silent.available and silent.last_played == "refused"


def test_walk_in_form_needs_a_name_and_a_sane_email(qtbot):
    from checkin.ui.walkin_dialog import WalkInDialog

    dialog = WalkInDialog(["Government", "Press"])
    qtbot.addWidget(dialog)
    dialog.ok_button.click()
    assert dialog.result() == 0 and "name" in dialog.error.text()
    dialog.last_name.setText("Nour")
    dialog.email.setText("not-an-address")
    dialog.ok_button.click()
    assert dialog.result() == 0 and "email" in dialog.error.text().lower()
    dialog.email.setText("nour@example.org")
    dialog.category.setCurrentText("Press")
    dialog.ok_button.click()
    assert dialog.result() == WalkInDialog.DialogCode.Accepted
    assert dialog.value().category == "Press" and dialog.value().last_name == "Nour"


def test_a_walk_in_badge_from_another_desk_is_admitted_and_says_so(desk, ctx):
    from checkin.codes import issue_code

    code = issue_code(ctx.event.keys)  # genuine, but this station has not got its attendee yet
    desk.handle_code(code, "scanner")
    assert desk.card.status == "unknown"
    assert "another desk" in desk.card.words() and "Admitted" in desk.card.words()
    assert desk.sounds.last_played == "unknown"


def test_a_write_failure_says_not_recorded_and_never_shows_green(monkeypatch, desk, event_store):
    from checkin import desk as desk_operations
    from checkin.store.db import StoreError

    def full_disk(*_a, **_k):
        raise StoreError("event.db: the disk is full; nothing was recorded. Free space and retry.")

    monkeypatch.setattr(desk_operations, "decide", full_disk)
    desk.handle_code(event_store.people["John"].code, "scanner")
    assert desk.card.status == "error"
    assert "Not recorded" in desk.card.words() and "disk is full" in desk.card.words()


def test_a_real_double_click_on_a_result_checks_in_once(qtbot, desk, event_store):
    assert search_for(qtbot, desk, "martin") == ["Paul Martin"]
    rect = desk.search.results.visualItemRect(desk.search.results.item(0))
    view, left = desk.search.results.viewport(), Qt.MouseButton.LeftButton
    # what a mouse sends for a double-click: press, release, double-click, release
    QTest.mouseClick(view, left, pos=rect.center())
    QTest.mouseDClick(view, left, pos=rect.center())
    QTest.mouseRelease(view, left, pos=rect.center())
    assert desk.card.status == "accepted" and desk.card.name() == "Paul Martin"
    assert len(recent_checkins(event_store, station="Desk 1")) == 1


def test_a_scanner_without_enter_is_caught_when_it_goes_quiet(qtbot, qapp, desk, event_store):
    from checkin.ui.wedge_filter import WedgeFilter

    clock = [50.0]
    wedge = WedgeFilter(clock=lambda: clock[0])
    wedge.code_scanned.connect(lambda code: desk.handle_code(code, "scanner"))
    qapp.installEventFilter(wedge)
    try:
        desk.search.field.setFocus()
        for ch in event_store.people["Amina"].code:
            QTest.keyClicks(desk.search.field, ch)
            clock[0] += 0.003
        assert desk.card.status == "idle"  # still waiting: more keys could follow
        clock[0] += 0.1
        qtbot.waitUntil(lambda: desk.card.status == "accepted", timeout=2000)  # the filter's own timer
        assert desk.card.name() == "Amina Benali" and desk.search.field.text() == ""
    finally:
        qapp.removeEventFilter(wedge)
