"""Attendees: creating, finding, searching."""

from __future__ import annotations

import sqlite3
import uuid
from dataclasses import dataclass

from checkin.codes import issue_code
from checkin.store.db import Store, StoreError, field_names, utc_now
from checkin.store.event import get_event
from checkin.store.versions import record_attendee_version
from checkin.text import clean_name, search_key

EDITABLE = ("external_id", "first_name", "last_name", "full_name", "organisation", "category", "role",
            "email", "status", "pending")
PENDING = ("payment", "approval")  # why a registration is not settled yet (None: it is)
# The columns an insert writes, in order: the id, the uid, the fields of new_attendee_values, then these.
INSERT_COLUMNS = ("id", "uid", "external_id", "first_name", "last_name", "full_name", "organisation",
                  "category", "role", "email", "status", "pending", "search_key", "code", "source", "created_at",
                  "updated_at")
_INSERT_WITH_ID = (f"INSERT INTO attendees ({', '.join(INSERT_COLUMNS)})"
                   f" VALUES ({', '.join('?' * len(INSERT_COLUMNS))})")
_INSERT_WITHOUT_ID = (f"INSERT INTO attendees ({', '.join(INSERT_COLUMNS[1:])})"
                      f" VALUES ({', '.join('?' * (len(INSERT_COLUMNS) - 1))})")


@dataclass(frozen=True)
class Attendee:
    id: int
    uid: str
    external_id: str | None
    first_name: str
    last_name: str
    full_name: str
    organisation: str
    category: str
    role: str
    email: str
    status: str
    code: str | None
    source: str
    pending: str | None = None  # 'payment' or 'approval': the desk refuses until an organiser confirms

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> "Attendee":
        return cls(**{name: row[name] for name in field_names(cls)})

    @property
    def display_name(self) -> str:
        return self.full_name


def compose_full_name(first: str, last: str) -> str:
    return clean_name(f"{first} {last}")


def attendee_search_key(full_name: str, organisation: str = "", email: str = "",
                        first_name: str = "", last_name: str = "") -> str:
    first, last = search_key(first_name), search_key(last_name)
    if first and last and full_name == f"{first_name} {last_name}":
        full = f"{first} {last}"  # what search_key(full_name) gives, from the two keys at hand
    else:
        full = search_key(full_name)
    parts = [(full_name, full), (first_name, first), (last_name, last), (organisation, None), (email, None)]
    return " | ".join(search_key(p) if key is None else key for p, key in parts if p)


def add_attendee(
    store: Store,
    *,
    full_name: str = "",
    first_name: str = "",
    last_name: str = "",
    organisation: str = "",
    category: str = "",
    role: str = "",
    email: str = "",
    external_id: str | None = None,
    status: str = "registered",
    source: str = "import",
    code: str | None = None,
    uid: str | None = None,
    station: str | None = None,
    pending: str | None = None,
) -> Attendee:
    """Insert one attendee, issuing a badge code unless one is given.

    With ``station`` (a walk-in registered at a desk) the new row is also recorded
    as a version of that station, so it travels in the station's journal.
    """
    values = new_attendee_values(
        full_name=full_name, first_name=first_name, last_name=last_name, organisation=organisation,
        category=category, role=role, email=email, external_id=external_id, status=status, pending=pending,
    )
    now = utc_now()
    keys = get_event(store).keys
    with store.transaction() as c:
        for _attempt in range(5):
            new_code = code or issue_code(keys)
            try:
                cur = c.execute(
                    _INSERT_WITHOUT_ID,
                    (uid or uuid.uuid4().hex, *values.values(), new_code, source, now, now),
                )
                break
            except sqlite3.IntegrityError:
                if code:  # a given code that clashes is the caller's problem
                    raise StoreError(f"badge code {code} is already used")
        else:  # pragma: no cover - 30 random bits colliding five times in a row
            raise StoreError("could not issue a unique badge code")
        if station is not None:
            record_attendee_version(store, cur.lastrowid, station=station, at=now)
    return get_attendee(store, cur.lastrowid)


def new_attendee_values(*, full_name: str = "", first_name: str = "", last_name: str = "",
                        organisation: str = "", category: str = "", role: str = "", email: str = "",
                        external_id: str | None = None, status: str = "registered",
                        pending: str | None = None, cleaned: bool = False) -> dict:
    """The stored fields of a new attendee, in ``INSERT_COLUMNS`` order (external_id to search_key).

    Names are cleaned (``cleaned``: the caller passes ``clean_name`` results already) and the
    full name composed when not given; the search key is computed. Raises ``StoreError`` for a
    row without a name or an unknown pending reason.
    """
    if not cleaned:
        first_name, last_name = clean_name(first_name), clean_name(last_name)
        full_name = clean_name(full_name)
        organisation, category, role = clean_name(organisation), clean_name(category), clean_name(role)
        email = clean_name(email)
    full_name = full_name or compose_full_name(first_name, last_name)
    if not full_name:
        raise StoreError("an attendee needs a name")
    if pending is not None and pending not in PENDING:
        raise StoreError(f"unknown pending reason {pending!r}")
    return {
        "external_id": external_id or None, "first_name": first_name, "last_name": last_name,
        "full_name": full_name, "organisation": organisation, "category": category, "role": role,
        "email": email, "status": status, "pending": pending,
        "search_key": attendee_search_key(full_name, organisation, email, first_name, last_name),
    }


def insert_attendees(store: Store, rows: list[tuple]) -> None:
    """Insert many attendees at once, each a tuple in ``INSERT_COLUMNS`` order, ids included.

    For importers, which choose the ids (the next free ones, as SQLite would), the codes
    and the uids themselves; a clash on any of them raises ``sqlite3.IntegrityError``.
    """
    with store.transaction() as c:
        c.executemany(_INSERT_WITH_ID, rows)


def update_attendee(store: Store, attendee_id: int, *, station: str | None = None, **changes) -> Attendee:
    """Change some fields of an attendee; names are cleaned, the search key rebuilt.

    With ``station`` (an edit made at a desk) the change is recorded as a version of
    that station, so it travels in the station's journal.
    """
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise ValueError(f"not editable: {', '.join(sorted(unknown))}")
    current = get_attendee(store, attendee_id)
    values = changed_attendee_values({f: getattr(current, f) for f in EDITABLE}, changes)
    with store.transaction():
        write_attendee_values(store, attendee_id, values)
        if station is not None:
            record_attendee_version(store, attendee_id, station=station, at=values["updated_at"])
    return get_attendee(store, attendee_id)


def changed_attendee_values(current: dict, changes: dict) -> dict:
    """The editable fields of an attendee after ``changes``, with search key and ``updated_at``.

    ``current`` holds every field of ``EDITABLE``. Names are cleaned; the full name is
    recomposed when only the first or last name changes. Raises ``StoreError`` for an
    unknown status or pending reason, or a change that leaves no name.
    """
    values = dict(current)
    for key, value in changes.items():
        values[key] = value if key in ("external_id", "status", "pending") else clean_name(value)
    if values["status"] not in ("registered", "cancelled"):
        raise StoreError(f"unknown status {values['status']!r}")
    if values["pending"] is not None and values["pending"] not in PENDING:
        raise StoreError(f"unknown pending reason {values['pending']!r}")
    if "full_name" not in changes and ({"first_name", "last_name"} & set(changes)):
        values["full_name"] = compose_full_name(values["first_name"], values["last_name"])
    if not values["full_name"]:
        raise StoreError("an attendee needs a name")
    values["search_key"] = attendee_search_key(
        values["full_name"], values["organisation"], values["email"], values["first_name"],
        values["last_name"],
    )
    values["updated_at"] = utc_now()
    return values


def write_attendee_values(store: Store, attendee_id: int, values: dict) -> None:
    """Store ``values`` (as :func:`changed_attendee_values` gives them) on one attendee."""
    assignments = ", ".join(f"{k} = ?" for k in values)
    with store.transaction() as c:
        c.execute(f"UPDATE attendees SET {assignments} WHERE id = ?", (*values.values(), attendee_id))


# The columns of an Attendee in field order: a scan builds the record from the row as it comes
# (``SELECT *`` read the search key too, and ``from_row`` looked every field up by name).
_FIELDS = ", ".join(field_names(Attendee))


def get_attendee(store: Store, attendee_id: int) -> Attendee:
    row = store.conn.execute(f"SELECT {_FIELDS} FROM attendees WHERE id = ?", (attendee_id,)).fetchone()
    if row is None:
        raise StoreError(f"no attendee with id {attendee_id}")
    return Attendee(*row)


def find_by_code(store: Store, code: str) -> Attendee | None:
    row = store.conn.execute(f"SELECT {_FIELDS} FROM attendees WHERE code = ?", (code,)).fetchone()
    return Attendee(*row) if row else None


def find_by_uid(store: Store, uid: str) -> Attendee | None:
    row = store.conn.execute("SELECT * FROM attendees WHERE uid = ?", (uid,)).fetchone()
    return Attendee.from_row(row) if row else None


def count_attendees(store: Store, include_cancelled: bool = True) -> int:
    sql = "SELECT COUNT(*) FROM attendees"
    if not include_cancelled:
        sql += " WHERE status != 'cancelled'"
    return store.conn.execute(sql).fetchone()[0]


def search_attendees(store: Store, text: str, limit: int | None = 50) -> list[Attendee]:
    """Attendees whose name, organisation or email contains ``text``.

    Case-, accent- and Arabic-diacritic-insensitive; every word of the query
    must match somewhere. Results are ordered by name.
    """
    words = [w for w in search_key(text).split(" ") if w and w != "|"]
    if not words:
        return []
    where = " AND ".join("instr(search_key, ?) > 0" for _ in words)
    sql = f"SELECT * FROM attendees WHERE {where} ORDER BY full_name COLLATE NOCASE, id"
    params: list = list(words)
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return [Attendee.from_row(r) for r in store.conn.execute(sql, params)]


def list_attendees(store: Store) -> list[Attendee]:
    rows = store.conn.execute("SELECT * FROM attendees ORDER BY full_name COLLATE NOCASE, id")
    return [Attendee.from_row(r) for r in rows]
