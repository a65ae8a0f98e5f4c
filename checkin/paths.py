"""Where bundled files and the default database live."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "checkin"


def base_dir() -> Path:
    """The folder holding ``resources/`` and ``db/``.

    From a source checkout (or an editable install) that is the repository
    root; from an installed wheel, the ``checkin`` package folder (see setup.py);
    inside a PyInstaller bundle it is the unpacked bundle folder.
    """
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    package = Path(__file__).resolve().parent
    if (package / "db").is_dir():  # a wheel (pip install .): shipped as checkin/db and checkin/resources
        return package
    return package.parent


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
    return data_dir() / "event.db"


def data_dir() -> Path:
    """The user data folder (created private, 0700: it holds names, e-mails and the badge key)."""
    from platformdirs import user_data_dir

    folder = Path(user_data_dir(APP_NAME, appauthor=False))
    private_dir(folder)
    return folder


def private_dir(folder: Path) -> Path:
    """Create ``folder`` if needed and make it readable by its owner only (0700)."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    _chmod(folder, 0o700)
    return folder


def private_file(path: Path) -> Path:
    """Make a file readable and writable by its owner only (0600): event files, backups, badges."""
    _chmod(path, 0o600)
    return path


def _chmod(path: Path, mode: int) -> None:
    # Windows keeps only the read-only bit; a folder on a FAT stick ignores modes: both are no-ops.
    try:
        os.chmod(path, mode)
    except OSError:
        pass
