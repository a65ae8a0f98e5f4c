"""Ticket codes from the registration tool, kept as aliases of an attendee's badge code."""

from __future__ import annotations

import json

from checkin.store.attendees import Attendee
from checkin.store.db import Store


def set_ticket_code(store: Store, attendee_id: int, code: str, source: str = "") -> bool:
    """Record ``code`` as admitting ``attendee_id``; False (nothing changed) when another person holds it."""
    code = (code or "").strip()
    if not code:
        return False
    with store.transaction() as c:
        row = c.execute("SELECT attendee_id FROM code_aliases WHERE code = ?", (code,)).fetchone()
        if row is not None:
            return row["attendee_id"] == attendee_id
        c.execute("INSERT INTO code_aliases (code, attendee_id, source) VALUES (?,?,?)",
                  (code, attendee_id, source))
    return True


def ticket_code_holders(store: Store, codes: list[str]) -> dict[str, int]:
    """{code: attendee id} for those of ``codes`` already recorded as ticket codes."""
    rows = store.conn.execute(
        "SELECT code, attendee_id FROM code_aliases WHERE code IN (SELECT value FROM json_each(?))",
        (json.dumps(codes),),
    )
    return dict(rows.fetchall())


def add_ticket_codes(store: Store, rows: list[tuple[str, int, str]]) -> None:
    """Record many ``(code, attendee id, source)`` at once, none of them recorded yet."""
    with store.transaction() as c:
        c.executemany("INSERT INTO code_aliases (code, attendee_id, source) VALUES (?,?,?)", rows)


def find_by_ticket_code(store: Store, code: str) -> Attendee | None:
    """The attendee a registration tool's ticket code belongs to, or None."""
    row = store.conn.execute(
        "SELECT a.* FROM code_aliases x JOIN attendees a ON a.id = x.attendee_id WHERE x.code = ?",
        ((code or "").strip(),),
    ).fetchone()
    return Attendee.from_row(row) if row else None


def ticket_codes_of(store: Store, attendee_id: int) -> list[str]:
    """Every ticket code of one attendee, in the order they were recorded."""
    rows = store.conn.execute(
        "SELECT code FROM code_aliases WHERE attendee_id = ? ORDER BY rowid", (attendee_id,)
    )
    return [r["code"] for r in rows]



def copy_ticket_codes(conn, pkg) -> int:
    """Add a newer package's ticket codes (by attendee uid) to this file; codes already here are kept."""
    rows = pkg.execute(
        "SELECT x.code, x.source, a.uid FROM code_aliases x JOIN attendees a ON a.id = x.attendee_id"
    )
    before = conn.total_changes
    conn.executemany(
        "INSERT OR IGNORE INTO code_aliases (code, attendee_id, source)"
        " SELECT ?, id, ? FROM attendees WHERE uid = ?",
        [(r[0], r[1], r[2]) for r in rows],
    )
    return conn.total_changes - before
