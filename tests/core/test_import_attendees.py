"""Registration import from real tool exports: exact names, row problems, re-import, refusals."""

from __future__ import annotations

import pytest

from checkin.importers import ImportFileError, import_attendees
from checkin.store.attendees import add_attendee, get_attendee, list_attendees
from checkin.store.db import StoreError


def dump(store) -> str:
    return "\n".join(store.conn.iterdump())


def people(store) -> dict[str, tuple]:
    return {
        a.full_name: (
            a.first_name,
            a.last_name,
            a.organisation,
            a.email,
            a.category,
            a.role,
            a.status,
            a.external_id,
        )
        for a in list_attendees(store)
    }


@pytest.fixture
def reg(data_dir):
    return data_dir / "registrations"


def test_french_excel_cp1252_semicolons_with_title_row(store, reg):
    report = import_attendees(store, reg / "excel_fr_cp1252.csv")
    assert (report.encoding, report.delimiter) == ("Windows-1252", ";")
    assert (report.added, report.updated, report.skipped) == (4, 0, 3)
    assert report.problems == [
        (8, "no name; row skipped"),
        (9, "bad e-mail address 'zoe.martin@'; row skipped"),
        (10, "same e-mail as line 7; row skipped"),
    ]
    assert people(store) == {
        "Hélène Lefèvre": (
            "Hélène",
            "Lefèvre",
            "Ministère de l'Emploi",
            "helene.lefevre@emploi.gov.ma",
            "Ministres",
            "Directrice",
            "registered",
            None,
        ),
        "Fatima Zahra El Idrissi": (
            "Fatima Zahra",
            "El Idrissi",
            "Organisation ; section Rabat",
            "fz.elidrissi@example.org",
            "Experts",
            "Experte",
            "registered",
            None,
        ),
        "Jean Marc Dupont": (
            "Jean Marc",
            "Dupont",
            "CGT",
            "JEAN.DUPONT@example.fr",
            "Syndicats",
            "",
            "registered",
            None,
        ),
        "Œuvre Benali": (
            "Œuvre",
            "Benali",
            "Fondation « Avenir »",
            "",
            "Société civile",
            "",
            "registered",
            None,
        ),
    }


def test_excel_unicode_text_utf16_tabs_arabic(store, reg):
    report = import_attendees(store, reg / "excel_unicode_text.txt")
    assert (report.encoding, report.delimiter, report.added, report.problems) == ("UTF-16", "\t", 3, [])
    got = people(store)
    assert got["أحمد بن علي"][:3] == ("أحمد", "بن علي", "وزارة الشغل")
    assert got["Zoë O'Connor"][:2] == ("Zoë", "O'Connor")
    assert got["Anne-Marie Nguyễn"][2] == 'Institut "Migrations"'


def test_eventbrite_multiline_quoted_name_ids_status_and_line_numbers(store, reg):
    report = import_attendees(store, reg / "eventbrite.csv")
    assert (report.added, report.skipped) == (3, 2)
    # the first data row spans lines 2-3, so the bad e-mail is on physical line 4
    assert report.problems == [
        (4, "bad e-mail address 'not-an-email'; row skipped"),
        (7, "same external id as line 6; row skipped"),
    ]
    got = people(store)
    assert got["Marie-Claire de la Tour, d'Auvergne"] == (
        "Marie-Claire",
        "de la Tour, d'Auvergne",
        "Ambassade de France, Rabat",
        "mc.delatour@example.fr",
        "Ambassadeurs",
        "Ambassadrice",
        "registered",
        "5001",
    )
    assert got["John Smith"][6:] == ("cancelled", "5003")
    assert got["Zoë O'Connor"][3] == "ZOE.OCONNOR@example.ie"  # stored as given


def test_google_forms_full_name_only_split_only_when_unambiguous(store, reg):
    report = import_attendees(store, reg / "google_forms_fr.csv")
    assert (report.encoding, report.added, report.problems) == ("UTF-8 with BOM", 5, [])
    got = {name: v[:2] for name, v in people(store).items()}
    assert got == {
        "Ahmed Ben Ali": ("", ""),
        "Zoë O'Connor": ("Zoë", "O'Connor"),
        "أحمد بن علي": ("", ""),
        "Lefèvre, Sophie": ("", ""),
        "Madonna": ("", ""),
    }


def test_pretix_order_positions_and_nfd_names(store, reg):
    report = import_attendees(store, reg / "pretix.csv")
    assert report.added == 4
    got = people(store)
    assert got["Youssef Amrani"][7] == "ABC12-1" and got["Nadia Fassi Fihri"][7] == "ABC12-2"
    assert got["Paul Roux"][6] == "cancelled"
    assert "Amélie Poulain" in got and "Ame\u0301lie Poulain" not in got
    assert got["Nadia Fassi Fihri"][4] == "Ministres"


def test_reimport_updates_instead_of_duplicating(store, reg):
    import_attendees(store, reg / "reimport_v1.csv")
    before = {a.email.casefold(): a for a in list_attendees(store)}
    report = import_attendees(store, reg / "reimport_v2.csv")
    assert (report.added, report.updated, report.unchanged) == (1, 1, 1)
    after = {a.email.casefold(): a for a in list_attendees(store)}
    assert len(after) == 3
    amina = after["amina@example.ma"]
    assert (amina.id, amina.code, amina.uid) == (
        before["amina@example.ma"].id,
        before["amina@example.ma"].code,
        before["amina@example.ma"].uid,
    )
    assert (amina.organisation, amina.email) == ("OIT Rabat", "AMINA@EXAMPLE.MA")
    again = import_attendees(store, reg / "reimport_v2.csv")
    assert (again.added, again.updated, again.unchanged) == (0, 0, 3)


def test_reimport_matches_external_id_before_email(store, tmp_path):
    first = add_attendee(store, full_name="Karim Tazi", email="k@example.ma", external_id="77")
    path = tmp_path / "f.csv"
    path.write_text("ID,Name,Email\n77,Karim Tazi,karim.tazi@example.ma\n", encoding="utf-8")
    report = import_attendees(store, path)
    assert (report.added, report.updated) == (0, 1)
    assert get_attendee(store, first.id).email == "karim.tazi@example.ma"


def test_an_empty_email_cell_does_not_erase_the_stored_one(store, tmp_path):
    a = add_attendee(store, full_name="Karim Tazi", email="k@example.ma", external_id="77")
    path = tmp_path / "f.csv"
    path.write_text("ID,Name,Email,Company\n77,Karim Tazi,,OIT\n", encoding="utf-8")
    import_attendees(store, path)
    b = get_attendee(store, a.id)
    assert (b.email, b.organisation) == ("k@example.ma", "OIT")


def test_dry_run_reports_and_writes_nothing(store, reg):
    before = dump(store)
    report = import_attendees(store, reg / "excel_fr_cp1252.csv", dry_run=True)
    assert (report.added, report.skipped, report.dry_run) == (4, 3, True)
    assert "dry run" in report.summary() and "would import" in report.summary()
    assert dump(store) == before


@pytest.mark.parametrize("name", ["workbook.xlsx", "photo.png", "no_name_column.csv"])
def test_refused_files_leave_the_database_unchanged(store, reg, name):
    add_attendee(store, full_name="Already Here")
    before = dump(store)
    with pytest.raises(ImportFileError) as info:
        import_attendees(store, reg / name)
    assert "\n" not in str(info.value) and name in str(info.value)
    assert dump(store) == before


def test_a_failure_mid_import_rolls_everything_back(store, reg, monkeypatch):
    import checkin.importers.batch as mod

    real = mod.insert_attendees
    written = []

    def failing(store, rows):
        real(store, rows[:2])  # two people written, then the disk fills
        written.extend(rows[:2])
        raise StoreError("disk full (simulated)")

    monkeypatch.setattr(mod, "insert_attendees", failing)
    before = dump(store)
    with pytest.raises(StoreError):
        import_attendees(store, reg / "excel_fr_cp1252.csv")
    assert len(written) == 2
    assert dump(store) == before


def test_a_file_without_an_event_is_a_clear_error(fresh_store, reg):
    with pytest.raises(StoreError, match="no event"):
        import_attendees(fresh_store, reg / "reimport_v1.csv")
    assert list_attendees(fresh_store) == []


def test_a_group_order_number_is_not_taken_for_a_person_id(store, tmp_path):
    path = tmp_path / "orders.csv"
    path.write_text(
        "Order #,First Name,Last Name,Email\n1001,Karim,Tazi,k@example.ma\n1001,Salma,Tazi,s@example.ma\n"
        "1002,Omar,Berrada,o@example.ma\n",
        encoding="utf-8",
    )
    report = import_attendees(store, path)
    assert (report.added, report.skipped) == (3, 0)
    assert any("'Order #' repeats" in n for n in report.notes)
    again = import_attendees(store, path)
    assert (again.added, again.unchanged) == (0, 3)


def test_distinct_order_numbers_are_used_as_ids(store, tmp_path):
    path = tmp_path / "orders.csv"
    path.write_text("Order #,Name,Email\n1001,Karim Tazi,k@example.ma\n", encoding="utf-8")
    import_attendees(store, path)
    assert list_attendees(store)[0].external_id == "1001"


def test_one_column_list_with_unquoted_commas_keeps_whole_names(store, reg):
    report = import_attendees(store, reg / "excel_fr_one_column.csv")
    assert (report.encoding, report.added, report.problems) == ("Windows-1252", 3, [])
    assert "one column" in report.summary()
    assert sorted(people(store)) == ["EL IDRISSI, Fatima Zahra", "LEFÈVRE, Hélène", "Omar Berrada"]
