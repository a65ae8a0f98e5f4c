"""``checkin backup``, ``checkin restore`` and ``checkin purge``: the event file's care."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from checkin.cli.common import CliError, db_path, open_db
from checkin.store.backup import backup_now, delete_backups, list_backups, restore_backup
from checkin.store.purge import purge_personal_data


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "backup", help="copy the event file into its backup folder now",
        description="Copy the event file (while stations may be scanning) into <file>.backups/ beside it"
                    " and, with --to, into a second folder such as a USB stick; the newest 12 of each are kept.")
    p.add_argument("--to", type=Path, metavar="DIR", help="a second folder for a copy (a USB stick)")
    p.set_defaults(func=cmd_backup)

    p = subparsers.add_parser(
        "restore", help="put the newest sound backup (or BACKUP) in place of the event file",
        description="Replace the event file with a backup: the newest one that is not damaged, or BACKUP."
                    " The replaced file is kept beside it as <file>.replaced-<time>. Close the app first.")
    p.add_argument("backup", nargs="?", type=Path, metavar="BACKUP", help="a backup file (default: the newest)")
    p.add_argument("--from", dest="second", type=Path, metavar="DIR", help="also look in this folder")
    p.add_argument("--list", action="store_true", help="only list the backups, newest first")
    p.set_defaults(func=cmd_restore)

    p = subparsers.add_parser(
        "purge", help="erase the event's personal data after the event",
        description="Erase names, e-mails, organisations, badge codes, scan texts and the badge key, and"
                    " delete the backups. With --keep-counts every attendee stays as an anonymous row, so"
                    " the numbers (arrivals, categories, sessions) still add up.")
    p.add_argument("--keep-counts", action="store_true", help="keep anonymous rows for statistics")
    p.add_argument("--yes", action="store_true", help="confirm: this cannot be undone")
    p.set_defaults(func=cmd_purge)


def cmd_backup(args: argparse.Namespace) -> int:
    with open_db(args) as store:
        written = backup_now(store, second_folder=args.to)
    for path in written:
        print(path)
    return 0


def _app_holding(path: Path) -> int | None:
    """The pid of a running checkin app that has the file open (its lock file), if any."""
    try:
        pid = int((path.with_name(path.name + ".lock")).read_text().split()[0])
        os.kill(pid, 0)
    except (OSError, ValueError, IndexError):
        return None
    return pid


def cmd_restore(args: argparse.Namespace) -> int:
    path = db_path(args)
    if args.list:
        found = list_backups(path, args.second)
        if not found:
            raise CliError(f"{path}: no backup found")
        for backup in found:
            print(backup)
        return 0
    pid = _app_holding(path)
    if pid:
        raise CliError(f"{path} is open in the checkin app (process {pid}): close it first, or use"
                       " File > Restore the latest backup in the app")
    used, moved = restore_backup(path, args.backup, second_folder=args.second)
    print(f"restored {used} into {path}")
    if moved:
        print(f"the replaced file is kept as {moved}")
    return 0


def cmd_purge(args: argparse.Namespace) -> int:
    if not args.yes:
        raise CliError("purge erases every name, e-mail and badge of the event and cannot be undone:"
                       " add --yes (and --keep-counts to keep anonymous numbers)")
    path = db_path(args)
    with open_db(args) as store:
        result = purge_personal_data(store, keep_counts=args.keep_counts)
    deleted = delete_backups(path)
    kept = "kept as anonymous rows" if result.kept_counts else "deleted"
    print(f"erased the personal data of {result.attendees} attendee(s); {result.checkins} check-in(s) {kept};"
          f" {deleted} backup(s) deleted")
    return 0
