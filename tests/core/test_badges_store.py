"""Revocation, reissue and the badge print log in the event file."""

from __future__ import annotations

import pytest

from checkin.codes import check_code, display_code
from checkin.store.attendees import add_attendee, find_by_code, get_attendee, update_attendee
from checkin.store.badges import (
    attendees_for_badges,
    ensure_code,
    first_prints,
    get_revocation,
    is_revoked,
    last_print,
    prints_for,
    record_print,
    reissue_badge,
    revocations_for,
    revoke_code,
)
from checkin.store.db import StoreError
from checkin.store.event import get_event


def test_revoked_code_is_refused_with_its_reason(store):
    a = add_attendee(store, full_name="Hélène Lefèvre")
    assert is_revoked(store, a.code) == (False, "")
    revoke_code(store, a.code, reason="lost at the cloakroom", station="Desk 1")
    assert is_revoked(store, a.code) == (True, "lost at the cloakroom")
    assert is_revoked(store, display_code(a.code).lower()) == (True, "lost at the cloakroom")
    rec = get_revocation(store, a.code)
    assert (rec.attendee_id, rec.station) == (a.id, "Desk 1")
    # the MAC is still right: revocation is the store's word, not the code's
    assert check_code(get_event(store).keys, a.code).ok


def test_revoking_twice_keeps_the_first_reason(store):
    a = add_attendee(store, full_name="Sarah O'Brien")
    revoke_code(store, a.code, reason="lost", station="Desk 1")
    revoke_code(store, a.code, reason="stolen", station="Desk 2")
    assert is_revoked(store, a.code) == (True, "lost")


def test_revoke_needs_a_reason(store):
    a = add_attendee(store, full_name="No Reason")
    with pytest.raises(StoreError):
        revoke_code(store, a.code, reason="  ", station="Desk 1")
    assert is_revoked(store, a.code) == (False, "")


def test_reissue_revokes_old_code_and_gives_a_valid_new_one(store):
    a = add_attendee(store, full_name="أحمد بنعلي", organisation="وزارة الشغل")
    b = reissue_badge(store, a.id, reason="badge lost", station="Desk 2")
    assert b.id == a.id and b.code != a.code and b.full_name == a.full_name
    assert check_code(get_event(store).keys, b.code).ok
    assert is_revoked(store, a.code) == (True, "badge lost")
    assert is_revoked(store, b.code) == (False, "")
    assert find_by_code(store, a.code) is None
    assert find_by_code(store, b.code).id == a.id
    c = reissue_badge(store, a.id, reason="lost again", station="Desk 2")
    assert {r.code for r in revocations_for(store, a.id)} == {a.code, b.code}
    assert get_attendee(store, a.id).code == c.code
    # revoking a code already replaced still knows whose it was
    assert revoke_code(store, a.code, reason="x", station="Desk 3").attendee_id == a.id


def test_reissue_unknown_attendee_is_an_error(store):
    with pytest.raises(StoreError):
        reissue_badge(store, 999, reason="lost", station="Desk 1")


def test_print_log(store):
    a = add_attendee(store, full_name="Printed Twice")
    b = add_attendee(store, full_name="Never Printed")
    assert last_print(store, a.id) is None and prints_for(store, a.id) == []
    first = record_print(store, a.id, a.code, station="Desk 1", output="pdf:a4-sheet",
                         at="2020-03-17T08:10:00.000000Z")
    second = record_print(store, a.id, a.code, station="Desk 2", output="png:a6")
    assert [p.id for p in prints_for(store, a.id)] == [first.id, second.id]
    assert last_print(store, a.id) == second
    assert (second.station, second.output, second.code) == ("Desk 2", "png:a6", a.code)
    assert first_prints(store) == {a.id: "2020-03-17T08:10:00.000000Z"}
    assert first_prints(store, [b.id]) == {}
    reissue_badge(store, a.id, reason="lost", station="Desk 1")  # the new badge is not printed yet
    assert first_prints(store) == {}
    assert len(prints_for(store, a.id)) == 2


def test_attendees_for_badges_selection(store):
    x = add_attendee(store, full_name="Zoé Speaker", category="Speaker")
    y = add_attendee(store, full_name="Alain Press", category="Presse")
    z = add_attendee(store, full_name="Bob Cancelled", category="Speaker")
    update_attendee(store, z.id, status="cancelled")
    assert [p.id for p in attendees_for_badges(store)] == [y.id, x.id]
    assert [p.id for p in attendees_for_badges(store, categories=["speaker"])] == [x.id]
    assert [p.id for p in attendees_for_badges(store, attendee_ids=[x.id, y.id, x.id])] == [x.id, y.id]
    with pytest.raises(StoreError):
        attendees_for_badges(store, attendee_ids=[12345])


def test_ensure_code_issues_one_when_missing(store):
    a = add_attendee(store, full_name="Coded")
    assert ensure_code(store, a.id).code == a.code
    store.conn.execute("UPDATE attendees SET code = NULL WHERE id = ?", (a.id,))
    fixed = ensure_code(store, a.id)
    assert fixed.code and check_code(get_event(store).keys, fixed.code).ok
