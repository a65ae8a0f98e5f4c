"""Importing a registration list: one transaction, updates instead of duplicates."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from checkin.importers.detect import read_table
from checkin.importers.headers import ATTENDEE_FIELDS, cell_value, find_header, normalise_header
from checkin.importers.report import ImportFileError, ImportReport
from checkin.store.attendees import add_attendee, compose_full_name, get_attendee, update_attendee
from checkin.store.db import Store
from checkin.store.event import get_event
from checkin.store.registrations import attendee_identities
from checkin.text import search_key

NAME_FIELDS = ("full_name", "first_name", "last_name")
_EMAIL = re.compile(r"^[^@\s,;<>]+@[^@\s,;<>]+\.[^@\s,;<>]+$")
_CANCELLED = {
    "cancelled",
    "canceled",
    "annule",
    "annulee",
    "refunded",
    "rembourse",
    "not attending",
    "deleted",
    "void",
    "desiste",
    "desistement",
    "expired",
}
# Headers naming an order rather than a person (one order may hold several tickets).
ORDER_LEVEL_IDS = {
    normalise_header(h) for h in ("Order #", "Order ID", "Order number", "Order code", "Numéro de commande")
}


class _DryRun(Exception):
    """Raised inside the transaction to roll a dry run back."""


@dataclass
class Row:
    """One usable row of the file: its line, cleaned values by field, and its identity in the file."""

    line: int
    values: dict[str, str]
    identity_key: str | None


def import_attendees(store: Store, path: Path | str, *, dry_run: bool = False) -> ImportReport:
    """Import (or re-import) a registration list from a CSV/TSV export.

    Encoding, delimiter and header names are detected. People are matched on
    external id, else e-mail (case-insensitive): a match is updated and keeps
    its id and badge code. Rows without a name, with a bad e-mail or repeating
    an earlier row are skipped and reported with their line number. The whole
    import is one transaction; with ``dry_run`` it is rolled back.
    Raises ``ImportFileError`` (nothing written) for a file that cannot be used.
    """
    path = Path(path)
    table = read_table(path)
    header_at, mapping = find_header(table.records, ATTENDEE_FIELDS, NAME_FIELDS)
    one_column = table.as_one_column(header_at)
    if one_column is not table:
        table = one_column
        header_at, mapping = find_header(table.records, ATTENDEE_FIELDS, NAME_FIELDS)
    if header_at < 0:
        first = (
            "; ".join(c.strip() for c in table.records[0].cells if c.strip())[:120] if table.records else ""
        )
        raise ImportFileError(
            f"{path.name}: no name column (expected a header such as Name, Nom complet, First Name/Last Name"
            f" or Prénom/Nom; the first row is: {first})"
        )
    get_event(store)  # a clear error before anything else when the file has no event
    report = ImportReport(
        what="attendees", encoding=table.encoding, delimiter=table.delimiter, dry_run=dry_run
    )
    data = table.records[header_at + 1 :]
    _drop_shared_order_ids(table.records[header_at].cells, data, mapping, report)
    rows = _parse_rows(data, mapping, report)
    try:
        with store.transaction():
            _apply(store, rows, mapping, report)
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


def _parse_rows(records, mapping: dict[str, int], report: ImportReport) -> list[Row]:
    only_one_name = [f for f in NAME_FIELDS if f in mapping]
    seen: dict[str, int] = {}
    rows: list[Row] = []
    for record in records:

        def cell(field: str, cells=record.cells) -> str:
            return cell_value(cells, mapping, field)

        values = {f: cell(f) for f in ATTENDEE_FIELDS if f in mapping}
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
        if "status" in values:
            values["status"] = "cancelled" if search_key(values["status"]) in _CANCELLED else "registered"
        key = _identity_key(values)
        if key is not None and key in seen:
            what = "external id" if key.startswith("id:") else "e-mail"
            report.problem(record.line, f"same {what} as line {seen[key]}; row skipped")
            continue
        if key is not None:
            seen[key] = record.line
        rows.append(Row(record.line, values, key))
    return rows


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


def _apply(store: Store, rows: list[Row], mapping: dict[str, int], report: ImportReport) -> None:
    by_id: dict[str, int] = {}
    by_email: dict[str, list[tuple[int, str | None]]] = {}
    for ident in attendee_identities(store):
        if ident.external_id:
            by_id.setdefault(ident.external_id, ident.id)
        if ident.email:
            by_email.setdefault(ident.email.casefold(), []).append((ident.id, ident.external_id))
    for row in rows:
        values = row.values
        attendee_id = _match(values, by_id, by_email)
        if attendee_id is None:
            created = add_attendee(store, **values, source="import")
            report.added += 1
            attendee_id = created.id
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
