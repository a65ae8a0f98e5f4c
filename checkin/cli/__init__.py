"""The organiser command line: ``checkin [--db PATH] COMMAND ...``.

Each module in this package that defines ``register(subparsers)`` adds its
commands; a command handler takes the parsed arguments and returns an exit code.
Errors are one line on stderr and exit code 2, never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import sys
from pathlib import Path

from checkin import __version__
from checkin.cli.common import CliError, open_db  # noqa: F401  (re-exported for command modules)
from checkin.logs import log, setup_logging
from checkin.store.db import StoreError


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, not usage + traceback
        sys.stderr.write(f"{self.prog}: error: {message} (see '{self.prog} --help')\n")
        sys.exit(2)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="checkin",
        description="Offline participant check-in: organiser command line.",
    )
    parser.add_argument(
        "--db", type=Path, default=None,
        help="event file (default: $CHECKIN_DB, else event.db in the user data folder)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    subparsers.required = True
    package = sys.modules[__name__]
    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda m: m.name):
        if info.name.startswith("_") or info.name == "common":
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        register = getattr(module, "register", None)
        if register is not None:
            register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    where = setup_logging()
    log.info("checkin %s %s", __version__, args.command)  # the command only: its arguments may name people
    try:
        code = args.func(args)
    except (CliError, StoreError) as exc:
        log.warning("%s: %s", args.command, exc)
        print(f"checkin: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("checkin: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # the reading end went away (e.g. piped into head); nothing to report
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except Exception as exc:  # a bug: still one line; the traceback goes to the log
        log.exception("%s: internal error", args.command)
        if os.environ.get("CHECKIN_DEBUG"):
            raise
        print(f"checkin: internal error: {type(exc).__name__}: {exc} (details in {where})", file=sys.stderr)
        return 1
    return int(code or 0)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
