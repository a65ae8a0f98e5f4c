"""The event row and the station identity."""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from checkin.codes import EventKeys, new_event_key, tag_for_key
from checkin.store.db import Store, StoreError, utc_now
from checkin.store.stations import rename_station, this_station


@dataclass(frozen=True)
class Event:
    uid: str
    name: str
    date: str | None
    venue: str | None
    timezone: str
    keys: EventKeys


def local_timezone_name() -> str:
    """The IANA name of this machine's time zone, or UTC when it cannot be told."""
    tz = os.environ.get("TZ")
    if tz and "/" in tz:
        return tz.lstrip(":")
    try:
        target = os.path.realpath("/etc/localtime")
        if "zoneinfo/" in target:
            return target.split("zoneinfo/", 1)[1]
    except OSError:
        pass
    try:
        text = Path("/etc/timezone").read_text().strip()
        if text:
            return text
    except OSError:
        pass
    return "UTC"


def create_event(
    store: Store,
    name: str,
    date: str | None = None,
    venue: str | None = None,
    timezone: str | None = None,
    key_hex: str | None = None,
    uid: str | None = None,
) -> Event:
    """Create (or rename) the event of this file. The signing key is kept if present."""
    name = (name or "").strip()
    if not name:
        raise StoreError("the event needs a name")
    existing = store.conn.execute("SELECT * FROM event WHERE id = 1").fetchone()
    with store.transaction() as c:
        if existing:
            c.execute(
                "UPDATE event SET name = ?, date = COALESCE(?, date), venue = COALESCE(?, venue),"
                " timezone = COALESCE(?, timezone) WHERE id = 1",
                (name, date, venue, timezone),
            )
        else:
            key_hex = key_hex or new_event_key()
            c.execute(
                "INSERT INTO event (id, uid, name, date, venue, timezone, code_tag, code_key, created_at)"
                " VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    uid or uuid.uuid4().hex,
                    name,
                    date,
                    venue,
                    timezone or local_timezone_name(),
                    tag_for_key(bytes.fromhex(key_hex)),
                    key_hex,
                    utc_now(),
                ),
            )
        ensure_station(store)
    return get_event(store)


@lru_cache(maxsize=8)
def _keys(key_hex: str) -> EventKeys:
    """The event's keys from their stored hex form, derived once per key (every scan reads them)."""
    return EventKeys.from_hex(key_hex)


def get_event(store: Store) -> Event:
    """The event of this file; a clear error when the file has none yet."""
    row = store.conn.execute("SELECT * FROM event WHERE id = 1").fetchone()
    if row is None:
        raise StoreError(f"{store.path}: no event yet; create one with 'checkin init --name NAME'")
    return Event(
        uid=row["uid"],
        name=row["name"],
        date=row["date"],
        venue=row["venue"],
        timezone=row["timezone"],
        keys=_keys(row["code_key"]),
    )


#: The event's stored key, as a scalar subquery (NULL when the file has no event yet).
KEY_SQL = "(SELECT code_key FROM event WHERE id = 1)"


def event_keys(store: Store) -> EventKeys:
    """The event's keys alone (what every scan needs), without building the whole event."""
    return keys_from(store, store.conn.execute(f"SELECT {KEY_SQL}").fetchone()[0])


def keys_from(store: Store, key_hex: str | None) -> EventKeys:
    """The keys of a stored key that a query read (``KEY_SQL``); a clear error when there is no event."""
    if key_hex is None:
        raise StoreError(f"{store.path}: no event yet; create one with 'checkin init --name NAME'")
    return _keys(key_hex)


def has_event(store: Store) -> bool:
    return store.conn.execute("SELECT 1 FROM event WHERE id = 1").fetchone() is not None


def ensure_station(store: Store, name: str | None = None) -> str:
    """This file's station name, creating the identity (named ``name`` or the host) on first use."""
    existed = store.conn.execute("SELECT 1 FROM station WHERE id = 1").fetchone() is not None
    station = this_station(store)
    if not existed and name and name.strip() and name.strip() != station.name:
        station = rename_station(store, station.uid, name)
    return station.name


def station_name(store: Store) -> str:
    return ensure_station(store)


def set_station_name(store: Store, name: str) -> None:
    """Rename this laptop's station; refused when another station of the event has the name."""
    rename_station(store, this_station(store).uid, name)
