"""A shooting day hour by hour: breakfast, setups, meal, company moves, wrap, and each actor's times.

How a day is laid out (docs/schedule.md, steps 3 and 5):

- The unit calls at the day's ``unit_call``. Load-in takes the first half of
  ``load_in_out_minutes``; the first setup starts after it. Load-out takes the
  other half after the last setup, and ends at the day's wrap.
- Breakfast is served ``breakfast_minutes`` before a unit call earlier than
  ``breakfast_before_hour`` o'clock (0: never), on a day with work.
- Setups run in the day's order, each for its estimate (estimate.py). A company
  move (``company_move_minutes``) comes before a setup whose location differs
  from the last known location of the day; a setup with no location never moves.
- The meal (``meal_minutes``) is due ``meal_within_hours`` after call. It follows the
  last setup that ends by then, so it comes as late as allowed, between two setups.
  When shooting ends by then, there is no meal: the unit wraps first. When the first
  setup runs past it, the meal follows that setup, late (on a day of one setup,
  before load-out).
- So the day's working time is load-in/out + setups + meal (when taken) + company
  moves; a full day takes its meal, so it is the same sum as the planner's capacity
  (max day − meal − load-in/out − moves).
- A day without any shot has no work: every setup sits at the call and the day
  wraps at its call, with neither breakfast nor meal.

An actor works on a day when a live or hybrid shot of the day shows a character
they play (or, given the scenes, has one in its scene's cast). Their times come from
their first and last setups of the day, in this order:

    pick-up → travel → hair and make-up (their call) → wardrobe → buffer → on set … off set → release

- on set: the start of their first setup;
- wardrobe: on set − ``buffer_minutes`` − ``wardrobe_minutes``;
- call (hair and make-up): wardrobe − the longest hair and make-up of their characters
  that day (each the character's own time or the project default);
- pick-up: call − the ``travel_minutes`` of the location of their first setup;
- release: the end of their last setup + ``release_minutes``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from shotgraph.core.model import (
    Character,
    Location,
    Mode,
    PlanningSettings,
    Scene,
    Setup,
    ShootingDay,
    Shot,
    called_characters,
)

from .estimate import setup_minutes


@dataclass(frozen=True, slots=True)
class SetupTime:
    """One setup placed on its day: its shots (those found, in order), start and end."""

    setup: Setup
    shots: tuple[Shot, ...]
    start: dt.datetime
    end: dt.datetime
    move_before: bool = False
    """A company move to a new location comes just before this setup."""
    location_id: str | None = None
    """Where the unit films it: its shots' location, else where the unit already is (at the start
    of the day, the day's first known location)."""


@dataclass(frozen=True, slots=True)
class DayTimeline:
    """A day laid out from unit call to wrap."""

    day: ShootingDay
    call: dt.datetime
    setups: tuple[SetupTime, ...]
    meal: dt.datetime | None
    """When the meal starts; None on a day without shots or whose shooting ends before it is due."""
    wrap: dt.datetime
    meal_due: dt.datetime
    """The latest the meal may start: ``meal_within_hours`` after call."""
    breakfast: dt.datetime | None = None
    """When breakfast is served, before an early call on a day with work; else None."""

    @property
    def working_minutes(self) -> float:
        """Load-in/out + setups + meal (when taken) + company moves."""
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
    """When one actor is needed on one day, in the order of their day (see the module's docstring)."""

    actor_id: str
    first_shot_id: str
    last_shot_id: str
    location_id: str | None
    """Where their first setup is filmed: the pick-up allows for the travel there."""
    call: dt.datetime
    """Their call: hair and make-up start."""
    wardrobe: dt.datetime
    on_set: dt.datetime
    off_set: dt.datetime
    release: dt.datetime

    def pickup(self, locations: Mapping[str, Location]) -> dt.datetime:
        """When transport collects them: their call less the travel to their first setup's location."""
        location = locations.get(self.location_id) if self.location_id else None
        return self.call - dt.timedelta(minutes=location.travel_minutes if location else 0)


def _own_location(shot: Shot) -> str | None:
    return shot.location_id


def day_timeline(day: ShootingDay, shots: Mapping[str, Shot], settings: PlanningSettings,
                 location_of: Callable[[Shot], str | None] = _own_location) -> DayTimeline:
    """The day's setups in order from its unit call, with breakfast, meal, company moves and wrap.

    ``shots`` finds a shot by id (ids it lacks are left out); ``location_of`` gives a
    shot's effective location (its own, else its scene's).
    """
    call = dt.datetime.combine(day.date, day.unit_call)
    due = call + dt.timedelta(hours=settings.meal_within_hours)
    found = [tuple([shots[i] for i in setup.shot_ids if i in shots]) for setup in day.setups]
    if not any(found):
        idle = (SetupTime(setup, (), call, call) for setup in day.setups)
        return DayTimeline(day, call, tuple(idle), None, call, due)
    steps = _steps(day.setups, found, settings, location_of)
    unbroken, _ = _lay_out(call, steps, None, settings)
    meal_after = _meal_after([placed.end for placed in unbroken], due)
    placed, wrap = _lay_out(call, steps, meal_after, settings)
    meal = placed[meal_after].end if meal_after is not None else None
    return DayTimeline(day, call, placed, meal, wrap, due, _breakfast(call, settings))


@dataclass(frozen=True, slots=True)
class _Step:
    """A setup about to be placed: its shots, estimate, where the unit films it and whether a
    company move takes it there first."""

    setup: Setup
    shots: tuple[Shot, ...]
    minutes: float
    location_id: str | None
    move: bool


def _steps(setups: list[Setup], found: list[tuple[Shot, ...]], settings: PlanningSettings,
           location_of: Callable[[Shot], str | None]) -> list[_Step]:
    own = [next((loc for loc in map(location_of, setup_shots) if loc), None) for setup_shots in found]
    here = next((loc for loc in own if loc), None)
    steps = []
    for setup, setup_shots, there in zip(setups, found, own, strict=True):
        moves = there is not None and there != here
        here = there or here
        steps.append(_Step(setup, setup_shots, setup_minutes(setup_shots, settings), here, moves))
    return steps


def _meal_after(ends: list[dt.datetime], due: dt.datetime) -> int | None:
    """The setup the meal follows: the last to end by ``due``, the first when none does, and
    None when the last one ends by then (the unit wraps before the meal)."""
    if ends[-1] <= due:
        return None
    return max((k for k, end in enumerate(ends) if end <= due), default=0)


def _breakfast(call: dt.datetime, settings: PlanningSettings) -> dt.datetime | None:
    """Breakfast before a call earlier than the setting's hour."""
    midnight = dt.datetime.combine(call.date(), dt.time())
    if call >= midnight + dt.timedelta(hours=settings.breakfast_before_hour):
        return None
    return call - dt.timedelta(minutes=settings.breakfast_minutes)


def _lay_out(call: dt.datetime, steps: list[_Step], meal_after: int | None,
             settings: PlanningSettings) -> tuple[tuple[SetupTime, ...], dt.datetime]:
    """Each setup placed from load-in, the meal after setup ``meal_after`` (when given); and the wrap."""
    clock = call + dt.timedelta(minutes=settings.load_in_out_minutes / 2)
    placed = []
    for k, step in enumerate(steps):
        start = clock + dt.timedelta(minutes=settings.company_move_minutes * step.move)
        clock = start + dt.timedelta(minutes=step.minutes)
        placed.append(SetupTime(step.setup, step.shots, start, clock, step.move, step.location_id))
        if k == meal_after:
            clock += dt.timedelta(minutes=settings.meal_minutes)
    return tuple(placed), clock + dt.timedelta(minutes=settings.load_in_out_minutes / 2)


def actor_days(timeline: DayTimeline, characters: Mapping[str, Character], settings: PlanningSettings,
               scenes: Mapping[str, Scene] | None = None) -> dict[str, ActorDay]:
    """Each actor working on the day (by Person id) and their times.

    With ``scenes`` (by id), a shot also calls the cast of its scene: everyone present,
    speaking or not, is on set for it even when not drawn in the shot.
    """
    # By actor: the first setup and shot, the last setup and shot, the longest hair and make-up.
    spans: dict[str, tuple[SetupTime, str, SetupTime, str, int]] = {}
    for placed in timeline.setups:
        for shot in placed.shots:
            if shot.mode is Mode.AI:
                continue
            for actor_id, hair_makeup in _actors(shot, characters, settings, scenes):
                first, first_shot, _, _, most = spans.get(actor_id, (placed, shot.id, placed, shot.id, hair_makeup))
                spans[actor_id] = (first, first_shot, placed, shot.id, max(most, hair_makeup))
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


def _actor_day(actor_id: str, first: SetupTime, first_shot: str, last: SetupTime, last_shot: str,
               hair_makeup: int, settings: PlanningSettings) -> ActorDay:
    wardrobe = first.start - dt.timedelta(minutes=settings.buffer_minutes + settings.wardrobe_minutes)
    return ActorDay(actor_id, first_shot, last_shot, first.location_id,
                    call=wardrobe - dt.timedelta(minutes=hair_makeup), wardrobe=wardrobe, on_set=first.start,
                    off_set=last.end, release=last.end + dt.timedelta(minutes=settings.release_minutes))


def turnaround(before: ActorDay, after: ActorDay) -> dt.timedelta:
    """An actor's rest between two days: the later day's call minus the earlier day's release."""
    return after.call - before.release
