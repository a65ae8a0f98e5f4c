"""``checkin decode`` (QR codes in image files) and ``checkin scan`` (the whole pipeline, headless)."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterator

from checkin.cli.common import CliError, open_db, print_json
from checkin.decision import ScanDecision
from checkin.desk import scan, station_identity
from checkin.scan.decoder import decode_frame_detailed, read_image
from checkin.scan.pipeline import ScanPipeline
from checkin.scan.sources import CameraSource, SourceError, open_source, reopen_with_backoff
from checkin.store.checkins import get_checkpoint
from checkin.store.db import StoreBusy
from checkin.store.event import get_event
from checkin.text import clean_scanned, decode_scanner_bytes

# A still image is not a live stream: it may take longer than a camera frame's budget.
STILL_BUDGET_MS = 50.0


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "decode", help="print the QR codes in image files",
        description="Decode every QR code in each image. With --json, one JSON line per image:"
                    ' {"file", "codes", "ms"} (ms: decoding time), plus "error" for an image that cannot be read'
                    ' (exit code 2).')
    p.add_argument("images", nargs="+", metavar="IMAGE", help="image files (PNG, JPEG, ...)")
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    p.set_defaults(func=cmd_decode)

    p = subparsers.add_parser(
        "scan", help="scan badges from a camera, a video, images or standard input",
        description="Run the scanning pipeline without a window: every decision is recorded in the event"
                    " file and printed (flushed) as soon as it is committed.")
    src = p.add_mutually_exclusive_group(required=True)
    src.add_argument("--source", metavar="CAMERA_INDEX|VIDEO|DIR|GLOB",
                     help="a camera index (0), a video file, a folder of images or a quoted glob")
    src.add_argument("--stdin", action="store_true",
                     help="read one code per line from standard input, as a USB scanner types them")
    p.add_argument("--session", type=int, metavar="ID", help="the session checkpoint (default: the entrance)")
    p.add_argument("--station", metavar="NAME", help="station name to record (default: this file's station)")
    p.add_argument("--direction", choices=("in", "out"), default="in", help="'out' records exit scans")
    p.add_argument("--session-only", action="store_true",
                   help="with --session: a first entry does not also count as arriving at the event")
    p.add_argument("--override", action="store_true",
                   help="an organiser at the door: admit outside the session's admission window and despite"
                   " its no-re-entry rule")
    p.add_argument("--fps", type=float, default=15.0, help="frame rate of an image folder or glob (default 15)")
    p.add_argument("--json", action="store_true", help="one JSON object per decision")
    p.set_defaults(func=cmd_scan)


def cmd_decode(args: argparse.Namespace) -> int:
    failed = 0
    for name in args.images:
        codes, error, ms = [], None, 0.0
        try:
            image = read_image(name)
            start = time.perf_counter()  # the decoding alone: file reading depends on the disk
            codes = [d.text for d in decode_frame_detailed(image, budget_ms=STILL_BUDGET_MS)]
            ms = round((time.perf_counter() - start) * 1000, 2)
        except ValueError as exc:
            error = str(exc)
        if error:
            failed += 1
            print(f"checkin: error: {error}", file=sys.stderr, flush=True)
        if args.json:
            line = {"file": name, "codes": codes, "ms": ms}
            if error:
                line["error"] = error
            print_json(line)
        elif not error:
            print(f"{name}: {' | '.join(codes) if codes else '(no QR code found)'}", flush=True)
    return 2 if failed else 0


def _emit(decision: ScanDecision, as_json: bool) -> None:
    if as_json:
        print_json(decision.as_json())
    else:
        print(f"{decision.status.upper():<9} {decision.code}  {decision.message}", flush=True)


# A scanner line longer than this is garbage: read it in pieces, decide on the start, drop the rest.
MAX_LINE_BYTES = 4096


def _scanner_lines(stream) -> Iterator[str]:
    """Lines from a byte stream as a USB scanner (or a pipe) sends them, each decoded leniently.

    ``readline()`` with a limit, not iteration: each code is decided as soon as its line arrives, and
    a line with no end (a stuck key, a binary file piped in) never fills the memory.
    """
    while chunk := stream.readline(MAX_LINE_BYTES):
        line = chunk
        while len(chunk) == MAX_LINE_BYTES and not chunk.endswith(b"\n"):
            chunk = stream.readline(MAX_LINE_BYTES)  # the rest of an oversized line: dropped
        yield decode_scanner_bytes(line).strip()


def _decide_waiting(store, code: str, **how) -> ScanDecision:
    """The desk's scan (``checkin.desk.scan``), waiting (and saying so on stderr) while another program
    holds the event file.

    An import or a merge can hold the write lock for longer than the busy timeout; the scanner
    must not exit then: it keeps the code and records it as soon as the file is free.
    """
    waited = False
    while True:
        try:
            decision = scan(store, code, **how)
        except StoreBusy:
            if not waited:
                print("checkin: busy: another program is writing to the event file; waiting to record"
                      f" {clean_scanned(code)[:40]!r}...", file=sys.stderr, flush=True)
                waited = True
            time.sleep(0.2)
            continue
        if waited:
            print("checkin: the event file is free again; recording resumed", file=sys.stderr, flush=True)
        return decision


def cmd_scan(args: argparse.Namespace) -> int:
    with open_db(args) as store:
        get_event(store)  # a clear error for a file without an event
        get_checkpoint(store, args.session)  # a bad session id: one line, exit 2, before anything runs
        station = station_identity(store, args.station).name
        store.set_busy_timeout(1.0)  # say "busy" within a second, then keep waiting (see _decide_waiting)

        def run(code: str, method: str) -> None:
            decision = _decide_waiting(store, code, session_id=args.session, station=station, method=method,
                                       override=args.override, direction=args.direction,
                                       session_entry_is_arrival=not args.session_only)
            _emit(decision, args.json)  # decide() has committed: the printed line is on disk
            while store.notices:
                print(f"checkin: warning: {store.notices.pop(0)}", file=sys.stderr, flush=True)

        if args.stdin:
            for line in _scanner_lines(sys.stdin.buffer):
                if line.strip():
                    run(line, "scanner")
            return 0
        try:
            source = open_source(args.source, fps=args.fps,
                                 on_skip=lambda why: print(f"checkin: {why}", file=sys.stderr, flush=True))
        except SourceError as exc:
            raise CliError(str(exc)) from None
        pipeline = ScanPipeline()
        with source:
            while True:
                try:
                    for seen in pipeline.run(source):
                        run(seen.text, "camera")
                    return 0
                except SourceError as exc:
                    if not isinstance(source, CameraSource):
                        raise CliError(str(exc)) from None
                    print(f"checkin: {exc}", file=sys.stderr, flush=True)
                    reopen_with_backoff(source, on_error=lambda e: None)
                    pipeline.decoder.reset()
                    print(f"checkin: camera {source.index} is back", file=sys.stderr, flush=True)

