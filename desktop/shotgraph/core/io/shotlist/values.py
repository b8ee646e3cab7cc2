"""Cell parsers of the shot-list columns: each turns one cell's text into a model value.

A parser gets a stripped, non-blank cell and returns the value, or raises ``BadValue``
with a sentence that names the value and what is accepted. Vocabularies accept the
English and Chinese spellings of docs/shotlist.md, case-insensitively.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from decimal import Decimal
from enum import Enum
from functools import lru_cache, wraps
from typing import Generic, Literal, TypeVar, overload

from shotgraph.core.model import (
    Angle,
    Direction,
    Intent,
    IntExt,
    Look,
    Mode,
    Movement,
    ScreenPos,
    ShotSize,
    Side,
    TimeOfDay,
)
from shotgraph.core.model.base import SEED_RANGE

NAME_MAX = 500
TEXT_MAX = 20_000

_E = TypeVar("_E", bound=Enum)
_T = TypeVar("_T")

_FOLD = re.compile(r"[\s_\-]+")
_WIDE = str.maketrans({"；": ";", "＠": "@", "＞": ">", "＝": "=", "：": ":"})


class BadValue(ValueError):
    """A cell that cannot be read; the message says what was found and what is accepted."""


def fold(text: str) -> str:
    """Lower-case, without spaces, ``_`` and ``-``: how headers and vocabulary words are compared."""
    return _FOLD.sub("", text.strip().lower())


def shown(text: str, limit: int = 40) -> str:
    """A cell as a message quotes it: in quotes, cut short when long."""
    return repr(text) if len(text) <= limit else f"{text[:limit]!r}… ({len(text):,} characters)"


def _spelling(value: Enum, words: Iterable[str]) -> str:
    words = list(words)
    return f"{value.value} ({', '.join(words)})" if words else str(value.value)


class Vocabulary(Generic[_E]):
    """The accepted spellings of one closed column, mapped to model values."""

    def __init__(self, what: str, spellings: dict[_E, Iterable[str]]) -> None:
        self.what = what
        self._lookup: dict[str, _E] = {}
        for value, words in spellings.items():
            for word in (str(value.value), *words):
                self._lookup[fold(word)] = value
        self.accepted = ", ".join(_spelling(value, words) for value, words in spellings.items())
        self._parse = lru_cache(maxsize=256)(self._find)

    def __call__(self, text: str) -> _E:
        return self._parse(text)

    def _find(self, text: str) -> _E:
        try:
            return self._lookup[fold(text)]
        except KeyError:
            raise BadValue(f"{shown(text)} is not {self.what}; accepted: {self.accepted}") from None


MODE = Vocabulary("a mode", {Mode.LIVE: ("real", "实拍"), Mode.AI: ("AI生成",), Mode.HYBRID: ("混合", "实拍+AI")})
INT_EXT = Vocabulary("INT/EXT", {IntExt.INT: ("内",), IntExt.EXT: ("外",), IntExt.INT_EXT: ("内外", "内/外")})
TIME = Vocabulary("a time of day", {
    TimeOfDay.DAWN: ("晨",), TimeOfDay.DAY: ("日",), TimeOfDay.DUSK: ("昏",), TimeOfDay.NIGHT: ("夜",)})
SIZE = Vocabulary("a shot size", {
    ShotSize.EWS: ("大远景",), ShotSize.WS: ("远景",), ShotSize.FS: ("全景",), ShotSize.MS: ("中景",),
    ShotSize.MCU: ("近景",), ShotSize.CU: ("特写",), ShotSize.ECU: ("大特写",), ShotSize.INSERT: ("插入",)})
ANGLE = Vocabulary("a camera angle", {
    Angle.EYE: ("平拍",), Angle.HIGH: ("俯拍",), Angle.LOW: ("仰拍",), Angle.OVERHEAD: ("顶拍",),
    Angle.DUTCH: ("斜角",), Angle.POV: ("主观",), Angle.OTS: ("过肩",)})
MOVEMENT = Vocabulary("a camera movement", {
    Movement.STATIC: ("固定",), Movement.PAN: ("摇",), Movement.TILT: ("俯仰",), Movement.DOLLY_IN: ("推",),
    Movement.DOLLY_OUT: ("拉",), Movement.TRUCK: ("移",), Movement.FOLLOW: ("跟",), Movement.CRANE: ("升降",),
    Movement.HANDHELD: ("手持",), Movement.STEADICAM: ("稳定器",), Movement.DRONE: ("航拍",),
    Movement.ZOOM: ("变焦",)})
SIDE = Vocabulary("a camera side", {Side.A: (), Side.B: ()})
POSITION = Vocabulary("a screen position", {ScreenPos.L: ("左",), ScreenPos.C: ("中",), ScreenPos.R: ("右",)})
LOOK = Vocabulary("a look direction", {Look.L: ("左",), Look.R: ("右",), Look.CAM: ("镜头",)})
DIRECTION = Vocabulary("a direction", {Direction.L: ("左",), Direction.R: ("右",)})
INTENT = Vocabulary("an intent flag", {
    Intent.JUMP_CUT: ("跳切",), Intent.LINE_CROSS: ("越轴",), Intent.MONTAGE: ("蒙太奇",),
    Intent.FLASHBACK: ("闪回",), Intent.POV: ("主观",), Intent.MULTI_LOCATION: ("多地点",),
    Intent.ENDING: ("结尾",)})

_DECIMAL = r"(\d+(?:\.\d*)?|\.\d+)"
_DECIMAL_CHARS = 400
"""Longer decimal cells are refused unread: the tiniest number written out in full needs 330."""
_INTEGER_CHARS = 40
"""Longer whole-number cells are refused unread: a 64-bit number needs 20 digits."""


def _number(pattern: str, what: str, low: float, high: float, *, above: bool = False) -> Callable[[str], float]:
    """A parser of a decimal number with optional unit suffixes, within bounds."""
    regex = re.compile(rf"^{_DECIMAL}\s*{pattern}$", re.IGNORECASE)

    @lru_cache(maxsize=1024)  # sheets repeat the same few durations and lenses
    def parse(text: str) -> float:
        match = regex.match(text) if len(text) <= _DECIMAL_CHARS else None
        value = float(match.group(1)) if match else None
        if value is None or value > high or value < low or (above and value == low):
            raise BadValue(f"{shown(text)} is not {what}")
        return value

    return parse


DURATION = _number(r"(?:s|secs?|seconds?|秒)?", "a duration; accepted: seconds such as 3, 3.5, 3s, 3秒", 0, 36_000)
LENS = _number(r"(?:mm)?", "a focal length; accepted: millimetres such as 35 or 35mm", 0, 2000, above=True)
KELVIN = _number(r"k?", "a colour temperature; accepted: kelvins such as 5600 or 5600K", 0, 100_000, above=True)


def _integer(what: str, low: int | None, high: int | None) -> Callable[[str], int]:
    """A parser of a whole number within bounds (``3.0`` from a spreadsheet counts as 3)."""
    regex = re.compile(r"^([+-]?\d+)(?:\.0*)?$")

    @lru_cache(maxsize=1024)
    def parse(text: str) -> int:
        match = regex.match(text) if len(text) <= _INTEGER_CHARS else None
        value = int(match.group(1)) if match else None
        if value is None or (low is not None and value < low) or (high is not None and value > high):
            raise BadValue(f"{shown(text)} is not {what}")
        return value

    return parse


EPISODE = _integer("an episode number; accepted: a whole number from 1", 1, None)
STORY_DAY = _integer("a story day; accepted: a whole number from 0", 0, None)
EMOTION = _integer("an emotion level; accepted: 0, 1, 2 or 3", 0, 3)
SEED = _integer("a seed; accepted: a whole number that fits 64 bits", *SEED_RANGE)


def plain_number(value: float) -> str:
    """A number as the parsers read it back exactly: ``3``, ``3.5``, ``0.00001`` (never ``1e-05``)."""
    if value.is_integer():
        return str(int(value))
    return format(Decimal(repr(value)), "f")


def name(text: str) -> str:
    """A short name (code, location, model): at most ``NAME_MAX`` characters."""
    if len(text) > NAME_MAX:
        raise BadValue(f"{text[:20]!r}… is too long; accepted: at most {NAME_MAX} characters")
    return text


def text(value: str) -> str:
    """Free text: at most ``TEXT_MAX`` characters."""
    if len(value) > TEXT_MAX:
        raise BadValue(f"{value[:20]!r}… is too long; accepted: at most {TEXT_MAX} characters")
    return value


def entries(cell: str) -> list[str]:
    """The non-blank ``;``-separated entries of a cell (full-width ``；`` too)."""
    return [part.strip() for part in cell.translate(_WIDE).split(";") if part.strip()]


def _entry_name(value: str, entry: str, seen: set[str]) -> str:
    """Check one entry's name: present, short, and not named twice in the cell."""
    if not value:
        raise BadValue(f"{entry!r} has no name")
    if value in seen:
        raise BadValue(f"{value!r} is named twice")
    seen.add(value)
    return name(value)


def once_per_cell(parse: Callable[[str], list[_T]]) -> Callable[[str], list[_T]]:
    """``parse`` for cells that repeat from row to row (a scene's cast, its props, looks and
    references): each distinct cell is read once, and every row still gets a list of its own."""
    read = lru_cache(maxsize=1024)(lambda cell: tuple(parse(cell)))

    @wraps(parse)
    def parse_once(cell: str) -> list[_T]:
        return list(read(cell))

    return parse_once


_CHARACTER = re.compile(r"^(?P<name>[^@>]*?)\s*(?:@\s*(?P<pos>[^>]*?))?\s*(?:>\s*(?P<look>.*))?$")
CHARACTERS_ACCEPTED = "NAME[@POS][>LOOK] separated by ';', POS L C R (左 中 右), LOOK L R CAM (左 右 镜头)"


@once_per_cell
def characters(cell: str) -> list[tuple[str, ScreenPos | None, Look | None]]:
    """``林晓@L>R; 陈墨@R>L`` as (name, position, look) triples."""
    result: list[tuple[str, ScreenPos | None, Look | None]] = []
    seen: set[str] = set()
    for entry in entries(cell):
        match = _CHARACTER.match(entry)
        if match is None or "@" in (match["pos"] or "") or ">" in (match["look"] or ""):
            raise BadValue(f"{entry!r} is not a character entry; accepted: {CHARACTERS_ACCEPTED}")
        try:
            pos = POSITION(match["pos"]) if match["pos"] else None
            look = LOOK(match["look"]) if match["look"] else None
        except BadValue as error:
            raise BadValue(f"in {entry!r}: {error}") from None
        result.append((_entry_name(match["name"], entry, seen), pos, look))
    return result


@overload
def pairs(cell: str, separator: str, accepted: str, *, optional: Literal[False] = False) -> list[tuple[str, str]]: ...


@overload
def pairs(cell: str, separator: str, accepted: str, *, optional: bool) -> list[tuple[str, str | None]]: ...


def pairs(cell: str, separator: str, accepted: str, *,
          optional: bool = False) -> list[tuple[str, str]] | list[tuple[str, str | None]]:
    """``NAME=VALUE`` entries as (name, value) pairs; with ``optional``, ``NAME`` alone gives None."""
    result: list[tuple[str, str | None]] = []
    seen: set[str] = set()
    for entry in entries(cell):
        key, found, value = entry.partition(separator)
        key, value = key.strip(), value.strip()
        if not (found and value) and not optional:
            raise BadValue(f"{entry!r} is not an entry; accepted: {accepted}")
        result.append((_entry_name(key, entry, seen), name(value) if value else None))
    return result


@once_per_cell
def motion(cell: str) -> list[tuple[str, Direction]]:
    """``林晓>L`` entries as (name, direction) pairs."""
    accepted = "NAME>DIR separated by ';', DIR L or R (左 右)"
    result = []
    for key, value in pairs(cell, ">", accepted):
        try:
            result.append((key, DIRECTION(value)))
        except BadValue as error:
            raise BadValue(f"in {key}>{value}: {error}") from None
    return result


@once_per_cell
def wardrobe(cell: str) -> list[tuple[str, str]]:
    return pairs(cell, "=", "NAME=LOOK separated by ';'")


@once_per_cell
def ai_refs(cell: str) -> list[tuple[str, str]]:
    return pairs(cell, "=", "NAME=REF separated by ';'")


@once_per_cell
def props(cell: str) -> list[tuple[str, str | None]]:
    return pairs(cell, "=", "PROP or PROP=STATE separated by ';'", optional=True)


def after(cell: str) -> list[str]:
    """Codes of the shots this one follows; ``-`` gives the empty list (no predecessor)."""
    codes = entries(cell)
    if codes == ["-"]:
        return []
    if "-" in codes:
        raise BadValue(f"{cell!r} mixes '-' with shot codes; accepted: shot codes separated by ';', or '-'")
    return [name(code) for code in dict.fromkeys(codes)]


def plate(cell: str) -> tuple[str, str]:
    """``("shot", CODE)`` or ``("asset", NAME)`` for ``asset:NAME``."""
    head, found, rest = cell.translate(_WIDE).partition(":")
    if found and head.strip().lower() == "asset":
        if not rest.strip():
            raise BadValue(f"{cell!r} names no asset; accepted: a shot code or asset:NAME")
        return "asset", name(rest.strip())
    return "shot", name(cell)


def intents(cell: str) -> list[Intent]:
    """Intent flags, sorted and unique as the model keeps them."""
    return sorted({INTENT(entry) for entry in entries(cell)})
