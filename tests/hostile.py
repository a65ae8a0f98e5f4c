"""Hostile inputs for the fault tests: files built byte by byte, as an attacker or a broken device makes them."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def huge_png(path: Path, width: int = 65535, height: int = 65535) -> Path:
    """A small, well-formed PNG whose header claims ``width`` x ``height`` pixels (gray, 8 bit).

    The pixel data is the start of the zero image (about 130 KB of deflate), as in the reported case.
    """
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    rows = zlib.compress(b"\x00" * (width + 1) * 256, 9)
    png = b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr) + _chunk(b"IDAT", rows) + _chunk(b"IEND", b"")
    path.write_bytes(png)
    return path
