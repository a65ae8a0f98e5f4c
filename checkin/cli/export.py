"""``checkin export`` (the organisers' CSV files) and ``checkin stats`` (live numbers)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from checkin.cli.common import CliError, open_db, print_json
from checkin.exporters import ExportError, event_stats, export_all

_DELIMITERS = {",": ",", ";": ";", "tab": "\t", "\\t": "\t", "\t": "\t"}


def register(subparsers) -> None:
    """Add ``export`` and ``stats``."""
    p = subparsers.add_parser(
        "export",
        help="write the CSV files for organisers",
        description="Write checkins.csv, session_attendance.csv, attendees.csv and no_shows.csv into DIR"
        " (UTF-8 with BOM, times in the event's time zone).",
    )
    p.add_argument("--out", type=Path, required=True, metavar="DIR", help="folder to write into (created)")
    p.add_argument(
        "--delimiter", default=",", metavar="CHAR", help="',' (default), ';' for French Excel, or 'tab'"
    )
    p.add_argument("--shared", action="store_true",
                   help="let other users of this computer read the files (default: only you, 0600)")
    p.set_defaults(func=cmd_export)

    s = subparsers.add_parser(
        "stats",
        help="show registrations, arrivals and session numbers",
        description="Totals: registered, cancelled, checked in, per category,"
        " per session against capacity, arrivals per quarter hour.",
    )
    s.add_argument("--json", action="store_true", help="print one JSON object")
    s.set_defaults(func=cmd_stats)


def cmd_export(args: argparse.Namespace) -> int:
    """``checkin export --out DIR [--delimiter ';']``."""
    delimiter = _DELIMITERS.get(args.delimiter)
    if delimiter is None:
        raise CliError(f"--delimiter must be ',', ';' or 'tab', not {args.delimiter!r}")
    with open_db(args, reading=True) as store:
        try:
            paths = export_all(store, args.out, delimiter=delimiter, shared=args.shared)
        except ExportError as exc:
            raise CliError(str(exc)) from None
    for path in paths:
        print(path)
    # on stderr: standard output stays the list of files, for scripts
    if args.shared:
        print("checkin: note: the files hold names and e-mails and are readable by every user of this computer"
              " (--shared)", file=sys.stderr)
    else:
        print("checkin: note: the files hold names and e-mails and are readable only by you; --shared lets"
              " others read them", file=sys.stderr)
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    """``checkin stats [--json]``."""
    with open_db(args, reading=True) as store:
        stats = event_stats(store)
    if args.json:
        print_json(stats)
        return 0
    print(
        f"{stats['event']}: {stats['registered']} registered, {stats['cancelled']} cancelled,"
        f" {stats['checked_in']} checked in, {stats['present']} present, {stats['no_shows']} not arrived"
    )
    if stats["categories"]:
        print("by category:")
        for c in stats["categories"]:
            print(f"  {c['category'] or '(none)'}: {c['checked_in']} / {c['registered']}")
    if stats["sessions"]:
        print("by session (present / attended / capacity):")
        for s in stats["sessions"]:
            capacity = s["capacity"] if s["capacity"] is not None else "-"
            when = s["start"][:16] or "(no time)"
            print(f"  {when}  {s['title']}: {s['present']} / {s['attended']} / {capacity}")
    if stats["arrivals_per_quarter_hour"]:
        print("arrivals per quarter hour:")
        for q in stats["arrivals_per_quarter_hour"]:
            print(f"  {q['start']}  {q['count']}")
    return 0
