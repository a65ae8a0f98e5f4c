"""The live dashboard: figures follow check-ins, computed off the GUI thread, at most once a second."""

from __future__ import annotations

from checkin.store.checkins import record_checkin, undo_checkin
from checkin.store.dashboard import dashboard_figures
from checkin.ui.dashboard_panel import DashboardPanel
from organiser_helpers import org_ctx, org_store  # noqa: F401  (fixtures)


def _checkin(ctx, person, session_id=None, at=None):
    return record_checkin(ctx.store, attendee_id=person.id, attendee_uid=person.uid, code=person.code,
                          session_id=session_id, station=ctx.station, method="camera", at=at)


def _dashboard(qtbot, ctx) -> DashboardPanel:
    panel = DashboardPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(1100, 700)
    panel.show()
    qtbot.waitUntil(lambda: panel.figures is not None)
    return panel


def test_numbers_update_after_a_checkin(qtbot, org_ctx, org_store):
    panel = _dashboard(qtbot, org_ctx)
    assert panel.arrived_label.text() == "0 / 5"
    _checkin(org_ctx, org_store.people["Hélène"])
    with qtbot.waitSignal(panel.updated, timeout=5000):
        org_ctx.data_changed.emit()
    assert panel.arrived_label.text() == "1 / 5"
    cats = {panel.categories.topLevelItem(i).text(0): panel.categories.topLevelItem(i)
            for i in range(panel.categories.topLevelItemCount())}
    assert (cats["Government"].text(1), cats["Government"].text(2)) == ("1", "2")
    assert sum(panel.chart.counts) == 1


def test_a_burst_of_changes_is_computed_once(qtbot, org_ctx, org_store, monkeypatch):
    panel = _dashboard(qtbot, org_ctx)
    calls = []
    import checkin.ui.dashboard_panel as module

    def counting(store):
        calls.append(1)
        return dashboard_figures(store)

    monkeypatch.setattr(module, "dashboard_figures", counting)
    for person in org_store.people.values():
        _checkin(org_ctx, person)
        org_ctx.data_changed.emit()
    with qtbot.waitSignal(panel.updated, timeout=5000):
        pass
    assert panel.arrived_label.text() == "5 / 5"
    assert len(calls) == 1


def test_sessions_with_capacity_and_quarter_hours(qtbot, org_ctx, org_store):
    people = org_store.people
    plenary = org_store.sessions["Plenary"]
    _checkin(org_ctx, people["John"], at="2027-03-17T08:01:00.000000Z")  # 09:01 in Casablanca (UTC+1)
    _checkin(org_ctx, people["Paul"], at="2027-03-17T08:14:00.000000Z")
    _checkin(org_ctx, people["Amina"], at="2027-03-17T08:46:00.000000Z")
    undone = _checkin(org_ctx, people["Hélène"], at="2027-03-17T08:20:00.000000Z")
    undo_checkin(org_ctx.store, undone.id, station="Desk 1")
    for person in (people["John"], people["Paul"], people["Amina"]):
        _checkin(org_ctx, person, session_id=plenary.id)
    panel = _dashboard(qtbot, org_ctx)
    assert panel.arrived_label.text() == "3 / 5"
    assert panel.chart.labels == ["09:00", "09:15", "09:30", "09:45"]
    assert panel.chart.counts == [2, 0, 0, 1]
    row = panel.sessions.topLevelItem(0)
    assert [row.text(i) for i in range(5)] == ["Plenary", "Main hall", "3", "3", "3"]
    assert row.toolTip(2) == "Full" and row.font(2).bold()
    assert panel.sessions.topLevelItem(1).text(2) == "0"


def test_cancelled_attendees_are_not_expected(qtbot, org_ctx, org_store):
    from checkin.store.attendees import update_attendee

    update_attendee(org_ctx.store, org_store.people["Paul"].id, status="cancelled")
    panel = _dashboard(qtbot, org_ctx)
    assert panel.arrived_label.text() == "0 / 4"


def test_hidden_dashboard_catches_up_when_shown(qtbot, org_ctx, org_store):
    panel = _dashboard(qtbot, org_ctx)
    panel.hide()
    _checkin(org_ctx, org_store.people["John"])
    org_ctx.data_changed.emit()
    assert not panel._timer.isActive()  # nothing computed for a dashboard nobody sees
    with qtbot.waitSignal(panel.updated, timeout=5000):
        panel.show()
    assert panel.arrived_label.text() == "1 / 5"


def test_quitting_interrupts_a_computation_in_progress(qtbot, org_ctx, org_store, monkeypatch):
    import time

    import checkin.ui.dashboard_panel as mod
    from PySide6.QtCore import QThreadPool

    panel = _dashboard(qtbot, org_ctx)
    started = []

    def endless(store):  # a read that would take minutes
        started.append(1)
        return store.conn.execute(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT COUNT(*) FROM n").fetchone()

    monkeypatch.setattr(mod, "dashboard_figures", endless)
    panel.refresh_now()
    qtbot.waitUntil(lambda: bool(started) and panel._job.busy is not None, timeout=5000)
    t0 = time.perf_counter()
    panel.cancel()
    assert QThreadPool.globalInstance().waitForDone(2000)  # what the application's exit waits for
    assert time.perf_counter() - t0 < 1
    panel.refresh_now()  # nothing more starts once cancelled
    assert started == [1]
