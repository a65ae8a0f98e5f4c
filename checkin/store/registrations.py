"""Lookups the registration importer needs to update people instead of duplicating them."""

from __future__ import annotations

from dataclasses import dataclass

from checkin.store.db import Store


@dataclass(frozen=True)
class Identity:
    """The fields an import matches on: external id, then e-mail; the name for access lists."""

    id: int
    external_id: str | None
    email: str
    full_name: str


def attendee_identities(store: Store) -> list[Identity]:
    """Every attendee's matching fields, in id order (one query, for large imports)."""
    rows = store.conn.execute("SELECT id, external_id, email, full_name FROM attendees ORDER BY id")
    return [Identity(r["id"], r["external_id"], r["email"], r["full_name"]) for r in rows]
