"""Each registration tool's real export, imported as an organiser does (``checkin import attendees``),
every field checked afterwards. The files are in tests/data/registrations/sources/, written by
make_sources.py exactly as each tool writes them (see docs/import-formats.md)."""

from __future__ import annotations

import codecs

import pytest

from checkin.cli import main
from checkin.store.aliases import ticket_codes_of
from checkin.store.attendees import list_attendees
from checkin.store.db import Store


@pytest.fixture
def src(data_dir):
    return data_dir / "registrations" / "sources"


def run_import(db, path, *extra, capsys=None) -> str:
    code = main(["--db", str(db), "import", "attendees", str(path), *extra])
    out = capsys.readouterr() if capsys else None
    assert code == 0, out.err if out else code
    return out.out if out else ""


def people(db) -> dict[str, dict]:
    with Store(db) as store:
        return {
            a.full_name: {
                "first": a.first_name, "last": a.last_name, "email": a.email, "org": a.organisation,
                "category": a.category, "role": a.role, "id": a.external_id, "status": a.status,
                "pending": a.pending, "tickets": ticket_codes_of(store, a.id),
            }
            for a in list_attendees(store)
        }


def test_pretix_order_positions_in_english_take_the_attendee_not_the_buyer(cli_db, src, capsys):
    out = run_import(cli_db, src / "pretix_positions_en.csv", capsys=capsys)
    assert "recognised as pretix (order positions)" in out and "5 added" in out
    got = people(cli_db)
    assert got["Youssef Amrani"] == {
        "first": "Youssef", "last": "Amrani", "email": "y.amrani@emploi.gov.ma", "org": "Ministère de l'Emploi",
        "category": "Ministres", "role": "", "id": "RBT7Q-1", "status": "registered", "pending": None,
        "tickets": [],
    }
    # the buyer's e-mail (achats@) and the invoice company are not the attendee's
    assert got["Hélène Lefèvre"]["email"] == "h.lefevre@emploi.gov.ma" and got["Hélène Lefèvre"]["id"] == "RBT7Q-2"
    assert (got["نادية الفاسي"]["first"], got["نادية الفاسي"]["org"], got["نادية الفاسي"]["pending"]) == (
        "نادية", "جمعية التضامن", "payment")
    assert got["John Smith"]["status"] == "cancelled" and got["John Smith"]["email"] == ""
    assert got["Zoë O'Connor"]["status"] == "cancelled"  # Expired


def test_pretix_order_positions_in_french(cli_db, src, capsys):
    out = run_import(cli_db, src / "pretix_positions_fr.csv", capsys=capsys)
    assert "UTF-8 with BOM, semicolon-separated" in out and "pretix (order positions, French)" in out
    got = people(cli_db)
    assert got["Fatima Zahra El Idrissi"] == {
        "first": "Fatima Zahra", "last": "El Idrissi", "email": "fz@cgt.fr", "org": "CGT", "category": "Syndicats",
        "role": "", "id": "FR3AA-2", "status": "registered", "pending": None, "tickets": [],
    }
    assert got["Mohamed Benali"]["pending"] == "payment"  # "En attente"
    assert got["Anne Martin"]["status"] == "cancelled"  # "Annulée"


def test_pretix_order_positions_from_an_older_french_catalogue(cli_db, tmp_path, capsys):
    """pretix's 2020 French catalogue (pretix/pretix @0a1a9fcf) left "Position ID" untranslated and named
    the attendee's e-mail "Adresse mail du participant" and the company "Société": still pretix, and
    still the attendee, not the buyer."""
    header = ["Event slug", "Code de commande", "Position ID", "Statut", "E-Mail", "Produit", "Tarif",
              "Nom du participant", "Adresse mail du participant", "Société"]
    row = ["rabat27", "OLD1A", "2", "Payé", "acheteur@example.fr", "Experts", "0.00", "Paul Girard",
           "p.girard@example.fr", "CNRS"]
    path = tmp_path / "pretix_fr_2020.csv"
    text = "\r\n".join(";".join(r) for r in (header, row)) + "\r\n"
    path.write_bytes(codecs.BOM_UTF8 + text.encode("utf-8"))
    out = run_import(cli_db, path, capsys=capsys)
    assert "pretix (order positions, French)" in out
    paul = people(cli_db)["Paul Girard"]
    assert (paul["email"], paul["org"], paul["category"], paul["id"]) == (
        "p.girard@example.fr", "CNRS", "Experts", "OLD1A-2")


def test_pretix_checkin_list_reads_paid_and_secrets(cli_db, src, capsys):
    out = run_import(cli_db, src / "pretix_checkin_en.csv", capsys=capsys)
    assert "pretix (check-in list)" in out and "3 added" in out
    got = people(cli_db)
    assert got["Hélène Lefèvre"]["tickets"] == ["u7vdc6tybjqdbz9ujmqz4qhxs4cn2e2p"]
    assert (got["Hélène Lefèvre"]["org"], got["Hélène Lefèvre"]["category"]) == ("Ministère de l'Emploi", "Délégations")
    assert got["Hélène Lefèvre"]["id"] is None  # the order code is shared by two people: not an id
    assert got["Karim Tazi"]["pending"] == "payment" and got["Youssef Amrani"]["pending"] is None


def test_hi_events_xlsx(cli_db, src, capsys):
    out = run_import(cli_db, src / "hi_events.xlsx", capsys=capsys)
    assert "Excel workbook, sheet 'Attendees'" in out and "Hi.Events" in out
    got = people(cli_db)
    assert got["Hélène Lefèvre"] == {
        "first": "Hélène", "last": "Lefèvre", "email": "helene@emploi.gov.ma", "org": "Ministère de l'Emploi",
        "category": "Délégations", "role": "", "id": "A-KX81QZ7", "status": "registered", "pending": None,
        "tickets": ["A-KX81QZ7"],
    }
    assert got["أحمد بن علي"]["category"] == "Experts - Tarif plein" and got["أحمد بن علي"]["pending"] == "payment"
    assert got["Sophie Durand"]["status"] == "cancelled"


def test_indico_states(cli_db, src, capsys):
    out = run_import(cli_db, src / "indico.csv", capsys=capsys)
    assert "recognised as Indico" in out
    got = people(cli_db)
    assert got["Hélène Lefèvre"] == {
        "first": "Hélène", "last": "Lefèvre", "email": "helene@emploi.gov.ma", "org": "Ministère de l'Emploi",
        "category": "", "role": "Directrice", "id": "1", "status": "registered", "pending": None, "tickets": [],
    }
    assert got["Omar Berrada"]["pending"] == "approval"  # Indico's Pending = awaiting a manager
    assert got["Lina Haddad"]["pending"] == "payment"
    assert got["Paul Meyer"]["status"] == got["Sara Cohen"]["status"] == "cancelled"  # Withdrawn, Rejected


def test_eventbrite_barcodes_are_ticket_codes(cli_db, src, capsys):
    out = run_import(cli_db, src / "eventbrite_barcodes.csv", capsys=capsys)
    assert "recognised as Eventbrite" in out
    got = people(cli_db)
    assert got["Karim Tazi"] == {
        "first": "Karim", "last": "Tazi", "email": "karim@emploi.gov.ma", "org": "Ministère de l'Emploi",
        "category": "Délégations", "role": "Conseiller", "id": "9102", "status": "registered", "pending": None,
        "tickets": ["730191021001"],
    }
    assert got["Ana Souza"]["status"] == "cancelled"


def test_eventbrite_attendee_report_as_a_real_one_is_laid_out(cli_db, src, capsys):
    """The header row of a real Eventbrite attendee report (rherardi/eb2ez test_input_file_1.csv): Price
    Tier, Group, Currency, fees and home address columns, "11/29/24 22:28" dates, no Barcode # column."""
    out = run_import(cli_db, src / "eventbrite_report.csv", capsys=capsys)
    assert "recognised as Eventbrite" in out and "3 added" in out
    got = people(cli_db)
    assert got["Hélène Lefèvre"] == {
        "first": "Hélène", "last": "Lefèvre", "email": "helene@emploi.gov.ma", "org": "Ministère de l'Emploi",
        "category": "Délégations", "role": "Directrice", "id": "18441583423", "status": "registered",
        "pending": None, "tickets": [],
    }
    assert (got["نادية الفاسي"]["org"], got["نادية الفاسي"]["category"]) == ("جمعية التضامن", "Société civile")
    assert got["Joe Bloggs"]["status"] == "cancelled"  # Not Attending


def test_tito_with_first_and_last_name_columns_takes_the_ticket_holder(cli_db, src, capsys):
    """No "Ticket Full Name": the holder is Ticket First/Last Name, the buyer Order First/Last Name
    (rubyaustralia/ruby_au issue #56). This layout used to be refused as having no name column."""
    out = run_import(cli_db, src / "tito_split_names.csv", capsys=capsys)
    assert "recognised as Tito" in out and "2 added" in out
    got = people(cli_db)
    assert set(got) == {"Hélène Lefèvre", "Karim Tazi"}  # not "Bureau Achats", who bought both
    assert got["Karim Tazi"] == {
        "first": "Karim", "last": "Tazi", "email": "karim@emploi.gov.ma", "org": "Ministère de l'Emploi",
        "category": "Delegate", "role": "", "id": "QXBN-2", "status": "registered", "pending": None,
        "tickets": ["QXBN-2"],
    }


def test_helloasso_with_a_ticket_called_participant(cli_db, src, capsys):
    out = run_import(cli_db, src / "helloasso.csv", capsys=capsys)
    assert "recognised as HelloAsso" in out and "3 added" in out
    got = people(cli_db)
    assert "Participant" not in got
    # the participant, not the payer (Leila Benjelloun paid for Samir El Amrani)
    assert got["Samir El Amrani"] == {
        "first": "Samir", "last": "El Amrani", "email": "samir@asso.ma", "org": "Fondation Atlas",
        "category": "Participant", "role": "", "id": "1204552", "status": "registered", "pending": None,
        "tickets": ["1204552"],
    }
    assert got["Louis Petit"]["status"] == "cancelled"  # Remboursé


@pytest.mark.parametrize("name, person, expected", [
    ("weezevent.csv", "Meryem Alaoui", {
        "first": "Meryem", "last": "Alaoui", "email": "meryem@example.ma", "org": "2M", "category": "Presse",
        "role": "", "id": "WZ1Q7R5T3Y", "status": "cancelled", "pending": None, "tickets": ["WZ1Q7R5T3Y"]}),
    ("billetweb.csv", "Youssef Kettani", {  # "Payé: Non"
        "first": "Youssef", "last": "Kettani", "email": "youssef@example.ma", "org": "Banque Populaire",
        "category": "Plein tarif", "role": "", "id": "T8801235", "status": "registered", "pending": "payment",
        "tickets": ["T8801235"]}),
    ("tito.csv", "Hélène Lefèvre", {  # the ticket holder, not the order's buyer
        "first": "Hélène", "last": "Lefèvre", "email": "helene@emploi.gov.ma", "org": "Ministère de l'Emploi",
        "category": "Delegate", "role": "Directrice", "id": "QXBN-1", "status": "registered", "pending": None,
        "tickets": ["QXBN-1"]}),
    ("tito.csv", "Tom Reed", {  # void
        "first": "Tom", "last": "Reed", "email": "tom@example.co.uk", "org": "BBC", "category": "Press",
        "role": "Reporter", "id": "LMNP-1", "status": "cancelled", "pending": None, "tickets": ["LMNP-1"]}),
])
def test_weezevent_billetweb_tito(cli_db, src, capsys, name, person, expected):
    out = run_import(cli_db, src / name, capsys=capsys)
    assert f"recognised as {name.split('.')[0].capitalize()}" in out
    assert people(cli_db)[person] == expected


def test_microsoft_forms_french_takes_the_family_name_question(cli_db, src, capsys):
    out = run_import(cli_db, src / "ms_forms_fr.xlsx", capsys=capsys)
    assert "Microsoft Forms (French)" in out
    got = people(cli_db)
    assert got["Hélène Lefèvre"] == {
        "first": "Hélène", "last": "Lefèvre", "email": "helene@emploi.gov.ma", "org": "Ministère de l'Emploi",
        "category": "", "role": "Directrice", "id": None, "status": "registered", "pending": None, "tickets": [],
    }
    assert got["عبد الله العلوي"]["org"] == "المندوبية السامية للتخطيط"


def test_google_forms_french(cli_db, data_dir, capsys):
    out = run_import(cli_db, data_dir / "registrations" / "google_forms_fr.csv", capsys=capsys)
    assert "recognised as Google Forms" in out


def test_this_apps_own_attendees_csv_reimports_without_doubling(cli_db, src, tmp_path, capsys):
    run_import(cli_db, src / "indico.csv", capsys=capsys)
    run_import(cli_db, src / "bidi_names.csv", capsys=capsys)  # people with no id and no e-mail
    assert main(["--db", str(cli_db), "export", "--out", str(tmp_path / "out")]) == 0
    capsys.readouterr()
    before = people(cli_db)
    out = run_import(cli_db, tmp_path / "out" / "attendees.csv", capsys=capsys)
    assert "this app's attendees.csv" in out and "0 added" in out
    assert people(cli_db) == before


def test_unrecognised_headers_with_a_participant_ticket_are_refused_then_mapped(cli_db, src, capsys):
    path = src / "garbage_participant.csv"
    assert main(["--db", str(cli_db), "import", "attendees", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no name column" in err and "Identité" in err and "--map" in err
    assert people(cli_db) == {}
    out = run_import(cli_db, path, "--map", "Identité=full_name", "--map", "Structure d'origine=organisation",
                     "--map", "Formule=category", "--map", "Courriel de contact=email", capsys=capsys)
    assert "3 added" in out
    got = people(cli_db)
    assert set(got) == {"Hélène Lefèvre", "Karim Tazi", "Nadia Fassi"}
    assert (got["Karim Tazi"]["org"], got["Karim Tazi"]["category"], got["Karim Tazi"]["email"]) == (
        "OIT", "Participant", "karim@ilo.org")
    # remembered for the next file with the same headers
    out = run_import(cli_db, path, capsys=capsys)
    assert "3 unchanged" in out


def test_the_refusal_gives_every_column_and_a_map_line_that_can_be_pasted_as_it_is(cli_db, tmp_path, capsys):
    """An unknown tool's list: the one-line refusal names all the columns and a guessed ``--map`` line;
    the organiser copies it onto the command line (quotes, apostrophes and all) and the list imports."""
    import shlex

    header = ["N° dossier", "Nom de l'agent", "Prénom de l'agent", 'Service "RH"', "Adresse mail"] + [
        f"Question {n}" for n in range(1, 31)]
    rows = [header, ["12", "Alami", "Sara", "DRH", "sara@example.ma"] + ["oui"] * 30,
            ["13", "El Fassi", "Omar", "DSI", "omar@example.ma"] + ["non"] * 30]
    path = tmp_path / "agents.csv"
    path.write_text("\r\n".join(";".join(r) for r in rows) + "\r\n", encoding="utf-8")
    assert main(["--db", str(cli_db), "import", "attendees", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err and people(cli_db) == {}
    assert "columns: N° dossier; Nom de l'agent; Prénom de l'agent; Service \"RH\"; Adresse mail; Question 1;" in err
    assert "… and 5 more" in err  # 35 columns: the first 30 named, the rest counted
    line = err.split("import again with it: ", 1)[1].split(" (fields: ", 1)[0]
    assert line == ('--map "Nom de l\'agent=last_name" --map "Prénom de l\'agent=first_name"'
                    ' --map "Adresse mail=email"')
    out = run_import(cli_db, path, *shlex.split(line), capsys=capsys)
    assert "2 added" in out
    got = people(cli_db)
    assert (got["Sara Alami"]["first"], got["Sara Alami"]["last"], got["Sara Alami"]["email"]) == (
        "Sara", "Alami", "sara@example.ma")
    assert set(got) == {"Sara Alami", "Omar El Fassi"}
    # a header with shell-special characters is quoted so that the shell (bash) hands it over unchanged
    import subprocess

    from checkin.importers.header_choice import map_arguments
    tricky = 'Nom "usuel" $HOME `x` \\ l\'agent'
    echoed = subprocess.run(["bash", "-c", f"printf '%s\\n' {map_arguments([(tricky, 'full_name')])}"],
                            capture_output=True, text=True, check=True).stdout
    assert echoed == f"--map\n{tricky}=full_name\n"


def test_a_bad_map_is_one_line(cli_db, src, capsys):
    path = src / "garbage_participant.csv"
    assert main(["--db", str(cli_db), "import", "attendees", str(path), "--map", "Identité=nom"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "unknown field 'nom'" in err
    assert main(["--db", str(cli_db), "import", "attendees", str(path), "--map", "Absent=full_name"]) == 2
    assert "does not have" in capsys.readouterr().err


def test_windows_1256_arabic_excel(cli_db, src, capsys):
    out = run_import(cli_db, src / "arabic_excel_cp1256.csv", capsys=capsys)
    assert "read as Windows-1256" in out
    got = people(cli_db)
    assert got["فاطمة الزهراء المنصوري"]["org"] == "المندوبية السامية للتخطيط"
    assert got["أحمد بن علي"]["category"] == "وزراء" and got["أحمد بن علي"]["email"] == "ahmed@emploi.gov.ma"
    assert got["Hélène Lefèvre"]["org"] == "Ministère de l'Emploi"


def test_mostly_utf8_keeps_utf8_and_names_the_bad_line(cli_db, src, capsys):
    out = run_import(cli_db, src / "mostly_utf8.csv", capsys=capsys)
    assert "UTF-8 (1 line in Windows-1252)" in out and "111 added" in out
    assert "line 51: not valid UTF-8; read as Windows-1252" in out
    got = people(cli_db)
    assert "Zoë7 Ben Saïd" in got and got["Jérôme Lefèvre"]["org"] == "Société générale"


def test_bidi_overrides_and_zero_width_characters_are_removed_but_zwnj_stays(cli_db, src, capsys):
    run_import(cli_db, src / "bidi_names.csv", capsys=capsys)
    got = people(cli_db)
    assert got["Hélène Lefèvre"]["org"] == "Ministère de l'Emploi"
    assert got["أحمد بن علي"]["org"] == "وزارة الشغل"
    assert "مهرداد می\u200cخواهد" in got  # Persian needs the zero-width non-joiner
    assert main(["--db", str(cli_db), "attendees", "--search", "میخواهد"]) == 0
    assert "مهرداد" in capsys.readouterr().out


def test_libreoffice_ods(cli_db, src, capsys):
    out = run_import(cli_db, src / "libreoffice.ods", capsys=capsys)
    assert "LibreOffice workbook, sheet 'Inscrits'" in out and "2 added" in out
    got = people(cli_db)
    assert got["محمد العلوي"]["org"] == "وزارة الشغل" and got["محمد العلوي"]["email"] == "m.alaoui@emploi.gov.ma"
    assert (got["Hélène Lefèvre"]["first"], got["Hélène Lefèvre"]["last"]) == ("Hélène", "Lefèvre")


def test_a_chosen_sheet_and_a_missing_one(cli_db, src, capsys):
    assert main(["--db", str(cli_db), "import", "attendees", str(src / "hi_events.xlsx"), "--sheet", "Nope"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no sheet named 'Nope' (the sheets are: Attendees)" in err
    out = run_import(cli_db, src / "hi_events.xlsx", "--sheet", "Attendees", capsys=capsys)
    assert "3 added" in out
