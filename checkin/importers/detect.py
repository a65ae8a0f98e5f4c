"""Reading a spreadsheet export without flags: encoding, delimiter, records with line numbers.

Organisers' files come from Excel (UTF-8, Windows-1252 with semicolons, "Unicode
text" = UTF-16 with BOM and tabs), Google Forms, Eventbrite, pretix... A file that
is not text at all (a workbook, an image) is refused with one clear line.
"""

from __future__ import annotations

import codecs
import csv
import io
from dataclasses import dataclass
from pathlib import Path

from checkin.importers.report import ImportFileError

DELIMITERS = (",", ";", "\t")
# Splits nothing: used to read a one-column file whose names hold commas ("LEFÈVRE, Hélène").
NO_DELIMITER = "\x1f"
MAX_BYTES = 200 * 1024 * 1024

# Magic numbers of files people pick by mistake instead of a CSV export.
_MAGIC = (
    (b"PK\x03\x04", "a zipped document (an Excel .xlsx or LibreOffice .ods workbook?)"),
    (b"\xd0\xcf\x11\xe0", "an old Excel .xls workbook"),
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"SQLite format 3", "an SQLite database"),
)


@dataclass
class Record:
    """One row of the file: the physical line it starts on and its cells."""

    line: int
    cells: list[str]

    @property
    def blank(self) -> bool:
        return not any(c.strip() for c in self.cells)


@dataclass
class Table:
    """A decoded, split file."""

    encoding: str
    delimiter: str
    records: list[Record]
    text: str = ""

    def as_one_column(self, header_at: int) -> Table:
        """The same file read as a single column when its header has one cell but rows were split.

        French Excel saves a one-column list without quoting commas, so
        "LEFÈVRE, Hélène" would otherwise be cut in two.
        """
        header = self.records[header_at] if 0 <= header_at < len(self.records) else None
        if header is None or len(header.cells) != 1 or self.delimiter == NO_DELIMITER:
            return self
        if not any(len(r.cells) > 1 for r in self.records[header_at + 1 :]):
            return self
        records = [r for r in _records(self.text, NO_DELIMITER) if not r.blank]
        return Table(self.encoding, NO_DELIMITER, records, self.text)


def decode(data: bytes, name: str = "file") -> tuple[str, str]:
    """Return ``(text, encoding name)``; refuse anything that is not text."""
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise ImportFileError(f"{name}: the file is empty")
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise ImportFileError(
                f"{name}: this is {what}, not a CSV file; export the list as CSV and import that file"
            )
    if data.startswith(codecs.BOM_UTF8):
        text, encoding = _strict(data[3:], "utf-8", name), "UTF-8 with BOM"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text, encoding = _strict(data, "utf-16", name), "UTF-16"
    elif _looks_utf16le(data):
        text, encoding = _strict(data, "utf-16-le", name), "UTF-16LE"
    else:
        try:
            text, encoding = data.decode("utf-8"), "UTF-8"
        except UnicodeDecodeError:
            text, encoding = _strict(data, "cp1252", name), "Windows-1252"
    _refuse_control_characters(text, name)
    return text, encoding


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise ImportFileError(f"{name}: not a text file (cannot be read as {encoding})") from None


def _looks_utf16le(data: bytes) -> bool:
    """UTF-16 without a BOM: text where nearly every odd byte is NUL."""
    sample = data[:4000]
    return len(sample) >= 8 and sample[1::2].count(0) > 0.9 * len(sample[1::2]) and 0 not in sample[0::2][:50]


def _refuse_control_characters(text: str, name: str) -> None:
    sample = text[:20000]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\r\n")
    if controls > max(2, len(sample) // 200):
        raise ImportFileError(f"{name}: not a text file (it holds binary data); export a CSV file")


def _records(text: str, delimiter: str, limit: int | None = None) -> list[Record]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    out: list[Record] = []
    previous_end = 0
    for cells in reader:
        out.append(Record(previous_end + 1, cells))
        previous_end = reader.line_num
        if limit is not None and len(out) >= limit:
            break
    return out


def sniff_delimiter(text: str) -> str:
    """The delimiter (comma, semicolon or tab) that splits the first rows most consistently."""
    best, best_score = ",", (-1, -1)
    for delimiter in DELIMITERS:
        try:
            rows = [r for r in _records(text, delimiter, limit=60) if not r.blank]
        except csv.Error:
            continue
        if not rows:
            continue
        widths = [len(r.cells) for r in rows]
        width = max(set(widths), key=lambda w: (widths.count(w), w == widths[0], w))
        if width < 2:
            continue
        score = (widths.count(width), width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def read_table(path: Path | str) -> Table:
    """Read a CSV/TSV file, detecting encoding and delimiter; blank rows are dropped."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ImportFileError(f"{path.name}: the file is too large for a registration list")
        data = path.read_bytes()
    except IsADirectoryError:
        raise ImportFileError(f"{path}: is a folder, not a file") from None
    except FileNotFoundError:
        raise ImportFileError(f"{path}: no such file") from None
    except OSError as exc:
        raise ImportFileError(f"{path}: cannot read ({exc.strerror or exc})") from None
    text, encoding = decode(data, path.name)
    delimiter = sniff_delimiter(text)
    try:
        records = [r for r in _records(text, delimiter) if not r.blank]
    except csv.Error as exc:
        raise ImportFileError(f"{path.name}: cannot be read as CSV ({exc})") from None
    return Table(encoding=encoding, delimiter=delimiter, records=records, text=text)
