"""Reading a spreadsheet export without flags: encoding, delimiter, records with line numbers.

Organisers' files come from Excel (UTF-8, Windows-1252 with semicolons, Windows-1256
from an Arabic Excel, "Unicode text" = UTF-16 with BOM and tabs), Google Forms,
Eventbrite, pretix, Hi.Events (.xlsx only)... Workbooks are read by
``checkin.importers.workbook``; anything else that is not text (an image, a PDF) is
refused with one clear line.
"""

from __future__ import annotations

import codecs
import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from checkin.importers.report import ImportFileError

DELIMITERS = (",", ";", "\t")
# Splits nothing: used to read a one-column file whose names hold commas ("LEFÈVRE, Hélène").
NO_DELIMITER = "\x1f"
MAX_BYTES = 200 * 1024 * 1024

# Magic numbers of files people pick by mistake instead of a CSV export.
_MAGIC = (
    (b"PK\x03\x04", "a zipped document that is not an .xlsx or .ods workbook"),
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
        return not "".join(self.cells).strip()  # (one C call: a big import asks it of every row)


@dataclass
class Table:
    """A decoded, split file."""

    encoding: str
    delimiter: str
    records: list[Record]
    text: str = ""
    # (line, message) for lines that were read but need a look (a stray non-UTF-8 byte...)
    warnings: list[tuple[int, str]] = field(default_factory=list)

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
        return Table(self.encoding, NO_DELIMITER, records, self.text, self.warnings)


# Legacy code pages an organiser's spreadsheet may be saved in (French and Arabic Excel,
# old Macs, ISO exports). The detector only chooses among these: guessing among every
# code page it knows turns short French files into Cyrillic or Greek.
LEGACY_ENCODINGS = ("cp1252", "cp1256", "iso8859_15", "iso8859_6", "mac_roman")
_ENCODING_NAMES = {
    "cp1252": "Windows-1252",
    "cp1256": "Windows-1256",
    "iso8859_15": "ISO-8859-15",
    "iso8859_6": "ISO-8859-6",
    "mac_roman": "Mac Roman",
}
# A UTF-8 file with at most this share of undecodable lines is UTF-8 with a few bad lines.
MOSTLY_UTF8_SHARE = 0.05


def decode(data: bytes, name: str = "file") -> tuple[str, str]:
    """Return ``(text, encoding name)``; refuse anything that is not text."""
    text, encoding, _bad = decode_with_lines(data, name)
    return text, encoding


def decode_with_lines(data: bytes, name: str = "file") -> tuple[str, str, list[int]]:
    """Like ``decode``, and the physical lines that were not valid in the file's encoding.

    UTF-8 comes first. A file that is almost all valid UTF-8 (a few lines pasted
    from a Windows program) stays UTF-8; its bad lines are read in the legacy code
    page they look like and returned so the organiser can check them. Otherwise
    the code page is detected among ``LEGACY_ENCODINGS`` with charset-normalizer.
    """
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise ImportFileError(f"{name}: the file is empty")
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise ImportFileError(
                f"{name}: this is {what}, not a CSV file; export the list as CSV and import that file"
            )
    bad: list[int] = []
    if data.startswith(codecs.BOM_UTF8):
        text, encoding, bad = _utf8(data[3:], name, "UTF-8 with BOM")
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text, encoding = _strict(data, "utf-16", name), "UTF-16"
    elif _looks_utf16le(data):
        text, encoding = _strict(data, "utf-16-le", name), "UTF-16LE"
    else:
        text, encoding, bad = _utf8(data, name, "UTF-8")
    _refuse_control_characters(text, name)
    return text, encoding, bad


@dataclass
class Utf8Scan:
    """What one pass over a file's lines found: bad UTF-8 lines, lines with valid multibyte UTF-8."""

    bad: list[int] = field(default_factory=list)  # physical line numbers (the first 200,000)
    bad_bytes: bytes = b""  # a sample of the bad lines, to guess their code page
    multibyte: int = 0
    lines: int = 0

    @property
    def mostly_utf8(self) -> bool:
        """Valid UTF-8 with non-ASCII text, and only a few bad lines: UTF-8 with a few pasted lines."""
        return bool(self.multibyte) and len(self.bad) <= max(3, MOSTLY_UTF8_SHARE * self.lines)


def scan_utf8(lines) -> Utf8Scan:
    """One pass over binary lines (split after b"\\n"): which are not valid UTF-8."""
    scan = Utf8Scan()
    sample = bytearray()
    for scan.lines, line in enumerate(lines, start=1):
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            if len(scan.bad) < 200_000:
                scan.bad.append(scan.lines)
            if len(sample) < 1 << 20:
                sample += line
        else:
            scan.multibyte += not line.isascii()
    scan.bad_bytes = bytes(sample)
    return scan


def legacy_label(scan: Utf8Scan, label: str, legacy: str) -> str:
    """"UTF-8 (1 line in Windows-1252)": how a mostly-UTF-8 file was read."""
    lines_word = "line" if len(scan.bad) == 1 else "lines"
    return f"{label} ({len(scan.bad)} {lines_word} in {_ENCODING_NAMES[legacy]})"


def bad_line_warnings(scan: Utf8Scan, legacy: str) -> list[tuple[int, str]]:
    """The import report's line of each bad line."""
    name = _ENCODING_NAMES[legacy]
    return [(n, f"not valid UTF-8; read as {name}: check the names on this line") for n in scan.bad]


def _utf8(data: bytes, name: str, label: str) -> tuple[str, str, list[int]]:
    try:
        return data.decode("utf-8"), label, []
    except UnicodeDecodeError:
        pass
    lines = list(io.BytesIO(data))  # split after each b"\n", as a file is read line by line
    scan = scan_utf8(lines)
    if scan.mostly_utf8:
        legacy = _detect_legacy(scan.bad_bytes)
        bad = set(scan.bad)
        text = "".join(line.decode(legacy if n in bad else "utf-8", errors="replace")
                       for n, line in enumerate(lines, start=1))
        return text, legacy_label(scan, label, legacy), scan.bad
    legacy = _detect_legacy(data)
    return _strict(data, legacy, name), _ENCODING_NAMES[legacy], []


def _detect_legacy(data: bytes) -> str:
    """The most plausible legacy code page for ``data`` (Windows-1252 when nothing stands out)."""
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - a declared dependency
        return "cp1252"
    best = from_bytes(data, cp_isolation=list(LEGACY_ENCODINGS)).best()
    encoding = best.encoding if best is not None else "cp1252"
    return encoding if encoding in LEGACY_ENCODINGS else "cp1252"


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


def read_table(path: Path | str, sheet: str | None = None) -> Table:
    """Read a CSV/TSV file or a workbook, detecting encoding and delimiter; blank rows are dropped.

    ``sheet`` picks a workbook's sheet by name (default: the first).
    """
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
    from checkin.importers.workbook import is_workbook, read_workbook

    if is_workbook(data):
        rows, encoding = read_workbook(data, path.name, sheet)
        records = [Record(n, cells) for n, cells in rows]
        return Table(encoding=encoding, delimiter="", records=[r for r in records if not r.blank])
    text, encoding, bad = decode_with_lines(data, path.name)
    delimiter = sniff_delimiter(text)
    try:
        records = [r for r in _records(text, delimiter) if not r.blank]
    except csv.Error as exc:
        raise ImportFileError(f"{path.name}: cannot be read as CSV ({exc})") from None
    legacy = encoding[encoding.find(" in ") + 4 : -1] if bad else ""
    warnings = [(n, f"not valid UTF-8; read as {legacy}: check the names on this line") for n in bad]
    return Table(encoding=encoding, delimiter=delimiter, records=records, text=text, warnings=warnings)
