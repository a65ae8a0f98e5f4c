"""What printing a badge at the desk costs: render + hand to CUPS, against rendering the PDF alone.

Starts a private CUPS scheduler with a cups-pdf queue (as the tests do, ``tests/cupsd.py``;
needs root for its /etc/cups/cups-pdf-NAME.conf), then for N attendees measures, one badge at a
time as the desk does: (a) the baseline, ``render_badges_pdf`` of one A6 badge to a file; (b)
``checkin.ui.render.printing.print_badges``: the same render, the queue-state check (``lpstat``)
and the submission (``lp``) until the spooler answered with a job id. The desk waits for (b)
before it says "printed"; the paper itself comes later and is not waited for.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/print_bench.py [--badges 20]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import cupsd  # noqa: E402

from checkin.ui.render.badge_render import ensure_gui_app, render_badges_pdf  # noqa: E402
from checkin.ui.render.printing import print_badges  # noqa: E402
from checkin.store.attendees import add_attendee  # noqa: E402
from checkin.store.db import Store  # noqa: E402
from checkin.store.event import create_event  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--badges", type=int, default=20)
    args = parser.parse_args()
    ensure_gui_app()
    queue, stop = cupsd.start()
    os.environ["CUPS_SERVER"] = queue.server
    try:
        with tempfile.TemporaryDirectory(prefix="checkin-print-bench-") as tmp:
            store = Store(Path(tmp) / "event.db")
            create_event(store, "Séminaire", date="2027-03-17", timezone="Africa/Casablanca")
            people = [add_attendee(store, first_name="Hélène", last_name=f"Lefèvre {i}",
                                   organisation="Ministère de l'Emploi") for i in range(args.badges)]
            render_badges_pdf(store, Path(tmp) / "warm.pdf", layout="a6", attendee_ids=[people[0].id],
                              station="Desk 1", record=False)  # fonts loaded once, as in a running app
            base, printed = [], []
            for person in people:
                t0 = time.perf_counter()
                render_badges_pdf(store, Path(tmp) / "one.pdf", layout="a6", attendee_ids=[person.id],
                                  station="Desk 1", record=False)
                base.append(time.perf_counter() - t0)
                t0 = time.perf_counter()
                print_badges(store, queue.name, attendee_ids=[person.id], layout="a6", station="Desk 1")
                printed.append(time.perf_counter() - t0)
            store.close()
            end = time.monotonic() + 120
            while len(queue.printed(timeout=1)) < args.badges and time.monotonic() < end:
                time.sleep(0.5)  # every job through CUPS's filters and cups-pdf, onto "paper"
            done = queue.printed(timeout=1)
    finally:
        stop()
    b, p = statistics.median(base) * 1000, statistics.median(printed) * 1000
    print(f"badges: {args.badges}, pages written by cups-pdf: {len(done)}")
    print(f"render one A6 badge to PDF (baseline): median {b:.1f} ms, max {max(base) * 1000:.1f} ms")
    print(f"render + lpstat + lp, job accepted:    median {p:.1f} ms, max {max(printed) * 1000:.1f} ms")
    print(f"ratio print/render: {p / b:.1f}x (spooler adds {p - b:.1f} ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
