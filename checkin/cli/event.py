"""``checkin init`` and ``checkin attendees``."""

from __future__ import annotations

import argparse
import datetime as dt
from dataclasses import asdict

from checkin.cli.common import CliError, open_db, print_json
from checkin.store.attendees import list_attendees
from checkin.store.listing import find_attendees
from checkin.store.event import create_event, has_event


def register(subparsers) -> None:
    p = subparsers.add_parser("init", help="create the event in the event file",
                              description="Create the event (or rename it) in the event file.")
    p.add_argument("--name", required=True, help="the event's name")
    p.add_argument("--date", help="first day, YYYY-MM-DD")
    p.add_argument("--venue", help="where it takes place")
    p.add_argument("--timezone", help="IANA time zone of the venue (default: this computer's)")
    p.set_defaults(func=cmd_init)

    p = subparsers.add_parser("attendees", help="list or search attendees",
                              description="List attendees, or those matching --search.")
    p.add_argument("--search", metavar="TEXT",
                   help="part of a name, organisation or email (ignores case and accents), or a whole"
                   " badge code, ticket code or external id")
    p.add_argument("--json", action="store_true", help="print one JSON array")
    p.set_defaults(func=cmd_attendees)


def cmd_init(args: argparse.Namespace) -> int:
    if args.date:
        try:
            dt.date.fromisoformat(args.date)
        except ValueError:
            raise CliError(f"--date {args.date!r} is not a date in the form YYYY-MM-DD") from None
    if args.timezone:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            ZoneInfo(args.timezone)
        except (ZoneInfoNotFoundError, ValueError):
            raise CliError(f"--timezone {args.timezone!r} is not a known time zone") from None
    with open_db(args, must_exist=False) as store:
        existed = has_event(store)
        event = create_event(store, args.name, date=args.date, venue=args.venue, timezone=args.timezone)
        verb = "updated" if existed else "created"
        print(f"{verb} event {event.name!r} in {store.path}")
    return 0


def attendee_json(store, attendees) -> list[dict]:
    from checkin.store.checkins import checked_in_ids

    present = checked_in_ids(store)
    out = []
    for a in attendees:
        item = asdict(a)
        item["name"] = a.full_name
        item["checked_in"] = a.id in present
        out.append(item)
    return out


def cmd_attendees(args: argparse.Namespace) -> int:
    with open_db(args, reading=True) as store:
        if args.search is not None:
            if not args.search.strip():
                raise CliError("--search needs some text")
            people = find_attendees(store, args.search, limit=None)
        else:
            people = list_attendees(store)
        if args.json:
            print_json(attendee_json(store, people))
            return 0
        present = attendee_json(store, people)
        for item in present:
            mark = "✓" if item["checked_in"] else " "
            org = f" — {item['organisation']}" if item["organisation"] else ""
            cat = f" [{item['category']}]" if item["category"] else ""
            print(f"{mark} {item['id']:>6}  {item['name']}{org}{cat}")
        print(f"{len(people)} attendee(s)")
    return 0
