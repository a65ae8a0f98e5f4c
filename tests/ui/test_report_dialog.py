"""Export › Attendance report and Export › Certificates, driven from the menu as an organiser does."""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMainWindow

from checkin.ui import report_dialog


@pytest.fixture
def report_ctx(qapp, report_store, tmp_path):
    from PySide6.QtCore import QSettings

    from checkin.ui.context import AppContext

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    context = AppContext(report_store.path, settings=settings)
    yield context
    context.close()


@pytest.fixture
def menus(qtbot, report_ctx):
    from checkin.ui.organiser_menus import install_menus

    window = QMainWindow()
    qtbot.addWidget(window)
    window.menus = install_menus(window, report_ctx)
    window.show()
    return window.menus


def _pdf_pages(path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(ln for ln in info.splitlines() if ln.startswith("Pages:")).split()[1])


def test_report_preview_then_save(qtbot, menus, tmp_path, monkeypatch):
    target = tmp_path / "rapport.pdf"
    seen = {}

    def choose(dialog):
        assert not dialog.buttons.button(QDialogButtonBox.Save).isEnabled()  # until the figures are read
        qtbot.waitUntil(lambda: dialog.preview_count() > 0, timeout=10000)
        dialog.language.setCurrentIndex(dialog.language.findData("fr"))
        seen["preview"] = dialog.preview_count()
        seen["summary"] = dialog.summary.text()
        seen["image"] = dialog.preview.widget().grab()
        dialog.output.setText(str(target))
        return QDialog.Accepted

    monkeypatch.setattr(report_dialog.ReportDialog, "exec", choose)
    opened = []
    monkeypatch.setattr(report_dialog, "open_pdf", opened.append)
    menus.actions["report"].trigger()
    qtbot.waitUntil(lambda: bool(opened), timeout=20000)
    assert opened == [target]
    assert seen["preview"] == _pdf_pages(target) >= 1  # every page of the report is previewed
    assert str(seen["preview"]) in seen["summary"]
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    assert "Rapport de participation" in text
    assert not seen["image"].isNull()


def test_certificates_dialog_counts_only_people_who_attended(qtbot, menus, report_ctx, tmp_path, monkeypatch):
    dialog = report_dialog.CertificatesDialog(report_ctx)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.preview_count() > 0, timeout=10000)
    assert "5" in dialog.summary.text() and dialog.preview_count() == 2
    dialog.min_sessions.setValue(2)
    assert "1" in dialog.summary.text() and dialog.preview_count() == 1
    dialog.min_sessions.setValue(3)
    assert dialog.preview_count() == 0
    assert not dialog.buttons.button(QDialogButtonBox.Save).isEnabled()

    target = tmp_path / "certificates.pdf"

    def choose(d):
        qtbot.waitUntil(lambda: d.preview_count() > 0, timeout=10000)
        d.language.setCurrentIndex(d.language.findData("ar"))
        d.min_sessions.setValue(1)
        d.output.setText(str(target))
        return QDialog.Accepted

    monkeypatch.setattr(report_dialog.CertificatesDialog, "exec", choose)
    opened = []
    monkeypatch.setattr(report_dialog, "open_pdf", opened.append)
    menus.actions["certificates"].trigger()
    qtbot.waitUntil(lambda: bool(opened), timeout=20000)
    assert _pdf_pages(target) == 3  # Hélène, John, Amina entered a session


def test_kiosk_disables_the_report_actions(menus, report_ctx):
    report_ctx.kiosk = True
    report_ctx.kiosk_changed.emit(True)
    assert not menus.actions["report"].isEnabled() and not menus.actions["certificates"].isEnabled()
    report_ctx.kiosk = False


def test_mailmerge_pack_from_the_menu(qtbot, menus, report_store, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from checkin.scan.decoder import decode_image

    out = tmp_path / "pack"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(out))
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    menus.actions["mailmerge"].trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=20000)
    assert "6 QR image(s)" in told[0] and str(out) in told[0]
    helene = report_store.people["Hélène"]
    assert decode_image(out / "qr" / f"{helene.id}.png") == [helene.code]
    assert helene.code in (out / "mailmerge.csv").read_text(encoding="utf-8-sig")
