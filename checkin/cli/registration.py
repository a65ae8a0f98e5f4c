"""``checkin confirm ID``: an organiser settles a pending registration."""

from __future__ import annotations

import argparse

from checkin.cli.common import CliError, open_db
from checkin.decision import confirm_registration
from checkin.store.attendees import get_attendee
from checkin.store.db import StoreError
from checkin.store.event import station_name


def register(subparsers) -> None:
    """Add ``confirm``."""
    p = subparsers.add_parser(
        "confirm", help="admit a pending registration (paid or approved)",
        description="Settle a registration imported as pending (unpaid, awaiting approval): the desk"
        " admits the person from now on.",
    )
    p.add_argument("attendee", type=int, metavar="ID", help="the attendee's id (see 'checkin attendees')")
    p.set_defaults(func=cmd_confirm)


def cmd_confirm(args: argparse.Namespace) -> int:
    """``checkin confirm ID``."""
    with open_db(args) as store:
        try:
            before = get_attendee(store, args.attendee)
        except StoreError:
            raise CliError(f"no attendee with id {args.attendee}") from None
        if not before.pending:
            print(f"{before.full_name}: nothing pending; unchanged")
            return 0
        after = confirm_registration(store, args.attendee, station=station_name(store))
    print(f"{after.full_name}: {before.pending} confirmed; admitted from now on")
    return 0
