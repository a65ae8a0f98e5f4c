"""Fixtures of the organiser tests (attendee list, dashboard, menus, languages).

Imported by those test modules (``from organiser_helpers import ...``) so they do
not depend on the front-desk fixtures; each test gets a fresh event file.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMainWindow

from checkin.store.attendees import add_attendee
from checkin.store.sessions import add_session, set_session_access

ORGANISER_PEOPLE = [
    dict(first_name="Hélène", last_name="Lefèvre", organisation="Ministère de l'Emploi", category="Government",
         email="helene.lefevre@emploi.example.org"),
    dict(first_name="أحمد", last_name="بنعلي", organisation="وزارة الشغل", category="Government"),
    dict(first_name="John", last_name="Smith", organisation="ILO", category="Expert"),
    dict(first_name="Amina", last_name="Benali", organisation="UMT", category="Trade union"),
    dict(first_name="Paul", last_name="Martin", organisation="Le Matin", category="Press"),
]


@pytest.fixture
def org_store(store):
    """The shared ``store`` fixture with five attendees and two sessions (one restricted)."""
    store.people = {p["first_name"]: add_attendee(store, **p) for p in ORGANISER_PEOPLE}
    plenary = add_session(store, title="Plenary", room="Main hall", starts_at="2027-03-17T09:00:00.000000Z",
                          capacity=3)
    table = add_session(store, title="Round table", room="Salle 2", starts_at="2027-03-17T11:00:00.000000Z",
                        capacity=20, restricted=True)
    set_session_access(store, table.id, {store.people["Hélène"].id})
    store.sessions = {"Plenary": plenary, "Round table": table}
    return store


@pytest.fixture
def org_ctx(qapp, org_store, tmp_path):
    from checkin.ui.context import AppContext

    settings = QSettings(str(tmp_path / "organiser-settings.ini"), QSettings.Format.IniFormat)
    context = AppContext(org_store.path, settings=settings)
    context.set_station("Desk 1")
    yield context
    context.close()


@pytest.fixture
def org_window(qtbot, org_ctx):
    """A bare main window with the organiser menus and the attendee list as its centre."""
    from checkin.ui.attendees_panel import AttendeesPanel
    from checkin.ui.organiser_menus import install_menus

    window = QMainWindow()
    qtbot.addWidget(window)
    panel = AttendeesPanel(org_ctx)
    window.setCentralWidget(panel)
    window.menus = install_menus(window, org_ctx)
    window.resize(1100, 700)
    window.show()
    qtbot.waitUntil(lambda: panel.model.rowCount() == len(ORGANISER_PEOPLE))
    return window
