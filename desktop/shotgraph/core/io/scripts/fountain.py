"""Reading Fountain screenplays for planning, element by element as fountain.io/syntax defines them.

The text is read a paragraph at a time (lines between blank lines; a line of exactly two spaces,
or one emptied by the boneyard, keeps its paragraph going), in one pass; a paragraph longer
than a shot can hold is refused at its first line. What each element becomes:

- title page: Title, Author(s), Draft date; its other keys are notes of the first scene;
- scene heading (``INT``, ``EXT``, ``EST``, ``INT./EXT``, ``INT/EXT``, ``EXT/INT``, ``I/E``,
  ``E/I`` in any case, then ``.`` or a space; or forced ``.HEADING``): a scene with INT/EXT,
  the place, the time of day and its ``#12A#`` number;
- character cue (upper case, or forced ``@``; a Chinese name needs the ``@``), parentheticals,
  dialogue and ``~`` lyrics: one dialogue shot; ``(V.O.)`` (and a narrator, 旁白) is a voice
  for post, ``(O.S.)`` a voice off screen of the scene cast; dual dialogue ``^`` is a shot per
  speaker;
- action (forced ``!``, centred ``>text<``, lyrics on their own): one shot;
- transition (upper case ending in ``TO:``, or forced ``>``): a note on the shot before it;
- sections ``#`` (``# Episode 2: Title`` and ``# 第二集`` start episodes), synopses ``=`` and
  notes ``[[…]]``: scene notes, a section or synopsis before a heading going to that scene;
- boneyard ``/* */`` and page breaks ``===`` leave nothing; emphasis marks are removed.

Text before the first scene is reported with its line number and kept as a note of the next.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from shotgraph.core.io.budgets import MAX_LINE_CHARS
from shotgraph.core.model import IntExt, TimeOfDay

from .chinese_headings import EPISODE as CHINESE_EPISODE
from .chinese_headings import chinese_number
from .chinese_lines import NARRATORS as CHINESE_NARRATORS
from .markup import plain_text, split_cue, split_notes, split_scene_number, without_boneyard
from .parsed import (
    MAX_TEXT_CHARS,
    Beat,
    Notes,
    ParsedEpisode,
    ParsedScene,
    ParsedScript,
    ScriptError,
    UnreadLine,
    episode_number,
)

HEADING = re.compile(r"(INT\.?/EXT|EXT\.?/INT|I\.?/E|E\.?/I|INT|EXT|EST)[.\s]\s*(.*)", re.IGNORECASE)
SECTION_EPISODE = re.compile(r"(?:episode|ep\.?)\s*(\d+)\s*[:.\-—]?\s*(.*)", re.IGNORECASE)
TITLE_KEY = re.compile(r"([A-Za-z][A-Za-z ]*?):\s*(.*)")
PLACES = {"INT": IntExt.INT, "EXT": IntExt.EXT, "EST": IntExt.EXT}
TITLE_PAGE_KEYS = {"title", "credit", "author", "authors", "source", "draft date", "contact", "copyright", "notes"}
"""The keys a title page's first line may have (fountain.io's list); later lines may have any key."""

TIMES = {
    TimeOfDay.DAY: ("DAY", "MORNING", "AFTERNOON", "NOON", "MIDDAY", "DAYTIME", "日", "白天"),
    TimeOfDay.NIGHT: ("NIGHT", "LATE NIGHT", "MIDNIGHT", "EVENING NIGHT", "夜", "夜晚", "晚上"),
    TimeOfDay.DAWN: ("DAWN", "SUNRISE", "EARLY MORNING", "FIRST LIGHT", "晨", "清晨", "黎明"),
    TimeOfDay.DUSK: ("DUSK", "SUNSET", "EVENING", "MAGIC HOUR", "TWILIGHT", "昏", "黄昏", "傍晚"),
}
_TIME_OF = {word: time for time, words in TIMES.items() for word in words}
CONTINUITY = {"CONTINUOUS", "CONTINUED", "CONT'D", "CONT’D", "SAME", "SAME TIME", "FLASHBACK", "PRESENT",
              "PRESENT DAY", "闪回", "回忆", "同时", "稍后", "连续"}
"""Heading words that tell when a scene happens without a time of day: they end the place."""
OFF_SCREEN = {"VO": "VO", "VOICEOVER": "VO", "旁白": "VO",
              "OS": "OS", "OC": "OS", "OFF": "OS", "OFFSCREEN": "OS", "OFFCAMERA": "OS", "画外": "OS", "画外音": "OS"}
"""Cue extensions (dots, spaces and hyphens left out) that put a voice off screen (OS) or in post (VO)."""
NARRATORS = {"NARRATOR", *CHINESE_NARRATORS}
"""Cues whose voice is for post even without a (V.O.)."""

_SEPARATOR = re.compile(r" (?:--?|–|—) ")
_BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_FULL_WIDTH_BRACKETS = str.maketrans("（）", "()")
_BONEYARD_MARK = "\x00"
"""Marks the lines a boneyard touched (a script file never holds a NUL)."""
_TWO_SPACES = "  "


def looks_like_fountain(text: str) -> bool:
    """Whether the text has at least one Fountain scene heading (the first line of a paragraph)."""
    return any(_heading(block[0].strip()) is not None for _, block in _blocks(_clean(text), None))


def parse_fountain(text: str) -> ParsedScript:
    reader = _Reader()
    blocks = _blocks(_clean(text), MAX_LINE_CHARS)
    first = next(blocks, None)
    if first is not None and _is_title_page(first[1]):
        reader.title_page(*first)
    elif first is not None:
        reader.read(*first)
    for line, block in blocks:
        reader.read(line, block)
    return reader.finish()


def _clean(text: str) -> str:
    """One kind of line break, and no boneyard (the lines it touched are marked, so line
    numbers stay true and a paragraph it sat in keeps going)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff").replace(_BONEYARD_MARK, "")
    return without_boneyard(text, _BONEYARD_MARK)


def _blocks(text: str, max_chars: int | None) -> Iterator[tuple[int, list[str]]]:
    """Paragraphs with the line number of their first line; a line of two spaces or one emptied
    by the boneyard stays in its paragraph as an empty line. Each is refused as soon as its text
    grows longer than ``max_chars``."""
    current: list[str] = []
    start = length = 0
    for number, line in enumerate(text.split("\n"), start=1):
        if _BONEYARD_MARK in line:
            line = line.replace(_BONEYARD_MARK, "")
            if not line.strip():
                if current:
                    current.append("")  # the boneyard's lines hold no text and end no paragraph
                continue
        stripped = line.strip()
        if stripped and not _is_page_break(stripped):
            start, length = (number, -1) if not current else (start, length)
            current.append(line.rstrip())
        elif line == _TWO_SPACES and current:
            current.append("")
        else:
            if current:
                yield start, _trimmed(current)
                current = []
            continue
        length += len(current[-1]) + 1
        if max_chars is not None and length > max_chars:
            raise ScriptError(start, f"the paragraph starting here is more than {max_chars:,} characters "
                                     f"long; paragraphs of up to {max_chars:,} characters are read")
    if current:
        yield start, _trimmed(current)


def _trimmed(block: list[str]) -> list[str]:
    while not block[-1]:
        block.pop()
    return block


def _is_page_break(stripped: str) -> bool:
    """Three or more ``=`` alone on a line."""
    return stripped.startswith("===") and not stripped.strip("=")


def _is_title_page(block: list[str]) -> bool:
    match = TITLE_KEY.match(block[0])
    return match is not None and match.group(1).strip().lower() in TITLE_PAGE_KEYS


def _heading(line: str) -> tuple[str, re.Match[str] | None] | None:
    """The heading a line is — its text after any forcing ``.``, and its INT/EXT match (None when
    forced without one) — or None when the line is no scene heading."""
    if line.startswith("."):
        forced = line[1:]
        return (forced, HEADING.match(forced)) if forced[:1].isalnum() else None
    match = HEADING.match(line)
    return None if match is None else (line, match)


def _place_and_time(rest: str) -> tuple[str, TimeOfDay | None]:
    """The place a heading names and its time of day: the parts between `` - `` (or ``--``,
    dashes) up to the first that tells when (a time of day, CONTINUOUS, … LATER, a year), the
    time being the first time of day from there on; bracketed text is not the place."""
    parts = _SEPARATOR.split(" ".join(rest.split()).lstrip("-–— "))
    when = next((index for index, part in enumerate(parts[1:], 1) if _tells_when(_when_words(part))), len(parts))
    time = next((_TIME_OF[words] for part in parts[when:] if (words := _when_words(part)) in _TIME_OF), None)
    place = " - ".join(parts[:when])
    return plain_text(" ".join(_BRACKETED.sub(" ", place).split()) or place), time


def _when_words(part: str) -> str:
    """A heading part as a time word: upper case, without bracketed text or what follows a comma."""
    return " ".join(_BRACKETED.sub(" ", part).split(",")[0].split()).strip(" .;:-–—").upper()


def _tells_when(words: str) -> bool:
    return (not words or words in _TIME_OF or words in CONTINUITY or words.isdigit()
            or words.endswith(("LATER", "EARLIER")))


def _cue(line: str) -> tuple[str, str] | None:
    """The speaker a character cue names and the voice its extensions give ("OS", "VO" or ""),
    or None when the line is no cue. A cue is forced with ``@``, or its name (extensions aside)
    has an upper-case letter and no lower-case one, so a name in Chinese needs the ``@``."""
    forced = line.startswith("@")
    if line.startswith(("!", "~", ">")):
        return None
    text = (line[1:] if forced else line).strip().removesuffix("^").strip().translate(_FULL_WIDTH_BRACKETS)
    name, extensions = split_cue(text)
    name = name.strip()
    upper_case = any(c.isupper() for c in name) and not any(c.islower() for c in name)
    if not name or not (forced or upper_case):
        return None
    voices = (OFF_SCREEN.get(re.sub(r"[.\s\-]", "", e).upper(), "") for e in extensions)
    return name, next((voice for voice in voices if voice), "VO" if name.upper() in NARRATORS else "")


def _is_parenthetical(text: str) -> bool:
    return len(text) > 1 and text[0] in "(（" and text[-1] in ")）"


def _is_centred(text: str) -> bool:
    return len(text) > 1 and text.startswith(">") and text.endswith("<")


def _is_transition(lines: list[str]) -> bool:
    first = lines[0].strip()
    if len(lines) != 1 or _is_centred(first) or first.startswith(("!", "@", "~")):
        return False
    return first.startswith(">") or (first == first.upper() and first.endswith("TO:"))


def _action_text(line: str) -> str:
    """An action line as read: without the forcing ``!``, the centring ``> <`` or a lyric's ``~``."""
    text = line.strip().removeprefix("!").strip()
    if _is_centred(text):
        text = text[1:-1].strip()
    elif text.startswith("~"):
        text = text[1:].strip()
    return plain_text(text)


class _Reader:
    def __init__(self) -> None:
        self.script = ParsedScript()
        self.episode: ParsedEpisode | None = None
        self.scene: ParsedScene | None = None
        self.last_scene: ParsedScene | None = None
        self.pending = Notes()
        """Notes for the next scene: text before the first scene, title page keys, sections and
        synopses before a heading."""
        self.just_opened = False
        """Whether the scene's heading is the last thing read (a synopsis there describes it)."""
        self.shot_note_chars = 0
        self.numbered: dict[int, ParsedEpisode] = {}

    def _in_scene(self) -> ParsedScene:
        """The scene being read: the steps that ask for it run only inside one (``paragraph`` sees to it)."""
        if self.scene is None:
            raise RuntimeError("no scene is being read")
        return self.scene

    def title_page(self, line: int, block: list[str]) -> None:
        fields: dict[str, tuple[str, list[str]]] = {}
        values: list[str] = []
        for text in block:
            match = TITLE_KEY.match(text)
            if match is not None and not text[:1].isspace():
                key = match.group(1).strip()
                values = fields.setdefault(key.lower(), (key, []))[1]
                text = match.group(2)
            if plain := plain_text(text.strip()):
                values.append(plain)
        given = {key: values for key, (_, values) in fields.items()}
        self.script.title = " ".join(given.pop("title", []))
        self.script.author = ", ".join(given.pop("author", []) + given.pop("authors", []))
        self.script.draft_date = " ".join(given.pop("draft date", []))
        for key, values in given.items():
            if values:
                self.pending.add(line, f"{fields[key][0]}: {', '.join(values)}")

    def read(self, line: int, block: list[str]) -> None:
        """A paragraph: its notes, the headings, sections and synopses it starts with, then the rest."""
        text, notes = split_notes("\n".join(block), keep_line_breaks=True)
        lines = [each.rstrip() for each in text.split("\n")]
        start = 0
        while start < len(lines):
            first = lines[start].strip()
            if not first:
                pass  # a line that held only a note
            elif (heading := _heading(first)) is not None:
                self._scene(line + start, *heading)
            elif first.startswith("#"):
                self._section(line + start, first.lstrip("#").strip())
            elif first.startswith("="):
                self._synopsis(line + start, first[1:].strip())
            else:
                break
            start += 1
        rest = _trimmed(lines[start:]) if any(lines[start:]) else []
        if rest:
            self._read_text(line + start, rest)
        for note in notes:
            self._note(line, plain_text(" ".join(note.split())))

    def finish(self) -> ParsedScript:
        """The script read; notes still waiting for a scene go to the last one."""
        if self.pending and self.last_scene is not None:
            self.last_scene.notes.take(self.pending, self.last_scene.line)
            self.pending = Notes()
        return self.script

    def _read_text(self, line: int, lines: list[str]) -> None:
        """A paragraph that does not start with a scene heading, section or synopsis."""
        if self.scene is None:
            self._outside(line, lines)
        elif _is_transition(lines):
            self._transition(line, lines[0].strip())
        elif len(lines) > 1 and (cue := _cue(lines[0].strip())) is not None:
            self._dialogue(line, lines[1:], *cue)
        else:
            self._action(line, lines)

    def _section(self, line: int, text: str) -> None:
        self.just_opened = False
        match = SECTION_EPISODE.match(text) or CHINESE_EPISODE.match(text)
        if match is None:
            self._hold(line, plain_text(text))
            return
        number = _episode_number(line, match.group(1))
        self.scene = None
        self.episode = self.numbered.get(number)
        if self.episode is None:
            self.episode = self.numbered[number] = ParsedEpisode(number, plain_text(match.group(2)), line=line)
            self.script.episodes.append(self.episode)

    def _synopsis(self, line: int, text: str) -> None:
        """A synopsis right after a heading describes that scene; elsewhere, what follows."""
        if self.just_opened and not self.pending:
            self._in_scene().notes.add(line, plain_text(text))
        else:
            self._hold(line, plain_text(text))

    def _scene(self, line: int, text: str, match: re.Match[str] | None) -> None:
        if self.episode is None:
            self.episode = self.numbered[1] = ParsedEpisode(1)
            self.script.episodes.append(self.episode)
        rest, code = split_scene_number(match.group(2) if match else text)
        place = match.group(1).upper().replace(".", "") if match else ""
        int_ext = IntExt.INT_EXT if "/" in place else PLACES.get(place)
        location, time = _place_and_time(rest)
        heading = split_scene_number(text)[0].strip()
        self.scene = ParsedScene(line, code or str(len(self.episode.scenes) + 1), heading, location, int_ext, time)
        self.scene.notes, self.pending = self.pending, Notes()
        self.script.add_scene(self.episode, self.scene)
        self.last_scene, self.just_opened = self.scene, True

    def _dialogue(self, line: int, lines: list[str], speaker: str, voice: str) -> None:
        directions, speech = [], []
        for raw in lines:
            text = raw.strip()
            if _is_parenthetical(text):
                directions.append(plain_text(text[1:-1].strip()))
            elif text:
                speech.append(plain_text(text.removeprefix("~").strip()))
        self._add_beat(Beat(line, " ".join(speech), speaker, " ".join(directions), voice))
        if voice == "VO":
            self.script.add_voice(self._in_scene(), line, speaker)
        else:
            self.script.add_character(self._in_scene(), line, speaker)

    def _action(self, line: int, lines: list[str]) -> None:
        text = " ".join(filter(None, map(_action_text, lines)))
        if text:
            self._add_beat(Beat(line, text))

    def _add_beat(self, beat: Beat) -> None:
        self._settle(beat.line)
        self.script.add_beat(self._in_scene(), beat)
        self.shot_note_chars = 0

    def _transition(self, line: int, text: str) -> None:
        """A transition is a note on the shot before it (on the scene when it has none yet)."""
        self._settle(line)
        text = plain_text(text.removeprefix(">").strip()) or text
        scene = self._in_scene()
        if not scene.beats:
            scene.notes.add(line, text)
            return
        self.shot_note_chars += len(text) + 1
        if self.shot_note_chars > MAX_TEXT_CHARS:
            raise ScriptError(line, f"the transitions after one shot come to more than {MAX_TEXT_CHARS:,} "
                                    "characters, the most a shot's notes hold")
        scene.beats[-1].notes.append(text)

    def _settle(self, line: int) -> None:
        """Something happens in the scene: sections and synopses waiting since belong to it."""
        self.just_opened = False
        if self.pending:
            self._in_scene().notes.take(self.pending, line)
            self.pending = Notes()

    def _note(self, line: int, text: str) -> None:
        if not text:
            return
        if self.scene is not None:
            self.scene.notes.add(line, text)
        else:
            self.pending.add(line, text)

    def _hold(self, line: int, text: str) -> None:
        if text:
            self.pending.add(line, text)

    def _outside(self, line: int, lines: list[str]) -> None:
        """Text before the first scene: reported, and kept as a note of the next scene."""
        for offset, text in enumerate(lines):
            if text.strip():
                self.script.add_unread(UnreadLine(line + offset, text.strip(), "outside any scene"))
                self.pending.add(line + offset, text.strip())


def _episode_number(line: int, text: str) -> int:
    """The number of an episode section (``Episode 3``, ``第三集``), refused when 0 or too large."""
    if text.isdecimal() or len(text) > 12:
        return episode_number(line, text)
    return episode_number(line, text, chinese_number(text))
