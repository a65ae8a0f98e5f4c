"""Text helpers: how names are stored and how they are searched."""

from __future__ import annotations

import re
import unicodedata

_WS = re.compile(r"\s+")

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


def clean_name(value: object) -> str:
    """Trim, fold runs of whitespace to one space, and normalise to Unicode NFC.

    Everything else is kept exactly as given (case, accents, script).
    """
    if value is None:
        return ""
    text = unicodedata.normalize("NFC", str(value))
    return _WS.sub(" ", text).strip()


def search_key(value: object) -> str:
    """A folded form for matching: no case, no accents, no Arabic diacritics.

    "Hélène LEFÈVRE" -> "helene lefevre"; "أحمد" and "احمد" fold alike.
    """
    if not value:
        return ""
    text = unicodedata.normalize("NFKD", str(value))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.casefold().translate(_ARABIC_FOLD).translate(_EXTRA_FOLD)
    return _WS.sub(" ", text).strip()
