"""Station identities: a uuid each, a human name unique within the event, per-station sequence numbers.

A station *records* in a file when it is local there (this laptop's own station,
or a name given with ``--station`` on an organiser's file); it is *known* when its
journal was merged in. Every row a station creates carries ``(station_uid, seq)``,
a global id that no other laptop can produce, so merging never confuses two rows.
"""

from __future__ import annotations

import socket
import sqlite3
import uuid
from dataclasses import dataclass

from checkin.store.db import Store, StoreError, utc_now


@dataclass(frozen=True)
class Station:
    uid: str
    name: str
    local: bool
    next_seq: int
    created_at: str

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> Station:
        """A row of ``_STATIONS`` (its columns in field order)."""
        uid, name, local, next_seq, created_at = row
        return cls(uid, name, bool(local), next_seq, created_at)


# A station with its next sequence number, one more than the highest its records carry or the
# floor kept in stations.next_seq (the view of db/0068: numbers come from the records).
_STATIONS = "SELECT uid, name, local, last_seq + 1 AS next_seq, created_at FROM station_seqs"


def this_station(store: Store) -> Station:
    """This laptop's own station, created (named after the host) on first use."""
    row = store.conn.execute(f"{_STATIONS} WHERE uid = (SELECT uid FROM station WHERE id = 1)").fetchone()
    if row is not None:
        return Station.from_row(row)
    name = _free_name(store, socket.gethostname() or "Station")
    uid, now = uuid.uuid4().hex, utc_now()
    with store.transaction() as c:
        store.tx_memo.clear()  # a station written: lookups made earlier in this transaction are stale
        c.execute("INSERT OR REPLACE INTO station (id, uid, name, created_at) VALUES (1, ?, ?, ?)",
                  (uid, name, now))
        c.execute("INSERT INTO stations (uid, name, local, next_seq, created_at) VALUES (?, ?, 1, 1, ?)",
                  (uid, name, now))
    return get_station(store, uid)


def _free_name(store: Store, name: str) -> str:
    """``name``, or ``name 2``, ``name 3``… when another station already uses it."""
    candidate, n = name, 1
    while store.conn.execute("SELECT 1 FROM stations WHERE name = ?", (candidate,)).fetchone():
        n += 1
        candidate = f"{name} {n}"
    return candidate


def get_station(store: Store, uid: str) -> Station:
    row = store.conn.execute(f"{_STATIONS} WHERE uid = ?", (uid,)).fetchone()
    if row is None:
        raise StoreError(f"no station {uid}")
    return Station.from_row(row)


def find_station(store: Store, name: str) -> Station | None:
    """The station with this name (case-insensitive), or None."""
    row = store.conn.execute(f"{_STATIONS} WHERE name = ?", ((name or "").strip(),)).fetchone()
    return Station.from_row(row) if row else None


def list_stations(store: Store) -> list[Station]:
    return [Station.from_row(r) for r in store.conn.execute(f"{_STATIONS} ORDER BY name, uid")]


def recording_station(store: Store, name: str | None = None) -> Station:
    """The station whose identity a record made now carries.

    No name: this laptop's station. A name this file already records under: that
    one. A new name: a new local station (an organiser's file scanning as "Desk 2").
    A name that belongs to a station merged from another laptop is refused: two
    laptops writing under one identity would collide.
    """
    memo = store.tx_memo if store.in_transaction else None
    if memo is not None and ("station", name) in memo:  # a scan stamps its check-in and its log line
        return memo["station", name]
    station = _recording_station(store, name)
    if memo is not None:
        memo["station", name] = station
    return station


def _recording_station(store: Store, name: str | None) -> Station:
    name = (name or "").strip()
    # A name the file already records under is one lookup (names are unique, case-insensitive):
    # every scan of a desk comes here with its station's name.
    found = find_station(store, name) if name else None
    if found is not None and found.local:
        return found
    mine = this_station(store)
    if not name or name.casefold() == mine.name.casefold():
        return mine
    if found is not None:
        raise StoreError(f"station {found.name!r} is another laptop's; give this station its own name")
    uid = uuid.uuid4().hex
    with store.transaction() as c:
        store.tx_memo.clear()  # a station written: lookups made earlier in this transaction are stale
        c.execute("INSERT INTO stations (uid, name, local, next_seq, created_at) VALUES (?, ?, 1, 1, ?)",
                  (uid, name, utc_now()))
    return get_station(store, uid)


def stamp(store: Store, station: str | None) -> tuple[Station, int]:
    """``(station, seq)`` for one new record made under ``station`` (a name; None = this laptop's).

    Call inside the write transaction that writes the record. The station is read afresh (not
    from the transaction's memo): its next sequence number comes with it, one statement a record.
    """
    if not store.in_transaction:  # the number read and the record written must not interleave with another writer
        raise StoreError("a record's sequence number is taken inside the transaction that writes the record")
    st = _recording_station(store, station)
    if not st.local:
        raise StoreError(f"station {st.uid} does not record in this file")
    return st, st.next_seq


def rename_station(store: Store, uid: str, name: str) -> Station:
    """Rename a station; refused when another station of the event uses the name."""
    name = (name or "").strip()
    if not name:
        raise StoreError("the station needs a name")
    other = find_station(store, name)
    if other is not None and other.uid != uid:
        raise StoreError(f"another station is already called {other.name!r}; choose another name")
    with store.transaction() as c:
        store.tx_memo.clear()  # a station written: lookups made earlier in this transaction are stale
        c.execute("UPDATE stations SET name = ? WHERE uid = ?", (name, uid))
        c.execute("UPDATE station SET name = ? WHERE uid = ?", (name, uid))
    return get_station(store, uid)


def remember_station(store: Store, uid: str, name: str, created_at: str | None = None) -> Station:
    """Record a station met in a journal or package (not local). A clashing name gets the uid's start."""
    store.tx_memo.clear()  # it may rename or add a station
    row = store.conn.execute(f"{_STATIONS} WHERE uid = ?", (uid,)).fetchone()
    label = name.strip() or "Station"
    if row is not None:
        if not row["local"] and label != row["name"] and find_station(store, label) is None:
            store.conn.execute("UPDATE stations SET name = ? WHERE uid = ?", (label, uid))  # renamed over there
            return get_station(store, uid)
        return Station.from_row(row)
    if find_station(store, label) is not None:
        label = f"{label} ({uid[:6]})"
    store.conn.execute(
        "INSERT INTO stations (uid, name, local, next_seq, created_at) VALUES (?, ?, 0, 1, ?)",
        (uid, label, created_at or utc_now()),
    )
    return get_station(store, uid)


def make_this_station(store: Store, uid: str, name: str, next_seq: int = 1) -> Station:
    """Give this file the identity a station package assigned (``checkin join``)."""
    now = utc_now()
    with store.transaction() as c:
        store.tx_memo.clear()  # a station written: lookups made earlier in this transaction are stale
        old = c.execute("SELECT uid FROM station WHERE id = 1").fetchone()
        clash = c.execute("SELECT uid FROM stations WHERE name = ? AND uid != ?", (name, uid)).fetchone()
        if clash is not None:
            c.execute("UPDATE stations SET name = name || ' (' || substr(uid, 1, 6) || ')' WHERE uid = ?",
                      (clash[0],))
        c.execute(
            "INSERT INTO stations (uid, name, local, next_seq, created_at) VALUES (?, ?, 1, ?, ?)"
            " ON CONFLICT (uid) DO UPDATE SET name = excluded.name, local = 1,"
            " next_seq = MAX(stations.next_seq, excluded.next_seq)",
            (uid, name, next_seq, now),
        )
        c.execute("INSERT OR REPLACE INTO station (id, uid, name, created_at) VALUES (1, ?, ?, ?)",
                  (uid, name, now))
        if old is not None and old[0] != uid:
            # The placeholder identity a fresh file made for itself: unused, so forget it.
            c.execute("DELETE FROM stations WHERE uid = ? AND uid IN (SELECT uid FROM station_seqs WHERE last_seq = 0)",
                      (old[0],))
    return get_station(store, uid)
