"""The JSON text of a project file, parsed within budgets and without silent losses.

Python's JSON reader keeps the last of two equal keys, so a second ``"shots"`` list in
an episode would silently replace the first; it stops at a number of more than 4,300
digits without saying where; and it may build sixty bytes of objects for each byte it
reads. Here equal keys are refused at their JSON path, an over-long number is kept as a
marker that validation refuses where it sits, and the values a file may hold are
counted before it is parsed.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

from .errors import InputError
from .messages import LONE_SURROGATE, json_path

MAX_JSON_VALUES = 1_500_000
"""Values (objects, lists, strings, numbers) a project file may hold: seven times the 6,000-shot
series (about 200,000), and few enough that parsing stays far inside the memory budget."""
MAX_JSON_OBJECTS = 200_000
"""Records (JSON objects) a project file may hold. A shot takes some 3 KB once read even when
it is only an id and a code, so this keeps checking any file under 700 MB; the 6,000-shot series
holds 35,000, and the largest script ShotGraph imports (30,000 scenes and shots) 154,000."""

_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_BINARY_SIGNATURES = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"PK\x03\x04", b"%PDF", b"RIFF", b"\x1f\x8b")


class HugeNumber:
    """A number with more digits than Python turns into an int; no project field accepts one."""

    __slots__ = ("digits",)

    def __init__(self, digits: int) -> None:
        self.digits = digits

    def __repr__(self) -> str:
        return f"a number of {self.digits:,} digits"


def parse_project_json(data: bytes, file: str | Path) -> tuple[Any, int]:
    """The parsed JSON of a project file's bytes and the most values it can hold, or an InputError
    naming the file and the place."""
    values = check_value_count(data, file)
    text = decode(data, file)
    repeated: list[tuple[dict[str, Any], str]] = []
    document = _loads(text, file, _refusing_repeats(repeated))
    if repeated:
        holder, key = repeated[0]
        where = json_path((*_path_to(document, holder), key))
        raise InputError(file, "this field appears twice in one record, so one of its values would be lost; "
                               "the file was edited by hand or merged badly: keep one of them", where)
    if _SURROGATE_ESCAPE.search(text):
        _refuse_lone_surrogates(document, file)
    return document, values


def _refuse_lone_surrogates(document: Any, file: str | Path) -> None:
    """A ``\\ud800`` escape without its pair decodes to no character: refuse it where it is."""
    pending: list[tuple[Any, tuple[str | int, ...]]] = [(document, ())]
    while pending:
        value, path = pending.pop()
        if isinstance(value, dict):
            bad_key = next((key for key in value if _LONE_SURROGATE.search(key)), None)
            if bad_key is not None:
                raise InputError(file, LONE_SURROGATE, json_path((*path, bad_key)) + " (key)")
            pending.extend((item, (*path, key)) for key, item in reversed(value.items()))
        elif isinstance(value, list):
            pending.extend((item, (*path, index)) for index, item in reversed(list(enumerate(value))))
        elif isinstance(value, str) and _LONE_SURROGATE.search(value):
            raise InputError(file, LONE_SURROGATE, json_path(path))


def check_value_count(data: bytes, file: str | Path) -> int:
    """The most values ``data`` can hold; an InputError, before any is built, if more than a project does.

    Saving can ask the same of the bytes it is about to write, so it never writes a file loading refuses.
    """
    objects = data.count(b"{")
    if objects > MAX_JSON_OBJECTS:
        raise InputError(file, f"holds up to {objects:,} records (JSON objects); a ShotGraph project holds at most "
                               f"{MAX_JSON_OBJECTS:,} (a 6,000-shot series holds about 35,000)")
    most = data.count(b",") + data.count(b"[") + objects + 1
    if most > MAX_JSON_VALUES:
        raise InputError(file, f"holds up to {most:,} JSON values; a ShotGraph project holds at most "
                               f"{MAX_JSON_VALUES:,} (a 6,000-shot series holds about 200,000)")
    return most


def decode(data: bytes, file: str | Path) -> str:
    """The text of a project file: UTF-8, with or without a byte order mark, never a binary file."""
    head = data[:8192]
    if head.startswith(_BINARY_SIGNATURES) or b"\x00" in head:
        raise InputError(file, "a binary file (an image, archive or similar), not a ShotGraph project")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line, column = _line_column(data, error.start)
        raise InputError(
            file, "not UTF-8 text; a ShotGraph project is always UTF-8", f"line {line}, column {column}"
        ) from None


def _line_column(data: bytes, offset: int) -> tuple[int, int]:
    line_start = data.rfind(b"\n", 0, offset) + 1
    return data.count(b"\n", 0, offset) + 1, offset - line_start + 1


def _refusing_repeats(repeated: list[tuple[dict[str, Any], str]]):
    """An object hook noting the first object that repeats a key (its place is found after parsing)."""

    def hook(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        record = dict(pairs)
        if len(record) != len(pairs) and not repeated:
            seen: set[str] = set()
            for key, _ in pairs:
                if key in seen:
                    repeated.append((record, key))
                    break
                seen.add(key)
        return record

    return hook


def _loads(text: str, file: str | Path, hook) -> Any:
    try:
        return json.loads(text, object_pairs_hook=hook)
    except json.JSONDecodeError as error:
        where = f"line {error.lineno}, column {error.colno}"
        if error.pos >= len(text.rstrip()):
            raise InputError(file, f"the file ends too early ({error.msg}); it is truncated", where) from None
        raise InputError(file, f"invalid JSON ({error.msg}); the file is damaged", where) from None
    except RecursionError:
        raise InputError(file, "invalid JSON (nested too deeply); the file is damaged") from None
    except ValueError:
        # Only a number too long to convert gets here: read again, keeping such numbers as markers.
        return json.loads(text, object_pairs_hook=hook, parse_int=_whole_number)


def _whole_number(digits: str) -> int | HugeNumber:
    count = len(digits.lstrip("-"))
    return int(digits) if count <= _max_digits() else HugeNumber(count)


def _max_digits() -> int:
    limit = getattr(sys, "get_int_max_str_digits", lambda: 4300)()
    return limit or 4300


def _path_to(document: Any, target: dict[str, Any]) -> tuple[str | int, ...]:
    """The location of the object ``target`` inside ``document``, found without recursion."""
    pending: list[tuple[Any, tuple[str | int, ...]]] = [(document, ())]
    while pending:
        value, path = pending.pop()
        if value is target:
            return path
        if isinstance(value, dict):
            pending.extend((item, (*path, key)) for key, item in value.items())
        elif isinstance(value, list):
            pending.extend((item, (*path, index)) for index, item in enumerate(value))
    return ()
