"""What one call sheet reads about its day: the timeline, the shots and who and what they need."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

from shotgraph.core.model import Character, Location, Mode, Person, Project, Scene, ShootingDay, Shot, called_characters
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

    def called(self, shot: Shot) -> list[str]:
        """Ids of the characters a shot calls to set: its scene's cast, then those drawn in it.

        An AI shot is generated, so it calls no one.
        """
        if shot.mode is Mode.AI:
            return []
        return [i for i in called_characters(shot, self.scenes.get(shot.scene_id)) if i in self.characters]

    def extras(self, shots: Iterable[Shot]) -> int:
        """Background performers a setup needs: the most any scene of its filmed shots asks for.

        The scenes of one setup share its set, so one crowd serves them all.
        """
        scenes = [self.scenes.get(s.scene_id) for s in shots if s.mode is not Mode.AI]
        return max((scene.extras for scene in scenes if scene), default=0)

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
        return actor_days(self.timeline, self.index.characters, self.project.planning, self.index.scenes)

    @cached_property
    def called(self) -> list[str]:
        """Every character the day's filmed shots call, in shooting order."""
        return list(dict.fromkeys(c for shot in self.timeline.shots for c in self.index.called(shot)))

    @cached_property
    def not_cast(self) -> dict[str, ActorDay]:
        """Each called character with no actor (by character id), timed as its actor would be.

        The character stands in for the missing actor, so the sheet still says when the
        role is needed on set.
        """
        characters = self.index.characters
        stand_ins = {c: characters[c].model_copy(update={"actor_id": c})
                     for c in self.called if characters[c].actor_id is None}
        return actor_days(self.timeline, stand_ins, self.project.planning, self.index.scenes)

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
        """The characters an actor plays in the day's filmed shots and their scenes."""
        called = set(self.called)
        return [c for c in self.project.characters if c.actor_id == actor_id and c.id in called]


def hhmm(moment: dt.datetime | None) -> str:
    return "" if moment is None else f"{moment:%H:%M}"
