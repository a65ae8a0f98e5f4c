"""Writes the registration files used by the import tests, byte for byte as the tools write them.

Run ``python tests/data/registrations/make_files.py`` to regenerate; the output is committed
so the tests never depend on this script having run. Sessions files go to ../sessions/.
"""

from __future__ import annotations

import codecs
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SESSIONS = HERE.parent / "sessions"
CRLF = "\r\n"


def write(path: Path, text: str, encoding: str, bom: bytes = b"") -> None:
    path.write_bytes(bom + text.encode(encoding))


def excel_fr() -> None:
    """French Excel "CSV (séparateur: point-virgule)": Windows-1252, semicolons, CRLF, a title row."""
    lines = [
        "Séminaire OIT – liste des inscrits;;;;;",
        ";;;;;",
        "Nom;Prénom;Organisme;Fonction;Adresse e-mail;Catégorie",
        "Lefèvre;Hélène;Ministère de l'Emploi;Directrice;helene.lefevre@emploi.gov.ma;Ministres",
        'El Idrissi;Fatima Zahra;"Organisation ; section\nRabat";Experte;fz.elidrissi@example.org;Experts',
        "  Dupont  ;  Jean   Marc ;CGT;;JEAN.DUPONT@example.fr;Syndicats",
        ";;Sans nom;;personne@example.org;Presse",
        "Martin;Zoé;Le Monde;Journaliste;zoe.martin@;Presse",
        "Dupont;Jean;CGT;;jean.dupont@example.fr;Syndicats",
        "Benali;Œuvre;Fondation « Avenir »;;;Société civile",
        ";;;;;",
        ";;;;;",
        "",
    ]
    write(HERE / "excel_fr_cp1252.csv", CRLF.join(lines), "cp1252")


def excel_fr_one_column() -> None:
    """A one-column list saved by French Excel: commas inside names are not quoted (";" is the separator)."""
    lines = ["Nom complet", "LEFÈVRE, Hélène", "Omar Berrada", "EL IDRISSI, Fatima Zahra", ""]
    write(HERE / "excel_fr_one_column.csv", CRLF.join(lines), "cp1252")


def excel_unicode_text() -> None:
    """Excel "Unicode text": UTF-16 little-endian with BOM, tab-separated, CRLF."""
    lines = [
        "First Name\tLast Name\tCompany\tJob Title\tEmail\tTicket Type",
        "أحمد\tبن علي\tوزارة الشغل\tوزير\tahmed.benali@example.ma\tMinistres",
        "Zoë\tO'Connor\tUniversity College Dublin\tProfessor\tzoe.oconnor@example.ie\tExperts",
        '"Anne-Marie"\t"Nguyễn"\t"Institut ""Migrations"""\t\tam.nguyen@example.org\tExperts',
        "",
    ]
    write(HERE / "excel_unicode_text.txt", CRLF.join(lines), "utf-16-le", codecs.BOM_UTF16_LE)


def eventbrite() -> None:
    """Eventbrite attendee report: UTF-8 without BOM, commas, LF, Order # and Attendee #."""
    lines = [
        "Order #,Order Date,First Name,Last Name,Email,Quantity,Ticket Type,Attendee #,Job Title,Company,"
        "Attendee Status",
        '1001,2027-02-01 10:00:00+01:00,Marie-Claire,"de la Tour,\nd\'Auvergne",mc.delatour@example.fr,2,'
        'Ambassadeurs,5001,Ambassadrice,"Ambassade de France, Rabat",Attending',
        "1001,2027-02-01 10:00:00+01:00,Karim,Tazi,not-an-email,2,Ambassadeurs,5002,,Ambassade,Attending",
        "1002,2027-02-02 11:30:00+01:00,John,Smith,john.smith@example.com,1,Experts,5003,Economist,"
        "ILO,Not Attending",
        "1003,2027-02-03 09:00:00+01:00,Zoë,O'Connor,ZOE.OCONNOR@example.ie,1,Experts,5004,,UCD,Attending",
        "1003,2027-02-03 09:00:00+01:00,Zoë,O'Connor,zoe.oconnor@example.ie,1,Experts,5004,,UCD,Attending",
        "",
    ]
    write(HERE / "eventbrite.csv", "\n".join(lines), "utf-8")


def google_forms() -> None:
    """Google Forms responses (French UI): UTF-8 with BOM, commas, full name only."""
    lines = [
        "Horodateur,Adresse e-mail,Nom complet,Organisation,Catégorie",
        "2027/02/01 10:15:00 UTC+1,ahmed.benali@example.ma,Ahmed Ben Ali,Ministère du Travail,Ministres",
        "2027/02/01 10:16:00 UTC+1,zoe@example.ie,  Zoë   O'Connor ,UCD,Experts",
        "2027/02/01 10:17:00 UTC+1,a.benali@example.ma,أحمد بن علي,وزارة الشغل,Ministres",
        '2027/02/01 10:18:00 UTC+1,s.lefevre@example.fr,"Lefèvre, Sophie",CNDH,Société civile',
        "2027/02/01 10:19:00 UTC+1,mono@example.org,Madonna,Press,Presse",
        ",,,,",
        "",
    ]
    write(HERE / "google_forms_fr.csv", CRLF.join(lines), "utf-8", codecs.BOM_UTF8)


def pretix() -> None:
    """pretix order positions export: UTF-8, commas; one order code, several positions."""
    lines = [
        '"Event slug","Order code","Position ID","Status","Email","Order date","Product","Attendee name",'
        '"Company"',
        '"rabat27","ABC12","1","Paid","orders@ministere.ma","2027-02-01","Ministres","Youssef Amrani",'
        '"Ministère"',
        '"rabat27","ABC12","2","Paid","orders@ministere.ma","2027-02-01","Ministres","Nadia Fassi Fihri",'
        '"Ministère"',
        '"rabat27","XYZ34","1","Canceled","p.r@example.org","2027-02-02","Presse","Paul Roux","AFP"',
        # typed on a Mac: accents as combining characters (NFD); stored NFC
        '"rabat27","QRS56","1","Paid","a.poulain@example.fr","2027-02-03","Presse","Ame\u0301lie Poulain",""',
        "",
    ]
    write(HERE / "pretix.csv", "\n".join(lines), "utf-8")


def reimport() -> None:
    """Two versions of one list: the second changes people, adds one, and shouts an e-mail."""
    v1 = [
        "Name,Email,Organisation",
        "Amina Alaoui,amina@example.ma,OIT",
        "Omar Berrada,omar@example.ma,CNDH",
        "",
    ]
    v2 = [
        "Name,Email,Organisation",
        "Amina Alaoui,AMINA@EXAMPLE.MA,OIT Rabat",
        "Omar Berrada,omar@example.ma,CNDH",
        "Leila Chraibi,leila@example.ma,UMT",
        "",
    ]
    write(HERE / "reimport_v1.csv", "\n".join(v1), "utf-8")
    write(HERE / "reimport_v2.csv", "\n".join(v2), "utf-8")


def refused() -> None:
    """Files that must be refused as a whole."""
    with zipfile.ZipFile(HERE / "workbook.xlsx", "w") as z:
        info = zipfile.ZipInfo("[Content_Types].xml", date_time=(2027, 1, 1, 0, 0, 0))
        z.writestr(info, '<?xml version="1.0"?><Types/>')
    png = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489")
    (HERE / "photo.png").write_bytes(png + bytes(range(256)))
    write(HERE / "no_name_column.csv", CRLF.join(["Email;Organisation", "a@example.org;OIT", ""]), "utf-8")


def sessions() -> None:
    """Sessions in French Excel (cp1252, semicolons, dd/mm/yyyy) and the round table's list."""
    SESSIONS.mkdir(exist_ok=True)
    lines = [
        "Titre;Salle;Début;Fin;Capacité;Restreinte;Accès",
        "Ouverture;Salle plénière;17/03/2027 09:00;17/03/2027 09:45;300;non;",
        "Cadre institutionnel et flux migratoires;Salle plénière;17/03/2027 10:00;11:30;300;non;",
        "Table ronde ministérielle;Salon Atlas;17/03/2027 11:45;17/03/2027 13:00;25;oui;table_ronde.csv",
        "Clôture;Salle plénière;17/03/2027 16:00;17/03/2027 15:00;300;non;",
        "Pause;Hall;demain;;;non;",
        "Atelier;Salle B;17/03/2027 14:00;17/03/2027 15:00;beaucoup;non;",
        ";;;;;;",
        "",
    ]
    write(SESSIONS / "sessions_fr.csv", CRLF.join(lines), "cp1252")
    access = [
        "Courriel;Nom complet",
        "helene.lefevre@emploi.gov.ma;",
        ";Fatima Zahra El Idrissi",
        "inconnu@example.org;",
        "",
    ]
    write(SESSIONS / "table_ronde.csv", CRLF.join(access), "cp1252")
    english = [
        "id,title,room,start,end,capacity,restricted",
        "S1,Opening,Plenary,2027-03-17 09:00,2027-03-17 09:45,300,no",
        "S2,Closing,Plenary,2027-03-17 17:00,2027-03-17 17:30,,false",
        "",
    ]
    write(SESSIONS / "sessions_en.csv", "\n".join(english), "utf-8")


if __name__ == "__main__":
    for make in (
        excel_fr,
        excel_fr_one_column,
        excel_unicode_text,
        eventbrite,
        google_forms,
        pretix,
        reimport,
        refused,
        sessions,
    ):
        make()
