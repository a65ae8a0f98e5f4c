"""The event file's care in the window: backups while it runs and at exit, a damaged file restored
in one click at start, restore from the menu, erasing personal data behind the PIN, the log file."""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys

from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from checkin.decision import decide
from checkin.store.backup import backup_now, list_backups
from checkin.ui import organiser_pin


def count(path, sql="SELECT count(*) FROM checkins"):
    con = sqlite3.connect(path)
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


def test_backups_are_taken_while_the_window_runs_and_at_exit(qtbot, ctx, event_store):
    from checkin.ui.backup_timer import BackupTimer
    from checkin.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    decide(ctx.store, event_store.people["John"].code, station="Desk 1", method="scanner")
    timer = BackupTimer(ctx, window, interval_s=0.2)
    with qtbot.waitSignal(timer.done, timeout=10000) as seen:
        pass
    assert count(seen.args[0]) == 1
    timer.timer.stop()
    decide(ctx.store, event_store.people["Amina"].code, station="Desk 1", method="scanner")
    window.shutdown()
    newest = list_backups(ctx.db_path)[0]
    assert count(newest) == 2  # the backup at exit has the last check-in


def test_quitting_after_nothing_was_written_since_the_last_backup_makes_no_new_copy(qtbot, ctx, event_store):
    from checkin.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    decide(ctx.store, event_store.people["John"].code, station="Desk 1", method="scanner")
    with qtbot.waitSignal(window.backups.done, timeout=10000):
        window.backups.backup_in_background()
    other = type(event_store)(event_store.path)  # another program writes: the exit must copy it
    decide(other, event_store.people["Amina"].code, station="Desk 2", method="scanner")
    other.close()
    with qtbot.waitSignal(window.backups.done, timeout=10000):
        window.backups.backup_in_background()
    before = list_backups(ctx.db_path)
    window.shutdown()
    assert list_backups(ctx.db_path) == before  # quitting waited for no identical copy
    assert count(before[0]) == 2 and window.backups.all_backed_up


def test_quitting_after_the_backups_were_deleted_copies_the_file_even_if_nothing_was_written(qtbot, ctx):
    from checkin.store.backup import delete_backups
    from checkin.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.backups.done, timeout=10000):
        window.backups.backup_in_background()
    delete_backups(ctx.db_path)  # 'checkin backups' or a person emptied the folder meanwhile
    window.shutdown()
    assert len(list_backups(ctx.db_path)) == 1  # a backup exists at exit all the same


def test_a_write_after_the_last_backup_is_copied_at_exit_even_from_another_connection(qtbot, ctx, event_store):
    from checkin.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.backups.done, timeout=10000):
        window.backups.backup_in_background()
    other = type(event_store)(event_store.path)
    decide(other, event_store.people["Amina"].code, station="Desk 2", method="scanner")
    other.close()
    window.shutdown()
    assert len(list_backups(ctx.db_path)) == 2 and count(list_backups(ctx.db_path)[0]) == 1


def test_the_window_is_gone_before_the_backup_at_exit_is_taken(qtbot, ctx, event_store):
    from checkin.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    decide(ctx.store, event_store.people["John"].code, station="Desk 1", method="scanner")
    visible_during_backup = []
    window.backups.done.connect(lambda _path: visible_during_backup.append(window.isVisible()))
    window.close()
    assert visible_during_backup == [False]  # the person quitting saw the window go at once
    assert count(list_backups(ctx.db_path)[0]) == 1  # and the exit's copy holds the last check-in


def _start_and_quit(path, tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_CONFIG_HOME=str(tmp_path / "config"))
    out = subprocess.run([sys.executable, "-m", "checkin.ui.app", "--db", str(path), "--lang", "en",
                          "--no-camera", "--exit-when-ready"], capture_output=True, text=True, env=env, timeout=60)
    assert out.returncode == 0 and "ready" in out.stdout, out.stderr
    logs = list((tmp_path / "data").rglob("*.log"))
    checks = sum(f.read_text(encoding="utf-8").count("integrity check of") for f in logs)
    return list_backups(path), checks


def test_a_start_after_a_clean_exit_neither_checks_nor_copies_an_unchanged_file_again(event_store, tmp_path):
    path = event_store.path
    event_store.close()
    first, checks = _start_and_quit(path, tmp_path)
    assert len(first) == 1 and checks == 1  # the first start checks the file, its exit copies it
    assert _start_and_quit(path, tmp_path) == (first, 1)  # unchanged since: no check, no copy
    from checkin.store.db import Store

    with Store(path) as store:  # the command line writes while the app is closed
        decide(store, store.conn.execute("SELECT code FROM attendees LIMIT 1").fetchone()[0], station="CLI",
               method="scanner")
    third, checks = _start_and_quit(path, tmp_path)
    assert checks == 2  # a file written since is checked again at start
    assert len(third) == 2 and count(third[0]) == 1  # and that check-in is in the copy taken at exit


def test_a_start_after_an_unclean_stop_checks_the_file(event_store, tmp_path):
    path = event_store.path
    event_store.close()
    _start_and_quit(path, tmp_path)
    from checkin.store.backup import backup_folder

    marks = list(backup_folder(path).glob("*.clean"))
    assert len(marks) == 1
    marks[0].unlink()  # what a crash or a power cut leaves: no mark of a clean exit
    assert _start_and_quit(path, tmp_path)[1] == 2


# Runs the real app in its own process (app.main runs an event loop and sets app-wide state) with
# one change: the dialog is answered by clicking its default button, as a person would.
_CLICK_DEFAULT = """
import sys
from PySide6.QtWidgets import QMessageBox
def answer(box):
    print("TEXT", box.text().replace("\\n", " "))
    print("BUTTONS", [b.text() for b in box.buttons()])
    box.defaultButton().click()
    return 0
QMessageBox.exec = answer
from checkin.ui import app
sys.exit(app.main(sys.argv[1:]))
"""


def test_a_damaged_file_at_start_is_restored_in_one_click(event_store, tmp_path):
    decide(event_store, event_store.people["John"].code, station="Desk 1", method="scanner")
    backup_now(event_store)
    path = event_store.path
    event_store.close()
    with open(path, "r+b") as f:  # the page of the attendees table, overwritten
        f.seek(4096)
        f.write(random.Random(5).randbytes(4096))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_CONFIG_HOME=str(tmp_path / "config"))
    out = subprocess.run([sys.executable, "-c", _CLICK_DEFAULT, "--db", str(path), "--lang", "en", "--no-camera",
                          "--exit-when-ready"], capture_output=True, text=True, env=env, timeout=60)
    assert out.returncode == 0, out.stderr
    assert "the event file is damaged" in out.stdout and "Restore the latest backup" in out.stdout
    assert "ready" in out.stdout  # the window came up on the restored file
    assert count(path) == 1  # the check-in from before the damage is back
    assert list(path.parent.glob("event.db.replaced-*"))


def test_restore_from_the_menu_puts_the_newest_backup_back_and_starts_again(qtbot, ctx, event_store, monkeypatch):
    from checkin.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    decide(ctx.store, event_store.people["John"].code, station="Desk 1", method="scanner")
    backup_now(ctx.store)
    decide(ctx.store, event_store.people["Amina"].code, station="Desk 1", method="scanner")  # after the backup
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QApplication, "quit", lambda *a: asked.append("quit"))
    window.menus.actions["restore_backup"].trigger()
    assert "Check-ins recorded since that backup are not in it" in asked[0] and asked[-1] == "quit"
    assert window.relaunch == ctx.db_path and ctx.closed
    assert count(ctx.db_path) == 1
    replaced = [p for p in ctx.db_path.parent.glob("event.db.replaced-*") if not p.name.endswith(("-wal", "-shm"))]
    assert len(replaced) == 1 and count(replaced[0]) == 2  # nothing is thrown away


def test_erasing_personal_data_is_behind_the_organiser_pin(qtbot, ctx, event_store, monkeypatch):
    from checkin.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    decide(ctx.store, event_store.people["John"].code, station="Desk 1", method="scanner")
    told = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: told.append(a[2]))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    action = window.menus.actions["purge"]
    action.trigger()
    assert "Set an organiser PIN in Settings first" in told[-1]
    organiser_pin.set_pin(ctx.settings, "2468")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("1111", True))
    action.trigger()
    assert "Wrong PIN" in told[-1]
    assert count(ctx.db_path, "SELECT count(*) FROM attendees WHERE last_name = 'Lefèvre'") == 1
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("2468", True))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Yes)
    action.trigger()
    assert "The personal data of 5 attendees was erased." in told[-1]
    assert count(ctx.db_path, "SELECT count(*) FROM attendees WHERE full_name != '' OR email != ''") == 0
    assert count(ctx.db_path, "SELECT count(*) FROM attendees") == 5  # anonymous counts kept (default)
    assert count(ctx.db_path) == 1


def test_help_says_where_the_log_file_is(qtbot, ctx, monkeypatch):
    from checkin.logs import log_path
    from checkin.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    window.menus.actions["log_file"].trigger()
    assert str(log_path()) in told[0] and "no names" in told[0]


def test_a_second_backup_folder_set_in_the_settings_gets_a_copy(qtbot, ctx, tmp_path, monkeypatch):
    from checkin.ui.main_window import MainWindow
    from checkin.ui.settings_dialog import SettingsDialog

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    stick = tmp_path / "stick"
    dialog = SettingsDialog(ctx, window)
    qtbot.addWidget(dialog)
    assert dialog.backup_folder.text() == ""
    dialog.backup_folder.setText(str(stick))
    dialog.save()
    window.shutdown()  # the backup at exit
    assert [p.name for p in stick.glob("*.db")] == [list_backups(ctx.db_path)[0].name]


def test_a_deleted_wal_under_the_window_is_said_in_the_status_bar_and_nothing_is_lost(qtbot, ctx, desk,
                                                                                       event_store):
    from checkin.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.front_desk.handle_code(event_store.people["John"].code, "scanner")
    ctx.db_path.with_name(ctx.db_path.name + "-wal").unlink()  # "tidying up" the folder
    window.front_desk.handle_code(event_store.people["Amina"].code, "scanner")
    assert window.front_desk.card.status == "accepted"
    assert "event.db-wal was deleted while the app ran" in window.statusBar().currentMessage()
    assert count(ctx.db_path) == 2  # another connection sees both check-ins at once


def test_the_app_starts_again_as_itself_from_a_bundle(monkeypatch, tmp_path):
    from checkin.ui.relaunch import app_command

    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/opt/checkin/checkin-app")
    assert app_command(tmp_path / "e.db") == ("/opt/checkin/checkin-app", ["--db", str(tmp_path / "e.db")])
    monkeypatch.setattr(sys, "frozen", False)
    assert app_command(tmp_path / "e.db")[1][:2] == ["-m", "checkin.ui.app"]
