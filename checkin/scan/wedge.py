"""USB keyboard-wedge scanners: telling a scanner's keystrokes from a person's, by timing.

A wedge scanner "types" a whole code as a burst of key presses a few
milliseconds apart (typically 2-20 ms, rarely above 30 ms), then maybe Enter
or Tab, or nothing at all, depending on how it was configured. A person types
at 80 ms or more per key. So: keys closer together than ``max_gap`` form a
burst; a burst of at least ``min_length`` characters is a code. A burst ends
on a terminator (Enter / Tab, which is swallowed) or after ``quiet`` seconds
without a key (the caller's timer calls :meth:`poll`).

Keys that turn out not to be a code come back as :class:`Typed` so the UI can
deliver them to the widget that has the focus (search box); at most
``quiet`` seconds later than the person typed them, which nobody notices.

Pure logic, no Qt: the app's event filter feeds ``(char, timestamp)`` pairs.
"""

from __future__ import annotations

from dataclasses import dataclass

TERMINATORS = ("\r", "\n", "\t")


@dataclass(frozen=True)
class Scanned:
    """A code typed by a scanner."""

    code: str
    started: float
    ended: float


@dataclass(frozen=True)
class Typed:
    """Keys a person typed: hand them on to the focused widget, in order."""

    text: str


class WedgeReader:
    """Splits a stream of timed key presses into scanner codes and ordinary typing."""

    def __init__(self, *, max_gap: float = 0.035, quiet: float = 0.06, min_length: int = 6):
        if not 0 < max_gap <= quiet:
            raise ValueError("need 0 < max_gap <= quiet")
        self.max_gap, self.quiet, self.min_length = max_gap, quiet, min_length
        self._keys: list[tuple[str, float]] = []
        self._last_scan_end: float | None = None

    @property
    def pending(self) -> bool:
        """Whether keys are held back waiting for the next key or :meth:`poll`."""
        return bool(self._keys)

    def feed(self, char: str, t: float) -> list[Scanned | Typed]:
        """One key press (a single character; "\\r"/"\\n"/"\\t" for Enter/Tab) at time ``t`` seconds."""
        out: list[Scanned | Typed] = []
        if self._keys and t - self._keys[-1][1] > self.max_gap:
            out += self._finish()
        if char in TERMINATORS:
            if self._keys:
                out += self._finish(char)
            elif self._last_scan_end is not None and t - self._last_scan_end <= self.quiet + self.max_gap:
                pass  # a slow scanner's terminator after a burst already flushed by poll(): swallow it
            else:
                out.append(Typed(char))
            return _merge(out)
        self._keys.append((char, t))
        return _merge(out)

    def poll(self, t: float) -> list[Scanned | Typed]:
        """Call from a timer (every ~20 ms): ends a burst that stopped without a terminator."""
        if self._keys and t - self._keys[-1][1] >= self.quiet:
            return _merge(self._finish())
        return []

    def _finish(self, terminator: str = "") -> list[Scanned | Typed]:
        # Every key in the buffer came within max_gap of the previous one (feed() ends the
        # buffer on any longer gap), so the buffer is one burst: its length alone decides.
        keys, self._keys = self._keys, []
        text = "".join(k for k, _ in keys)
        if len(keys) >= self.min_length:
            self._last_scan_end = keys[-1][1]
            return [Scanned(text, keys[0][1], keys[-1][1])]
        return [Typed(text + terminator)]


def _merge(events: list[Scanned | Typed]) -> list[Scanned | Typed]:
    """Join neighbouring Typed pieces so the UI inserts text in one go."""
    out: list[Scanned | Typed] = []
    for e in events:
        if out and isinstance(e, Typed) and isinstance(out[-1], Typed):
            out[-1] = Typed(out[-1].text + e.text)
        else:
            out.append(e)
    return out
