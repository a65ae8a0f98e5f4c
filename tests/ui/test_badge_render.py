"""Badges rendered with Qt: every QR reads back (PNG and rasterised PDF), text fits, prints are logged."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import zxingcpp

from checkin.badges import LAYOUT_NAMES, category_colour
from checkin.cli import main as cli_main
from checkin.scan.decoder import decode_frame, decode_image
from checkin.store.attendees import add_attendee, update_attendee
from checkin.store.badges import last_print, prints_for, reissue_badge

PEOPLE = [
    dict(full_name="Hélène Lefèvre", organisation="Ministère de l'Emploi", category="Intervenant"),
    dict(full_name="أحمد بنعلي", organisation="وزارة الإدماج الاقتصادي والمقاولة الصغرى والتشغيل والكفاءات",
         category="مشارك"),
    dict(full_name="Sarah O'Brien", organisation="International Labour Organization", category="Press"),
    dict(full_name="Son Excellence Monsieur Jean-Baptiste Alexandre de la Fontaine-Montmorency",
         organisation="Ambassade de France au Royaume du Maroc, Service économique régional", category="VIP"),
]


@pytest.fixture
def people(store):
    return [add_attendee(store, **p) for p in PEOPLE]


def _pdf_pages(path: Path, dpi: int = 150) -> list[np.ndarray]:
    """Rasterise every page with Qt's own PDF engine, on white, as grayscale arrays."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtPdf import QPdfDocument

    doc = QPdfDocument()
    assert doc.load(str(path)) == QPdfDocument.Error.None_
    pages = []
    for i in range(doc.pageCount()):
        size = doc.pagePointSize(i)
        px = QSize(round(size.width() / 72 * dpi), round(size.height() / 72 * dpi))
        page = QImage(px, QImage.Format.Format_RGB32)
        page.fill(QColor("white"))
        painter = QPainter(page)
        painter.drawImage(0, 0, doc.render(i, px))
        painter.end()
        gray = page.convertToFormat(QImage.Format.Format_Grayscale8)
        array = np.frombuffer(gray.constBits(), np.uint8).reshape(gray.height(), gray.bytesPerLine())
        pages.append(array[:, : gray.width()].copy())
    doc.close()
    return pages


def test_pngs_decode_to_each_attendees_code(qapp, store, people, tmp_path):
    from checkin.ui.render.badge_render import render_badge_pngs

    paths = render_badge_pngs(store, tmp_path / "png", station="Desk 1")
    assert sorted(p.name for p in paths) == sorted(f"{a.id}.png" for a in people)
    for a in people:
        assert decode_image(tmp_path / "png" / f"{a.id}.png") == [a.code]
        assert last_print(store, a.id).output == "png:a6"


@pytest.mark.parametrize("layout,pages", [("a4-sheet", 1), ("a6", 4), ("card", 4)])
def test_pdf_qr_codes_decode_to_the_attendees(qapp, store, people, tmp_path, layout, pages):
    from checkin.badge_layouts import get_layout
    from checkin.ui.render.badge_render import render_badges_pdf

    pdf = tmp_path / f"{layout}.pdf"
    done = render_badges_pdf(store, pdf, layout=layout, station="Desk 2")
    assert sorted(done) == sorted(a.id for a in people)
    assert not pdf.with_name(pdf.name + ".part").exists()
    rasters = _pdf_pages(pdf)
    assert len(rasters) == pages
    found = [code for page in rasters for code in decode_frame(page)]
    assert sorted(found) == sorted(a.code for a in people)
    spec = get_layout(layout)
    h, w = rasters[0].shape
    assert (w / 150 * 25.4, h / 150 * 25.4) == pytest.approx((spec.page_width, spec.page_height), abs=0.5)
    assert [p.output for p in prints_for(store, people[0].id)] == [f"pdf:{layout}"]


@pytest.mark.parametrize("layout,minimum", [("a6", 30), ("a4-sheet", 30), ("card", 22)])
def test_qr_is_big_enough_for_a_webcam(qapp, store, people, layout, minimum):
    """Measured on the image: the symbol's side in mm, and white around it for 4 modules."""
    from checkin.badges import badge_content
    from checkin.store.event import get_event
    from checkin.ui.render.badge_render import render_badge_image

    dpi = 200
    image = render_badge_image(badge_content(people[0], get_event(store)), layout=layout, dpi=dpi)
    gray = image.convertToFormat(image.Format.Format_Grayscale8)
    array = np.frombuffer(gray.constBits(), np.uint8).reshape(gray.height(), gray.bytesPerLine())
    array = array[:, : gray.width()].copy()
    (result,) = zxingcpp.read_barcodes(array, formats=zxingcpp.BarcodeFormat.QRCode)
    xs = [p.x for p in (result.position.top_left, result.position.top_right, result.position.bottom_right)]
    ys = [p.y for p in (result.position.top_left, result.position.bottom_left, result.position.bottom_right)]
    side_mm = (max(xs) - min(xs)) / dpi * 25.4  # zxing gives the symbol's outer corners
    assert side_mm >= minimum - 0.2
    assert (result.extra["Version"], result.ec_level) == ("1", "M")  # 21 x 21 modules
    module = (max(xs) - min(xs)) / 21
    quiet = round(4 * module)
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
    assert array[max(0, y0 - quiet): y0 - 3, x0: x1].min() > 200  # white above
    assert array[y0: y1, x1 + 3: x1 + quiet].min() > 200  # white to the right


def _ink_columns(qapp, text: str, align: str) -> tuple[int, int]:
    from PySide6.QtGui import QColor, QImage, QPainter

    from checkin.ui.render.badge_render import _Canvas

    image = QImage(800, 200, QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(round(200 / 0.0254))
    image.setDotsPerMeterY(round(200 / 0.0254))
    image.fill(QColor("white"))
    painter = QPainter(image)
    canvas = _Canvas(painter, image, 200)
    fitted = canvas.fit(text, 100, 25, 20, 8, bold=True)
    canvas.text(fitted, 0, 0, 100, align=align)
    painter.end()
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    array = np.frombuffer(gray.constBits(), np.uint8).reshape(200, gray.bytesPerLine())[:, :800]
    cols = np.where(array.min(axis=0) < 128)[0]
    return int(cols.min()), int(cols.max())


def test_arabic_starts_on_the_right_and_latin_on_the_left(qapp):
    box_right = round(100 / 25.4 * 200)
    ar_left, ar_right = _ink_columns(qapp, "أحمد بنعلي", "start")
    fr_left, fr_right = _ink_columns(qapp, "Hélène Lefèvre", "start")
    assert box_right - ar_right < 20 and ar_left > 100
    assert fr_left < 20 and box_right - fr_right > 100


def test_long_name_shrinks_on_two_lines_and_is_never_clipped(qapp):
    from PySide6.QtGui import QFontMetricsF, QImage

    from checkin.ui.render.badge_render import _Canvas

    image = QImage(10, 10, QImage.Format.Format_RGB32)
    canvas = _Canvas(None, image, image.logicalDpiX())
    name = PEOPLE[3]["full_name"]
    fitted = canvas.fit(name, 44, 20, 22, 8, bold=True)
    assert len(fitted.lines) == 2 and " ".join(fitted.lines) == name
    fm = QFontMetricsF(fitted.font, image)
    assert max(fm.horizontalAdvance(line) for line in fitted.lines) <= 44 * canvas.k
    assert fitted.font.pointSizeF() < 22
    short = canvas.fit("Li Wei", 44, 20, 22, 8, bold=True)
    assert short.lines == ["Li Wei"] and short.font.pointSizeF() == 22


def test_layouts_match_the_core_list():
    from checkin.badge_layouts import LAYOUTS, get_layout

    assert tuple(LAYOUTS) == LAYOUT_NAMES
    assert get_layout("single").name == "a6"
    with pytest.raises(ValueError):
        get_layout("a3")


def test_category_colours_are_stable_and_readable():
    assert category_colour("Presse") == category_colour(" presse")
    assert category_colour("Délégation officielle") == category_colour("delegation officielle")
    assert category_colour("").fill != category_colour("Speaker").fill
    assert category_colour("Speaker").text in ("#000000", "#FFFFFF")


def test_cli_skips_printed_badges_unless_reprint(qapp, store, people, tmp_path, capsys):
    db = ["--db", str(store.path)]
    out = tmp_path / "png"
    assert cli_main([*db, "badges", "--png-dir", str(out), "--station", "Desk 3"]) == 0
    assert len(list(out.glob("*.png"))) == len(people)
    capsys.readouterr()
    assert cli_main([*db, "badges", "--png-dir", str(out)]) == 0
    notice = capsys.readouterr().out
    assert f"{len(people)} already printed (first at " in notice and "use --reprint" in notice
    assert all(len(prints_for(store, a.id)) == 1 for a in people)
    # one badge: reprinting is explicit
    assert cli_main([*db, "badges", "--png-dir", str(out), "--attendee", str(people[1].id)]) == 0
    assert len(prints_for(store, people[1].id)) == 1
    assert cli_main([*db, "badges", "--png-dir", str(out), "--attendee", str(people[1].id), "--reprint"]) == 0
    from checkin.store.event import station_name

    assert [p.station for p in prints_for(store, people[1].id)] == ["Desk 3", station_name(store)]
    # a reissued badge is a new badge: printed without --reprint
    new = reissue_badge(store, people[0].id, reason="lost", station="Desk 3")
    pdf = tmp_path / "one.pdf"
    assert cli_main([*db, "badges", "--pdf", str(pdf), "--layout", "card", "--attendee", str(new.id)]) == 0
    assert [c for page in _pdf_pages(pdf) for c in decode_frame(page)] == [new.code]


def test_cli_errors_are_one_line(qapp, store, people, tmp_path, capsys):
    db = ["--db", str(store.path)]
    assert cli_main([*db, "badges", "--pdf", str(tmp_path / "nowhere" / "x.pdf")]) == 2
    assert cli_main([*db, "badges", "--pdf", str(tmp_path / "x.pdf"), "--attendee", "999"]) == 2
    assert cli_main([*db, "badges", "--pdf", str(tmp_path / "x.pdf"), "--category", "Nobody"]) == 2
    update_attendee(store, people[0].id, status="cancelled")
    assert cli_main([*db, "badges", "--pdf", str(tmp_path / "x.pdf"), "--attendee", str(people[0].id)]) == 2
    captured = capsys.readouterr()
    err = captured.err.strip().splitlines()
    assert len(err) == 4 and all(line.startswith("checkin: error: ") for line in err)
    assert "1 cancelled, not printed" in captured.out
    assert not (tmp_path / "x.pdf").exists()


def test_cli_revoke_reissues(qapp, store, people, capsys):
    from checkin.store.attendees import get_attendee
    from checkin.store.badges import is_revoked

    old = people[2].code
    assert cli_main(["--db", str(store.path), "revoke", str(people[2].id), "--reason", "stolen"]) == 0
    assert is_revoked(store, old) == (True, "stolen")
    assert get_attendee(store, people[2].id).code != old
    assert old in capsys.readouterr().out


def test_many_badges_do_not_exhaust_nones_refcount(tmp_path):
    """PySide6 6.12 on CPython 3.11 drops a None reference per void Qt call: many badges must not abort."""
    import subprocess
    import sys

    script = (
        "from checkin.badges import BadgeContent, category_colour\n"
        "from checkin.ui.render.badge_render import ensure_gui_app, render_badge_image\n"
        "ensure_gui_app()\n"
        "b = BadgeContent(1, 'Hélène Lefèvre', 'Ministère', 'Speaker', '1ABCDEFGHJKMNPQRST',\n"
        "                 '1ABC-DEFGHJ-KMNPQRST', 'Event', '17 March 2027', category_colour('Speaker'))\n"
        "for _ in range(120):\n"
        "    render_badge_image(b, layout='a4-sheet', dpi=40)\n"
        "print('ok')\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60,
                         cwd=Path(__file__).resolve().parents[2])
    assert out.returncode == 0, out.stderr[-500:]
    assert out.stdout.strip() == "ok"
