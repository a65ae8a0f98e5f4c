"""Registration import, re-import and CSV export at congress size.

Writes a French-Excel registration file (Windows-1252, semicolons) of N people,
imports it into a fresh event file, imports it again (every row matched, none
added), records a check-in for half of them, and exports the four CSV files.
The baseline, measured in the same run, is Python's csv module merely reading
the same file: the ratios say what the import adds on top of parsing.

    .venv/bin/python benchmarks/import_export_bench.py [--rows 10000]
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from checkin.exporters import export_all  # noqa: E402
from checkin.importers import import_attendees  # noqa: E402
from checkin.store.checkins import record_checkin  # noqa: E402
from checkin.store.db import Store  # noqa: E402
from checkin.store.event import create_event  # noqa: E402

FIRST = ["Hélène", "François", "Zoé", "Youssef", "Fatima-Zahra", "Sarah", "João", "Benoît", "Amina", "Jürgen"]
LAST = ["Lefèvre", "El Amrani", "Benjelloun", "O'Brien", "Núñez", "Müller", "Alaoui", "Dupont", "Tazi", "Smith"]
ORGS = ["Ministère de l'Emploi", "OIT", "UMT", "ANAPEC", "Ambassade d'Espagne", "Le Matin"]


def write_file(path: Path, rows: int) -> None:
    rng = random.Random(7)
    with path.open("w", encoding="cp1252", newline="") as fh:
        out = csv.writer(fh, delimiter=";")
        out.writerow(["N° commande", "Prénom", "Nom", "Adresse e-mail", "Organisme", "Fonction", "Catégorie"])
        for i in range(rows):
            out.writerow([f"A{i:06d}", rng.choice(FIRST), rng.choice(LAST), f"p{i}@example.org",
                          rng.choice(ORGS), "Chargé de mission", rng.choice(["Expert", "Presse", "Syndicat"])])


def timed(fn):
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        source = tmp / "inscriptions.csv"
        write_file(source, args.rows)
        base, _ = timed(lambda: sum(1 for _ in csv.reader(source.open(encoding="cp1252"), delimiter=";")))
        store = Store(tmp / "event.db")
        create_event(store, "Benchmark", date="2027-03-17", timezone="Africa/Casablanca")
        first, report = timed(lambda: import_attendees(store, source))
        assert report.added == args.rows, report.summary()
        again, report2 = timed(lambda: import_attendees(store, source))
        assert report2.added == 0, report2.summary()
        ids = [r[0] for r in store.conn.execute("SELECT id FROM attendees LIMIT ?", (args.rows // 2,))]
        for attendee_id in ids:
            record_checkin(store, attendee_id=attendee_id, attendee_uid=None, code=None, session_id=None,
                           station="Desk 1", method="manual")
        export, files = timed(lambda: export_all(store, tmp / "out", delimiter=";"))
        store.close()
    print(f"rows: {args.rows:,}")
    print(f"{'step':34} {'seconds':>8} {'x csv read':>10}")
    for name, secs in (("csv.reader only (baseline)", base), ("import (new event)", first),
                       ("re-import (all matched)", again), (f"export ({len(files)} files)", export)):
        print(f"{name:34} {secs:8.2f} {secs / base:10.0f}")


if __name__ == "__main__":
    main()
