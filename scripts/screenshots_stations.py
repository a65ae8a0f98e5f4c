#!/usr/bin/env python3
"""Screenshots of the many-stations UI, taken offscreen from real windows syncing through a folder.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_stations.py [--out docs/screenshots]

Builds a small event, makes packages for "Desk 1" and "Desk 2", joins both, has both desks admit
the same person before their records meet, then points both windows at one folder. Saves, in
English, French and Arabic: ``join-<lang>.png`` (the start screen with "Join an event…"),
``sync-status-<lang>.png`` (Desk 2's dashboard with the sync state in the status bar, the figures'
freshness and the conflicts button), ``sync-folder-<lang>.png`` (the Sync folder dialog refusing
the event file's folder) and ``conflicts-<lang>.png`` (the conflicts dialog).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

LANGUAGES = ("en", "fr", "ar")
PEOPLE = ["Hélène Lefèvre", "محمد العلوي", "John Smith", "Amina Benali", "Zoë O'Connor", "Ahmed Ben Ali"]


def settle(ms: int) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def shoot(lang: str, out: Path, work: Path) -> list[Path]:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from checkin.store.attendees import add_attendee
    from checkin.store.db import Store
    from checkin.store.event import create_event, set_station_name
    from checkin.sync.package import join, make_package
    from checkin.ui.conflicts_dialog import ConflictsDialog
    from checkin.ui.context import AppContext
    from checkin.ui.i18n import install_translator
    from checkin.ui.main_window import MainWindow
    from checkin.ui.sounds import SoundPlayer
    from checkin.ui.start_dialog import StartDialog
    from checkin.ui.sync_dialog import SyncDialog

    install_translator(QApplication.instance(), lang)
    saved: list[Path] = []

    def save(widget, name: str) -> None:
        target = out / f"{name}-{lang}.png"
        widget.grab().save(str(target))
        saved.append(target)

    work = work / lang
    with Store(work / "organiser" / "master.db") as master:
        create_event(master, "Séminaire Migration et emploi", date="2027-03-17", timezone="Africa/Casablanca")
        set_station_name(master, "Organisers")
        for i, name in enumerate(PEOPLE):
            add_attendee(master, full_name=name, email=f"p{i}@example.org")
        codes = [r[0] for r in master.conn.execute("SELECT code FROM attendees ORDER BY id")]
        for desk in ("Desk 1", "Desk 2"):
            make_package(master, desk, work / f"{desk}.checkin-station")
    start = StartDialog(work / "laptop")
    start.show()
    settle(100)
    save(start, "join")
    start.close()
    windows = []
    for desk in ("Desk 1", "Desk 2"):
        join(work / f"{desk}.checkin-station", work / desk / "event.db")
        ctx = AppContext(work / desk / "event.db", QSettings(str(work / desk / "settings.ini"), QSettings.IniFormat))
        window = MainWindow(ctx, sounds=SoundPlayer(enabled=False))
        window.resize(1280, 800)
        window.show()
        windows.append((ctx, window))
    for i, (_ctx, window) in enumerate(windows):  # both desks admit محمد العلوي before their records meet
        window.front_desk.handle_code(codes[1], "scanner")
        window.front_desk.handle_code(codes[2 + 2 * i], "scanner")
        window.front_desk.handle_code(codes[3 + 2 * i], "scanner")
    shared = work / "shared"
    shared.mkdir()
    for _ctx, window in windows:
        window.sync.set_folder(shared)
    ctx, window = windows[1]
    window.show_mode(window.dashboard)
    for _ in range(100):
        settle(100)
        if window.conflicts_button.isVisible() and "Desk 1" in window.dashboard.freshness_label.text():
            break
    settle(1200)
    save(window, "sync-status")
    dialog = SyncDialog(ctx, window.sync, window)
    dialog.folder.setText(str(ctx.db_path.parent))
    dialog.save()  # refused: the event file is in that folder
    dialog.show()
    settle(100)
    save(dialog, "sync-folder")
    dialog.close()
    conflicts = ConflictsDialog(ctx, window)
    conflicts.show()
    for _ in range(50):
        settle(100)
        if conflicts.model.rowCount():
            break
    save(conflicts, "conflicts")
    conflicts.close()
    for ctx, window in windows:
        window.shutdown()
        window.close()
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone()
    for ctx, _window in windows:
        ctx.close()
    return saved


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--lang", choices=LANGUAGES, action="append", help="only this language (repeatable)")
    args = parser.parse_args(argv)

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="checkin-stations-shots-") as tmp:
        for lang in args.lang or LANGUAGES:
            for target in shoot(lang, args.out, Path(tmp)):
                print(target.relative_to(ROOT) if target.is_relative_to(ROOT) else target)
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
