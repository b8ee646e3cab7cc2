"""Fountain's inline markup — boneyard ``/* */``, notes ``[[ ]]``, emphasis ``*`` ``_`` and its
escapes ``\\*``, cue extensions ``(V.O.)`` and scene numbers ``#12A#`` — taken apart in time
proportional to the text.

Regular expressions that search lazily for a closing mark rescan the rest of the text for
every opening without one, so a line of unclosed openings takes minutes; here each closing
is found once (``str.find`` or a sorted list of positions), with the same results.
"""

from __future__ import annotations

import bisect
import re

MAX_EMPHASIS_NESTING = 8
"""Emphasis inside emphasis is undone this many levels deep; a script uses two or three."""
_TRAILING_NUMBER = re.compile(r"#([\w.\-]+)#$")
_DELIMITERS = ("***", "**", "*", "_")
_MARKS = re.compile(r"[*_]")
_PLACES = {mark: re.compile(f"(?={re.escape(mark)})") for mark in _DELIMITERS}
_ESCAPED = {"\\*": "\ufdd0", "\\_": "\ufdd1"}
"""Escaped emphasis marks, held as Unicode noncharacters (kept for a program's own use) meanwhile."""


def without_boneyard(text: str, filler: str = "") -> str:
    """The text with each ``/* … */`` replaced by its line breaks (so line numbers stay true),
    each line it touched marked with ``filler``; an opening never closed is left as it is."""
    pieces, position = [], 0
    while (opening := text.find("/*", position)) >= 0:
        closing = text.find("*/", opening + 2)
        if closing < 0:
            break
        pieces += [text[position:opening], filler + f"\n{filler}" * text.count("\n", opening, closing)]
        position = closing + 2
    pieces.append(text[position:])
    return "".join(pieces)


def split_notes(text: str, *, keep_line_breaks: bool = False) -> tuple[str, list[str]]:
    """The text without its ``[[notes]]`` (each leaving its line breaks when ``keep_line_breaks``),
    and the notes."""
    pieces, notes, position = [], [], 0
    while (opening := text.find("[[", position)) >= 0:
        closing = text.find("]]", opening + 2)
        if closing < 0:
            break
        pieces.append(text[position:opening])
        notes.append(text[opening + 2:closing])
        if keep_line_breaks:
            pieces.append("\n" * notes[-1].count("\n"))
        position = closing + 2
    pieces.append(text[position:])
    return "".join(pieces), notes


def split_cue(cue: str) -> tuple[str, list[str]]:
    """A character cue without its ``(extensions)`` (and the spaces before them), and the extensions."""
    pieces, extensions, position = [], [], 0
    while (opening := cue.find("(", position)) >= 0:
        closing = cue.find(")", opening + 1)
        if closing < 0:
            break
        start = opening
        while start > position and cue[start - 1].isspace():
            start -= 1
        pieces.append(cue[position:start])
        extensions.append(cue[opening + 1:closing])
        position = closing + 1
    pieces.append(cue[position:])
    return "".join(pieces), extensions


def split_scene_number(text: str) -> tuple[str, str | None]:
    """A heading without its trailing ``#12A#`` scene number, and the number (None without one)."""
    stripped = text.rstrip()
    match = _TRAILING_NUMBER.search(stripped)
    if match is None:
        return text, None
    return stripped[:match.start()].rstrip(), match.group(1)


def plain_text(text: str) -> str:
    """The text as read: emphasis marks removed, escaped ones (``\\*``, ``\\_``) kept as plain marks."""
    if "\\" not in text:
        return without_emphasis(text)
    for escaped, held in _ESCAPED.items():
        text = text.replace(escaped, held)
    text = without_emphasis(text)
    for escaped, held in _ESCAPED.items():
        text = text.replace(held, escaped[1])
    return text


def without_emphasis(text: str) -> str:
    """The text without emphasis marks, nested ones too (``**bold *and italic***``)."""
    for _ in range(MAX_EMPHASIS_NESTING):
        plain = _one_level(text)
        if plain == text:
            break
        text = plain
    return text


def _one_level(text: str) -> str:
    """Each leftmost ``*x*``, ``**x**``, ``***x***`` or ``_x_`` (no space inside the marks) replaced by x."""
    if "*" not in text and "_" not in text:
        return text
    closings = _Closings(text)
    pieces, copied = [], 0
    for found in _MARKS.finditer(text):
        start = found.start()
        if start < copied:
            continue
        found_emphasis = _emphasis_at(text, start, closings)
        if found_emphasis is not None:
            end, width = found_emphasis
            pieces += [text[copied:start], text[start + width:end - width]]
            copied = end
    pieces.append(text[copied:])
    return "".join(pieces)


class _Closings(dict[str, list[int]]):
    """For each mark, where it may close emphasis (each place right after a non-space), found
    once per text and only for the marks an opening asks about."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def __missing__(self, mark: str) -> list[int]:
        text = self.text
        found = (m.start() for m in _PLACES[mark].finditer(text))
        self[mark] = [at for at in found if at > 0 and not text[at - 1].isspace()]
        return self[mark]


def _emphasis_at(text: str, start: int, closings: _Closings) -> tuple[int, int] | None:
    """The end of the emphasis opening at ``start`` and the width of its marks: the widest run of
    stars that closes on the same line, with no space just inside either mark."""
    marks = ("_",) if text[start] == "_" else [m for m in _DELIMITERS[:3] if text.startswith(m, start)]
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    for mark in marks:
        body = start + len(mark)
        if body >= len(text) or text[body].isspace():
            continue
        candidates = closings[mark]
        index = bisect.bisect_left(candidates, body + 1)
        if index < len(candidates) and candidates[index] <= line_end:
            return candidates[index] + len(mark), len(mark)
    return None
