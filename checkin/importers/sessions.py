"""Importing sessions (title, room, start, end, capacity, restricted) and restricted-session lists."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from checkin.importers.access import apply_access_table
from checkin.importers.detect import read_table
from checkin.importers.headers import SESSION_FIELDS, cell_value, find_header
from checkin.importers.report import ImportFileError, ImportReport
from checkin.importers.times import parse_local
from checkin.store.db import Store, to_stored_time
from checkin.store.event import get_event
from checkin.store.sessions import add_session, get_session, list_sessions, update_session
from checkin.text import search_key


class _DryRun(Exception):
    """Raised inside the transaction to roll a dry run back."""


_YES = {"yes", "y", "oui", "o", "1", "true", "vrai", "x"}
_NO = {"no", "n", "non", "0", "false", "faux", ""}


def import_sessions(store: Store, path: Path | str, *, dry_run: bool = False) -> ImportReport:
    """Import (or re-import) the sessions of the event from a CSV/TSV file.

    Columns title, room, start, end, capacity, restricted (French: titre, salle,
    début, fin, capacité, restreinte), optionally admission (minutes before the
    start from which people are admitted; ouverture), re-entry (yes/no: back in
    after an exit; réadmission), multiple entries (yes/no; entrées multiples),
    an id and ``access`` (accès):
    the name of a file, next to this one, listing who may enter that restricted
    session (see ``import_session_access``). Times are read in the event's time
    zone. A session is matched on its id, else title and start, else a title
    that is unique. One transaction; bad rows are skipped and reported; with
    ``dry_run`` the transaction is rolled back.
    """
    path = Path(path)
    table = read_table(path)
    header_at, mapping = find_header(table.records, SESSION_FIELDS, ("title",))
    one_column = table.as_one_column(header_at)
    if one_column is not table:
        table = one_column
        header_at, mapping = find_header(table.records, SESSION_FIELDS, ("title",))
    if header_at < 0:
        raise ImportFileError(f"{path.name}: no title column (expected a header such as Title or Titre)")
    event = get_event(store)
    default_day = date.fromisoformat(event.date) if event.date else None
    report = ImportReport(
        what="sessions", encoding=table.encoding, delimiter=table.delimiter, dry_run=dry_run
    )
    seen: dict[tuple, int] = {}
    parsed = []
    for record in table.records[header_at + 1 :]:
        try:
            values, access = _parse(record.cells, mapping, event.timezone, default_day)
        except ValueError as exc:
            report.problem(record.line, f"{exc}; row skipped")
            continue
        key = (
            ("id", values["external_id"])
            if values["external_id"]
            else ("t", values["title"], values["starts_at"])
        )
        if key in seen:
            report.problem(record.line, f"same session as line {seen[key]}; row skipped")
            continue
        seen[key] = record.line
        parsed.append((record.line, values, access))
    titles_in_file = [v["title"] for _, v, _ in parsed]
    try:
        with store.transaction():
            existing = list_sessions(store)
            for line, values, access in parsed:
                session_id = _upsert(
                    store, values, existing, titles_in_file.count(values["title"]) == 1, report
                )
                if access:
                    _import_access(store, session_id, path.parent / access, line, report)
            if dry_run:
                raise _DryRun
    except _DryRun:
        pass
    report.problems.sort()
    return report


def _parse(cells, mapping, zone: str, default_day: date | None) -> tuple[dict, str]:
    def cell(field: str) -> str:
        return cell_value(cells, mapping, field)

    title = cell("title")
    if not title:
        raise ValueError("no title")
    start = parse_local(cell("start"), zone, default_day) if cell("start") else None
    end = parse_local(cell("end"), zone, start.date() if start else default_day) if cell("end") else None
    if start and end and end <= start:
        raise ValueError(f"session {title!r} ends before it starts")
    capacity_text = cell("capacity").replace(" ", "")
    if capacity_text and not capacity_text.isdigit():
        raise ValueError(f"capacity {cell('capacity')!r} is not a whole number")
    restricted_text = search_key(cell("restricted"))
    if restricted_text not in _YES | _NO:
        raise ValueError(f"restricted {cell('restricted')!r} is not yes/no")
    values = {
        "external_id": cell("external_id") or None,
        "title": title,
        "room": cell("room") or None,
        "starts_at": to_stored_time(start) if start else None,
        "ends_at": to_stored_time(end) if end else None,
        "capacity": int(capacity_text) if capacity_text else None,
        "restricted": restricted_text in _YES,
    }
    if "restricted" not in mapping:
        values.pop("restricted")
    minutes = cell("admit_before").replace(" ", "").removesuffix("min")
    if minutes and not minutes.isdigit():
        raise ValueError(f"admission {cell('admit_before')!r} is not a number of minutes")
    if "admit_before" in mapping:
        values["admit_minutes_before"] = int(minutes) if minutes else None
    for column, field in (("reentry", "entry_after_exit"), ("multiple_entries", "multiple_entries")):
        if column in mapping and cell(column):
            word = search_key(cell(column))
            if word not in _YES | _NO:
                raise ValueError(f"{column.replace('_', ' ')} {cell(column)!r} is not yes/no")
            values[field] = word in _YES
    return values, cell("access")


def _upsert(
    store: Store, values: dict, existing: list, title_unique_in_file: bool, report: ImportReport
) -> int:
    match = next(
        (s for s in existing if values["external_id"] and s.external_id == values["external_id"]), None
    )
    if match is None:
        match = next(
            (
                s
                for s in existing
                if s.title == values["title"]
                and s.starts_at == values["starts_at"]
                and (not s.external_id or not values["external_id"])
            ),
            None,
        )
    if match is None and title_unique_in_file:
        same_title = [s for s in existing if s.title == values["title"]]
        if len(same_title) == 1 and (not same_title[0].external_id or not values["external_id"]):
            match = same_title[0]
    if match is None:
        created = add_session(store, **values)
        existing.append(created)
        report.added += 1
        return created.id
    changes = {
        k: v for k, v in values.items() if getattr(match, k) != v and (v is not None or k != "external_id")
    }
    if changes:
        updated = update_session(store, match.id, **changes)
        existing[existing.index(match)] = updated
        report.updated += 1
    else:
        report.unchanged += 1
    return match.id


def _import_access(store: Store, session_id: int, access_path: Path, line: int, report: ImportReport) -> None:
    try:
        table = read_table(access_path)
        sub = apply_access_table(store, get_session(store, session_id), table, access_path.name)
    except ImportFileError as exc:
        # the session itself was imported: a problem, not a skipped row
        report.problems.append((line, f"access list not imported: {exc}"))
        return
    report.notes.append(f"line {line}: {sub.summary()}")
    report.notes.extend(f"{access_path.name} line {n}: {m}" for n, m in sub.problems)
