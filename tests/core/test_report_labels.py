"""The report's and certificates' words exist in English, French and Arabic, with the same placeholders."""

from __future__ import annotations

import re

from checkin.report import labels


def test_every_text_in_every_language_with_its_placeholders():
    for key, entry in labels._TEXTS.items():
        assert set(entry) == set(labels.LANGUAGES), key
        wanted = set(re.findall(r"\{\w+\}", entry["en"]))
        for lang, words in entry.items():
            assert words.strip(), (key, lang)
            assert set(re.findall(r"\{\w+\}", words)) == wanted, (key, lang)
        assert re.search(r"[\u0600-\u06FF]", entry["ar"]), f"{key}: Arabic text expected"


def test_dates_and_shares():
    assert labels.long_date("2027-03-17", "en") == "17 March 2027"
    assert labels.long_date("2027-03-17", "fr") == "17 mars 2027"
    assert labels.long_date("2027-03-17", "ar") == "17 مارس 2027"
    assert labels.long_date(None, "ar") == ""
    assert labels.percent(1, 3) == "33 %" and labels.percent(0, 0) == "—"
    assert labels.text("page", "fr", n=1, total=2) == "Page 1 sur 2"
    assert labels.text("page", "xx", n=1, total=2) == "Page 1 of 2"  # unknown language: English
