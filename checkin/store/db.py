"""Opening an event file: connection settings, migrations, transactions.

One ``Store`` per thread; a connection is never shared between threads.
"""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

import sqlite_utils

from checkin.paths import migrations_dir


class StoreError(Exception):
    """A problem with the event file that the user must be told about in one line."""


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

    def __init__(self, path: Path | str, *, migrate: bool = True):
        self.path = Path(path)
        self._depth = 0
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(
                str(self.path), isolation_level=None, timeout=10.0, check_same_thread=True
            )
            self.conn.row_factory = sqlite3.Row
            self._configure()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: not a checkin event file ({exc})") from exc
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot open ({exc.strerror or exc})") from exc
        self.db = sqlite_utils.Database(self.conn)
        if migrate:
            self.migrate()

    def _configure(self) -> None:
        c = self.conn
        c.execute("PRAGMA busy_timeout = 10000")
        mode = c.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal" and str(self.path) != ":memory:":
            raise StoreError(f"{self.path}: cannot use write-ahead logging (journal mode {mode})")
        # FULL: a commit is on disk (WAL fsynced) before commit() returns.
        c.execute("PRAGMA synchronous = FULL")
        c.execute("PRAGMA foreign_keys = ON")

    # -- transactions -------------------------------------------------------------

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
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise StoreError(f"{self.path}: the event file is busy or locked ({exc})") from exc
        self._depth = 1
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
        return applied

    def _backup(self, label: str) -> Path:
        self.conn.execute("PRAGMA wal_checkpoint(FULL)")
        target = self.path.with_name(f"{self.path.name}.{label}.bak")
        backup = sqlite3.connect(str(target))
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
