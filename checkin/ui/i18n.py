"""Languages of the interface: French, English, Arabic through Qt's translation system.

English is the source language. ``resources/translations/checkin_<lang>.ts``
are the sources; the compiled ``.qm`` files are build outputs, made by
``scripts/build_translations.py`` (run by ``./dev install``) and again at
start-up when one is missing or older than its ``.ts``, so a source checkout
always works.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator

from checkin.paths import resource_path

SUPPORTED = ("en", "fr", "ar")
RIGHT_TO_LEFT = ("ar",)
#: QSettings key holding the chosen language ("" = the system's).
LANGUAGE_KEY = "ui/language"

_installed: list[QTranslator] = []


class _AppTranslator(QTranslator):
    """The app's translations; a string not found in its context is looked up in the empty one.

    lupdate files module-level ``tr("...")`` helpers (no class around them)
    under the empty context, while at run time they ask with a named one.
    """

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: D102 (Qt virtual)
        found = super().translate(context, source_text, disambiguation, n)
        if not found and context:
            found = super().translate("", source_text, disambiguation, n)
        return found or None  # None (a null string) lets Qt go on to the next translator or the source


def translations_dir() -> Path:
    return resource_path("translations")


def system_language() -> str:
    """The system locale's language when the app speaks it, else English."""
    for name in [QLocale.system().name(), *QLocale.system().uiLanguages()]:
        code = name.replace("-", "_").split("_")[0].lower()
        if code in SUPPORTED:
            return code
    return "en"


def pick_language(lang: str | None) -> str:
    """``lang`` if supported (``"fr_FR"`` counts as French), else the system's choice."""
    if lang:
        code = lang.replace("-", "_").split("_")[0].lower()
        if code in SUPPORTED:
            return code
    return system_language()


def _lrelease() -> list[str] | None:
    import PySide6

    for candidate in (Path(PySide6.__file__).parent / "lrelease",
                      Path(PySide6.__file__).parent / "lrelease.exe"):
        if candidate.exists():
            return [str(candidate)]
    found = shutil.which("pyside6-lrelease") or shutil.which(
        "pyside6-lrelease", path=str(Path(sys.executable).parent))
    return [found] if found else None


def stale_translations(folder: Path | None = None) -> list[Path]:
    """The ``.ts`` sources whose ``.qm`` is missing or older."""
    folder = folder or translations_dir()
    stale = []
    for ts in sorted(folder.glob("checkin_*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            stale.append(ts)
    return stale


def compile_translations(folder: Path | None = None, *, force: bool = False) -> list[Path]:
    """Compile ``.ts`` to ``.qm`` with lrelease; returns the ``.qm`` files written.

    Raises ``RuntimeError`` with lrelease's message when a source does not compile.
    """
    folder = folder or translations_dir()
    sources = sorted(folder.glob("checkin_*.ts")) if force else stale_translations(folder)
    tool = _lrelease()
    if not sources or tool is None:
        return []
    written = []
    for ts in sources:
        qm = ts.with_suffix(".qm")
        result = subprocess.run([*tool, "-silent", str(ts), "-qm", str(qm)], capture_output=True, text=True)
        if result.returncode != 0 or not qm.exists():
            raise RuntimeError(f"{ts.name}: lrelease failed: {(result.stderr or result.stdout).strip()}")
        written.append(qm)
    return written


def install_translator(app: QCoreApplication, lang: str | None) -> str:
    """Load the interface language (``lang``, else the system's, else English) into ``app``.

    Installs Qt's own translations (standard buttons, dialogs) and the app's,
    sets the default locale, and the layout direction (right to left for
    Arabic). Calling it again replaces the previous language. Returns the
    language used.
    """
    code = pick_language(lang)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    try:
        compile_translations()
    except (RuntimeError, OSError) as exc:  # an old .qm, or English, beats no window
        print(f"checkin: translations not rebuilt: {exc}", file=sys.stderr)
    wanted = [(f"checkin_{code}", str(translations_dir()))]  # English: only its plural forms
    if code != "en":
        wanted.insert(0, (f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.TranslationsPath)))
    for name, folder in wanted:
        translator = _AppTranslator(app) if name.startswith("checkin") else QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
        elif name.startswith("checkin"):
            print(f"checkin: no compiled translation {name}.qm in {folder}", file=sys.stderr)
    QLocale.setDefault(QLocale({"en": QLocale.English, "fr": QLocale.French, "ar": QLocale.Arabic}[code]))
    if hasattr(app, "setLayoutDirection"):
        app.setLayoutDirection(Qt.RightToLeft if code in RIGHT_TO_LEFT else Qt.LeftToRight)
    return code


def language_names() -> list[tuple[str, str]]:
    """``(code, name in its own language)`` for the language chooser; '' is the system's."""
    return [("", QCoreApplication.translate("i18n", "System language")), ("en", "English"),
            ("fr", "Français"), ("ar", "العربية")]
