"""``checkin badges`` (print-ready PDF or one PNG per attendee) and ``checkin revoke``."""

from __future__ import annotations

import argparse
import importlib

from checkin.badges import LAYOUT_NAMES
from checkin.cli.common import CliError, open_db
from checkin.desk import badges_to_print, station_identity
from checkin.store.badges import attendees_for_badges, reissue_badge
from checkin.store.event import get_event
from checkin.venue_time import local_clock_or_date


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "badges", help="print badges to a PDF or one PNG per attendee",
        description="Make print-ready badges. Attendees whose badge was printed before are skipped "
                    "unless --reprint is given; every print is logged.",
    )
    out = p.add_mutually_exclusive_group(required=True)
    out.add_argument("--pdf", metavar="FILE", help="write a print-ready PDF")
    out.add_argument("--png-dir", metavar="DIR", help="write <id>.png for each attendee into DIR")
    out.add_argument("--printer", metavar="QUEUE",
                     help="send the badges to this printer queue (CUPS); fails, printing nothing, when the"
                          " queue is missing, stopped or refuses the job")
    p.add_argument("--layout", choices=LAYOUT_NAMES, default="a4-sheet",
                   help="PDF layout: a4-sheet (8 badges of 90 × 54 mm, cut marks), a6, card (86 × 54 mm)"
                        " (default: a4-sheet)")
    p.add_argument("--attendee", metavar="ID", type=int, action="append",
                   help="only this attendee (repeat for several)")
    p.add_argument("--category", metavar="CAT", action="append", help="only this category (repeatable)")
    p.add_argument("--reprint", action="store_true", help="print badges that were printed before, too")
    p.add_argument("--station", metavar="NAME", help="station name for the print log (default: this one's)")
    p.set_defaults(func=cmd_badges)

    p = subparsers.add_parser(
        "revoke", help="revoke an attendee's badge and issue a new code",
        description="Revoke the attendee's current badge code (lost, stolen, replaced) and issue a new one; "
                    "the old badge is refused from then on. Print the new badge with "
                    "'checkin badges --attendee ID --reprint'.",
    )
    p.add_argument("attendee", metavar="ID", type=int, help="attendee id (see 'checkin attendees')")
    p.add_argument("--reason", required=True, help="why (shown when the old badge is scanned)")
    p.add_argument("--station", metavar="NAME", help="station name for the record (default: this one's)")
    p.set_defaults(func=cmd_revoke)


def cmd_badges(args: argparse.Namespace) -> int:
    with open_db(args) as store:
        event = get_event(store)
        station = station_identity(store, args.station).name
        chosen = badges_to_print(store, attendee_ids=args.attendee, categories=args.category,
                                 reprint=args.reprint)
        if chosen.cancelled:
            print(f"{chosen.cancelled} cancelled, not printed")
        if not chosen.people and not chosen.already_printed:
            raise CliError("no attendee to print a badge for; see 'checkin attendees'")
        if chosen.already_printed:
            first = local_clock_or_date(chosen.first_printed_at, event.timezone)
            print(f"{len(chosen.already_printed)} already printed (first at {first}); use --reprint")
        if not chosen.people:
            return 0
        ids = [p.id for p in chosen.people]
        render = _render_module("checkin.ui.render.badge_render")
        if args.printer:
            printing = _render_module("checkin.ui.render.printing")
            try:
                job = printing.print_badges(store, args.printer, attendee_ids=ids, layout=args.layout,
                                            station=station, title=f"checkin badges — {event.name}")
            except printing.PrintError as exc:
                raise CliError(f"badges not printed: {exc}") from None
            print(f"sent {len(ids)} badge(s) to {job.queue} as job {job.job_id} ({args.layout})")
        elif args.pdf:
            done = render.render_badges_pdf(store, args.pdf, layout=args.layout, attendee_ids=ids,
                                            station=station)
            print(f"wrote {len(done)} badge(s) to {args.pdf} ({args.layout})")
        else:
            paths = render.render_badge_pngs(store, args.png_dir, attendee_ids=ids, station=station)
            print(f"wrote {len(paths)} badge image(s) to {args.png_dir}")
    return 0


def _render_module(name: str):
    """Qt (QtGui, no widgets) is loaded only by the commands that draw badges."""
    try:
        return importlib.import_module(name)
    except ImportError as exc:
        raise CliError(f"badge rendering needs PySide6 ({exc})") from None


def cmd_revoke(args: argparse.Namespace) -> int:
    with open_db(args) as store:
        station = station_identity(store, args.station).name
        before = attendees_for_badges(store, attendee_ids=[args.attendee], include_cancelled=True)[0]
        after = reissue_badge(store, args.attendee, reason=args.reason, station=station)
        print(f"revoked {before.code or '(no code)'} of {after.full_name}; new code {after.code}")
    return 0
