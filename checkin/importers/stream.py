"""Reading a registration list as a stream of records: memory stays flat however long the file.

The same rules as ``checkin.importers.detect`` (which reads small files whole for
sessions and access lists): UTF-8 first, a UTF-8 file with a few bad lines keeps
UTF-8 and names them, otherwise the legacy code page is detected; workbooks stream
through openpyxl's read-only mode. The file is read twice: once (bytes only) to
settle the encoding, then record by record, as many times as the importer asks
(``records()`` starts over each time). ``position`` tells how far the last pass got,
for a progress bar.
"""

from __future__ import annotations

import codecs
import csv
from collections.abc import Callable, Iterator
from itertools import islice
from pathlib import Path

from checkin.importers.detect import (
    _ENCODING_NAMES, _MAGIC, MAX_BYTES, NO_DELIMITER, Record, _detect_legacy, _looks_utf16le,
    _refuse_control_characters, bad_line_warnings, legacy_label, scan_utf8, sniff_delimiter,
)
from checkin.importers.report import ImportFileError

LEAD = 40  # records read ahead to find the header
SAMPLE = 1 << 20  # bytes the legacy code page is guessed from
MAX_STREAM_BYTES = 4 * MAX_BYTES  # a 1,000,000-row list is ~100 MB


class RecordStream:
    """A registration file opened for streaming: how it is read, and its records on demand."""

    def __init__(self, path: Path, encoding: str, delimiter: str, size: int,
                 lines: Callable[[], Iterator[str]] | None = None,
                 rows: Callable[[], Iterator[tuple[int, list[str]]]] | None = None,
                 warnings: list[tuple[int, str]] | None = None):
        self.path = path
        self.encoding = encoding
        self.delimiter = delimiter
        self.size = size  # bytes of a text file, rows of a workbook: the progress total
        self.position = 0
        self.warnings = warnings or []
        self._lines = lines
        self._rows = rows
        self.lead = list(islice(self.records(), LEAD))

    def records(self) -> Iterator[Record]:
        """Every non-blank record from the start, with the physical line it starts on."""
        self.position = 0
        if self._rows is not None:
            for number, cells in self._rows():
                self.position = number
                record = Record(number, cells)
                if not record.blank:
                    yield record
            self.position = self.size
            return
        reader = csv.reader(self._counted(self._lines()), delimiter=self.delimiter)
        previous_end = 0
        try:
            for cells in reader:
                record = Record(previous_end + 1, cells)
                previous_end = reader.line_num
                if not record.blank:
                    yield record
        except csv.Error as exc:
            raise ImportFileError(f"{self.path.name}: cannot be read as CSV ({exc})") from None
        self.position = self.size  # characters were counted on the way: the end is the whole file

    def _counted(self, lines: Iterator[str]) -> Iterator[str]:
        for line in lines:
            self.position += len(line)
            yield line

    def as_one_column(self, header_at: int) -> bool:
        """Re-split as one column when the header has one cell but rows were split (see detect.Table)."""
        if self._rows is not None or self.delimiter == NO_DELIMITER or not 0 <= header_at < len(self.lead):
            return False
        if len(self.lead[header_at].cells) != 1:
            return False
        if not any(len(r.cells) > 1 for r in islice(self.records(), header_at + 1, None)):
            return False
        self.delimiter = NO_DELIMITER
        self.lead = list(islice(self.records(), LEAD))
        return True


def open_stream(path: Path | str, sheet: str | None = None) -> RecordStream:
    """Open a CSV/TSV file or an .xlsx workbook for streaming; refuse what cannot be a list."""
    path = Path(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(SAMPLE)
    except IsADirectoryError:
        raise ImportFileError(f"{path}: is a folder, not a file") from None
    except FileNotFoundError:
        raise ImportFileError(f"{path}: no such file") from None
    except OSError as exc:
        raise ImportFileError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if size > MAX_STREAM_BYTES:
        raise ImportFileError(f"{path.name}: the file is too large for a registration list")
    if not head.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise ImportFileError(f"{path.name}: the file is empty")
    if head.startswith(b"PK\x03\x04"):
        from checkin.importers.workbook import stream_workbook

        rows, total, encoding = stream_workbook(path, sheet)
        return RecordStream(path, encoding, "", total, rows=rows)
    for magic, what in _MAGIC:
        if head.startswith(magic):
            raise ImportFileError(
                f"{path.name}: this is {what}, not a CSV file; export the list as CSV and import that file"
            )
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or _looks_utf16le(head):
        codec = "utf-16" if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) else "utf-16-le"
        label = "UTF-16" if codec == "utf-16" else "UTF-16LE"
        lines = _text_lines(path, codec)
        warnings: list[tuple[int, str]] = []
    else:
        bom = head.startswith(codecs.BOM_UTF8)
        label, lines, warnings = _utf8_or_legacy(path, bom)
    sample = "".join(islice(lines(), 200))
    _refuse_control_characters(sample, path.name)
    return RecordStream(path, label, sniff_delimiter(sample), size, lines=lines, warnings=warnings)


def _text_lines(path: Path, codec: str) -> Callable[[], Iterator[str]]:
    def lines() -> Iterator[str]:
        with path.open("r", encoding=codec, newline="") as fh:
            try:
                yield from fh
            except UnicodeDecodeError:
                raise ImportFileError(f"{path.name}: not a text file (cannot be read as {codec})") from None
    return lines


def _binary_lines(path: Path, skip: int) -> Iterator[bytes]:
    with path.open("rb") as fh:
        fh.seek(skip)
        yield from fh


def _utf8_or_legacy(path: Path, bom: bool) -> tuple[str, Callable[[], Iterator[str]], list[tuple[int, str]]]:
    """Scan the bytes once: UTF-8, UTF-8 with a few bad lines (named), or a legacy code page."""
    skip = 3 if bom else 0
    label = "UTF-8 with BOM" if bom else "UTF-8"
    scan = scan_utf8(_binary_lines(path, skip))
    if not scan.bad:
        return label, _text_lines_skipping(path, skip, "utf-8"), []
    if scan.mostly_utf8:
        legacy = _detect_legacy(scan.bad_bytes)
        bad = set(scan.bad)

        def mixed() -> Iterator[str]:
            for number, line in enumerate(_binary_lines(path, skip), start=1):
                yield line.decode(legacy if number in bad else "utf-8", errors="replace")

        return legacy_label(scan, label, legacy), mixed, bad_line_warnings(scan, legacy)
    with path.open("rb") as fh:
        fh.seek(skip)
        legacy = _detect_legacy(fh.read(SAMPLE))
    return _ENCODING_NAMES[legacy], _text_lines_skipping(path, skip, legacy), []


def _text_lines_skipping(path: Path, skip: int, codec: str) -> Callable[[], Iterator[str]]:
    def lines() -> Iterator[str]:
        for line in _binary_lines(path, skip):
            try:
                yield line.decode(codec)
            except UnicodeDecodeError:
                raise ImportFileError(f"{path.name}: not a text file (cannot be read as {codec})") from None
    return lines
