"""Late registrations through the journals: N people imported on the organiser's file after its first package.

Times ``publish_list_changes`` on the organiser's file (the versions its journal then carries)
and the merge of that journal into a desk that joined before the import, against nothing
(an absolute figure: how long a desk's sync pass holds its write lock for N late people).

    .venv/bin/python benchmarks/publish_bench.py [N]
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from checkin.store.db import Store
from checkin.store.event import create_event
from checkin.store.listing import bulk_add_attendees
from checkin.store.versions import publish_list_changes
from checkin.sync.exchange import export_journal, merge_journal
from checkin.sync.package import join, make_package


def main() -> int:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        master = Store(tmp / "master.db")
        create_event(master, "Séminaire OIT", date="2027-03-17", timezone="Africa/Casablanca")
        bulk_add_attendees(master, ({"full_name": f"Personne {i}", "email": f"p{i}@x.org"} for i in range(1000)))
        make_package(master, "Desk 1", tmp / "desk.pkg")
        join(tmp / "desk.pkg", tmp / "desk.db")
        time.sleep(0.01)  # the import comes after the package
        bulk_add_attendees(master, ({"full_name": f"Inscrit tard {i}", "email": f"t{i}@x.org"} for i in range(n)))
        start = time.perf_counter()
        published = publish_list_changes(master)
        publish_s = time.perf_counter() - start
        export_journal(master, tmp / "master.journal.csv")
        with Store(tmp / "desk.db") as desk:
            start = time.perf_counter()
            merged = merge_journal(desk, tmp / "master.journal.csv")
            merge_s = time.perf_counter() - start
        master.close()
    print(f"{published} late people published in {publish_s:.2f} s; merged at the desk in {merge_s:.2f} s"
          f" ({1000 * merge_s / max(published, 1):.3f} ms each): {merged.summary()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
