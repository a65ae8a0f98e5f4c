#!/usr/bin/env python3
"""The attendance report and certificates at congress size, against 'checkin stats' in the same run.

Builds an event of N people (default 10,000) in 600 organisations, 30 sessions,
arrivals of 70 % of them over two hours at 20 desks, and about three session
entries (with exits) per arrival; then times, on one core:

* baseline: ``event_stats`` (what ``checkin stats --json`` computes);
* report figures: ``report_figures`` (stats plus stays, organisations, station
  throughput, conflicts);
* report PDF: ``write_report_pdf`` (figures, layout, painting, writing);
* certificates: ``write_certificates_pdf`` for ``--certificates`` people (pages per second).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/report_bench.py \
        [--people 10000] [--certificates 1000]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from checkin.exporters import event_stats  # noqa: E402
from checkin.report.certificates import certificates  # noqa: E402
from checkin.report.figures import report_figures  # noqa: E402
from checkin.store.attendees import list_attendees  # noqa: E402
from checkin.store.checkins import record_checkin  # noqa: E402
from checkin.store.db import Store, to_stored_time  # noqa: E402
from checkin.store.event import create_event  # noqa: E402
from checkin.store.listing import bulk_add_attendees  # noqa: E402
from checkin.store.sessions import add_session  # noqa: E402
from checkin.sync.conflicts import find_conflicts  # noqa: E402


def build(path: Path, people: int) -> None:
    rng = random.Random(13)
    zone = ZoneInfo("Africa/Casablanca")
    day = datetime(2027, 3, 17, 8, 0, tzinfo=zone)
    with Store(path) as store:
        create_event(store, "Congrès 2027", date="2027-03-17", timezone="Africa/Casablanca")
        bulk_add_attendees(store, ({"full_name": f"Personne {i}",
                                    "organisation": f"Organisation {rng.randrange(600)}",
                                    "category": rng.choice(["Participant", "Expert", "Presse", "Officiel"])}
                                   for i in range(people)))
        sessions = [add_session(store, title=f"Session {i}", room=f"Salle {i % 8}",
                                capacity=rng.choice([80, 200, 500]),
                                starts_at=to_stored_time(day + timedelta(hours=1 + i // 8,
                                                                         minutes=15 * (i % 4))))
                    for i in range(30)]
        desks = [f"Accueil {i}" for i in range(1, 21)]
        with store.transaction():
            for person in list_attendees(store):
                if rng.random() > 0.7:
                    continue
                at = day + timedelta(seconds=rng.triangular(0, 7200, 2400))
                record_checkin(store, attendee_id=person.id, attendee_uid=person.uid, code=None,
                               session_id=None,
                               station=rng.choice(desks), method="manual", at=to_stored_time(at))
                for s in rng.sample(sessions, 3):
                    room = s.room
                    inside = at + timedelta(minutes=rng.randint(60, 400))
                    record_checkin(store, attendee_id=person.id, attendee_uid=person.uid, code=None,
                                   session_id=s.id, station=room, method="manual", at=to_stored_time(inside))
                    record_checkin(store, attendee_id=person.id, attendee_uid=person.uid, code=None,
                                   session_id=s.id, station=room, method="manual", direction="out",
                                   at=to_stored_time(inside + timedelta(minutes=rng.randint(10, 90))))


def timed(fn):
    """(CPU seconds of this process, result): the machine is shared, wall time says more about the others."""
    start = time.process_time()
    result = fn()
    return time.process_time() - start, result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--certificates", type=int, default=1_000)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    from checkin.ui.render.badge_render import ensure_gui_app
    from checkin.ui.certificate_render import write_certificates_pdf
    from checkin.ui.report_render import write_report_pdf

    ensure_gui_app()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        build(tmp / "event.db", args.people)
        with Store(tmp / "event.db") as store:
            checkins = store.conn.execute("SELECT COUNT(*) FROM checkins").fetchone()[0]
            base, _ = timed(lambda: event_stats(store))
            figures, _ = timed(lambda: report_figures(store))
            conflicts, _ = timed(lambda: find_conflicts(store))
            pdf, pages = timed(lambda: write_report_pdf(store, tmp / "report.pdf", lang="fr"))
            people = [c.attendee.id for c in certificates(store)][: args.certificates]
            certs, done = timed(lambda: write_certificates_pdf(store, tmp / "c.pdf", lang="ar",
                                                               attendee_ids=people))
    print(f"{args.people} people, {checkins} check-ins, 30 sessions, 20 desks (CPU time of this process)")
    print(f"{'stats (baseline)':28}{base * 1000:9.0f} ms   1.0 x")
    print(f"{'report figures':28}{figures * 1000:9.0f} ms {figures / base:5.1f} x")
    print(f"{'  of which conflicts':28}{conflicts * 1000:9.0f} ms {conflicts / base:5.1f} x")
    print(f"{'report PDF (' + str(pages) + ' pages)':28}{pdf * 1000:9.0f} ms {pdf / base:5.1f} x")
    print(f"{'certificates (' + str(len(done)) + ' pages)':28}{certs * 1000:9.0f} ms {certs / base:5.1f} x"
          f"   {len(done) / certs:.0f} pages/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
