"""The organiser menus driven as an organiser would: pick a file, read the preview, import; export; kiosk."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLabel, QMessageBox

from checkin.store.attendees import count_attendees
from checkin.ui.import_dialog import ImportPreviewDialog
from organiser_helpers import org_ctx, org_store, org_window  # noqa: F401  (fixtures)

CSV = (
    "Nom;Prénom;Organisme;Email;Catégorie\r\n"
    "Lefèvre;Hélène;Ministère de l'Emploi et de l'Insertion;helene.lefevre@emploi.example.org;"
    "Government\r\n"
    "Ouali;Karim;CNDH;karim.ouali@cndh.example.org;Institution\r\n"
    "Zahra;Fatima;OIM;not-an-email;Expert\r\n"
    "Nadir;Sami;Press Maroc;sami@press.example.org;Press\r\n"
)


def _names(window) -> list[str]:
    m = window.centralWidget().model
    return [m.data(m.index(r, 0)) for r in range(m.rowCount())]


def test_import_attendees_with_preview(qtbot, org_window, tmp_path, monkeypatch):
    source = tmp_path / "inscriptions.csv"
    source.write_bytes(CSV.encode("cp1252"))  # what French Excel saves
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    seen = {}

    def preview(dialog):
        seen["summary"] = dialog.findChild(QLabel, "importSummary").text()
        seen["problems"] = [(dialog.problems.topLevelItem(i).text(0), dialog.problems.topLevelItem(i).text(1))
                            for i in range(dialog.problems.topLevelItemCount())]
        seen["enabled"] = dialog.import_button.isEnabled()
        return QDialog.Accepted

    monkeypatch.setattr(ImportPreviewDialog, "exec", preview)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: seen.setdefault("done", a[2]))
    org_window.menus.actions["import_attendees"].trigger()
    qtbot.waitUntil(lambda: "done" in seen, timeout=10000)
    assert seen["enabled"]
    assert [line for line, _msg in seen["problems"]] == ["4"]  # the bad e-mail, by its line in the file
    assert seen["summary"].startswith("Would add 2, update 1, leave 0 unchanged and skip 1.")
    assert "Windows-1252" in seen["summary"] or "cp1252" in seen["summary"].lower()
    assert seen["done"].startswith("Added 2, updated 1")
    assert count_attendees(org_window.centralWidget().ctx.store) == 7
    qtbot.waitUntil(lambda: "Karim Ouali" in _names(org_window))


def test_cancelled_preview_writes_nothing(qtbot, org_window, tmp_path, monkeypatch):
    source = tmp_path / "inscriptions.csv"
    source.write_text(CSV, encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    shown = []
    monkeypatch.setattr(ImportPreviewDialog, "exec", lambda d: shown.append(d) or QDialog.Rejected)
    org_window.menus.import_file("attendees")
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=10000)
    assert count_attendees(org_window.centralWidget().ctx.store) == 5


def test_a_broken_file_is_one_clear_message(qtbot, org_window, tmp_path, monkeypatch):
    source = tmp_path / "photo.csv"
    source.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    errors = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: errors.append(a[2]))
    org_window.menus.import_file("attendees")
    qtbot.waitUntil(lambda: bool(errors), timeout=10000)
    assert "photo.csv" in errors[0]
    assert count_attendees(org_window.centralWidget().ctx.store) == 5


def test_kiosk_disables_organiser_actions(qtbot, org_window, org_ctx):
    actions = org_window.menus.actions
    org_ctx.kiosk = True
    org_ctx.kiosk_changed.emit(True)
    assert not actions["settings"].isEnabled()
    assert not actions["export"].isEnabled()
    assert not actions["import_attendees"].isEnabled()
    assert actions["quit"].isEnabled()
    org_ctx.kiosk = False
    org_ctx.kiosk_changed.emit(False)
    assert actions["settings"].isEnabled()


def test_export_with_semicolons(qtbot, org_window, tmp_path, monkeypatch):
    from checkin.ui.export_dialog import ExportDialog

    out = tmp_path / "export"

    def choose(dialog):
        dialog.folder.setText(str(out))
        dialog.delimiter.setCurrentIndex(dialog.delimiter.findData(";"))
        return QDialog.Accepted

    monkeypatch.setattr(ExportDialog, "exec", choose)
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    org_window.menus.actions["export"].trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=10000)
    header = (out / "attendees.csv").read_bytes()
    assert header.startswith(b"\xef\xbb\xbf") and b";" in header.splitlines()[0]
    assert "attendees.csv" in told[0]
    # private by default, and the organiser is told so
    assert {(p.stat().st_mode & 0o777) for p in out.iterdir()} == {0o600}
    assert "Only you can read these files" in told[0]


def test_export_shared_with_colleagues(qtbot, org_window, tmp_path, monkeypatch):
    from checkin.ui.export_dialog import ExportDialog

    out = tmp_path / "shared"

    def choose(dialog):
        dialog.folder.setText(str(out))
        assert not dialog.shared.isChecked()
        dialog.shared.setChecked(True)
        return QDialog.Accepted

    monkeypatch.setattr(ExportDialog, "exec", choose)
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    org_window.menus.actions["export"].trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=10000)
    assert {(p.stat().st_mode & 0o777) for p in out.iterdir()} == {0o644}
    assert "Other users of this computer can read these files" in told[0]


def test_badges_for_one_category(qtbot, org_window, org_ctx, tmp_path, monkeypatch):
    from checkin.store.badges import prints_for
    from checkin.ui import badge_dialog

    pdf = tmp_path / "press.pdf"

    def choose(dialog):
        dialog.by_category.setChecked(True)
        dialog.category.setCurrentText("Press")
        dialog.layout_choice.setCurrentIndex(dialog.layout_choice.findData("a6"))
        dialog.output.setText(str(pdf))
        return QDialog.Accepted

    monkeypatch.setattr(badge_dialog.BadgeDialog, "exec", choose)
    opened = []
    monkeypatch.setattr(badge_dialog, "open_pdf", opened.append)
    org_window.menus.actions["print_badges"].trigger()
    qtbot.waitUntil(lambda: bool(opened), timeout=20000)
    assert pdf.read_bytes().startswith(b"%PDF")
    paul = org_ctx.store.conn.execute("SELECT id FROM attendees WHERE category = 'Press'").fetchone()[0]
    assert [p.output for p in prints_for(org_ctx.store, paul)]  # the print is logged
    john = org_ctx.store.conn.execute("SELECT id FROM attendees WHERE category = 'Expert'").fetchone()[0]
    assert prints_for(org_ctx.store, john) == []


def test_the_badges_menu_skips_badges_printed_before_unless_reprint(qtbot, org_window, org_ctx, tmp_path,
                                                                     monkeypatch):
    from checkin.store.badges import prints_for
    from checkin.ui import badge_dialog

    pdf = tmp_path / "press.pdf"
    reprint = {"on": False}

    def choose(dialog):
        dialog.by_category.setChecked(True)
        dialog.category.setCurrentText("Press")
        dialog.reprint.setChecked(reprint["on"])
        dialog.output.setText(str(pdf))
        return QDialog.Accepted

    monkeypatch.setattr(badge_dialog.BadgeDialog, "exec", choose)
    opened, refused = [], []
    monkeypatch.setattr(badge_dialog, "open_pdf", opened.append)
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: refused.append(a[2]))
    paul = org_ctx.store.conn.execute("SELECT id FROM attendees WHERE category = 'Press'").fetchone()[0]
    org_window.menus.actions["print_badges"].trigger()
    qtbot.waitUntil(lambda: bool(opened), timeout=20000)
    org_window.menus.actions["print_badges"].trigger()  # the same badges again: refused, said why
    qtbot.waitUntil(lambda: bool(refused), timeout=20000)
    assert "printed before" in refused[0] and "reprint" in refused[0]
    assert len(prints_for(org_ctx.store, paul)) == 1
    reprint["on"] = True
    org_window.menus.actions["print_badges"].trigger()
    qtbot.waitUntil(lambda: len(opened) == 2, timeout=20000)
    assert len(prints_for(org_ctx.store, paul)) == 2


def test_badges_for_the_selected_attendees(qtbot, org_window, org_ctx, org_store, monkeypatch, tmp_path):
    from checkin.ui import badge_dialog, i18n

    i18n.install_translator(QApplication.instance(), "en")  # English plural forms ("The attendee ...")
    panel = org_window.centralWidget()
    panel.select_attendee(org_store.people["Amina"].id)
    seen = {}

    def choose(dialog):
        seen["label"] = dialog.selection.text()
        seen["checked"] = dialog.selection.isChecked()
        seen["choice"] = dialog.choice()
        return QDialog.Rejected

    monkeypatch.setattr(badge_dialog.BadgeDialog, "exec", choose)
    org_window.menus.actions["print_badges"].trigger()
    assert seen["checked"] and seen["label"] == "The attendee selected in the attendee list"
    assert seen["choice"]["attendee_ids"] == [org_store.people["Amina"].id]


def test_settings_station_pin_and_larger_text(qtbot, org_window, org_ctx, monkeypatch):
    from checkin.store.event import station_name
    from checkin.ui import organiser_pin
    from checkin.ui.settings_dialog import SettingsDialog

    def fill(dialog):
        dialog.station.setText("Desk 7")
        dialog.language.setCurrentIndex(dialog.language.findData("ar"))
        dialog.large_text.setChecked(True)
        dialog.pin.setText("2468")
        dialog.pin_again.setText("2468")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(SettingsDialog, "exec", fill)
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    font_before = org_window.font().pointSizeF()
    try:
        org_window.menus.actions["settings"].trigger()
        assert org_ctx.station == "Desk 7" and station_name(org_ctx.store) == "Desk 7"
        assert organiser_pin.check_pin(org_ctx.settings, "2468")
        assert org_ctx.settings.value("ui/language") == "ar"
        assert told and "next start" in told[0]
        assert QApplication.instance().font().pointSizeF() > font_before
    finally:
        from checkin.ui.appearance import apply_text_size

        apply_text_size(QApplication.instance(), False)


def test_settings_refuse_mismatched_pins(qtbot, org_ctx):
    from checkin.ui import organiser_pin
    from checkin.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(org_ctx)
    qtbot.addWidget(dialog)
    dialog.pin.setText("1234")
    dialog.pin_again.setText("1243")
    dialog.save()
    assert dialog.error.text() == "The two PINs differ."
    assert not organiser_pin.has_pin(org_ctx.settings)
    dialog.pin.setText("12")
    dialog.pin_again.setText("12")
    dialog.save()
    assert "at least 4 digits" in dialog.error.text()


def test_new_event_creates_the_file_and_switches(qtbot, org_window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from checkin.store.db import Store
    from checkin.store.event import get_event

    target = tmp_path / "other.db"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Forum 2027", True))
    switched = []
    org_window.open_event = switched.append
    org_window.menus.actions["new_event"].trigger()
    assert switched == [target]
    with Store(target) as store:
        assert get_event(store).name == "Forum 2027"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    org_window.menus.actions["open_event"].trigger()
    assert switched == [target, target]
    not_event = tmp_path / "notes.db"
    not_event.write_bytes(b"just text, not SQLite" * 100)
    errors = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: errors.append(a[2]))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(not_event), ""))
    org_window.menus.actions["open_event"].trigger()
    assert switched == [target, target] and "notes.db" in errors[0]


def test_import_sessions_previews_on_a_copy(qtbot, org_window, org_ctx, tmp_path, monkeypatch):
    from checkin.store.sessions import list_sessions

    source = tmp_path / "programme.csv"
    source.write_text(
        "titre;salle;début;fin;capacité;restreinte\n"
        "Séance d'ouverture;Salle plénière;2027-03-17 09:00;2027-03-17 09:45;250;non\n"
        "Clôture;Salle plénière;pas une heure;2027-03-17 18:00;250;non\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    seen = {}

    def preview(dialog):
        seen["summary"] = dialog.findChild(QLabel, "importSummary").text()
        tree = dialog.problems
        seen["lines"] = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
        seen["sessions_meanwhile"] = len(list_sessions(org_ctx.store))
        return QDialog.Accepted

    monkeypatch.setattr(ImportPreviewDialog, "exec", preview)
    done = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: done.append(a[2]))
    org_window.menus.actions["import_sessions"].trigger()
    qtbot.waitUntil(lambda: bool(done), timeout=10000)
    assert seen["summary"].startswith("Would add 1,")
    assert seen["lines"] == ["3"]
    assert seen["sessions_meanwhile"] == 2  # the preview wrote nothing into the event
    assert "Séance d'ouverture" in [s.title for s in list_sessions(org_ctx.store)]


def test_import_who_may_enter_a_restricted_session(qtbot, org_window, org_ctx, org_store, tmp_path,
                                                     monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from checkin.store.sessions import session_access_ids

    table = org_store.sessions["Round table"]
    source = tmp_path / "table-ronde.csv"
    source.write_text("Email;Nom\nhelene.lefevre@emploi.example.org;Hélène Lefèvre\n;John Smith\n"
                      ";Nobody Known\n", encoding="utf-8")
    offered = {}

    def pick(_parent, _title, _label, items, current, _editable):
        offered["items"], offered["current"] = items, current
        return items[current], True

    monkeypatch.setattr(QInputDialog, "getItem", pick)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    seen = {}

    def preview(dialog):
        seen["summary"] = dialog.findChild(QLabel, "importSummary").text()
        seen["access_meanwhile"] = session_access_ids(org_ctx.store, table.id)
        return QDialog.Accepted

    monkeypatch.setattr(ImportPreviewDialog, "exec", preview)
    done = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: done.append(a[2]))
    org_window.menus.actions["import_access"].trigger()
    qtbot.waitUntil(lambda: bool(done), timeout=10000)
    assert offered["items"][offered["current"]] == "2. Round table · Salle 2"  # the restricted one first
    assert seen["summary"].startswith("Would add 1, update 0, leave 1 unchanged and skip 1.")
    assert seen["access_meanwhile"] == {org_store.people["Hélène"].id}
    assert session_access_ids(org_ctx.store, table.id) == {org_store.people["Hélène"].id,
                                                           org_store.people["John"].id}
