"""Station packages: ``checkin package`` on the organiser's file, ``checkin join`` on each laptop."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace

from checkin.store import package as pk
from checkin.store.db import Store, StoreError
from checkin.store.event import get_event, has_event
from checkin.store.stations import Station, find_station, make_this_station, this_station
from checkin.store.sync import apply_rows, own_rows


def make_package(store: Store, station_name: str, out: Path, *, again: bool = False) -> Station:
    """Write the package of a new station called ``station_name``; the name is reserved in this file.

    With ``again``, a newer package of a station packaged before (late registrations, changed
    sessions): its laptop joins it again and keeps every record; a replacement laptop can join it
    fresh and carries on after the records of that station merged here.
    """
    get_event(store)  # a clear error when the file has no event yet
    out = Path(out)
    if out.exists() and out.is_dir():
        raise StoreError(f"{out} is a folder; give a file name (e.g. {station_name}.checkin-station)")
    if out.resolve() == store.path.resolve():
        raise StoreError("the package cannot overwrite the event file")
    if again:
        station = find_station(store, station_name)
        if station is None:
            raise StoreError(f"no station called {station_name.strip()!r} in this event; leave out --again"
                             " to make a new one")
        if station.local:
            raise StoreError(f"{station.name!r} is this file's own station; a package is for another laptop")
        pk.write_package(store, station, out)
        return station
    station = pk.reserve_station(store, station_name)
    pk.write_package(store, station, out)
    return station


@dataclass(frozen=True)
class JoinResult:
    station: Station
    event_name: str
    fresh: bool  # a new event file (else an existing one was brought up to date)
    attendees_changed: int = 0
    sessions_changed: int = 0
    records_merged: int = 0

    def summary(self) -> str:
        if self.fresh:
            return f"this laptop is now station {self.station.name!r} of {self.event_name}"
        return (f"station {self.station.name!r} of {self.event_name} updated: {self.attendees_changed} attendees"
                f" and {self.sessions_changed} sessions from the package, {self.records_merged} records merged;"
                " nothing this station recorded was changed")


def join(package: Path, db_path: Path) -> JoinResult:
    """Set this laptop up (or bring it up to date) from a station package."""
    package, db_path = Path(package), Path(db_path)
    pkg = pk.open_package(package)
    try:
        info = pk.package_info(pkg)
        event_uid = pk.package_event_uid(pkg)
        fresh = not db_path.exists() or db_path.stat().st_size == 0
        if not fresh:
            with Store(db_path) as existing:
                fresh = not has_event(existing)
        if fresh:
            db_path.parent.mkdir(parents=True, exist_ok=True)
            for suffix in ("-wal", "-shm"):
                Path(f"{db_path}{suffix}").unlink(missing_ok=True)
            pk.install_package(package, db_path)
            db_path.chmod(0o600)
            with Store(db_path) as store:
                return JoinResult(this_station(store), get_event(store).name, True)
        with Store(db_path) as store:
            return _rejoin(store, pkg, info, event_uid)
    finally:
        pkg.close()


def _rejoin(store: Store, pkg, info, event_uid: str) -> JoinResult:
    event = get_event(store)
    if event.uid != event_uid:
        raise StoreError(f"{store.path} holds another event ({event.name}); join with --db pointing to a new file")
    mine = this_station(store)
    if mine.uid != info["station_uid"]:
        if mine.next_seq > 1:
            raise StoreError(f"this laptop already records as station {mine.name!r} ({mine.next_seq - 1} records);"
                             f" this package is for {info['station_name']!r}. Use that station's package, or"
                             " another event file (--db)")
        mine = make_this_station(store, info["station_uid"], info["station_name"])
    with store.transaction():
        people, sessions = pk.refresh_from_package(store, pkg)
    merged = 0
    source = SimpleNamespace(conn=pkg)
    for st in pk.package_stations(pkg):
        if st["uid"] != mine.uid:
            counts = apply_rows(store, st["uid"], st["name"], own_rows(source, st["uid"]), file="package")
            merged += counts.total_applied
    return JoinResult(this_station(store), event.name, False, people, sessions, merged)
