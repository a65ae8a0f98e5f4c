"""Identifiers of the rows a station records: UUID version 7 (RFC 9562), as 32 hex digits.

A version-7 id starts with the time in milliseconds, so the ids a desk writes one after
another sort together: each new check-in's entry in the id index lands on the index's
newest page, which the previous scan already brought into memory, instead of a random
page of a million-entry index (one page read and one page written fewer per scan at a
congress; ``benchmarks/wal_pages.py``). The 74 random bits keep ids unique across
stations without coordination, as version 4's 122 did: two stations would need the same
millisecond and the same 74 random bits. Ids made by earlier versions (version 4) stay
valid; nothing reads meaning into an id.
"""

from __future__ import annotations

import os
import time

_VERSION_7 = 0x7 << 76
_VARIANT = 0b10 << 62


def new_id(now_ns: int | None = None) -> str:
    """A fresh UUIDv7, lower-case hex without dashes (the form of ``uuid4().hex``)."""
    ms = (time.time_ns() if now_ns is None else now_ns) // 1_000_000
    rand = int.from_bytes(os.urandom(10), "big")  # 80 bits: 12 for rand_a, 62 for rand_b (6 unused)
    value = ((ms & (2**48 - 1)) << 80) | _VERSION_7 | ((rand >> 68) << 64) | _VARIANT | (rand & (2**62 - 1))
    return f"{value:032x}"
