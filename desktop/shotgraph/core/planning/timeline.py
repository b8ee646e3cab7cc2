"""A shooting day hour by hour: setups, meal, company moves, wrap, and each actor's call.

How a day is laid out (docs/schedule.md, steps 3 and 5):

- The unit calls at the day's ``unit_call``. Load-in takes the first half of
  ``load_in_out_minutes``; the first setup starts after it. Load-out takes the
  other half after the last setup, and ends at the day's wrap.
- Setups run in the day's order, each for its estimate (estimate.py). A company
  move (``company_move_minutes``) comes before a setup whose location differs
  from the last known location of the day; a setup with no location never moves.
- The meal (``meal_minutes``) is taken between setups: after the setup whose end
  lies nearest to its target, the earlier of six hours after call and halfway
  through the day's work (ties go to the earlier setup). A one-setup day eats after it.
- So the day's working time is load-in/out + setups + meal + company moves, the
  same sum as the planner's capacity (max day − meal − load-in/out − moves).
- A day without any shot has no work: every setup sits at the call and the day
  wraps at its call.

An actor works on a day when a live or hybrid shot of the day shows a character
they play (or, given the scenes, has one in its scene's cast). Their on-set time is
the start of their first setup; their call is that minus hair and make-up (the
longest of their characters that day, each the character's own time or the project
default), wardrobe and buffer; their release is the end of their last setup plus
``release_minutes``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from shotgraph.core.model import Character, Mode, PlanningSettings, Scene, Setup, ShootingDay, Shot, called_characters

from .estimate import setup_minutes

MEAL_LATEST_HOURS = 6.0
"""The meal comes no later than this many hours after the unit call, where setups allow."""


@dataclass(frozen=True, slots=True)
class SetupTime:
    """One setup placed on its day: its shots (those found, in order), start and end."""

    setup: Setup
    shots: tuple[Shot, ...]
    start: dt.datetime
    end: dt.datetime
    move_before: bool = False
    """A company move to a new location comes just before this setup."""


@dataclass(frozen=True, slots=True)
class DayTimeline:
    """A day laid out from unit call to wrap."""

    day: ShootingDay
    call: dt.datetime
    setups: tuple[SetupTime, ...]
    meal: dt.datetime | None
    """When the meal starts; None on a day without shots."""
    wrap: dt.datetime

    @property
    def working_minutes(self) -> float:
        """Load-in/out + setups + meal + company moves."""
        return (self.wrap - self.call).total_seconds() / 60

    @property
    def moves(self) -> int:
        return sum(placed.move_before for placed in self.setups)

    @property
    def shots(self) -> tuple[Shot, ...]:
        """Every shot of the day in setup order."""
        return tuple(shot for placed in self.setups for shot in placed.shots)


@dataclass(frozen=True, slots=True)
class ActorDay:
    """When one actor is needed on one day."""

    actor_id: str
    first_shot_id: str
    last_shot_id: str
    on_set: dt.datetime
    off_set: dt.datetime
    call: dt.datetime
    release: dt.datetime


def _own_location(shot: Shot) -> str | None:
    return shot.location_id


def day_timeline(day: ShootingDay, shots: Mapping[str, Shot], settings: PlanningSettings,
                 location_of: Callable[[Shot], str | None] = _own_location) -> DayTimeline:
    """The day's setups in order from its unit call, with meal, company moves and wrap.

    ``shots`` finds a shot by id (ids it lacks are left out); ``location_of`` gives a
    shot's effective location (its own, else its scene's).
    """
    call = dt.datetime.combine(day.date, day.unit_call)
    found = [tuple([shots[i] for i in setup.shot_ids if i in shots]) for setup in day.setups]
    if not any(found):
        idle = (SetupTime(setup, (), call, call) for setup in day.setups)
        return DayTimeline(day, call, tuple(idle), None, call)
    moves = _moves(found, location_of)
    minutes = [setup_minutes(setup_shots, settings) for setup_shots in found]
    ends = _ends_without_meal(minutes, moves, settings)
    work = ends[-1] + settings.load_in_out_minutes / 2
    target = min(MEAL_LATEST_HOURS * 60, work / 2)
    meal_after = min(range(len(ends)), key=lambda k: abs(ends[k] - target))
    return _lay_out(day, call, found, minutes, moves, meal_after, settings)


def _moves(found: list[tuple[Shot, ...]], location_of: Callable[[Shot], str | None]) -> list[bool]:
    """For each setup, whether a company move to a new location comes before it."""
    moves: list[bool] = []
    here: str | None = None
    for setup_shots in found:
        there = next((loc for loc in map(location_of, setup_shots) if loc), None)
        moves.append(there is not None and here is not None and there != here)
        here = there or here
    return moves


def _ends_without_meal(minutes: list[float], moves: list[bool], settings: PlanningSettings) -> list[float]:
    """Minutes after call at which each setup would end if there were no meal."""
    clock = settings.load_in_out_minutes / 2
    ends = []
    for length, move in zip(minutes, moves, strict=True):
        clock += settings.company_move_minutes * move + length
        ends.append(clock)
    return ends


def _lay_out(day: ShootingDay, call: dt.datetime, found: list[tuple[Shot, ...]], minutes: list[float],
             moves: list[bool], meal_after: int, settings: PlanningSettings) -> DayTimeline:
    clock = call + dt.timedelta(minutes=settings.load_in_out_minutes / 2)
    placed, meal = [], call
    for k, (setup, setup_shots, move) in enumerate(zip(day.setups, found, moves, strict=True)):
        start = clock + dt.timedelta(minutes=settings.company_move_minutes * move)
        clock = start + dt.timedelta(minutes=minutes[k])
        placed.append(SetupTime(setup, setup_shots, start, clock, move))
        if k == meal_after:
            meal, clock = clock, clock + dt.timedelta(minutes=settings.meal_minutes)
    wrap = clock + dt.timedelta(minutes=settings.load_in_out_minutes / 2)
    return DayTimeline(day, call, tuple(placed), meal, wrap)


def actor_days(timeline: DayTimeline, characters: Mapping[str, Character], settings: PlanningSettings,
               scenes: Mapping[str, Scene] | None = None) -> dict[str, ActorDay]:
    """Each actor working on the day (by Person id) and their call and release times.

    With ``scenes`` (by id), a shot also calls the cast of its scene: everyone present,
    speaking or not, is on set for it even when not drawn in the shot.
    """
    spans: dict[str, list] = {}
    for placed in timeline.setups:
        for shot in placed.shots:
            if shot.mode is Mode.AI:
                continue
            for actor_id, hair_makeup in _actors(shot, characters, settings, scenes):
                span = spans.setdefault(actor_id, [shot.id, placed.start, shot.id, placed.end, hair_makeup])
                span[2], span[3], span[4] = shot.id, placed.end, max(span[4], hair_makeup)
    return {actor_id: _actor_day(actor_id, *span, settings) for actor_id, span in spans.items()}


def _actors(shot: Shot, characters: Mapping[str, Character], settings: PlanningSettings,
            scenes: Mapping[str, Scene] | None) -> list[tuple[str, int]]:
    """The actors a shot needs, each with their character's hair and make-up minutes."""
    needed = []
    scene = scenes.get(shot.scene_id) if scenes is not None else None
    for character_id in called_characters(shot, scene):
        character = characters.get(character_id)
        if character is not None and character.actor_id is not None:
            minutes = character.hair_makeup_min
            needed.append((character.actor_id, settings.hair_makeup_minutes if minutes is None else minutes))
    return needed


def _actor_day(actor_id: str, first: str, on_set: dt.datetime, last: str, off_set: dt.datetime,
               hair_makeup: int, settings: PlanningSettings) -> ActorDay:
    before = hair_makeup + settings.wardrobe_minutes + settings.buffer_minutes
    call = on_set - dt.timedelta(minutes=before)
    release = off_set + dt.timedelta(minutes=settings.release_minutes)
    return ActorDay(actor_id, first, last, on_set, off_set, call, release)


def turnaround(before: ActorDay, after: ActorDay) -> dt.timedelta:
    """An actor's rest between two days: the later day's call minus the earlier day's release."""
    return after.call - before.release
