"""Importing a registration list: one transaction, updates instead of duplicates."""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from checkin.importers.stream import RecordStream, open_stream
from checkin.importers.header_choice import HeaderChoice, choose_header, parse_map, refusal
from checkin.importers.headers import cell_value, normalise_header
from checkin.importers.report import ImportFileError, ImportReport
from checkin.importers.statuses import status_of, unpaid
from checkin.store.aliases import set_ticket_code
from checkin.store.attendees import add_attendee, compose_full_name, get_attendee, update_attendee
from checkin.store.db import Store
from checkin.store.event import get_event
from checkin.store.import_mappings import remember_mapping, remembered_mapping
from checkin.store.registrations import SeenKeys, full_name_of, id_by_external_id, ids_by_email
from checkin.text import search_key

NAME_FIELDS = ("full_name", "first_name", "last_name")
_EMAIL = re.compile(r"^[^@\s,;<>]+@[^@\s,;<>]+\.[^@\s,;<>]+$")
# Headers naming an order rather than a person (one order may hold several tickets).
ORDER_LEVEL_IDS = {
    normalise_header(h)
    for h in ("Order #", "Order ID", "Order number", "Order code", "Numéro de commande", "Code de commande",
              "Référence commande")
}
# A scanning station sharing the file waits at most about this long for a batch to commit.
BATCH_SECONDS = 0.3
# ...and SQLite's busy handler retries every 100 ms at most: pause long enough for it to get in.
BATCH_PAUSE = 0.11
# Fields read from the file that are not attendee columns.
_NOT_STORED = ("position", "paid", "ticket_code", "own_id")


class _DryRun(Exception):
    """Raised inside the transaction to roll a dry run back."""


@dataclass
class Row:
    """One usable row of the file: its line, cleaned values by field, and its identity in the file."""

    line: int
    values: dict[str, str]
    identity_key: str | None
    ticket_code: str = ""
    own_id: int | None = None


def preview_header(path: Path | str, *, sheet: str | None = None, store: Store | None = None,
                   mapping: list[str] | dict[str, str] | None = None) -> tuple[RecordStream, HeaderChoice]:
    """Open the file and choose its header (with ``mapping``, else one remembered in ``store``).

    The import preview shows this before anything is written: the columns, what
    each is taken for, and whether a person must confirm the mapping first. The
    stream's ``lead`` holds the first records (the header and a few rows).
    """
    stream = open_stream(path, sheet)
    overrides = parse_map(mapping) if isinstance(mapping, list) else dict(mapping or {})
    choice = choose_header(stream.lead, overrides)
    if not overrides and store is not None and choice.columns:
        remembered = remembered_mapping(store, choice.header_key)
        if remembered:
            overrides = remembered
            choice = choose_header(stream.lead, overrides)
    if stream.as_one_column(choice.index):
        choice = choose_header(stream.lead, overrides)
    return stream, choice


def import_attendees(store: Store, path: Path | str, *, dry_run: bool = False, sheet: str | None = None,
                     mapping: list[str] | dict[str, str] | None = None, remember: bool = True,
                     progress: Callable[[int, int], None] | None = None) -> ImportReport:
    """Import (or re-import) a registration list from a CSV/TSV export or an .xlsx workbook.

    Encoding, delimiter, the tool that wrote it and header names are detected;
    ``mapping`` (``["Header=field", ...]`` as ``--map`` takes it, or {folded header:
    field}) says what columns mean when the header is not recognised with
    confidence, and is remembered for files with the same headers. People are
    matched on external id, else e-mail (case-insensitive): a match is updated
    and keeps its id and badge code. A ticket code column becomes an alias of
    the badge code. Rows without a name, with a bad e-mail or repeating an earlier
    row are skipped and reported with their line number.

    The file is streamed (memory stays flat for a million rows) and written in
    batches of at most ``BATCH_SECONDS`` each, so a scanning station sharing the
    file never waits longer than that; an interrupted import is completed by
    running it again (rows already in are matched). With ``dry_run`` everything
    runs in one transaction that is rolled back. ``progress(done, total)`` is called
    between batches. Raises ``ImportFileError`` (nothing written) for a file that
    cannot be used, or whose header is unsure.
    """
    path = Path(path)
    stream, choice = preview_header(path, sheet=sheet, store=store, mapping=mapping)
    if not choice.confident:
        raise ImportFileError(refusal(path.name, choice))
    header_at, columns = choice.index, dict(choice.mapping)
    get_event(store)  # a clear error before anything else when the file has no event
    report = ImportReport(
        what="attendees", encoding=stream.encoding, delimiter=stream.delimiter, dry_run=dry_run,
        source=choice.source.name if choice.source else "", warnings=list(stream.warnings),
    )
    pending_means = choice.source.pending_means if choice.source else "payment"

    def data():
        return islice(stream.records(), header_at + 1, None)

    _drop_shared_order_ids(store, choice.columns, data(), columns, report)
    seen = SeenKeys(store, "import")
    rows = _parse_rows(data(), columns, report, pending_means, seen)
    apply = _Applier(store, report, source=report.source or path.name)
    try:
        if dry_run:
            with store.transaction():
                for row in rows:
                    apply(row)
                raise _DryRun
        more = True
        while more:
            more = False
            with store.transaction():
                started = time.monotonic()
                for row in rows:
                    apply(row)
                    if time.monotonic() - started > BATCH_SECONDS:
                        more = True
                        break
            if progress:
                progress(stream.position, stream.size)
            if more:
                time.sleep(BATCH_PAUSE)  # a station waiting for the lock gets in before the next batch
        if mapping and remember:
            overrides = parse_map(mapping) if isinstance(mapping, list) else dict(mapping)
            with store.transaction():
                remember_mapping(store, choice.header_key, overrides)
    except _DryRun:
        pass
    finally:
        seen.drop()
    report.problems.sort()
    return report


def _drop_shared_order_ids(store: Store, header: list[str], data, mapping: dict[str, int],
                           report: ImportReport) -> None:
    """An order number shared by several people (a group order) identifies no one: match by e-mail."""
    index = mapping.get("external_id")
    if index is None or "position" in mapping or normalise_header(header[index]) not in ORDER_LEVEL_IDS:
        return
    orders = SeenKeys(store, "orders")
    try:
        repeated = any(
            orders.first_line(r.cells[index].strip(), r.line) is not None
            for r in data
            if index < len(r.cells) and r.cells[index].strip()
        )
    finally:
        orders.drop()
    if repeated:
        del mapping["external_id"]
        report.notes.append(
            f"column {header[index].strip()!r} repeats (group orders), so it is not used as a person's id;"
            " people are matched by e-mail"
        )


def _parse_rows(records, mapping: dict[str, int], report: ImportReport, pending_means: str,
                seen: SeenKeys) -> Iterator[Row]:
    only_one_name = [f for f in NAME_FIELDS if f in mapping]
    for record in records:
        values = {f: cell_value(record.cells, mapping, f) for f in mapping}
        _fill_names(values, only_one_name)
        if not values["full_name"]:
            report.problem(record.line, "no name; row skipped")
            continue
        if values.get("email") and not _EMAIL.match(values["email"]):
            report.problem(record.line, f"bad e-mail address {values['email']!r}; row skipped")
            continue
        position = values.pop("position", "")
        if position and values.get("external_id"):
            values["external_id"] = f"{values['external_id']}-{position}"
        _set_status(values, pending_means)
        ticket_code = values.pop("ticket_code", "")
        own = values.pop("own_id", "")
        key = _identity_key(values)
        first = seen.first_line(key, record.line) if key is not None else None
        if first is not None:
            what = "external id" if key.startswith("id:") else "e-mail"
            report.problem(record.line, f"same {what} as line {first}; row skipped")
            continue
        yield Row(record.line, values, key, ticket_code, int(own) if own.isdigit() else None)


def _set_status(values: dict[str, str], pending_means: str) -> None:
    """Turn the status (and "Paid: No") cells into status + pending; absent columns change nothing."""
    paid = values.pop("paid", None)
    if "status" in values:
        values["status"], values["pending"] = status_of(values["status"], pending_means)
    if paid is not None and unpaid(paid) and values.get("status", "registered") == "registered":
        values["status"], values["pending"] = "registered", values.get("pending") or "payment"
    elif paid is not None and "pending" not in values:
        values["pending"] = None


def _fill_names(values: dict[str, str], name_columns: list[str]) -> None:
    """Derive the full name (and first/last only when unambiguous) from the columns the file has."""
    if name_columns in (["first_name"], ["last_name"]):  # e.g. a lone "Nom" column: the whole name
        values["full_name"] = values.pop(name_columns[0])
    first, last = values.get("first_name", ""), values.get("last_name", "")
    if not values.get("full_name"):
        values["full_name"] = compose_full_name(first, last)
    if "first_name" not in values and "last_name" not in values:
        words = values["full_name"].split(" ")
        if len(words) == 2 and "," not in values["full_name"]:
            values["first_name"], values["last_name"] = words


def _identity_key(values: dict[str, str]) -> str | None:
    if values.get("external_id"):
        return "id:" + values["external_id"]
    if values.get("email"):
        return "email:" + values["email"].lower()
    return None


class _Applier:
    """Writes one parsed row: matched people are updated, others added; ticket codes recorded."""

    def __init__(self, store: Store, report: ImportReport, source: str):
        self.store, self.report, self.source = store, report, source

    def __call__(self, row: Row) -> None:
        store, report, values = self.store, self.report, row.values
        attendee_id = _match(store, values)
        if attendee_id is None and row.own_id is not None:
            stored = full_name_of(store, row.own_id)  # this app's own attendees.csv, back into its file
            if stored is not None and search_key(stored) == search_key(values["full_name"]):
                attendee_id = row.own_id
        if attendee_id is None:
            attendee_id = add_attendee(store, **values, source="import").id
            report.added += 1
        else:
            current = get_attendee(store, attendee_id)
            changes = {
                k: v
                for k, v in values.items()
                if getattr(current, k) != v and (v or k not in ("external_id", "email"))
            }
            if changes:
                update_attendee(store, attendee_id, **changes)
                report.updated += 1
            else:
                report.unchanged += 1
        if row.ticket_code and not set_ticket_code(store, attendee_id, row.ticket_code, self.source):
            report.warnings.append((row.line, f"ticket code {row.ticket_code!r} already belongs to someone"
                                    " else; not added"))


def _match(store: Store, values: dict) -> int | None:
    external_id, email = values.get("external_id"), values.get("email", "")
    if external_id:
        found = id_by_external_id(store, external_id)
        if found is not None:
            return found
    for attendee_id, stored_external_id in ids_by_email(store, email) if email else []:
        # an e-mail only identifies someone whose stored external id does not contradict the row's
        if not stored_external_id or not external_id:
            return attendee_id
    return None
