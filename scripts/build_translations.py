#!/usr/bin/env python3
"""Compile the interface translations (resources/translations/checkin_*.ts -> .qm) with lrelease.

    python scripts/build_translations.py            # only the .qm missing or older than their .ts
    python scripts/build_translations.py --force    # all of them
    python scripts/build_translations.py --update   # first re-extract strings from checkin/ui/*.py (lupdate)

``./dev install`` runs it; the app also compiles a stale translation at start-up.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checkin.ui.i18n import compile_translations, translations_dir  # noqa: E402


def update_sources() -> None:
    """Re-extract every user-facing string of checkin/ui into the .ts sources (keeps translations)."""
    import PySide6

    tool = Path(PySide6.__file__).parent / "lupdate"
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "checkin" / "ui").glob("*.py"))
    for ts in sorted(translations_dir().glob("checkin_*.ts")):
        # English is the source language: its file only holds the plural forms ("1 row", "2 rows").
        plural_only = ["-pluralonly"] if ts.stem.endswith("_en") else []
        subprocess.run([str(tool), "-no-obsolete", *plural_only, "-locations", "none", *sources, "-ts",
                        str(ts.relative_to(ROOT))], cwd=ROOT, check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="compile every translation")
    parser.add_argument("--update", action="store_true", help="re-extract strings with lupdate first")
    args = parser.parse_args(argv)
    if args.update:
        update_sources()
    try:
        written = compile_translations(force=args.force)
    except RuntimeError as exc:
        print(f"build_translations: {exc}", file=sys.stderr)
        return 1
    for qm in written:
        print(f"compiled {qm.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
