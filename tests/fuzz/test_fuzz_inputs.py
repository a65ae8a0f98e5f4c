"""Property-based fuzzing (hypothesis) of every parser hostile bytes reach: the badge-code check,
the scan decision on any text, the registration importer and the keyboard-wedge reader.

Each property is: no crash, no hang (hypothesis' deadline), no partial write."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from checkin.codes import ALPHABET, CODE_LEN, CodeStatus, EventKeys, check_code, issue_code, new_event_key
from checkin.decision import STATUSES, decide
from checkin.importers import ImportFileError, import_attendees
from checkin.scan.wedge import TERMINATORS, Scanned, Typed, WedgeReader
from checkin.store.attendees import add_attendee
from checkin.text import MAX_SCANNED_CHARS

KEYS = EventKeys.from_hex(new_event_key())
FUZZ = settings(max_examples=300, deadline=500, suppress_health_check=[HealthCheck.function_scoped_fixture])

# text as scanners, phones and broken QR codes produce it: any code point, surrogates and NULs included
any_text = st.text(st.characters(min_codepoint=0, max_codepoint=0x10FFFF), max_size=200)
code_like = st.text(st.sampled_from(ALPHABET + ALPHABET.lower() + "-_ IOLU0"), min_size=CODE_LEN - 3,
                    max_size=CODE_LEN + 3)


@FUZZ
@given(st.one_of(any_text, code_like, st.binary(max_size=64).map(lambda b: b.decode("latin-1"))))
def test_the_code_check_never_crashes_and_never_accepts_what_was_not_issued(text):
    result = check_code(KEYS, text)
    assert isinstance(result.status, CodeStatus)
    assert result.status != CodeStatus.VALID  # 40 bits of MAC: a random text is never a valid badge


@FUZZ
@given(st.data())
def test_one_changed_character_of_a_real_code_is_never_valid(data):
    code = issue_code(KEYS)
    assert check_code(KEYS, code).status == CodeStatus.VALID
    i = data.draw(st.integers(0, CODE_LEN - 1))
    ch = data.draw(st.sampled_from(ALPHABET))
    assume(ch != code[i])
    assert check_code(KEYS, code[:i] + ch + code[i + 1:]).status != CodeStatus.VALID


@pytest.fixture(scope="module")
def scan_store(tmp_path_factory):
    from checkin.store.db import Store
    from checkin.store.event import create_event

    store = Store(tmp_path_factory.mktemp("fuzz") / "event.db")
    create_event(store, "Fuzz", timezone="Africa/Casablanca")
    store.person = add_attendee(store, full_name="Hélène Lefèvre")
    yield store
    store.close()


@FUZZ
@given(st.one_of(any_text, st.text(min_size=MAX_SCANNED_CHARS, max_size=5000)))
def test_a_decision_on_any_text_is_recorded_once_and_capped(scan_store, text):
    before = scan_store.conn.execute("SELECT count(*), (SELECT count(*) FROM checkins) FROM scan_log").fetchone()
    d = decide(scan_store, text, station="Fuzz", method="scanner")
    after = scan_store.conn.execute("SELECT count(*), (SELECT count(*) FROM checkins) FROM scan_log").fetchone()
    assert d.status in STATUSES and d.status not in ("accepted", "unknown")
    assert (after[0], after[1]) == (before[0] + 1, before[1])  # one log row, no admission
    raw = scan_store.conn.execute("SELECT raw_code FROM scan_log ORDER BY id DESC LIMIT 1").fetchone()[0]
    assert len(raw) <= MAX_SCANNED_CHARS + 40
    assert not any(ord(c) < 32 or 0xD800 <= ord(c) <= 0xDFFF for c in raw)


def _counts(path: Path) -> tuple[int, int]:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT count(*), coalesce(sum(length(full_name)), 0) FROM attendees").fetchone()
    finally:
        con.close()


header = st.sampled_from(["Nom;Prénom;Email\r\n", "First Name,Last Name,Email\n", "Name\tCompany\n", "", "x\n"])
cell = st.text(st.characters(min_codepoint=0, max_codepoint=0x2FF), max_size=12)
row = st.lists(cell, min_size=0, max_size=5).map(lambda cells: ";".join(cells))
csv_text = st.tuples(header, st.lists(row, max_size=12)).map(lambda t: t[0] + "\r\n".join(t[1]))
encoded = st.tuples(csv_text, st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"])).map(
    lambda t: t[0].encode(t[1], errors="replace"))


@FUZZ
@given(st.one_of(encoded, st.binary(max_size=400)), st.booleans())
def test_the_importer_reports_or_refuses_and_never_writes_half(scan_store, tmp_path_factory, data, dry_run):
    path = tmp_path_factory.mktemp("csv") / "list.csv"
    path.write_bytes(data)
    people_before = _counts(scan_store.path)[0]
    try:
        report = import_attendees(scan_store, path, dry_run=dry_run)
    except ImportFileError as exc:
        assert str(exc) and "\n" not in str(exc).strip()  # one line for the organiser
        assert _counts(scan_store.path)[0] == people_before  # a refused file writes nothing
    else:
        added = 0 if dry_run else report.added  # a dry run writes nothing; a real one, all it reports
        assert _counts(scan_store.path)[0] == people_before + added
    assert not scan_store.conn.in_transaction


keys = st.lists(st.tuples(st.sampled_from(list("ABC1239xé") + list(TERMINATORS)),
                          st.floats(min_value=0.0, max_value=0.2)), max_size=60)


@FUZZ
@given(keys)
def test_the_wedge_reader_loses_no_key_and_invents_none(presses):
    reader = WedgeReader()
    t, out = 0.0, []
    for ch, gap in presses:
        t += gap
        out += reader.feed(ch, t)
        out += reader.poll(t)
    out += reader.poll(t + 10)
    assert not reader.pending
    typed = "".join(e.code if isinstance(e, Scanned) else e.text for e in out)
    strip = str.maketrans("", "", "".join(TERMINATORS))
    assert typed.translate(strip) == "".join(ch for ch, _ in presses).translate(strip)
    for e in out:
        assert isinstance(e, (Scanned, Typed))
        if isinstance(e, Scanned):
            assert len(e.code) >= reader.min_length and not any(c in TERMINATORS for c in e.code)


chunks = st.lists(st.one_of(st.binary(max_size=50), st.integers(4090, 4100).map(lambda n: b"x" * n)), max_size=6)


@FUZZ
@given(chunks.map(lambda parts: b"\n".join(parts)))
def test_scanner_lines_are_read_one_per_line_whatever_the_bytes(data):
    import io

    from checkin.cli.scan import MAX_LINE_BYTES, _scanner_lines

    lines = list(_scanner_lines(io.BytesIO(data)))
    expected = data.count(b"\n") + (1 if data and not data.endswith(b"\n") else 0)
    assert len(lines) == expected
    assert all(isinstance(line, str) and len(line) <= MAX_LINE_BYTES for line in lines)
