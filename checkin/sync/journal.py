"""Station journals: the file format that carries one station's records to the others.

A journal is a UTF-8 CSV text file a person can read, with a few ``#`` lines
around the rows (the format is specified in docs/sync-format.md)::

    # checkin station journal
    # format: 1
    # event: 5f0c…
    # station: 9a1e… Desk 1
    # written: 2027-03-17T09:42:13.120000Z
    seq,kind,id,at,station_name,attendee,code,session,direction,method,ref,text,data,crc
    1,checkin,0b7d…,2027-03-17T08:01:02.000000Z,Desk 1,4f83…,1NAK…,,in,scanner,,,,3a5c19e2
    …
    # end: 1 rows, sha256 8f4d…

Every row carries a CRC-32 of its own fields, and the ``end`` line counts the rows
and hashes every byte before it. A reader therefore tells a complete journal from
one cut short (a USB stick pulled mid-write) or damaged: it keeps the rows up to
the last good one, in sequence, and says what it dropped.
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
import tempfile
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from checkin.store.sync import JournalRow  # the row type lives with the SQL that reads and writes it

FORMAT = 1
MAGIC = "# checkin station journal"
COLUMNS = ("seq", "kind", "id", "at", "station_name", "attendee", "code", "session", "direction", "method",
           "ref", "text", "data")
KINDS = ("checkin", "undo", "revocation", "print", "attendee", "session")
_HEADER_KEYS = ("format", "event", "station", "written")


class JournalError(Exception):
    """A journal that cannot be used at all (not a journal, another event, unknown format)."""


@dataclass
class Journal:
    """A journal as read: who wrote it, its rows (complete and in sequence) and what was wrong."""

    event_uid: str
    station_uid: str
    station_name: str
    written_at: str
    rows: list[JournalRow]
    declared_rows: int | None = None  # from the end line; None when the file was cut short
    problems: list[str] = field(default_factory=list)
    last_seq_read: int = 0  # the last row in sequence that was read whole (rows up to after_seq included)

    @property
    def complete(self) -> bool:
        return not self.problems

    @property
    def last_seq(self) -> int:
        return self.rows[-1].seq if self.rows else 0


def row_crc(event_uid: str, station_uid: str, values: Iterable[str]) -> str:
    """CRC-32 of a row's fields *and* of the event and station it belongs to.

    Binding the header's uuids into every row means a damaged header cannot pass
    its rows off as another station's (or event's): they fail their CRC instead.
    """
    return f"{zlib.crc32(chr(31).join((event_uid, station_uid, *values)).encode('utf-8')):08x}"


def render(event_uid: str, station_uid: str, station_name: str, written_at: str,
           rows: Iterable[JournalRow]) -> str:
    """The whole journal text (rows must be in sequence, 1, 2, 3…)."""
    buf = io.StringIO(newline="")
    buf.write(f"{MAGIC}\n# format: {FORMAT}\n# event: {event_uid}\n")
    buf.write(f"# station: {station_uid} {_one_line(station_name)}\n# written: {written_at}\n")
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow([*COLUMNS, "crc"])
    count = 0
    for row in rows:
        values = row.fields()
        writer.writerow([*values, row_crc(event_uid, station_uid, values)])
        count += 1
    text = buf.getvalue()
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return f"{text}# end: {count} rows, sha256 {digest}\n"


def write_atomically(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` so that readers see the old file or the new one, never half of one.

    The temporary file (``.checkin-*.tmp``) is fsynced, then renamed over the
    target. Syncthing does not skip it by itself (it only skips its own
    ``.syncthing.*`` temporaries): docs/stations.md has the ``.stignore`` line.
    """
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=".checkin-", suffix=".tmp", dir=str(path.parent))
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _one_line(text: str) -> str:
    return " ".join((text or "").split())


def read_header(path: Path) -> tuple[dict[str, str], str | None]:
    """The ``#`` header of a journal and its ``end`` line (None when missing), reading little of the file."""
    path = Path(path)
    header: dict[str, str] = {}
    with open(path, "rb") as f:
        first = f.readline().decode("utf-8", "replace").rstrip("\r\n")
        if first != MAGIC:
            raise JournalError(f"{path.name}: not a checkin station journal")
        for _ in _HEADER_KEYS:
            line = f.readline().decode("utf-8", "replace").rstrip("\r\n")
            key, _, value = line[2:].partition(": ")
            header[key] = value
        f.seek(0, os.SEEK_END)
        size = f.tell()
        f.seek(max(0, size - 200))
        tail = f.read().decode("utf-8", "replace").splitlines()
    end = tail[-1] if tail and tail[-1].startswith("# end: ") else None
    return header, end


def parse_header(path: Path, header: dict[str, str]) -> tuple[str, str, str, str]:
    """``(event uid, station uid, station name, written)`` from a header; JournalError when unusable."""
    if header.get("format") != str(FORMAT):
        raise JournalError(f"{Path(path).name}: journal format {header.get('format')!r} is not readable by this"
                           f" version (it reads format {FORMAT}); update the app")
    station_uid, _, station_name = header.get("station", "").partition(" ")
    event_uid = header.get("event", "")
    if not event_uid or not station_uid:
        raise JournalError(f"{Path(path).name}: journal header is damaged")
    return event_uid, station_uid, station_name, header.get("written", "")


def declared_count(end_line: str | None) -> int | None:
    """The row count the ``end`` line declares."""
    if not end_line:
        return None
    try:
        return int(end_line[len("# end: "):].split(" ", 1)[0])
    except ValueError:
        return None


def read_journal(path: Path, *, after_seq: int = 0) -> Journal:
    """Read a journal, keeping the good rows in sequence after ``after_seq``.

    Raises JournalError when the file is not a journal or its format is unknown.
    A file cut short or damaged is not an error: the rows up to the last good
    one are returned and ``problems`` says what was left out and where. When the
    end line's checksum matches, the file is intact and rows skip their own CRC.
    """
    path = Path(path)
    data = path.read_bytes()
    head = data[:4096].split(b"\n")
    if not head or head[0].rstrip(b"\r") != MAGIC.encode():
        raise JournalError(f"{path.name}: not a checkin station journal")
    header = {}
    for line in head[1:1 + len(_HEADER_KEYS)]:
        key, _, value = line.decode("utf-8", "replace")[2:].partition(": ")
        header[key] = value
    event_uid, station_uid, station_name, written = parse_header(path, header)
    journal = Journal(event_uid, station_uid, station_name, written, [])

    body_start = 1 + len(_HEADER_KEYS) + 1  # the column line follows the header
    offset = 0
    for _ in range(body_start):
        found = data.find(b"\n", offset)
        offset = found + 1 if found >= 0 else len(data)
    end_at = data.rfind(b"\n# end: ")
    trusted = False
    if end_at < 0 or end_at + 1 < offset:
        journal.problems.append("the journal has no end line: it was cut short (a copy interrupted?)")
        body = data[offset:]
    else:
        body = data[offset:end_at + 1]
        end_line = data[end_at + 1:].decode("utf-8", "replace").strip()
        journal.declared_rows = declared_count(end_line)
        trusted = end_line.endswith(f"sha256 {hashlib.sha256(data[:end_at + 1]).hexdigest()}")
        if not trusted:
            journal.problems.append("the journal's checksum does not match: the file was altered or damaged")
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        text = body[:exc.start].decode("utf-8")  # keep what was written before the damage
        trusted = False
    _read_rows(journal, text, body_start, after_seq, trusted)
    if journal.declared_rows is not None and journal.last_seq_read < journal.declared_rows and not journal.problems:
        journal.problems.append(f"{journal.declared_rows} rows declared, {journal.last_seq_read} found")
    return journal


def _read_rows(journal: Journal, text: str, body_start: int, after_seq: int, trusted: bool) -> None:
    expected = 1
    width = len(COLUMNS) + 1
    reader = csv.reader(io.StringIO(text), strict=True)
    rows = journal.rows
    line_no = body_start + 1
    try:
        for values in reader:
            line_no = body_start + reader.line_num
            if not values:
                continue
            if trusted and len(values) == width and values[0] == str(expected):
                row = JournalRow._make((expected, *values[1:-1]))
            else:
                row = _row(values, journal.event_uid, journal.station_uid)
                if row is None:
                    journal.problems.append(f"line {line_no}: damaged row; it and the rows after it were left out")
                    break
                if row.seq != expected:
                    journal.problems.append(f"line {line_no}: row {row.seq} where {expected} was expected;"
                                            " it and the rows after it were left out")
                    break
            expected += 1
            if row.seq > after_seq:
                rows.append(row)
    except csv.Error as exc:
        journal.problems.append(f"line {line_no}: damaged row ({exc}); it and the rows after it were left out")
    journal.last_seq_read = expected - 1


def _row(values: list[str], event_uid: str, station_uid: str) -> JournalRow | None:
    if len(values) != len(COLUMNS) + 1 or row_crc(event_uid, station_uid, values[:-1]) != values[-1]:
        return None
    try:
        seq = int(values[0])
    except ValueError:
        return None
    if values[1] not in KINDS:
        return None
    return JournalRow._make((seq, *values[1:-1]))
