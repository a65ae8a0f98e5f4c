"""Which statements would lose an index under a schema change: every SQL statement the tests run on
check-ins, planned on a congress-size file with and without the change.

    .venv/bin/python benchmarks/plan_audit.py DIR/event.db --change "SQL; SQL" [TEST_PATH ...]

1. Runs pytest on the test paths (default: tests/core tests/ui) in this process, with every
   SQLite connection tracing what it executes; keeps the statements that name ``checkins`` or
   ``live_checkins``, literals replaced by ``?`` (comments dropped).
2. Copies the event file (the ``event.db`` that ``benchmarks.scale --workdir DIR`` leaves) and
   applies ``--change`` to the copy.
3. Prints each statement whose ``EXPLAIN QUERY PLAN`` differs between the two files, both plans
   under it. A ``SCAN c`` inside a correlated subquery is a scan of every check-in per outer row.

Used in the fifth session (docs/BENCHMARKS.md) to weigh two ways of lightening the person
index: taking the entrance's movements out of it (25 of the 88 statements plan differently,
several becoming a scan of the log per attendee) and dropping its time column (8 differ, none
loses the index: db/0069).
"""

from __future__ import annotations

import argparse
import re
import shutil
import sqlite3
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_NAMES = re.compile(r"\b(checkins|live_checkins)\b", re.I)
_SKIP = re.compile(r"\s*(CREATE|DROP|PRAGMA|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|ALTER|ANALYZE|VACUUM)\b", re.I)


def normalise(sql: str) -> str:
    sql = re.sub(r"--[^\n]*", "", sql)
    sql = re.sub(r"'(?:[^']|'')*'", "?", sql)
    sql = re.sub(r"(?<![\w.])-?\d+(\.\d+)?(?![\w])", "?", sql)
    return re.sub(r"\s+", " ", sql).strip()


def traced_statements(paths: list[str]) -> set[str]:
    import pytest

    seen: set[str] = set()
    real_connect = sqlite3.connect

    def connect(*args, **kwargs):
        conn = real_connect(*args, **kwargs)
        conn.set_trace_callback(lambda sql: seen.add(sql) if _NAMES.search(sql) else None)
        return conn

    sqlite3.connect = connect
    try:
        code = pytest.main(["-q", "-p", "no:cacheprovider", *paths])
    finally:
        sqlite3.connect = real_connect
    if code != 0:
        raise SystemExit(f"the tests failed (pytest exit {code}): the trace would be incomplete")
    return {normalise(sql) for sql in seen if not _SKIP.match(normalise(sql))}


def plan(conn: sqlite3.Connection, sql: str) -> list[str]:
    try:
        return [row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + sql, [None] * sql.count("?"))]
    except sqlite3.Error as exc:  # a statement on a staging table of its own transaction
        return [f"(not planned: {exc})"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("event", type=Path)
    parser.add_argument("--change", required=True, help="SQL applied to a copy of the file")
    parser.add_argument("tests", nargs="*", default=["tests/core", "tests/ui"])
    args = parser.parse_args()
    statements = traced_statements([str(ROOT / p) for p in args.tests])
    with tempfile.TemporaryDirectory() as name:
        changed = Path(name) / "changed.db"
        shutil.copyfile(args.event, changed)
        conn = sqlite3.connect(changed)
        conn.executescript(args.change)
        conn.close()
        before = sqlite3.connect(f"file:{args.event}?mode=ro", uri=True)
        after = sqlite3.connect(f"file:{changed}?mode=ro", uri=True)
        differ = 0
        for sql in sorted(statements):
            a, b = plan(before, sql), plan(after, sql)
            if a != b:
                differ += 1
                print(f"\n{sql[:400]}\n  before: {'; '.join(a)}\n  after:  {'; '.join(b)}")
        before.close()
        after.close()
    print(f"\n{differ} of {len(statements)} statements on check-ins plan differently after the change")
    return 0


if __name__ == "__main__":
    sys.exit(main())
