"""Writing this station's journal and merging other stations' journals into the event file."""

from __future__ import annotations

from contextlib import nullcontext

from dataclasses import dataclass, field
from pathlib import Path

from checkin.store.conflicts import observe_clock
from checkin.store.db import Store, StoreError, from_stored_time, utc_now
from checkin.store.event import get_event
from checkin.store.stations import Station, recording_station, this_station
from checkin.store.sync import MergeCounts, apply_rows, last_own_seq, merged_up_to, own_rows
from checkin.store.sync_bulk import bulk_merge, wants_bulk
from checkin.store.versions import publish_list_changes
from checkin.sync.journal import (
    Journal,
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
    """Merge one journal file into this event file, in one transaction.

    A journal of another event, or one that is not a journal, is refused with
    StoreError and nothing is written. A journal cut short or damaged is merged up
    to its last good row, with the reason in ``warnings``.
    """
    result, journal = _read(store, Path(path))
    if journal is not None:
        _apply(store, result, journal)
    return result


def _read(store: Store, path: Path) -> tuple[MergeResult, Journal | None]:
    """Check and read what a journal brings after what is merged here (StoreError: refused)."""
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
        return result, None
    try:
        journal = read_journal(path, after_seq=done)
    except JournalError as exc:
        raise StoreError(str(exc)) from exc
    result.rows = len(journal.rows)
    result.warnings = [f"{path.name}: {p}" for p in journal.problems]
    if not journal.rows:  # nothing new, or nothing trustworthy: the file leaves no trace
        return result, None
    return result, journal


def _apply(store: Store, result: MergeResult, journal: Journal) -> None:
    result.counts = apply_rows(store, result.station_uid, journal.station_name, journal.rows,
                               written_at=journal.written_at, file=result.file.name)
    _note_future_records(store, result.station_uid, journal.rows)


def _note_future_records(store: Store, station_uid: str, rows) -> None:
    """Records dated later than this laptop's clock now: the other station's clock runs ahead."""
    latest = max((r.at for r in rows), default=None)
    if latest is None:
        return
    ahead = (from_stored_time(latest) - from_stored_time(utc_now())).total_seconds()
    if ahead > FUTURE_TOLERANCE_S:
        observe_clock(store, this_station(store).uid, station_uid, ahead)


def merge_journals(store: Store, paths: list[Path]) -> list[tuple[Path, MergeResult | StoreError]]:
    """Merge several journals (``checkin sync import FILE...``); any order gives the same event file.

    Each file gets its result, or the StoreError that refused it (the others are merged
    all the same). When the files bring many rows relative to the file
    (:func:`checkin.store.sync_bulk.wants_bulk`), they are merged in bulk mode: one
    transaction for all of them, the file's presence and some indexes built once at
    the end. There a failure while writing (a full disk) rolls back every file and is
    raised; a file refused on reading is still only that file.
    """
    paths = [Path(p) for p in paths]
    bulk = wants_bulk(store, _new_rows(store, paths))
    out: list[tuple[Path, MergeResult | StoreError]] = []
    with bulk_merge(store) if bulk else nullcontext():
        for path in paths:
            applying = False
            try:
                result, journal = _read(store, path)
                if journal is not None:
                    applying = True
                    _apply(store, result, journal)  # its own transaction, or bulk_merge's
                    journal = None  # one journal's rows in memory at a time
            except StoreError as exc:
                if bulk and applying:  # a write error in bulk mode: bulk_merge rolls every file back
                    raise
                out.append((path, exc))
                continue
            out.append((path, result))
    return out


def _new_rows(store: Store, paths: list[Path]) -> int:
    """How many rows the files bring that are not merged here, from their end lines (0 when unreadable)."""
    total = 0
    for path in paths:
        try:
            header, end = read_header(path)
            _event, station_uid, _name, _written = parse_header(path, header)
        except (OSError, UnicodeDecodeError, JournalError):
            continue
        total += max(0, (declared_count(end) or 0) - merged_up_to(store, station_uid))
    return total
