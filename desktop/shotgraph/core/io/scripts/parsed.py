"""A script as read, before it becomes a project: episodes, scenes, and their beats.

Both readers (Fountain, Chinese micro-drama) produce this; one builder turns it into
episodes, scenes, characters, locations and shots. Line numbers (1-based) travel with
everything so a report can point at the source.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from shotgraph.core.model import IntExt, TimeOfDay


@dataclass
class Beat:
    """One action paragraph or one dialogue block: it becomes one planned shot."""

    line: int
    text: str
    speaker: str | None = None
    """The character speaking; None for action."""
    parenthetical: str = ""
    off_screen: str = ""
    """"OS" or "VO" when the voice is off screen or voice-over."""

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
    """Names the scene lists (人物：) or that speak in it, in order of appearance."""
    beats: list[Beat] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


@dataclass
class ParsedEpisode:
    number: int
    title: str = ""
    scenes: list[ParsedScene] = field(default_factory=list)


@dataclass(frozen=True)
class UnreadLine:
    """A line the reader could not place; its text is kept as a note on the nearest scene."""

    line: int
    text: str
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}: {self.text}"


@dataclass
class ParsedScript:
    title: str = ""
    author: str = ""
    draft_date: str = ""
    episodes: list[ParsedEpisode] = field(default_factory=list)
    unread: list[UnreadLine] = field(default_factory=list)

    def scene_count(self) -> int:
        return sum(len(e.scenes) for e in self.episodes)
