"""``checkin demo``: the built-in demo event (the ILO seminar in Rabat) in the event file."""

from __future__ import annotations

import argparse

from checkin.cli.common import db_path
from checkin.demo import DEFAULT_ARRIVAL_SHARE, create_demo_event, demo_summary, set_aside
from checkin.store.db import Store


def register(subparsers) -> None:
    """Add ``checkin demo`` to the command line."""
    p = subparsers.add_parser(
        "demo", help="create the built-in demo event",
        description="Create the demo event (ILO seminar, Rabat, 17 March 2027: 200 fictional attendees,"
        " 6 sessions, a restricted round table) in the event file. A file that already holds an event"
        " is left alone unless --force, which moves it aside to <name>.bak-<timestamp> first.",
    )
    p.add_argument("--force", action="store_true",
                   help="start over: keep the current file as <name>.bak-<timestamp>, then create the demo")
    p.add_argument("--no-activity", action="store_true",
                   help=f"nobody checked in yet (default: {DEFAULT_ARRIVAL_SHARE:.0%} arrived at the desks)")
    p.set_defaults(func=cmd_demo)


def cmd_demo(args: argparse.Namespace) -> int:
    """Create the demo event in the event file; print where it is and what it holds."""
    path = db_path(args)
    backup = set_aside(path) if args.force and path.exists() else None
    create_demo_event(path, with_activity=not args.no_activity)
    with Store(path) as store:
        summary = demo_summary(store)
    if backup is not None:
        print(f"the previous file was kept as {backup}")
    print(f"created the demo event in {path}: {summary.attendees} attendees, {summary.sessions} sessions"
          f" ({summary.restricted_sessions} restricted, {summary.restricted_access} people on its list),"
          f" {summary.arrivals} already checked in")
    return 0
