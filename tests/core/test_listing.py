"""The organisers' list queries: trigram search equals the plain search, ordering, history, figures."""

from __future__ import annotations

import re

import pytest

from checkin.store import listing
from checkin.store.attendees import add_attendee, search_attendees, update_attendee
from checkin.store.badges import record_print, reissue_badge
from checkin.store.checkins import log_scan, record_checkin, undo_checkin
from checkin.store.dashboard import dashboard_figures
from checkin.store.sessions import add_session

NAMES = [("Hélène", "Lefèvre", "Ministère de l'Emploi"), ("Helena", "Bennani", "OIM"),
         ("أحمد", "بنعلي", "وزارة الشغل"), ("Ahmed", "Benali", "UMT"), ("Benoît", "Hélou", "Le Matin"),
         ("John", 'O"Neil', "ILO"), ("Zoé", "Kettani", "CNDH")]
QUERIES = ["he", "hel", "hél", "helene", "ben", "benali", "ahmed", "احمد", "أح", "بنع", "o\"n", "zz", "emploi",
           "hel ben", "he le", "ministere emploi", "  ", "ilo", "lefevre helene"]


@pytest.fixture
def people(store):
    return [add_attendee(store, first_name=f, last_name=l, organisation=o, category="Guest") for f, l, o in NAMES]


def _word_starts(key: str) -> list[str]:
    """The words of a search key as the prefix index splits them (at anything not a letter or digit)."""
    return [w for w in re.split(r"[^\w]|_", key) if w]


def _expected(store, query: str) -> list[int]:
    """Every word found: 2 letters at the start of one of the key's words, others anywhere in the key."""
    words = listing.filter_words(query)
    if not words:
        return []
    found = []
    for a in store.conn.execute("SELECT id, search_key FROM attendees ORDER BY full_name COLLATE NOCASE, id"):
        key = a["search_key"]
        if all(any(t.startswith(w) for t in _word_starts(key)) if len(w) == 2 and any(c.isalnum() for c in w)
               else w in key for w in words):
            found.append(a["id"])
    return found


@pytest.mark.parametrize("query", QUERIES)
def test_indexed_search_finds_what_the_rule_says(store, people, query):
    expected = _expected(store, query)
    assert [a.id for a in listing.search_attendees_fast(store, query, 50)] == expected
    assert listing.ordered_ids(store, query) == expected if query.strip() else True
    if all(len(w) >= 3 for w in listing.filter_words(query)):  # the plain substring scan agrees
        assert listing.search_attendees_fast(store, query, 50) == search_attendees(store, query, 50)


def test_two_letters_find_the_start_of_a_word_in_any_script(store, people):
    assert {a.full_name for a in listing.search_attendees_fast(store, "he")} == {
        "Hélène Lefèvre", "Helena Bennani", "Benoît Hélou"}
    assert [a.full_name for a in listing.search_attendees_fast(store, "أح")] == ["أحمد بنعلي"]
    # "le": Lefèvre, and the word "Le" of Benoît Hélou's "Le Matin"; not the "le" inside "Helena"
    assert [a.full_name for a in listing.search_attendees_fast(store, "he le")] == ["Benoît Hélou",
                                                                                     "Hélène Lefèvre"]


def test_index_follows_edits_and_bulk_inserts(store, people):
    update_attendee(store, people[0].id, last_name="Martin")
    assert [a.full_name for a in listing.search_attendees_fast(store, "lefev")] == []
    assert [a.full_name for a in listing.search_attendees_fast(store, "martin")] == ["Hélène Martin"]
    listing.bulk_add_attendees(store, [{"full_name": "Lefèvre Nouvelle", "organisation": "CGEM"}])
    assert [a.full_name for a in listing.search_attendees_fast(store, "lefevre")] == ["Lefèvre Nouvelle"]


def test_ordered_ids_sorts_and_descends(store, people):
    by_name = listing.ordered_ids(store)
    names = [a.full_name for a in (listing.rows_for_ids(store, by_name)[i] for i in by_name)]
    assert names[0] == "Ahmed Benali" and names[-1] == "أحمد بنعلي"
    assert listing.ordered_ids(store, sort="name", descending=True) == by_name[::-1]
    record_checkin(store, attendee_id=people[6].id, attendee_uid=people[6].uid, code=people[6].code,
                   session_id=None, station="Desk 1", method="manual")
    assert listing.ordered_ids(store, sort="checked_in")[0] == people[6].id
    with pytest.raises(ValueError):
        listing.ordered_ids(store, sort="email")


def test_history_and_session_status(store, people):
    p = people[0]
    room = add_session(store, title="Plenary", room="A", capacity=2)
    rec = record_checkin(store, attendee_id=p.id, attendee_uid=p.uid, code=p.code, session_id=None,
                         station="Desk 1", method="camera", at="2027-03-17T08:00:00.000000Z")
    undo_checkin(store, rec.id, station="Desk 2", reason="wrong person", at="2027-03-17T08:01:00.000000Z")
    record_print(store, p.id, p.code, station="Desk 1", output="pdf a6")
    reissue_badge(store, p.id, reason="lost", station="Desk 1")
    log_scan(store, raw_code=p.code, status="refused", station="Desk 1", method="camera", attendee_id=p.id,
             at="2027-03-17T07:59:00.000000Z", message="Not on the list for Plenary")
    # a plain admission's scan line (no message) is its check-in: listed once, as the check-in
    log_scan(store, raw_code=p.code, status="accepted", station="Desk 1", method="camera", attendee_id=p.id,
             checkin_id=rec.id, at="2027-03-17T08:00:00.000000Z")
    record_checkin(store, attendee_id=p.id, attendee_uid=p.uid, code=p.code, session_id=room.id,
                   station="Room A", method="camera", at="2027-03-17T09:00:00.000000Z")
    kinds = [(e.kind, e.station) for e in listing.attendee_history(store, p.id)]
    assert [k for k in kinds if k[0] not in ("print", "revoke")] == [("scan", "Desk 1"), ("checkin", "Desk 1"), ("undo", "Desk 2"), ("checkin", "Room A")]
    assert ("print", "Desk 1") in kinds and ("revoke", "Desk 1") in kinds
    [status] = listing.session_statuses(store, p.id)
    assert (status.title, status.allowed, status.last_direction) == ("Plenary", True, "in")
    figures = dashboard_figures(store)
    assert (figures.arrived, figures.expected) == (0, len(NAMES))  # the entrance check-in was undone
    assert [(s.title, s.present, s.capacity) for s in figures.sessions] == [("Plenary", 1, 2)]


def test_a_persons_history_reads_only_their_own_scan_lines(store, people):
    """At a congress the scan log holds a million lines; a person's history must not read them all."""
    for i in range(2000):
        log_scan(store, raw_code=f"GARBAGE{i}", status="invalid", station="Desk 1", method="scanner",
                 at=f"2027-03-17T08:{i // 60 % 60:02d}:{i % 60:02d}.000000Z")
    p = people[1]
    log_scan(store, raw_code=p.code, status="duplicate", station="Desk 2", method="camera", attendee_id=p.id,
             at="2027-03-17T10:00:00.000000Z")
    assert [(e.kind, e.station) for e in listing.attendee_history(store, p.id)] == [("scan", "Desk 2")]
    steps = [0]
    store.conn.set_progress_handler(lambda: steps.__setitem__(0, steps[0] + 1), 100)
    try:
        listing.attendee_history(store, p.id)
    finally:
        store.conn.set_progress_handler(None, 0)
    assert steps[0] * 100 < 2000  # virtual-machine steps: far fewer than one per line of the log


@pytest.mark.parametrize("walk_from", [0, 10**9])
@pytest.mark.parametrize("query", ["he", "أح", "he ben", "hel", "zz", "o\"n", "b h"])
def test_both_search_plans_give_the_same_people_in_the_same_order(store, people, monkeypatch, walk_from, query):
    # 0: always walk the name index; 10**9: always fetch the matches and sort them
    monkeypatch.setattr(listing, "WALK_FROM", walk_from)
    assert [a.id for a in listing.search_attendees_fast(store, query, 3)] == _expected(store, query)[:3]


def test_the_dashboard_totals_leave_cancelled_registrations_out_and_count_walk_ins(store):
    """Expected and walk-ins come from the categories' own pass over the attendees."""
    a = add_attendee(store, full_name="Aïcha Idrissi", category="Ministers")
    add_attendee(store, full_name="Bram de Vries", category="Ministers", source="walkin")
    add_attendee(store, full_name="Chen Wei", category="", source="walkin", status="cancelled")
    add_attendee(store, full_name="Dina Haddad", category="Press", status="cancelled")
    add_attendee(store, full_name="Eli Cohen", category="Press", source="walkin")
    record_checkin(store, attendee_id=a.id, attendee_uid=a.uid, code=a.code, session_id=None, station="Desk 1",
                   method="camera")
    figures = dashboard_figures(store)
    assert (figures.expected, figures.walkins, figures.arrived) == (3, 2, 1)
    assert [(c.category, c.expected, c.arrived) for c in figures.categories] == [("Ministers", 2, 1),
                                                                                 ("Press", 1, 0)]
