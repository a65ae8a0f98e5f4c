"""One batch of a registration import: planned from one read of the file, then written at once.

Row by row, an import used to look each person up, read their row back, and insert or
update them with a statement each. A batch instead reads every attendee its rows may
match in one query, decides row by row in Python exactly as before (a row may match a
person added or changed by an earlier row of the same batch), and writes the new people
with one ``executemany``. Planning reads without the write lock (a scanning station keeps
writing meanwhile); :func:`write_plan` runs under the lock, and the importer plans again
there if another connection committed since the read (:func:`outside_writes`).
"""

from __future__ import annotations

import bisect
import string
import time
import uuid
from dataclasses import dataclass, field

from checkin.codes import EventKeys, issue_code
from checkin.store.aliases import add_ticket_codes, ticket_code_holders
from checkin.store.attendees import (
    EDITABLE, INSERT_COLUMNS, changed_attendee_values, insert_attendees, new_attendee_values,
    write_attendee_values,
)
from checkin.store.db import Store, utc_now
from checkin.store.registrations import (
    badge_codes_in_use, import_candidates, next_attendee_id, outside_writes,
)
from checkin.text import search_key

# SQLite's lower() folds ASCII letters only: e-mails are matched as it compares them.
_SQL_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)


def _sql_lower(text: str) -> str:
    return text.lower() if text.isascii() else text.translate(_SQL_LOWER)


def _first(pair: tuple) -> int:
    return pair[0]


_AT = {f: i for i, f in enumerate(EDITABLE)}  # where each field sits in a person's tuple
_EXTERNAL_ID, _EMAIL = _AT["external_id"], _AT["email"]
_CODE = INSERT_COLUMNS.index("code")  # where the badge code sits in an insert tuple
INSERT_CHUNK = 250  # new people written by one executemany: a deadline is checked between two


@dataclass(slots=True)
class Row:
    """One usable row of the file: its line, cleaned values by field, and its identity in the file."""

    line: int
    values: dict[str, str]
    identity_key: str | None
    ticket_code: str = ""
    own_id: int | None = None


@dataclass
class Plan:
    """What one batch writes, in file order, and what it tells the report.

    Each op and ticket code remembers the row (its index in the batch) it comes from, so
    that a plan written in several transactions knows which rows are in the file.
    """

    mark: tuple[int, int]
    # ("insert", [tuples], first row) or ("update", id, values, row): file order, inserts in chunks
    ops: list[tuple] = field(default_factory=list)
    aliases: list[tuple[int, tuple[str, int, str]]] = field(default_factory=list)  # (row, (code, id, source))
    outcomes: list[str] = field(default_factory=list)  # "added", "updated" or "unchanged", by row
    warnings: list[tuple[int, tuple[int, str]]] = field(default_factory=list)  # (row, (line, message))
    done: int = 0  # ops written so far
    aliases_done: int = 0

    @property
    def writes(self) -> bool:
        return bool(self.ops or self.aliases)

    @property
    def finished(self) -> bool:
        return self.done == len(self.ops) and self.aliases_done == len(self.aliases)

    def rows_written(self) -> int:
        """How many of the batch's rows (from the first) are in the file: those before the next op."""
        if self.done == len(self.ops):
            return len(self.outcomes)
        op = self.ops[self.done]
        return op[2] if op[0] == "insert" else op[3]

    def count_into(self, report, rows: int | None = None) -> None:
        """Add the outcomes and warnings of the first ``rows`` rows (all by default) to ``report``."""
        rows = len(self.outcomes) if rows is None else rows
        outcomes = self.outcomes[:rows]
        report.added += outcomes.count("added")
        report.updated += outcomes.count("updated")
        report.unchanged += outcomes.count("unchanged")
        report.warnings.extend(warning for row, warning in self.warnings if row < rows)


class _People:
    """The attendees a batch may touch, kept up to date as the batch's rows are decided.

    Read in steps: those holding the batch's external ids, then, for the rows that match
    none, those with their e-mails, then those named by this app's own ids. Every look-up
    a row makes finds everyone it could match, and changes made by earlier rows. Each
    person is a tuple of the ``EDITABLE`` fields (a re-import reads every person of the file).
    """

    def __init__(self):
        self.current: dict[int, tuple] = {}
        self.by_external_id: dict[str, list[int]] = {}
        self.by_email: dict[str, list[tuple[int, str | None]]] = {}

    def read(self, candidates: list[tuple]) -> None:
        for row in candidates:
            if row[0] not in self.current:
                self.put(row[0], row[1:])

    def put(self, attendee_id: int, values: tuple) -> None:
        old = self.current.get(attendee_id)
        if old is not None:
            if old[_EXTERNAL_ID] and attendee_id in self.by_external_id.get(old[_EXTERNAL_ID], ()):
                self.by_external_id[old[_EXTERNAL_ID]].remove(attendee_id)
            pair = (attendee_id, old[_EXTERNAL_ID])
            if old[_EMAIL] and pair in self.by_email.get(_sql_lower(old[_EMAIL]), ()):
                self.by_email[_sql_lower(old[_EMAIL])].remove(pair)
        self.current[attendee_id] = values
        if values[_EXTERNAL_ID]:
            bisect.insort(self.by_external_id.setdefault(values[_EXTERNAL_ID], []), attendee_id)
        if values[_EMAIL]:
            bisect.insort(self.by_email.setdefault(_sql_lower(values[_EMAIL]), []),
                          (attendee_id, values[_EXTERNAL_ID]), key=_first)

    def match(self, row: Row) -> int | None:
        """The person a row updates: external id, else e-mail (if the external ids do not
        contradict), else this app's own attendee id when the names agree."""
        values = row.values
        external_id, email = values.get("external_id"), values.get("email", "")
        if external_id and self.by_external_id.get(external_id):
            return self.by_external_id[external_id][0]
        for attendee_id, stored_external_id in self.by_email.get(_sql_lower(email), ()) if email else ():
            if not stored_external_id or not external_id:
                return attendee_id
        if row.own_id is not None:  # this app's own attendees.csv, back into its file
            stored = self.current.get(row.own_id)
            if stored is not None and search_key(stored[_AT["full_name"]]) == search_key(values["full_name"]):
                return row.own_id
        return None


def plan_batch(store: Store, rows: list[Row], keys: EventKeys, source: str) -> Plan:
    """Decide every row of a batch (added, updated, unchanged; ticket codes) from one read."""
    plan = Plan(outside_writes(store))
    people = _People()
    people.read(import_candidates(store, "external_id", sorted(
        {r.values["external_id"] for r in rows if r.values.get("external_id")})))
    # An external id, once matched, stays matched through the batch (it is never emptied, and
    # a row giving it to someone else repeats this row's identity): e-mails only for the others.
    unmatched = [r for r in rows if not people.by_external_id.get(r.values.get("external_id") or "")]
    people.read(import_candidates(store, "email", sorted(
        {_sql_lower(r.values["email"]) for r in unmatched if r.values.get("email")})))
    people.read(import_candidates(store, "id", sorted({r.own_id for r in unmatched if r.own_id is not None})))
    next_id = next_attendee_id(store)
    now = utc_now()
    holders = ticket_code_holders(store, sorted({r.ticket_code for r in rows if r.ticket_code}))
    inserts: list[list] = []
    for index, row in enumerate(rows):
        attendee_id = people.match(row)
        if attendee_id is None:
            attendee_id, next_id = next_id, next_id + 1
            values = new_attendee_values(**row.values, cleaned=True)  # the parser cleaned every cell
            if len(inserts) == INSERT_CHUNK or not inserts:
                inserts = []
                plan.ops.append(("insert", inserts, index))
            inserts.append([attendee_id, uuid.uuid4().hex, *values.values(), None, "import", now, now])
            people.put(attendee_id, tuple(values[f] for f in EDITABLE))
            plan.outcomes.append("added")
        else:
            current = people.current[attendee_id]
            changes = {
                k: v for k, v in row.values.items()
                if current[_AT[k]] != v and (v or k not in ("external_id", "email"))
            }
            if changes:
                values = changed_attendee_values(dict(zip(EDITABLE, current)), changes)
                people.put(attendee_id, tuple(values[f] for f in EDITABLE))
                inserts = []  # a row may update someone an earlier row of the batch added: in order
                plan.ops.append(("update", attendee_id, values, index))
                plan.outcomes.append("updated")
            else:
                plan.outcomes.append("unchanged")
        if row.ticket_code:  # the first row to claim a ticket code keeps it
            holder = holders.get(row.ticket_code)
            if holder is None:
                holders[row.ticket_code] = attendee_id
                plan.aliases.append((index, (row.ticket_code, attendee_id, source)))
            elif holder != attendee_id:
                plan.warnings.append((index, (row.line, f"ticket code {row.ticket_code!r} already belongs to"
                                              " someone else; not added")))
    _issue_codes(store, plan, keys)
    return plan


def _issue_codes(store: Store, plan: Plan, keys: EventKeys) -> None:
    """A badge code for every new person, unique in the file (30 random bits collide now and then)."""
    new = [person for op in plan.ops if op[0] == "insert" for person in op[1]]
    drawn: set[str] = set()

    def draw() -> str:
        while True:
            code = issue_code(keys)
            if code not in drawn:
                drawn.add(code)
                return code

    for person in new:
        person[_CODE] = draw()
    check = new
    while check:
        taken = badge_codes_in_use(store, [p[_CODE] for p in check])
        check = [p for p in check if p[_CODE] in taken]
        for person in check:
            person[_CODE] = draw()
    for i, op in enumerate(plan.ops):
        if op[0] == "insert":
            plan.ops[i] = ("insert", [tuple(p) for p in op[1]], op[2])


def write_plan(store: Store, plan: Plan, until: float | None = None) -> None:
    """Write what is left of a planned batch, in file order; the caller holds the transaction.

    With ``until`` (a ``time.monotonic()`` deadline) it stops at the first op that ends past
    it, so that the caller can commit and let a desk in: a write that happens to carry a large
    merge of the search indexes then ends the transaction early, as the row-by-row importer's
    time check did. Ticket codes are written for the rows written.
    """
    while plan.done < len(plan.ops):
        op = plan.ops[plan.done]
        if op[0] == "insert":
            insert_attendees(store, op[1])
        else:
            write_attendee_values(store, op[1], op[2])
        plan.done += 1
        if until is not None and time.monotonic() > until:
            break
    written = plan.rows_written()
    aliases = [alias for row, alias in plan.aliases[plan.aliases_done:] if row < written]
    if aliases:
        add_ticket_codes(store, aliases)
        plan.aliases_done += len(aliases)
