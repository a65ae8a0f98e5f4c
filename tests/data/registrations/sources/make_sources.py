"""Writes one registration export per tool, byte for byte as that tool writes it.

Headers, order, encoding, delimiter, quoting and date formats follow the tool's own
exporter (pretix: ``src/pretix/base/exporters/orderlist.py`` and
``src/pretix/plugins/checkinlists/exporters.py``; Hi.Events:
``backend/app/Exports/AttendeesExport.php``) or its help pages; docs/import-formats.md
says which came from where. Run ``python make_sources.py`` to regenerate; the
output is committed, so the tests never depend on this script (openpyxl writes the .xlsx
files, odfpy -- not a dependency of the app: `pip install odfpy` -- the .ods one).
"""

from __future__ import annotations

import codecs
import csv
import io
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent


def csv_bytes(rows, *, delimiter=",", quoting=csv.QUOTE_MINIMAL, encoding="utf-8", bom=b"",
              lineterminator="\r\n") -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, quoting=quoting, lineterminator=lineterminator)
    for row in rows:
        writer.writerow(row)
    return bom + out.getvalue().encode(encoding)


def xlsx(path: Path, rows, title="Sheet1") -> None:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    book.save(path)


def pretix_positions_en() -> None:
    """pretix "Order data" > order positions, "Comma-separated values": QUOTE_NONNUMERIC, UTF-8."""
    header = ["Event slug", "Order code", "Position ID", "Status", "Email", "Phone number", "Order date",
              "Order time", "Product", "Variation", "Price", "Tax rate", "Tax rule", "Tax value",
              "Attendee name", "Attendee name: Given name", "Attendee name: Family name", "Attendee email",
              "Company", "Address", "ZIP code", "City", "Country", "State", "Voucher", "Pseudonymization ID",
              "Seat ID", "Seat name", "Seat zone", "Seat row", "Seat number", "Order comment",
              "Follow-up date", "Company", "Invoice address name"]
    rows = [header]
    people = [
        ("RBT7Q", 1, "Paid", "achats@emploi.gov.ma", "Ministres", "Youssef Amrani", "Youssef", "Amrani",
         "y.amrani@emploi.gov.ma", "Ministère de l'Emploi"),
        ("RBT7Q", 2, "Paid", "achats@emploi.gov.ma", "Délégations", "Hélène Lefèvre", "Hélène", "Lefèvre",
         "h.lefevre@emploi.gov.ma", "Ministère de l'Emploi"),
        ("K9X2M", 1, "Pending", "nadia@example.org", "Société civile", "نادية الفاسي", "نادية", "الفاسي",
         "nadia@example.org", "جمعية التضامن"),
        ("P4W8Z", 1, "Canceled", "j.smith@ilo.org", "Experts", "John Smith", "John", "Smith", "", "ILO"),
        ("E2E5V", 1, "Expired", "zoe@example.fr", "Presse", "Zoë O'Connor", "Zoë", "O'Connor",
         "zoe@example.fr", "Le Monde"),
    ]
    for code, pos, status, buyer, product, name, given, family, email, company in people:
        rows.append(["rabat27", code, pos, status, buyer, "", "2027-02-01", "10:12:00", product, "", 0.0,
                     0.0, "", 0.0, name, given, family, email, company, "", "", "", "", "", "",
                     f"PSEUDO{code}{pos}", "", "", "", "", "", "", "", "Invoice Co", "Service achats"])
    (HERE / "pretix_positions_en.csv").write_bytes(csv_bytes(rows, quoting=csv.QUOTE_NONNUMERIC))


def pretix_positions_fr() -> None:
    """pretix in French, "Semicolon-separated values (Excel)": UTF-8 with BOM, semicolons.

    Headers are the English ones of orderlist.py translated by pretix's French catalogue
    (src/pretix/locale/fr/LC_MESSAGES/django.po, POT 2026-07-06, read in the boost-entropy-python/pretix
    mirror @8a47ba7f): Event slug = "Titre de l'événement", Position ID = "ID de la position",
    Email = "E-Mail", Attendee email = "E-mail du participant", Company = "Entreprise",
    Invoice address name = "Nom de l'adresse de facturation", Given/Family name = "Prénom"/"Nom de famille".
    """
    header = ["Titre de l'événement", "Code de commande", "ID de la position", "Statut", "E-Mail",
              "Date de commande", "Produit", "Prix", "Nom du participant", "Nom du participant: Prénom",
              "Nom du participant: Nom de famille", "E-mail du participant", "Entreprise", "Entreprise",
              "Nom de l'adresse de facturation"]
    rows = [header,
            ["rabat27", "FR3AA", "1", "Payé", "compta@cgt.fr", "2027-02-03", "Syndicats", "0.00", "Jean Dupont",
             "Jean", "Dupont", "jean.dupont@cgt.fr", "CGT", "CGT Compta", "Compta"],
            ["rabat27", "FR3AA", "2", "Payé", "compta@cgt.fr", "2027-02-03", "Syndicats", "0.00",
             "Fatima Zahra El Idrissi", "Fatima Zahra", "El Idrissi", "fz@cgt.fr", "CGT", "CGT Compta",
             "Compta"],
            ["rabat27", "FR9BB", "1", "En attente", "m.benali@example.ma", "2027-02-04", "Experts", "0.00",
             "Mohamed Benali", "Mohamed", "Benali", "m.benali@example.ma", "Université Mohammed V", "", ""],
            ["rabat27", "FR7CC", "1", "Annulée", "a@example.org", "2027-02-05", "Presse", "0.00",
             "Anne Martin", "Anne", "Martin", "a@example.org", "AFP", "", ""]]
    (HERE / "pretix_positions_fr.csv").write_bytes(csv_bytes(rows, delimiter=";", bom=codecs.BOM_UTF8))


def pretix_checkin_en() -> None:
    """pretix check-in list (CSV), pending orders included and secrets on."""
    header = ["Order code", "Attendee name", "Attendee name: Given name", "Attendee name: Family name",
              "Product", "Price", "Checked in", "Paid", "Secret", "E-mail", "Company", "Voucher code",
              "Order date"]
    rows = [header,
            ["ABC12", "Youssef Amrani", "Youssef", "Amrani", "Ministres", "0.00", "", "Yes",
             "xkz3f8j9cdpvsmtp2qy6ysh7hj5mq8ae", "y.amrani@emploi.gov.ma", "Ministère de l'Emploi", "",
             "2027-02-01"],
            ["ABC12", "Hélène Lefèvre", "Hélène", "Lefèvre", "Délégations", "0.00", "", "Yes",
             "u7vdc6tybjqdbz9ujmqz4qhxs4cn2e2p", "h.lefevre@emploi.gov.ma", "Ministère de l'Emploi", "",
             "2027-02-01"],
            ["QW7ER", "Karim Tazi", "Karim", "Tazi", "Experts", "120.00", "", "No",
             "9pnkq2mg4hbq3we8rt3adjq6zncb6s7h", "k.tazi@example.ma", "", "", "2027-02-02"]]
    (HERE / "pretix_checkin_en.csv").write_bytes(csv_bytes(rows, quoting=csv.QUOTE_NONNUMERIC))


def hi_events() -> None:
    """Hi.Events "Export attendees": .xlsx only (Maatwebsite Excel), bold heading row."""
    header = ["ID", "First Name", "Last Name", "Email", "Status", "Is Checked In", "Checked In At",
              "Product ID", "Product Name", "Event ID", "Public ID", "Short ID", "Created Date",
              "Last Updated Date", "Notes", "Organisation"]
    rows = [header,
            [101, "Hélène", "Lefèvre", "helene@emploi.gov.ma", "ACTIVE", "No", "", 7, "Délégations", 3,
             "A-KX81QZ7", "KX81QZ7", "2027-02-01 10:00:00", "2027-02-01 10:00:00", "", "Ministère de l'Emploi"],
            [102, "أحمد", "بن علي", "ahmed@example.ma", "AWAITING_PAYMENT", "No", "", 8, "Experts - Tarif plein",
             3, "A-PL09MN2", "PL09MN2", "2027-02-02 11:30:00", "2027-02-02 11:30:00", "", "وزارة الشغل"],
            [103, "Sophie", "Durand", "sophie@example.fr", "CANCELLED", "No", "", 7, "Délégations", 3,
             "A-ZZ71TY5", "ZZ71TY5", "2027-02-03 09:00:00", "2027-02-04 09:00:00", "", "OIT"]]
    xlsx(HERE / "hi_events.xlsx", rows, "Attendees")


def indico() -> None:
    """Indico registrations > Export > CSV: ID, Name, the chosen form fields, then state columns."""
    header = ["ID", "Name", "First Name", "Last Name", "Email Address", "Affiliation", "Position",
              "Registration date", "Registration state", "Price", "Checked in"]
    rows = [header,
            ["1", "Hélène Lefèvre", "Hélène", "Lefèvre", "helene@emploi.gov.ma", "Ministère de l'Emploi",
             "Directrice", "17/02/2027 10:00", "Completed", "0", "No"],
            ["2", "Omar Berrada", "Omar", "Berrada", "omar@example.ma", "Université Hassan II", "Professeur",
             "18/02/2027 11:00", "Pending", "0", "No"],
            ["3", "Lina Haddad", "Lina", "Haddad", "lina@example.lb", "ESCWA", "Experte",
             "18/02/2027 12:00", "Awaiting payment", "150", "No"],
            ["4", "Paul Meyer", "Paul", "Meyer", "paul@example.de", "GIZ", "Adviser", "19/02/2027 08:00",
             "Withdrawn", "0", "No"],
            ["5", "Sara Cohen", "Sara", "Cohen", "sara@example.org", "", "", "19/02/2027 09:00", "Rejected",
             "0", "No"]]
    (HERE / "indico.csv").write_bytes(csv_bytes(rows))


def eventbrite() -> None:
    """Eventbrite "Attendee Summary" report, CSV: UTF-8, commas, with the barcode column."""
    header = ["Order #", "Order Date", "First Name", "Last Name", "Email", "Quantity", "Ticket Type",
              "Attendee #", "Barcode #", "Job Title", "Company", "Attendee Status"]
    rows = [header,
            ["7301", "2027-02-01 10:00:00+01:00", "Hélène", "Lefèvre", "helene@emploi.gov.ma", "1",
             "Délégations", "9101", "730191011001", "Directrice", "Ministère de l'Emploi", "Attending"],
            ["7301", "2027-02-01 10:00:00+01:00", "Karim", "Tazi", "karim@emploi.gov.ma", "1", "Délégations",
             "9102", "730191021001", "Conseiller", "Ministère de l'Emploi", "Attending"],
            ["7302", "2027-02-02 12:00:00+01:00", "Ana", "Souza", "ana@example.br", "1", "Experts", "9103",
             "730291031001", "", "", "Not Attending"]]
    (HERE / "eventbrite_barcodes.csv").write_bytes(csv_bytes(rows))


def eventbrite_report() -> None:
    """Eventbrite attendee report as a real one is laid out: the header row, its order and the
    "11/29/24 22:28" order dates are those of the export in rherardi/eb2ez
    (test_input_file_1.csv @6e40b691; custom questions left out). No "Barcode #" column there."""
    header = ["Order #", "Order Date", "First Name", "Last Name", "Email", "Quantity", "Price Tier",
              "Ticket Type", "Attendee #", "Group", "Order Type", "Currency", "Total Paid", "Fees Paid",
              "Eventbrite Fees", "Eventbrite Payment Processing", "Attendee Status", "Home Address 1",
              "Home Address 2", "Home City", "Home State", "Home Zip", "Home Country", "Job Title", "Company"]
    rows = [header,
            ["11211912243", "02/01/27 10:12", "Hélène", "Lefèvre", "helene@emploi.gov.ma", "1", "",
             "Délégations", "18441583423", "", "Free Order", "MAD", "0", "0", "0", "0", "Attending", "", "",
             "Rabat", "", "", "Morocco", "Directrice", "Ministère de l'Emploi"],
            ["11211987213", "02/01/27 10:54", "نادية", "الفاسي", "nadia@example.ma", "1", "", "Société civile",
             "18441700883", "", "Free Order", "MAD", "0", "0", "0", "0", "Attending", "", "", "", "", "",
             "", "", "جمعية التضامن"],
            ["11213254913", "02/02/27 06:24", "Joe", "Bloggs", "joe@example.org", "1", "", "Experts",
             "18443939943", "", "Free Order", "MAD", "0", "0", "0", "0", "Not Attending", "", "", "", "",
             "", "", "", ""]]
    (HERE / "eventbrite_report.csv").write_bytes(csv_bytes(rows))


def helloasso() -> None:
    """HelloAsso "Exporter la liste des participants": semicolons, UTF-8 with BOM; a ticket
    (tarif) called "Participant" -- the row that used to be taken for the header."""
    header = ["Référence commande", "Date de la commande", "Statut de la commande", "Nom participant",
              "Prénom participant", "Nom payeur", "Prénom payeur", "Email payeur", "Raison sociale",
              "Moyen de paiement", "Tarif", "Montant tarif", "Code Promo", "Montant code promo",
              "Numéro de billet", "Email participant"]
    rows = [header,
            ["88120", "01/02/2027 10:12", "Validé", "Lefèvre", "Hélène", "Lefèvre", "Hélène",
             "helene@asso.fr", "Association Avenir", "Carte bancaire", "Participant", "0,00", "", "",
             "1204551", "helene@asso.fr"],
            ["88121", "01/02/2027 11:40", "Validé", "El Amrani", "Samir", "Benjelloun", "Leila",
             "leila@asso.ma", "Fondation Atlas", "Carte bancaire", "Participant", "0,00", "", "",
             "1204552", "samir@asso.ma"],
            ["88122", "02/02/2027 09:05", "Remboursé", "Petit", "Louis", "Petit", "Louis", "louis@asso.fr",
             "", "Carte bancaire", "Intervenant", "0,00", "", "", "1204553", ""]]
    (HERE / "helloasso.csv").write_bytes(csv_bytes(rows, delimiter=";", bom=codecs.BOM_UTF8))


def weezevent() -> None:
    """Weezevent participant export (CSV): semicolons, UTF-8 with BOM."""
    header = ["ID participant", "Nom", "Prénom", "E-mail", "Tarif", "Code-barres", "Date d'achat", "Statut",
              "Société"]
    rows = [header,
            ["55101", "Lefèvre", "Hélène", "helene@emploi.gov.ma", "Délégations", "WZ8H2K3L9M", "2027-02-01",
             "Validé", "Ministère de l'Emploi"],
            ["55102", "Alaoui", "Meryem", "meryem@example.ma", "Presse", "WZ1Q7R5T3Y", "2027-02-02",
             "Annulé", "2M"]]
    (HERE / "weezevent.csv").write_bytes(csv_bytes(rows, delimiter=";", bom=codecs.BOM_UTF8))


def billetweb() -> None:
    """Billetweb "Exporter les participants" (CSV): semicolons, UTF-8."""
    header = ["Billet", "Commande", "Date", "Tarif", "Nom", "Prénom", "Email", "Payé", "Société"]
    rows = [header,
            ["T8801234", "C550011", "2027-02-01 10:00", "Plein tarif", "Lefèvre", "Hélène",
             "helene@emploi.gov.ma", "Oui", "Ministère de l'Emploi"],
            ["T8801235", "C550012", "2027-02-01 10:05", "Plein tarif", "Kettani", "Youssef",
             "youssef@example.ma", "Non", "Banque Populaire"]]
    (HERE / "billetweb.csv").write_bytes(csv_bytes(rows, delimiter=";"))


def tito() -> None:
    """Tito "Download tickets CSV": commas, UTF-8."""
    header = ["Number", "Ticket Created Date", "Ticket Last Updated Date", "Ticket", "Ticket Full Name",
              "Ticket First Name", "Ticket Last Name", "Ticket Email", "Ticket Company Name",
              "Ticket Phone Number", "Event", "Void Status", "Discount Status", "Ticket Reference", "Tags",
              "Unique Ticket URL", "Order Reference", "Order Name", "Order Email", "Ticket Job Title"]
    rows = [header,
            ["1", "2027-02-01 10:00:00 +0100", "2027-02-01 10:00:00 +0100", "Delegate", "Hélène Lefèvre",
             "Hélène", "Lefèvre", "helene@emploi.gov.ma", "Ministère de l'Emploi", "", "Rabat 2027", "", "",
             "QXBN-1", "", "https://ti.to/tickets/abc", "QXBN", "Bureau achats", "achats@emploi.gov.ma",
             "Directrice"],
            ["2", "2027-02-02 10:00:00 +0100", "2027-02-03 10:00:00 +0100", "Press", "Tom Reed", "Tom",
             "Reed", "tom@example.co.uk", "BBC", "", "Rabat 2027", "void", "", "LMNP-1", "",
             "https://ti.to/tickets/def", "LMNP", "Tom Reed", "tom@example.co.uk", "Reporter"]]
    (HERE / "tito.csv").write_bytes(csv_bytes(rows))


def tito_split_names() -> None:
    """A Tito tickets CSV with the ticket holder in "Ticket First Name"/"Ticket Last Name" (fifth and
    sixth columns) and the buyer in "Order First Name"/"Order Last Name", and no "Ticket Full Name":
    the layout a Tito organiser described with sample exports (rubyaustralia/ruby_au issue #56)."""
    header = ["Number", "Ticket Created Date", "Ticket Last Updated Date", "Ticket", "Ticket First Name",
              "Ticket Last Name", "Ticket Email", "Ticket Company Name", "Ticket Phone Number", "Event",
              "Void Status", "Discount Status", "Ticket Reference", "Tags", "Unique Ticket URL",
              "Order Reference", "Order First Name", "Order Last Name", "Order Email"]
    rows = [header,
            ["1", "2027-02-01 10:00:00 +0100", "2027-02-01 10:00:00 +0100", "Delegate", "Hélène", "Lefèvre",
             "helene@emploi.gov.ma", "Ministère de l'Emploi", "", "Rabat 2027", "", "", "QXBN-1", "",
             "https://ti.to/tickets/abc", "QXBN", "Bureau", "Achats", "achats@emploi.gov.ma"],
            ["2", "2027-02-01 10:00:00 +0100", "2027-02-01 10:00:00 +0100", "Delegate", "Karim", "Tazi",
             "karim@emploi.gov.ma", "Ministère de l'Emploi", "", "Rabat 2027", "", "", "QXBN-2", "",
             "https://ti.to/tickets/abd", "QXBN", "Bureau", "Achats", "achats@emploi.gov.ma"]]
    (HERE / "tito_split_names.csv").write_bytes(csv_bytes(rows))


def ms_forms_fr() -> None:
    """Microsoft Forms in French, "Ouvrir dans Excel": .xlsx; its own Nom column is the account."""
    header = ["ID", "Heure de début", "Heure de fin", "Adresse de messagerie", "Nom",
              "Heure de la dernière modification", "Prénom", "Nom de famille", "Organisme", "Fonction",
              "Adresse e-mail"]
    t = datetime(2027, 2, 1, 9, 30)
    rows = [header,
            [1, t, t, "anonymous", "anonymous", None, "Hélène", "Lefèvre", "Ministère de l'Emploi",
             "Directrice", "helene@emploi.gov.ma"],
            [2, t, t, "anonymous", "anonymous", None, "عبد الله", "العلوي", "المندوبية السامية للتخطيط",
             "إطار", "a.alaoui@hcp.ma"]]
    xlsx(HERE / "ms_forms_fr.xlsx", rows, "Form1")


def libreoffice_ods() -> None:
    """A LibreOffice Calc .ods list (French headers, a date cell); written with odfpy."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    table = Table(name="Inscrits")
    rows = [["Nom", "Prénom", "Organisme", "Adresse e-mail", "Inscrit le"],
            ["Lefèvre", "Hélène", "Ministère de l'Emploi", "helene@emploi.gov.ma", ("date", "2027-02-01")],
            ["العلوي", "محمد", "وزارة الشغل", "m.alaoui@emploi.gov.ma", ("date", "2027-02-02")]]
    for values in rows:
        row = TableRow()
        for value in values:
            if isinstance(value, tuple):
                cell = TableCell(valuetype="date", datevalue=value[1])
                cell.addElement(P(text=value[1]))
            else:
                cell = TableCell(valuetype="string")
                cell.addElement(P(text=value))
            row.addElement(cell)
        table.addElement(row)
    doc.spreadsheet.addElement(table)
    doc.save(str(HERE / "libreoffice.ods"))


def arabic_excel_cp1256() -> None:
    """Arabic Windows Excel "CSV": Windows-1256, semicolons, CRLF, Arabic headers."""
    lines = ["الاسم الكامل;المؤسسة;البريد الإلكتروني;الفئة",
             "أحمد بن علي;وزارة الشغل;ahmed@emploi.gov.ma;وزراء",
             "فاطمة الزهراء المنصوري;المندوبية السامية للتخطيط;fz@hcp.ma;خبراء",
             "Hélène Lefèvre;Ministère de l'Emploi;helene@emploi.gov.ma;وفود", ""]
    (HERE / "arabic_excel_cp1256.csv").write_bytes("\r\n".join(lines).encode("cp1256"))


def mostly_utf8() -> None:
    """110 people in UTF-8, and one line pasted from a Windows program in Windows-1252."""
    out = ["Prénom;Nom;Organisme".encode()]
    for i in range(110):
        out.append(f"Zoë{i};Ben Saïd;Ministère n°{i}".encode())
    out.insert(50, "Jérôme;Lefèvre;Société générale".encode("cp1252"))
    (HERE / "mostly_utf8.csv").write_bytes(b"\r\n".join(out) + b"\r\n")


def garbage_participant() -> None:
    """Headers no tool writes, and a ticket called "Participant" in the data."""
    rows = [["Identité", "Structure d'origine", "Formule", "Courriel de contact"],
            ["Hélène Lefèvre", "Ministère de l'Emploi", "Participant", "helene@emploi.gov.ma"],
            ["Karim Tazi", "OIT", "Participant", "karim@ilo.org"],
            ["Nadia Fassi", "CGEM", "Intervenant", "nadia@cgem.ma"]]
    (HERE / "garbage_participant.csv").write_bytes(csv_bytes(rows, delimiter=";", bom=codecs.BOM_UTF8))


def bidi_names() -> None:
    """Names carrying bidi overrides and zero-width characters (copied from web pages or chats)."""
    rows = [["Nom complet", "Organisme"],
            ["\u202eHélène\u202c Lefèvre", "Minis\u200btère de l'Emploi"],
            ["\u2067أحمد بن علي\u2069", "\ufeffوزارة الشغل"],
            ["مهرداد می\u200cخواهد", "Iran"]]
    (HERE / "bidi_names.csv").write_bytes(csv_bytes(rows))


if __name__ == "__main__":
    for make in (pretix_positions_en, pretix_positions_fr, pretix_checkin_en, hi_events, indico, eventbrite,
                 eventbrite_report, helloasso, weezevent, billetweb, tito, tito_split_names, ms_forms_fr, libreoffice_ods, arabic_excel_cp1256,
                 mostly_utf8,
                 garbage_participant, bidi_names):
        make()
