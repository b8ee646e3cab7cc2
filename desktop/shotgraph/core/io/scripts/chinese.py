"""Reading the Chinese micro-drama script convention (docs/scripts.md).

```
第1集 标题
1-1 日 内 总裁办公室
人物：林晓、陈墨
△林晓推门而入，手里端着一杯咖啡。
林晓：陈总，您的咖啡。
陈墨（冷冷地）：放下吧。
```

An unmarked prose line inside a scene is action too (many scripts drop the △);
a line outside any scene is reported and kept as a note of the nearest scene.
Each line is read once, and every pattern is anchored at the line's start, so reading
takes time in proportion to the script's length whatever its lines hold.
"""

from __future__ import annotations

import re
from typing import Protocol

from shotgraph.core.model import IntExt, TimeOfDay

from .parsed import Beat, Notes, ParsedEpisode, ParsedScene, ParsedScript, UnreadLine, check_line, episode_number

_NUMERALS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}

EPISODE = re.compile(r"^第\s*([0-9０-９]+|[零〇一二两三四五六七八九十百]+)\s*集\s*[：:、.．\-—]*\s*(.*)$")
SCENE = re.compile(r"^(?:场景?\s*)?([0-9０-９]+)\s*[-－—–]\s*([0-9０-９]+[A-Za-z]?)\s*[、.．:：]?\s*(.*)$")
CAST = re.compile(r"^(?:人物|出场人物|角色)\s*[：:]\s*(.*)$")
ACTION = re.compile(r"^[△▲]\s*(.*)$")
DIALOGUE = re.compile(r"^([^\s：:（）()△▲【】「」“”\"，。！？、]{1,12})\s*(?:[（(]([^）)]*)[）)])?\s*[：:]\s*(.+)$")
TITLE = re.compile(r"^《(.+)》$")
AUTHOR = re.compile(r"^(?:编剧|作者)\s*[：:]\s*(.+)$")
BRACKETED = re.compile(r"^[（(【\[].*[）)】\]]$")
"""A line wholly in brackets — （转场）, 【音乐起】 — is a note, not a shot."""

TIMES = {
    TimeOfDay.DAY: ("日", "白天", "白日", "早上", "上午", "中午", "下午", "日间"),
    TimeOfDay.NIGHT: ("夜", "夜晚", "晚上", "深夜", "夜间", "午夜"),
    TimeOfDay.DAWN: ("晨", "清晨", "黎明", "凌晨", "早晨"),
    TimeOfDay.DUSK: ("昏", "黄昏", "傍晚", "日落"),
}
PLACES = {IntExt.INT: ("内", "内景"), IntExt.EXT: ("外", "外景"), IntExt.INT_EXT: ("内外", "内/外", "内外景")}
OFF_SCREEN = {"OS": "OS", "O.S.": "OS", "画外": "OS", "画外音": "OS", "VO": "VO", "V.O.": "VO", "旁白": "VO",
              "内心": "VO", "内心独白": "VO", "独白": "VO"}
NOT_SPEAKERS = frozenset({"字幕", "时间", "地点", "画面", "镜头", "场景", "备注", "注", "音效", "音乐", "特效", "闪回",
                          "转场", "提示", "说明"})
"""Words before a colon that label a line rather than name a speaker: "字幕：三年后" is action."""
_WORD_OF = {word: value for table in (TIMES, PLACES) for value, words in table.items() for word in words}
_SEPARATORS = re.compile(r"[\s/／、，,·]+")
_CAST_SEPARATORS = re.compile(r"[、，,；;\s]+")
_FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def looks_chinese(text: str) -> bool:
    """Whether the text has the convention's episode or scene headings."""
    lines = (line.strip() for line in text.splitlines())
    return any(EPISODE.match(line) or _scene_heading(line) for line in lines if line)


class HeadingMatcher(Protocol):
    """Scene headings the user taught from an example line, for a script in no layout ShotGraph knows."""

    def match(self, line: str) -> tuple[str, str] | None:
        """The scene code and the rest of the heading (time, INT/EXT, place) when ``line`` is a heading."""


def parse_chinese(text: str, headings: HeadingMatcher | None = None) -> ParsedScript:
    reader = _Reader(headings)
    number = 0
    for number, raw in enumerate(text.splitlines(), start=1):
        check_line(number, raw)
        line = raw.strip().lstrip("\ufeff")
        if line:
            reader.read(number, line)
    return reader.finish(number)


def chinese_number(text: str) -> int:
    """``12``, ``１２`` or ``十二`` as 12."""
    text = text.translate(_FULL_WIDTH_DIGITS)
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


def _episode_number(line: int, text: str) -> int:
    """The number of a 第N集 heading, refused when it is 0 or too large to be an episode's."""
    digits = text.translate(_FULL_WIDTH_DIGITS)
    if digits.isdecimal() or len(text) > 12:
        return episode_number(line, digits)
    return episode_number(line, text, chinese_number(text))


def _scene_heading(line: str) -> tuple[str, str, list[str]] | None:
    """Episode number, scene code and the heading's words, when the line is a scene heading.

    A heading names a time of day or 内/外 besides its number, so "1-2 个人" in prose is not one.
    """
    match = SCENE.match(line)
    if match is None:
        return None
    words = [w for w in _SEPARATORS.split(match.group(3)) if w]
    if not any(word in _WORD_OF for word in words):
        return None
    return match.group(1).translate(_FULL_WIDTH_DIGITS), match.group(2).translate(_FULL_WIDTH_DIGITS), words


class _Reader:
    """Reads line by line, keeping the episode and scene it is in."""

    def __init__(self, headings: HeadingMatcher | None = None) -> None:
        self.headings = headings
        self.script = ParsedScript()
        self.episode: ParsedEpisode | None = None
        self.scene: ParsedScene | None = None
        self.pending_notes = Notes()
        self.numbered: dict[int, ParsedEpisode] = {}

    def read(self, number: int, line: str) -> None:
        if (match := EPISODE.match(line)) is not None:
            self._start_episode(_episode_number(number, match.group(1)), match.group(2).strip(), number)
        elif self.headings is not None and (taught := self.headings.match(line)) is not None:
            episode = str(self.episode.number) if self.episode is not None else "1"
            self._start_scene(number, line, episode, taught[0], [w for w in _SEPARATORS.split(taught[1]) if w])
        elif (heading := _scene_heading(line)) is not None:
            self._start_scene(number, line, *heading)
        elif (title := TITLE.match(line)) is not None and not self.script.title and self.scene is None:
            self.script.title = title.group(1)
        elif (author := AUTHOR.match(line)) is not None and not self.script.author and self.scene is None:
            self.script.author = author.group(1).strip()
        elif self.scene is None:
            self._unread(number, line, "outside any scene")
        elif (match := CAST.match(line)) is not None:
            self._add_cast(number, match.group(1))
        elif BRACKETED.match(line):
            self.scene.notes.add(number, line)
        elif (match := ACTION.match(line)) is not None:
            self._add_action(number, match.group(1))
        elif (match := DIALOGUE.match(line)) is not None and match.group(1) not in NOT_SPEAKERS:
            self._add_dialogue(number, *match.groups())
        else:
            self._add_action(number, line)

    def _start_episode(self, number: int, title: str, line: int) -> None:
        """Episode ``number``; a heading repeating an earlier episode's number continues that episode."""
        self.scene = None
        self.episode = self.numbered.get(number)
        if self.episode is None:
            self.episode = self.numbered[number] = ParsedEpisode(number, title, line=line)
            self.script.episodes.append(self.episode)
        elif title and not self.episode.title:
            self.episode.title = title

    def _start_scene(self, number: int, line: str, episode: str, code: str, words: list[str]) -> None:
        """A scene of the episode its number names: a script may leave out the 第N集 lines."""
        episode_of_scene = episode_number(number, episode)
        if self.episode is None or self.episode.number != episode_of_scene:
            found = self.numbered.get(episode_of_scene)
            if found is None:
                self._start_episode(episode_of_scene, "", number)
            else:
                self.episode = found
        scene = ParsedScene(number, code, line)
        place = []
        for word in words:
            value = _WORD_OF.get(word)
            if isinstance(value, TimeOfDay) and scene.time_of_day is None:
                scene.time_of_day = value
            elif isinstance(value, IntExt) and scene.int_ext is None:
                scene.int_ext = value
            else:
                place.append(word)
        scene.location = " ".join(place)
        scene.notes, self.pending_notes = self.pending_notes, Notes()
        self.scene = scene
        self.script.add_scene(self.episode, scene)

    def _add_cast(self, number: int, names: str) -> None:
        for name in _CAST_SEPARATORS.split(names):
            if name:
                self.script.add_character(self.scene, number, name)

    def _add_action(self, number: int, text: str) -> None:
        if text:
            self.script.add_beat(self.scene, Beat(number, text))

    def _add_dialogue(self, number: int, speaker: str, cue: str | None, text: str) -> None:
        cue = (cue or "").strip()
        off_screen = OFF_SCREEN.get(cue.upper(), "")
        self.script.add_beat(self.scene, Beat(number, text.strip(), speaker, "" if off_screen else cue, off_screen))
        self.script.add_character(self.scene, number, speaker)

    def _unread(self, number: int, line: str, reason: str) -> None:
        self.script.add_unread(UnreadLine(number, line, reason))
        (self.pending_notes if self.scene is None else self.scene.notes).add(number, line)

    def finish(self, last_line: int) -> ParsedScript:
        if self.pending_notes and self.script.episodes and self.script.episodes[-1].scenes:
            self.script.episodes[-1].scenes[-1].notes.take(self.pending_notes, last_line)
        return self.script
