"""How many columns a text takes in a terminal or a spreadsheet, where a Chinese character takes two.

Widths follow ``unicodedata.east_asian_width``: wide (W) and fullwidth (F) characters
count 2, combining marks 0, everything else 1 (ambiguous ones too, as most terminals
outside East Asian legacy locales draw them).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache


@lru_cache(maxsize=8192)
def char_width(char: str) -> int:
    """Columns one character takes: 2 wide, 0 combining, else 1."""
    if unicodedata.combining(char):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def display_width(text: str) -> int:
    """Columns ``text`` takes."""
    if text.isascii():
        return len(text)
    return sum(map(char_width, text))
