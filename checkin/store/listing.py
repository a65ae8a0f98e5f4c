"""The organisers' attendee list: filtered and sorted id snapshots, pages of rows, history.

The attendee view never loads 100,000 rows at once. It asks once per filter or
sort for the ordered ids (:func:`ordered_ids`, a few hundred kilobytes of
integers, computed off the GUI thread) and then for the rows of whatever window
is on screen (:func:`rows_for_ids`, an indexed lookup of a few hundred rows).
"""

from __future__ import annotations

import sqlite3
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

from checkin.store.attendees import Attendee, attendee_search_key
from checkin.store.db import Store, utc_now
from checkin.text import clean_name, search_key

#: Sortable columns of the attendee view and the SQL expression each sorts by.
SORT_KEYS = {
    "name": "a.full_name COLLATE NOCASE",
    "organisation": "a.organisation COLLATE NOCASE",
    "category": "a.category COLLATE NOCASE",
    "status": "a.status",
    "checked_in": "e.arrived_at IS NULL, e.arrived_at",
}

# First valid entrance admission of each attendee: "arrived at".
_ARRIVALS = (
    "SELECT attendee_id, MIN(at) AS arrived_at FROM live_checkins"
    " WHERE session_id IS NULL AND direction = 'in' AND attendee_id IS NOT NULL"
    " GROUP BY attendee_id"
)


@dataclass(frozen=True)
class ListRow:
    """One line of the attendee view."""

    id: int
    full_name: str
    organisation: str
    category: str
    status: str
    arrived_at: str | None  # stored UTC text of the first entrance check-in, None if not arrived
    pending: str | None = None  # 'payment' or 'approval' while the registration is not settled


@dataclass(frozen=True)
class SessionStatus:
    """Where one attendee stands for one session."""

    session_id: int
    title: str
    room: str
    starts_at: str | None
    restricted: bool
    allowed: bool  # on the list of a restricted session (always True when not restricted)
    last_direction: str | None  # 'in' / 'out' of the latest valid movement, None if never scanned
    last_at: str | None


@dataclass(frozen=True)
class HistoryEntry:
    """One line of an attendee's history, oldest first."""

    at: str
    kind: str  # checkin | undo | print | revoke | scan
    station: str
    detail: str  # method / reason / output / scan status and message
    session: str  # session title, '' for the entrance
    checkin_id: str = ""  # the check-in a 'checkin' line records or an 'undo' line takes back


def filter_words(text: str) -> list[str]:
    """The folded words of a filter, as matched against ``attendees.search_key``."""
    return [w for w in search_key(text).split(" ") if w and w != "|"]


def match_clause(words: list[str]) -> tuple[str, list]:
    """SQL condition on ``attendees a`` true when every word is found, and its parameters.

    Words of 3+ characters are found anywhere in the search key through the trigram
    index (``db/0005_search_index.sql``); 2-character words, which a trigram index cannot
    hold, at the start of a word through the prefix index (``db/0041_search_prefix.sql``).
    A single character (never searched alone: the desk waits for two) only narrows the
    other words' matches, anywhere in the key, with ``instr``, like a 2-character word
    without a letter or digit (nothing to index).
    """
    long_words = [w for w in words if len(w) >= 3]
    short_words = [w for w in words if len(w) == 2 and any(ch.isalnum() for ch in w)]
    parts, params = [], []
    if long_words:
        parts.append("a.id IN (SELECT rowid FROM attendee_search WHERE attendee_search MATCH ?)")
        params.append(" AND ".join(_quoted(w) for w in long_words))
    if short_words:
        parts.append("a.id IN (SELECT rowid FROM attendee_words WHERE attendee_words MATCH ?)")
        params.append(" AND ".join(_quoted(w) + "*" for w in short_words))
    for w in words:
        if len(w) < 3 and w not in short_words:  # instr after the indexed words (SQLite keeps the order)
            parts.append("instr(a.search_key, ?) > 0")
            params.append(w)
    return " AND ".join(parts) or "1", params


def _quoted(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def search_attendees_fast(store: Store, text: str, limit: int | None = 50) -> list[Attendee]:
    """Attendees matching every word of ``text`` (see :func:`match_clause`), in name order, from indexes."""
    words = filter_words(text)
    if not words:
        return []
    where, params = match_clause(words)
    order = " ORDER BY a.full_name COLLATE NOCASE, a.id" + (" LIMIT ?" if limit is not None else "")
    if limit is not None:
        params.append(limit)
    # Two plans, each fast where the other is slow. Walking the name index and probing the
    # word indexes stops after ``limit`` matches: quick when many people match ("he" among
    # 100,000: about 1 ms), slow when few do (it walks every name). Fetching every match and
    # sorting is the reverse. The index counts how many match each word, in well under a
    # millisecond, and the smallest count chooses.
    walk = limit is not None and _fewest_matches(store, words) >= WALK_FROM
    plan = "INDEXED BY attendees_name" if walk else ""
    rows = store.conn.execute(f"SELECT a.* FROM attendees a {plan} WHERE {where}{order}", params)
    return [Attendee.from_row(r) for r in rows]


#: Matches from which walking the name index beats sorting the matches (measured at 100,000).
WALK_FROM = 5000


def _fewest_matches(store: Store, words: list[str]) -> int:
    """How many attendees match the most selective indexed word (a bound on the matches)."""
    counts = []
    for w in words:
        if len(w) >= 3:
            sql, query = "SELECT COUNT(*) FROM attendee_search WHERE attendee_search MATCH ?", _quoted(w)
        elif len(w) == 2 and any(ch.isalnum() for ch in w):
            sql, query = "SELECT COUNT(*) FROM attendee_words WHERE attendee_words MATCH ?", _quoted(w) + "*"
        else:
            continue
        counts.append(store.conn.execute(sql, (query,)).fetchone()[0])
    return min(counts, default=0)


def ordered_ids(store: Store, text: str = "", sort: str = "name", descending: bool = False,
                category: str | None = None) -> list[int]:
    """Ids of the attendees matching ``text`` (every word, accent-insensitive), in view order.

    ``category`` keeps only that category ('' = attendees without one).
    """
    if sort not in SORT_KEYS:
        raise ValueError(f"cannot sort by {sort!r}")
    where, params = match_clause(filter_words(text))
    if category is not None:
        where += " AND a.category = ?"
        params.append(category)
    order = SORT_KEYS[sort]
    if descending:
        order = ", ".join(f"{part} DESC" for part in order.split(", "))
    join = f"LEFT JOIN ({_ARRIVALS}) e ON e.attendee_id = a.id" if sort == "checked_in" else ""
    tie = "a.id DESC" if descending else "a.id"
    sql = f"SELECT a.id FROM attendees a {join} WHERE {where} ORDER BY {order}, {tie}"
    return [r[0] for r in store.conn.execute(sql, params)]


def rows_for_ids(store: Store, ids: Sequence[int]) -> dict[int, ListRow]:
    """The view rows of some attendees, by id (ids that do not exist are left out)."""
    out: dict[int, ListRow] = {}
    for start in range(0, len(ids), 500):  # stay far below SQLite's bound-parameter limit
        chunk = list(ids[start:start + 500])
        marks = ",".join("?" * len(chunk))
        rows = store.conn.execute(
            "SELECT a.id, a.full_name, a.organisation, a.category, a.status, a.pending,"
            " (SELECT MIN(c.at) FROM live_checkins c WHERE c.attendee_id = a.id AND c.session_id IS NULL"
            "  AND c.direction = 'in') AS arrived_at"
            f" FROM attendees a WHERE a.id IN ({marks})",
            chunk,
        )
        for r in rows:
            out[r["id"]] = ListRow(r["id"], r["full_name"], r["organisation"], r["category"], r["status"],
                                   r["arrived_at"], r["pending"])
    return out


def session_statuses(store: Store, attendee_id: int) -> list[SessionStatus]:
    """Every session with this attendee's access and latest valid movement, by start time."""
    rows = store.conn.execute(
        """
        SELECT s.id, s.title, COALESCE(s.room, '') AS room, s.starts_at, s.restricted,
               EXISTS (SELECT 1 FROM session_access x WHERE x.session_id = s.id AND x.attendee_id = :a)
                   AS listed,
               (SELECT c.direction || ' ' || c.at FROM live_checkins c
                 WHERE c.attendee_id = :a AND c.session_id = s.id
                 ORDER BY c.at DESC, c.station_uid DESC, c.seq DESC LIMIT 1) AS last
        FROM sessions s ORDER BY s.starts_at IS NULL, s.starts_at, s.id
        """,
        {"a": attendee_id},
    )
    out = []
    for r in rows:
        direction, _, at = (r["last"] or "").partition(" ")
        out.append(SessionStatus(
            r["id"], r["title"], r["room"], r["starts_at"], bool(r["restricted"]),
            bool(r["listed"]) or not r["restricted"], direction or None, at or None,
        ))
    return out


def attendee_history(store: Store, attendee_id: int) -> list[HistoryEntry]:
    """Check-ins, undos, badge prints, revoked badges and scan-log lines of one attendee, oldest first.

    The scan-log lines are those that say more than a check-in: refusals, duplicates,
    overrides; a plain admission is its check-in line.
    """
    rows = store.conn.execute(
        """
        SELECT c.at, 'checkin' AS kind, c.station, c.direction || ' ' || c.method AS detail,
               COALESCE(s.title, '') AS session, c.id AS checkin_id
          FROM checkins c LEFT JOIN sessions s ON s.id = c.session_id WHERE c.attendee_id = :a
        UNION ALL
        SELECT u.at, 'undo', u.station, u.reason, COALESCE(s.title, ''), c.id
          FROM checkin_undos u JOIN checkins c ON c.id = u.checkin_id
          LEFT JOIN sessions s ON s.id = c.session_id WHERE c.attendee_id = :a
        UNION ALL
        SELECT p.at, 'print', p.station, p.output, '', '' FROM badge_prints p WHERE p.attendee_id = :a
        UNION ALL
        SELECT r.at, 'revoke', r.station, r.reason, '', '' FROM revocations r WHERE r.attendee_id = :a
        UNION ALL
        SELECT l.at, 'scan', l.station, TRIM(l.status || ' ' || l.message), COALESCE(s.title, ''), ''
          FROM scan_log l LEFT JOIN sessions s ON s.id = l.session_id
         WHERE l.attendee_id = :a AND (l.status != 'accepted' OR l.message != '')  -- db/0065
        ORDER BY 1, 2
        """,
        {"a": attendee_id},
    )
    return [HistoryEntry(r[0], r[1], r[2], r[3] or "", r[4], r[5] or "") for r in rows]


def categories(store: Store) -> list[str]:
    """The distinct non-empty categories, alphabetically."""
    rows = store.conn.execute(
        "SELECT DISTINCT category FROM attendees WHERE category != '' ORDER BY category COLLATE NOCASE"
    )
    return [r[0] for r in rows]


def bulk_add_attendees(store: Store, people: Iterable[dict], *, source: str = "import") -> int:
    """Insert many attendees in one transaction, without badge codes (benchmarks, big imports).

    Each dict holds ``full_name`` and optionally ``organisation``, ``category``,
    ``email``. Badge codes are issued later, when badges are printed.
    """
    now = utc_now()
    batch = []
    for p in people:
        name = clean_name(p["full_name"])
        org, cat, email = (clean_name(p.get(k, "")) for k in ("organisation", "category", "email"))
        batch.append((uuid.uuid4().hex, name, org, cat, email, source,
                      attendee_search_key(name, org, email), now, now))
    with store.transaction() as c:
        c.executemany(
            "INSERT INTO attendees (uid, full_name, organisation, category, email, source, search_key,"
            " created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)",
            batch,
        )
    return len(batch)


def copy_event_file(store: Store, target: Path | str) -> Path:
    """A consistent copy of the open event file (SQLite backup), e.g. to preview an import on."""
    target = Path(target)
    copy = sqlite3.connect(str(target))
    try:
        store.conn.backup(copy)
    finally:
        copy.close()
    return target


def find_attendees(store: Store, text: str, limit: int | None = 50) -> list[Attendee]:
    """The desk's and the CLI's one search: a whole badge code, ticket code or external id finds its
    holder first, then names, organisations and e-mails match as in ``search_attendees_fast``."""
    from checkin.codes import normalise

    raw = (text or "").strip()
    exact: list[Attendee] = []
    if raw:
        rows = store.conn.execute(
            "SELECT a.* FROM attendees a WHERE a.code = ? OR a.external_id = ?"
            " UNION SELECT a.* FROM code_aliases x JOIN attendees a ON a.id = x.attendee_id WHERE x.code = ?"
            " ORDER BY 1",
            (normalise(raw), raw, raw),
        )
        exact = [Attendee.from_row(r) for r in rows]
    seen = {a.id for a in exact}
    rest = [a for a in search_attendees_fast(store, raw, limit) if a.id not in seen]
    found = exact + rest
    return found if limit is None else found[:limit]
