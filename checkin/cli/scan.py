"""``checkin decode`` (QR codes in image files) and ``checkin scan`` (the whole pipeline, headless)."""

from __future__ import annotations

import argparse
import sys
import time

from checkin.cli.common import CliError, open_db, print_json
from checkin.decision import ScanDecision
from checkin.desk import scan
from checkin.scan.decoder import decode_frame_detailed, read_image
from checkin.scan.pipeline import ScanPipeline
from checkin.scan.sources import CameraSource, SourceError, open_source, reopen_with_backoff
from checkin.store.checkins import get_checkpoint
from checkin.store.event import get_event, station_name

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


def cmd_scan(args: argparse.Namespace) -> int:
    with open_db(args) as store:
        get_event(store)  # a clear error for a file without an event
        get_checkpoint(store, args.session)  # a bad session id: one line, exit 2, before anything runs
        station = (args.station or "").strip() or station_name(store)

        def run(code: str, method: str) -> None:
            decision = scan(store, code, session_id=args.session, station=station, method=method,
                            direction=args.direction, override=args.override,
                            session_entry_is_arrival=not args.session_only)
            _emit(decision, args.json)  # decide() has committed: the printed line is on disk

        if args.stdin:
            # readline(), not iteration: each code is decided as soon as its line arrives
            while line := sys.stdin.readline():
                if line.strip():
                    run(line.strip(), "scanner")
            return 0
        try:
            source = open_source(args.source, fps=args.fps)
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

