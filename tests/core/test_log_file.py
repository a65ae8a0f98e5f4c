"""The log file: where whoever is called to help finds what happened, without personal data."""

from __future__ import annotations

import logging
import stat

from checkin.cli import main
from checkin.logs import MAX_BYTES, log_path, redact, setup_logging
from checkin.store.attendees import add_attendee


def test_the_log_holds_decisions_and_tracebacks_but_no_names_emails_or_badge_codes(store, monkeypatch, capsys):
    import io
    import sys

    a = add_attendee(store, full_name="Hélène Lefèvre", email="helene.lefevre@example.org")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(f"{a.code}\nhelene@x.org\n".encode())))
    assert main(["--db", str(store.path), "scan", "--stdin"]) == 0

    def broken(_store):
        raise RuntimeError(f"boom while reading {a.email} / {a.code}")

    monkeypatch.setattr("checkin.cli.export.event_stats", broken)
    assert main(["--db", str(store.path), "stats"]) == 1
    err = capsys.readouterr().err
    path = log_path()
    assert f"details in {path}" in err and err.count("\n") == 1  # the user is told where the log is
    text = path.read_text(encoding="utf-8")
    assert f"decision accepted reason=- attendee={a.id}" in text and "decision invalid reason=garbage" in text
    assert "Traceback (most recent call last)" in text
    assert "RuntimeError: boom while reading <e-mail> / <badge>" in text
    for secret in ("Lefèvre", "Hélène", "helene", a.code):
        assert secret not in text
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_the_log_rotates(tmp_path):
    path = setup_logging(tmp_path / "rot.log")
    try:
        for i in range(3 * MAX_BYTES // 100):
            logging.getLogger("checkin.test").info("line %06d %s", i, "x" * 80)
        assert (tmp_path / "rot.log.1").exists() and path.stat().st_size <= MAX_BYTES
    finally:
        setup_logging(tmp_path / "other.log")


def test_redact_masks_emails_and_codes_only():
    assert redact("a.b+c@exa-mple.co.uk said 1ABC2DEFGH3JKMNPQR at 09:42") == "<e-mail> said <badge> at 09:42"
