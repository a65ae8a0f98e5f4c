"""``checkin package``, ``checkin join`` and ``checkin sync export|import|folder``: many stations, no server."""

from __future__ import annotations

import argparse
import signal
import sys
from pathlib import Path

from checkin.cli.common import CliError, db_path, open_db
from checkin.store.db import StoreError
from checkin.sync.exchange import export_journal, merge_journals
from checkin.sync.folder import FolderStatus, FolderSync, watch
from checkin.sync.package import join, make_package


def register(subparsers) -> None:
    """Add ``package``, ``join`` and ``sync``."""
    p = subparsers.add_parser(
        "package", help="write a station package for a new laptop",
        description="On the organiser's event file: write what a station laptop needs (event, sessions, access"
        " lists, attendees, the badge-signing secret) and the new station's identity. The file is private:"
        " it can sign badges.")
    p.add_argument("--station", required=True, metavar="NAME", help="the new station's name, unique in the event")
    p.add_argument("--out", required=True, type=Path, metavar="FILE", help="package file to write")
    p.add_argument("--again", action="store_true",
                   help="a newer package of a station packaged before (late registrations, changed sessions);"
                   " its laptop joins it again and keeps every record")
    p.set_defaults(func=cmd_package)

    j = subparsers.add_parser(
        "join", help="set this laptop up as a station from its package",
        description="Create the event file from a station package, or bring an existing one up to date with a"
        " newer package of the same station (attendees and sessions; nothing the station recorded is lost).")
    j.add_argument("package", type=Path, metavar="FILE")
    j.set_defaults(func=cmd_join)

    s = subparsers.add_parser("sync", help="exchange station journals",
                              description="Write this station's journal, merge other stations' journals, or keep"
                              " a shared folder (Syncthing, USB stick, network share) in step.")
    sub = s.add_subparsers(dest="sync_command", metavar="ACTION", parser_class=type(s))
    sub.required = True
    e = sub.add_parser("export", help="write this station's journal",
                       description="Write this station's journal (every record it made) to FILE, atomically.")
    e.add_argument("--out", required=True, type=Path, metavar="FILE")
    e.add_argument("--station", metavar="NAME", help="a station recording in this file (default: this laptop's)")
    e.set_defaults(func=cmd_sync_export)
    i = sub.add_parser("import", help="merge other stations' journals",
                       description="Merge journals into this event file. Twice is the same as once, any order gives"
                       " the same result; a journal cut short is merged up to its last complete row, with a"
                       " warning; a journal of another event is refused.")
    i.add_argument("files", nargs="+", type=Path, metavar="FILE")
    i.set_defaults(func=cmd_sync_import)
    f = sub.add_parser("folder", help="write this station's journal into a shared folder and merge the others'",
                       description="One pass (or, with --watch, a pass every 2 seconds until interrupted): write"
                       " this station's journal into DIR when it has new records, merge every other station's"
                       " journal found there. The event file must not be inside DIR.")
    f.add_argument("folder", type=Path, metavar="DIR")
    f.add_argument("--watch", action="store_true", help="keep going until Ctrl+C")
    f.add_argument("--interval", type=float, default=2.0, help=argparse.SUPPRESS)
    f.set_defaults(func=cmd_sync_folder)


def cmd_package(args: argparse.Namespace) -> int:
    with open_db(args) as store:
        station = make_package(store, args.station, args.out, again=args.again)
    print(f"wrote {args.out}: station {station.name!r} ({station.uid}); keep it private, it can sign badges")
    return 0


def cmd_join(args: argparse.Namespace) -> int:
    result = join(args.package, db_path(args))
    print(result.summary())
    return 0


def cmd_sync_export(args: argparse.Namespace) -> int:
    with open_db(args) as store:
        station, rows = export_journal(store, args.out, station=args.station)
    print(f"wrote {args.out}: journal of {station.name!r}, {rows} rows")
    return 0


def cmd_sync_import(args: argparse.Namespace) -> int:
    refused = 0
    with open_db(args) as store:
        for _path, result in merge_journals(store, args.files):
            if isinstance(result, StoreError):
                print(f"checkin: error: {result}", file=sys.stderr)
                refused += 1
                continue
            print(result.summary())
            for warning in result.warnings:
                print(f"warning: {warning}", file=sys.stderr)
    if refused:
        merged = len(args.files) - refused
        rest = f"; the other {merged} {'was' if merged == 1 else 'were'} merged" if merged else ""
        raise CliError(f"{refused} of {len(args.files)} journals refused (see above){rest}")
    return 0


def cmd_sync_folder(args: argparse.Namespace) -> int:
    with open_db(args) as store:
        if not args.watch:
            _report(FolderSync(store, args.folder).run_once())
            return 0
        stop = {"now": False}

        def _stop(*_):
            stop["now"] = True

        signal.signal(signal.SIGTERM, _stop)
        signal.signal(signal.SIGINT, _stop)
        watch(store, args.folder, interval=args.interval, report=_report, should_stop=lambda: stop["now"])
    return 0


def _report(status: FolderStatus) -> None:
    for line in status.lines():
        print(line, file=sys.stderr if line.startswith("warning: ") else sys.stdout)
    sys.stdout.flush()
