"""Live sync through a shared folder kept in step by Syncthing, a network share or a USB stick.

Each pass writes this station's journal into the folder (atomically, and only
when it has new records) and merges every other station's journal whose file
changed. It never writes another station's file, and it refuses a folder that
holds the event file itself (a synced SQLite file gets corrupted).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from checkin.store.conflicts import observe_clock
from checkin.store.db import Store, StoreError, from_stored_time, utc_now
from checkin.store.stations import Station, list_stations, this_station
from checkin.store.sync import last_own_seq, merged_up_to
from checkin.store.versions import publish_list_changes
from checkin.sync.exchange import MergeResult, export_journal, journal_file_name, merge_journal
from checkin.sync.journal import JournalError, declared_count, parse_header, read_header

JOURNAL_GLOB = "*.journal.csv"


@dataclass
class FolderStatus:
    """What the last pass saw: shown in the status bar and printed by ``sync folder``."""

    folder: Path
    last_sync: str | None = None
    wrote: int = 0  # rows in this station's journal when it was (re)written in this pass, else 0
    merged: list[MergeResult] = field(default_factory=list)
    stations_seen: int = 0  # other stations whose journal is in the folder
    behind: int = 0  # rows the folder's journals declare that are not merged here (damaged or cut short)
    problems: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        out = [m.summary() for m in self.merged if not m.skipped]
        for m in self.merged:
            out.extend(f"warning: {w}" for w in m.warnings)
        out.extend(f"warning: {p}" for p in self.problems)
        return out


def folder_refusal(db_path: Path, folder: Path) -> str | None:
    """Why ``folder`` cannot be the sync folder of the event file ``db_path``, as a word the app can
    translate: ``"missing"`` (no such folder) or ``"holds_event_file"``; None when it can serve."""
    folder = Path(folder).expanduser()
    if not folder.is_dir():
        return "missing"
    folder, db = folder.resolve(), Path(db_path).resolve()
    if db.parent == folder or folder in db.parents:
        return "holds_event_file"
    return None


def check_folder(store: Store, folder: Path) -> Path:
    """The folder, resolved; StoreError when it cannot serve (missing, or holding the event file)."""
    folder = Path(folder).expanduser()
    why = folder_refusal(store.path, folder)
    if why == "missing":
        raise StoreError(f"{folder}: no such folder")
    folder, db = folder.resolve(), store.path.resolve()
    if why == "holds_event_file":
        raise StoreError(f"the event file {db} is inside the sync folder {folder}; a synced SQLite file gets"
                         " corrupted: keep the event file elsewhere and sync only the journals")
    return folder


class FolderSync:
    """Keeps one event file and one sync folder in step; ``run_once`` is one pass."""

    def __init__(self, store: Store, folder: Path):
        self.store = store
        self.folder = check_folder(store, folder)
        self._written: dict[str, int] = {}  # station uid -> last seq written to its file
        self._seen: dict[Path, tuple[int, int]] = {}  # file -> (mtime_ns, size) when last merged
        self._first_pass = True

    def own_stations(self) -> list[Station]:
        """This laptop's station, and any other station that records in this file and has records."""
        mine = this_station(self.store)
        others = [s for s in list_stations(self.store) if s.local and s.uid != mine.uid and s.next_seq > 1]
        return [mine, *others]

    def run_once(self) -> FolderStatus:
        status = FolderStatus(self.folder)
        publish_list_changes(self.store)  # people imported here since the list was shared: into the journal
        own = {s.uid for s in self.own_stations()}
        for st in self.own_stations():
            last = last_own_seq(self.store, st.uid)
            target = self.folder / journal_file_name(st)
            if self._written.get(st.uid) != last or not target.exists():
                try:
                    export_journal(self.store, target, station=st.name, publish=False)
                except StoreError as exc:
                    status.problems.append(str(exc))
                    continue
                self._written[st.uid] = last
                status.wrote += last
        for path in sorted(self.folder.glob(JOURNAL_GLOB)):
            try:
                header, _end = read_header(path)
                _event, station_uid, _name, written = parse_header(path, header)
            except (OSError, JournalError) as exc:
                status.problems.append(str(exc) if isinstance(exc, JournalError) else f"{path.name}: {exc}")
                continue
            if station_uid in own:
                continue
            status.stations_seen += 1
            stat = path.stat()
            signature = (stat.st_mtime_ns, stat.st_size)
            if self._seen.get(path) == signature:
                continue
            try:
                result = merge_journal(self.store, path)
            except StoreError as exc:
                status.problems.append(str(exc))
                self._seen[path] = signature
                continue
            self._seen[path] = signature
            status.merged.append(result)
            if not self._first_pass and written:
                # The file changed since the last pass, seconds ago: its written time is the other clock's now.
                offset = (from_stored_time(written) - from_stored_time(utc_now())).total_seconds()
                if abs(offset) > 60:
                    observe_clock(self.store, this_station(self.store).uid, station_uid, offset)
        self._first_pass = False
        status.behind = self.behind(exclude=own)
        status.last_sync = utc_now()
        return status

    def behind(self, exclude: set[str] = frozenset()) -> int:
        """Rows in the folder's journals that are not merged here (read from their end lines)."""
        missing = 0
        for path in self.folder.glob(JOURNAL_GLOB):
            try:
                header, end = read_header(path)
                _event, station_uid, _name, _written = parse_header(path, header)
            except (OSError, JournalError):
                continue
            if station_uid in exclude:
                continue
            declared = declared_count(end) or 0
            missing += max(0, declared - merged_up_to(self.store, station_uid))
        return missing


def watch(store: Store, folder: Path, *, interval: float = 2.0, report: Callable[[FolderStatus], None],
          should_stop: Callable[[], bool] = lambda: False) -> None:
    """Run passes every ``interval`` seconds until ``should_stop()`` says so."""
    sync = FolderSync(store, folder)
    while not should_stop():
        report(sync.run_once())
        deadline = time.monotonic() + interval
        while time.monotonic() < deadline and not should_stop():
            time.sleep(0.1)
