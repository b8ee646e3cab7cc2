"""Text laid out for a terminal, where a Chinese character takes two columns
(widths from core/text_width.py)."""

from __future__ import annotations

import re

from shotgraph.core.text_width import char_width, display_width

_TOKENS = re.compile(r"\s+|[\x21-\x7e\u00a1-\u02ff]+|\S")
"""Spaces, runs of Latin letters, digits and ASCII punctuation (one word), or any other single character."""

NO_LINE_START = set("，。、；：？！）》」』】〉”’,.;:!?)]}%…")
"""Punctuation a line must not start with: it stays with the character before it."""

NO_LINE_END = set("（《「『【〈“‘([{")
"""Punctuation a line must not end with: it goes with the character after it."""


def pad(text: str, width: int) -> str:
    """``text`` followed by spaces up to ``width`` columns."""
    return text + " " * max(0, width - display_width(text))


def truncate(text: str, width: int) -> str:
    """``text`` cut to at most ``width`` columns, ending in an ellipsis when cut."""
    if display_width(text) <= width:
        return text
    kept, used = [], 0
    for char in text:
        used += char_width(char)
        if used > width - 1:
            break
        kept.append(char)
    return "".join(kept) + "…"


def wrap(text: str, width: int, max_lines: int | None = None) -> list[str]:
    """``text`` in lines of at most ``width`` columns (always at least one line).

    Latin text breaks at spaces, Chinese text between any two characters, never before
    closing or after opening punctuation; a word longer than a line is cut. Beyond
    ``max_lines`` the text is cut short, the last line ending in an ellipsis.
    """
    if "\n" not in text and display_width(text) <= width:
        return [text.strip()]
    lines = _fill(text, width)
    if max_lines is not None and len(lines) > max_lines:
        lines = [*lines[:max_lines - 1], truncate(lines[max_lines - 1] + "…", width)]
    return lines


def _fill(text: str, width: int) -> list[str]:
    """``text`` in as many lines of at most ``width`` columns as it needs."""
    lines: list[str] = []
    line: list[str] = []
    used = 0
    for word, spaced in _words(text):
        whole = display_width(word)
        for piece, size in ((word, whole),) if whole <= width else _cut(word, width):
            gap = 1 if spaced and used else 0
            if used and used + gap + size > width:
                lines.append("".join(line))
                line, used, gap = [], 0, 0
            if gap:
                line.append(" ")
            line.append(piece)
            used, spaced = used + gap + size, False
    lines.append("".join(line))
    return lines


def _words(text: str) -> list[tuple[str, bool]]:
    """Unbreakable pieces of ``text``, each with whether a space comes before it.

    Punctuation is joined to the character it belongs with.
    """
    words: list[tuple[str, bool]] = []
    spaced = glue_next = False
    for token in _TOKENS.findall(text):
        if token.isspace():
            spaced, glue_next = True, False
        elif words and not spaced and (glue_next or token[0] in NO_LINE_START):
            words[-1] = (words[-1][0] + token, words[-1][1])
        else:
            words.append((token, spaced))
            spaced = False
        glue_next = not token.isspace() and token[-1] in NO_LINE_END
    return words


def _cut(word: str, width: int) -> list[tuple[str, int]]:
    """A word longer than a line in pieces of at most ``width`` columns, with their widths."""
    pieces: list[tuple[str, int]] = []
    piece, used = "", 0
    for char in word:
        size = char_width(char)
        if piece and used + size > width:
            pieces.append((piece, used))
            piece, used = "", 0
        piece, used = piece + char, used + size
    return [*pieces, (piece, used)]
