"""After the event: ``report``, ``certificates``, ``verify``; before it: ``mailmerge``; and ``organiser``."""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

from checkin.cli.common import CliError, open_db
from checkin.exporters import ExportError
from checkin.report.certcodes import CertificateStatus
from checkin.report.certificates import verify_certificate
from checkin.report.labels import LANGUAGES, long_date
from checkin.report.mailmerge import write_mailmerge
from checkin.store.organiser import get_organiser, set_organiser


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "report", help="write the organisers' attendance report (PDF)",
        description="A few pages for partners: registered, arrived and no-shows by category, arrivals over"
                    " time, sessions against capacity, organisations, stations. Same numbers as 'stats'.")
    p.add_argument("--pdf", metavar="FILE", required=True, help="the PDF to write")
    p.add_argument("--lang", choices=LANGUAGES, help="language of the report (default: 'organiser --lang')")
    p.set_defaults(func=cmd_report)

    p = subparsers.add_parser(
        "certificates", help="write certificates of attendance (PDF, one page per person who attended)",
        description="One page per person with a valid check-in, listing the sessions they entered, signed"
                    " with a verification code that 'checkin verify' checks offline.")
    p.add_argument("--pdf", metavar="FILE", required=True, help="the PDF to write")
    p.add_argument("--lang", choices=LANGUAGES, help="language (default: 'organiser --lang')")
    p.add_argument("--min-sessions", metavar="N", type=int, default=0,
                   help="only people who entered at least N sessions (default 0: arriving is enough)")
    p.add_argument("--attendee", metavar="ID", type=int, action="append",
                   help="only this attendee (repeatable)")
    p.set_defaults(func=cmd_certificates)

    p = subparsers.add_parser(
        "verify", help="check a certificate's verification code offline",
        description="Says whose certificate CODE is and what it covers; exit code 1 when it is refused.")
    p.add_argument("code", metavar="CODE", help="the code printed on the certificate (dashes optional)")
    p.set_defaults(func=cmd_verify)

    p = subparsers.add_parser(
        "mailmerge", help="write the mail-merge pack: a CSV and one phone-sized QR image per person",
        description="DIR/mailmerge.csv (name, e-mail, badge code, QR file) and DIR/qr/<id>.png for every"
                    " registered person, to e-mail each their badge code before the event.")
    p.add_argument("--out", metavar="DIR", type=Path, required=True, help="folder to write into (created)")
    p.add_argument("--delimiter", default=",", choices=[",", ";"],
                   help="',' (default) or ';' for French Excel")
    p.set_defaults(func=cmd_mailmerge)

    p = subparsers.add_parser(
        "organiser", help="set who organises the event (report and certificates)",
        description="Show or change the organiser's name, the signatory, the documents' language and the"
                    " logo and signature images (PNG or JPEG) printed on reports and certificates.")
    p.add_argument("--name", help="organiser's name, e.g. 'Organisation internationale du Travail'")
    p.add_argument("--signatory", help="who signs the certificates, e.g. 'Jane Doe, Director'")
    p.add_argument("--lang", choices=LANGUAGES, help="default language of the report and certificates")
    p.add_argument("--logo", metavar="IMAGE", type=Path, help="logo image (PNG or JPEG)")
    p.add_argument("--signature", metavar="IMAGE", type=Path, help="signature image (PNG or JPEG)")
    p.add_argument("--no-logo", action="store_true", help="remove the logo")
    p.add_argument("--no-signature", action="store_true", help="remove the signature")
    p.set_defaults(func=cmd_organiser)


def _renderer(name: str):
    try:
        return importlib.import_module(f"checkin.ui.{name}")  # Qt only for the commands that paint
    except ImportError as exc:
        raise CliError(f"PDF output needs PySide6 ({exc})") from None


def _pdf_target(path: str) -> Path:
    target = Path(path)
    if target.is_dir():
        raise CliError(f"{target}: is a folder; give a file name ending in .pdf")
    return target


def cmd_report(args: argparse.Namespace) -> int:
    target = _pdf_target(args.pdf)
    with open_db(args) as store:
        lang = args.lang or get_organiser(store).language
        pages = _renderer("report_render").write_report_pdf(store, target, lang=lang)
    print(f"wrote the attendance report to {target} ({pages} page(s), {lang})")
    return 0


def cmd_certificates(args: argparse.Namespace) -> int:
    target = _pdf_target(args.pdf)
    with open_db(args) as store:
        lang = args.lang or get_organiser(store).language
        done = _renderer("certificate_render").write_certificates_pdf(
            store, target, lang=lang, min_sessions=args.min_sessions, attendee_ids=args.attendee)
    print(f"wrote {len(done)} certificate(s) to {target} ({lang})")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    with open_db(args) as store:
        result = verify_certificate(store, args.code)
    if result.status is not CertificateStatus.VALID or result.certificate is None:
        print(f"checkin: refused: {result.code or '(empty)'}: {result.message}", file=sys.stderr)
        return 1
    cert = result.certificate
    sessions = "; ".join(f"{s.title} ({long_date(s.day, 'en')} {s.time})" for s in cert.sessions)
    print(f"valid: certificate of attendance of {cert.attendee.full_name} (id {cert.attendee.id})"
          + (f", {cert.attendee.organisation}" if cert.attendee.organisation else "")
          + (f"; arrived {cert.arrived}" if cert.arrived else "")
          + (f"; sessions: {sessions}" if sessions else "; no session scans"))
    return 0


def cmd_mailmerge(args: argparse.Namespace) -> int:
    with open_db(args) as store:
        try:
            pack = write_mailmerge(store, args.out, delimiter=args.delimiter)
        except ExportError as exc:
            raise CliError(str(exc)) from None
    print(f"wrote {pack.csv} and {len(pack.images)} QR image(s) in {args.out / 'qr'}")
    if pack.without_email:
        print(f"{pack.without_email} person(s) have no e-mail address")
    return 0


def _read_image(path: Path | None) -> bytes | None:
    if path is None:
        return None
    try:
        return path.read_bytes()
    except OSError as exc:
        raise CliError(f"{path}: cannot read ({exc.strerror or exc})") from None


def cmd_organiser(args: argparse.Namespace) -> int:
    changes = {k: getattr(args, k) for k in ("name", "signatory") if getattr(args, k) is not None}
    if args.lang:
        changes["language"] = args.lang
    if args.logo or args.no_logo:
        changes["logo"] = _read_image(args.logo)
    if args.signature or args.no_signature:
        changes["signature"] = _read_image(args.signature)
    with open_db(args) as store:
        current = set_organiser(store, **changes) if changes else get_organiser(store)
    print(f"organiser: {current.name or '(not set)'}; signatory: {current.signatory or '(not set)'};"
          f" language: {current.language}; logo: {'yes' if current.logo else 'no'};"
          f" signature: {'yes' if current.signature else 'no'}")
    return 0
