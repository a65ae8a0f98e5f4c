"""Fixtures shared by core and UI tests: a fresh event file per test."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DATA = Path(__file__).parent / "data"


@pytest.fixture
def data_dir() -> Path:
    return DATA


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "event.db"


@pytest.fixture
def fresh_store(db_path):
    """An event file with the schema and nothing else."""
    from checkin.store.db import Store

    store = Store(db_path)
    yield store
    store.close()


@pytest.fixture
def store(fresh_store):
    """An event file with an event created (as 'checkin init' would)."""
    from checkin.store.event import create_event

    create_event(fresh_store, "Test seminar", date="2027-03-17", timezone="Africa/Casablanca")
    return fresh_store


@pytest.fixture
def cli_db(db_path) -> Path:
    """An event file created the way an organiser does it: ``checkin init`` (Rabat time)."""
    from checkin.cli import main

    args = ["--db", str(db_path), "init", "--name", "Séminaire", "--date", "2027-03-17",
            "--timezone", "Africa/Casablanca"]
    assert main(args) == 0
    return db_path


@pytest.fixture(autouse=True)
def _isolate_user_dirs(tmp_path, monkeypatch):
    """Never touch the real user's data folder or settings from a test."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.delenv("CHECKIN_DB", raising=False)
