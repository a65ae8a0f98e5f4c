"""What the app asks before ``join``: what a package is for, where its event file goes, what a file holds.

``join`` itself (checkin.sync.package) does the work and refuses what it must;
these answers let the start screen say, in the user's language, why a file
cannot be used before anything is written.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from checkin.store import package as pk
from checkin.store.db import Store, StoreError
from checkin.store.event import get_event, has_event

PACKAGE_SUFFIX = ".checkin-station"


@dataclass(frozen=True)
class PackageSummary:
    event_uid: str
    event_name: str
    event_date: str | None
    station_name: str


def read_package(path: Path) -> PackageSummary:
    """What a station package is for; StoreError when the file is not a package."""
    conn = pk.open_package(Path(path))
    try:
        event, info = pk.package_event(conn), pk.package_info(conn)
        if event is None:
            raise StoreError(f"{path}: not a checkin station package")
        return PackageSummary(event["uid"], event["name"], event["date"], info["station_name"])
    except sqlite3.Error as exc:
        raise StoreError(f"{path}: not a checkin station package") from exc
    finally:
        conn.close()


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()[:40]


def station_file_path(folder: Path, summary: PackageSummary) -> Path:
    """``folder/<event>-<station>.db`` (``-2``, ``-3``… when taken): where a joined station's file goes."""
    stem = "-".join(s for s in (_slug(summary.event_name), _slug(summary.station_name)) if s) or "station"
    path, n = Path(folder) / f"{stem}.db", 2
    while path.exists():
        path = Path(folder) / f"{stem}-{n}.db"
        n += 1
    return path


def event_in_file(path: Path) -> tuple[str, str] | None:
    """``(event uid, event name)`` held by an existing file; None when there is no file or no event yet.

    StoreError when the file exists but is not an event file. The file is only read.
    """
    path = Path(path)
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        with Store(path, migrate=False) as store:
            if not has_event(store):
                return None
            event = get_event(store)
            return event.uid, event.name
    except sqlite3.Error as exc:
        raise StoreError(f"{path}: not a checkin event file") from exc
