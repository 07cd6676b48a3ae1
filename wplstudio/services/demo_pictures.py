"""Two small sketches for the demo's modules, drawn as PNG with the standard library only
(the demo must not need an image library): a U-profile with its measures for bending,
and a warning triangle for the safety module. Real companies add photos of their machines."""

from __future__ import annotations

import struct
import zlib
from functools import lru_cache

WIDTH, HEIGHT = 240, 160
WHITE, NAVY, ORANGE = (255, 255, 255), (35, 48, 61), (224, 123, 0)


def _png(pixels: list[bytearray]) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    raw = b"".join(b"\x00" + bytes(row) for row in pixels)
    header = struct.pack(">IIBBBBB", WIDTH, HEIGHT, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def _canvas() -> list[bytearray]:
    return [bytearray(WHITE * WIDTH) for _ in range(HEIGHT)]


def _box(pixels, x0: int, y0: int, x1: int, y1: int, colour) -> None:
    for y in range(max(0, y0), min(HEIGHT, y1)):
        for x in range(max(0, x0), min(WIDTH, x1)):
            pixels[y][3 * x:3 * x + 3] = bytes(colour)


@lru_cache(maxsize=1)
def u_profile() -> bytes:
    """A U-profile seen from the end, with a measure line under it."""
    p = _canvas()
    _box(p, 60, 30, 72, 120, NAVY)     # left flange
    _box(p, 168, 30, 180, 120, NAVY)   # right flange
    _box(p, 60, 108, 180, 120, NAVY)   # web
    _box(p, 60, 136, 180, 139, ORANGE)  # measure line
    _box(p, 60, 130, 63, 145, ORANGE)
    _box(p, 177, 130, 180, 145, ORANGE)
    return _png(p)


@lru_cache(maxsize=1)
def warning_sign() -> bytes:
    """A yellow-orange warning triangle with an exclamation mark."""
    p = _canvas()
    for y in range(20, 140):
        half = (y - 20) * 70 // 120
        _box(p, 120 - half, y, 120 + half + 1, y + 1, ORANGE)
    _box(p, 114, 60, 126, 110, NAVY)
    _box(p, 114, 118, 126, 130, NAVY)
    return _png(p)
