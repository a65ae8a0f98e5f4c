"""Generate the scan sounds (16-bit mono WAV sine tones). Run: python resources/sounds/make_sounds.py

accepted  = two rising tones (friendly), duplicate = one mid tone,
refused   = a low buzz (also used for invalid badges). Distinct in pitch *and* rhythm,
so they can be told apart without looking.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22_050
HERE = Path(__file__).resolve().parent


def tone(freq: float, seconds: float, volume: float = 0.5, buzz: bool = False) -> list[float]:
    n = int(RATE * seconds)
    out = []
    for i in range(n):
        t = i / RATE
        env = min(1.0, i / (RATE * 0.01), (n - i) / (RATE * 0.02))  # no clicks
        s = math.sin(2 * math.pi * freq * t)
        if buzz:  # add odd harmonics: a harsh, unmistakable "no"
            s = 0.6 * s + 0.3 * math.sin(2 * math.pi * 3 * freq * t) + 0.2 * math.sin(2 * math.pi * 5 * freq * t)
        out.append(volume * env * s)
    return out


def silence(seconds: float) -> list[float]:
    return [0.0] * int(RATE * seconds)


def write(name: str, samples: list[float]) -> None:
    with wave.open(str(HERE / name), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(b"".join(struct.pack("<h", int(max(-1, min(1, s)) * 32767)) for s in samples))


def main() -> None:
    write("accepted.wav", tone(880, 0.12) + silence(0.03) + tone(1320, 0.18))
    write("duplicate.wav", tone(660, 0.30))
    write("refused.wav", tone(150, 0.45, volume=0.6, buzz=True))


if __name__ == "__main__":
    main()
