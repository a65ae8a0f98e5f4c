"""Station packages in SQL: a copy of the organiser's event file that carries a new station's identity.

A package is an SQLite file (rollback journal, so it can be read from a
read-only stick) holding everything of the event file plus a ``package_info``
row naming the station it is for. It carries the badge-signing secret: keep it
as private as the event file.
"""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

from checkin.store.aliases import copy_ticket_codes
from checkin.store.db import Store, StoreError, utc_now
from checkin.store.stations import Station, find_station, remember_station
from checkin.store.versions import ATTENDEE_FIELDS, SESSION_FIELDS

PACKAGE_FORMAT = 1


def reserve_station(store: Store, name: str) -> Station:
    """Register a new station of the event under ``name`` (refused when a station already has it)."""
    name = (name or "").strip()
    if not name:
        raise StoreError("the station needs a name")
    found = find_station(store, name)
    if found is not None:
        raise StoreError(f"a station called {found.name!r} already exists in this event; choose another name"
                         " (or --again: a newer package of that station)")
    with store.transaction():
        return remember_station(store, uuid.uuid4().hex, name)


def write_package(store: Store, station: Station, out: Path) -> None:
    """Copy the event file to ``out`` as the package of ``station`` (its own identity, nobody else's)."""
    out = Path(out)
    tmp = out.with_name(f".{out.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        copy = sqlite3.connect(str(tmp))
        try:
            store.conn.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")
            with copy:
                copy.execute("UPDATE stations SET local = 0")
                # A station packaged again may have records merged here already: carry on after them.
                copy.execute("UPDATE stations SET local = 1,"
                             " next_seq = 1 + (SELECT last_seq FROM station_seqs WHERE uid = :uid) WHERE uid = :uid",
                             {"uid": station.uid})
                copy.execute("INSERT OR REPLACE INTO station (id, uid, name, created_at) VALUES (1, ?, ?, ?)",
                             (station.uid, station.name, station.created_at))
                # The organiser's own records travel too; mark them merged so their journals add nothing twice.
                copy.execute(
                    "INSERT OR REPLACE INTO journal_progress (station_uid, last_seq, merged_at, written_at, file)"
                    " SELECT uid, last_seq, ?, ?, 'package' FROM station_seqs WHERE uid != ? AND last_seq > 0",
                    (utc_now(), utc_now(), station.uid),
                )
                copy.execute("DELETE FROM scan_log")  # the organiser's own diagnostics stay home
                copy.execute("CREATE TABLE package_info (id INTEGER PRIMARY KEY CHECK (id = 1), format INTEGER,"
                             " station_uid TEXT, station_name TEXT, made_at TEXT)")
                copy.execute("INSERT INTO package_info VALUES (1, ?, ?, ?, ?)",
                             (PACKAGE_FORMAT, station.uid, station.name, utc_now()))
            copy.execute("VACUUM")
        finally:
            copy.close()
        tmp.chmod(0o600)
        tmp.replace(out)
    except (OSError, sqlite3.Error) as exc:
        tmp.unlink(missing_ok=True)
        raise StoreError(f"{out}: cannot write the package ({exc})") from exc


def open_package(path: Path) -> sqlite3.Connection:
    """A read-only connection to a package; StoreError when the file is not one."""
    path = Path(path)
    if not path.is_file():
        raise StoreError(f"{path}: no such file")
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        conn.row_factory = sqlite3.Row
        info = conn.execute("SELECT * FROM package_info WHERE id = 1").fetchone()
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: not a checkin station package") from exc
    if info is None:
        conn.close()
        raise StoreError(f"{path}: not a checkin station package")
    if info["format"] != PACKAGE_FORMAT:
        conn.close()
        raise StoreError(f"{path}: package format {info['format']} is not readable by this version")
    return conn


def package_info(conn: sqlite3.Connection) -> sqlite3.Row:
    return conn.execute("SELECT * FROM package_info WHERE id = 1").fetchone()


def package_event_uid(conn: sqlite3.Connection) -> str:
    return conn.execute("SELECT uid FROM event WHERE id = 1").fetchone()[0]


def install_package(package: Path, target: Path) -> None:
    """A fresh event file at ``target`` from a package (nothing was there before)."""
    src = open_package(package)
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
            dst.execute("DROP TABLE package_info")
            dst.commit()
        finally:
            dst.close()
    finally:
        src.close()


def refresh_from_package(store: Store, pkg: sqlite3.Connection) -> tuple[int, int]:
    """Bring attendees, sessions and access lists up to the package's; ``(attendees, sessions)`` changed.

    A row edited at this station after the package was made (a newer version) is
    kept; everything this station recorded stays. Runs inside the caller's transaction.
    """
    conn = store.conn
    changed_people = changed_sessions = 0
    local = {r["uid"]: r for r in conn.execute("SELECT id, uid, version, code FROM attendees")}
    people_cols = (*ATTENDEE_FIELDS, "search_key", "version", "created_at", "updated_at")
    for p in pkg.execute(f"SELECT uid, {', '.join(people_cols)} FROM attendees"):
        mine = local.get(p["uid"])
        if mine is not None and mine["version"] > p["version"]:
            continue
        values = {c: p[c] for c in people_cols}
        if values["code"]:
            holder = conn.execute("SELECT uid FROM attendees WHERE code = ?", (values["code"],)).fetchone()
            if holder is not None and holder[0] != p["uid"]:
                conn.execute("UPDATE attendees SET code = NULL WHERE code = ?", (values["code"],))
        if mine is None:
            conn.execute(f"INSERT INTO attendees (uid, {', '.join(values)}) VALUES (?, {', '.join('?' * len(values))})",
                         (p["uid"], *values.values()))
            changed_people += 1
        else:
            before = conn.total_changes
            conn.execute(f"UPDATE attendees SET {', '.join(f'{k} = ?' for k in values)} WHERE id = ? AND"
                         f" ({' OR '.join(f'{k} IS NOT ?' for k in values)})",
                         (*values.values(), mine["id"], *values.values()))
            changed_people += conn.total_changes - before
    session_cols = (*SESSION_FIELDS, "version")
    local_sessions = {r["uid"]: r for r in conn.execute("SELECT id, uid, version FROM sessions")}
    for s in pkg.execute(f"SELECT id, uid, {', '.join(session_cols)} FROM sessions"):
        mine = local_sessions.get(s["uid"])
        if mine is not None and mine["version"] > s["version"]:
            continue
        values = {c: s[c] for c in session_cols}
        if mine is None:
            cur = conn.execute(f"INSERT INTO sessions (uid, {', '.join(values)}) VALUES (?, {', '.join('?' * len(values))})",
                               (s["uid"], *values.values()))
            session_id = cur.lastrowid
        else:
            session_id = mine["id"]
            conn.execute(f"UPDATE sessions SET {', '.join(f'{k} = ?' for k in values)} WHERE id = ?",
                         (*values.values(), session_id))
        changed_sessions += 1
        access = [r[0] for r in pkg.execute(
            "SELECT a.uid FROM session_access x JOIN attendees a ON a.id = x.attendee_id WHERE x.session_id = ?",
            (s["id"],))]
        conn.execute("DELETE FROM session_access WHERE session_id = ?", (session_id,))
        conn.executemany(
            "INSERT OR IGNORE INTO session_access (session_id, attendee_id) SELECT ?, id FROM attendees WHERE uid = ?",
            [(session_id, uid) for uid in access])
    copy_ticket_codes(conn, pkg)
    return changed_people, changed_sessions


def package_stations(pkg: sqlite3.Connection) -> list[sqlite3.Row]:
    """The stations a package knows, with how far their records go."""
    return pkg.execute("SELECT uid, name, next_seq, created_at FROM stations").fetchall()


def package_event(conn: sqlite3.Connection) -> sqlite3.Row:
    """The event a package is for: ``uid``, ``name``, ``date``."""
    return conn.execute("SELECT uid, name, date FROM event WHERE id = 1").fetchone()
