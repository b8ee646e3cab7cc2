"""Frame thumbnails for the PDFs: each image decoded once, scaled down, and kept small in memory.

A frame path is relative to the project folder (``base``). A missing, unreadable or
oversized image gives None, and the PDF shows an empty frame instead.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, UnidentifiedImageError
from reportlab.lib.utils import ImageReader

MAX_SOURCE_PIXELS = 80_000_000
"""Larger images are not decoded at all (a 9:16 frame at 8K is about 33 million pixels)."""


class Thumbnails:
    """Scaled-down frames by path, decoded at most once per export."""

    def __init__(self, base: str | Path | None, max_px: int = 360) -> None:
        self.base = Path(base) if base is not None else None
        self.max_px = max_px
        self._cache: dict[str, ImageReader | None] = {}

    def get(self, relative: str | None) -> ImageReader | None:
        """The thumbnail of a frame path, or None when there is no usable image."""
        if not relative:
            return None
        if relative not in self._cache:
            self._cache[relative] = self._load(relative)
        return self._cache[relative]

    def _load(self, relative: str) -> ImageReader | None:
        path = Path(relative)
        if not path.is_absolute():
            if self.base is None:
                return None
            path = self.base / path
        try:
            with Image.open(path) as image:
                if image.width * image.height > MAX_SOURCE_PIXELS:
                    return None
                image.draft("RGB", (self.max_px, self.max_px))
                small = image.convert("RGB")
                small.thumbnail((self.max_px, self.max_px))
                return ImageReader(small)
        except (OSError, UnidentifiedImageError, Image.DecompressionBombError, ValueError):
            return None
