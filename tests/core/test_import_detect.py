"""Reading files without flags: encodings, delimiters, quoted newlines, line numbers, binary refusal."""

from __future__ import annotations

import codecs

import pytest

from checkin.importers.detect import decode, read_table, sniff_delimiter
from checkin.importers.headers import ATTENDEE_FIELDS, map_headers, normalise_header
from checkin.importers.report import ImportFileError

TEXT = "Nom;Prénom\r\nLefèvre;Hélène\r\n"


@pytest.mark.parametrize(
    "data, encoding",
    [
        (TEXT.encode("utf-8"), "UTF-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "UTF-8 with BOM"),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "UTF-16"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "UTF-16"),
        (TEXT.encode("utf-16-le"), "UTF-16LE"),
        (TEXT.encode("cp1252"), "Windows-1252"),
    ],
)
def test_encodings_are_detected(data, encoding):
    text, found = decode(data)
    assert (text, found) == (TEXT, encoding)


def test_cp1252_only_characters_survive():
    text, _ = decode("Séminaire – « Œuvre » €\n".encode("cp1252"))
    assert text == "Séminaire – « Œuvre » €\n"


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_delimiter_is_sniffed(delimiter):
    rows = [
        ["Name", "Organisation", "Email"],
        ["Hélène Lefèvre", "Ministère, Rabat; Maroc", "h@x.ma"],
        ["Omar", "CNDH", "o@x.ma"],
    ]
    import csv
    import io

    buf = io.StringIO()
    csv.writer(buf, delimiter=delimiter).writerows(rows)
    assert sniff_delimiter(buf.getvalue()) == delimiter


def test_header_with_a_comma_inside_a_semicolon_file():
    text = "Nom, prénom;Organisation;Email\nLefèvre Hélène;OIT, Genève;h@x.ma\nOmar;CNDH;o@x.ma\n"
    assert sniff_delimiter(text) == ";"


def test_line_numbers_count_quoted_newlines_and_skip_blank_rows(tmp_path):
    path = tmp_path / "f.csv"
    path.write_text('Name;Org\n\n"A";"x\ny\nz"\n;;\nB;c\n;\n', encoding="utf-8")
    table = read_table(path)
    assert [(r.line, r.cells) for r in table.records] == [
        (1, ["Name", "Org"]),
        (3, ["A", "x\ny\nz"]),
        (7, ["B", "c"]),
    ]


@pytest.mark.parametrize(
    "data, words",
    [
        (b"PK\x03\x04rest of a zip", "xlsx"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(200)), "PNG"),
        (b"%PDF-1.7\n...", "PDF"),
        (bytes(range(256)) * 4, "not a text file"),
        (b"", "empty"),
        (b"\r\n\r\n", "empty"),
    ],
)
def test_non_text_is_refused_with_one_line(data, words):
    with pytest.raises(ImportFileError) as info:
        decode(data, "x.csv")
    assert words in str(info.value) and "\n" not in str(info.value)


def test_missing_file_and_folder_are_clear(tmp_path):
    with pytest.raises(ImportFileError, match="no such file"):
        read_table(tmp_path / "nope.csv")
    with pytest.raises(ImportFileError, match="folder"):
        read_table(tmp_path)


def test_header_matching_ignores_case_accents_spaces_and_punctuation():
    assert normalise_header(" Adresse  E-MAIL ") == normalise_header("adresse_email") == "adresseemail"
    assert normalise_header("Order #") == "ordernumber"
    cells = ["Horodateur", "ADRESSE E-MAIL", "prenom", "NOM", "Organisme", "Catégorie", "N°"]
    assert map_headers(cells, ATTENDEE_FIELDS) == {
        "email": 1,
        "first_name": 2,
        "last_name": 3,
        "organisation": 4,
        "category": 5,
        "external_id": 6,
    }


def test_eventbrite_prefers_the_attendee_number_and_ignores_buyer_columns():
    cells = ["Order #", "First Name", "Last Name", "Buyer Email", "Email", "Attendee #", "Company"]
    mapping = map_headers(cells, ATTENDEE_FIELDS)
    assert mapping["external_id"] == 5 and mapping["email"] == 4


def test_a_one_column_file_is_reread_whole_when_its_header_has_one_cell(tmp_path):
    path = tmp_path / "f.csv"
    path.write_text("Nom complet\nLEFÈVRE, Hélène\n\nOmar Berrada\n", encoding="utf-8")
    table = read_table(path)
    assert [r.cells for r in table.records] == [["Nom complet"], ["LEFÈVRE", " Hélène"], ["Omar Berrada"]]
    whole = table.as_one_column(0)
    assert [(r.line, r.cells) for r in whole.records] == [
        (1, ["Nom complet"]),
        (2, ["LEFÈVRE, Hélène"]),
        (4, ["Omar Berrada"]),
    ]


def test_a_real_header_keeps_the_split(tmp_path):
    path = tmp_path / "f.csv"
    path.write_text("Name,Email\nOmar,o@x.ma\n", encoding="utf-8")
    table = read_table(path)
    assert table.as_one_column(0) is table
