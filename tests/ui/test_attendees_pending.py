"""The organiser's attendee list shows who is pending, and settles a registration with one button;
the desk then admits the person."""

from __future__ import annotations

from checkin.decision import decide
from checkin.store.attendees import get_attendee, update_attendee
from checkin.ui.attendees_panel import AttendeesPanel
from organiser_helpers import org_ctx, org_store  # noqa: F401  (fixtures)


def test_pending_is_shown_and_confirmed_from_the_list(qtbot, org_ctx, org_store, tmp_path):
    paul = update_attendee(org_store, org_store.people["Paul"].id, pending="payment")
    panel = AttendeesPanel(org_ctx)
    qtbot.addWidget(panel)
    panel.resize(1000, 600)
    panel.show()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 5)
    status = lambda: panel.model.data(panel.model.index(panel.model.row_of(paul.id), 3))  # noqa: E731
    assert status() == "Payment pending"
    panel.select_attendee(paul.id)
    assert "Payment pending — refused at the desks" in panel.detail_lines.text()
    assert panel.confirm_button.isVisible()
    qtbot.wait(50)  # let the layout take the new detail lines before looking
    panel.grab().save(str(tmp_path / "pending-list.png"))
    assert decide(org_store, paul.code, station="Desk 1", method="scanner").reason == "pending_payment"
    panel.confirm_button.click()
    assert get_attendee(org_ctx.store, paul.id).pending is None
    qtbot.waitUntil(lambda: status() == "Registered")
    assert not panel.confirm_button.isVisible()
    assert decide(org_store, paul.code, station="Desk 1", method="scanner").status == "accepted"
    qtbot.waitUntil(lambda: not panel._change_timer.isActive())  # its re-read, before the file closes
