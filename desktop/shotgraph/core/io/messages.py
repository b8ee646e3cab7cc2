"""Turning pydantic and integrity failures into one line a user can act on.

A project file can hold thousands of problems after a bad merge; the user needs the
first one, located by its JSON path (``episodes[0].shots[3].camera.size``), and a
count of the rest, not a wall of text.
"""

from __future__ import annotations

import re
import reprlib
from collections.abc import Sequence
from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from ..model import Problem

SHOWN_PATHS = 3
"""How many further problem paths a message names after the first problem."""

LONE_SURROGATE = "text with a lone surrogate escape (such as \\ud800), which is no character; the file is damaged"

KEY_CHARS = 40
"""Characters of a key a path shows: a hostile file's keys can be megabytes long."""

_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_UNPRINTABLE = re.compile(r"[^\S ]|[\x00-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029]")
_SHORT = reprlib.Repr()
_SHORT.maxlevel, _SHORT.maxdict, _SHORT.maxlist, _SHORT.maxstring, _SHORT.maxother = 2, 3, 3, 40, 40


def json_path(loc: Sequence[int | str]) -> str:
    """A pydantic location tuple as a JSON path: ``('episodes', 0, 'id')`` -> ``episodes[0].id``."""
    path = ""
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
        elif part == "[key]":
            path += " (key)"
        elif len(part) <= KEY_CHARS and _IDENTIFIER.fullmatch(part):
            path += f".{part}" if path else part
        else:
            path += f"[{_quote(part)}]"
    return path


def _quote(key: str) -> str:
    """A key as a quoted string on one line: control characters and lone surrogates escaped, cut short."""
    shown = key if len(key) <= KEY_CHARS else key[: KEY_CHARS - 1] + "…"
    escaped = shown.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + _UNPRINTABLE.sub(_escape, escaped) + '"'


def _escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def brief(value: Any, limit: int = 40) -> str:
    """A short printable form of an input value, cut at ``limit`` characters.

    Only the start of a long string and the first items of a list are looked at, so a
    60 MB string or a list nested a thousand deep costs nothing to describe.
    """
    text = repr(value[: limit + 1]) if isinstance(value, str) else _SHORT.repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def unknown_field() -> str:
    """The message for a key the ShotGraph format does not have."""
    return "unknown field, not part of the ShotGraph format (check the spelling)"


def validation_problems(error: ValidationError, prefix: Sequence[int | str] = ()) -> list[Problem]:
    """Every problem of a pydantic error, as located, plainly worded problems.

    ``prefix`` is where the validated value sits in the file, when it is a part of it.
    """
    items = error.errors(include_url=False, include_context=False)
    return [Problem(json_path((*prefix, *item["loc"])), _describe(item)) for item in items]


def _describe(item: ErrorDetails) -> str:
    kind = item["type"]
    if kind == "extra_forbidden":
        return unknown_field()
    if kind == "missing":
        return "required but missing"
    if kind == "string_unicode":
        return LONE_SURROGATE
    message = str(item["msg"]).removeprefix("Value error, ")
    return f"{message[:1].lower()}{message[1:]} (got {brief(item['input'])})"


def summary(problems: Sequence[Problem], more: bool = False, count: int | None = None) -> tuple[str, str]:
    """The location and message of the first problem, noting how many others there are.

    ``count`` is how many problems there are in all, when more were found than listed;
    ``more`` says the search stopped early, so the count is a lower bound.
    """
    first, rest = problems[0], problems[1:]
    others = max(len(rest), (count or 0) - 1)
    if not others:
        return first.path, first.message
    number = f"{others}+" if more else str(others)
    if not rest:
        return first.path, f"{first.message} (and {number} more)"
    shown = ", ".join(p.path for p in rest[:SHOWN_PATHS])
    etc = ", …" if others > len(rest[:SHOWN_PATHS]) else ""
    return first.path, f"{first.message} (and {number} more: {shown}{etc})"
