"""Live sync in the window: the GUI thread stays responsive while journals are merged, and how soon a
check-in at one desk reaches another.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/sync_ui_bench.py [--journals 5] [--rows 10000]

1. Merge under the window: Desk B's window is pointed at a folder holding ``--journals`` journals of
   ``--rows`` rows (benchmarks/merge_bench.py writes them) and its first sync pass merges them on the
   sync thread. A 5 ms timer on the GUI thread records the longest gap between its ticks (the longest
   time the window could not repaint or take a scan). Baseline, same run, same journals: the same
   pass (``FolderSync.run_once``) run inline, i.e. how long the window would freeze if it merged on
   the GUI thread.
2. Latency: Desk A's window records a check-in; seconds until Desk B's window has merged it (both
   windows syncing through one folder, the app's 3-second pass). Baseline: the pass interval.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtCore import QElapsedTimer, QEventLoop, QSettings, QThreadPool, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from merge_bench import make_event, write_journals  # noqa: E402

from checkin.store.badges import ensure_code  # noqa: E402
from checkin.store.db import Store  # noqa: E402
from checkin.sync.folder import FolderSync  # noqa: E402
from checkin.sync.package import join, make_package  # noqa: E402
from checkin.ui.sync_runner import INTERVAL_MS  # noqa: E402


def spin(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


class StallMeter:
    """Ticks every 5 ms on the GUI thread; ``longest`` is the longest gap between two ticks (ms)."""

    def __init__(self):
        self.clock = QElapsedTimer()
        self.clock.start()
        self.last, self.longest = 0, 0
        self.timer = QTimer(interval=5)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def tick(self) -> None:
        now = self.clock.elapsed()
        self.longest = max(self.longest, now - self.last)
        self.last = now


def window(tmp: Path, master: Store, name: str):
    from checkin.ui.context import AppContext
    from checkin.ui.main_window import MainWindow
    from checkin.ui.sounds import SoundPlayer

    make_package(master, name, tmp / f"{name}.pkg")
    join(tmp / f"{name}.pkg", tmp / name / "event.db")
    ctx = AppContext(tmp / name / "event.db", QSettings(str(tmp / name / "settings.ini"), QSettings.IniFormat))
    win = MainWindow(ctx, sounds=SoundPlayer(enabled=False))
    win.resize(1280, 800)
    win.show()
    return ctx, win


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--journals", type=int, default=5)
    parser.add_argument("--rows", type=int, default=10000)
    parser.add_argument("--people", type=int, default=10000)
    parser.add_argument("--checkins", type=int, default=8, help="check-ins timed for the latency")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    from checkin.ui.i18n import install_translator

    install_translator(app, "en")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        master = make_event(tmp / "organiser" / "master.db", args.people)
        ids = [r[0] for r in master.conn.execute("SELECT id FROM attendees ORDER BY id LIMIT ?", (args.checkins,))]
        codes = [ensure_code(master, i).code for i in ids]  # badges printed before the packages are made
        big = tmp / "big"
        big.mkdir()
        write_journals(master, big, args.journals, args.rows)
        ctx_a, win_a = window(tmp, master, "Desk A")
        ctx_b, win_b = window(tmp, master, "Desk B")
        master.close()

        # baseline: the same first pass, inline, on a copy of Desk B's file
        shutil.copy(ctx_b.db_path, tmp / "inline.db")
        with Store(tmp / "inline.db") as inline:
            start = time.perf_counter()
            FolderSync(inline, big).run_once()
            inline_s = time.perf_counter() - start

        meter = StallMeter()
        spin(200)
        meter.longest = 0
        reports = []
        win_b.sync.synced.connect(reports.append)
        win_b.sync.failed.connect(lambda message: sys.exit(f"sync pass failed: {message}"))
        start = time.perf_counter()
        win_b.sync.set_folder(big)
        while not reports:
            spin(10)
        pass_s = time.perf_counter() - start
        stall_ms = meter.longest
        merged = reports[0].merged

        # latency: both windows on one fresh shared folder
        shared = tmp / "shared"
        shared.mkdir()
        for win in (win_a, win_b):
            win.sync.set_folder(shared)
        spin(INTERVAL_MS + 1000)
        arrived: list[float] = []
        win_b.sync.synced.connect(lambda r: r.merged and arrived.append(time.perf_counter()))
        latencies = []
        for i in range(args.checkins):
            arrived.clear()
            start = time.perf_counter()
            win_a.front_desk.handle_code(codes[i], "scanner")
            while not arrived:
                spin(10)
            latencies.append(arrived[0] - start)
            spin(700 * (i % 4) + 300)  # check-ins land at different moments of B's pass cycle
        for win, ctx in ((win_a, ctx_a), (win_b, ctx_b)):
            win.shutdown()
        QThreadPool.globalInstance().waitForDone()  # a conflict count or dashboard task may still run
        for ctx in (ctx_a, ctx_b):
            ctx.close()

    rows = args.journals * args.rows
    print(f"{args.journals} journals x {args.rows} rows = {rows} rows merged by Desk B's first pass"
          f" ({merged} records new)")
    print(f"{'figure':<52}{'value':>10}{'ratio':>8}")
    print(f"{'baseline: the pass inline (GUI frozen this long)':<52}{inline_s * 1000:>8.0f}ms{1:>8.2f}")
    print(f"{'pass on the sync thread, start to report':<52}{pass_s * 1000:>8.0f}ms{pass_s / inline_s:>8.2f}")
    print(f"{'longest GUI-thread stall during that pass':<52}{stall_ms:>8.0f}ms{stall_ms / 1000 / inline_s:>8.2f}")
    interval = INTERVAL_MS / 1000
    print(f"{'baseline: the sync pass interval':<52}{interval:>9.2f}s{1:>8.2f}")
    print(f"{'check-in at A merged at B, median':<52}{statistics.median(latencies):>9.2f}s"
          f"{statistics.median(latencies) / interval:>8.2f}")
    print(f"{'check-in at A merged at B, max':<52}{max(latencies):>9.2f}s{max(latencies) / interval:>8.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
