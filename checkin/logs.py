"""A rotating log file for whoever is called to help at the venue, with no personal data in it.

``checkin.log`` in the user data folder (0600, 1 MB, three old files kept). It receives what
the app and the command line do (files opened, decisions by status and attendee number, backups,
faults) and every uncaught error with its traceback, so an error that a windowed app printed
to a console nobody sees is still found. Nothing logs names; e-mail addresses and badge codes
that slip into a message (an exception text) are masked by :class:`Redact`.
"""

from __future__ import annotations

import logging
import re
import sys
import threading
from logging.handlers import RotatingFileHandler
from pathlib import Path

from checkin.paths import data_dir, private_file

LOG_NAME = "checkin.log"
MAX_BYTES = 1_000_000
BACKUPS = 3
log = logging.getLogger("checkin")

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
_BADGE = re.compile(r"\b1[0-9A-HJKMNP-TV-Z]{17}\b")  # a badge code admits its bearer: never in a log


def redact(text: str) -> str:
    """``text`` with e-mail addresses and badge codes masked."""
    return _BADGE.sub("<badge>", _EMAIL.sub("<e-mail>", text))


class Redact(logging.Filter):
    """Masks e-mail addresses and badge codes in a record's message and traceback."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = redact(record.getMessage())
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        return True


def log_path() -> Path:
    """Where the log file is (the user data folder)."""
    return data_dir() / LOG_NAME


_handler: RotatingFileHandler | None = None


def setup_logging(path: Path | None = None) -> Path:
    """Send the ``checkin`` loggers and uncaught errors to the rotating log file; returns its path.

    Calling it again (a second window, the CLI inside a test) reuses the handler. A log that
    cannot be written (a read-only home) is silently skipped: the app must still run.
    """
    global _handler
    target = Path(path) if path else log_path()
    if _handler is not None and Path(_handler.baseFilename) == target.resolve():
        return target
    try:
        handler = RotatingFileHandler(target, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    except OSError:
        return target
    private_file(target)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(Redact())
    if _handler is not None:
        log.removeHandler(_handler)
        _handler.close()
    _handler = handler
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    _hook_uncaught()
    return target


def _hook_uncaught() -> None:
    if getattr(sys.excepthook, "_checkin", False):
        return
    previous = sys.excepthook

    def hook(kind, value, tb):
        log.critical("uncaught error", exc_info=(kind, value, tb))
        previous(kind, value, tb)

    hook._checkin = True
    sys.excepthook = hook
    previous_thread_hook = threading.excepthook

    def thread_hook(args):
        log.critical("uncaught error in thread %s", getattr(args.thread, "name", "?"),
                     exc_info=(args.exc_type, args.exc_value, args.exc_traceback))
        previous_thread_hook(args)

    threading.excepthook = thread_hook
