"""Languages: French, English, Arabic through Qt's translation system; Arabic is right to left."""

from __future__ import annotations


import pytest
from PySide6.QtCore import QLocale, Qt

from checkin.ui import i18n


@pytest.fixture
def restore_language(qapp):
    yield qapp
    i18n.install_translator(qapp, "en")


def test_arabic_is_right_to_left(restore_language):
    app = restore_language
    assert i18n.install_translator(app, "ar") == "ar"
    assert app.layoutDirection() == Qt.RightToLeft
    assert QLocale().language() == QLocale.Arabic
    assert i18n.install_translator(app, "fr_FR") == "fr"
    assert app.layoutDirection() == Qt.LeftToRight


def test_unknown_language_falls_back_to_the_system_or_english(restore_language, monkeypatch):
    monkeypatch.setattr(i18n, "system_language", lambda: "en")
    assert i18n.install_translator(restore_language, "de") == "en"
    assert i18n.install_translator(restore_language, None) == "en"
    assert restore_language.layoutDirection() == Qt.LeftToRight
