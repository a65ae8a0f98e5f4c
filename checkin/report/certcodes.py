"""Certificate verification codes: short, offline-checkable, signed with the event key like badge codes.

Format, 18 characters of Crockford base32 (see ``checkin.codes``)::

    C TTT SSSSSS MMMMMMMM
    | |   |      '-- MAC: first 40 bits of HMAC-SHA256(event key,
    | |   |              "checkin-certificate|1|" + TTT + SSSSSS + "|" + attendee uid)
    | |   '--------- serial: 30 bits of SHA-256 of the attendee's uid (finds the holder)
    | '------------- event tag (as on badges)
    '--------------- "C": a certificate, never confused with a badge (badges start with "1")

The attendee's uid is the same in every station's file of the event (local row
ids are not), so any file holding the event key and the person verifies the
code, and the MAC names exactly one person. A different domain string keeps a
badge MAC from ever passing as a certificate.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from enum import Enum

from checkin.codes import ALPHABET, EventKeys, b32, normalise

PREFIX = "C"
TAG_LEN, SERIAL_LEN, MAC_LEN = 3, 6, 8
CODE_LEN = 1 + TAG_LEN + SERIAL_LEN + MAC_LEN
_DOMAIN = b"checkin-certificate|1|"
_INDEX = {ch: i for i, ch in enumerate(ALPHABET)}


class CertificateStatus(str, Enum):
    VALID = "valid"
    FOREIGN = "foreign"  # a certificate code of another event
    TAMPERED = "tampered"  # this event's shape, wrong signature: altered or forged
    WITHDRAWN = "withdrawn"  # genuine, but the holder's check-ins were undone since it was issued
    GARBAGE = "garbage"  # not a certificate code


@dataclass(frozen=True)
class CertificateCheck:
    status: CertificateStatus
    code: str
    serial: str = ""


def _mac(keys: EventKeys, serial: str, attendee_uid: str) -> str:
    message = _DOMAIN + f"{keys.tag}{serial}|{attendee_uid}".encode("ascii")
    digest = hmac.new(keys.key, message, hashlib.sha256).digest()
    return b32(int.from_bytes(digest[:5], "big"), MAC_LEN)


def serial_for(attendee_uid: str) -> str:
    """The public serial of a person's certificate: 30 bits of SHA-256 of their uid."""
    digest = hashlib.sha256(b"checkin-certificate-serial|" + attendee_uid.encode("utf-8")).digest()
    return b32(int.from_bytes(digest[:4], "big") >> 2, SERIAL_LEN)


def issue_certificate_code(keys: EventKeys, attendee_uid: str) -> str:
    """The certificate code of one attendee (the same every time, on every station of the event)."""
    serial = serial_for(attendee_uid)
    return PREFIX + keys.tag + serial + _mac(keys, serial, attendee_uid)


def parse_certificate_code(keys: EventKeys, raw: str) -> CertificateCheck:
    """First step of a check: the shape, the event tag and the serial (not yet the signature)."""
    text = normalise(raw or "")
    if len(text) != CODE_LEN or text[0] != PREFIX or any(ch not in _INDEX for ch in text[1:]):
        return CertificateCheck(CertificateStatus.GARBAGE, (raw or "").strip())
    if text[1:1 + TAG_LEN] != keys.tag:
        return CertificateCheck(CertificateStatus.FOREIGN, text)
    return CertificateCheck(CertificateStatus.VALID, text, text[1 + TAG_LEN:1 + TAG_LEN + SERIAL_LEN])


def check_certificate_code(keys: EventKeys, raw: str, attendee_uid: str | None) -> CertificateCheck:
    """Verify a code as the certificate of the attendee with ``attendee_uid`` (None: nobody matched)."""
    parsed = parse_certificate_code(keys, raw)
    if parsed.status is not CertificateStatus.VALID:
        return parsed
    if (attendee_uid is None or parsed.serial != serial_for(attendee_uid)
            or not hmac.compare_digest(parsed.code[-MAC_LEN:], _mac(keys, parsed.serial, attendee_uid))):
        return CertificateCheck(CertificateStatus.TAMPERED, parsed.code, parsed.serial)
    return parsed


def display_certificate_code(code: str) -> str:
    """Grouped for reading and typing: CTTT-SSSSSS-MMMMMMMM."""
    if len(code) != CODE_LEN:
        return code
    return f"{code[:4]}-{code[4:10]}-{code[10:]}"
