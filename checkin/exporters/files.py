"""The organisers' CSV files: every check-in, per-session attendance, one row per attendee, no-shows."""

from __future__ import annotations

import os
from pathlib import Path
from zoneinfo import ZoneInfo

from checkin.exporters.csvout import ExportError, write_csv
from checkin.exporters.times import local_time
from checkin.store.attendees import list_attendees
from checkin.store.db import Store
from checkin.store.event import get_event
from checkin.store.reports import checkin_log, first_entries, no_shows, session_attendance
from checkin.store.sessions import list_sessions
from checkin.sync.conflicts import find_conflicts

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
    zone = ZoneInfo(get_event(store).timezone)
    writers = (write_checkins, write_session_attendance, write_attendees, write_no_shows, write_conflicts)
    paths = [writer(store, out / name, zone, delimiter) for writer, name in zip(writers, FILES, strict=True)]
    if shared:  # the files are written 0600; an organiser who shares them with colleagues says so
        for path in paths:
            os.chmod(path, 0o644)
    return paths


def write_checkins(store: Store, path: Path, zone: ZoneInfo, delimiter: str) -> Path:
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
    rows = (
        [
            local_time(r["at"], zone),
            r["at"],
            r["id"],
            r["attendee_id"] or "",
            r["external_id"] or "",
            r["full_name"] or "",
            r["organisation"] or "",
            r["category"] or "",
            r["session_title"] if r["session_id"] is not None else ENTRANCE,
            r["session_room"] or "",
            r["direction"],
            r["station"],
            r["method"],
            "yes" if r["undo_id"] else "no",
            local_time(r["undo_at"], zone),
            r["undo_station"] or "",
            r["undo_reason"] or "",
        ]
        for r in checkin_log(store)
    )
    return write_csv(path, header, rows, delimiter=delimiter)


def write_session_attendance(store: Store, path: Path, zone: ZoneInfo, delimiter: str) -> Path:
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
    rows = (
        [
            r["session_id"],
            r["title"],
            r["room"] or "",
            local_time(r["starts_at"], zone),
            "" if r["capacity"] is None else r["capacity"],
            r["attendee_id"],
            r["external_id"] or "",
            r["full_name"],
            r["organisation"],
            r["category"],
            local_time(r["first_in"], zone),
            local_time(r["last_out"], zone),
            r["entries"],
        ]
        for r in session_attendance(store)
    )
    return write_csv(path, header, rows, delimiter=delimiter)


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
_PERSON_FIELDS = ("id", "external_id", "first_name", "last_name", "full_name", "organisation", "category",
                  "role", "email")


def _person_cells(get) -> list:
    """The PERSON_HEADER cells of one attendee, read with ``get(field)``."""
    return [get(f) or "" if f == "external_id" else get(f) for f in _PERSON_FIELDS]


def export_status(a) -> str:
    """registered, cancelled, "pending payment" or "pending approval" (read back as such on re-import)."""
    return f"pending {a.pending}" if a.pending and a.status == "registered" else a.status


def write_attendees(store: Store, path: Path, zone: ZoneInfo, delimiter: str) -> Path:
    """One row per attendee: entrance time, then the first entry time of each session."""
    columns = session_columns(store, zone)
    header = PERSON_HEADER + ["status", "source", "entrance"] + [title for _, title in columns]
    firsts = first_entries(store)
    rows = (
        _person_cells(lambda f, a=a: getattr(a, f))
        + [export_status(a), a.source, local_time(firsts.get((a.id, None)), zone)]
        + [local_time(firsts.get((a.id, sid)), zone) for sid, _ in columns]
        for a in list_attendees(store)
    )
    return write_csv(path, header, rows, delimiter=delimiter)


def write_no_shows(store: Store, path: Path, zone: ZoneInfo, delimiter: str) -> Path:
    """Registered, not cancelled, never (validly) checked in at the entrance."""
    rows = (_person_cells(r.__getitem__) for r in no_shows(store))
    return write_csv(path, PERSON_HEADER, rows, delimiter=delimiter)


def write_conflicts(store: Store, path: Path, zone: ZoneInfo, delimiter: str) -> Path:
    """One row per conflict found in the merged stations' records (rules in checkin.sync.conflicts)."""
    header = ["kind", "attendee", "station_a", "time_a", "station_b", "time_b", "detail"]
    rows = ([c.kind, c.attendee, c.station_a, local_time(c.at_a, zone), c.station_b, local_time(c.at_b, zone),
             c.detail] for c in find_conflicts(store))
    return write_csv(path, header, rows, delimiter=delimiter)
