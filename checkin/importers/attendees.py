"""Importing a registration list: streamed, written in short batches, updates instead of duplicates."""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator
from itertools import islice
from pathlib import Path

from checkin.importers.batch import Row, plan_batch, write_plan
from checkin.importers.header_choice import HeaderChoice, choose_header, parse_map, refusal
from checkin.importers.headers import normalise_header
from checkin.importers.report import ImportFileError, ImportReport
from checkin.importers.statuses import status_of, unpaid
from checkin.importers.stream import RecordStream, open_stream
from checkin.store.attendees import compose_full_name
from checkin.store.db import Store
from checkin.store.event import get_event
from checkin.store.import_mappings import remember_mapping, remembered_mapping
from checkin.store.registrations import SeenKeys, outside_writes
from checkin.text import clean_name

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
    batches, each planned without the write lock and holding it about ``BATCH_SECONDS``,
    so a scanning station sharing the file never waits much longer than that; an
    interrupted import is completed by running it again (rows already in are matched).
    With ``dry_run`` everything runs in one transaction that is rolled back.
    ``progress(done, total)`` is called between batches. Raises ``ImportFileError``
    (nothing written) for a file that cannot be used, or whose header is unsure.
    """
    path = Path(path)
    stream, choice = preview_header(path, sheet=sheet, store=store, mapping=mapping)
    if not choice.confident:
        raise ImportFileError(refusal(path.name, choice))
    header_at, columns = choice.index, dict(choice.mapping)
    keys = get_event(store).keys  # a clear error before anything else when the file has no event
    report = ImportReport(
        what="attendees", encoding=stream.encoding, delimiter=stream.delimiter, dry_run=dry_run,
        source=choice.source.name if choice.source else "", warnings=list(stream.warnings),
    )
    pending_means = choice.source.pending_means if choice.source else "payment"

    def data():
        return islice(stream.records(), header_at + 1, None)

    _drop_shared_order_ids(store, choice.columns, data(), columns, report)
    seen = SeenKeys(store, "import")
    rows = _parse_rows(data(), columns, report, pending_means)
    batches = _Batches(rows, seen, report)
    source = report.source or path.name

    def step() -> None:
        if progress:
            progress(stream.position, stream.size)

    try:
        if dry_run:
            with store.transaction():
                for batch in batches:
                    write_batch(store, batch, keys, source, report)
                raise _DryRun
        _write_in_batches(store, batches, keys, source, report, step)
        step()  # the whole file read: the bar reaches its end
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


def _write_in_batches(store: Store, batches: _Batches, keys, source: str, report: ImportReport,
                      progress: Callable[[], object]) -> None:
    """Plan each batch without the write lock, write it under the lock, and let a desk in between.

    A batch holds the lock about ``BATCH_SECONDS`` (its size follows the rate measured);
    between two transactions the lock is free at least ``BATCH_PAUSE``, most of it spent
    reading and planning the next batch, so the pause costs little. A write that runs past
    ``BATCH_SECONDS`` by half (a large merge of the search indexes happens inside some
    writes) is committed early and the rest of its batch written after a pause, decided again
    if a desk wrote meanwhile. A batch with nothing to write (an unchanged re-import) takes
    no lock at all.
    """
    released = None
    for batch in batches:
        plan = plan_batch(store, batch, keys, source)
        locked_for = 0.0
        while not plan.finished:
            if released is not None:
                time.sleep(max(0.0, BATCH_PAUSE - (time.monotonic() - released)))
            with store.transaction():
                locked = time.monotonic()
                if outside_writes(store) != plan.mark:  # a desk wrote meanwhile: decide the rest again
                    written = plan.rows_written()
                    plan.count_into(report, written)
                    batch = batch[written:]
                    plan = plan_batch(store, batch, keys, source)
                write_plan(store, plan, until=locked + 1.5 * BATCH_SECONDS)
            released = time.monotonic()
            locked_for += released - locked
        batches.resize(locked_for)
        plan.count_into(report)
        progress()


def write_batch(store: Store, rows: list[Row], keys, source: str, report: ImportReport) -> None:
    """Plan and write one batch in the caller's transaction."""
    plan = plan_batch(store, rows, keys, source)
    write_plan(store, plan)
    plan.count_into(report)


class _Batches:
    """The file's rows in batches, repeats of an earlier row's identity left out (and reported).

    The first batch is small; each next one is sized from the time the last one held the
    write lock, so that a batch holds it about ``BATCH_SECONDS``.
    """

    FIRST, MOST = 200, 20_000

    def __init__(self, rows: Iterator[Row], seen: SeenKeys, report: ImportReport):
        self.rows, self.seen, self.report = rows, seen, report
        self.size = self.FIRST
        self.last = 0

    def resize(self, locked_seconds: float) -> None:
        """Size the next batch from how long the last one (``last`` rows) held the lock."""
        if locked_seconds <= 0:
            wanted = self.MOST
        else:
            wanted = int(BATCH_SECONDS * self.last / locked_seconds)
        self.size = max(50, min(wanted, 2 * self.size, self.MOST))

    def __iter__(self) -> Iterator[list[Row]]:
        while True:
            rows = list(islice(self.rows, self.size))
            if not rows:
                return
            repeats = self.seen.first_lines([(r.identity_key, r.line) for r in rows if r.identity_key])
            for row in rows:
                if row.line in repeats:
                    what = "external id" if row.identity_key.startswith("id:") else "e-mail"
                    self.report.problem(row.line, f"same {what} as line {repeats[row.line]}; row skipped")
            batch = [r for r in rows if r.line not in repeats] if repeats else rows
            self.last = len(batch)
            yield batch


def _drop_shared_order_ids(store: Store, header: list[str], data, mapping: dict[str, int],
                           report: ImportReport) -> None:
    """An order number shared by several people (a group order) identifies no one: match by e-mail."""
    index = mapping.get("external_id")
    if index is None or "position" in mapping or normalise_header(header[index]) not in ORDER_LEVEL_IDS:
        return
    orders = SeenKeys(store, "orders")
    numbers = ((r.cells[index].strip(), r.line) for r in data
               if index < len(r.cells) and r.cells[index].strip())
    try:
        repeated = False
        while not repeated and (chunk := list(islice(numbers, 5000))):
            repeated = bool(orders.first_lines(chunk))
    finally:
        orders.drop()
    if repeated:
        del mapping["external_id"]
        report.notes.append(
            f"column {header[index].strip()!r} repeats (group orders), so it is not used as a person's id;"
            " people are matched by e-mail"
        )


def _parse_rows(records, mapping: dict[str, int], report: ImportReport, pending_means: str) -> Iterator[Row]:
    only_one_name = [f for f in NAME_FIELDS if f in mapping]
    fields = list(mapping.items())
    for record in records:
        cells = record.cells
        width = len(cells)
        values = {f: clean_name(cells[i]) if i < width else "" for f, i in fields}  # as cell_value does
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
        own_id = int(own) if own.isdigit() else None
        yield Row(record.line, values, _identity_key(values), ticket_code, own_id)


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
