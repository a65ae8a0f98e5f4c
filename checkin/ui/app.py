"""``checkin-app``: the desktop application entry point.

``checkin-app [--demo] [--db PATH] [--kiosk] [--lang fr|en|ar]``. Opens the
current event (remembered in QSettings), or offers to open the demo, create an
event or open a file. OpenCV and zxing-cpp are only imported by the camera
worker's thread, so the window is usable well within two seconds.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

_T0 = time.perf_counter()
EVENT_KEY = "event/path"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="checkin-app", description="Offline participant check-in")
    parser.add_argument("--demo", action="store_true",
                        help="open the built-in demo event with a simulated camera")
    parser.add_argument("--db", help="event file to open")
    parser.add_argument("--kiosk", action="store_true", help="start in kiosk mode (organiser PIN to leave)")
    parser.add_argument("--lang", choices=("fr", "en", "ar"), help="interface language (default: saved, else the system's)")
    parser.add_argument("--camera", help="camera index or video file (default: the saved camera, else 0)")
    parser.add_argument("--no-camera", action="store_true", help="do not start the camera")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation on a temporary event, print one line and exit")
    parser.add_argument("--exit-when-ready", action="store_true", help=argparse.SUPPRESS)  # start-up benchmark
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.self_test:  # no window: it must run on a build machine without a display too
        from checkin.logs import setup_logging
        from checkin.ui.self_test import main as self_test

        setup_logging()
        return self_test()
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from checkin import __version__
    from checkin.logs import log, setup_logging

    log.info("checkin-app %s started; log file %s", __version__, setup_logging())
    from checkin.ui.render.pyside_guard import keep_none_alive

    keep_none_alive()  # no-op on the pinned PySide6; guards a 6.12 installed by hand
    app.setOrganizationName("checkin")
    app.setApplicationName("checkin")
    from PySide6.QtGui import QIcon

    from checkin.paths import resource_path

    app.setWindowIcon(QIcon(str(resource_path("icons", "checkin.png"))))  # the bundle's icon, drawn once
    settings = QSettings()

    from checkin.ui.appearance import apply_saved_appearance
    from checkin.ui.i18n import LANGUAGE_KEY, install_translator

    install_translator(app, args.lang or settings.value(LANGUAGE_KEY, "", type=str) or None)
    apply_saved_appearance(app, settings)

    from checkin.store.db import StoreError

    try:
        path, demo = choose_event(args, settings)
    except StoreError as exc:
        QMessageBox.critical(None, "checkin", str(exc))
        return 2
    if path is None:
        return 0

    from checkin.ui import event_lock

    lock, why = event_lock.acquire(path)
    if lock is None:
        QMessageBox.critical(None, app.translate("app", "Event already open"), why)
        return 1
    from checkin.store.backup import change_stamp, take_clean_mark, write_clean_mark
    from checkin.ui.context import AppContext
    from checkin.ui.main_window import MainWindow

    unchanged, backed_up = take_clean_mark(path)  # as a clean exit left it; its backup the newest
    if unchanged:
        from checkin.store import guard

        guard.trust_clean_close(path)  # no integrity check before the window: no unclean stop since
    try:
        ctx = AppContext(path, settings)
    except StoreError as exc:
        # a damaged file: say why, and offer the newest backup in one click
        from checkin.ui.file_care import offer_restore

        log.warning("cannot open the event file: %s", exc)
        ctx = None
        backed_up = False
        from checkin.store.db import StoreReadOnly

        if isinstance(exc, StoreReadOnly):  # a backup cannot be put on a write-protected stick either
            QMessageBox.critical(None, "checkin", str(exc))
        elif offer_restore(None, path, str(exc), settings):
            try:
                ctx = AppContext(path, settings)
            except StoreError as again:
                QMessageBox.critical(None, "checkin", str(again))
        if ctx is None:
            lock.unlock()
            return 2
    opened = change_stamp(ctx.store)  # anything the window writes from here on is copied at exit
    settings.setValue(EVENT_KEY, str(path))
    window = MainWindow(ctx, camera_off=args.no_camera)
    if backed_up:
        window.backups.mark_backed_up(opened)
    if not window.kiosk.start(args.kiosk):  # locked before it is shown, or not at all
        window.shutdown()
        ctx.close()
        lock.unlock()
        return 2
    if not ctx.kiosk:
        window.show()
    if args.exit_when_ready:
        QTimer.singleShot(0, lambda: _ready(app))
    elif demo:
        start_demo_camera(window, ctx)
    elif not args.no_camera:
        QTimer.singleShot(0, lambda: window.start_camera(args.camera))
    try:
        return app.exec()
    finally:
        window.shutdown()
        ctx.close()
        if window.backups.all_backed_up and window.relaunch is None:
            write_clean_mark(path)  # the next start needs no backup at exit unless it writes
        lock.unlock()
        if window.relaunch is not None:  # a restored backup: start again on it, now that the lock is free
            from PySide6.QtCore import QProcess

            from checkin.ui.relaunch import app_command

            QProcess.startDetached(*app_command(window.relaunch))


def choose_event(args, settings) -> tuple[Path | None, bool]:
    """The event file to open and whether it is the demo: --demo, --db, the last one, or ask."""
    from checkin.paths import default_db_path

    if args.demo:
        from checkin.demo import ensure_demo_event

        return ensure_demo_event(), True
    if args.db:
        path = Path(args.db).expanduser().resolve()
        if not path.exists():  # never leave an empty file behind for a typo
            from checkin.store.db import StoreError

            raise StoreError(f"{path}: no such event file; create one with 'checkin init --name NAME'"
                             " or start checkin-app without --db")
        return path, False
    last = settings.value(EVENT_KEY, "", type=str)
    if last and Path(last).exists():
        return Path(last), _is_demo(Path(last))
    if default_db_path().exists():
        return default_db_path(), False
    from checkin.ui.start_dialog import StartDialog

    dialog = StartDialog(default_db_path().parent)
    if dialog.exec() != StartDialog.DialogCode.Accepted:
        return None, False
    if dialog.demo:
        from checkin.demo import ensure_demo_event

        return ensure_demo_event(), True
    return dialog.chosen, False


def _is_demo(path: Path) -> bool:
    from checkin.demo import default_demo_path

    return path.resolve() == default_demo_path().resolve()


def start_demo_camera(window, ctx) -> None:
    """Generate the demo badge video once (off the GUI thread), then play it as the camera, looping."""
    from checkin.ui.demo_camera import ensure_demo_video
    from checkin.ui.tasks import run_task

    for panel in (window.front_desk, window.session_room):
        panel.camera.show_message(window.tr("Preparing the simulated camera…"))
    run_task(lambda: ensure_demo_video(ctx.db_path),
             on_done=lambda video: window.start_camera(str(video), loop=True),
             on_error=window.on_camera_error)


def _ready(app) -> None:
    """For benchmarks/startup.py: the window has been shown and the event loop runs."""
    print(f"ready {1000 * (time.perf_counter() - _T0):.0f} ms", flush=True)
    app.quit()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
