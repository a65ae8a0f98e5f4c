"""Opening an event file: connection settings, migrations, transactions.

One ``Store`` per thread; a connection is never shared between threads.
"""

from __future__ import annotations

import errno
import logging
import os
import sqlite3
from contextlib import contextmanager
from dataclasses import fields
from datetime import datetime, timezone
from functools import cache
from pathlib import Path
from typing import Iterator

import sqlite_utils

from checkin.paths import migrations_dir, private_file
from checkin.store import guard


class StoreError(Exception):
    """A problem with the event file that the user must be told about in one line."""


class StoreBusy(StoreError):
    """Another program holds the write lock longer than the busy timeout: retry, nothing was written."""


class StoreReadOnly(StoreError):
    """The file or its folder cannot be written (a write-protected stick): open it read-only to read."""


@cache
def field_names(cls: type) -> tuple[str, ...]:
    """A row dataclass's field names, computed once (``dataclasses.fields`` costs microseconds a call,
    and a scan decision builds several records)."""
    return tuple(f.name for f in fields(cls))


def utc_now() -> str:
    """The current time as stored: UTC ISO-8601 with microseconds and a trailing Z."""
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def to_stored_time(moment: datetime) -> str:
    """Convert an aware datetime to the stored UTC text form."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime: give a time zone")
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def from_stored_time(text: str) -> datetime:
    """Parse a stored time back into an aware UTC datetime."""
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def available_migrations() -> list[tuple[str, Path]]:
    """The numbered SQL files in ``db/``, in the order they apply."""
    files = sorted(p for p in migrations_dir().glob("[0-9][0-9][0-9][0-9]_*.sql"))
    return [(p.stem, p) for p in files]


class Store:
    """An open event file.

    ``store.conn`` is a plain ``sqlite3`` connection in autocommit mode;
    ``store.db`` wraps it with sqlite-utils. Writes go through
    ``with store.transaction():`` which commits (durably, synchronous=FULL)
    before the block's caller goes on.
    """

    def __init__(self, path: Path | str, *, migrate: bool = True, readonly: bool = False):
        self.path = Path(path)
        self.readonly = readonly
        self.notices: list[str] = []  # things the front end should tell the user (a rescued WAL)
        self._depth = 0
        self._wal_id: tuple[int, int] | None = None
        self._wal_name = str(self.path.with_name(self.path.name + "-wal"))  # stat()ed at every transaction
        self.tx_memo: dict = {}  # what one write transaction looked up once (its stations); emptied at each
        self._busy_ms = 10000
        try:
            if readonly:
                self.conn = guard.connect_readonly(self.path)
            else:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                if not os.access(self.path.parent, os.W_OK) or (
                        self.path.exists() and not os.access(self.path, os.W_OK)):
                    raise StoreReadOnly(guard.readonly_message(self.path))
                created = not self.path.exists()
                self.conn = sqlite3.connect(
                    str(self.path), isolation_level=None, timeout=10.0, check_same_thread=True
                )
                if created:
                    private_file(self.path)
            self.conn.row_factory = sqlite3.Row
            self._configure()
            guard.check_integrity(self)
        except sqlite3.DatabaseError as exc:
            if not readonly and guard.is_readonly_error(exc):
                raise StoreReadOnly(guard.readonly_message(self.path)) from exc
            if "malformed" in str(exc).lower():
                raise StoreError(guard.damaged_message(self.path, str(exc))) from exc
            raise StoreError(f"{self.path}: not a checkin event file ({exc})") from exc
        except OSError as exc:
            if not readonly and exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
                raise StoreReadOnly(guard.readonly_message(self.path)) from exc
            raise StoreError(f"{self.path}: cannot open ({exc.strerror or exc})") from exc
        self.db = sqlite_utils.Database(self.conn)
        if readonly:
            guard.check_versions(self, writing=False)
        elif migrate:
            self.migrate()
        self._remember_wal()

    def _configure(self) -> None:
        c = self.conn
        c.execute(f"PRAGMA busy_timeout = {self._busy_ms}")
        if self.readonly:
            return  # the file stays as it is: its journal mode was set when it was written
        mode = c.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal" and str(self.path) != ":memory:":
            raise StoreError(f"{self.path}: cannot use write-ahead logging (journal mode {mode})")
        # FULL: a commit is on disk (WAL fsynced) before commit() returns.
        c.execute("PRAGMA synchronous = FULL")
        c.execute("PRAGMA foreign_keys = ON")
        # Staging tables of merges and big reads stay in memory; a larger page cache keeps the
        # indexes of a congress-size file (100,000 people, 1,000,000 check-ins) out of the disk.
        c.execute("PRAGMA temp_store = MEMORY")
        c.execute("PRAGMA cache_size = -32768")

    def set_busy_timeout(self, seconds: float) -> None:
        """How long a write waits for another program's lock before :class:`StoreBusy`."""
        self._busy_ms = int(seconds * 1000)
        self.conn.execute(f"PRAGMA busy_timeout = {self._busy_ms}")

    # -- the write-ahead log ----------------------------------------------------------

    def _wal_path(self) -> str:
        return self._wal_name

    def _remember_wal(self) -> None:
        if self.readonly:
            return
        try:
            st = os.stat(self._wal_path())
            self._wal_id = (st.st_dev, st.st_ino)
        except OSError:
            self._wal_id = None

    def check_wal(self) -> bool:
        """Notice that the ``-wal`` file was deleted (or replaced) while this connection had it open.

        SQLite keeps writing into the deleted file, and everything recorded since would be lost
        at the next open. This connection still holds the deleted file, so a checkpoint copies
        its content into the event file; then the connection is reopened on a new WAL and a
        notice is left in :attr:`notices`. Returns True when it had to rescue.
        """
        if self.readonly or self._wal_id is None or self._depth:
            return False
        try:
            st = os.stat(self._wal_path())
            if (st.st_dev, st.st_ino) == self._wal_id:
                return False
        except OSError:
            pass
        self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.conn.close()
        self.conn = sqlite3.connect(str(self.path), isolation_level=None, timeout=10.0, check_same_thread=True)
        self.conn.row_factory = sqlite3.Row
        self._configure()
        self.db = sqlite_utils.Database(self.conn)
        self.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        self._remember_wal()
        logging.getLogger("checkin.store").warning("%s-wal was deleted while open: rescued", self.path.name)
        self.notices.append(
            f"{self.path.name}-wal was deleted while the app ran (by another program or a person): every"
            " check-in was saved into the event file and a new journal was started. Do not delete files"
            " beside the event file."
        )
        return True

    # -- transactions -------------------------------------------------------------

    @property
    def in_transaction(self) -> bool:
        """Inside :meth:`transaction` (this object's write transaction, nested or not)."""
        return self._depth > 0

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction (BEGIN IMMEDIATE); nested use joins the outer one."""
        if self._depth:
            self._depth += 1
            try:
                yield self.conn
            finally:
                self._depth -= 1
            return
        if self.readonly:
            raise StoreReadOnly(guard.readonly_message(self.path))
        # No check of the WAL here: a transaction into a deleted WAL is rescued right after its
        # commit (below), this write with the rest; one stat fewer a scan (docs/BENCHMARKS.md).
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc).lower() or "busy" in str(exc).lower():
                raise StoreBusy(f"{self.path}: the event file is busy: another program is writing to it"
                                f" ({exc})") from exc
            raise _disk_error(self.path, exc) from exc
        self._depth = 1
        self.tx_memo.clear()
        try:
            yield self.conn
        except sqlite3.OperationalError as exc:
            self._depth = 0
            self._rollback()
            raise _disk_error(self.path, exc) from exc
        except BaseException:
            self._depth = 0
            self._rollback()
            raise
        self._depth = 0
        try:
            self.conn.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            self._rollback()
            raise _disk_error(self.path, exc) from exc
        self.check_wal()  # a commit into a deleted WAL is rescued before the caller shows it

    def begin_snapshot(self) -> None:
        """Start a read transaction: until :meth:`end_snapshot`, this connection reads the file
        as it is now, whatever others commit meanwhile (WAL)."""
        self.conn.execute("BEGIN")
        self.conn.execute("SELECT COUNT(*) FROM event").fetchone()  # a read transaction starts at its first read

    def end_snapshot(self) -> None:
        self.conn.execute("COMMIT")

    def _rollback(self) -> None:
        # SQLite has already rolled back on some errors (a full disk, an I/O error):
        # a second ROLLBACK would raise and hide the real cause.
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    # -- migrations ---------------------------------------------------------------

    def applied_migrations(self) -> list[str]:
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
        )
        return [r[0] for r in self.conn.execute("SELECT name FROM _migrations ORDER BY name")]

    def migrate(self) -> list[str]:
        """Apply pending migrations in order, each in its own transaction.

        The file is copied to ``<name>.bak-<migration>`` first when it already
        holds data, so a failed upgrade never costs the event.
        """
        try:
            done = set(self.applied_migrations())
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: not a checkin event file ({exc})") from exc
        guard.check_versions(self, writing=True)
        pending = [(n, p) for n, p in available_migrations() if n not in done]
        if pending and done:
            self._backup(f"before-{pending[0][0]}")
        applied = []
        for name, path in pending:
            sql = path.read_text(encoding="utf-8")
            try:
                self.conn.execute("BEGIN IMMEDIATE")
                for statement in _split_sql(sql):
                    self.conn.execute(statement)
                self.conn.execute(
                    "INSERT INTO _migrations (name, applied_at) VALUES (?, ?)", (name, utc_now())
                )
                self.conn.execute("COMMIT")
            except sqlite3.Error as exc:
                self._rollback()
                raise StoreError(f"{self.path}: migration {name} failed: {exc}") from exc
            applied.append(name)
        guard.record_version(self)
        return applied

    def _backup(self, label: str) -> Path:
        self.conn.execute("PRAGMA wal_checkpoint(FULL)")
        target = self.path.with_name(f"{self.path.name}.{label}.bak")
        backup = sqlite3.connect(str(target))
        private_file(target)
        with backup:
            self.conn.backup(backup)
        backup.close()
        return target

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _split_sql(sql: str) -> list[str]:
    """Split a migration file into statements (sqlite3.complete_statement aware)."""
    statements, buf = [], ""
    for line in sql.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            if buf.strip():
                statements.append(buf.strip())
            buf = ""
    if buf.strip() and not all(
        ln.strip().startswith("--") or not ln.strip() for ln in buf.splitlines()
    ):
        raise StoreError(f"incomplete SQL statement at end of migration: {buf.strip()[:60]}")
    return statements


def _disk_error(path: Path, exc: Exception) -> StoreError:
    text = str(exc).lower()
    if "full" in text:
        return StoreError(f"{path}: the disk is full; nothing was recorded. Free space and retry.")
    return StoreError(f"{path}: could not write ({exc}); nothing was recorded.")


def open_store(path: Path | str) -> Store:
    """Open (creating if needed) and upgrade an event file."""
    return Store(path)
