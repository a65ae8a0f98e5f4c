"""Badge codes: short, offline-verifiable, tamper-evident, scoped to one event.

Format (version 1), 18 characters of Crockford base32 (digits and upper-case
letters without I, L, O, U), all in the QR alphanumeric set::

    1 TTT BBBBBB MMMMMMMM
    | |   |      '-- MAC: first 40 bits of HMAC-SHA256(event key, "checkin-badge|1|" + TTT + BBBBBB)
    | |   '--------- badge id: 30 random bits (a new one for every badge issued)
    | '------------- event tag: 15 bits derived from the event's key
    '--------------- format version

Every station of an event holds the event key, so any station can issue a
walk-in badge that every other station accepts before their records are merged.
See docs/badge-codes.md for the threat model.

Invariants the checks rely on:

* a code uses no separator and only upper-case Crockford letters and digits, so
  it is QR alphanumeric (QR version 1 at level M, version 2 at Q);
* an issued code holds at least two letters, so that lower-casing one letter
  gives a mixed-case string, which is refused, never "repaired" by the
  Caps-Lock rule of ``normalise``;
* no aliasing (Crockford's O->0, I/L->1): every single-character change of a
  valid code is refused, none is silently corrected.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass, field
from enum import Enum

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32
_INDEX = {ch: i for i, ch in enumerate(ALPHABET)}
_SYMBOLS = frozenset(ALPHABET)  # ``_SYMBOLS.issuperset(text)``: every character a code symbol, in one C loop
VERSION = "1"
TAG_LEN, ID_LEN, MAC_LEN = 3, 6, 8
CODE_LEN = 1 + TAG_LEN + ID_LEN + MAC_LEN
_DOMAIN = b"checkin-badge|1|"
MIN_KEY_BYTES = 16
_MIN_LETTERS = 2


class CodeStatus(str, Enum):
    VALID = "valid"
    FOREIGN = "foreign"  # well-formed badge of another event
    UNSUPPORTED = "unsupported"  # looks like a checkin badge of another format version
    TAMPERED = "tampered"  # right event, wrong MAC: altered or forged
    GARBAGE = "garbage"  # not a checkin badge at all


@dataclass(frozen=True)
class CodeCheck:
    status: CodeStatus
    code: str  # normalised code (upper-case, no separators) or the raw text for garbage
    badge_id: str = ""

    @property
    def ok(self) -> bool:
        return self.status is CodeStatus.VALID


@dataclass(frozen=True)
class EventKeys:
    """What a station needs to issue and check codes of one event."""

    key: bytes = field(repr=False)  # the secret: never in logs or tracebacks
    tag: str

    def __post_init__(self) -> None:
        if len(self.key) < MIN_KEY_BYTES:
            raise ValueError(f"an event key needs at least {MIN_KEY_BYTES} bytes")
        if len(self.tag) != TAG_LEN or any(ch not in _INDEX for ch in self.tag):
            raise ValueError(f"an event tag is {TAG_LEN} base32 characters")

    @classmethod
    def from_hex(cls, key_hex: str) -> EventKeys:
        """Keys from the hex form stored in the event file and station packages."""
        try:
            key = bytes.fromhex(key_hex)
        except (TypeError, ValueError):
            raise ValueError("the event key is not hexadecimal") from None
        return cls(key=key, tag=tag_for_key(key))


def new_event_key() -> str:
    """A fresh random 256-bit event key, hex encoded."""
    return secrets.token_hex(32)


def b32(value: int, length: int) -> str:
    """``value`` as ``length`` Crockford base32 characters (most significant first)."""
    out = []
    for _ in range(length):
        out.append(ALPHABET[value & 31])
        value >>= 5
    return "".join(reversed(out))


def tag_for_key(key: bytes) -> str:
    """The public 3-character event tag derived from a key (15 bits; reveals nothing of the key)."""
    digest = hashlib.sha256(b"checkin-event-tag|" + key).digest()
    return b32(int.from_bytes(digest[:2], "big") >> 1, TAG_LEN)


# Every pair of base32 characters, by the 10 bits it encodes: codes are written two characters a step.
_PAIRS = [high + low for high in ALPHABET for low in ALPHABET]
_DIGITS = str.maketrans("", "", "0123456789")


def _b32_pairs(value: int, pairs: int) -> str:
    """``b32(value, 2 * pairs)``, a pair of characters at a time (issuing codes is a hot path)."""
    return "".join([_PAIRS[(value >> (10 * i)) & 1023] for i in range(pairs - 1, -1, -1)])


def _mac(keys: EventKeys, tag: str, badge_id: str) -> str:
    digest = hmac.digest(keys.key, _DOMAIN + (tag + badge_id).encode("ascii"), "sha256")
    return _b32_pairs(int.from_bytes(digest[:5], "big"), MAC_LEN // 2)


def _letters(code: str) -> int:
    """How many letters a string of base32 characters holds (the rest are digits)."""
    return len(code.translate(_DIGITS))


def issue_code(keys: EventKeys, badge_id: str | None = None) -> str:
    """A new badge code for this event (random badge id unless given).

    Random ids are redrawn until the code holds at least two letters (about one
    draw in ten million is); a given id that cannot satisfy this is refused.
    Uniqueness within an event file is the store's job (the column is UNIQUE).
    """
    if badge_id is not None:
        if len(badge_id) != ID_LEN or any(ch not in _INDEX for ch in badge_id):
            raise ValueError(f"badge id must be {ID_LEN} base32 characters")
        code = VERSION + keys.tag + badge_id + _mac(keys, keys.tag, badge_id)
        if _letters(code) < _MIN_LETTERS:
            raise ValueError("that badge id gives a code with fewer than two letters; use another")
        return code
    while True:
        badge_id = _b32_pairs(secrets.randbits(5 * ID_LEN), ID_LEN // 2)
        code = VERSION + keys.tag + badge_id + _mac(keys, keys.tag, badge_id)
        if _letters(code) >= _MIN_LETTERS:
            return code


# Prefixes a scanner may send before the data (ISO/IEC 15424 "AIM symbology identifier": "]",
# a code letter and a modifier character, "]Q1" for QR Code) and, in ECI mode, an ECI designator
# (a backslash and six digits, e.g. "\\000026" for UTF-8). Neither is part of a badge code.
_SYMBOLOGY_PREFIX = re.compile(r"^\][A-Za-z][0-9A-Za-z]")
_ECI_PREFIX = re.compile(r"^\\[0-9]{6}")


def normalise(raw: str) -> str:
    """Drop the separators people and scanners add ("-", spaces) and a scanner's AIM/ECI prefix.

    A code typed entirely in lower case (a keyboard-wedge scanner with Caps Lock
    on swaps every letter) is upper-cased; a code with mixed case is left as it
    is, so that a single altered character is never silently "repaired".
    """
    text = (raw or "").strip()
    if text[:1] in ("]", "\\"):  # a prefix can only start so (the common case skips both patterns)
        text = _ECI_PREFIX.sub("", _SYMBOLOGY_PREFIX.sub("", text))
    text = text.replace("-", "").replace(" ", "")
    if text.islower():
        text = text.upper()
    return text


def looks_like_code(raw: str) -> bool:
    """Whether text has the shape of a badge code (any event, any case): never a name to search for."""
    text = normalise(raw).upper()
    return len(text) == CODE_LEN and all(ch in _INDEX for ch in text) and any(ch.isdigit() for ch in text)


def badge_shaped(text: str) -> bool:
    """Whether normalised text has a badge code's length and symbols (upper case): the codes
    :func:`check_code` goes on to verify. Anything else is garbage, a mixed-case (altered)
    code or another tool's ticket."""
    return len(text) == CODE_LEN and _SYMBOLS.issuperset(text)


def check_code(keys: EventKeys, raw: str, *, on_file: bool = False) -> CodeCheck:
    """Verify a scanned or typed code offline with the event key.

    VALID: this event's, untouched. FOREIGN: a well-formed code of another event.
    UNSUPPORTED: a code of another format version. TAMPERED: this event's shape
    but a wrong MAC or an impossible case mix (altered, mistyped or forged).
    GARBAGE: anything else (URLs, vCards, empty, other barcodes). Revocation is
    not known here: see ``checkin.store.badges.is_revoked``.

    ``on_file``: the normalised code is exactly a badge code the event file holds for an
    attendee (issued here or by another station of the event, with the same key). Its MAC
    is then not recomputed: the code on file is the badge. Every other test still applies.
    The HMAC is most of this check, and a scan at the door is almost always such a code.
    """
    raw_text = raw if isinstance(raw, str) else ""
    text = normalise(raw_text)
    if len(text) == CODE_LEN and text != text.upper() and all(ch in _INDEX for ch in text.upper()):
        upper = text.upper()  # mixed case: one or more letters changed after printing
        if upper[0] != VERSION:
            return CodeCheck(CodeStatus.UNSUPPORTED, upper)
        status = CodeStatus.TAMPERED if upper[1:4] == keys.tag else CodeStatus.FOREIGN
        return CodeCheck(status, upper, upper[4:10])
    if not badge_shaped(text):  # every scan passes here
        looks_versioned = (
            len(text) >= CODE_LEN - 2
            and len(text) <= CODE_LEN + 8
            and text[:1].isdigit()
            and text[:1] != VERSION
            and all(ch in _INDEX for ch in text)
        )
        status = CodeStatus.UNSUPPORTED if looks_versioned else CodeStatus.GARBAGE
        return CodeCheck(status, text if looks_versioned else raw_text.strip())
    if text[0] != VERSION:
        return CodeCheck(CodeStatus.UNSUPPORTED, text)
    tag, badge_id, mac = text[1:4], text[4:10], text[10:]
    if tag != keys.tag:
        return CodeCheck(CodeStatus.FOREIGN, text, badge_id)
    if _letters(text) < _MIN_LETTERS or not (on_file or hmac.compare_digest(mac, _mac(keys, tag, badge_id))):
        return CodeCheck(CodeStatus.TAMPERED, text, badge_id)
    return CodeCheck(CodeStatus.VALID, text, badge_id)


def display_code(code: str) -> str:
    """Group a code for people to read and type: 1TTT-BBBBBB-MMMMMMMM."""
    if len(code) != CODE_LEN:
        return code
    return f"{code[:4]}-{code[4:10]}-{code[10:]}"
