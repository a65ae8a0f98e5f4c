"""Badges printed on a real CUPS queue (cupsd started by the test, cups-pdf), read back from paper.

The "paper" is the PDF that cups-pdf writes after CUPS's filters: it is rasterised
with pdftoppm (poppler) and its QR code decoded by the app's own decoder.
"""

from __future__ import annotations

import subprocess
import sys

from checkin.cli import main as cli_main
from checkin.scan.decoder import decode_image
from checkin.store.badges import last_print, prints_for
from checkin.ui.badge_print import LAYOUT_KEY, ON_ARRIVAL_KEY, PRINTER_KEY


def codes_on_paper(pdf, tmp_path) -> list[str]:
    prefix = tmp_path / f"page-{pdf.stem[-8:]}"
    subprocess.run(["pdftoppm", "-r", "200", "-png", str(pdf), str(prefix)], check=True, timeout=60)
    return [code for page in sorted(tmp_path.glob(f"{prefix.name}*.png")) for code in decode_image(page)]


def test_the_desk_prints_the_badge_on_the_stations_printer_and_the_paper_scans(
        qtbot, desk, ctx, event_store, cups_queue, tmp_path):
    from checkin.ui.badge_print import print_one_badge

    ctx.settings.setValue(PRINTER_KEY, cups_queue.name)
    ctx.settings.setValue(LAYOUT_KEY, "a6")
    desk.print_badge = lambda person: print_one_badge(ctx, person)  # the real printer path
    paul = event_store.people["Paul"]
    desk.reprint(paul.id)
    assert desk.status_line.text() == f"Badge of Paul Martin printed on {cups_queue.name}."
    assert not desk.save_pdf_button.isVisible()
    printed = cups_queue.printed()
    assert len(printed) == 1
    assert codes_on_paper(printed[0], tmp_path) == [paul.code]
    log = last_print(event_store, paul.id)
    assert (log.station, log.output) == ("Desk 1", f"printer:{cups_queue.name}:a6")


def test_a_stopped_printer_is_said_plainly_records_nothing_and_offers_a_pdf(
        qtbot, desk, ctx, hooks, event_store, cups_queue, tmp_path):
    from checkin.ui.badge_print import print_one_badge

    ctx.settings.setValue(PRINTER_KEY, cups_queue.name)
    desk.print_badge = lambda person: print_one_badge(ctx, person)
    cups_queue.stop()
    john = event_store.people["John"]
    desk.reprint(john.id)
    said = desk.status_line.text()
    assert said.startswith("The badge of John Smith was NOT printed") and "stopped" in said, said
    assert "paper jam" in said
    assert prints_for(event_store, john.id) == []
    assert desk.save_pdf_button.isVisible()
    qtbot.wait(350)
    desk.reprint(john.id)  # trying again does not warn "already printed"
    assert hooks.questions == []
    desk.ask_pdf_path = lambda person: str(tmp_path / "john.pdf")
    desk.save_pdf_button.click()
    assert (tmp_path / "john.pdf").read_bytes()[:5] == b"%PDF-"
    assert "saved as" in desk.status_line.text() and not desk.save_pdf_button.isVisible()


def test_without_a_printer_the_desk_says_so_and_records_no_print(qtbot, desk, ctx, event_store):
    from checkin.ui.badge_print import print_one_badge

    desk.print_badge = lambda person: print_one_badge(ctx, person)
    amina = event_store.people["Amina"]
    desk.reprint(amina.id)
    assert "no badge printer is chosen" in desk.status_line.text()
    assert prints_for(event_store, amina.id) == [] and desk.save_pdf_button.isVisible()


def test_print_on_arrival_prints_a_never_printed_badge_once(qtbot, desk, ctx, event_store, cups_queue, tmp_path):
    from checkin.ui.badge_print import print_one_badge

    ctx.settings.setValue(PRINTER_KEY, cups_queue.name)
    ctx.settings.setValue(ON_ARRIVAL_KEY, True)
    desk.print_badge = lambda person: print_one_badge(ctx, person)
    helene = event_store.people["Hélène"]
    desk.check_in_attendee(helene.id)
    assert desk.card.status == "accepted"
    assert codes_on_paper(cups_queue.printed()[0], tmp_path) == [helene.code]
    qtbot.wait(350)
    desk.undo_last()  # undone and checked in again: the badge is not printed a second time
    qtbot.wait(350)
    desk.check_in_attendee(helene.id)
    assert len(prints_for(event_store, helene.id)) == 1


def test_cli_prints_to_a_queue_and_fails_in_one_line_when_the_queue_is_stopped(
        qapp, event_store, cups_queue, tmp_path, capsys):
    db = ["--db", str(event_store.path)]
    john = event_store.people["John"]
    assert cli_main([*db, "badges", "--printer", cups_queue.name, "--layout", "a6",
                     "--attendee", str(john.id)]) == 0
    out = capsys.readouterr().out
    assert f"sent 1 badge(s) to {cups_queue.name} as job {cups_queue.name}-" in out
    assert codes_on_paper(cups_queue.printed()[0], tmp_path) == [john.code]
    assert last_print(event_store, john.id).output == f"printer:{cups_queue.name}:a6"

    cups_queue.stop()
    paul = event_store.people["Paul"]
    assert cli_main([*db, "badges", "--printer", cups_queue.name, "--attendee", str(paul.id)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "not printed" in err[0] and "stopped" in err[0], err
    assert prints_for(event_store, paul.id) == []
    assert cli_main([*db, "badges", "--printer", "NoSuchQueue", "--attendee", str(paul.id)]) == 2
    assert "NoSuchQueue" in capsys.readouterr().err


def test_settings_list_the_spoolers_printers_with_or_without_qt_print_support(qapp, cups_queue, monkeypatch):
    import builtins

    from checkin.ui.badge_print import available_printers

    # Qt's print support asks CUPS; libcups reads CUPS_SERVER once per process, so in a fresh one
    code = ("from PySide6.QtGui import QGuiApplication; app = QGuiApplication([]); "
            "from checkin.ui.badge_print import available_printers; print(available_printers())")
    env = dict(cups_queue.env, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == repr([cups_queue.name]), out.stderr[-2000:]
    real_import = builtins.__import__

    def without_print_support(name, *args, **kwargs):
        if name.startswith("PySide6.QtPrintSupport"):
            raise ImportError("left out of the bundle")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", without_print_support)
    assert available_printers() == [cups_queue.name]  # lpstat -e
