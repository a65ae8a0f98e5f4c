"""The quick paths of clean_name and search_key (plain ASCII, marks dropped by a cached table)
give exactly what the straightforward definitions give, on names people type and on any text."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from checkin.text import _ARABIC_FOLD, _EXTRA_FOLD, _HAS_JOINER, _JOINERS, _visible, clean_name, search_key

_WS = re.compile(r"\s+")


def reference_clean_name(value):
    if value is None:
        return ""
    return _WS.sub(" ", unicodedata.normalize("NFC", _visible(str(value)))).strip()


def reference_search_key(value):
    if not value:
        return ""
    text = _visible(str(value))
    if _HAS_JOINER.search(text):
        text = text.translate(_JOINERS)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.casefold().translate(_ARABIC_FOLD).translate(_EXTRA_FOLD)
    return _WS.sub(" ", text).strip()


NAMES = [
    "Hélène LEFÈVRE", "  Jean\tDupont ", "O'Connor", "p12345@example.org", "أحمد العلوي", "إبراهيم",
    "Ẓoë  Núñez", "e\u0301cole", "ﬁnance", "İstanbul", "ǅemal", "ＡＢＣ", "a\x1fb", "tab\x0bvt", "x\x7fy",
    "\u202bمحمد\u202c", "می\u200cخواهم", "Straße", "Łódź", "a\u00a0b", "\x85x", "ᾈ", "", " ", "1",
]


def test_names_people_type_fold_and_clean_as_before():
    for name in NAMES:
        assert clean_name(name) == reference_clean_name(name), name
        assert search_key(name) == reference_search_key(name), name


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=40) | st.text(alphabet=st.characters(max_codepoint=127), max_size=40)
       | st.text(alphabet=st.sampled_from(list("aZé e\u0301\u200b\u202b\t\u00a0\u2000اأ\u064e\u200c\u1e9bß")),
                 max_size=20))
def test_any_text_folds_and_cleans_as_before(text):
    assert clean_name(text) == reference_clean_name(text)
    assert search_key(text) == reference_search_key(text)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=10) | st.sampled_from(["Hélène", "أحمد", "¨", "\u200d", "İ", " x", "Σ"]),
       st.text(max_size=10) | st.sampled_from(["Lefèvre", "العلوي", "\u0301y", "ΑΣ", "ß"]),
       st.sampled_from(["", "OIT", "Ministère"]), st.sampled_from(["", "A@B.ma"]))
def test_the_search_key_of_a_composed_name_is_built_from_its_parts_as_from_the_whole(first, last, org, email):
    from checkin.store.attendees import attendee_search_key

    full = f"{first} {last}"
    parts = [full, first, last, org, email]
    expected = " | ".join(reference_search_key(p) for p in parts if p)
    assert attendee_search_key(full, org, email, first, last) == expected
