"""Importing a registration list: one transaction, updates instead of duplicates."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from checkin.importers.detect import Table, read_table
from checkin.importers.header_choice import HeaderChoice, choose_header, parse_map, refusal
from checkin.importers.headers import cell_value, normalise_header
from checkin.importers.report import ImportFileError, ImportReport
from checkin.importers.statuses import status_of, unpaid
from checkin.store.aliases import set_ticket_code, ticket_code_owner_ids
from checkin.store.attendees import add_attendee, compose_full_name, get_attendee, update_attendee
from checkin.store.db import Store
from checkin.store.event import get_event
from checkin.store.import_mappings import remember_mapping, remembered_mapping
from checkin.store.registrations import attendee_identities
from checkin.text import search_key

NAME_FIELDS = ("full_name", "first_name", "last_name")
_EMAIL = re.compile(r"^[^@\s,;<>]+@[^@\s,;<>]+\.[^@\s,;<>]+$")
# Headers naming an order rather than a person (one order may hold several tickets).
ORDER_LEVEL_IDS = {
    normalise_header(h)
    for h in ("Order #", "Order ID", "Order number", "Order code", "Numéro de commande", "Code de commande",
              "Référence commande")
}
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
                   mapping: list[str] | dict[str, str] | None = None) -> tuple[Table, HeaderChoice]:
    """Read the file and choose its header (with ``mapping``, else one remembered in ``store``).

    The import preview shows this before anything is written: the columns, what
    each is taken for, and whether a person must confirm the mapping first.
    """
    table = read_table(path, sheet)
    overrides = parse_map(mapping) if isinstance(mapping, list) else dict(mapping or {})
    choice = choose_header(table.records, overrides)
    if not overrides and store is not None and choice.columns:
        remembered = remembered_mapping(store, choice.header_key)
        if remembered:
            choice = choose_header(table.records, remembered)
    one_column = table.as_one_column(choice.index)
    if one_column is not table:
        table = one_column
        choice = choose_header(table.records, overrides)
    return table, choice


def import_attendees(store: Store, path: Path | str, *, dry_run: bool = False, sheet: str | None = None,
                     mapping: list[str] | dict[str, str] | None = None, remember: bool = True) -> ImportReport:
    """Import (or re-import) a registration list from a CSV/TSV export or an .xlsx workbook.

    Encoding, delimiter, the tool that wrote it and header names are detected;
    ``mapping`` (``["Header=field", ...]`` as ``--map`` takes it, or {folded header:
    field}) says what columns mean when the header is not recognised with
    confidence, and is remembered for files with the same headers. People are
    matched on external id, else e-mail (case-insensitive): a match is updated
    and keeps its id and badge code. A ticket code column becomes an alias of
    the badge code. Rows without a name, with a bad e-mail or repeating an earlier
    row are skipped and reported with their line number. The whole import is one
    transaction; with ``dry_run`` it is rolled back. Raises ``ImportFileError``
    (nothing written) for a file that cannot be used, or whose header is unsure.
    """
    path = Path(path)
    table, choice = preview_header(path, sheet=sheet, store=store, mapping=mapping)
    if not choice.confident:
        raise ImportFileError(refusal(path.name, choice))
    header_at, mapping_ = choice.index, choice.mapping
    get_event(store)  # a clear error before anything else when the file has no event
    report = ImportReport(
        what="attendees", encoding=table.encoding, delimiter=table.delimiter, dry_run=dry_run,
        source=choice.source.name if choice.source else "", warnings=list(table.warnings),
    )
    data = table.records[header_at + 1 :]
    _drop_shared_order_ids(table.records[header_at].cells, data, mapping_, report)
    pending_means = choice.source.pending_means if choice.source else "payment"
    rows = _parse_rows(data, mapping_, report, pending_means)
    try:
        with store.transaction():
            _apply(store, rows, mapping_, report, source=report.source or path.name)
            if mapping and remember and not dry_run:
                overrides = parse_map(mapping) if isinstance(mapping, list) else dict(mapping)
                remember_mapping(store, choice.header_key, overrides)
            if dry_run:
                raise _DryRun
    except _DryRun:
        pass
    report.problems.sort()
    return report


def _drop_shared_order_ids(header: list[str], data, mapping: dict[str, int], report: ImportReport) -> None:
    """An order number shared by several people (a group order) identifies no one: match by e-mail."""
    index = mapping.get("external_id")
    if index is None or "position" in mapping or normalise_header(header[index]) not in ORDER_LEVEL_IDS:
        return
    ids = [r.cells[index].strip() for r in data if index < len(r.cells) and r.cells[index].strip()]
    if len(ids) != len(set(ids)):
        del mapping["external_id"]
        report.notes.append(
            f"column {header[index].strip()!r} repeats (group orders), so it is not used as a person's id;"
            " people are matched by e-mail"
        )


def _parse_rows(records, mapping: dict[str, int], report: ImportReport, pending_means: str) -> list[Row]:
    only_one_name = [f for f in NAME_FIELDS if f in mapping]
    seen: dict[str, int] = {}
    rows: list[Row] = []
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
        if key is not None and key in seen:
            what = "external id" if key.startswith("id:") else "e-mail"
            report.problem(record.line, f"same {what} as line {seen[key]}; row skipped")
            continue
        if key is not None:
            seen[key] = record.line
        rows.append(Row(record.line, values, key, ticket_code, int(own) if own.isdigit() else None))
    return rows


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
        return "email:" + values["email"].casefold()
    return None


def _apply(store: Store, rows: list[Row], mapping: dict[str, int], report: ImportReport, source: str) -> None:
    by_id: dict[str, int] = {}
    by_email: dict[str, list[tuple[int, str | None]]] = {}
    names: dict[int, str] = {}
    for ident in attendee_identities(store):
        names[ident.id] = search_key(ident.full_name)
        if ident.external_id:
            by_id.setdefault(ident.external_id, ident.id)
        if ident.email:
            by_email.setdefault(ident.email.casefold(), []).append((ident.id, ident.external_id))
    code_owners = ticket_code_owner_ids(store)
    for row in rows:
        values = row.values
        attendee_id = _match(values, by_id, by_email)
        if attendee_id is None and row.own_id in names and names[row.own_id] == search_key(values["full_name"]):
            attendee_id = row.own_id  # this app's own attendees.csv, imported back into its file
        if attendee_id is None:
            created = add_attendee(store, **values, source="import")
            report.added += 1
            attendee_id = created.id
            names[attendee_id] = search_key(created.full_name)
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
        if row.ticket_code:
            owner = code_owners.get(row.ticket_code)
            if owner is not None and owner != attendee_id:
                report.warnings.append((row.line, f"ticket code {row.ticket_code!r} already belongs to someone"
                                        " else; not added"))
            elif owner is None:
                set_ticket_code(store, attendee_id, row.ticket_code, source)
                code_owners[row.ticket_code] = attendee_id
        if values.get("external_id"):
            by_id[values["external_id"]] = attendee_id
        if values.get("email"):
            by_email.setdefault(values["email"].casefold(), []).append(
                (attendee_id, values.get("external_id"))
            )


def _match(values, by_id, by_email) -> int | None:
    external_id, email = values.get("external_id"), values.get("email", "").casefold()
    if external_id and external_id in by_id:
        return by_id[external_id]
    for attendee_id, stored_external_id in by_email.get(email, []) if email else []:
        # an e-mail only identifies someone whose stored external id does not contradict the row's
        if not stored_external_id or not external_id:
            return attendee_id
    return None
