"""A script as read, before it becomes a project: episodes, scenes, and their beats.

Both readers (Fountain, Chinese micro-drama) produce this; one builder turns it into
episodes, scenes, characters, locations and shots. Line numbers (1-based) travel with
everything so a report can point at the source.

The readers count what they make as they go (scenes, shots, notes, lines they could not
place), so a script that would make more than a project may hold is refused at the line
that crosses the limit, before it takes the memory to hold it.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from shotgraph.core.io.budgets import MAX_LINE_CHARS, MAX_PROBLEMS, MAX_ROWS
from shotgraph.core.io.errors import InputError
from shotgraph.core.model import IntExt, TimeOfDay

MAX_TEXT_CHARS = 20_000
"""Characters a project's text field holds (a shot's description or dialogue, a scene's notes)."""
MAX_NAME_CHARS = 500
"""Characters a project's name field holds (a title, a heading, a scene code, a character's name)."""
MAX_EPISODE_NUMBER = 99_999
"""The highest episode number a script may give: a long series has a few hundred."""
MAX_SHOTS = MAX_ROWS
"""Shots, and scenes, a script may make: five times the largest real series (6,000 shots), and
about what a project file holds; the project it makes opens within the memory any file may take."""
MAX_CHARACTERS = 5_000
"""Different character names a script may give: a long series has a few hundred."""
MAX_CAST_ENTRIES = 250_000
"""Names listed or speaking, counted once per scene: a long series has a few thousand."""


class ScriptError(Exception):
    """What makes a script unreadable, at a line (a paragraph of a Word file); the reading names the file."""

    def __init__(self, line: int | None, message: str) -> None:
        self.line = line
        self.message = message
        super().__init__(f"line {line}: {message}" if line else message)


@contextlib.contextmanager
def located(path: str | Path) -> Iterator[None]:
    """Turn a reader's ScriptError into an InputError naming the file and the line (or paragraph)."""
    try:
        yield
    except ScriptError as error:
        unit = "paragraph" if Path(path).suffix.lower() == ".docx" else "line"
        raise InputError(path, error.message, f"{unit} {error.line}" if error.line else None) from None


def check_line(line: int, text: str) -> None:
    """Refuse a line longer than a project field could hold."""
    if len(text) > MAX_LINE_CHARS:
        raise ScriptError(line, f"the line is {len(text):,} characters long; "
                                f"lines of up to {MAX_LINE_CHARS:,} characters are read")


def episode_number(line: int, digits: str, value: int | None = None) -> int:
    """The episode number a heading gives, refused unless it is between 1 and MAX_EPISODE_NUMBER."""
    if value is None:
        value = int(digits) if digits.isdecimal() and len(digits) <= 6 else MAX_EPISODE_NUMBER + 1
    if not 1 <= value <= MAX_EPISODE_NUMBER:
        raise ScriptError(line, f"episode number {digits[:20]} is not read; episodes are numbered "
                                f"from 1 to {MAX_EPISODE_NUMBER:,}")
    return value


class Notes(list[str]):
    """A scene's notes, refused once they hold more than a scene's notes field."""

    def __init__(self) -> None:
        super().__init__()
        self.chars = 0

    def add(self, line: int, text: str) -> None:
        self.chars += len(text) + (1 if self else 0)
        if self.chars > MAX_TEXT_CHARS:
            raise ScriptError(line, f"a scene's notes (lines outside any scene, transitions and notes kept with it) "
                                    f"come to more than {MAX_TEXT_CHARS:,} characters, the most a scene's notes hold")
        self.append(text)

    def take(self, other: Notes, line: int) -> None:
        for text in other:
            self.add(line, text)


@dataclass
class Beat:
    """One action paragraph or one dialogue block: it becomes one planned shot."""

    line: int
    text: str
    speaker: str | None = None
    """The cue as written ("林晓", "陈墨、林晚"); None for action."""
    parenthetical: str = ""
    off_screen: str = ""
    """"OS" when the speakers are heard but not seen (they stay in the scene cast), "VO" for a
    voice-over or narration (a voice for post: neither in frame nor in the scene cast)."""
    speakers: tuple[str, ...] = ()
    """The characters speaking; the cue's one name unless the cue names several."""
    insert: bool = False
    """On-screen text (字幕, a phone screen, a message): an insert shot."""
    flashback: bool = False
    notes: list[str] = field(default_factory=list)
    """Music cues and transitions that belong to this shot rather than making shots of their own."""

    def __post_init__(self) -> None:
        if self.speaker is not None and not self.speakers:
            self.speakers = (self.speaker,)

    @property
    def is_dialogue(self) -> bool:
        return self.speaker is not None


@dataclass
class ParsedScene:
    line: int
    code: str
    """The scene number as the script gives it ("3", "12A"), or its position when it gives none."""
    heading: str
    location: str = ""
    int_ext: IntExt | None = None
    time_of_day: TimeOfDay | None = None
    characters: list[str] = field(default_factory=list)
    """The scene cast: names the scene lists (人物：) or that speak in it, in order of appearance."""
    voices: list[str] = field(default_factory=list)
    """Voices for post heard in the scene (narrator, voice-over) who are not in its cast."""
    extras: int = 0
    """Background performers the scene lists (群演, 路人)."""
    beats: list[Beat] = field(default_factory=list)
    notes: Notes = field(default_factory=Notes)
    _named: set[str] = field(default_factory=set, repr=False, compare=False)

    def add_character(self, name: str) -> bool:
        """Add a character listed or speaking in the scene; False when it already was."""
        if name in self._named:
            return False
        self._named.add(name)
        self.characters.append(name)
        if name in self.voices:
            self.voices.remove(name)
        return True

    def add_voice(self, name: str) -> bool:
        """Add a voice heard in the scene; False when it already was, as a voice or in the cast."""
        if name in self._named or name in self.voices:
            return False
        self.voices.append(name)
        return True


@dataclass
class ParsedEpisode:
    number: int
    title: str = ""
    scenes: list[ParsedScene] = field(default_factory=list)
    line: int = 0
    """Where the episode's heading is (0 when the script has none)."""


@dataclass(frozen=True)
class UnreadLine:
    """A line the reader could not place; its text is kept as a note on the nearest scene."""

    line: int
    text: str
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}: {self.text}"


@dataclass(frozen=True)
class MoreUnread:
    """How many more lines could not be placed than the report lists (they are kept as notes too)."""

    count: int

    def __str__(self) -> str:
        return f"and {self.count:,} more lines outside any scene"


@dataclass
class ParsedScript:
    title: str = ""
    author: str = ""
    draft_date: str = ""
    episodes: list[ParsedEpisode] = field(default_factory=list)
    unread: list[UnreadLine] = field(default_factory=list)
    """The first MAX_PROBLEMS lines that could not be placed; ``unread_more`` counts the rest."""
    unread_more: int = 0
    source: str = ""
    """The file the script was read from, for messages."""
    scenes: int = 0
    beats: int = 0
    cast_entries: int = 0
    _cast: set[str] = field(default_factory=set, repr=False, compare=False)

    def scene_count(self) -> int:
        return sum(len(e.scenes) for e in self.episodes)

    def add_scene(self, episode: ParsedEpisode, scene: ParsedScene) -> None:
        self.scenes += 1
        if self.scenes > MAX_SHOTS:
            raise ScriptError(scene.line, f"the script has more than {MAX_SHOTS:,} scenes; ShotGraph imports up to "
                                          f"{MAX_SHOTS:,} scenes and shots (a long series has about 6,000 shots)")
        episode.scenes.append(scene)

    def add_beat(self, scene: ParsedScene, beat: Beat) -> None:
        """A beat becomes a shot: a script makes at most MAX_SHOTS of them."""
        self.beats += 1
        if self.beats > MAX_SHOTS:
            raise ScriptError(beat.line, f"the script makes more than {MAX_SHOTS:,} shots; ShotGraph imports up to "
                                         f"{MAX_SHOTS:,} scenes and shots (a long series has about 6,000 shots)")
        scene.beats.append(beat)

    def add_character(self, scene: ParsedScene, line: int, name: str) -> None:
        """A character listed or speaking at ``line``, refused when the name or the cast is too long."""
        self._name(line, name)
        if scene.add_character(name):
            self._count_entry(line)

    def add_voice(self, scene: ParsedScene, line: int, name: str) -> None:
        """A voice for post (narrator, voice-over) heard at ``line``: a character, not in the scene cast."""
        self._name(line, name)
        if scene.add_voice(name):
            self._count_entry(line)

    def _name(self, line: int, name: str) -> None:
        if len(name) > MAX_NAME_CHARS:
            raise ScriptError(line, f"a character's name is {len(name):,} characters long; "
                                    f"up to {MAX_NAME_CHARS} are read")
        if name not in self._cast:
            self._cast.add(name)
            if len(self._cast) > MAX_CHARACTERS:
                raise ScriptError(line, f"the script names more than {MAX_CHARACTERS:,} characters; "
                                        f"up to {MAX_CHARACTERS:,} are read (a long series has a few hundred)")

    def _count_entry(self, line: int) -> None:
        self.cast_entries += 1
        if self.cast_entries > MAX_CAST_ENTRIES:
            raise ScriptError(line, f"the scenes list more than {MAX_CAST_ENTRIES:,} characters in all; "
                                    f"up to {MAX_CAST_ENTRIES:,} are read")

    def add_unread(self, line: UnreadLine) -> None:
        if len(self.unread) < MAX_PROBLEMS:
            self.unread.append(line)
        else:
            self.unread_more += 1

    def unread_report(self) -> list[UnreadLine | MoreUnread]:
        """The lines that could not be placed, ending with how many more when there were too many to list."""
        return [*self.unread, MoreUnread(self.unread_more)] if self.unread_more else list(self.unread)
