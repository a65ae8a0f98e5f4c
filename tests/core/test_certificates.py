"""Who gets a certificate, and its verification code: genuine ones pass, altered ones never do."""

from __future__ import annotations

import pytest

from checkin.codes import ALPHABET
from checkin.report.certcodes import CertificateStatus, check_certificate_code, issue_certificate_code
from checkin.report.certificates import certificates, verify_certificate
from checkin.store.checkins import undo_checkin
from checkin.store.db import StoreError
from checkin.store.event import create_event, get_event


def _names(certs):
    return sorted(c.attendee.first_name for c in certs)


def test_only_people_who_attended_get_one(report_store):
    certs = certificates(report_store)
    # Paul's only check-in was undone, Omar cancelled: neither gets one
    assert _names(certs) == sorted(["Hélène", "سعاد", "John", "Amina", "Zoë"])
    helene = next(c for c in certs if c.attendee.first_name == "Hélène")
    assert [(s.title, s.day, s.time) for s in helene.sessions] == [
        ("Opening", "2027-03-17", "09:00"), ("Round table", "2027-03-17", "11:00")]
    assert helene.arrived == "2027-03-17"


def test_min_sessions_and_chosen_attendees(report_store):
    assert _names(certificates(report_store, min_sessions=1)) == ["Amina", "Hélène", "John"]
    assert _names(certificates(report_store, min_sessions=2)) == ["Hélène"]
    john = report_store.people["John"].id
    assert _names(certificates(report_store, attendee_ids=[john])) == ["John"]
    with pytest.raises(StoreError, match="Paul Martin .* no valid check-in"):
        certificates(report_store, attendee_ids=[report_store.people["Paul"].id])
    with pytest.raises(StoreError, match="no attendee with id 999"):
        certificates(report_store, attendee_ids=[999])


def test_a_genuine_code_verifies_and_names_its_holder(report_store):
    cert = next(c for c in certificates(report_store) if c.attendee.first_name == "John")
    result = verify_certificate(report_store, cert.code_text)
    assert result.status is CertificateStatus.VALID
    assert result.certificate.attendee.full_name == "John Smith"
    assert verify_certificate(report_store, cert.code.lower()).status is CertificateStatus.VALID


def test_every_single_character_change_is_refused(report_store):
    code = certificates(report_store)[0].code
    for i in range(1, len(code)):
        for ch in ALPHABET:
            if ch == code[i]:
                continue
            altered = code[:i] + ch + code[i + 1:]
            assert verify_certificate(report_store, altered).status is not CertificateStatus.VALID, altered


def test_a_badge_code_or_another_events_certificate_is_refused(report_store, tmp_path):
    from checkin.store.db import Store

    badge = report_store.people["John"].code
    assert verify_certificate(report_store, badge).status is CertificateStatus.GARBAGE
    with Store(tmp_path / "other.db") as other:
        keys = create_event(other, "Another event").keys
        foreign = issue_certificate_code(keys, report_store.people["John"].uid)
    assert verify_certificate(report_store, foreign).status in (CertificateStatus.FOREIGN,
                                                                 CertificateStatus.TAMPERED)


def test_the_code_is_bound_to_the_attendee_uid(report_store):
    keys = get_event(report_store).keys
    john = report_store.people["John"]
    code = issue_certificate_code(keys, john.uid)
    assert check_certificate_code(keys, code, john.uid).status is CertificateStatus.VALID
    amina = report_store.people["Amina"]
    assert check_certificate_code(keys, code, amina.uid).status is CertificateStatus.TAMPERED


def test_another_stations_file_of_the_event_verifies_the_code(report_store, tmp_path):
    """Row ids differ between laptops; the uid does not: a station that holds the person verifies."""
    from checkin.store.attendees import add_attendee
    from checkin.store.checkins import record_checkin
    from checkin.store.db import Store

    john = report_store.people["John"]
    cert = next(c for c in certificates(report_store) if c.attendee.uid == john.uid)
    event = get_event(report_store)
    with Store(tmp_path / "station.db") as station:
        create_event(station, event.name, key_hex=event.keys.key.hex(), uid=event.uid)
        add_attendee(station, full_name="Someone First")  # so John gets another row id here
        copy = add_attendee(station, full_name=john.full_name, uid=john.uid, code=john.code)
        assert copy.id != john.id
        record_checkin(station, attendee_id=copy.id, attendee_uid=john.uid, code=john.code, session_id=None,
                       station="Desk 9", method="camera")
        result = verify_certificate(station, cert.code)
    assert result.status is CertificateStatus.VALID and result.certificate.attendee.full_name == "John Smith"


def test_a_certificate_whose_checkins_were_undone_is_withdrawn(report_store):
    zoe = next(c for c in certificates(report_store) if c.attendee.first_name == "Zoë")
    arrival = report_store.conn.execute("SELECT id FROM checkins WHERE attendee_id = ?",
                                        (zoe.attendee.id,)).fetchone()[0]
    undo_checkin(report_store, arrival, station="Desk 2", reason="not her")
    result = verify_certificate(report_store, zoe.code)
    assert result.status is CertificateStatus.WITHDRAWN
    assert "Zoë O'Connor" in result.message
