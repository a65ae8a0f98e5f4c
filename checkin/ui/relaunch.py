"""How to start the app again on an event file: the one place that knows a bundle from a checkout."""

from __future__ import annotations

import sys
from pathlib import Path


def app_command(db_path: Path | str) -> tuple[str, list[str]]:
    """``(program, arguments)`` that start ``checkin-app --db PATH``.

    In a PyInstaller bundle ``sys.executable`` is checkin-app itself, which takes no ``-m``
    (passing ``-m checkin.ui.app`` made File > Open close the window and start nothing);
    from a checkout or a pip install it is Python.
    """
    if getattr(sys, "frozen", False):
        return sys.executable, ["--db", str(db_path)]
    return sys.executable, ["-m", "checkin.ui.app", "--db", str(db_path)]
