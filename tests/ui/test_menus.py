"""The organiser menus driven as an organiser would: choose a file, read the preview, import; export; kiosk."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QMessageBox

from checkin.store.attendees import count_attendees
from checkin.ui.import_dialog import ImportPreviewDialog
from organiser_helpers import org_ctx, org_store, org_window  # noqa: F401  (fixtures)

CSV = (
    "Nom;Prénom;Organisme;Email;Catégorie\r\n"
    "Lefèvre;Hélène;Ministère de l'Emploi et de l'Insertion;helene.lefevre@emploi.example.org;Government\r\n"
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
