"""An import decides a whole batch from one read: rows that depend on earlier rows of the same
batch, badge codes that clash, a desk writing between the read and the write, and an unchanged
list that needs no write lock, all come out as if the rows were imported one by one."""

from __future__ import annotations

import sqlite3

from checkin import desk
from checkin.importers import attendees as attendees_module
from checkin.importers import batch as batch_module
from checkin.importers import import_attendees
from checkin.store.aliases import ticket_codes_of
from checkin.store.attendees import add_attendee, get_attendee, list_attendees
from checkin.store.db import Store
from checkin.store.event import get_event


def write(path, text: str):
    path.write_text(text, encoding="utf-8")
    return path


def test_a_row_matches_someone_an_earlier_row_of_the_same_batch_added(store, tmp_path):
    src = write(tmp_path / "l.csv", "ID,First Name,Last Name,Email,Company\n"
                "A1,Karim,Tazi,k@example.ma,OIT\n"   # new
                ",Karim,Tazi,K@example.ma,ILO\n"     # no id, same e-mail: updates Karim
                "A2,Nadia,Tazi,k@example.ma,UMT\n")  # another id with the same e-mail: someone else
    report = import_attendees(store, src)
    assert (report.added, report.updated, report.unchanged) == (2, 1, 0)
    people = {a.external_id: a for a in list_attendees(store)}
    assert set(people) == {"A1", "A2"}
    assert (people["A1"].organisation, people["A1"].email) == ("ILO", "K@example.ma")
    assert people["A2"].full_name == "Nadia Tazi"


def test_two_rows_changing_the_same_person_apply_in_file_order(store, tmp_path):
    karim = add_attendee(store, full_name="Karim Tazi", email="k@example.ma", external_id="77",
                         organisation="OIT")
    src = write(tmp_path / "l.csv", "ID,Name,Email,Company\n"
                ",Karim Tazi,k@example.ma,UN\n"     # matched by e-mail: OIT -> UN
                "77,Karim Tazi,k@example.ma,OIT\n")  # matched by id: UN -> OIT again
    report = import_attendees(store, src)
    assert (report.added, report.updated, report.unchanged) == (0, 2, 0)
    assert get_attendee(store, karim.id).organisation == "OIT"


def test_badge_codes_drawn_for_new_people_never_repeat_one_in_use(store, tmp_path, monkeypatch):
    held = add_attendee(store, full_name="Already Here").code
    real = batch_module.issue_code
    fresh = real(get_event(store).keys)
    drawn = iter([held, fresh, fresh])  # a code someone holds, then twice the same new code
    monkeypatch.setattr(batch_module, "issue_code", lambda keys: next(drawn, None) or real(keys))
    src = write(tmp_path / "l.csv", "Name,Email\nAmina Alaoui,a@example.ma\nOmar Haddad,o@example.ma\n")
    report = import_attendees(store, src)
    assert report.added == 2
    codes = [a.code for a in list_attendees(store)]
    assert len(set(codes)) == 3 and codes.count(held) == 1 and fresh in codes


def test_a_walkin_registered_between_the_read_and_the_write_is_matched_not_duplicated(store, tmp_path,
                                                                                      monkeypatch):
    src = write(tmp_path / "l.csv", "Name,Email,Company\nLéa Martin,lea@example.org,CNDH\n")
    real = attendees_module.plan_batch
    calls = []

    def plan_then_a_desk_registers(store_, rows, keys, source):
        plan = real(store_, rows, keys, source)
        if not calls:  # the first plan is read without the lock; a desk registers Léa meanwhile
            with Store(store.path) as other:
                desk.register_walkin(other, station="Accueil 1", first_name="Léa", last_name="Martin",
                                     email="LEA@example.org")
        calls.append(plan)
        return plan

    monkeypatch.setattr(attendees_module, "plan_batch", plan_then_a_desk_registers)
    report = import_attendees(store, src)
    assert len(calls) == 2  # planned again under the lock
    assert (report.added, report.updated) == (0, 1)
    (lea,) = list_attendees(store)
    assert (lea.full_name, lea.email, lea.organisation, lea.source) == (
        "Léa Martin", "lea@example.org", "CNDH", "walkin")


def test_an_unchanged_list_is_reimported_while_a_desk_holds_the_write_lock(store, tmp_path):
    src = write(tmp_path / "l.csv", "ID,Name,Email,Ticket code\n" + "".join(
        f"{i},Person {i},p{i}@example.org,T-{i}\n" for i in range(500)))
    assert import_attendees(store, src).added == 500
    desk_conn = sqlite3.connect(store.path, isolation_level=None)
    desk_conn.execute("BEGIN IMMEDIATE")  # a desk in the middle of a write
    try:
        store.set_busy_timeout(0.2)
        report = import_attendees(store, src, remember=False)
    finally:
        desk_conn.execute("ROLLBACK")
        desk_conn.close()
    assert (report.added, report.updated, report.unchanged, report.warnings) == (0, 0, 500, [])


def test_the_first_row_to_claim_a_ticket_code_keeps_it(store, tmp_path):
    src = write(tmp_path / "l.csv",
                "ID,Name,Ticket code\n1,Amina Alaoui,T-1\n2,Omar Haddad,T-1\n1,Amina Alaoui,T-1\n")
    report = import_attendees(store, src)
    amina, omar = sorted(list_attendees(store), key=lambda a: a.external_id)
    assert ticket_codes_of(store, amina.id) == ["T-1"] and ticket_codes_of(store, omar.id) == []
    assert report.warnings == [(3, "ticket code 'T-1' already belongs to someone else; not added")]
    assert report.problems == [(4, "same external id as line 2; row skipped")]


def test_a_batch_cut_short_by_a_slow_write_is_finished_after_the_desk_and_decided_again(store, tmp_path,
                                                                                         monkeypatch):
    monkeypatch.setattr(batch_module, "INSERT_CHUNK", 2)  # two new people a write
    monkeypatch.setattr(attendees_module, "BATCH_SECONDS", 0.0)  # every write runs late: commit after each
    src = write(tmp_path / "l.csv", "Name,Email,Ticket code\n" + "".join(
        f"Person {c},{c}@example.org,T-{c}\n" for c in "abcdef"))
    pauses = []

    def pause(seconds):  # between two transactions a desk registers Person e as a walk-in
        if not pauses:
            with Store(store.path) as other:
                desk.register_walkin(other, station="Accueil 1", first_name="Person", last_name="e",
                                     email="E@example.org")  # the file spells it in lower case
        pauses.append(seconds)

    monkeypatch.setattr(attendees_module.time, "sleep", pause)
    report = import_attendees(store, src)
    assert len(pauses) >= 2  # the batch took several transactions
    assert (report.added, report.updated, report.unchanged) == (5, 1, 0)
    people = {a.email: a for a in list_attendees(store)}
    assert sorted(people) == [f"{c}@example.org" for c in "abcdef"]
    assert people["e@example.org"].source == "walkin"
    assert {c: ticket_codes_of(store, people[f"{c}@example.org"].id) for c in "abcdef"} == {
        c: [f"T-{c}"] for c in "abcdef"}
