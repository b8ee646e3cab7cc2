"""Text drawn into animatic frames: the bundled CJK font at any size, line wrapping, boxed text.

Drawn with Pillow's FreeType renderer and the font the editor and the PDFs use, so Chinese,
English and mixed lines render the same on every system, with or without a display.
"""

from __future__ import annotations

import math
import re
import threading

from PIL import ImageDraw, ImageFont

from shotgraph.fonts import cjk_font_path

Colour = tuple[int, int, int, int]

_PIECES = re.compile(r"[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]|\s+|[^\s\u2e80-\u9fff\uf900-\uffef]+")
"""Where a line may break: around each CJK character, at spaces, never inside a Latin word."""


_FONTS = threading.local()
"""Fonts loaded per thread: a FreeType face must not draw in two threads at once (an export in the
background while the editor's preview plays)."""


def font(size: int) -> ImageFont.FreeTypeFont:
    """The bundled CJK font at ``size`` pixels, loaded once per thread."""
    loaded = _FONTS.__dict__.setdefault("by_size", {})
    if size not in loaded:
        if len(loaded) >= 32:
            loaded.clear()
        loaded[size] = ImageFont.truetype(str(cjk_font_path()), max(1, size), index=0)
    return loaded[size]


def ink_height(text: str, size: int) -> float:
    """How many pixels tall ``text`` draws on one line at ``size``: from its highest to its lowest ink."""
    left, top, right, bottom = font(size).getbbox(text)
    return bottom - top


def size_for_ink(text: str, pixels: float) -> int:
    """The smallest font size at which ``text`` draws at least ``pixels`` tall."""
    size = max(1, math.ceil(pixels * 100 / max(ink_height(text, 100), 1)))
    while ink_height(text, size) < pixels:
        size += 1
    return size


def wrap(text: str, size: int, width: int) -> list[str]:
    """``text`` in lines no wider than ``width`` at ``size`` (a word longer than a line stays whole)."""
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        line = ""
        for piece in _PIECES.findall(paragraph.strip()):
            candidate = line + piece
            if line and not piece.isspace() and font(size).getlength(candidate.rstrip()) > width:
                lines.append(line.rstrip())
                line = piece
            elif line or not piece.isspace():
                line = candidate
        lines.append(line.rstrip())
    return [line for line in lines if line] or [""]


def text_box(lines: list[str], size: int, padding: int) -> tuple[int, int]:
    """Width and height of ``lines`` at ``size`` in a box ``padding`` pixels wider on every side."""
    widths = [font(size).getlength(line) for line in lines]
    return math.ceil(max(widths, default=0)) + 2 * padding, line_height(size) * len(lines) + 2 * padding


def line_height(size: int) -> int:
    """The distance between two lines' baselines at ``size``."""
    return math.ceil(size * 1.25)


def draw_text_box(draw: ImageDraw.ImageDraw, lines: list[str], size: int, at: tuple[int, int], *,
                  padding: int, fill: Colour, box: Colour | None, centred: bool = False) -> None:
    """``lines`` in a box whose top left corner is ``at``; each line centred in the box when asked."""
    width, height = text_box(lines, size, padding)
    x, y = at
    if box is not None:
        draw.rounded_rectangle((x, y, x + width, y + height), radius=max(2, padding // 2), fill=box)
    for number, line in enumerate(lines):
        left = x + padding + ((width - 2 * padding - font(size).getlength(line)) / 2 if centred else 0)
        top = y + padding + number * line_height(size) + (line_height(size) - size) // 2
        draw.text((left, top), line, font=font(size), fill=fill,
                  stroke_width=0 if box is not None else max(1, size // 14), stroke_fill=(0, 0, 0, 255))
