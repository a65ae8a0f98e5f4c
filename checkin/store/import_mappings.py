"""Column mappings an organiser confirmed, remembered for the next file with the same headers."""

from __future__ import annotations

import json

from checkin.store.db import Store, utc_now


def remembered_mapping(store: Store, header_key: str) -> dict[str, str] | None:
    """{folded header: field} confirmed earlier for these headers, or None."""
    row = store.conn.execute(
        "SELECT mapping FROM import_mappings WHERE header_key = ?", (header_key,)
    ).fetchone()
    return json.loads(row["mapping"]) if row else None


def remember_mapping(store: Store, header_key: str, mapping: dict[str, str]) -> None:
    """Keep ``mapping`` for files whose headers fold to ``header_key`` (replacing an older one)."""
    with store.transaction() as c:
        c.execute(
            "INSERT INTO import_mappings (header_key, mapping, saved_at) VALUES (?,?,?)"
            " ON CONFLICT (header_key)"
            " DO UPDATE SET mapping = excluded.mapping, saved_at = excluded.saved_at",
            (header_key, json.dumps(mapping, ensure_ascii=False, sort_keys=True), utc_now()),
        )
