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
NO_NAME_COLUMN = "no name column recognised"


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
        return HeaderChoice(index, cells, mapping, source, False, NO_NAME_COLUMN)
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


MAX_SHOWN = 30
# Folded header fragments that suggest a name column, most specific first (guesses for the message only).
_NAME_HINTS = (
    ("first_name", ("prenom", "firstname", "givenname", "الاسمالشخصي")),
    ("last_name", ("nomdefamille", "lastname", "surname", "familyname", "اللقب")),
    ("full_name", ("fullname", "nomcomplet", "identite", "name", "nom", "participant", "اسم")),
)


def suggested_fields(choice: HeaderChoice) -> dict[str, int]:
    """Field -> column to propose: what was recognised, plus a guess at the name column(s).

    A column whose header suggests a given name becomes first_name, and then a "nom"/"name"
    column the family name; otherwise the first name-like column, else the first unrecognised
    one, is taken for the full name. Only a suggestion, for the CLI's refusal line and the
    app's mapping step: the organiser confirms it. Without a name problem, the mapping as is.
    """
    if choice.why != NO_NAME_COLUMN:
        return dict(choice.mapping)
    taken = {i: f for f, i in choice.mapping.items()}
    free = [i for i, c in enumerate(choice.columns) if c.strip() and i not in taken]
    folded = {i: normalise_header(choice.columns[i]) for i in free}
    guess: dict[int, str] = {}
    for field, hints in _NAME_HINTS:
        if field == "full_name" and "first_name" in guess.values():
            field = "last_name"
        if field in guess.values():
            continue
        hit = next((i for i in free if i not in guess and any(h in folded[i] for h in hints)), None)
        if hit is not None:
            guess[hit] = field
    if not guess and free:
        guess[free[0]] = "full_name"
    return {f: i for i, f in {**taken, **guess}.items()}


def suggested_map(choice: HeaderChoice) -> list[tuple[str, str]]:
    """(column, field) pairs, in column order, of ``suggested_fields``."""
    by_index = {i: f for f, i in suggested_fields(choice).items()}
    return [(choice.columns[i].strip(), by_index[i]) for i in sorted(by_index)]


def map_arguments(pairs: list[tuple[str, str]]) -> str:
    """``--map "Column=field" ...`` as a shell takes it (double quotes; a " in a header escaped)."""
    def quoted(text: str) -> str:
        for special in ("\\", '"', "$", "`"):
            text = text.replace(special, "\\" + special)
        return f'"{text}"'

    return " ".join(f"--map {quoted(f'{column}={field}')}" for column, field in pairs)


def refusal(name: str, choice: HeaderChoice) -> str:
    """The one-line message when the header is not sure: the columns seen and how to map them."""
    columns = [c.strip() for c in choice.columns if c.strip()]
    if not columns:
        return f"{name}: no header row found (expected a name column such as Name, Nom complet, First Name)"
    shown = "; ".join(columns[:MAX_SHOWN])
    if len(columns) > MAX_SHOWN:
        shown += f"; … and {len(columns) - MAX_SHOWN} more"
    fields = f"{', '.join(MAPPABLE)}, or ignore"
    if choice.why == NO_NAME_COLUMN:
        return (
            f"{name}: {choice.why} (columns: {shown}); check this guess and import again with it:"
            f" {map_arguments(suggested_map(choice))} (fields: {fields})"
        )
    example = " ".join(f'--map "{c}=FIELD"' for c in columns[:2])
    return f"{name}: {choice.why} (columns: {shown}); say which column is which, e.g. {example} with FIELD one of {fields}"
