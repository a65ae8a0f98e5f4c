"""How fresh the merged figures are: which other stations' records are in this file, and as of when."""

from __future__ import annotations

from dataclasses import dataclass

from checkin.store.db import Store


@dataclass(frozen=True)
class MergedStation:
    name: str
    uid: str
    records: int  # the station's records merged here (its last sequence number)
    as_of: str  # stored UTC time: when the station wrote what was merged (else when it was merged)


def merged_stations(store: Store) -> list[MergedStation]:
    """Every other station whose records were merged into this file, by name."""
    rows = store.conn.execute(
        "SELECT s.name, s.uid, p.last_seq, COALESCE(p.written_at, p.merged_at) AS as_of"
        " FROM journal_progress p JOIN stations s ON s.uid = p.station_uid"
        " WHERE s.local = 0 AND p.last_seq > 0 ORDER BY s.name, s.uid"
    )
    return [MergedStation(r["name"], r["uid"], r["last_seq"], r["as_of"]) for r in rows]
