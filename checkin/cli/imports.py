"""``checkin import attendees|sessions|access``: organisers' files into the event."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from checkin.cli.common import CliError, open_db
from checkin.importers import (
    ImportFileError,
    ImportReport,
    import_attendees,
    import_session_access,
    import_sessions,
)


def register(subparsers) -> None:
    """Add ``import attendees``, ``import sessions`` and ``import access``."""
    p = subparsers.add_parser(
        "import",
        help="import attendees, sessions or a restricted session's list",
        description="Import a CSV/TSV file (encoding, delimiter and headers are detected).",
    )
    sub = p.add_subparsers(dest="what", metavar="WHAT", parser_class=type(p))
    sub.required = True

    a = sub.add_parser(
        "attendees",
        help="import or update the registration list",
        description="Import a registration list (CSV, TSV or .xlsx from Excel, pretix, Hi.Events, Indico,"
        " Eventbrite, HelloAsso, Weezevent, Billetweb, Tito, Google or Microsoft Forms, or this app's"
        " attendees.csv). Re-importing updates people (matched on external id, else e-mail).",
    )
    a.add_argument("file", type=Path, metavar="FILE", help="the CSV, tab-separated or .xlsx file")
    a.add_argument("--dry-run", action="store_true", help="show what would happen; write nothing")
    a.add_argument("--map", action="append", default=[], metavar='"HEADER=FIELD"',
                   help="say what a column holds when its header is not recognised (repeatable; FIELD is"
                   " full_name, first_name, last_name, email, organisation, role, category, external_id,"
                   " status, ticket_code, paid, position or ignore); remembered for files with the same"
                   " headers")
    a.add_argument("--sheet", metavar="NAME", help="the workbook sheet to read (default: the first)")
    a.set_defaults(func=cmd_import_attendees)

    s = sub.add_parser(
        "sessions",
        help="import or update the sessions",
        description="Import sessions: title, room, start, end, capacity, restricted"
        " (or titre, salle, début, fin, capacité, restreinte), optional access = a file"
        " next to this one listing who may enter.",
    )
    s.add_argument("file", type=Path, metavar="FILE", help="the CSV or tab-separated file")
    s.set_defaults(func=cmd_import_sessions)

    r = sub.add_parser(
        "access",
        help="set who may enter a restricted session",
        description="Replace a restricted session's list with the people in FILE"
        " (columns email, id or name).",
    )
    r.add_argument("session", metavar="SESSION", help="the session's id, external id or exact title")
    r.add_argument("file", type=Path, metavar="FILE", help="the CSV or tab-separated file")
    r.set_defaults(func=cmd_import_access)


def _print_report(report: ImportReport) -> None:
    print(report.summary())
    for line, message in report.problems:
        print(f"  line {line}: {message}")
    for line, message in getattr(report, "warnings", []):
        print(f"  line {line}: {message}")
    for note in report.notes:
        print(f"  {note}")


def _progress_bar():
    """A one-line progress bar on stderr when it is a terminal (nothing in pipes and logs)."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        share = min(1.0, done / total) if total else 0.0
        bar = "#" * int(share * 30)
        sys.stderr.write(f"\rimporting [{bar:<30}] {share:4.0%}")
        if share >= 1.0:
            sys.stderr.write("\r" + " " * 50 + "\r")
        sys.stderr.flush()

    return show


def cmd_import_attendees(args: argparse.Namespace) -> int:
    """``checkin import attendees FILE [--dry-run]``."""
    with open_db(args) as store:
        try:
            report = import_attendees(store, args.file, dry_run=args.dry_run, mapping=args.map or None,
                                      sheet=args.sheet, progress=_progress_bar())
        except ImportFileError as exc:
            raise CliError(f"{exc}; nothing imported") from None
    _print_report(report)
    return 0


def cmd_import_sessions(args: argparse.Namespace) -> int:
    """``checkin import sessions FILE``."""
    with open_db(args) as store:
        try:
            report = import_sessions(store, args.file)
        except ImportFileError as exc:
            raise CliError(f"{exc}; nothing imported") from None
    _print_report(report)
    return 0


def cmd_import_access(args: argparse.Namespace) -> int:
    """``checkin import access SESSION FILE``."""
    with open_db(args) as store:
        try:
            report = import_session_access(store, args.session, args.file)
        except ImportFileError as exc:
            raise CliError(f"{exc}; nothing changed") from None
    _print_report(report)
    return 0
