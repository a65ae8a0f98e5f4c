"""Languages: French, English, Arabic through Qt's translation system; Arabic is right to left."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt

from checkin.ui import i18n
from organiser_helpers import org_ctx, org_store  # noqa: F401  (fixtures)

ROOT = Path(__file__).resolve().parents[2]
PLURAL_FORMS = {"en": 2, "fr": 2, "ar": 6}  # Qt's numerus forms; Arabic: zero/one/two/few/many/other
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%[0-9n]")


def _messages(ts: Path):
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name") or "", message


@pytest.fixture
def restore_language(qapp):
    yield qapp
    i18n.install_translator(qapp, "en")


@pytest.mark.parametrize("lang", ["fr", "ar", "en"])
def test_every_message_is_translated(lang):
    ts = ROOT / "resources" / "translations" / f"checkin_{lang}.ts"
    count = 0
    for context, message in _messages(ts):
        source = message.findtext("source")
        translation = message.find("translation")
        where = f"{lang} {context}: {source!r}"
        assert translation.get("type") is None, f"unfinished or obsolete: {where}"
        if message.get("numerus") == "yes":
            forms = [f.text or "" for f in translation.iter("numerusform")]
            assert len(forms) == PLURAL_FORMS[lang] and all(forms), f"plural forms: {where}"
            texts = forms[-1:]  # "one" (and Arabic zero/two) may spell the number out
        else:
            texts = [translation.text or ""]
            assert texts[0].strip(), f"empty: {where}"
        wanted = set(PLACEHOLDER.findall(source)) - {"%n"}
        for text in texts:
            assert set(PLACEHOLDER.findall(text)) >= wanted, f"placeholder lost: {where} -> {text!r}"
        count += 1
    assert count > (3 if lang == "en" else 150)  # English (the source) only needs its plural forms


def test_translations_cover_every_string_of_the_ui(tmp_path):
    """lupdate over checkin/ui finds no string missing from the .ts sources."""
    import PySide6

    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "checkin" / "ui").glob("*.py"))
    subprocess.run([str(Path(PySide6.__file__).parent / "lupdate"), "-silent", "-locations", "none", *sources,
                    "-ts", str(fresh)], check=True, capture_output=True)
    wanted = {(c, m.findtext("source")) for c, m in _messages(fresh)}
    have = {(c, m.findtext("source")) for c, m in _messages(ROOT / "resources/translations/checkin_fr.ts")}
    assert sorted(wanted - have) == [], "run: python scripts/build_translations.py --update, then translate"


def test_arabic_ui_is_right_to_left_and_translated(qtbot, restore_language, org_ctx):
    from checkin.ui.attendees_panel import AttendeesPanel

    app = restore_language
    assert i18n.install_translator(app, "ar") == "ar"
    assert app.layoutDirection() == Qt.RightToLeft
    assert QLocale().language() == QLocale.Arabic
    panel = AttendeesPanel(org_ctx)
    qtbot.addWidget(panel)
    assert panel.layoutDirection() == Qt.RightToLeft
    assert panel.model.headerData(0, Qt.Horizontal) == "الاسم"
    assert panel.filter_box.placeholderText() == "تصفية حسب الاسم أو المؤسسة أو البريد الإلكتروني"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") != "Cancel"  # Qt's own buttons too


def test_french_and_english(restore_language):
    app = restore_language
    assert i18n.install_translator(app, "fr_FR") == "fr"
    assert app.layoutDirection() == Qt.LeftToRight
    assert QCoreApplication.translate("AttendeeModel", "Checked in") == "Arrivé"
    assert QCoreApplication.translate("AttendeesPanel", "%n attendee(s)", "", 3) == "3 participants"
    assert i18n.install_translator(app, "en") == "en"
    assert QCoreApplication.translate("AttendeeModel", "Checked in") == "Checked in"
    assert QCoreApplication.translate("AttendeesPanel", "%n attendee(s)", "", 1) == "1 attendee"


def test_unknown_language_falls_back_to_the_system_or_english(restore_language, monkeypatch):
    monkeypatch.setattr(i18n, "system_language", lambda: "en")
    assert i18n.install_translator(restore_language, "de") == "en"
    assert i18n.install_translator(restore_language, None) == "en"
    assert restore_language.layoutDirection() == Qt.LeftToRight


def test_a_stale_compiled_translation_is_rebuilt(tmp_path):
    folder = tmp_path / "translations"
    folder.mkdir()
    source = ROOT / "resources" / "translations" / "checkin_fr.ts"
    (folder / "checkin_fr.ts").write_bytes(source.read_bytes())
    assert i18n.stale_translations(folder) == [folder / "checkin_fr.ts"]
    written = i18n.compile_translations(folder)
    assert written == [folder / "checkin_fr.qm"] and written[0].stat().st_size > 1000
    assert i18n.stale_translations(folder) == []


def test_whole_window_in_arabic(qtbot, restore_language, org_ctx):
    from checkin.ui.main_window import MainWindow
    from checkin.ui.sounds import SoundPlayer

    i18n.install_translator(restore_language, "ar")
    window = MainWindow(org_ctx, sounds=SoundPlayer(enabled=False))
    qtbot.addWidget(window)
    try:
        window.show()
        assert window.layoutDirection() == Qt.RightToLeft
        titles = [a.text() for a in window.menuBar().actions()]
        assert titles[:5] == ["&ملف", "ا&ستيراد", "&تصدير", "ال&شارات", "الإ&عدادات"]
        assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
            "الاستقبال", "قاعة الجلسة", "المشاركون", "لوحة المتابعة"]
    finally:
        window.shutdown()
