"""What merging shows the organisers: the rules that make two stations' records a conflict.

Conflicts are derived from the merged records every time they are asked for
(nothing is stored), so they are the same whatever order journals arrived in.

* ``double_admission`` – one person admitted at one checkpoint by two different
  stations with no exit in between (the stations had not yet seen each other's
  records). Both check-ins stay in the export; the person counts once.
* ``checkin_after_undo`` – a station undid a person's check-in, and within
  30 minutes another station admitted the same person at the same checkpoint:
  check that the undo (e.g. "wrong person") and the admission agree.
* ``clock_skew`` – a station's clock is more than 5 minutes from this laptop's,
  seen when its journal arrived through a watched folder, or from records dated
  in the future. Its times are as its clock said; correct them when reading.
* ``duplicate_walkin`` – the same person (same name, accents and case aside, and
  same e-mail) registered as a walk-in at two desks: two attendees, one human.
* ``badge_id_clash`` – two walk-ins drew the same badge code (30 random bits;
  about 4 in 100,000 events of 300 walk-ins). The earliest registration keeps
  the code; the other person needs a new badge.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta

from checkin.store import conflicts as q
from checkin.store.db import Store, from_stored_time
from checkin.store.stations import list_stations
from checkin.text import search_key

KINDS = ("double_admission", "checkin_after_undo", "clock_skew", "duplicate_walkin", "badge_id_clash")
UNDO_WINDOW = timedelta(minutes=30)
CLOCK_TOLERANCE_S = 300.0


@dataclass(frozen=True)
class Conflict:
    kind: str
    attendee: str
    station_a: str
    at_a: str | None
    station_b: str
    at_b: str | None
    detail: str


def _where(checkpoint: str) -> str:
    return f"at {checkpoint}" if checkpoint else "at the entrance"


def find_conflicts(store: Store) -> list[Conflict]:
    """Every conflict in the merged records, by kind then time."""
    return list(iter_conflicts(store))


def iter_conflicts(store: Store) -> Iterator[Conflict]:
    """The same conflicts, one at a time (an export of a big, messy merge never holds them all)."""
    for r in q.double_admissions(store):
        yield Conflict("double_admission", r["attendee"], r["station_a"], r["at_a"], r["station_b"], r["at_b"],
                       f"admitted twice {_where(r['checkpoint'])}, by {r['station_a']} and {r['station_b']}")
    for r in q.checkins_after_undos(store):
        if from_stored_time(r["at_b"]) - from_stored_time(r["at_a"]) <= UNDO_WINDOW:
            why = f" ({r['reason']})" if r["reason"] else ""
            yield Conflict("checkin_after_undo", r["attendee"], r["station_a"], r["at_a"], r["station_b"],
                           r["at_b"], f"check-in undone at {r['station_a']}{why}, then admitted"
                           f" {_where(r['checkpoint'])} at {r['station_b']}")
    for r in q.clock_offsets(store):
        if abs(r["offset_s"]) > CLOCK_TOLERANCE_S:
            minutes = round(r["offset_s"] / 60)
            yield Conflict("clock_skew", "", r["observer"], r["at"], r["observed"], None,
                           f"the clock of {r['observed']} is {abs(minutes)} min"
                           f" {'ahead of' if minutes > 0 else 'behind'} {r['observer']}'s")
    yield from _duplicate_walkins(store)
    yield from _code_clashes(store)


def _duplicate_walkins(store: Store) -> list[Conflict]:
    seen: dict[tuple[str, str], object] = {}
    out = []
    for r in q.walkins(store):
        key = (search_key(r["full_name"]), (r["email"] or "").strip().casefold())
        first = seen.get(key)
        if first is None:
            seen[key] = r
            continue
        out.append(Conflict("duplicate_walkin", r["full_name"], first["station"] or "", first["at"],
                            r["station"] or "", r["at"],
                            f"registered as a walk-in at {first['station']} and again at {r['station']}"))
    return out


def _code_clashes(store: Store) -> list[Conflict]:
    names = {s.uid: s.name for s in list_stations(store)}
    by_code: dict[str, list] = {}
    for r in q.code_claims(store):
        by_code.setdefault(r["code"], []).append(r)
    out = []
    for code, claims in by_code.items():
        first = claims[0]
        at_a, st_a = first["first_key"].split("|")[:2]
        for other in claims[1:]:
            at_b, st_b = other["first_key"].split("|")[:2]
            out.append(Conflict("badge_id_clash", f"{first['name']} / {other['name']}", names.get(st_a, st_a), at_a,
                                names.get(st_b, st_b), at_b,
                                f"badge {code} was issued to both; {first['name']} keeps it,"
                                f" {other['name']} needs a new badge"))
    return out
