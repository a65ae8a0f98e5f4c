"""Handing a print-ready PDF to the system's print spooler (CUPS), and knowing whether it took it.

Through CUPS's own clients (``lp``, ``lpstat``; Debian package ``cups-client``), which
report what the scheduler answered: ``lp`` prints ``request id is QUEUE-42 (1 file(s))``
and exits non-zero when the queue does not exist or rejects jobs (CUPS man page lp(1)).
A *stopped* (disabled) queue still accepts jobs and only holds them, so the queue's
state is asked first (``lpstat -p``): a badge held in a stopped printer is not a badge
in the visitor's hand, and must not be recorded as printed.

Why not QPrinter's own CUPS engine: Qt's ``QCupsPrintEnginePrivate::closePrintDevice``
(qtbase ``src/plugins/printsupport/cups/qcupsprintengine.cpp``) calls ``cupsPrintFile``
and discards its result, so the app could never tell a refused job from a printed one.

The server is the one CUPS clients use (``CUPS_SERVER``, else the local scheduler).
Qt-free; every failure is a :class:`PrintError` with one sentence for staff.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

TIMEOUT = 20  # seconds: a scheduler that does not answer in this time is as good as absent


class PrintError(Exception):
    """The badge was not printed; ``str()`` says why in one sentence."""


@dataclass(frozen=True)
class QueueState:
    name: str
    enabled: bool  # false: stopped/paused, jobs are held
    accepting: bool  # false: rejects new jobs
    reason: str = ""  # the scheduler's words (state message)


@dataclass(frozen=True)
class PrintJob:
    queue: str
    job_id: str  # e.g. "Badges-42"


def _run(args: list[str]) -> subprocess.CompletedProcess:
    if shutil.which(args[0]) is None:
        raise PrintError("no print system on this computer (CUPS is not installed): save the badge as PDF")
    try:
        return subprocess.run(args, capture_output=True, text=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        raise PrintError("the print system does not answer") from None


def _first_line(text: str) -> str:
    line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    return re.sub(r"^(lp|lpstat):\s*", "", line)


def queue_names() -> list[str]:
    """The queues the spooler knows (empty when there is none or no print system)."""
    try:
        out = _run(["lpstat", "-e"])
    except PrintError:
        return []
    return [ln.strip() for ln in out.stdout.splitlines() if ln.strip()] if out.returncode == 0 else []


def queue_state(queue: str) -> QueueState:
    """Whether ``queue`` exists, prints and accepts jobs (PrintError when it does not exist)."""
    printer = _run(["lpstat", "-p", queue])
    if printer.returncode != 0 or not printer.stdout.strip():
        reason = _first_line(printer.stderr) or "unknown printer"
        raise PrintError(f"printer {queue} is not available ({reason})")
    first, *rest = printer.stdout.strip().splitlines()
    enabled = " disabled" not in first
    accepting_out = _run(["lpstat", "-a", queue]).stdout
    accepting = "not accepting" not in accepting_out
    reason = " ".join(r.strip() for r in rest if r.strip())
    return QueueState(queue, enabled, accepting, reason)


def submit_pdf(queue: str, pdf: str | Path, *, title: str, options: dict[str, str] | None = None) -> PrintJob:
    """Send a PDF to ``queue``; returns the spooler's job id, or raises PrintError saying why not."""
    state = queue_state(queue)
    if not state.enabled:
        why = f": {state.reason}" if state.reason else ""
        raise PrintError(f"printer {queue} is stopped{why}")
    if not state.accepting:
        raise PrintError(f"printer {queue} is not accepting jobs")
    args = ["lp", "-d", queue, "-t", title]
    for key, value in (options or {}).items():
        args += ["-o", f"{key}={value}"]
    out = _run([*args, "--", str(pdf)])
    match = re.search(r"request id is (\S+)", out.stdout)
    if out.returncode != 0 or match is None:
        reason = _first_line(out.stderr) or _first_line(out.stdout) or f"exit code {out.returncode}"
        raise PrintError(f"printer {queue} refused the job ({reason})")
    return PrintJob(queue, match.group(1))
