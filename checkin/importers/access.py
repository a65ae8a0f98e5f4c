"""Who may enter a restricted session: a list of e-mails, external ids or names."""

from __future__ import annotations

from pathlib import Path

from checkin.importers.detect import Table, read_table
from checkin.importers.headers import ACCESS_FIELDS, cell_value, find_header
from checkin.importers.report import ImportFileError, ImportReport
from checkin.store.attendees import compose_full_name
from checkin.store.db import Store
from checkin.store.registrations import attendee_identities
from checkin.store.sessions import Session, find_session, set_session_access
from checkin.text import search_key


def import_session_access(store: Store, session_ref: str, path: Path | str) -> ImportReport:
    """Replace a session's access list with the people listed in a file.

    ``session_ref`` is the session's id, external id or exact title. Each row
    names an attendee by external id, e-mail or full name (in that order of
    preference). Unknown or ambiguous people are reported by line and left out.
    A file in which nobody is recognised is refused and nothing changes.
    """
    path = Path(path)
    table = read_table(path)
    session = find_session(store, str(session_ref))
    with store.transaction():
        return apply_access_table(store, session, table, path.name)


def apply_access_table(store: Store, session: Session, table: Table, name: str) -> ImportReport:
    """Set ``session``'s access list from an already-read file (inside the caller's transaction)."""
    header_at, mapping = find_header(table.records, ACCESS_FIELDS, tuple(ACCESS_FIELDS))
    one_column = table.as_one_column(header_at)
    if one_column is not table:
        table = one_column
        header_at, mapping = find_header(table.records, ACCESS_FIELDS, tuple(ACCESS_FIELDS))
    if header_at < 0:
        raise ImportFileError(f"{name}: no e-mail, id or name column (expected Email, ID, Name, Nom...)")
    report = ImportReport(
        what=f"access list of {session.title!r}", encoding=table.encoding, delimiter=table.delimiter
    )
    by_id, by_email, by_name = _indexes(store)
    chosen: dict[int, int] = {}
    rows = table.records[header_at + 1 :]
    for record in rows:

        def cell(field: str, cells=record.cells) -> str:
            return cell_value(cells, mapping, field)

        name_text = cell("full_name") or compose_full_name(cell("first_name"), cell("last_name"))
        candidates = (
            by_id.get(cell("external_id"), [])
            or by_email.get(cell("email").casefold(), [])
            or by_name.get(search_key(name_text), [])
        )
        shown = cell("external_id") or cell("email") or name_text
        if not shown:
            report.problem(record.line, "no e-mail, id or name; row skipped")
        elif not candidates:
            report.problem(record.line, f"no attendee matches {shown!r}; row skipped")
        elif len(candidates) > 1:
            report.problem(record.line, f"{len(candidates)} attendees match {shown!r}; give the e-mail or id")
        elif candidates[0] in chosen:
            report.problem(record.line, f"{shown!r} is already listed on line {chosen[candidates[0]]}")
        else:
            chosen[candidates[0]] = record.line
    if rows and not chosen:
        raise ImportFileError(f"{name}: nobody in this list is a registered attendee; import attendees first")
    report.added, report.removed, report.unchanged = set_session_access(store, session.id, set(chosen))
    if not session.restricted:
        report.notes.append(
            f"session {session.title!r} is open to everyone, so this list has no effect"
            " until it is marked restricted"
        )
    return report


def _indexes(store: Store):
    by_id: dict[str, list[int]] = {}
    by_email: dict[str, list[int]] = {}
    by_name: dict[str, list[int]] = {}
    for ident in attendee_identities(store):
        if ident.external_id:
            by_id.setdefault(ident.external_id, []).append(ident.id)
        if ident.email:
            by_email.setdefault(ident.email.casefold(), []).append(ident.id)
        by_name.setdefault(search_key(ident.full_name), []).append(ident.id)
    by_id.pop("", None)
    return by_id, by_email, by_name
