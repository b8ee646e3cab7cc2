"""The pictures ShotGraph reads from a project folder, and how it reads them safely.

A storyboard frame, an AI take or a sketch layer comes from a folder a collaborator may
have filled, so a picture is trusted for nothing but its pixels:

- it is read only when its path leads, symlinks followed, to a regular file inside the
  project folder (never a folder, pipe or device, never a file elsewhere on the disk);
- it must be a PNG, JPEG or WebP image, told by its first bytes, not by its name, and it
  is decoded only as that format, so no other decoder (PostScript through Ghostscript,
  PDF, SVG, TIFF…) is ever reached whatever the file holds;
- its width and height are read from its header before any pixel is decoded, so a
  picture claiming more than ``MAX_PIXELS`` is refused without taking memory or time.

Every refusal is an ``ImageRefused`` naming the file; ``reason`` says which rule refused
it, so the editor can word it in the user's language. Readers that show or embed frames
treat a refused picture as no picture (an empty frame), never as a failure.
"""

from __future__ import annotations

import io
import os
import stat
import struct
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from .budgets import MAX_INPUT_BYTES, read_regular_file
from .errors import InputError

ACCEPTED = "PNG, JPEG and WebP"
"""The formats ShotGraph reads, as the user is told."""
MAX_IMAGE_BYTES = MAX_INPUT_BYTES
"""The largest picture file read: 50 MB, far above any storyboard frame."""
MAX_PIXELS = 40_000_000
"""About 8K × 5K: any storyboard frame or AI take fits; a decompression bomb does not."""
MAX_JPEG_SCANS = 100
"""A progressive JPEG has about ten scans; thousands would make decoding take minutes."""

_SUFFIXES = {"PNG": ".png", "JPEG": ".jpg", "WEBP": ".webp"}

MISSING, NOT_A_FILE, TOO_BIG, NOT_ACCEPTED, TOO_MANY_PIXELS, DAMAGED, OUTSIDE = (
    "missing", "not a file", "too big", "not accepted", "too many pixels", "damaged", "outside")


class ImageRefused(InputError):
    """A picture ShotGraph will not read; ``reason`` is one of the constants above, ``values`` its numbers."""

    def __init__(self, file: str | Path, reason: str, message: str, **values: int | float) -> None:
        super().__init__(file, message)
        self.reason = reason
        self.values = values


@dataclass(frozen=True)
class ImageFile:
    """A picture read whole into memory and checked: its bytes, its format and its size in pixels."""

    path: Path
    data: bytes
    format: str
    """``PNG``, ``JPEG`` or ``WEBP``: the only decoder this picture may be given to."""
    width: int
    height: int

    @property
    def suffix(self) -> str:
        """The file name ending that matches the content (``.png``, ``.jpg``, ``.webp``)."""
        return _SUFFIXES[self.format]

    def open(self) -> Image.Image:
        """The picture as a Pillow image, opened by its own format's decoder and no other.

        ImageRefused when Pillow reads another size than the header checked (a file made to mislead).
        """
        image = Image.open(io.BytesIO(self.data), formats=[self.format])
        if image.size != (self.width, self.height):
            image.close()
            raise ImageRefused(self.path, DAMAGED, f"the {self.format} image is damaged (its size is unclear)")
        return image


def sniff_format(head: bytes) -> str | None:
    """The accepted format the first bytes of a file announce, or None."""
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "PNG"
    if head.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "WEBP"
    return None


def inspect_image(data: bytes, file: str | Path, max_pixels: int = MAX_PIXELS) -> ImageFile:
    """Check picture bytes without decoding their pixels; ImageRefused (naming ``file``) when unusable."""
    kind = sniff_format(data[:16])
    if kind is None:
        raise ImageRefused(file, NOT_ACCEPTED, f"not an image ShotGraph reads; {ACCEPTED} images are accepted, "
                                               "recognised by their content")
    size = _header_size(data, kind)
    if size is None:
        raise ImageRefused(file, DAMAGED, f"the {kind} image is damaged (its header cannot be read)")
    width, height = size
    if width * height > max_pixels:
        raise ImageRefused(file, TOO_MANY_PIXELS, f"{width} × {height} pixels is too large; images up to "
                           f"{max_pixels // 1_000_000} megapixels are accepted",
                           width=width, height=height, limit=max_pixels // 1_000_000)
    if kind == "JPEG" and data.count(b"\xff\xda") > MAX_JPEG_SCANS:
        raise ImageRefused(file, DAMAGED, f"the JPEG image has more than {MAX_JPEG_SCANS} scans")
    return ImageFile(Path(file), data, kind, width, height)


def read_image(path: Path, max_bytes: int = MAX_IMAGE_BYTES, max_pixels: int = MAX_PIXELS) -> ImageFile:
    """Read and check the picture at ``path`` (any location: a file the user chose to import)."""
    _check_file(path, max_bytes)
    try:
        data = read_regular_file(path, "image", max_bytes)
    except InputError as error:
        raise ImageRefused(path, NOT_A_FILE, error.message) from None
    return inspect_image(data, path, max_pixels)


def _check_file(path: Path, max_bytes: int) -> None:
    """Refuse, without opening it, what is not a regular file of at most ``max_bytes``."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise ImageRefused(path, MISSING, "no such file") from None
    except OSError as error:
        raise ImageRefused(path, NOT_A_FILE, f"cannot read the file ({error.strerror or error})") from None
    if not stat.S_ISREG(info.st_mode):
        raise ImageRefused(path, NOT_A_FILE, "is a folder, pipe or device, not an image file")
    if info.st_size > max_bytes:
        raise ImageRefused(path, TOO_BIG, f"the file is {info.st_size / 2**20:.0f} MB; images up to "
                           f"{max_bytes // 2**20} MB are accepted", mb=info.st_size / 2**20, limit=max_bytes // 2**20)


def media_file(folder: Path, path: str | Path) -> Path:
    """Where a media path really leads, symlinks followed, when that is inside the project ``folder``.

    ``path`` is relative to the folder (as the project names it) or the folder joined with it.
    ImageRefused(OUTSIDE) when it leads anywhere else.
    """
    root = Path(os.path.realpath(folder))
    candidate = Path(path)
    if candidate.is_absolute():
        try:
            candidate = candidate.relative_to(folder)
        except ValueError:
            raise ImageRefused(path, OUTSIDE, "lies outside the project folder") from None
    if candidate.is_absolute() or ".." in candidate.parts or not candidate.parts:
        raise ImageRefused(path, OUTSIDE, "lies outside the project folder")
    real = Path(os.path.realpath(root / candidate))
    if real == root or not real.is_relative_to(root):
        raise ImageRefused(path, OUTSIDE, "leads outside the project folder")
    return real


def read_media_image(folder: Path | None, path: str | Path, max_bytes: int = MAX_IMAGE_BYTES,
                     max_pixels: int = MAX_PIXELS) -> ImageFile | None:
    """The checked picture a project names, or None when there is no usable picture there."""
    if folder is None or not path:
        return None
    try:
        return read_image(media_file(folder, path), max_bytes, max_pixels)
    except InputError:
        return None


def _header_size(data: bytes, kind: str) -> tuple[int, int] | None:
    """Width and height as the header states them, read without decoding; None when unreadable."""
    size = {"PNG": _png_size, "JPEG": _jpeg_size, "WEBP": _webp_size}[kind](data)
    if size is None or size[0] <= 0 or size[1] <= 0:
        return None
    return size


def _png_size(data: bytes) -> tuple[int, int] | None:
    if len(data) < 24 or data[12:16] != b"IHDR":
        return None
    return struct.unpack(">II", data[16:24])


_JPEG_FRAMES = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}
"""Start-of-frame markers: the segment that states the picture's size."""


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    """Walk the marker segments up to the first start of frame."""
    at = 2
    while at + 4 <= len(data):
        if data[at] != 0xFF:
            return None
        marker = data[at + 1]
        if marker == 0xFF:
            at += 1
            continue
        if marker in (0x01, *range(0xD0, 0xD8)):
            at += 2
            continue
        length = struct.unpack(">H", data[at + 2:at + 4])[0]
        if marker in _JPEG_FRAMES:
            if length < 7 or at + 9 > len(data):
                return None
            height, width = struct.unpack(">HH", data[at + 5:at + 9])
            return width, height
        if marker == 0xDA or length < 2:
            return None
        at += 2 + length
    return None


def _webp_size(data: bytes) -> tuple[int, int] | None:
    """The canvas size from the first chunk: a lossy (VP8), lossless (VP8L) or extended (VP8X) picture."""
    chunk = data[12:16]
    if chunk == b"VP8 " and len(data) >= 30 and data[23:26] == b"\x9d\x01\x2a":
        width, height = struct.unpack("<HH", data[26:30])
        return width & 0x3FFF, height & 0x3FFF
    if chunk == b"VP8L" and len(data) >= 25 and data[20] == 0x2F:
        bits = struct.unpack("<I", data[21:25])[0]
        return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
    if chunk == b"VP8X" and len(data) >= 30:
        return int.from_bytes(data[24:27], "little") + 1, int.from_bytes(data[27:30], "little") + 1
    return None
