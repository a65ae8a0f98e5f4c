"""Debounce: a badge held up for two seconds is one scan, not sixty.

The camera decodes the same code in frame after frame. A code becomes a new
scan only when it had been out of sight for ``absent_after`` seconds; a few
frames where the decoder misses a code that is still there (motion blur, a
glare) are shorter than that and do not split one presentation into two.

Time is whatever the caller gives: the media time of the frame (so a video
replays faster than real time in tests and still means the same), or a
monotonic clock for a live camera.
"""

from __future__ import annotations

from typing import Iterable

DEFAULT_ABSENT_AFTER = 1.2  # s: a person lowering and raising a badge takes longer; a missed frame is 33-66 ms


class Debouncer:
    """Turns per-frame code sightings into scan events."""

    def __init__(self, absent_after: float = DEFAULT_ABSENT_AFTER):
        if absent_after <= 0:
            raise ValueError("absent_after must be positive")
        self.absent_after = absent_after
        self._last_seen: dict[str, float] = {}

    def feed(self, t: float, codes: Iterable[str]) -> list[str]:
        """The codes of one frame at time ``t`` (seconds); returns those that start a new scan.

        Order is kept, and a code that appears twice in one frame counts once.
        Time going backwards (a video restarted, a camera reopened) forgets
        everything, so nothing is suppressed by a stale sighting.
        """
        if self._last_seen and t < max(self._last_seen.values()):
            self._last_seen.clear()
        new: list[str] = []
        for code in dict.fromkeys(codes):
            seen = self._last_seen.get(code)
            if seen is None or t - seen >= self.absent_after:
                new.append(code)
            self._last_seen[code] = t
        # forget codes long gone so the table does not grow over a day of scanning
        if len(self._last_seen) > 64:
            self._last_seen = {c: s for c, s in self._last_seen.items() if t - s < self.absent_after}
        return new

    def reset(self) -> None:
        """Forget every sighting (e.g. when the checkpoint changes)."""
        self._last_seen.clear()
