"""What one call sheet reads about its day: the timeline, the shots and who and what they need."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property

from shotgraph.core.model import Character, Location, Person, Project, Scene, ShootingDay, Shot
from shotgraph.core.planning.timeline import ActorDay, DayTimeline, actor_days, day_timeline

from .pdf.images import Thumbnails


@dataclass
class ProjectIndex:
    """Lookups by id over the whole project, built once per export."""

    project: Project
    shots: dict[str, Shot] = field(init=False)
    scenes: dict[str, Scene] = field(init=False)
    episode_of: dict[str, int] = field(init=False)
    characters: dict[str, Character] = field(init=False)
    people: dict[str, Person] = field(init=False)
    locations: dict[str, Location] = field(init=False)

    def __post_init__(self) -> None:
        project = self.project
        self.shots = {s.id: s for e in project.episodes for s in e.shots}
        self.scenes = {s.id: s for e in project.episodes for s in e.scenes}
        self.episode_of = {s.id: e.number for e in project.episodes for s in e.shots}
        self.characters = {c.id: c for c in project.characters}
        self.people = {p.id: p for p in project.people}
        self.locations = {loc.id: loc for loc in project.locations}

    def location_of(self, shot: Shot) -> str | None:
        """The shot's own location, else its scene's."""
        scene = self.scenes.get(shot.scene_id)
        return shot.location_id or (scene.location_id if scene else None)

    def int_ext(self, shot: Shot) -> str:
        scene = self.scenes.get(shot.scene_id)
        value = shot.int_ext or (scene.int_ext if scene else None)
        return value.value if value else ""

    def time_of_day(self, shot: Shot) -> str:
        scene = self.scenes.get(shot.scene_id)
        value = shot.time_of_day or (scene.time_of_day if scene else None)
        return value.value if value else ""

    def scene_code(self, shot: Shot) -> str:
        scene = self.scenes.get(shot.scene_id)
        return f"EP{self.episode_of.get(shot.id, '')} S{scene.code}" if scene else ""

    def cast_id(self, character_id: str) -> str:
        character = self.characters.get(character_id)
        if character is None:
            return ""
        return str(character.cast_number) if character.cast_number is not None else character.name

    def timeline(self, day: ShootingDay) -> DayTimeline:
        return day_timeline(day, self.shots, self.project.planning, self.location_of)


@dataclass
class DayContext:
    """One shooting day as its call sheet needs it."""

    index: ProjectIndex
    day: ShootingDay
    number: int
    count: int
    next_day: ShootingDay | None
    thumbnails: Thumbnails
    width: float

    @property
    def project(self) -> Project:
        return self.index.project

    @cached_property
    def timeline(self) -> DayTimeline:
        return self.index.timeline(self.day)

    @cached_property
    def actors(self) -> dict[str, ActorDay]:
        return actor_days(self.timeline, self.index.characters, self.project.planning)

    @cached_property
    def location_ids(self) -> list[str]:
        """The day's locations, then any other location its shots are set in, each once."""
        ids = list(self.day.location_ids)
        ids += [loc for shot in self.timeline.shots if (loc := self.index.location_of(shot))]
        return [i for i in dict.fromkeys(ids) if i in self.index.locations]

    @property
    def locations(self) -> list[Location]:
        return [self.index.locations[i] for i in self.location_ids]

    @cached_property
    def episodes(self) -> list[int]:
        return sorted({self.index.episode_of[s.id] for s in self.timeline.shots if s.id in self.index.episode_of})

    def characters_of(self, actor_id: str) -> list[Character]:
        """The characters an actor plays in the day's shots."""
        seen = {entry.character_id for shot in self.timeline.shots for entry in shot.characters}
        return [c for c in self.project.characters if c.actor_id == actor_id and c.id in seen]


def hhmm(moment: dt.datetime | None) -> str:
    return "" if moment is None else f"{moment:%H:%M}"
