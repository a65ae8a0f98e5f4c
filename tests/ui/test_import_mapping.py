"""The import preview's column-mapping step, driven as an organiser would: a file whose headers are
not recognised is not imported as people called "Participant"; the organiser says which column is
which, sees the preview, imports, and the next file with the same columns goes straight to the preview."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QMessageBox

from checkin.store.attendees import list_attendees
from checkin.ui.column_mapping import ColumnMappingDialog
from checkin.ui.import_dialog import ImportPreviewDialog
from organiser_helpers import org_ctx, org_store, org_window  # noqa: F401  (fixtures)


def settle(qtbot, window) -> None:
    """Let the attendee list re-read the file after the import, as it does on screen, before teardown
    closes the event file (a reload left pending would run against a closed file in the next test)."""
    panel = window.centralWidget()
    qtbot.waitUntil(lambda: not panel._change_timer.isActive(), timeout=5000)


def test_unrecognised_columns_are_mapped_in_the_app(qtbot, org_window, data_dir, monkeypatch, tmp_path):
    source = data_dir / "registrations" / "sources" / "garbage_participant.csv"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    seen: dict = {"mapping_dialogs": 0}

    def map_columns(dialog: ColumnMappingDialog):
        seen["mapping_dialogs"] += 1
        seen["columns"] = [dialog.table.topLevelItem(i).text(0) for i in range(dialog.table.topLevelItemCount())]
        seen["samples"] = dialog.table.topLevelItem(2).text(1)
        seen["prefilled"] = (dialog.chosen(), dialog.ok_button.isEnabled())
        dialog.choosers[0].setCurrentIndex(dialog.choosers[0].findData("ignore"))  # no name column now
        seen["ok_before"] = dialog.ok_button.isEnabled()
        seen["warning"] = dialog.findChild(QLabel, "mappingWarning").isVisible() or \
            not dialog.findChild(QLabel, "mappingWarning").isHidden()
        for chooser, field in zip(dialog.choosers, ["full_name", "organisation", "category", "email"]):
            chooser.setCurrentIndex(chooser.findData(field))
        seen["ok_after"] = dialog.ok_button.isEnabled()
        dialog.resize(760, 300)
        dialog.grab().save(str(tmp_path / "mapping.png"))
        return QDialog.Accepted

    def preview(dialog):
        seen["summary"] = dialog.findChild(QLabel, "importSummary").text()
        return QDialog.Accepted

    monkeypatch.setattr(ColumnMappingDialog, "exec", map_columns)
    monkeypatch.setattr(ImportPreviewDialog, "exec", preview)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: seen.setdefault("done", a[2]))
    org_window.menus.actions["import_attendees"].trigger()
    qtbot.waitUntil(lambda: "done" in seen, timeout=10000)
    assert seen["columns"] == ["Identité", "Structure d'origine", "Formule", "Courriel de contact"]
    assert seen["samples"].startswith("Participant · Participant · Intervenant")
    # pre-filled with the same guess the CLI's refusal line gives: Identité holds the name
    assert seen["prefilled"] == (["full_name", "ignore", "ignore", "ignore"], True)
    assert seen["ok_before"] is False and seen["warning"] and seen["ok_after"] is True
    assert seen["summary"].startswith("Would add 3, update 0")
    store = org_window.centralWidget().ctx.store
    karim = next(a for a in list_attendees(store) if a.full_name == "Karim Tazi")
    assert (karim.organisation, karim.category, karim.email) == ("OIT", "Participant", "karim@ilo.org")
    assert not any(a.full_name == "Participant" for a in list_attendees(store))

    # the same columns again: remembered, straight to the preview
    del seen["done"]
    org_window.menus.import_file("attendees")
    qtbot.waitUntil(lambda: "done" in seen, timeout=10000)
    assert seen["mapping_dialogs"] == 1 and seen["summary"].startswith("Would add 0, update 0, leave 3")
    settle(qtbot, org_window)


def test_a_big_list_is_previewed_on_a_copy_and_imported_with_a_progress_bar(qtbot, org_window, tmp_path,
                                                                            monkeypatch):
    from PySide6.QtWidgets import QProgressDialog

    from checkin.importers import attendees as attendees_module
    from checkin.ui import import_dialog

    source = tmp_path / "big.csv"
    source.write_text("Attendee #,First Name,Last Name,Email\n" + "".join(
        f"{i},Zoë,Lefèvre {i},p{i}@example.org\n" for i in range(400)), encoding="utf-8")
    monkeypatch.setattr(import_dialog, "PREVIEW_IN_PLACE_BYTES", 0)  # as if it were a million rows
    monkeypatch.setattr(attendees_module, "BATCH_SECONDS", 0.0)
    monkeypatch.setattr(attendees_module, "BATCH_PAUSE", 0.0)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    values: list[tuple[int, int]] = []
    original = QProgressDialog.setValue
    monkeypatch.setattr(QProgressDialog, "setValue",
                        lambda self, v: (values.append((v, self.maximum())), original(self, v))[1])
    seen: dict = {}

    def preview(dialog):
        seen["summary"] = dialog.findChild(QLabel, "importSummary").text()
        seen["count_during_preview"] = len(list_attendees(org_window.centralWidget().ctx.store))
        return QDialog.Accepted

    monkeypatch.setattr(ImportPreviewDialog, "exec", preview)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: seen.setdefault("done", a[2]))
    org_window.menus.actions["import_attendees"].trigger()
    qtbot.waitUntil(lambda: "done" in seen, timeout=20000)
    assert seen["summary"].startswith("Would add 400") and seen["count_during_preview"] == 5
    assert seen["done"].startswith("Added 400")
    assert any(0 < v < m for v, m in values) and (source.stat().st_size, source.stat().st_size) in values
    settle(qtbot, org_window)
