"""Episode and scene headings of Chinese scripts, in the layouts writers use (docs/scripts.md).

```
第1集 初遇 · 第一集：初遇 · # 第 1 集 · EP01 · Episode 3
1-1 日 内 总裁办公室 · 1-1 总裁办公室 日内 · 23-1，外，武当山玄岳门，日 · **1-1 日 外 乡村公路**
【1-1】日 内 客厅 · 1 张三卧室 日内 (inside an episode) · 第3场 夜 外 街道
8-1            ← the number alone, then 场景：夜 内 堂屋 (or 地点：/时间： lines)
```

A heading's words (time of day, 内/外, place) come in any order, separated by spaces or
commas or joined (``日内``); a word that is none of the known ones is the place, which keeps
its own ``/`` (``乡村公路/大巴车``). Every pattern is anchored at the line's start.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from shotgraph.core.model import IntExt, TimeOfDay

_NUMERALS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_FULL_WIDTH = str.maketrans({**{chr(0xFF10 + i): str(i) for i in range(10)}, "－": "-",
                             **{chr(0xFF21 + i): chr(0x41 + i) for i in range(26)},
                             **{chr(0xFF41 + i): chr(0x61 + i) for i in range(26)}})
_CHINESE_NUMBER = "[零〇一二两三四五六七八九十百]+"

EPISODE = re.compile(rf"^第\s*([0-9]+|{_CHINESE_NUMBER})\s*集\s*[：:、.．\-—]*\s*(.*)$")
LATIN_EPISODE = re.compile(r"^(?:episode|ep)\s*\.?\s*(\d+)\s*[：:、.．\-—]*\s*(.*)$", re.IGNORECASE)
SCENE = re.compile(r"^(\d+)\s*[-—–]\s*(\d+[A-Za-z]?)(?![\d.:：\-])\s*[、.．:：，,]?\s*(.*)$")
_NUMBER = rf"[0-9]+|{_CHINESE_NUMBER}"
SCENE_IN_EPISODE = re.compile(rf"^(?:第\s*({_NUMBER})\s*场|场[景次]?\s*({_NUMBER})(?![\d\-])"
                              r"|(\d+[A-Za-z]?)(?![\d.:：\-]))\s*[、.．:：，,]?\s*(.*)$")
DETAIL = re.compile(r"^(场景|地点|时间)\s*[：:]\s*(.*)$")
"""A heading spread over lines: 场景：夜 内 堂屋, 地点：堂屋, 时间：夜."""
_WRAPPERS = re.compile(r"^(?:#+\s*|\*\*|__)?(.*?)(?:\*\*|__)?$")
_BRACKETED_NUMBER = re.compile(r"^[【\[]\s*([^】\]]{1,30})\s*[】\]]\s*(.*)$")
_HEADING_STARTS = frozenset("#*_【[第场EeＥｅ")
"""What a heading's line starts with when not with a digit: a wrapper, 第 or 场, or EP/Episode."""
_SEPARATORS = re.compile(r"[\s、，,·;；]+")

TIMES = {
    TimeOfDay.DAWN: ("凌晨", "黎明", "清晨", "晨", "早", "早晨", "拂晓"),
    TimeOfDay.DAY: ("日", "白天", "上午", "中午", "下午", "白日", "日间", "早上"),
    TimeOfDay.DUSK: ("黄昏", "傍晚", "昏", "日落"),
    TimeOfDay.NIGHT: ("夜", "夜晚", "深夜", "晚", "晚上", "夜间", "午夜"),
}
PLACES = {IntExt.INT: ("内", "内景"), IntExt.EXT: ("外", "外景"),
          IntExt.INT_EXT: ("内外", "内/外", "外/内", "内外景", "内/外景")}
LATIN_WORDS: dict[str, TimeOfDay | IntExt] = {
    "DAY": TimeOfDay.DAY, "NIGHT": TimeOfDay.NIGHT, "DAWN": TimeOfDay.DAWN, "DUSK": TimeOfDay.DUSK,
    "MORNING": TimeOfDay.DAY, "EVENING": TimeOfDay.DUSK, "INT": IntExt.INT, "EXT": IntExt.EXT,
    "INT/EXT": IntExt.INT_EXT, "I/E": IntExt.INT_EXT}
"""Heading words of a layout taught from an example line, which may be written in English."""
WORDS: dict[str, TimeOfDay | IntExt] = {word: value for table in (TIMES, PLACES)
                                        for value, words in table.items() for word in words}
_LONGEST_WORD = max(map(len, WORDS))


@dataclass
class HeadingWords:
    """What a scene heading's words say; ``place`` is the location as written."""

    time_of_day: TimeOfDay | None = None
    int_ext: IntExt | None = None
    place: str = ""

    @property
    def names_time_or_place(self) -> bool:
        return self.time_of_day is not None or self.int_ext is not None


def may_be_heading(line: str) -> bool:
    """Whether the line starts as an episode or scene heading can; most lines of a script do not, and
    are not looked at further."""
    first = line[:1]
    return first in _HEADING_STARTS or first.isdigit() or first.isspace()


def normalised(line: str) -> str:
    """The line with full-width digits, letters and dash made plain, for heading patterns."""
    return line.translate(_FULL_WIDTH)


def unwrapped(line: str) -> str:
    """A heading without Markdown wrappers (``## …``, ``**…**``) and with ``【1-1】`` unbracketed."""
    wrapped = _WRAPPERS.match(line)
    assert wrapped is not None, "the wrappers are optional: the pattern matches any line"
    line = wrapped.group(1).strip()
    if (bracketed := _BRACKETED_NUMBER.match(line)) is not None:
        inner = bracketed.group(1).strip()
        if EPISODE.match(inner) or SCENE.match(inner) or SCENE_IN_EPISODE.match(inner):
            line = f"{inner} {bracketed.group(2)}".strip()
    return line


def chinese_number(text: str) -> int:
    """``12``, ``１２`` or ``十二`` as 12."""
    text = normalised(text)
    if text.isdigit():
        return int(text)
    total, digit = 0, 0
    for char in text:
        if char == "百":
            total, digit = total + max(digit, 1) * 100, 0
        elif char == "十":
            total, digit = total + max(digit, 1) * 10, 0
        else:
            digit = _NUMERALS[char]
    return total + digit


def heading_words(text: str, latin: bool = False) -> HeadingWords:
    """The time, INT/EXT and place a heading's words give, in any order."""
    words = HeadingWords()
    place = []
    tokens = [token for token in _SEPARATORS.split(text) if token]
    for index, token in enumerate(tokens):
        values = _decomposed(token, latin)
        rest = "" if values is not None else token
        if values is None and index in (0, len(tokens) - 1):
            rest, values = _split_glued(token, latin)
        for value in values or ():
            if isinstance(value, TimeOfDay) and words.time_of_day is None:
                words.time_of_day = value
            elif isinstance(value, IntExt) and words.int_ext is None:
                words.int_ext = value
        if rest:
            place.append(rest)
    words.place = " ".join(place)
    return words


def _decomposed(token: str, latin: bool) -> list[TimeOfDay | IntExt] | None:
    """The heading words a token is made of (``日内`` is 日 and 内), or None when it is a place."""
    if latin and token.upper() in LATIN_WORDS:
        return [LATIN_WORDS[token.upper()]]
    if token in WORDS:
        return [WORDS[token]]
    if len(token) > 4 * _LONGEST_WORD:
        return None
    found: list[TimeOfDay | IntExt] = []
    position = 0
    while position < len(token):
        if token[position] == "/" and found:
            position += 1
            continue
        for size in range(min(_LONGEST_WORD, len(token) - position), 0, -1):
            if token[position:position + size] in WORDS:
                found.append(WORDS[token[position:position + size]])
                position += size
                break
        else:
            return None
    return found


def _split_glued(token: str, latin: bool) -> tuple[str, list[TimeOfDay | IntExt] | None]:
    """A place glued to a time and 内/外 (``总裁办公室日内``, ``客厅/日/内``): the place and the words,
    when the glued part names a time and 内/外 once each (so a place such as ``车内`` stays whole,
    and ``车内日内`` is 车内 by day, not 车 with 内 twice)."""
    for size in range(min(len(token) - 1, 2 * _LONGEST_WORD), 1, -1):
        for place, glued in ((token[:-size], token[-size:]), (token[size:], token[:size])):
            values = _decomposed(glued, latin)
            if values and len(values) == 2 and len({type(v) for v in values}) == 2:
                return place.strip("/"), values
    return token, None


@dataclass(frozen=True)
class SceneHeading:
    """A scene heading as read: its episode (None for the current one), code and words."""

    episode: str | None
    code: str
    words: HeadingWords
    text: str


def scene_heading(line: str, next_line: str = "") -> SceneHeading | None:
    """The scene heading ``line`` is, if any.

    A heading names a time of day or 内/外 besides its number ("1-2 个人" in prose is not one),
    unless its details follow on the next line (``场景：``, ``地点：``, ``时间：``), or it is
    an episode-scene number alone (``8-1``).
    """
    if not may_be_heading(line):
        return None
    text = unwrapped(normalised(line))
    details = DETAIL.match(next_line) is not None
    if (match := SCENE.match(text)) is not None:
        episode, code, rest = match.groups()
        alone = not rest
    elif (match := SCENE_IN_EPISODE.match(text)) is not None:
        numeral, digits, plain, rest = match.groups()
        number = numeral or digits
        episode, code = None, str(chinese_number(number)) if number else plain
        alone = not plain and not rest
    else:
        return None
    words = heading_words(rest)
    if not (words.names_time_or_place or alone or details):
        return None
    return SceneHeading(episode, code, words, text)


def episode_heading(line: str) -> tuple[str, str] | None:
    """The number (as written) and title of an episode heading, if ``line`` is one."""
    if not may_be_heading(line):
        return None
    text = unwrapped(normalised(line))
    match = EPISODE.match(text) or LATIN_EPISODE.match(text)
    return None if match is None else (match.group(1), match.group(2).strip().strip("*_").strip())
