"""Shooting days as a stripboard reads them: each setup's time, scenes, shots and light, each actor's hours.

The command line's table and the editor's Schedule tab both read these summaries, so
a day shows the same estimate everywhere (the rules and call sheet use the same timeline).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from shotgraph.core.model import Character, Mode, Project, ShootingDay, TimeOfDay, called_characters

from .setups import ShotPlaces
from .timeline import SetupTime, actor_days, day_timeline

DAY_NIGHT = {TimeOfDay.DAY: "D", TimeOfDay.NIGHT: "N", TimeOfDay.DAWN: "DAWN", TimeOfDay.DUSK: "DUSK"}


@dataclass(frozen=True, slots=True)
class SetupRow:
    """One setup of a day, as a strip."""

    setup_id: str
    label: str
    start: dt.datetime
    end: dt.datetime
    scenes: tuple[str, ...]
    """Scene codes, prefixed by the episode number where the project has several episodes."""
    shot_ids: tuple[str, ...]
    shot_codes: tuple[str, ...]
    int_ext: str
    day_night: str
    modes: tuple[str, ...]
    """``live`` and/or ``hybrid`` (an AI shot placed by hand shows ``ai``)."""
    cast: tuple[str, ...]
    """Cast numbers, or character names where a character has none."""
    pinned: bool

    @property
    def minutes(self) -> float:
        return (self.end - self.start).total_seconds() / 60


@dataclass(frozen=True, slots=True)
class ActorRow:
    name: str
    call: dt.datetime
    release: dt.datetime


@dataclass(frozen=True, slots=True)
class DaySummary:
    day: ShootingDay
    number: int
    of: int
    call: dt.datetime
    wrap: dt.datetime
    working_minutes: float
    max_minutes: float
    setups: tuple[SetupRow, ...]
    actors: tuple[ActorRow, ...]

    @property
    def over(self) -> bool:
        """Estimated longer than the project's maximum day (by more than rounding)."""
        return self.working_minutes > self.max_minutes + 1e-3


def summarise_days(project: Project, places: ShotPlaces | None = None) -> list[DaySummary]:
    """Every shooting day by date and call, numbered "Day X of Y"."""
    places = places or ShotPlaces(project)
    days = sorted(project.days, key=lambda day: (day.date, day.unit_call))
    return [summarise_day(project, day, k + 1, len(days), places) for k, day in enumerate(days)]


def summarise_day(project: Project, day: ShootingDay, number: int, of: int, places: ShotPlaces) -> DaySummary:
    settings = project.planning
    timeline = day_timeline(day, places.shots, settings, places.location_of)
    characters = {c.id: c for c in project.characters}
    people = {p.id: p.name for p in project.people}
    scenes = {scene.id: scene for episode in project.episodes for scene in episode.scenes}
    workers = actor_days(timeline, characters, settings, scenes)
    actors = tuple(ActorRow(people.get(a, a), w.call, w.release) for a, w in sorted(workers.items(),
                                                                                  key=lambda item: item[1].call))
    rows = tuple(_row(project, placed, places) for placed in timeline.setups)
    return DaySummary(day, number, of, timeline.call, timeline.wrap, timeline.working_minutes,
                      settings.max_day_hours * 60, rows, actors)


def _row(project: Project, placed: SetupTime, places: ShotPlaces) -> SetupRow:
    shots = placed.shots
    keys = [places.key(shot) for shot in shots]
    several = len(project.episodes) > 1
    scenes = tuple(dict.fromkeys(
        f"{places.episodes[s.id].number}-{places.scene_code(s)}" if several else places.scene_code(s) for s in shots))
    characters = {c.id: c for c in project.characters}
    cast = dict.fromkeys(_cast_id(characters.get(character_id), character_id) for shot in shots
                         for character_id in called_characters(shot, places.scenes.get(shot.scene_id)))
    return SetupRow(placed.setup.id, placed.setup.label, placed.start, placed.end, scenes,
                    tuple(s.id for s in shots), tuple(s.code for s in shots),
                    "/".join(dict.fromkeys(k.int_ext.value for k in keys if k.int_ext)),
                    "/".join(dict.fromkeys(DAY_NIGHT[k.time_of_day] for k in keys if k.time_of_day)),
                    tuple(dict.fromkeys(s.mode.value for s in sorted(shots, key=lambda s: s.mode is not Mode.LIVE))),
                    tuple(cast), placed.setup.pinned)


def _cast_id(character: Character | None, character_id: str) -> str:
    if character is None:
        return character_id
    return str(character.cast_number) if character.cast_number is not None else character.name
