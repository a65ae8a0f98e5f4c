"""The attendee list as an organiser uses it: filter, sort, edit, cancel, history."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from checkin.store.attendees import get_attendee
from checkin.store.checkins import record_checkin
from checkin.ui.attendee_dialog import AttendeeDialog, HistoryDialog
from checkin.ui.attendees_panel import AttendeesPanel
from organiser_helpers import org_ctx, org_store  # noqa: F401  (fixtures)


def _panel(qtbot, ctx) -> AttendeesPanel:
    panel = AttendeesPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(1000, 600)
    panel.show()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 5)
    return panel


def _names(panel) -> list[str]:
    m = panel.model
    return [m.data(m.index(r, 0)) for r in range(m.rowCount())]


def test_lists_everyone_sorted_by_name(qtbot, org_ctx):
    panel = _panel(qtbot, org_ctx)
    names = _names(panel)
    assert names[:4] == ["Amina Benali", "Hélène Lefèvre", "John Smith", "Paul Martin"]
    assert names[4] == "أحمد بنعلي"
    assert "5" in panel.count_label.text()


def test_filter_is_accent_and_case_insensitive(qtbot, org_ctx):
    panel = _panel(qtbot, org_ctx)
    qtbot.keyClicks(panel.filter_box, "HELENE")
    qtbot.waitUntil(lambda: _names(panel) == ["Hélène Lefèvre"])
    panel.filter_box.clear()
    panel.filter_box.insert("احمد")  # typed without the hamza (QTest types ASCII only)
    qtbot.waitUntil(lambda: _names(panel) == ["أحمد بنعلي"])
    panel.filter_box.clear()
    qtbot.keyClicks(panel.filter_box, "government")  # categories are not searched, names and orgs are
    qtbot.waitUntil(lambda: _names(panel) == [])
    panel.filter_box.clear()
    qtbot.waitUntil(lambda: len(_names(panel)) == 5)


def test_sort_by_organisation_and_checked_in(qtbot, org_ctx, org_store):
    panel = _panel(qtbot, org_ctx)
    panel.table.sortByColumn(1, Qt.DescendingOrder)
    qtbot.waitUntil(lambda: _names(panel)[0] == "أحمد بنعلي")  # Arabic sorts after Latin: first descending
    john = org_store.people["John"]
    record_checkin(org_ctx.store, attendee_id=john.id, attendee_uid=john.uid, code=john.code, session_id=None,
                   station="Desk 1", method="manual")
    org_ctx.data_changed.emit()
    panel.table.sortByColumn(4, Qt.AscendingOrder)
    qtbot.waitUntil(lambda: _names(panel)[0] == "John Smith")
    model = panel.model
    assert model.data(model.index(0, 4))  # an arrival time is shown
    assert model.data(model.index(1, 4)) == ""


def test_edit_saves_through_the_store(qtbot, org_ctx, org_store, monkeypatch):
    panel = _panel(qtbot, org_ctx)
    john = org_store.people["John"]
    assert panel.select_attendee(john.id)

    def fill(dialog):
        dialog.edits["organisation"].setText("International Labour Organization")
        dialog.edits["last_name"].setText("Smyth")
        dialog.edits["last_name"].textEdited.emit("Smyth")
        return AttendeeDialog.Accepted

    monkeypatch.setattr(AttendeeDialog, "exec", fill)
    panel.edit_button.click()
    saved = get_attendee(org_ctx.store, john.id)
    assert saved.organisation == "International Labour Organization"
    assert saved.full_name == "John Smyth"
    qtbot.waitUntil(lambda: "John Smyth" in _names(panel))
    assert panel.current_attendee_id() == john.id


def test_mark_cancelled_and_reinstate(qtbot, org_ctx, org_store, monkeypatch):
    panel = _panel(qtbot, org_ctx)
    paul = org_store.people["Paul"]
    panel.select_attendee(paul.id)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    panel.cancel_button.click()
    assert get_attendee(org_ctx.store, paul.id).status == "cancelled"
    row = panel.model.row_of(paul.id)
    qtbot.waitUntil(lambda: panel.model.data(panel.model.index(panel.model.row_of(paul.id), 3)) == "Cancelled")
    assert row >= 0
    assert panel.cancel_button.text().replace("&", "") == "Reinstate"
    panel.cancel_button.click()
    assert get_attendee(org_ctx.store, paul.id).status == "registered"


def test_session_status_and_history(qtbot, org_ctx, org_store, monkeypatch):
    panel = _panel(qtbot, org_ctx)
    helene = org_store.people["Hélène"]
    table = org_store.sessions["Round table"]
    record_checkin(org_ctx.store, attendee_id=helene.id, attendee_uid=helene.uid, code=helene.code,
                   session_id=table.id, station="Salle 2", method="camera")
    panel.select_attendee(helene.id)
    tree = panel.sessions_tree
    rows = {tree.topLevelItem(i).text(0): tree.topLevelItem(i) for i in range(tree.topLevelItemCount())}
    assert rows["Round table"].text(1) == "On the list"
    assert rows["Round table"].text(2).startswith("In ")
    assert rows["Plenary"].text(2) == "Not scanned"
    shown = {}

    def capture(dialog):
        shown["rows"] = [dialog.tree.topLevelItem(i).text(1) for i in range(dialog.tree.topLevelItemCount())]
        shown["sessions"] = [dialog.tree.topLevelItem(i).text(2) for i in range(dialog.tree.topLevelItemCount())]
        return 0

    monkeypatch.setattr(HistoryDialog, "exec", capture)
    panel.history_button.click()
    assert shown == {"rows": ["Check-in"], "sessions": ["Round table"]}


def test_many_rows_are_fetched_page_by_page(qtbot, org_ctx):
    from checkin.store.listing import bulk_add_attendees
    from checkin.ui.attendee_model import PAGE

    bulk_add_attendees(org_ctx.store, ({"full_name": f"Person {i:05d}"} for i in range(3000)))
    panel = AttendeesPanel(org_ctx)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 3005)
    fetched = panel.model.pages_fetched
    assert fetched <= 2  # only what is on screen
    panel.table.scrollToBottom()
    qtbot.waitUntil(lambda: panel.model.pages_fetched > fetched)
    assert panel.model.pages_fetched <= fetched + 3
    last = panel.model.rowCount() - 1
    assert panel.model.data(panel.model.index(last, 0)) == "أحمد بنعلي"
    assert panel.model.data(panel.model.index(3000 // PAGE, 0)).startswith("Person")


def test_hidden_list_reads_nothing_until_shown(qtbot, org_ctx, org_store, monkeypatch):
    import checkin.ui.attendee_model as model_module

    panel = _panel(qtbot, org_ctx)
    panel.hide()
    calls = []
    real = model_module.listing.ordered_ids
    monkeypatch.setattr(model_module.listing, "ordered_ids", lambda *a, **k: calls.append(1) or real(*a, **k))
    from checkin.store.attendees import add_attendee

    add_attendee(org_ctx.store, full_name="Karim Ouali")
    for _ in range(5):  # a desk scanning away while the organiser list is in another tab
        org_ctx.data_changed.emit()
    assert calls == [] and not panel._change_timer.isActive()
    panel.show()
    qtbot.waitUntil(lambda: "Karim Ouali" in _names(panel))
    assert len(calls) == 1


def test_keyboard_filter_then_enter_edits(qtbot, org_ctx, monkeypatch):
    panel = _panel(qtbot, org_ctx)
    opened = []
    monkeypatch.setattr(AttendeeDialog, "exec", lambda d: opened.append(d.attendee.full_name) or 0)
    panel.filter_box.setFocus()
    qtbot.keyClicks(panel.filter_box, "smith")
    qtbot.waitUntil(lambda: _names(panel) == ["John Smith"])
    qtbot.keyClick(panel.filter_box, Qt.Key_Down)
    assert panel.table.hasFocus()
    panel.table.setCurrentIndex(panel.model.index(0, 0))
    qtbot.keyClick(panel.table, Qt.Key_Return)
    assert opened == ["John Smith"]


def test_category_chooser_narrows_the_list(qtbot, org_ctx):
    panel = _panel(qtbot, org_ctx)
    box = panel.category_box
    assert [box.itemText(i) for i in range(box.count())] == [
        "All categories", "Expert", "Government", "Press", "Trade union"]
    box.setCurrentIndex(box.findData("Government"))
    qtbot.waitUntil(lambda: sorted(_names(panel)) == ["Hélène Lefèvre", "أحمد بنعلي"])
    qtbot.keyClicks(panel.filter_box, "helene")
    qtbot.waitUntil(lambda: _names(panel) == ["Hélène Lefèvre"])
    panel.filter_box.clear()
    box.setCurrentIndex(0)
    qtbot.waitUntil(lambda: len(_names(panel)) == 5)


def test_a_load_finishing_after_the_file_is_closed_is_dropped(qtbot, org_store, tmp_path):
    from PySide6.QtCore import QCoreApplication, QSettings, QThreadPool

    from checkin.ui.context import AppContext

    ctx = AppContext(org_store.path, settings=QSettings(str(tmp_path / "late.ini"), QSettings.Format.IniFormat))
    panel = AttendeesPanel(ctx)
    qtbot.addWidget(panel)
    panel.show()
    ctx.close()  # the window closes while the ids are still being read on the pool
    pool = QThreadPool.globalInstance()
    qtbot.waitUntil(lambda: pool.activeThreadCount() == 0)
    QCoreApplication.sendPostedEvents()  # the task's queued result reaches the model now
    assert panel.model.rowCount() == 0 and panel.model.row_at(0) is None


def test_an_organiser_undoes_one_particular_check_in_from_the_history(qtbot, org_ctx, org_store, monkeypatch):
    from checkin import desk
    from checkin.store.checkins import checked_in_ids

    helene = org_store.people["Hélène"]
    first = desk.check_in(org_store, helene.id, station="Desk 2")
    panel = AttendeesPanel(org_ctx)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0)
    panel.select_attendee(helene.id)
    questions, seen = [], {}
    panel.confirm = lambda _title, question: questions.append(question) or True

    def use(dialog):
        tree = dialog.tree
        rows = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
        checkin_row = next(r for r in rows if r.text(1) == "Check-in")
        assert not dialog.undo_button.isEnabled()
        tree.setCurrentItem(checkin_row)
        assert dialog.undo_button.isEnabled()
        dialog.undo_button.click()
        seen["message"] = dialog.message.text()
        seen["kinds"] = [tree.topLevelItem(i).text(1) for i in range(tree.topLevelItemCount())]
        tree.setCurrentItem(tree.topLevelItem(0))
        seen["again"] = dialog.undo_button.isEnabled()
        return 0

    monkeypatch.setattr(HistoryDialog, "exec", use)
    panel.history_button.click()
    assert "Hélène Lefèvre" in questions[0]
    assert seen["message"].startswith("Check-in of Hélène Lefèvre at ") and "undone" in seen["message"]
    assert "Undo" in seen["kinds"] and seen["again"] is False  # an undone check-in cannot be undone twice
    assert helene.id not in checked_in_ids(org_store)
    assert first.checkin_id
