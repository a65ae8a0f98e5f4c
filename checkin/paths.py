"""Where bundled files and the default database live."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "checkin"


def base_dir() -> Path:
    """The folder holding ``resources/`` and ``db/``.

    From a source checkout (or an editable install) that is the repository
    root; inside a PyInstaller bundle it is the unpacked bundle folder.
    """
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    """Path of a file under ``resources/``."""
    return base_dir().joinpath("resources", *parts)


def migrations_dir() -> Path:
    """The folder of numbered SQL migrations."""
    return base_dir() / "db"


def default_db_path() -> Path:
    """``CHECKIN_DB`` if set, else ``event.db`` in the user data directory."""
    env = os.environ.get("CHECKIN_DB")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False)) / "event.db"
