"""What a scan of a badge needs to know, read in one statement.

A desk decides on every scanned badge with four facts: the event's key (to verify the
code), whose code it is, whether the code was revoked, and the latest valid movement at
the checkpoint of that person or of that code (``checkins.latest_move``). Each read alone
costs a statement; at the entrance, where a scan is about as long as the fsync of its
commit, four statements were a tenth of a decision (``docs/BENCHMARKS.md``, issue 12).
Read here together, before the code is known to be genuine: a code on file as an
attendee's badge needs no MAC computed (``codes.check_code(on_file=True)``).
"""

from __future__ import annotations

from dataclasses import dataclass

from checkin.codes import EventKeys
from checkin.store import presence
from checkin.store.attendees import Attendee
from checkin.store.checkins import Movement
from checkin.store.db import Store, field_names
from checkin.store.event import KEY_SQL, keys_from

_PERSON = len(field_names(Attendee))
# Two primary-key probes of presence (the person's row and the code's row) rather than one
# ``IN`` with an ORDER BY: no sorter, two microseconds less (the newer row is picked below).
_FACTS = f"""
SELECT {', '.join('a.' + name for name in field_names(Attendee))},
       p.checkin_id, p.direction, p.at, p.station_uid, p.seq,
       k.checkin_id, k.direction, k.at, k.station_uid, k.seq,
       EXISTS (SELECT 1 FROM revocations r WHERE r.code = ?1),
       {KEY_SQL}
  FROM (SELECT 1)
  LEFT JOIN attendees a ON a.code = ?1
  LEFT JOIN presence p ON p.checkpoint = ?2 AND p.who = CAST(a.id AS TEXT)
  LEFT JOIN presence k ON k.checkpoint = ?2 AND k.who = 'code:' || ?1
"""


def _order(move: tuple) -> tuple:
    return move[2], move[3] or "", move[4] or 0


@dataclass(frozen=True)
class ScanFacts:
    attendee: Attendee | None  # the badge's holder here, None for a walk-in registered elsewhere
    revoked: bool  # the code is revoked (``badges.get_revocation`` tells by whom and why)
    last: Movement | None  # the latest valid movement of the person or the code at the checkpoint
    keys: EventKeys  # the event's


def scan_facts(store: Store, code: str, session_id: int | None) -> ScanFacts:
    """The facts of :mod:`this module <checkin.store.scan>` for a normalised code (genuine or not)."""
    row = store.conn.execute(_FACTS, (code, presence.checkpoint_key(session_id))).fetchone()
    attendee = Attendee(*row[:_PERSON]) if row[0] is not None else None
    person, badge = row[_PERSON:_PERSON + 5], row[_PERSON + 5:_PERSON + 10]
    latest = person if person[0] is not None else None
    # the newer of the two, in the order of checkins.NEWEST_FIRST: time, then station and sequence
    if badge[0] is not None and (latest is None or _order(badge) > _order(latest)):
        latest = badge
    return ScanFacts(attendee, bool(row[-2]), Movement(*latest[:3]) if latest else None, keys_from(store, row[-1]))
