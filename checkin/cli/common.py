"""Shared helpers for command modules."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from checkin.paths import default_db_path
from checkin.store.db import Store


class CliError(Exception):
    """Bad input from the user: printed as one line, exit code 2."""


def db_path(args: argparse.Namespace) -> Path:
    return args.db if getattr(args, "db", None) else default_db_path()


def open_db(args: argparse.Namespace, *, must_exist: bool = True) -> Store:
    """Open the event file named by --db / $CHECKIN_DB / the default location."""
    path = db_path(args)
    if must_exist and not path.exists():
        raise CliError(f"{path}: no event file; create one with 'checkin init --name NAME' or 'checkin demo'")
    return Store(path)


def print_json(value) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")
    sys.stdout.flush()
