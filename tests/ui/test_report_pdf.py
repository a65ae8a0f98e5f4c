"""The attendance report and certificates as organisers get them: PDFs, rasterised with pdftoppm and
read back with pdftotext, checked against 'checkin stats --json' and the CSV exports."""

from __future__ import annotations

import csv
import json
import re
import subprocess
import unicodedata
from datetime import datetime
from pathlib import Path
from statistics import median

import cv2
import numpy as np
import pytest

from checkin.cli import main

DPI = 50


@pytest.fixture(autouse=True)
def _qt(qapp):
    """The QApplication of the UI tests, made before the renderer would make a bare QGuiApplication."""
    return qapp


def _run(db: Path, capsys, *args) -> tuple[int, str, str]:
    code = main(["--db", str(db), *args])
    out, err = capsys.readouterr()
    return code, out, err


def _pages(pdf: Path, out: Path) -> list[np.ndarray]:
    """Rasterise every page (grayscale) with poppler's pdftoppm, as a reader's viewer would."""
    out.mkdir(exist_ok=True)
    subprocess.run(["pdftoppm", "-r", str(DPI), "-gray", "-png", str(pdf), str(out / "p")], check=True)
    return [cv2.imread(str(p), cv2.IMREAD_GRAYSCALE) for p in sorted(out.glob("p-*.png"))]


def _text(pdf: Path) -> list[str]:
    """The words of each page as laid out (pdftotext -layout), one string per page."""
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout
    return unicodedata.normalize("NFKC", text).split("\f")[:-1]  # NFKC: "ﬁ" ligatures, Arabic glyph forms


def _row(text: str, label: str) -> list[int]:
    """The numbers on the line that starts with ``label`` (a table row)."""
    line = next(ln for ln in text.splitlines() if ln.strip().startswith(label))
    return [int(n) for n in re.findall(r"(?<![\d:/])\d+(?![\d:/])", line[line.index(label) + len(label):])]


def _csv(path: Path) -> list[dict]:
    return list(csv.DictReader(path.read_text(encoding="utf-8-sig").splitlines()))


@pytest.fixture
def numbers(report_store, tmp_path, capsys):
    """What 'checkin stats --json' and 'checkin export' say about the event."""
    code, out, _ = _run(report_store.path, capsys, "stats", "--json")
    assert code == 0
    stats = json.loads(out)
    assert _run(report_store.path, capsys, "export", "--out", str(tmp_path / "csv"))[0] == 0
    return stats, tmp_path / "csv"


def test_report_numbers_equal_stats_and_exports(report_store, numbers, tmp_path, capsys):
    stats, exports = numbers
    pdf = tmp_path / "report.pdf"
    code, out, err = _run(report_store.path, capsys, "report", "--pdf", str(pdf), "--lang", "en")
    assert code == 0, err
    pages = _pages(pdf, tmp_path / "png")
    assert f"({len(pages)} page(s), en)" in out
    for page in pages:  # A4
        assert abs(page.shape[0] - 297 / 25.4 * DPI) <= 1 and abs(page.shape[1] - 210 / 25.4 * DPI) <= 1
    assert all((page < 128).mean() > 0.003 for page in pages)  # every page has ink: no blank page
    text = "\n".join(_text(pdf))
    # the four tiles: numbers on one line, their labels on the next
    lines = text.splitlines()
    tile_labels = re.compile(r"Registered\s+Arrived\s+No-shows\s+Cancelled")
    labels = next(i for i, ln in enumerate(lines) if tile_labels.search(ln))
    tiles = [int(n) for n in lines[labels - 1].split()]
    assert tiles == [stats["registered"], stats["checked_in"], stats["no_shows"], stats["cancelled"]]
    no_shows_csv = _csv(exports / "no_shows.csv")
    assert tiles[2] == len(no_shows_csv)
    for c in stats["categories"]:
        assert _row(text, c["category"])[:3] == [c["registered"], c["checked_in"],
                                                 c["registered"] - c["checked_in"]]
    attendance = _csv(exports / "session_attendance.csv")
    for s in stats["sessions"]:
        from_csv = len({r["attendee_id"] for r in attendance if r["session_id"] == str(s["id"])})
        table = [ln for ln in lines if ln.strip().startswith(s["title"]) and re.search(r"\d\d:\d\d", ln)]
        assert len(table) == 1, s["title"]
        attended = int(re.split(r"\s{2,}", table[0].strip())[2])
        assert attended == s["attended"] == from_csv
    # the chart of arrivals: every quarter hour with arrivals is labelled under its bar
    for q in stats["arrivals_per_quarter_hour"]:
        assert re.search(rf"\b{q['start'][11:16]}\b", text)
    assert _row(text, "Total") == [stats["registered"], stats["checked_in"]]
    # stations: every check-in a desk recorded is a row of checkins.csv (undone ones too)
    log = _csv(exports / "checkins.csv")
    for station in {r["station"] for r in log}:
        assert _row(text, station)[0] == sum(r["station"] == station for r in log), station
    assert _row(text, "Desk 1")[:2] == [3, 3]  # three scans within a minute
    # organisations: registered and arrived as attendees.csv has them (status, entrance time)
    people = [p for p in _csv(exports / "attendees.csv") if p["status"] != "cancelled"]
    for org in ("ILO", "Ministère de l'Emploi", "Le Matin"):
        mine = [p for p in people if p["organisation"] == org]
        assert _row(text, org) == [len(mine), sum(bool(p["entrance"]) for p in mine)], org
    # stays: the median of last exit minus first entry in session_attendance.csv
    opening = [r for r in attendance if r["session"] == "Opening" and r["last_out"]]
    stays = sorted((datetime.fromisoformat(r["last_out"]) - datetime.fromisoformat(r["first_in"])).seconds // 60
                   for r in opening)
    assert stays == [30, 50] and "Median stay" in text and f"{round(median(stays))} min" in text


def _ink_columns(page: np.ndarray, top_mm: float, bottom_mm: float) -> tuple[float, float]:
    """Leftmost and rightmost ink (mm from the left edge) between two heights."""
    k = DPI / 25.4
    inside = round(14 * k)  # inside the certificates' border (12 mm from the edge)
    band = page[round(top_mm * k):round(bottom_mm * k), inside:-inside] < 128
    cols = np.flatnonzero(band.any(axis=0))
    return (cols[0] + inside) / k, (cols[-1] + inside) / k


def test_the_arabic_report_reads_right_to_left(report_store, tmp_path, capsys):
    for lang in ("en", "ar"):
        assert _run(report_store.path, capsys, "report", "--pdf", str(tmp_path / f"{lang}.pdf"),
                    "--lang", lang)[0] == 0
    en = _pages(tmp_path / "en.pdf", tmp_path / "en")[0]
    ar = _pages(tmp_path / "ar.pdf", tmp_path / "ar")[0]
    # the title line (18-28 mm): English starts at the left margin, Arabic ends at the right one
    en_left, en_right = _ink_columns(en, 18, 28)
    ar_left, ar_right = _ink_columns(ar, 18, 28)
    assert abs(en_left - 18) < 2 and en_right < 120
    assert abs(ar_right - 192) < 2 and ar_left > 90
    assert "تقرير الحضور" in _text(tmp_path / "ar.pdf")[0]


def test_certificates_one_page_per_person_who_attended(report_store, numbers, tmp_path, capsys):
    _stats, exports = numbers
    people = _csv(exports / "attendees.csv")
    session_columns = [c for c in people[0] if re.search(r"\(\d{4}-\d\d-\d\d", c)]
    attended = [p for p in people if p["entrance"] or any(p[c] for c in session_columns)]
    assert len(attended) == 5
    pdf = tmp_path / "certificates.pdf"
    code, out, err = _run(report_store.path, capsys, "certificates", "--pdf", str(pdf), "--lang", "ar")
    assert code == 0, err
    pages = _pages(pdf, tmp_path / "png")
    assert len(pages) == len(attended) and f"wrote {len(attended)} certificate(s)" in out
    texts = _text(pdf)
    names = [f"{p['first_name']} {p['last_name']}" for p in attended]
    for name in names:
        assert sum(name in t for t in texts) == 1, name  # everyone once, nobody else
    assert not any("Paul Martin" in t or "Omar Idrissi" in t for t in texts)
    assert all("شهادة حضور" in t for t in texts)
    # right to left: the verification line (262-268 mm) starts at the right margin (25 mm from it)
    left, right = _ink_columns(pages[0], 262.5, 267.5)
    assert abs(right - (210 - 25)) < 2.5 and left > 80
    # sessions only for those who entered: min-sessions 2 leaves Hélène alone
    code, out, _ = _run(report_store.path, capsys, "certificates", "--pdf", str(tmp_path / "two.pdf"),
                        "--min-sessions", "2")
    assert code == 0 and "wrote 1 certificate(s)" in out
    assert "Hélène Lefèvre" in _text(tmp_path / "two.pdf")[0]


def test_verify_accepts_a_printed_code_and_refuses_an_altered_one(report_store, tmp_path, capsys):
    pdf = tmp_path / "c.pdf"
    john = report_store.people["John"]
    assert _run(report_store.path, capsys, "certificates", "--pdf", str(pdf),
                "--attendee", str(john.id))[0] == 0
    printed = re.search(r"Verification code: (C[0-9A-Z]{3}-[0-9A-Z]{6}-[0-9A-Z]{8})", _text(pdf)[0]).group(1)
    code, out, err = _run(report_store.path, capsys, "verify", printed)
    assert code == 0 and out.startswith("valid: certificate of attendance of John Smith")
    assert "Opening" in out and err == ""
    last = printed[-1]
    altered = printed[:-1] + ("A" if last != "A" else "B")
    code, out, err = _run(report_store.path, capsys, "verify", altered)
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "altered or forged" in err


def test_no_certificate_for_someone_who_did_not_attend(report_store, tmp_path, capsys):
    paul = report_store.people["Paul"]
    code, _, err = _run(report_store.path, capsys, "certificates", "--pdf", str(tmp_path / "p.pdf"),
                        "--attendee", str(paul.id))
    assert code == 2 and "no valid check-in" in err and err.count("\n") == 1
    assert not (tmp_path / "p.pdf").exists() and not (tmp_path / "p.pdf.part").exists()


def test_organiser_logo_and_signature_are_printed(report_store, tmp_path, capsys):
    logo = tmp_path / "logo.png"
    cv2.imwrite(str(logo), np.full((60, 180, 3), (166, 90, 31), np.uint8))  # a solid blue block
    signature = tmp_path / "sig.png"
    sig = np.full((60, 200, 3), 255, np.uint8)
    cv2.line(sig, (10, 50), (190, 10), (0, 0, 0), 4)
    cv2.imwrite(str(signature), sig)
    code, out, _ = _run(report_store.path, capsys, "organiser", "--name", "OIT Rabat", "--signatory",
                        "Jane Doe, Director", "--logo", str(logo), "--signature", str(signature),
                        "--lang", "fr")
    assert code == 0 and "logo: yes" in out and "language: fr" in out
    pdf = tmp_path / "c.pdf"
    assert _run(report_store.path, capsys, "certificates", "--pdf", str(pdf))[0] == 0
    text = _text(pdf)[0]
    assert "Attestation de participation" in text and "OIT Rabat" in text and "Jane Doe, Director" in text
    page = _pages(pdf, tmp_path / "png")[0]
    k = DPI / 25.4
    top = page[round(24 * k):round(48 * k)]
    assert (top < 140).sum() > 200  # the logo block is painted at the top
    bad = tmp_path / "logo.txt"
    bad.write_text("not an image")
    code, _, err = _run(report_store.path, capsys, "organiser", "--logo", str(bad))
    assert code == 2 and "PNG or JPEG" in err


def test_merge_conflicts_are_listed_as_conflicts_csv_has_them(report_store, tmp_path, capsys):
    """Paul, undone at Desk 2 ('wrong person'), is admitted at Desk 1 minutes later; Zoë is admitted
    at Desk 1 after Desk 2 had already let her in: two conflicts."""
    from checkin.store.checkins import record_checkin

    for who, at in (("Paul", "08:40:00"), ("Zoë", "09:07:00")):
        person = report_store.people[who]
        record_checkin(report_store, attendee_id=person.id, attendee_uid=person.uid, code=person.code,
                       session_id=None, station="Desk 1", method="camera", at=report_store.local(at))
    assert _run(report_store.path, capsys, "export", "--out", str(tmp_path / "csv"))[0] == 0
    conflicts = _csv(tmp_path / "csv" / "conflicts.csv")
    assert len(conflicts) == 2
    pdf = tmp_path / "report.pdf"
    assert _run(report_store.path, capsys, "report", "--pdf", str(pdf), "--lang", "en")[0] == 0
    text = "\n".join(_text(pdf))
    assert "Conflicts found when merging" in text
    assert f"{len(conflicts)} conflict(s) to review" in text
    after_undo = next(ln for ln in text.splitlines() if "Admitted after an undo" in ln)
    assert "Paul Martin" in after_undo and "Desk 2 08:36" in after_undo and "Desk 1 08:40" in after_undo
    twice = next(ln for ln in text.splitlines() if "Admitted twice" in ln)
    assert "Zoë O'Connor" in twice and "Desk 2 09:05" in twice and "Desk 1 09:07" in twice


def test_no_conflicts_is_said_plainly(report_store, tmp_path, capsys):
    pdf = tmp_path / "report.pdf"
    assert _run(report_store.path, capsys, "report", "--pdf", str(pdf), "--lang", "fr")[0] == 0
    assert "Aucun conflit : les relevés des postes concordent." in " ".join(" ".join(_text(pdf)).split())


def _ocr(page: np.ndarray, dpi: int, box_mm: tuple[float, float, float, float], chars: str) -> list[list[str]]:
    """Tesseract's reading of a box (x0, y0, x1, y1 in mm) of a rasterised page, as words per line."""
    k = dpi / 25.4
    x0, y0, x1, y1 = (round(v * k) for v in box_mm)
    crop = cv2.copyMakeBorder(page[y0:y1, x0:x1], 20, 20, 20, 20, cv2.BORDER_CONSTANT, value=255)
    ok, png = cv2.imencode(".png", crop)
    assert ok
    out = subprocess.run(["tesseract", "stdin", "stdout", "--psm", "6", "-c", f"tessedit_char_whitelist={chars}"],
                         input=png.tobytes(), capture_output=True, check=True).stdout.decode()
    return [ln.split() for ln in out.splitlines() if ln.strip()]


def test_report_figures_read_by_ocr_off_the_rasterised_page(report_store, numbers, tmp_path, capsys):
    """What a partner sees on paper: the pixels of page 1, read by an OCR engine, match stats --json."""
    stats, _ = numbers
    pdf = tmp_path / "report.pdf"
    assert _run(report_store.path, capsys, "report", "--pdf", str(pdf), "--lang", "en")[0] == 0
    dpi = 200
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", "-f", "1", "-l", "1", str(pdf),
                    str(tmp_path / "ocr")], check=True)
    page = cv2.imread(str(next(tmp_path.glob("ocr*.png"))), cv2.IMREAD_GRAYSCALE)
    # page 1 layout (mm from the top): title to 63, heading to 76, the four tiles' numbers at 78-89
    tiles = _ocr(page, dpi, (18, 77.5, 192, 90), "0123456789")
    assert [int(n) for n in tiles[0]] == [stats["registered"], stats["checked_in"], stats["no_shows"],
                                          stats["cancelled"]]
    # the category table: header 119-126, one 6.5 mm row per category; its number columns from 92 mm
    rows = len(stats["categories"])
    table = _ocr(page, dpi, (92, 126, 192, 126 + 6.5 * rows), "0123456789%")
    expected = [[c["registered"], c["checked_in"], c["registered"] - c["checked_in"]] for c in stats["categories"]]
    assert [[int(n) for n in line[:3]] for line in table] == expected
