"""The front desk with what registration tools send: a pending registration is refused with its reason
on the card, and a ticket code from the tool (its QR) is admitted like the badge and found by search."""

from __future__ import annotations

from checkin.decision import confirm_registration
from checkin.store.aliases import set_ticket_code
from checkin.store.attendees import update_attendee


def test_pending_registration_is_refused_with_its_reason_then_admitted_once_confirmed(desk, event_store, tmp_path):
    amina = update_attendee(event_store, event_store.people["Amina"].id, pending="payment")
    desk.handle_code(amina.code, "camera", 1.0)
    assert desk.card.status == "refused"
    assert desk.card.name() == "Amina Benali"
    assert "Payment pending — see the organiser" in desk.card.words()
    assert desk.sounds.last_played == "refused"
    desk.grab().save(str(tmp_path / "pending.png"))
    confirm_registration(event_store, amina.id, station="Desk 1")
    desk.handle_code(amina.code, "camera", 5.0)
    assert desk.card.status == "accepted"


def test_a_pretix_ticket_secret_admits_like_the_badge(desk, event_store):
    john = event_store.people["John"]
    set_ticket_code(event_store, john.id, "u7vdc6tybjqdbz9ujmqz4qhxs4cn2e2p", "pretix")
    desk.handle_code("u7vdc6tybjqdbz9ujmqz4qhxs4cn2e2p", "scanner", 1.0)
    assert desk.card.status == "accepted" and desk.card.name() == "John Smith"
    desk.handle_code(john.code, "camera", 5.0)
    assert desk.card.status == "duplicate"


def test_the_desk_search_finds_a_ticket_code_or_a_registration_number(qtbot, desk, event_store):
    from checkin.store.attendees import update_attendee as update

    paul = update(event_store, event_store.people["Paul"].id, external_id="RBT7Q-2")
    set_ticket_code(event_store, paul.id, "730191021001", "Eventbrite")
    for text in ("730191021001", "RBT7Q-2"):
        desk.search.field.setText(text)
        with qtbot.waitSignal(desk.search.results_changed, timeout=2000):
            pass
        assert desk.search.result_names() == ["Paul Martin"], text
