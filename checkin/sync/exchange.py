"""Writing this station's journal and merging other stations' journals into the event file."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from checkin.store.conflicts import observe_clock
from checkin.store.db import Store, StoreError, from_stored_time, utc_now
from checkin.store.event import get_event
from checkin.store.stations import Station, recording_station, this_station
from checkin.store.sync import MergeCounts, apply_rows, last_own_seq, merged_up_to, own_rows
from checkin.store.versions import publish_list_changes
from checkin.sync.journal import (
    JournalError,
    declared_count,
    parse_header,
    read_header,
    read_journal,
    render,
    write_atomically,
)

FUTURE_TOLERANCE_S = 300.0


@dataclass
class MergeResult:
    """What merging one journal file did, in words an organiser can read."""

    file: Path
    station_name: str
    station_uid: str
    rows: int = 0  # rows read after what was already merged
    counts: MergeCounts = field(default_factory=MergeCounts)
    warnings: list[str] = field(default_factory=list)
    skipped: bool = False  # nothing new (the end line says so)

    def summary(self) -> str:
        if self.skipped:
            return f"{self.file.name}: {self.station_name}: nothing new"
        parts = ", ".join(f"{n} {k}{'s' if n != 1 else ''}" for k, n in sorted(self.counts.applied.items()) if n)
        text = f"{self.file.name}: {self.station_name}: {parts or 'nothing new'}"
        if self.counts.already:
            text += f" ({self.counts.already} already here)"
        return text


def journal_text(store: Store, station: Station) -> str:
    """The whole journal of one local station, as its file holds it."""
    return render(get_event(store).uid, station.uid, station.name, utc_now(), own_rows(store, station.uid))


def export_journal(store: Store, out: Path, *, station: str | None = None,
                   publish: bool = True) -> tuple[Station, int]:
    """Write a station's journal (default: this laptop's) to ``out``, atomically; ``(station, rows)``.

    This laptop's journal first takes in the people imported here since the list was shared
    (``publish``; a folder pass has done it already).
    """
    st = recording_station(store, station)
    if publish and st.uid == this_station(store).uid:
        publish_list_changes(store)
    out = Path(out)
    if out.is_dir():
        raise StoreError(f"{out} is a folder; give a file name (e.g. {journal_file_name(st)})")
    try:
        write_atomically(out, journal_text(store, st))
    except OSError as exc:
        raise StoreError(f"{out}: cannot write the journal ({exc.strerror or exc})") from exc
    return st, last_own_seq(store, st.uid)


def journal_file_name(station: Station) -> str:
    """``desk-1.9a1e3f20.journal.csv``: readable, and unique per station even if two share a name."""
    slug = "".join(ch if ch.isalnum() else "-" for ch in station.name.lower()).strip("-") or "station"
    return f"{slug}.{station.uid[:8]}.journal.csv"


def merge_journal(store: Store, path: Path) -> MergeResult:
    """Merge one journal file into this event file.

    A journal of another event, or one that is not a journal, is refused with
    StoreError and nothing is written. A journal cut short or damaged is merged up
    to its last good row, with the reason in ``warnings``.
    """
    path = Path(path)
    try:
        header, end = read_header(path)
        event_uid, station_uid, station_name, _written = parse_header(path, header)
    except (OSError, UnicodeDecodeError) as exc:
        raise StoreError(f"{path}: cannot read ({getattr(exc, 'strerror', None) or exc})") from exc
    except JournalError as exc:
        raise StoreError(str(exc)) from exc
    event = get_event(store)
    if event_uid != event.uid:
        raise StoreError(f"{path.name}: this journal is from another event; nothing was merged")
    result = MergeResult(path, station_name, station_uid)
    done = merged_up_to(store, station_uid)
    declared = declared_count(end)
    if declared is not None and declared <= done:
        result.skipped = True
        return result
    try:
        journal = read_journal(path, after_seq=done)
    except JournalError as exc:
        raise StoreError(str(exc)) from exc
    result.rows = len(journal.rows)
    result.warnings = [f"{path.name}: {p}" for p in journal.problems]
    if not journal.rows:  # nothing new, or nothing trustworthy: the file leaves no trace
        return result
    result.counts = apply_rows(store, station_uid, journal.station_name, journal.rows,
                               written_at=journal.written_at, file=path.name)
    _note_future_records(store, station_uid, journal.rows)
    return result


def _note_future_records(store: Store, station_uid: str, rows) -> None:
    """Records dated later than this laptop's clock now: the other station's clock runs ahead."""
    latest = max((r.at for r in rows), default=None)
    if latest is None:
        return
    ahead = (from_stored_time(latest) - from_stored_time(utc_now())).total_seconds()
    if ahead > FUTURE_TOLERANCE_S:
        observe_clock(store, this_station(store).uid, station_uid, ahead)


def merge_journals(store: Store, paths: list[Path]) -> list[MergeResult]:
    """Merge several journals; any order gives the same event file."""
    return [merge_journal(store, Path(p)) for p in paths]
