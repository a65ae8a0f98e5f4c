"""The organisers' CSV files: every check-in, per-session attendance, one row per attendee, no-shows."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from zoneinfo import ZoneInfo

from checkin.exporters.csvout import CellHoldsSeparator, ExportError, neutralise, write_csv, write_joined_csv
from checkin.exporters.times import local_time, local_times
from checkin.store.checkins import checkins_about
from checkin.store.db import Store
from checkin.store.event import get_event
from checkin.store.export_rows import (
    CELL_SEP,
    attendee_cells,
    checkin_log_cells,
    no_show_cells,
    session_attendance_cells,
)
from checkin.store.localtime import Times, local_time_sql, sorting_on_disk, time_span
from checkin.store.sessions import list_sessions
from checkin.sync.conflicts import iter_conflicts

FILES = ("checkins.csv", "session_attendance.csv", "attendees.csv", "no_shows.csv", "conflicts.csv")
ENTRANCE = "entrance"


def export_all(store: Store, out_dir: Path | str, *, delimiter: str = ",", shared: bool = False) -> list[Path]:
    """Write the export files into ``out_dir`` (created if needed); returns their paths.

    The files are readable by their owner only (0600), unless ``shared`` (0644).

    Times are in the event's time zone with their UTC offset. Raises
    ``ExportError`` with one line when the folder or a file cannot be written.
    """
    if delimiter not in (",", ";", "\t"):
        raise ExportError(f"delimiter must be ',', ';' or a tab, not {delimiter!r}")
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(f"{out}: cannot create the folder ({exc.strerror or exc})") from None
    if _in_two_processes(store):
        paths = _export_in_two_processes(store, out, delimiter)
    else:
        paths = _export(store, out, delimiter)
    if shared:  # the files are written 0600; an organiser who shares them with colleagues says so
        for path in paths:
            os.chmod(path, 0o644)
    return paths


def _export(store: Store, out: Path, delimiter: str, *, checkins: bool = True) -> list[Path]:
    """The files, one after the other, from ``store``'s connection (``checkins.csv`` unless told not to)."""
    zone = ZoneInfo(get_event(store).timezone)
    local = local_time_sql(store, zone, *time_span(store))
    writers = (write_checkins, write_session_attendance, write_attendees, write_no_shows)
    with sorting_on_disk(store):  # the sorts of a million rows stay out of memory (conflicts' too)
        paths = [writer(store, out / name, local, delimiter)
                 for writer, name in zip(writers, FILES, strict=False) if checkins or writer is not write_checkins]
        paths.append(write_conflicts(store, out / FILES[-1], zone, delimiter))
    return paths


#: From how many check-ins ``checkins.csv`` is written by a second process while this one writes
#: the other files: below, starting a process (0.3 s) costs more than it saves.
TWO_PROCESSES_FROM = 100_000


def _in_two_processes(store: Store) -> bool:
    if getattr(sys, "frozen", False) or store.readonly:  # a bundled app has no ``python -m`` to start;
        return False  # a read-only file cannot be locked while the two snapshots start
    return checkins_about(store) >= TWO_PROCESSES_FROM


def _export_in_two_processes(store: Store, out: Path, delimiter: str) -> list[Path]:
    """``checkins.csv`` by ``checkin.exporters.worker`` while this process writes the rest.

    Both read the file as it was at one moment: this process holds the write lock while
    the worker and a read-only connection of its own start their read transactions
    (a few milliseconds; a desk's scan waits that long). Two cores make a congress's
    export about twice as fast (docs/BENCHMARKS.md).
    """
    worker = subprocess.Popen(
        [sys.executable, "-m", "checkin.exporters.worker", str(store.path), str(out / FILES[0]), delimiter],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8",
    )
    reader = None
    try:
        _expect(worker, "open")
        with store.transaction():  # nobody commits until both snapshots have started
            worker.stdin.write("go\n")
            worker.stdin.flush()
            _expect(worker, "ready")
            reader = Store(store.path, readonly=True)
            reader.begin_snapshot()
        paths = _export(reader, out, delimiter, checkins=False)
        _expect(worker, "done")
        worker.wait(timeout=60)
        reader.end_snapshot()
    finally:
        if worker.poll() is None:
            worker.kill()
            worker.wait()
        for stream in (worker.stdin, worker.stdout, worker.stderr):
            stream.close()
        if reader is not None:
            reader.close()
    return [out / FILES[0], *paths]


def _expect(worker: subprocess.Popen, word: str) -> None:
    line = worker.stdout.readline().strip()
    if line != word:
        worker.kill()
        problem = worker.stderr.read().strip().splitlines()
        raise ExportError(problem[-1] if problem else f"{FILES[0]}: its writer stopped ({line or 'no answer'})")


def _write_cells(path: Path, header: list[str], cells: Callable[[bool], sqlite3.Cursor],
                 delimiter: str) -> Path:
    """One file from SQL cells (``cells(joined)``): joined by SQLite into one string per row, or,
    when a cell holds the separator itself (hardly ever), from the cells one by one."""
    joined = cells(True)
    try:
        return write_joined_csv(path, header, joined, cell_sep=CELL_SEP, delimiter=delimiter)
    except CellHoldsSeparator:
        joined.close()  # its statement ends here, not whenever the cursor is collected
        return write_csv(path, header, cells(False), delimiter=delimiter, neutralised=True)


def write_checkins(store: Store, path: Path, local: Times, delimiter: str) -> Path:
    """Every check-in event, undone ones included and marked."""
    header = [
        "time",
        "time_utc",
        "checkin_id",
        "attendee_id",
        "external_id",
        "name",
        "organisation",
        "category",
        "checkpoint",
        "room",
        "direction",
        "station",
        "method",
        "undone",
        "undone_at",
        "undone_station",
        "undo_reason",
    ]
    return _write_cells(path, header, lambda joined: checkin_log_cells(store, local, ENTRANCE, joined=joined),
                        delimiter)


def write_session_attendance(store: Store, path: Path, local: Times, delimiter: str) -> Path:
    """One row per attendee who validly entered a session."""
    header = [
        "session_id",
        "session",
        "room",
        "start",
        "capacity",
        "attendee_id",
        "external_id",
        "name",
        "organisation",
        "category",
        "first_in",
        "last_out",
        "entries",
    ]
    return _write_cells(path, header, lambda joined: session_attendance_cells(store, local, joined=joined),
                        delimiter)


def session_columns(store: Store, zone: ZoneInfo) -> list[tuple[int, str]]:
    """``(session id, column title)`` for every session; titles are made unique."""
    sessions = list_sessions(store)
    columns, used = [], set()
    for s in sessions:
        title = s.title
        if s.starts_at:
            title = f"{s.title} ({local_time(s.starts_at, zone)[:16]})"
        if title in used:
            title = f"{title} #{s.id}"
        used.add(title)
        columns.append((s.id, title))
    return columns


#: The columns that name a person, first in the attendee and no-show files.
PERSON_HEADER = ["attendee_id", "external_id", "first_name", "last_name", "name", "organisation", "category",
                 "role", "email"]


def write_attendees(store: Store, path: Path, local: Times, delimiter: str) -> Path:
    """One row per attendee: entrance time, then the first entry time of each session."""
    columns = session_columns(store, ZoneInfo(get_event(store).timezone))
    header = PERSON_HEADER + ["status", "source", "entrance"] + [title for _, title in columns]
    ids = [sid for sid, _ in columns]
    return _write_cells(path, header, lambda joined: attendee_cells(store, local, ids, joined=joined),
                        delimiter)


def write_no_shows(store: Store, path: Path, local: Times, delimiter: str) -> Path:
    """Registered, not cancelled, never (validly) checked in at the entrance."""
    return _write_cells(path, PERSON_HEADER, lambda joined: no_show_cells(store, joined=joined), delimiter)


def write_conflicts(store: Store, path: Path, zone: ZoneInfo, delimiter: str) -> Path:
    """One row per conflict found in the merged stations' records (rules in checkin.sync.conflicts)."""
    header = ["kind", "attendee", "station_a", "time_a", "station_b", "time_b", "detail"]
    local = local_times(zone)  # a merge of a million check-ins can have 100,000s of conflicts
    rows = ([c.kind, neutralise(c.attendee), neutralise(c.station_a), local(c.at_a), neutralise(c.station_b),
             local(c.at_b), neutralise(c.detail)] for c in iter_conflicts(store))  # kinds and times are safe
    return write_csv(path, header, rows, delimiter=delimiter, neutralised=True)
