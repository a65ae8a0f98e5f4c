"""Tickets people already hold: a pretix-style ticket QR admits its holder like their badge, once;
a pending registration is refused at the door with its reason until an organiser confirms it."""

from __future__ import annotations

import json

import cv2

from checkin.cli import main
from checkin.decision import decide
from checkin.store.attendees import list_attendees
from checkin.store.badges import revoke_code
from checkin.store.db import Store
from scanframes import qr_image

YOUSSEF_SECRET = "xkz3f8j9cdpvsmtp2qy6ysh7hj5mq8ae"  # pretix ticket secrets: 32 lower-case letters/digits
KARIM_SECRET = "9pnkq2mg4hbq3we8rt3adjq6zncb6s7h"  # his order is not paid


def scan_folder(db, folder, capsys) -> list[dict]:
    assert main(["--db", str(db), "scan", "--source", str(folder), "--station", "Desk 1", "--json"]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.strip()]


def ticket_photo(folder, name, secret):
    folder.mkdir(exist_ok=True)
    cv2.imwrite(str(folder / name), qr_image(secret, module_px=6))


def test_pretix_ticket_qr_admits_once_and_pending_is_refused_with_its_reason(cli_db, data_dir, tmp_path, capsys):
    src = data_dir / "registrations" / "sources" / "pretix_checkin_en.csv"
    assert main(["--db", str(cli_db), "import", "attendees", str(src)]) == 0
    capsys.readouterr()
    ticket_photo(tmp_path / "first", "youssef.png", YOUSSEF_SECRET)
    ticket_photo(tmp_path / "first", "karim.png", KARIM_SECRET)
    got = {d["name"]: d for d in scan_folder(cli_db, tmp_path / "first", capsys)}
    assert got["Youssef Amrani"]["status"] == "accepted" and got["Youssef Amrani"]["code"] == YOUSSEF_SECRET
    assert got["Karim Tazi"]["status"] == "refused" and got["Karim Tazi"]["reason"] == "pending_payment"
    assert got["Karim Tazi"]["message"] == "Payment pending — see the organiser: Karim Tazi"

    # the same ticket again, and then Youssef's printed badge: he is already in
    ticket_photo(tmp_path / "again", "youssef.png", YOUSSEF_SECRET)
    with Store(cli_db) as store:
        badge = next(a.code for a in list_attendees(store) if a.full_name == "Youssef Amrani")
        karim = next(a.id for a in list_attendees(store) if a.full_name == "Karim Tazi")
    ticket_photo(tmp_path / "again", "youssef_badge.png", badge)
    again = scan_folder(cli_db, tmp_path / "again", capsys)
    assert [d["status"] for d in again] == ["duplicate", "duplicate"]

    # the organiser takes the payment and confirms: Karim is admitted with his ticket
    assert main(["--db", str(cli_db), "confirm", str(karim)]) == 0
    assert "confirmed" in capsys.readouterr().out
    ticket_photo(tmp_path / "paid", "karim.png", KARIM_SECRET)
    assert [d["status"] for d in scan_folder(cli_db, tmp_path / "paid", capsys)] == ["accepted"]


def test_revoked_ticket_code_is_refused_and_unknown_codes_stay_invalid(cli_db, data_dir):
    src = data_dir / "registrations" / "sources" / "pretix_checkin_en.csv"
    assert main(["--db", str(cli_db), "import", "attendees", str(src)]) == 0
    with Store(cli_db) as store:
        revoke_code(store, YOUSSEF_SECRET, reason="ticket resold", station="Desk 1")
        d = decide(store, YOUSSEF_SECRET, station="Desk 1", method="scanner")
        assert (d.status, d.reason, d.attendee.full_name) == ("refused", "revoked", "Youssef Amrani")
        other = decide(store, "zzzz3f8j9cdpvsmtp2qy6ysh7hj5mq8ae", station="Desk 1", method="scanner")
        assert other.status == "invalid" and other.attendee is None


def test_search_by_badge_code_ticket_code_or_external_id(cli_db, data_dir, capsys):
    src = data_dir / "registrations" / "sources" / "eventbrite_barcodes.csv"
    assert main(["--db", str(cli_db), "import", "attendees", str(src)]) == 0
    with Store(cli_db) as store:
        karim = next(a for a in list_attendees(store) if a.full_name == "Karim Tazi")
    capsys.readouterr()
    for text in ("730191021001", "9102", karim.code.lower(), "tazi"):
        assert main(["--db", str(cli_db), "attendees", "--search", text, "--json"]) == 0
        found = json.loads(capsys.readouterr().out)
        assert [a["name"] for a in found][:1] == ["Karim Tazi"], text


def test_ticket_codes_and_pending_travel_to_a_station_and_a_confirmation_follows_by_journal(
        cli_db, data_dir, tmp_path, capsys):
    src = data_dir / "registrations" / "sources" / "pretix_checkin_en.csv"
    assert main(["--db", str(cli_db), "import", "attendees", str(src)]) == 0
    pkg, desk = tmp_path / "desk1.checkin-station", tmp_path / "desk1.db"
    assert main(["--db", str(cli_db), "package", "--station", "Desk 1", "--out", str(pkg)]) == 0
    assert main(["--db", str(desk), "join", str(pkg)]) == 0
    capsys.readouterr()
    with Store(desk) as store:
        youssef = decide(store, YOUSSEF_SECRET, station="Desk 1", method="scanner")
        karim = decide(store, KARIM_SECRET, station="Desk 1", method="scanner")
        karim_id = karim.attendee.id
    assert youssef.status == "accepted" and (karim.status, karim.reason) == ("refused", "pending_payment")
    # the organiser takes Karim's payment on the organiser's laptop; Desk 1 learns it from the journal
    assert main(["--db", str(cli_db), "confirm", str(karim_id)]) == 0
    journal = tmp_path / "organisers.csv"
    assert main(["--db", str(cli_db), "sync", "export", "--out", str(journal)]) == 0
    assert main(["--db", str(desk), "sync", "import", str(journal)]) == 0
    with Store(desk) as store:
        assert decide(store, KARIM_SECRET, station="Desk 1", method="scanner").status == "accepted"
