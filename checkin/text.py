"""Text helpers: how names are stored and how they are searched."""

from __future__ import annotations

import re
import unicodedata

_WS = re.compile(r"\s+")
# Invisible characters that reorder or hide text: bidi embeddings, overrides and isolates,
# direction marks, zero-width space, word joiner, BOM, soft hyphen. A name holding them
# prints in a misleading order and cannot be found by typing it. ZWNJ (U+200C) and ZWJ
# (U+200D) stay in stored names: Persian and Arabic spelling needs them.
_INVISIBLE = dict.fromkeys(
    [0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F, 0x061C,
     0x200B, 0x2060, 0xFEFF, 0x00AD]
)
_JOINERS = dict.fromkeys([0x200C, 0x200D])
_HAS_INVISIBLE = re.compile("[" + "".join(map(chr, _INVISIBLE)) + "]")
_HAS_JOINER = re.compile("[\u200c\u200d]")
# What makes clean_name do more than NFC and trim: an invisible character, whitespace other than
# a space, or two spaces in a row.
_UNUSUAL = re.compile("[" + "".join(map(chr, _INVISIBLE)) + r"]|[^\S ]|  ")


def _visible(text: str) -> str:
    """``text`` without the invisible characters above (a quick search first: most names have none)."""
    return text.translate(_INVISIBLE) if _HAS_INVISIBLE.search(text) else text

# Arabic letters that people type interchangeably when searching.
_ARABIC_FOLD = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ئ": "ي",
        "ؤ": "و",
        "ة": "ه",
        "ـ": None,  # tatweel (kashida) is decoration only
    }
)
_EXTRA_FOLD = str.maketrans({"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "đ": "d", "ł": "l", "ı": "i"})


class _CombiningMarks(dict):
    """A ``str.translate`` table dropping combining marks, filled as characters are met.

    Equal to keeping ``ch`` when ``unicodedata.combining(ch) == 0``, but each character is
    asked once per process, and the per-character work is then a dict look-up in C.
    """

    def __missing__(self, point: int) -> int | None:
        kept = None if unicodedata.combining(chr(point)) else point
        self[point] = kept
        return kept


_MARKS = _CombiningMarks()
# Both folds in one table: neither maps onto a character the other changes.
_FOLD = {**_ARABIC_FOLD, **_EXTRA_FOLD}


def clean_name(value: object) -> str:
    """Trim, fold runs of whitespace to one space, drop invisible bidi/zero-width characters,
    and normalise to Unicode NFC.

    Everything else is kept exactly as given (case, accents, script, ZWNJ/ZWJ).
    """
    if value is None:
        return ""
    text = str(value)
    if text.isascii():
        if text.isprintable() and "  " not in text:
            return text.strip()  # most cells: nothing invisible, already NFC, no whitespace runs
    elif not _UNUSUAL.search(text):  # (NFC never turns other characters into whitespace)
        return unicodedata.normalize("NFC", text).strip()
    text = unicodedata.normalize("NFC", _visible(text))
    return _WS.sub(" ", text).strip()


def search_key(value: object) -> str:
    """A folded form for matching: no case, no accents, no Arabic diacritics.

    "Hélène LEFÈVRE" -> "helene lefevre"; "أحمد" and "احمد" fold alike. Invisible
    characters (bidi controls, zero-width joiners) are ignored.
    """
    if not value:
        return ""
    text = str(value)
    if text.isascii():  # nothing to decompose or fold but case (an import computes 500,000 of these)
        text = text.lower()
        return text.strip() if text.isprintable() and "  " not in text else _WS.sub(" ", text).strip()
    text = _visible(text)
    if _HAS_JOINER.search(text):
        text = text.translate(_JOINERS)
    text = unicodedata.normalize("NFKD", text).translate(_MARKS)
    text = text.casefold().translate(_FOLD)
    return _WS.sub(" ", text).strip()


#: What a scan attempt keeps of a scanned text: a badge code is 18 characters, a URL or vCard a few
#: hundred; anything longer is garbage, and a 1 MB scanner line must not be stored whole.
MAX_SCANNED_CHARS = 512


def clean_scanned(value: object) -> str:
    """A scanned text made safe to decide on, show and store.

    Trimmed; lone surrogates (bytes a lenient decoder could not map) become U+FFFD; NUL and other
    control characters become U+FFFD too, so a log line or a CSV cell cannot be cut or redrawn;
    longer than :data:`MAX_SCANNED_CHARS`, the text is cut and says how much was dropped.
    """
    if value is None:
        return ""
    text = str(value).strip()
    if len(text) > MAX_SCANNED_CHARS:
        text = f"{text[:MAX_SCANNED_CHARS]}…(+{len(text) - MAX_SCANNED_CHARS} characters)"
    if text.isascii() and text.isprintable():  # a badge code: nothing to replace (no per-character loop)
        return text
    return "".join("\ufffd" if _unsafe(ord(ch)) else ch for ch in text)


def _unsafe(point: int) -> bool:
    return point < 32 or 0x7F <= point < 0xA0 or 0xD800 <= point <= 0xDFFF


def decode_scanner_bytes(raw: bytes) -> str:
    """One line a USB scanner (or a pipe) sent, as text, whatever its encoding.

    UTF-8 when it is valid UTF-8; otherwise ISO-8859-1, the encoding QR byte mode defaults to
    (so a Latin-1 "é" reads as "é", and no byte can fail). Never raises.
    """
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")
