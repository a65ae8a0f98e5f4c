"""An image's size read from its header, before anything is decoded.

A 130 KB PNG can claim 65535 x 65535 pixels: decoding it would ask for 4 GB (OpenCV refuses
with an assertion above 2^30 pixels, after allocating what it can). Reading the header costs
nothing and lets the caller refuse such a file with a sentence. Formats: PNG, JPEG, GIF, BMP,
WebP, PNM; anything else returns None (and is left to the decoder, whose errors are caught).
"""

from __future__ import annotations

import struct

#: Larger than any camera or phone photo (a 50 MP sensor is 8192 x 6144); a badge needs far less.
MAX_PIXELS = 60_000_000


def image_size(head: bytes) -> tuple[int, int] | None:
    """``(width, height)`` from the first bytes of a file (64 KB is plenty), or None if unknown."""
    try:
        if head[:8] == b"\x89PNG\r\n\x1a\n" and head[12:16] == b"IHDR":
            return struct.unpack(">II", head[16:24])
        if head[:6] in (b"GIF87a", b"GIF89a"):
            return struct.unpack("<HH", head[6:10])
        if head[:2] == b"BM":
            w, h = struct.unpack("<ii", head[18:26])
            return abs(w), abs(h)
        if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
            return _webp(head)
        if head[:2] == b"\xff\xd8":
            return _jpeg(head)
        if head[:1] == b"P" and head[1:2] in b"123456" and len(head) > 3:
            fields = head[2:200].split(b"#")[0].split()
            return int(fields[0]), int(fields[1])
    except (struct.error, ValueError, IndexError):
        return None
    return None


def _webp(head: bytes) -> tuple[int, int] | None:
    kind = head[12:16]
    if kind == b"VP8X":
        w = int.from_bytes(head[24:27], "little") + 1
        h = int.from_bytes(head[27:30], "little") + 1
        return w, h
    if kind == b"VP8 ":
        w, h = struct.unpack("<HH", head[26:30])
        return w & 0x3FFF, h & 0x3FFF
    if kind == b"VP8L":
        bits = int.from_bytes(head[21:25], "little")
        return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
    return None


def _jpeg(head: bytes) -> tuple[int, int] | None:
    i = 2
    while i + 9 < len(head):
        if head[i] != 0xFF:
            return None
        marker = head[i + 1]
        if marker == 0xFF:  # fill byte
            i += 1
            continue
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            i += 2
            continue
        length = struct.unpack(">H", head[i + 2:i + 4])[0]
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):  # start of frame
            h, w = struct.unpack(">HH", head[i + 5:i + 9])
            return w, h
        i += 2 + length
    return None


def too_big(head: bytes, max_pixels: int = MAX_PIXELS) -> str | None:
    """Why an image must not be decoded (its header claims too many pixels), or None."""
    size = image_size(head)
    if size and size[0] * size[1] > max_pixels:
        return (f"the image claims {size[0]} x {size[1]} pixels, more than the {max_pixels // 1_000_000}"
                " million this app decodes: not a photo of a badge")
    return None
