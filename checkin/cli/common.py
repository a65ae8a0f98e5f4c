"""Shared helpers for command modules."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from checkin.paths import default_db_path
from checkin.store.db import Store, StoreReadOnly


class CliError(Exception):
    """Bad input from the user: printed as one line, exit code 2."""


def db_path(args: argparse.Namespace) -> Path:
    return args.db if getattr(args, "db", None) else default_db_path()


def open_db(args: argparse.Namespace, *, must_exist: bool = True, reading: bool = False) -> Store:
    """Open the event file named by --db / $CHECKIN_DB / the default location.

    ``reading``: the command only reads (stats, export, lists), so a read-only file or folder
    (a write-protected stick) is opened read-only, with a note on stderr, instead of refused.
    """
    path = db_path(args)
    if must_exist and not path.exists():
        raise CliError(f"{path}: no event file; create one with 'checkin init --name NAME' or 'checkin demo'")
    try:
        return Store(path)
    except StoreReadOnly:
        if not reading:
            raise
    print(f"checkin: note: {path} is read-only: opened for reading only", file=sys.stderr, flush=True)
    return Store(path, readonly=True)


def print_json(value) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")
    sys.stdout.flush()
