"""Many stations in the app: join from the start screen, the Sync folder setting, live sync between two
windows through a shared folder, the status bar, freshness of the figures, and the conflicts dialog."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog

from checkin.store.attendees import add_attendee
from checkin.store.db import Store
from checkin.store.event import create_event, get_event, set_station_name, station_name
from checkin.sync.package import make_package

PEOPLE = ["Hélène Lefèvre", "محمد العلوي", "John Smith", "Amina Benali"]


@pytest.fixture(autouse=True)
def english(qapp):
    """The app always installs a translator; English holds the plural forms ("1 other station seen")."""
    from checkin.ui.i18n import install_translator

    install_translator(qapp, "en")


@pytest.fixture
def master(tmp_path):
    """The organiser's file: four people."""
    store = Store(tmp_path / "organiser" / "master.db")
    create_event(store, "Séminaire OIT", date="2027-03-17", timezone="Africa/Casablanca")
    set_station_name(store, "Organisers")
    for i, name in enumerate(PEOPLE):
        add_attendee(store, full_name=name, email=f"p{i}@example.org")
    yield store
    store.close()


def _code(store: Store, name: str) -> str:
    return store.conn.execute("SELECT code FROM attendees WHERE full_name = ?", (name,)).fetchone()[0]


# -- Join an event… on the start screen ------------------------------------------------------------


def test_join_an_event_from_the_start_screen(qtbot, tmp_path, master, monkeypatch):
    from checkin.ui.start_dialog import StartDialog

    package = tmp_path / "Desk 1.checkin-station"
    make_package(master, "Desk 1", package)
    laptop = tmp_path / "laptop-data"
    asked = {}

    def save_as(_parent, _title, suggested, _filter):
        asked["suggested"] = suggested
        return suggested, ""  # the user accepts the suggested place

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(package), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    dialog = StartDialog(laptop)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.join_button, Qt.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.chosen == laptop / "s-minaire-oit-desk-1.db" == Path(asked["suggested"])
    with Store(dialog.chosen) as joined:
        assert station_name(joined) == "Desk 1"
        assert get_event(joined).uid == get_event(master).uid
        assert _code(joined, "John Smith") == _code(master, "John Smith")


def test_join_refuses_a_file_that_is_not_a_package_or_a_file_of_another_event(qtbot, tmp_path, master,
                                                                                monkeypatch):
    from checkin.ui.start_dialog import StartDialog

    notes = tmp_path / "programme.pdf"
    notes.write_bytes(b"%PDF-1.4 not a package")
    chosen = {"package": notes}
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(chosen["package"]), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(chosen["target"]), ""))
    dialog = StartDialog(tmp_path / "laptop")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.join_button, Qt.LeftButton)
    assert "programme.pdf is not a checkin station package" in dialog.error.text()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.chosen is None

    other = Store(tmp_path / "other.db")
    create_event(other, "Another congress", date="2027-05-02")
    other_before = other.conn.execute("SELECT count(*) FROM attendees").fetchone()[0]
    other.close()
    chosen["package"] = tmp_path / "desk2.checkin-station"
    make_package(master, "Desk 2", chosen["package"])
    chosen["target"] = tmp_path / "other.db"
    qtbot.mouseClick(dialog.join_button, Qt.LeftButton)
    assert "other.db already holds another event (Another congress)" in dialog.error.text()
    assert dialog.chosen is None
    with Store(tmp_path / "other.db") as untouched:  # nothing was written into it
        assert get_event(untouched).name == "Another congress"
        assert untouched.conn.execute("SELECT count(*) FROM attendees").fetchone()[0] == other_before


# -- two stations, one shared folder -----------------------------------------------------------------


class Station:
    def __init__(self, ctx, window):
        self.ctx, self.window = ctx, window
        self.reports: list = []
        window.sync.synced.connect(self.reports.append)

    def merged_something(self) -> bool:
        return any(r.merged for r in self.reports)


@pytest.fixture
def stations(qtbot, qapp, tmp_path, master):
    """Desk A and Desk B: two laptops joined from packages, each with its own window and settings."""
    from checkin.sync.package import join
    from checkin.ui.context import AppContext
    from checkin.ui.main_window import MainWindow
    from checkin.ui.sounds import SoundPlayer

    made = []
    for name in ("Desk A", "Desk B"):
        make_package(master, name, tmp_path / f"{name}.checkin-station")
        db = tmp_path / name / "event.db"
        join(tmp_path / f"{name}.checkin-station", db)
        settings = QSettings(str(tmp_path / name / "settings.ini"), QSettings.Format.IniFormat)
        ctx = AppContext(db, settings=settings)
        window = MainWindow(ctx, sounds=SoundPlayer(enabled=False))
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        made.append(Station(ctx, window))
    yield made
    for st in made:
        st.window.shutdown()
        st.ctx.close()


def _set_sync_folder(qtbot, window, folder: Path):
    """Settings › Sync folder…, type the folder, Save: what an organiser does."""
    from checkin.ui.sync_dialog import SyncDialog

    window.menus.actions["sync"].trigger()
    dialog = window.findChild(SyncDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.folder.setText(str(folder))
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.LeftButton)
    return dialog


def test_the_event_folder_is_refused_as_sync_folder(qtbot, stations):
    a = stations[0]
    dialog = _set_sync_folder(qtbot, a.window, a.ctx.db_path.parent)
    assert dialog.isVisible()
    assert "The event file is inside" in dialog.error.text()
    assert a.window.sync.folder is None and a.window.sync.saved_folder() is None
    dialog.folder.setText(str(a.ctx.db_path.parent / "no-such-folder"))
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.LeftButton)
    assert "There is no folder" in dialog.error.text() and a.window.sync.folder is None
    assert not a.window.sync_label.isVisible()


def test_a_checkin_at_desk_a_is_a_duplicate_naming_desk_a_at_desk_b(qtbot, tmp_path, stations):
    a, b = stations
    shared = tmp_path / "shared"
    shared.mkdir()
    for st in stations:
        _set_sync_folder(qtbot, st.window, shared)
        assert st.window.sync.saved_folder() == shared.resolve()
        qtbot.waitUntil(lambda st=st: bool(st.reports), timeout=10_000)
    assert b.window.sync_label.isVisible()
    code = _code(a.ctx.store, "Hélène Lefèvre")
    a.window.front_desk.handle_code(code, "scanner")
    assert a.window.front_desk.card.status == "accepted"
    qtbot.waitUntil(b.merged_something, timeout=15_000)  # A's journal written, then merged at B
    b.window.front_desk.handle_code(code, "scanner")
    card = b.window.front_desk.card
    assert card.status == "duplicate" and "Desk A" in card.words()
    qtbot.waitUntil(lambda: "1 other station seen" in b.window.sync_label.text(), timeout=10_000)
    text = b.window.sync_label.text()
    assert text.startswith("Synced at ") and "up to date" in text
    assert "shared" in b.window.sync_label.toolTip()
    # the event-wide figures say whose records they hold
    room = b.window.session_room
    assert room.freshness.text().startswith("Stations merged: ") and "Desk A at " in room.freshness.text()
    b.window.show_mode(b.window.dashboard)
    qtbot.waitUntil(lambda: "Desk A at " in b.window.dashboard.freshness_label.text(), timeout=10_000)
    assert b.window.dashboard.figures.arrived == 1
    # closing the window ends the sync thread (after its pass), and reopening the event syncs again
    thread = b.window.sync.thread
    b.window.close()
    assert thread.isFinished() and b.window.sync.thread is None
    assert b.window.sync.saved_folder() == shared.resolve()


def test_double_admission_is_shown_in_the_conflicts_dialog(qtbot, tmp_path, stations):
    from checkin.ui.conflicts_dialog import ConflictsDialog

    a, b = stations
    code = _code(a.ctx.store, "محمد العلوي")
    for st in stations:  # both desks admit the same person before their records meet
        st.window.front_desk.handle_code(code, "scanner")
        assert st.window.front_desk.card.status == "accepted"
    shared = tmp_path / "shared"
    shared.mkdir()
    for st in stations:  # B's first pass may come before A's journal: the count is redone after the merge
        _set_sync_folder(qtbot, st.window, shared)
    qtbot.waitUntil(b.merged_something, timeout=15_000)
    button = b.window.conflicts_button
    qtbot.waitUntil(button.isVisible, timeout=5_000)
    assert button.text() == "1 conflict…"
    qtbot.mouseClick(button, Qt.LeftButton)
    dialog = b.window.findChild(ConflictsDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=5_000)
    row = [dialog.model.index(0, c).data() for c in range(dialog.model.columnCount())]
    assert row[0] == "Admitted at two stations"
    assert row[1] == "محمد العلوي"
    assert {row[2], row[4]} == {"Desk A", "Desk B"}
    venue_time = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$")  # both times, in Rabat time
    assert venue_time.match(row[3]) and venue_time.match(row[5])
    assert dialog.summary.text() == "1 conflict in the records merged so far."


def test_a_sync_folder_that_goes_away_is_said_in_the_status_bar(qtbot, tmp_path, stations):
    a = stations[0]
    stick = tmp_path / "usb-stick"
    stick.mkdir()
    _set_sync_folder(qtbot, a.window, stick)
    qtbot.waitUntil(lambda: a.window.sync_label.text().startswith("Synced at "), timeout=10_000)
    assert len(list(stick.glob("*.journal.csv"))) == 1  # this station's journal, written at once
    for f in stick.iterdir():
        f.unlink()
    stick.rmdir()  # the USB stick is pulled
    qtbot.waitUntil(lambda: "is not reachable" in a.window.sync_label.text(), timeout=10_000)
    assert str(stick) in a.window.sync_label.text()
    a.window.front_desk.handle_code(_code(a.ctx.store, "John Smith"), "scanner")  # the desk goes on
    assert a.window.front_desk.card.status == "accepted"
    stick.mkdir()  # plugged back in: the next pass writes the journal with the new check-in
    qtbot.waitUntil(lambda: a.window.sync_label.text().startswith("Synced at "), timeout=10_000)
    qtbot.waitUntil(lambda: len(list(stick.glob("*.journal.csv"))) == 1, timeout=10_000)


def test_a_session_added_at_another_station_appears_in_the_session_room(qtbot, tmp_path, stations):
    from checkin.store.sessions import add_session

    a, b = stations
    room = b.window.session_room
    assert room.session_box.count() == 0
    shared = tmp_path / "shared"
    shared.mkdir()
    for st in stations:
        _set_sync_folder(qtbot, st.window, shared)
    add_session(a.ctx.store, title="Atelier migrations", room="Salle B", capacity=40,
                starts_at="2027-03-17T14:00:00.000000Z", ends_at="2027-03-17T15:30:00.000000Z")
    a.ctx.data_changed.emit()  # what the import of a sessions file does
    qtbot.waitUntil(lambda: room.session_box.count() == 1, timeout=15_000)
    assert "Atelier migrations" in room.session_box.itemText(0)
    assert room.count.text() == "Present: 0 of 40"
