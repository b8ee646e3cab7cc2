"""Turning pydantic and integrity failures into one line a user can act on.

A project file can hold thousands of problems after a bad merge; the user needs the
first one, located by its JSON path (``episodes[0].shots[3].camera.size``), and a
count of the rest, not a wall of text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from pydantic import ValidationError

from ..model import Problem

SHOWN_PATHS = 3
"""How many further problem paths a message names after the first problem."""

_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def json_path(loc: Sequence[int | str]) -> str:
    """A pydantic location tuple as a JSON path: ``('episodes', 0, 'id')`` -> ``episodes[0].id``."""
    path = ""
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
        elif part == "[key]":
            path += " (key)"
        elif _IDENTIFIER.match(part):
            path += f".{part}" if path else part
        else:
            path += f"[{_quote(part)}]"
    return path


def _quote(key: str) -> str:
    escaped = key.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'


def brief(value: Any, limit: int = 40) -> str:
    """A short printable form of an input value, cut at ``limit`` characters."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def validation_problems(error: ValidationError) -> list[Problem]:
    """Every problem of a pydantic error, as located, plainly worded problems."""
    return [Problem(json_path(item["loc"]), _describe(item)) for item in error.errors()]


def _describe(item: dict[str, Any]) -> str:
    kind = item["type"]
    if kind == "extra_forbidden":
        return "unknown field, not part of the ShotGraph format (check the spelling)"
    if kind == "missing":
        return "required but missing"
    message = str(item["msg"]).removeprefix("Value error, ")
    return f"{message[:1].lower()}{message[1:]} (got {brief(item['input'])})"


def summary(problems: Sequence[Problem], more: bool = False) -> tuple[str, str]:
    """The location and message of the first problem, noting how many others there are.

    ``more`` says the list was cut short, so the count is a lower bound.
    """
    first, rest = problems[0], problems[1:]
    if not rest:
        return first.path, first.message
    shown = ", ".join(p.path for p in rest[:SHOWN_PATHS])
    etc = ", …" if len(rest) > SHOWN_PATHS else ""
    count = f"{len(rest)}+" if more else str(len(rest))
    return first.path, f"{first.message} (and {count} more: {shown}{etc})"
