"""UI fixtures: a small demo-like event, an app context, the front desk, and a fake camera.

The fake camera is a badge video written with ``cv2.VideoWriter`` and read back
through the real ``cv2.VideoCapture`` path by the real camera worker.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QSettings

from checkin.store.attendees import add_attendee
from checkin.store.db import to_stored_time
from checkin.store.sessions import add_session, set_session_access

PEOPLE = [
    dict(first_name="Hélène", last_name="Lefèvre", organisation="Ministère de l'Emploi", category="Government"),
    dict(first_name="محمد", last_name="العلوي", organisation="وزارة الشغل", category="Government"),
    dict(first_name="John", last_name="Smith", organisation="ILO", category="Expert"),
    dict(first_name="Amina", last_name="Benali", organisation="UMT", category="Trade union"),
    dict(first_name="Paul", last_name="Martin", organisation="Le Matin", category="Press"),
]


@pytest.fixture
def event_store(store):
    """The shared ``store`` fixture plus five attendees and two sessions running now.

    "Plenary" (capacity 3, open) and "Round table" (restricted: Hélène only).
    """
    people = {p["first_name"]: add_attendee(store, **p, source="demo") for p in PEOPLE}
    now = datetime.now(timezone.utc)
    start, end = to_stored_time(now - timedelta(minutes=30)), to_stored_time(now + timedelta(hours=1))
    plenary = add_session(store, title="Plenary", room="Main hall", starts_at=start, ends_at=end, capacity=3)
    table = add_session(store, title="Round table", room="Salle 2", starts_at=start, ends_at=end,
                        capacity=20, restricted=True)
    set_session_access(store, table.id, {people["Hélène"].id})
    store.people = people  # test convenience: attendees by first name
    store.sessions = {"Plenary": plenary, "Round table": table}
    return store


@pytest.fixture
def settings(tmp_path):
    s = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    yield s
    s.sync()


@pytest.fixture
def ctx(qapp, event_store, settings):
    from checkin.ui.context import AppContext

    context = AppContext(event_store.path, settings=settings)
    context.set_station("Desk 1")
    yield context
    context.close()


class Hooks:
    """What the desk would have printed / asked, recorded instead of opening dialogs."""

    def __init__(self):
        self.printed: list = []
        self.questions: list[str] = []
        self.answer = True
        self.walkin = None

    def print_badge(self, person):
        self.printed.append(person)

    def confirm(self, _title, question):
        self.questions.append(question)
        return self.answer


@pytest.fixture
def hooks():
    return Hooks()


@pytest.fixture
def desk(qtbot, ctx, hooks):
    from checkin.ui.front_desk import FrontDeskPanel

    panel = FrontDeskPanel(ctx)
    panel.print_badge = hooks.print_badge
    panel.confirm = hooks.confirm
    panel.ask_walkin = lambda _categories: hooks.walkin
    qtbot.addWidget(panel)
    panel.resize(1100, 700)
    panel.show()
    yield panel
    panel.close()  # before the event file closes: no timer may touch it afterwards


@pytest.fixture
def badge_video(tmp_path, event_store):
    """Write a fake-camera video of badges; returns ``make(list of (code, name) or None, ...)``."""
    from scanframes import Shot, make_badge_image, write_badge_video

    def make(items, seconds: float = 1.0, gap: float = 0.8, name: str = "camera.avi"):
        shots = [Shot(None, seconds=0.4)]
        for item in items:
            code, label = item
            shots.append(Shot(make_badge_image(code, label), seconds=seconds, height=0.8))
            shots.append(Shot(None, seconds=gap))
        return write_badge_video(tmp_path / name, shots, fps=10, size=(960, 540))

    return make


@pytest.fixture
def window(qtbot, ctx, hooks):
    """The whole main window on the test event (camera not started), desk hooks installed."""
    from checkin.ui.main_window import MainWindow
    from checkin.ui.sounds import SoundPlayer

    win = MainWindow(ctx, sounds=SoundPlayer(enabled=False))
    desk = win.front_desk
    desk.print_badge, desk.confirm = hooks.print_badge, hooks.confirm
    desk.ask_walkin = lambda _categories: hooks.walkin
    qtbot.addWidget(win)
    win.show()
    yield win
    win.shutdown()
    win.front_desk.close()
