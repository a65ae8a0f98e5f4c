#!/usr/bin/env python3
"""Screenshots of every mode in English, French and Arabic, taken offscreen from the real window.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [--out docs/screenshots] [--lang fr]

Builds the demo event in a temporary folder (a fresh copy per language, so every
language shows the same moment), opens the main window at 1280 × 800 and saves
``<mode>-<lang>.png`` for: the front desk showing an accepted, a duplicate and a
refused badge (the camera preview shows the badge being held up, decoded by the
real reader), the session room, the attendee list and the dashboard.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

LANGUAGES = ("en", "fr", "ar")
MODES = ("front-desk-accepted", "front-desk-duplicate", "front-desk-refused", "session-room", "attendees",
         "dashboard")


def wait_for(app, condition, timeout_ms: int = 10_000) -> None:
    """Run the event loop until ``condition()`` holds (a QEventLoop, not a processEvents spin)."""
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer

    clock = QElapsedTimer()
    clock.start()
    loop = QEventLoop()
    while not condition():
        if clock.elapsed() > timeout_ms:
            raise TimeoutError("the window did not get ready in time")
        QTimer.singleShot(20, loop.quit)
        loop.exec()


def settle(ms: int) -> None:
    """Let the event loop run for ``ms`` milliseconds (layouts, repaints, queued signals)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def camera_frame(store, person, forged: bool = False):
    """A preview frame of ``person``'s badge held up, with the outline the real decoder finds."""
    from PySide6.QtCore import QPointF

    from checkin.badges import badge_content
    from checkin.scan.decoder import decode_frame_detailed
    from checkin.store.badges import ensure_code
    from checkin.store.event import get_event
    from checkin.ui.render.badge_render import render_badge_image
    from checkin.ui.camera_worker import _preview
    from checkin.ui.demo_camera import SIZE, _room, _to_bgr, _with_code, held_badge_frame

    content = badge_content(ensure_code(store, person.id), get_event(store))
    if forged:
        content = _with_code(content, content.code[:-1] + ("X" if content.code[-1] != "X" else "Y"))
    badge = _to_bgr(render_badge_image(content, layout="a6", dpi=90))
    frame = held_badge_frame(_room(SIZE), badge, 0.6, seed=3)
    image, scale = _preview(frame)
    outlines = [[QPointF(x * scale, y * scale) for x, y in d.corners] for d in decode_frame_detailed(frame)]
    return image, outlines, content.code


def name_station(ctx, name: str) -> None:
    """This laptop's station name in the pictures; the demo's own name when another demo station has it."""
    from checkin.store.db import StoreError

    try:
        ctx.set_station(name)
    except StoreError:  # the demo event's journals already hold a station of that name
        pass


def shoot_language(lang: str, demo: Path, out: Path, work: Path) -> list[Path]:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from checkin.store.attendees import list_attendees
    from checkin.store.checkins import checked_in_ids
    from checkin.ui.context import AppContext
    from checkin.ui.i18n import install_translator
    from checkin.ui.main_window import MainWindow
    from checkin.ui.sounds import SoundPlayer

    app = QApplication.instance()
    install_translator(app, lang)
    path = work / f"event-{lang}.db"
    shutil.copy(demo, path)
    settings = QSettings(str(work / f"settings-{lang}.ini"), QSettings.Format.IniFormat)
    ctx = AppContext(path, settings=settings)
    name_station(ctx, "Desk 1" if lang == "en" else ("Accueil 1" if lang == "fr" else "مكتب 1"))
    window = MainWindow(ctx, sounds=SoundPlayer(enabled=False))
    window.resize(1280, 800)
    window.show()
    saved: list[Path] = []

    def save(mode: str) -> None:
        settle(150)  # pending layout and paint events first
        target = out / f"{mode}-{lang}.png"
        window.grab().save(str(target))
        saved.append(target)

    people = [p for p in list_attendees(ctx.store) if p.status == "registered"]
    present = checked_in_ids(ctx.store)
    # A French name with accents for the accepted card, an Arabic one already in for the duplicate.
    newcomer = next(p for p in people if p.id not in present and any(c in p.full_name for c in "éèëï"))
    arrived = next((p for p in people if p.id in present and any("\u0600" <= c <= "\u06ff" for c in p.full_name)),
                   next(p for p in people if p.id in present))
    desk = window.front_desk
    window.show_mode(desk)
    for mode, person, forged in (("front-desk-accepted", newcomer, False),
                                 ("front-desk-duplicate", arrived, False),
                                 ("front-desk-refused", people[len(people) // 2], True)):
        image, outlines, code = camera_frame(ctx.store, person, forged)
        desk.camera.show_frame(image, outlines)
        desk.handle_code(code, "camera")
        save(mode)

    room = window.session_room
    window.show_mode(room)
    if room.session_id is not None:
        inside = checked_in_ids(ctx.store, room.session_id)
        guest = next(p for p in people[7:] if p.id not in inside)  # someone coming in: the count goes up
        image, outlines, code = camera_frame(ctx.store, guest)
        room.camera.show_frame(image, outlines)
        room.handle_code(code, "camera")
    save("session-room")

    window.show_mode(window.attendees)
    attendees = window.attendees
    wait_for(app, lambda: attendees.model.rowCount() > 0)
    attendees.select_attendee(newcomer.id)
    save("attendees")

    window.show_mode(window.dashboard)
    ctx.data_changed.emit()
    dashboard = window.dashboard
    seen = []
    dashboard.updated.connect(seen.append)
    wait_for(app, lambda: bool(seen), timeout_ms=20_000)
    save("dashboard")

    window.shutdown()
    window.close()
    window.deleteLater()
    ctx.close()
    return saved


SMALL_SCREENS = ((1024, 768), (1366, 768))


def shoot_sizes(demo: Path, out: Path, work: Path, lang: str = "en") -> list[Path]:
    """The front desk (a scan, then a name search showing who is in) and the session room on small screens."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from checkin.store.attendees import list_attendees
    from checkin.store.checkins import checked_in_ids
    from checkin.ui.context import AppContext
    from checkin.ui.i18n import install_translator
    from checkin.ui.main_window import MainWindow
    from checkin.ui.sounds import SoundPlayer

    app = QApplication.instance()
    install_translator(app, lang)
    saved: list[Path] = []
    for width, height in SMALL_SCREENS:
        path = work / f"event-{width}x{height}.db"
        shutil.copy(demo, path)
        ctx = AppContext(path, settings=QSettings(str(work / f"settings-{width}.ini"), QSettings.Format.IniFormat))
        name_station(ctx, "Desk 1")
        window = MainWindow(ctx, sounds=SoundPlayer(enabled=False))
        window.resize(width, height)
        window.show()
        people = [p for p in list_attendees(ctx.store) if p.status == "registered"]
        present = checked_in_ids(ctx.store)
        newcomer = next(p for p in people if p.id not in present and any(c in p.full_name for c in "éèëï"))
        desk = window.front_desk
        image, outlines, code = camera_frame(ctx.store, newcomer)
        desk.camera.show_frame(image, outlines)
        desk.handle_code(code, "camera")
        desk.search.field.setText(newcomer.last_name[:4] or newcomer.full_name[:4])
        desk.search.refresh()  # the rows say who is already in, and since when
        for mode, panel in (("front-desk", desk), ("session-room", window.session_room)):
            window.show_mode(panel)
            settle(150)
            target = out / f"{mode}-{width}x{height}-{lang}.png"
            window.grab().save(str(target))
            saved.append(target)
        window.shutdown()
        window.close()
        window.deleteLater()
        ctx.close()
    return saved


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--lang", choices=LANGUAGES, action="append", help="only this language (repeatable)")
    args = parser.parse_args(argv)

    from PySide6.QtWidgets import QApplication

    from checkin.demo import create_demo_event
    from checkin.ui.render.pyside_guard import keep_none_alive

    app = QApplication.instance() or QApplication(sys.argv[:1])
    keep_none_alive()  # a whole window per language: thousands of Qt calls (see pyside_guard)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="checkin-shots-") as tmp:
        work = Path(tmp)
        demo = create_demo_event(work / "demo.db")
        shots = [t for lang in args.lang or LANGUAGES for t in shoot_language(lang, demo, args.out, work)]
        shots += shoot_sizes(demo, args.out, work)
        for target in shots:
            print(target.relative_to(ROOT) if target.is_relative_to(ROOT) else target)
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
