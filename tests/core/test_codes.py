"""Badge codes: round trip, tamper evidence, event scope, versions, walk-ins across stations."""

from __future__ import annotations

import string

import pytest
import qrcode
from qrcode.constants import ERROR_CORRECT_M, ERROR_CORRECT_Q

from checkin import codes
from checkin.codes import (
    CODE_LEN,
    CodeStatus,
    EventKeys,
    check_code,
    display_code,
    issue_code,
    new_event_key,
    normalise,
    tag_for_key,
)

KEY_A = "11" * 32
KEY_B = "22" * 32
QR_ALPHANUMERIC = string.digits + string.ascii_uppercase + " $%*+-./:"


@pytest.fixture
def keys() -> EventKeys:
    return EventKeys.from_hex(KEY_A)


@pytest.fixture
def other_keys() -> EventKeys:
    other = EventKeys.from_hex(KEY_B)
    assert other.tag != EventKeys.from_hex(KEY_A).tag  # the fixed keys are chosen so
    return other


def test_round_trip(keys):
    for _ in range(200):
        code = issue_code(keys)
        assert len(code) == CODE_LEN == 18
        assert set(code) <= set(codes.ALPHABET) <= set(QR_ALPHANUMERIC)
        result = check_code(keys, code)
        assert result.status is CodeStatus.VALID and result.ok
        assert result.code == code and result.badge_id == code[4:10]
        assert check_code(keys, display_code(code)).ok  # typed with its dashes
        assert check_code(keys, code.lower()).ok  # keyboard-wedge scanner with Caps Lock on
        assert check_code(keys, f" {code}\r\n").ok  # scanner suffix


def test_issue_with_given_badge_id_is_deterministic(keys):
    assert issue_code(keys, "ABCDEF") == issue_code(keys, "ABCDEF")
    assert issue_code(keys, "ABCDEF") != issue_code(keys, "ABCDEG")
    with pytest.raises(ValueError):
        issue_code(keys, "ABCDEI")  # I is not Crockford base32
    with pytest.raises(ValueError):
        issue_code(keys, "ABC")


def _single_changes(code: str):
    """Every code that differs from ``code`` by one character (substitution or lower-casing)."""
    for i, original in enumerate(code):
        for ch in QR_ALPHANUMERIC:
            if ch != original:
                yield i, code[:i] + ch + code[i + 1:]
        if original.isalpha():
            yield i, code[:i] + original.lower() + code[i + 1:]


@pytest.mark.parametrize("badge_id", ["ABCDEF", "000000", "ZZZZZZ", None, None, None])
def test_every_single_character_change_is_rejected(keys, badge_id):
    code = issue_code(keys, badge_id)
    changed = list(_single_changes(code))
    assert len(changed) >= CODE_LEN * (len(QR_ALPHANUMERIC) - 1)
    accepted = [(i, alt) for i, alt in changed if check_code(keys, alt).ok]
    assert accepted == []
    # a separator put in place of a character makes the code one character short
    for i in range(CODE_LEN):
        for sep in "- ":
            alt = code[:i] + sep + code[i + 1:]
            assert len(normalise(alt)) == CODE_LEN - 1
            assert not check_code(keys, alt).ok


def test_changes_to_the_mac_or_badge_id_are_reported_as_tampered(keys):
    code = issue_code(keys, "ABCDEF")
    for i in range(4, CODE_LEN):
        for ch in codes.ALPHABET:
            if ch != code[i]:
                assert check_code(keys, code[:i] + ch + code[i + 1:]).status is CodeStatus.TAMPERED
        if code[i].isalpha():
            assert check_code(keys, code[:i] + code[i].lower() + code[i + 1:]).status is CodeStatus.TAMPERED


def test_issued_codes_hold_two_letters_so_one_lowercased_letter_is_never_repaired(keys):
    for _ in range(500):
        assert sum(ch.isalpha() for ch in issue_code(keys)) >= 2
    # key 0x...12 has an all-digit tag and badge id 000982 gives a MAC with a single letter:
    # that code, with its only letter lower-cased, would look like Caps Lock; it is never issued
    digit_keys = EventKeys.from_hex(f"{18:064x}")
    one_letter = codes.VERSION + digit_keys.tag + "000982" + codes._mac(digit_keys, digit_keys.tag, "000982")
    assert sum(ch.isalpha() for ch in one_letter) == 1
    with pytest.raises(ValueError):
        issue_code(digit_keys, "000982")
    assert check_code(digit_keys, one_letter).status is CodeStatus.TAMPERED
    assert not check_code(digit_keys, one_letter.lower()).ok


def test_code_signed_for_another_event_is_foreign(keys, other_keys):
    code = issue_code(other_keys)
    result = check_code(keys, code)
    assert result.status is CodeStatus.FOREIGN and not result.ok
    assert check_code(other_keys, code).ok


def test_forged_tag_with_own_key_is_tampered(keys, other_keys):
    """Someone with another event's key who copies this event's tag still fails the MAC."""
    forged = codes.VERSION + keys.tag + "ABCDEF" + codes._mac(other_keys, keys.tag, "ABCDEF")
    assert check_code(keys, forged).status is CodeStatus.TAMPERED


@pytest.mark.parametrize("version", ["2", "9", "0"])
def test_code_of_another_format_version_is_unsupported(keys, version):
    code = issue_code(keys)
    assert check_code(keys, version + code[1:]).status is CodeStatus.UNSUPPORTED
    assert check_code(keys, version + code[1:] + "ABCD").status is CodeStatus.UNSUPPORTED  # longer v2


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "   ",
        "https://example.org/ticket/1ABCDEFGHJKMNPQRST",
        "BEGIN:VCARD\nVERSION:3.0\nFN:Hélène Lefèvre\nEND:VCARD",
        "X" * 500,
        "1" * 500,
        "hello world",
        "4006381333931",  # an EAN-13 product barcode
        "1ABC",
        "أحمد بنعلي",
    ],
)
def test_garbage_is_garbage(keys, raw):
    result = check_code(keys, raw)
    assert result.status is CodeStatus.GARBAGE
    assert not result.ok


def test_non_text_input_is_garbage(keys):
    assert check_code(keys, None).status is CodeStatus.GARBAGE  # type: ignore[arg-type]


def test_display_code_groups_for_typing(keys):
    code = issue_code(keys)
    shown = display_code(code)
    assert shown == f"{code[:4]}-{code[4:10]}-{code[10:]}"
    assert normalise(shown) == code


def test_event_keys_validation():
    key = new_event_key()
    assert len(bytes.fromhex(key)) == 32
    assert EventKeys.from_hex(key).tag == tag_for_key(bytes.fromhex(key))
    with pytest.raises(ValueError):
        EventKeys.from_hex("not hex")
    with pytest.raises(ValueError):
        EventKeys.from_hex("00" * 8)  # too short to be a secret
    assert key not in repr(EventKeys.from_hex(key)) and "key=" not in repr(EventKeys.from_hex(key))


@pytest.mark.parametrize("level,expected", [(ERROR_CORRECT_M, 1), (ERROR_CORRECT_Q, 2)])
def test_qr_version_is_small(keys, level, expected):
    for _ in range(20):
        qr = qrcode.QRCode(error_correction=level, border=4)
        qr.add_data(issue_code(keys))
        qr.make(fit=True)
        assert qr.version == expected <= 3
        assert qr.data_list[0].mode == qrcode.util.MODE_ALPHA_NUM


def test_walk_in_issued_on_one_station_validates_on_another(tmp_path):
    from checkin.store.attendees import add_attendee, find_by_code
    from checkin.store.db import Store
    from checkin.store.event import create_event, get_event

    key = new_event_key()
    station_a = Store(tmp_path / "a.db")
    station_b = Store(tmp_path / "b.db")
    try:
        create_event(station_a, "Seminar", key_hex=key)
        create_event(station_b, "Seminar", key_hex=key)
        walk_in = add_attendee(station_a, full_name="Walk In", source="walkin")
        assert find_by_code(station_b, walk_in.code) is None  # B never saw this attendee
        assert check_code(get_event(station_b).keys, walk_in.code).ok
        # a third event file with its own key does not accept it
        station_c = Store(tmp_path / "c.db")
        create_event(station_c, "Another event", key_hex=KEY_B)
        assert not check_code(get_event(station_c).keys, walk_in.code).ok
        station_c.close()
    finally:
        station_a.close()
        station_b.close()


@pytest.mark.parametrize("sent", ["]Q1{code}", "]q1{lower}", "]Q2\\000026{code}", "]d2{code}"])
def test_a_scanners_aim_and_eci_prefixes_are_not_part_of_the_code(keys, sent):
    code = issue_code(keys)
    result = check_code(keys, sent.format(code=code, lower=code.lower()))
    assert result.status is CodeStatus.VALID and result.code == code


def test_a_bracket_inside_a_code_is_still_garbage(keys):
    code = issue_code(keys)
    assert check_code(keys, code[:5] + "]Q1" + code[5:]).status is CodeStatus.GARBAGE


def test_issued_codes_are_the_documented_hmac_in_crockford_base32(keys):
    # docs/badge-codes.md: "1" + tag + badge id + the first 40 bits of HMAC-SHA256(key, domain + tag + id)
    def reference(badge_id: str) -> str:
        import hashlib
        import hmac

        message = b"checkin-badge|1|" + (keys.tag + badge_id).encode()
        digest = hmac.new(keys.key, message, hashlib.sha256).digest()
        mac, value = "", int.from_bytes(digest[:5], "big")
        for _ in range(8):
            mac, value = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"[value & 31] + mac, value >> 5
        return "1" + keys.tag + badge_id + mac

    for badge_id in ("ABCDEF", "0000AB", "ZZZZZZ", "7K3M9Q", "A1B2C3"):
        assert issue_code(keys, badge_id) == reference(badge_id)
    for _ in range(200):
        code = issue_code(keys)
        assert code == reference(code[4:10]) and sum(ch.isalpha() for ch in code) >= 2
