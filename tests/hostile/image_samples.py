"""Pictures, honest and hostile, made byte by byte for the image tests: nothing large is kept on disk."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

from PIL import Image

POSTSCRIPT = (b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 90 160\n"
              b"(VICTIM) deletefile\n(VICTIM) (w) file (owned) writestring\n{ } loop\nshowpage\n")
"""An EPS that deletes a file, writes it again and then never ends, if anything ever ran it."""
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
SVG = b'<svg xmlns="http://www.w3.org/2000/svg" width="90" height="160"><rect width="90" height="160"/></svg>'


def picture(kind: str, size: tuple[int, int] = (9, 16), colour: str = "red") -> bytes:
    """A real picture encoded by Pillow: PNG, JPEG, WEBP, TIFF, GIF, BMP…"""
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, kind)
    return buffer.getvalue()


def eps(victim: Path) -> bytes:
    return POSTSCRIPT.replace(b"VICTIM", str(victim).encode())


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def huge_png(width: int = 100_000, height: int = 100_000) -> bytes:
    """A tiny PNG whose header claims ``width`` × ``height`` pixels."""
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", zlib.compress(b"\0" * 64))
            + _chunk(b"IEND", b""))


def huge_jpeg(width: int = 60_000, height: int = 60_000) -> bytes:
    """A JPEG header stating ``width`` × ``height`` pixels after an application segment."""
    app = b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\0" + b"\0" * 9
    frame = b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, height, width, 1) + b"\x01\x11\x00"
    return b"\xff\xd8" + app + frame + b"\xff\xd9"


def huge_webp() -> bytes:
    """An extended WebP whose canvas is 16,384 × 16,384 pixels (its largest)."""
    body = b"VP8X" + struct.pack("<I", 10) + b"\0\0\0\0" + (16_383).to_bytes(3, "little") * 2
    return b"RIFF" + struct.pack("<I", 4 + len(body)) + b"WEBP" + body


def truncated_png() -> bytes:
    """A real PNG cut off in its pixel data."""
    whole = picture("PNG", (90, 160))
    return whole[: len(whole) // 2]
