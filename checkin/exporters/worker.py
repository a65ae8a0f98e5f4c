"""``python -m checkin.exporters.worker DB FILE DELIMITER``: write ``checkins.csv`` in a process of its own.

Started by :func:`checkin.exporters.files.export_all` for a large event, so that the biggest
file and the others are written on two cores at once. The conversation on its standard
streams makes both processes read one snapshot of the event file:

1. it opens the file read-only and says ``open``;
2. the parent takes the write lock (nobody can commit) and says ``go``;
3. it starts its read transaction and says ``ready``; the parent starts its own and lets
   the lock go, so both read the file as it was at one moment;
4. it writes the file and says ``done`` (or one line on stderr and exit 1).
"""

from __future__ import annotations

import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    db, out, delimiter = argv
    from zoneinfo import ZoneInfo

    from checkin.exporters.files import write_checkins
    from checkin.store.db import Store
    from checkin.store.event import get_event
    from checkin.store.localtime import local_time_sql, sorting_on_disk, time_span

    try:
        store = Store(db, readonly=True)
        print("open", flush=True)
        if sys.stdin.readline().strip() != "go":
            return 1  # the parent gave up: nothing was written
        with sorting_on_disk(store):  # its million-row sort stays out of memory
            store.begin_snapshot()
            print("ready", flush=True)
            local = local_time_sql(store, ZoneInfo(get_event(store).timezone), *time_span(store))
            write_checkins(store, Path(out), local, delimiter)
            store.end_snapshot()
        store.close()
    except Exception as exc:  # one line for the parent's error message, never a traceback
        print(f"{Path(out).name}: {exc}", file=sys.stderr, flush=True)
        return 1
    print("done", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
