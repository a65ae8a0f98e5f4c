"""Certificates of attendance: one A4 page per person who attended, painted with QPainter.

Each page names the person, the event, the sessions they entered with their
dates, the organiser (with logo and signature when configured) and the
certificate's verification code, which ``checkin verify`` checks offline.
"""

from __future__ import annotations

from pathlib import Path

from checkin.report.certificates import Certificate, certificates
from checkin.report.labels import long_date, text
from checkin.store.db import Store, StoreError
from checkin.store.event import Event, get_event
from checkin.store.organiser import Organiser, get_organiser
from checkin.ui.doc_canvas import A4, MUTED, DocCanvas
from checkin.ui.doc_output import PagePainter, write_pdf

ACCENT = "#1F5AA6"
MAX_SESSIONS_LISTED = 12


def certificate_painter(cert: Certificate, event: Event, organiser: Organiser, lang: str) -> PagePainter:
    """The page of one certificate."""
    width, margin = A4[0], 25.0
    inner = width - 2 * margin

    def paint(c: DocCanvas) -> None:
        c.line(12, 12, width - 12, 12, colour=ACCENT, width=1.2)
        c.line(12, A4[1] - 12, width - 12, A4[1] - 12, colour=ACCENT, width=1.2)
        c.line(12, 12, 12, A4[1] - 12, colour=ACCENT, width=1.2)
        c.line(width - 12, 12, width - 12, A4[1] - 12, colour=ACCENT, width=1.2)
        y = 24.0
        if c.image(organiser.logo, margin, y, inner, 24, align="centre"):
            y += 28
        c.text(margin, y, inner, 14, text("certificate_title", lang), pt=26, bold=True, align="centre",
               colour=ACCENT)
        y += 26
        c.text(margin, y, inner, 8, text("certify", lang), pt=12, align="centre")
        y += 11
        c.text(margin, y, inner, 14, cert.attendee.full_name, pt=24, bold=True, align="centre")
        y += 15
        if cert.attendee.organisation:
            c.text(margin, y, inner, 7, cert.attendee.organisation, pt=11, align="centre", colour=MUTED)
            y += 9
        y += 3
        c.text(margin, y, inner, 8, text("attended_event", lang), pt=12, align="centre")
        y += 9
        c.text(margin, y, inner, 16, event.name, pt=14, bold=True, align="centre", wrap=True)
        y += 18
        when = text("on_date", lang, date=long_date(event.date, lang)) if event.date else ""
        where = text("at_venue", lang, venue=event.venue) if event.venue else ""
        c.text(margin, y, inner, 7, " ".join(t for t in (when, where) if t), pt=11, align="centre")
        y += 14
        if cert.sessions:
            c.text(margin, y, inner, 7, text("sessions_attended", lang), pt=11, bold=True, colour=ACCENT)
            c.line(margin, y + 7.5, margin + inner, y + 7.5, colour=ACCENT, width=0.3)
            y += 9
            for s in cert.sessions[:MAX_SESSIONS_LISTED]:
                c.text(margin, y, 40, 6.5, f"{long_date(s.day, lang)}  {s.time}", pt=9.5, colour=MUTED)
                c.text(margin + 42, y, inner - 42, 6.5, s.title, pt=9.5)
                y += 6.5
            extra = len(cert.sessions) - MAX_SESSIONS_LISTED
            if extra > 0:
                c.text(margin + 42, y, inner - 42, 6.5, f"+ {extra}", pt=9.5, colour=MUTED)
        sig_y = 222.0
        c.image(organiser.signature, margin + inner - 90, sig_y, 90, 22, align="centre")
        c.line(margin + inner - 90, sig_y + 23, margin + inner, sig_y + 23, width=0.3)
        c.text(margin + inner - 90, sig_y + 24, 90, 6, text("signed", lang), pt=9, align="centre",
               colour=MUTED)
        if organiser.signatory:
            c.text(margin + inner - 90, sig_y + 30, 90, 6, organiser.signatory, pt=9.5, align="centre")
        if organiser.name:
            c.text(margin + inner - 90, sig_y + 36, 90, 6, organiser.name, pt=9.5, bold=True, align="centre")
        c.text(margin, 262, inner, 6, text("verify_with", lang, code=cert.code_text), pt=10, bold=True)
        c.text(margin, 268, inner, 6, text("verify_how", lang, code=cert.code_text), pt=8, colour=MUTED)

    return paint


def write_certificates_pdf(store: Store, path: str | Path, *, lang: str, min_sessions: int = 0,
                           attendee_ids: list[int] | None = None, progress=None) -> list[Certificate]:
    """One page per person who attended (see ``checkin.report.certificates``); returns the certificates."""
    chosen = certificates(store, min_sessions=min_sessions, attendee_ids=attendee_ids)
    if not chosen:
        raise StoreError("nobody attended" + (f" {min_sessions} session(s) or more" if min_sessions else "")
                         + ": no certificate to print")
    event, organiser = get_event(store), get_organiser(store)
    pages = [certificate_painter(cert, event, organiser, lang) for cert in chosen]
    write_pdf(path, pages, title=f"{text('certificate_title', lang)} — {event.name}", rtl=lang == "ar",
              progress=progress)
    return chosen
