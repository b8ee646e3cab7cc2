"""Frame thumbnails and the production's logo for the PDFs: each image decoded once, scaled down,
kept small in memory.

A frame path is relative to the project folder (``base``) and is read only as
``core.io.images`` allows: a PNG, JPEG or WebP file inside that folder, decoded by its own
format's decoder (never Ghostscript or another plug-in the file could ask for). Each frame
is decoded at reduced size where the format allows, scaled to fit ``max_px`` and kept as
JPEG bytes (transparent parts white, as on paper), which the PDF embeds as they are. A
missing, refused, damaged or oversized image gives None, and the PDF shows an empty frame
(or, for the production's logo, nothing) instead.
"""

from __future__ import annotations

import io
from collections import OrderedDict
from pathlib import Path

from PIL import Image, UnidentifiedImageError
from reportlab.lib.utils import ImageReader

from shotgraph.core.io.images import MAX_PIXELS, ImageFile, ImageRefused, read_media_image

MAX_SOURCE_PIXELS = MAX_PIXELS
"""Larger images are not decoded at all (a 9:16 frame at 8K is about 33 million pixels)."""
KEPT = 256
"""Thumbnails kept for reuse; the least recently used goes first."""


class Thumbnails:
    """Scaled-down frames by path, decoded at most once while they stay among the recent ones."""

    def __init__(self, base: str | Path | None, max_px: int = 360) -> None:
        self.base = Path(base) if base is not None else None
        self.max_px = max_px
        self._kept: OrderedDict[str, bytes | None] = OrderedDict()

    def get(self, relative: str | None) -> ImageReader | None:
        """The thumbnail of a frame path, or None when there is no usable image."""
        if not relative:
            return None
        if relative in self._kept:
            self._kept.move_to_end(relative)
        else:
            self._kept[relative] = self._load(relative)
            if len(self._kept) > KEPT:
                self._kept.popitem(last=False)
        data = self._kept[relative]
        return None if data is None else ImageReader(io.BytesIO(data))

    def _load(self, relative: str) -> bytes | None:
        picture = read_media_image(self.base, relative, max_pixels=MAX_SOURCE_PIXELS)
        if picture is None:
            return None
        try:
            return self._shrunk(picture)
        except (OSError, UnidentifiedImageError, Image.DecompressionBombError, ValueError, ImageRefused):
            return None

    def _shrunk(self, picture: ImageFile) -> bytes:
        """The picture scaled to fit ``max_px``, as JPEG bytes."""
        with picture.open() as image:
            image.draft("RGB", (self.max_px, self.max_px))
            small = _on_white(image)
        small.thumbnail((self.max_px, self.max_px))
        buffer = io.BytesIO()
        small.save(buffer, "JPEG", quality=85)
        return buffer.getvalue()


def _on_white(image: Image.Image) -> Image.Image:
    """The picture in RGB, its transparent parts white as on paper (a logo is often drawn on nothing)."""
    if image.mode not in ("RGBA", "LA", "PA") and "transparency" not in image.info:
        return image.convert("RGB")
    rgba = image.convert("RGBA")
    paper = Image.new("RGB", rgba.size, "white")
    paper.paste(rgba, mask=rgba.getchannel("A"))
    return paper
