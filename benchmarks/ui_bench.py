"""Search and the attendee list with 100,000 attendees: per-keystroke search time, list scrolling.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/ui_bench.py [--people 100000] [--db PATH]

Prints, for each realistic prefix typed at the front desk, the time of the
store search the desk runs on every keystroke (``search_attendees``, 9 results),
of the same search through the trigram index (``listing.search_attendees_fast``)
and of the attendee-list filter (``listing.ordered_ids``, every match, run off
the GUI thread); then scrolls the attendee view from top to bottom a page at a
time and reports the time per page fetch and the longest single event-loop
call. Figures go in docs/BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checkin.store import listing  # noqa: E402
from checkin.store.attendees import search_attendees  # noqa: E402
from checkin.store.db import Store  # noqa: E402
from checkin.store.event import create_event  # noqa: E402

FIRST = ["Hélène", "Helena", "Henri", "Hervé", "Ahmed", "Aïcha", "Benoît", "Bernard", "Fatima", "Youssef",
         "Karim", "Nadia", "John", "Mary", "Omar", "Salma", "Khadija", "Mohamed", "Léa", "Chloé", "Amina",
         "أحمد", "محمد", "فاطمة", "خديجة", "يوسف", "سلمى", "إبراهيم", "عائشة", "حسن", "ليلى"]
LAST = ["Lefèvre", "Benali", "Bennani", "El Fassi", "Martin", "Dubois", "Smith", "Alaoui", "Tazi", "Haddad",
        "Benjelloun", "Chraibi", "Moreau", "Hélou", "Lambert", "Kettani", "Garcia", "Nguyen", "Idrissi",
        "العلوي", "بنعلي", "التازي", "الإدريسي", "بناني", "الفاسي", "حداد", "الشرايبي"]
ORGS = ["Ministère de l'Emploi", "ILO", "UMT", "CNDH", "OIM", "Le Matin", "وزارة الشغل", "Université Mohammed V",
        "Banque mondiale", "CGEM", "Fondation Orient-Occident", "Ambassade de France"]
CATEGORIES = ["Participant", "Government", "Expert", "Press", "Trade union", "Civil society", "Speaker"]
PREFIXES = ["he", "hel", "hél", "hele", "ben", "benj", "أح", "أحم", "lefèvre", "zzz"]


def build(path: Path, people: int) -> None:
    rng = random.Random(17)
    with Store(path) as store:
        create_event(store, "Benchmark congress", date="2027-03-17", timezone="Africa/Casablanca")
        listing.bulk_add_attendees(store, (
            {"full_name": f"{rng.choice(FIRST)} {rng.choice(LAST)}", "organisation": rng.choice(ORGS),
             "category": rng.choice(CATEGORIES), "email": f"person{i}@example.org"}
            for i in range(people)))


def timed(fn, repeat: int = 7) -> tuple[float, float, int]:
    """(median ms, max ms, result size) over ``repeat`` runs after one warm-up."""
    result = fn()
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), max(times), len(result)


def bench_search(path: Path) -> None:
    print("\nper keystroke, median / max of 7 runs, ms")
    print(f"{'typed':6} {'desk: search_attendees':>24} {'desk: trigram index':>22} {'list filter (all)':>20}"
          f" {'matches':>8}")
    with Store(path) as store:
        for prefix in PREFIXES:
            p_med, p_max, _ = timed(lambda: search_attendees(store, prefix, 9))
            t_med, t_max, _ = timed(lambda: listing.search_attendees_fast(store, prefix, 9))
            f_med, f_max, n = timed(lambda: listing.ordered_ids(store, prefix))
            print(f"{prefix:6} {p_med:14.1f} / {p_max:6.1f} {t_med:12.1f} / {t_max:6.1f}"
                  f" {f_med:10.1f} / {f_max:6.1f} {n:>8}")


def bench_list(path: Path) -> None:
    from PySide6.QtCore import QElapsedTimer, QSettings
    from PySide6.QtWidgets import QApplication

    from checkin.ui.attendees_panel import AttendeesPanel
    from checkin.ui.context import AppContext
    from checkin.ui.render.pyside_guard import keep_none_alive

    app = QApplication.instance() or QApplication([])
    keep_none_alive()  # thousands of scroll steps: see checkin/ui/render/pyside_guard.py
    settings = QSettings(str(path.with_suffix(".ini")), QSettings.Format.IniFormat)
    ctx = AppContext(path, settings=settings)
    t0 = time.perf_counter()
    panel = AttendeesPanel(ctx)
    panel.resize(1280, 800)
    panel.show()
    while panel.model.rowCount() == 0:
        app.processEvents()
    ready = (time.perf_counter() - t0) * 1000
    rows = panel.model.rowCount()
    for sort, column in (("organisation", 1), ("checked in", 4), ("name", 0)):
        t1 = time.perf_counter()
        panel.table.sortByColumn(column, panel.table.horizontalHeader().sortIndicatorOrder())
        before = panel.model.rowCount()
        done = []
        panel.model.loaded.connect(lambda n: done.append(n))
        while not done:
            app.processEvents()
        print(f"sort by {sort:13}: {(time.perf_counter() - t1) * 1000:7.1f} ms off the GUI thread ({before} rows)")

    view = panel.table
    visible = max(1, view.viewport().height() // view.verticalHeader().defaultSectionSize())
    timer = QElapsedTimer()
    steps, worst, total, fetched0 = 0, 0.0, 0.0, panel.model.pages_fetched
    t_fetch = []
    row = 0
    while row < rows:
        row = min(rows - 1, row + visible)
        timer.start()
        pages = panel.model.pages_fetched
        view.scrollTo(panel.model.index(row, 0))
        app.processEvents()
        elapsed = timer.nsecsElapsed() / 1e6
        if panel.model.pages_fetched > pages:
            t_fetch.append(elapsed)
        worst = max(worst, elapsed)
        total += elapsed
        steps += 1
        if row == rows - 1:
            break
    print(f"attendee view ready: {ready:.0f} ms for {rows} rows (ids loaded off the GUI thread)")
    print(f"scrolled {rows} rows one screen ({visible} rows) at a time: {steps} steps, "
          f"{total / steps:.2f} ms per step on average, longest event-loop call {worst:.1f} ms")
    if t_fetch:
        print(f"steps that fetched a page of rows: {len(t_fetch)} ({panel.model.pages_fetched - fetched0} pages),"
              f" median {statistics.median(t_fetch):.1f} ms, max {max(t_fetch):.1f} ms")
    ctx.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--db", type=Path, help="reuse (or create) this event file")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or Path(tmp) / "bench.db"
        if not path.exists():
            t0 = time.perf_counter()
            build(path, args.people)
            print(f"built {args.people} attendees in {time.perf_counter() - t0:.1f} s")
        bench_search(path)
        bench_list(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
