"""Rotating online backups of an event file, and restoring one.

A backup is taken with SQLite's online backup API from an open connection, so a running
station goes on scanning meanwhile and the copy holds every committed check-in (the WAL
included). Backups live in ``<event file>.backups/`` beside the file and, if one is set, in a
second folder (a USB stick): ``<stem>-YYYYmmdd-HHMMSS-ffffff.db``, 0600, the newest
:data:`KEEP` of each folder kept. A backup appears only once complete (written under a
temporary name, then renamed), so the newest one is never half a file.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

from checkin.paths import private_dir, private_file
from checkin.store import guard
from checkin.store.db import Store, StoreError

KEEP = 12  # every 5 minutes: the last hour; plus the one at exit
INTERVAL_SECONDS = 300


def backup_folder(event_path: Path) -> Path:
    """Where the backups of ``event_path`` are kept beside it."""
    event_path = Path(event_path)
    return event_path.with_name(event_path.name + ".backups")


def backup_now(store: Store, *, second_folder: Path | str | None = None, keep: int = KEEP) -> list[Path]:
    """Copy the open event file into its backup folder (and ``second_folder``); returns the copies.

    A second folder that cannot be written (the stick was pulled out) does not stop the first
    copy: StoreError after it, naming the folder.
    """
    stamp = datetime.now(timezone.utc).strftime("%Y%m%d-%H%M%S-%f")
    name = f"{store.path.stem}-{stamp}.db"
    written = [_copy_into(store, backup_folder(store.path), name, keep)]
    if second_folder:
        try:
            written.append(_copy_into(store, Path(second_folder), name, keep))
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"{second_folder}: the second backup could not be written ({exc});"
                             f" the one beside the event file was: {written[0].name}") from exc
    return written


def _copy_into(store: Store, folder: Path, name: str, keep: int) -> Path:
    private_dir(folder)
    target, part = folder / name, folder / (name + ".part")
    fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)  # private from its first byte
    os.close(fd)
    copy = sqlite3.connect(str(part))
    try:
        store.conn.backup(copy)
        copy.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, no -wal beside it
    finally:
        copy.close()
    os.replace(part, target)
    for old in list_backups_in(folder, store.path.stem)[keep:]:
        old.unlink(missing_ok=True)
    return target


def list_backups_in(folder: Path, stem: str) -> list[Path]:
    """The backups of an event named ``stem`` in ``folder``, newest first."""
    if not folder.is_dir():
        return []
    found = [p for p in folder.glob(f"{stem}-????????-??????-??????.db") if p.is_file()]
    return sorted(found, key=lambda p: p.name, reverse=True)


def newest_backup(event_path: Path | str) -> Path | None:
    """The newest rotating backup beside the event file, if any."""
    event_path = Path(event_path)
    found = list_backups_in(backup_folder(event_path), event_path.stem)
    return found[0] if found else None


def list_backups(event_path: Path | str, second_folder: Path | str | None = None) -> list[Path]:
    """Every backup of the event file, newest first: rotating ones, then those made before upgrades."""
    event_path = Path(event_path)
    found = list_backups_in(backup_folder(event_path), event_path.stem)
    if second_folder:
        found += list_backups_in(Path(second_folder), event_path.stem)
    found.sort(key=lambda p: p.name[len(event_path.stem):], reverse=True)
    upgrades = sorted(event_path.parent.glob(f"{event_path.name}.before-*.bak"),
                      key=lambda p: p.stat().st_mtime, reverse=True)
    return found + upgrades


def change_stamp(store: Store) -> tuple[int, int, int]:
    """Equal at two moments only if nothing was committed to the file in between.

    ``data_version`` changes when any other connection (another thread, another program)
    commits; ``total_changes`` counts this connection's own writes; the connection's id
    covers a reconnection (a rescued WAL), after which both start again.
    """
    return id(store.conn), store.conn.execute("PRAGMA data_version").fetchone()[0], store.conn.total_changes


def _clean_mark(event_path: Path) -> Path:
    return backup_folder(event_path) / f"{event_path.stem}.clean"


def _file_state(event_path: Path) -> list[int] | None:
    """(size, mtime_ns, inode) of a closed event file; None while a non-empty WAL is beside it."""
    wal = event_path.with_name(event_path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return None
    st = event_path.stat()
    return [st.st_size, st.st_mtime_ns, st.st_ino]


def write_clean_mark(event_path: Path | str) -> bool:
    """After a clean close whose newest backup holds everything: note the file as it was left.

    The next start that finds the file unchanged (:func:`take_clean_mark`) knows that backup
    holds everything, and its exit needs no new copy unless something is written meanwhile.
    """
    event_path = Path(event_path)
    try:
        newest = list_backups_in(backup_folder(event_path), event_path.stem)
        state = _file_state(event_path)
        if not newest or state is None:
            return False
        mark = _clean_mark(event_path)
        mark.write_text(json.dumps({"backup": newest[0].name, "state": state}), encoding="utf-8")
        return True
    except OSError:
        return False


def take_clean_mark(event_path: Path | str) -> tuple[bool, bool]:
    """(the file is as the last clean close left it, and that close's backup is still the newest).

    The mark is used up: after a start that then stops uncleanly, the next start checks the
    file and the next exit takes a backup. Anything else (no mark, the file or its WAL written
    since, by the command line or another program) says (False, False); a backup gone or a
    newer one made says (True, False).
    """
    event_path = Path(event_path)
    mark = _clean_mark(event_path)
    try:
        data = json.loads(mark.read_text(encoding="utf-8"))
        mark.unlink()
        if _file_state(event_path) != data["state"]:
            return False, False
        newest = list_backups_in(backup_folder(event_path), event_path.stem)
        return True, bool(newest) and newest[0].name == data["backup"]
    except (OSError, ValueError, KeyError, TypeError):
        mark.unlink(missing_ok=True)
        return False, False


def _is_sound(path: Path) -> str | None:
    """None when ``path`` is a readable, undamaged SQLite file; else what is wrong."""
    try:
        con = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            rows = [r[0] for r in con.execute("PRAGMA quick_check(1)")]
            con.execute("SELECT 1 FROM event").fetchall()
        finally:
            con.close()
    except sqlite3.Error as exc:
        return str(exc)
    return None if rows == ["ok"] else rows[0]


def restore_backup(event_path: Path | str, backup: Path | str | None = None, *,
                   second_folder: Path | str | None = None) -> tuple[Path, Path | None]:
    """Put a backup in place of the event file; returns ``(backup used, where the old file went)``.

    Without ``backup``, the newest sound one. The current file is never deleted: it is moved
    aside to ``<name>.replaced-<time>`` (with its -wal), so a restore can itself be undone.
    No program may have the event file open meanwhile.
    """
    event_path = Path(event_path)
    if backup is None:
        candidates = list_backups(event_path, second_folder)
        if not candidates:
            raise StoreError(f"{event_path}: no backup found (in {backup_folder(event_path).name}/"
                             f"{' or ' + str(second_folder) if second_folder else ''})")
        problems = []
        for candidate in candidates:
            why = _is_sound(candidate)
            if why is None:
                backup = candidate
                break
            problems.append(f"{candidate.name}: {why}")
        else:
            raise StoreError(f"{event_path}: every backup is damaged ({'; '.join(problems)[:200]})")
    backup = Path(backup)
    why = _is_sound(backup) if backup.is_file() else "no such file"
    if why is not None:
        raise StoreError(f"{backup}: cannot be restored ({why})")
    moved = None
    part = event_path.with_name(event_path.name + ".restoring")
    shutil.copyfile(backup, part)
    private_file(part)
    if event_path.exists():
        stamp = datetime.now(timezone.utc).strftime("%Y%m%d-%H%M%S")
        moved = event_path.with_name(f"{event_path.name}.replaced-{stamp}")
        os.replace(event_path, moved)
        for suffix in ("-wal", "-shm"):
            side = event_path.with_name(event_path.name + suffix)
            if side.exists():
                os.replace(side, moved.with_name(moved.name + suffix))
    os.replace(part, event_path)
    guard.forget_checked()
    return backup, moved


def delete_backups(event_path: Path | str, second_folder: Path | str | None = None) -> int:
    """Delete every backup of the event file (after a purge: they hold the erased data); returns how many."""
    event_path = Path(event_path)
    found = list_backups(event_path, second_folder)
    found += [p for p in event_path.parent.glob(f"{event_path.name}.replaced-*") if p.is_file()]
    for path in found:
        path.unlink(missing_ok=True)
    return len(found)
