"""``checkin-app --self-test``: does this installation (a PyInstaller bundle above all) work?

It runs the whole chain once on a temporary event, with every part a bundle can miss: the
migrations in ``db/``, the demo data and translations in ``resources/``, Qt (a badge rendered
offscreen), OpenCV and zxing-cpp (the badge read back), SQLite (a check-in recorded) and the
exporters; then prints one line and exits 0, or names the step that failed and exits 1.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path


def run_self_test() -> tuple[bool, str]:
    """``(ok, one line)``; never raises."""
    t0 = time.perf_counter()
    step = "start"
    folder = Path(tempfile.mkdtemp(prefix="checkin-self-test-"))
    try:
        from checkin.demo import load_demo
        from checkin.paths import resource_path
        from checkin.store.db import Store, available_migrations

        step = "load the window's Qt modules (Widgets, Charts, Multimedia)"
        import importlib

        importlib.import_module("checkin.ui.main_window")
        step = "open a temporary event"
        with Store(folder / "event.db") as store:
            if len(store.applied_migrations()) != len(available_migrations()) or not available_migrations():
                raise RuntimeError("migrations missing")
            step = "import the demo"
            summary = load_demo(store)
            step = "translations"
            missing = [lang for lang in ("fr", "ar")
                       if not resource_path("translations", f"checkin_{lang}.qm").exists()]
            if missing:
                raise RuntimeError(f"no compiled translation for {', '.join(missing)}")
            step = "render a badge (Qt)"
            from checkin.ui.render.badge_render import render_badge_pngs

            person = store.conn.execute("SELECT id, code FROM attendees WHERE status = 'registered'"
                                        " ORDER BY id LIMIT 1").fetchone()
            png = render_badge_pngs(store, folder / "badges", attendee_ids=[person["id"]], station="self-test")[0]
            step = "decode the badge (OpenCV, zxing-cpp)"
            from checkin.scan.decoder import decode_frame, read_image

            codes = decode_frame(read_image(png))
            if codes != [person["code"]]:
                raise RuntimeError(f"read {codes!r} from the badge, expected its code")
            step = "record a check-in"
            from checkin.decision import decide

            decision = decide(store, codes[0], station="self-test", method="camera")
            if decision.status != "accepted":
                raise RuntimeError(f"the badge was {decision.status}: {decision.message}")
            step = "export"
            from checkin.exporters import export_all

            files = export_all(store, folder / "export")
            rows = files[0].read_text(encoding="utf-8-sig").count("\n") - 1
            if rows != 1:
                raise RuntimeError(f"{files[0].name} has {rows} rows, expected 1")
        ms = (time.perf_counter() - t0) * 1000
        return True, (f"checkin self-test ok: {summary.attendees} attendees imported, badge rendered and decoded,"
                      f" check-in recorded, {len(files)} files exported ({ms:.0f} ms)")
    except Exception as exc:  # the point is to say what is broken, whatever it is
        return False, f"checkin self-test FAILED at '{step}': {type(exc).__name__}: {exc}"
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main() -> int:
    ok, line = run_self_test()
    from checkin.logs import log

    (log.info if ok else log.error)(line)
    if sys.stdout is not None:  # a windowed executable on Windows has no console: the log has the line
        print(line, flush=True)
    return 0 if ok else 1
