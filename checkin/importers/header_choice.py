"""Choosing the header row of a registration list with confidence, or saying why not.

The header is the first *wide* row (title lines above it have one or two cells),
and it must look like a header: no e-mail address or date in it, and a name column
recognised, from a known tool's headers, the generic names, or the organiser's own
mapping (``--map "Nom participant=last_name"``, or the import preview's mapping
step). A data row is never taken for the header: a ticket type called
"Participant" in row 5 does not make row 5 a header.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from checkin.importers.headers import ATTENDEE_FIELDS, MAPPABLE, map_headers, normalise_header
from checkin.importers.report import ImportFileError
from checkin.importers.sources import Source, identify, source_mapping

NAME_FIELDS = ("full_name", "first_name", "last_name")
IGNORE = "ignore"
_DATA_CELL = re.compile(r"@|^\s*\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}")
MAX_LEAD = 10


@dataclass
class HeaderChoice:
    """Where the header is, what each column means, and whether that is sure enough to import."""

    index: int  # in the records list; -1 when the file has no wide row at all
    columns: list[str]  # the header row's cells as written
    mapping: dict[str, int]  # field -> column index
    source: Source | None
    confident: bool
    why: str = ""  # when not confident: what is missing, for the message

    @property
    def header_key(self) -> str:
        """The headers, folded, as one string: files with the same columns share a remembered mapping."""
        return "|".join(normalise_header(c) for c in self.columns)


def parse_map(pairs: list[str]) -> dict[str, str]:
    """``["Nom participant=last_name", ...]`` -> {folded header: field}; a bad pair raises ImportFileError."""
    out: dict[str, str] = {}
    for pair in pairs:
        header, sep, field = pair.rpartition("=")
        field = field.strip()
        if not sep or not header.strip():
            raise ImportFileError(f"--map {pair!r}: write it as \"Column header=field\"")
        if field not in MAPPABLE and field != IGNORE:
            raise ImportFileError(
                f"--map {pair!r}: unknown field {field!r} (fields: {', '.join(MAPPABLE)}, or {IGNORE})"
            )
        out[normalise_header(header)] = field
    return out


def first_wide_row(records: list) -> int:
    """The first of the leading rows that holds at least half as many cells as the widest."""
    lead = records[:MAX_LEAD * 3]
    if not lead:
        return -1
    counts = [sum(1 for c in r.cells if c.strip()) for r in lead]
    need = max(1, (max(counts) + 1) // 2)
    if max(counts) >= 3:
        need = max(need, 2)
    return next(i for i, n in enumerate(counts) if n >= need)


def choose_header(records: list, overrides: dict[str, str] | None = None) -> HeaderChoice:
    """The header row and its field mapping, with ``confident`` False when a person must confirm it."""
    overrides = overrides or {}
    index = first_wide_row(records)
    if index < 0 or index >= MAX_LEAD:
        return HeaderChoice(-1, [], {}, None, False, "no header row among the first lines")
    cells = records[index].cells
    generic = map_headers(cells, ATTENDEE_FIELDS)
    source = identify(cells)
    mapping = source_mapping(source, cells, generic) if source else generic
    looks_like_data = any(_DATA_CELL.search(c) for c in cells if c.strip())
    mapping = apply_overrides(cells, mapping, overrides)
    named = any(f in mapping for f in NAME_FIELDS)
    if looks_like_data and not overrides:
        return HeaderChoice(index, cells, mapping, source, False, "the first row holds data, not headers")
    if not named:
        return HeaderChoice(index, cells, mapping, source, False, "no name column recognised")
    return HeaderChoice(index, cells, mapping, source, True)


def apply_overrides(cells: list[str], mapping: dict[str, int], overrides: dict[str, str]) -> dict[str, int]:
    """The mapping with the organiser's choices applied (a column named there serves that field only)."""
    if not overrides:
        return mapping
    folded = [normalise_header(c) for c in cells]
    unknown = [h for h in overrides if h not in folded]
    if unknown:
        raise ImportFileError(
            f"--map names a column the file does not have ({', '.join(unknown)});"
            f" the columns are: {', '.join(c.strip() for c in cells if c.strip())}"
        )
    out = dict(mapping)
    for header, field in overrides.items():
        index = folded.index(header)
        out = {f: i for f, i in out.items() if i != index}
        if field != IGNORE:
            out[field] = index
    return out


def refusal(name: str, choice: HeaderChoice) -> str:
    """The one-line message when the header is not sure: the columns seen and how to map them."""
    shown = [c.strip() for c in choice.columns if c.strip()][:12]
    if not shown:
        return f"{name}: no header row found (expected a name column such as Name, Nom complet, First Name)"
    example = " ".join(f'--map "{c}=FIELD"' for c in shown[:2])
    return (
        f"{name}: {choice.why} (columns: {'; '.join(shown)}); say which column is which, e.g. {example}"
        f" with FIELD one of {', '.join(MAPPABLE)}, or ignore"
    )
