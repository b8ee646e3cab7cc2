"""Scene headings taught from one example line, for a script laid out in a way ShotGraph does not know.

The user picks a line such as ``第3场 公司 日``. The pattern keeps the literal text before the
example's first number (``第``), takes any number in its place (``3``, ``３``, ``十二``, ``3-2``,
``3.2``, ``12A``) and keeps the marks right after it (``场``, ``】``, ``:``, `` -``). Every line laid
out the same way is a scene heading, and what follows the marks is the rest of the heading: its
time of day, INT/EXT and place words.

An example without a number (``场景：公司门口 日``) keeps its leading word up to and including the
first colon (without a colon, up to the first space). Such headings give no scene number: their
code is empty and the reader numbers those scenes in the order they come.

A pattern is escaped literal text and fixed character classes only, anchored at the line's start
and without nested repetition, so matching a line takes time in proportion to its length.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .chinese_headings import chinese_number

MAX_EXAMPLE_CHARS = 200
"""The longest line that can be an example: a scene heading is a short line."""

_DIGITS = "0-9０-９"
_CHINESE_DIGITS = "零〇一二两三四五六七八九十百"
_SUB_SEPARATORS = "-.．－–"
_NUMBER = (rf"[{_DIGITS}]{{1,6}}(?![{_DIGITS}])(?:[{_SUB_SEPARATORS}][{_DIGITS}]{{1,6}}(?![{_DIGITS}])){{0,3}}"
           rf"(?:[A-Za-z](?![A-Za-z]))?|[{_CHINESE_DIGITS}]{{1,8}}(?![{_CHINESE_DIGITS}])")
"""A scene number: ``3``, ``３``, ``3-2``, ``3.2``, ``12A`` or ``十二``, never part of a longer number."""
_FIRST_NUMBER = re.compile(rf"(?<![{_DIGITS}{_CHINESE_DIGITS}])(?:{_NUMBER})")
_COUNTERS = ("场次", "场景", "场", "幕", "景", "节", "回", "号", "镜")
"""Words that count scenes right after their number: 第3场, 第二幕."""
_MARKS = re.compile(rf"(?:\s*(?:{'|'.join(_COUNTERS)}))?(?:\s*[^\w\s]){{0,3}}")
"""A counting word, then up to three punctuation marks: 场, 】, ``:``, `` -``."""
_COLON = re.compile("[:：]")
_SPACES = r"\s*"
_ALIKE = {char: group for group in ("[:：]", "[-－—–]", "[.．]", "[,，]", "[(（]", "[)）]", r"[\[【]", r"[\]】]")
          for char in group.strip("[]").replace("\\", "")}
"""Marks written full-width or half-width alike."""
_LONE_MARKS = re.compile(r"[-－—–:：|/·]+")
_FULL_WIDTH = str.maketrans("０１２３４５６７８９．－–", "0123456789.--")


@dataclass(frozen=True)
class HeadingPattern:
    """The layout of scene headings, learnt from one example line."""

    example: str
    layout: str
    """The layout as a user reads it: ``第N场``, ``Scene N:``, ``场景：``."""
    numbered: bool
    """Whether headings give a scene number (else the reader numbers the scenes in order)."""
    pattern: re.Pattern[str]

    @classmethod
    def from_example(cls, line: str) -> HeadingPattern:
        """The layout of ``line``; a ValueError when it is empty or too long to be a heading."""
        example = line.strip().lstrip("\ufeff").strip()
        if not example:
            raise ValueError("the example scene heading is empty; pick a line such as 第3场 公司 日")
        if len(example) > MAX_EXAMPLE_CHARS:
            raise ValueError(f"the example line is {len(example):,} characters long; a scene heading of up to "
                             f"{MAX_EXAMPLE_CHARS} characters can be an example")
        number = _FIRST_NUMBER.search(example)
        if number is None:
            return cls._unnumbered(example)
        prefix = example[:number.start()]
        found_marks = _MARKS.match(example, number.end())
        assert found_marks is not None, "every part of the marks is optional: the pattern matches anywhere"
        marks = found_marks.group()
        follows = example[number.end() + len(marks):]
        boundary = "" if marks or (follows and not follows[0].isspace()) else r"(?=\s|$)"
        parts = [*_literal(prefix), _SPACES, f"(?P<number>{_NUMBER})", boundary, _SPACES, *_literal(marks)]
        return cls(example, f"{_shown(prefix)}N{_shown(marks)}", True, _compiled(parts))

    @classmethod
    def _unnumbered(cls, example: str) -> HeadingPattern:
        """An example without a number: its leading word up to the first colon, else up to the first space."""
        colon = _COLON.search(example)
        if colon is not None:
            prefix, boundary = example[:colon.end()], ""
        else:
            prefix, boundary = example.split()[0], r"(?=\s|$)"
        return cls(example, _shown(prefix), False, _compiled([*_literal(prefix), boundary]))

    def match(self, line: str) -> tuple[str, str] | None:
        """The scene code and the rest of the heading (time, INT/EXT and place words) when ``line``
        is laid out like the example; the code is empty when the layout gives no number."""
        found = self.pattern.match(line.strip())
        if found is None:
            return None
        code = _code(found["number"]) if self.numbered else ""
        words = [word for word in found["rest"].split() if not _LONE_MARKS.fullmatch(word)]
        return code, " ".join(words)


def _literal(text: str) -> list[str]:
    """The parts of a pattern matching ``text``: spaces are optional, any number of them around a
    mark, and a mark matches its full-width or half-width form."""
    parts = []
    for char in text:
        if char.isalnum() or char == "_":
            parts.append(re.escape(char))
        elif char.isspace():
            parts.append(_SPACES)
        else:
            parts.extend((_SPACES, _ALIKE.get(char, re.escape(char)), _SPACES))
    return parts


def _compiled(parts: list[str]) -> re.Pattern[str]:
    """The pattern of these parts, then the rest of the heading. Where two parts in a row allow
    spaces they are matched once, so matching never tries ways to split a run of spaces."""
    joined: list[str] = []
    for part in [*parts, _SPACES, "(?P<rest>.*)"]:
        if part and not (part == _SPACES and joined and joined[-1] == _SPACES):
            joined.append(part)
    return re.compile("".join(joined), re.IGNORECASE)


def _shown(text: str) -> str:
    """Literal text as the layout shows it, each run of spaces as one."""
    return re.sub(r"\s+", " ", text)


def _code(number: str) -> str:
    """The scene code a heading's number gives: ``３-2`` as ``3-2``, ``十二`` as ``12``."""
    if number[0] in _CHINESE_DIGITS:
        return str(chinese_number(number))
    return number.translate(_FULL_WIDTH)
