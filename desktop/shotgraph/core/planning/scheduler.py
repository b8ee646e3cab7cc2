"""Automatic planning of the shooting days (docs/schedule.md, steps 1–5).

``plan_days`` pools the unscheduled live and hybrid shots into setups (setups.py),
packs them greedily into new days, trades setups between neighbouring days so actors
come in on fewer days (swaps.py), orders each day (step 4) and dates the days. It
never touches a day that exists: what is already scheduled, pinned or not, stays put.

- Capacity of a day: maximum day − meal − load-in/out − one company move per extra
  location; at most ``max_locations_per_day`` locations.
- Days with NIGHT setups are night days: the unit calls so the first setup starts at
  sunset (18:00 where the sun is unknown). Other days call at 07:00, later when an
  EXT DAY setup would otherwise start before sunrise + the daylight margin.
- An EXT DAY setup at a location with coordinates must lie between sunrise + margin
  and sunset − margin; a day that would break this is closed and a new one opened.
- Locations with exteriors come first, interiors after (weather cover); night days last.
- New days follow the last existing day; with no day yet, the planning setting
  ``first_day``, else the ``start`` given (the editor and the command line pass today).
  A day is moved one date later while any actor's turnaround to it would be short.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from shotgraph.core.document import Document
from shotgraph.core.edits.base import EditName, Macro
from shotgraph.core.edits.days import AddDay
from shotgraph.core.graph import EpisodeGraphs
from shotgraph.core.model import PlanningSettings, Project, Setup, ShootingDay, new_id

from .setups import PlannedSetup, ShotPlaces, group_setups
from .summary import DaySummary, summarise_days
from .sun import SunTimes, sun_times
from .swaps import fewer_actor_days
from .timeline import ActorDay, actor_days, day_timeline

DAY_CALL = dt.time(7, 0)
UNKNOWN_SUNSET = dt.time(18, 0)
"""Where a night day's sunset cannot be computed, the unit plans on this."""


@dataclass(frozen=True, slots=True)
class Plan:
    """New shooting days for the shots nobody has scheduled; apply ``edit()`` to keep them."""

    days: tuple[ShootingDay, ...]

    def edit(self) -> Macro:
        """The plan as one undoable step."""
        return Macro(EditName("Plan Days"), [AddDay(day) for day in self.days])

    @property
    def shot_count(self) -> int:
        return sum(len(setup.shot_ids) for day in self.days for setup in day.setups)


def capacity(settings: PlanningSettings, moves: int = 0) -> float:
    """Minutes of setups a day holds: maximum day − meal − load-in/out − company moves."""
    return (settings.max_day_hours * 60 - settings.meal_minutes - settings.load_in_out_minutes
            - settings.company_move_minutes * moves)


def plan_days(project: Project, settings: PlanningSettings | None = None, *, start: dt.date | None = None,
              episodes: Collection[str] | None = None, graphs: EpisodeGraphs | None = None) -> Plan:
    """Plan the unscheduled live and hybrid shots (of these episode ids, when given) onto new days
    after the existing ones, in story order read from ``graphs`` (an open document's) when given."""
    settings = settings or project.planning
    places = ShotPlaces(project, graphs)
    setups = group_setups(project, settings, capacity(settings), places, episodes)
    first = first_date(project, settings, start)
    rules = DayRules(project, settings, places, first)
    daytime = fewer_actor_days(rules.pack([s for s in setups if not s.key.night], 0), rules.fits)
    night = fewer_actor_days(rules.pack([s for s in setups if s.key.night], len(daytime)), rules.fits)
    return Plan(tuple(rules.dated(daytime + night)))


def apply_plan(project: Project, *, start: dt.date | None = None) -> tuple[Project, list[DaySummary]]:
    """Plan and apply the plan through a Document (the project changes in place); the new days' summaries."""
    plan = plan_days(project, start=start)
    document = Document(project)
    document.apply(plan.edit())
    new = {day.id for day in plan.days}
    return document.project, [s for s in summarise_days(document.project) if s.day.id in new]


def first_date(project: Project, settings: PlanningSettings, start: dt.date | None) -> dt.date:
    """The date of the first new day."""
    if project.days:
        after = max(day.date for day in project.days) + dt.timedelta(days=1)
        return max(after, settings.first_day) if settings.first_day else after
    return settings.first_day or start or dt.date.today()


def order_day(setups: Iterable[PlannedSetup]) -> list[PlannedSetup]:
    """Step 4: by location (daylight locations first), daylight setups first, green screen
    together, camera facing, wide before tight, story order; emotional close-ups mid-block."""
    blocks: dict[str | None, list[PlannedSetup]] = {}
    for setup in setups:
        blocks.setdefault(setup.key.location_id, []).append(setup)
    ranked = sorted(blocks.values(), key=lambda block: (not any(s.key.ext_day for s in block),
                                                        min(s.story for s in block)))
    return [setup for block in ranked for setup in _order_block(block)]


def _order_block(block: list[PlannedSetup]) -> list[PlannedSetup]:
    ordered = sorted(block, key=lambda s: (not s.key.ext_day, s.key.green, _facing(s), s.widest, s.story))
    calm = [s for s in ordered if not s.emotional]
    emotional = [s for s in ordered if s.emotional]
    middle = len(calm) // 2
    return calm[:middle] + emotional + calm[middle:]


def _facing(setup: PlannedSetup) -> str:
    side = setup.shots[0].camera.side
    return side.value if side is not None else ""


class DayRules:
    """The checks a planned day passes, and how a day's setups become a dated ShootingDay."""

    def __init__(self, project: Project, settings: PlanningSettings, places: ShotPlaces, first: dt.date) -> None:
        self.project, self.settings, self.places, self.first = project, settings, places, first
        self.locations = {location.id: location for location in project.locations}
        self.characters = {character.id: character for character in project.characters}
        self.scenes = {scene.id: scene for episode in project.episodes for scene in episode.scenes}

    def pack(self, setups: list[PlannedSetup], offset: int) -> list[list[PlannedSetup]]:
        """Greedy: setups in packing order fill a day until the next one does not fit."""
        days: list[list[PlannedSetup]] = []
        current: list[PlannedSetup] = []
        for setup in _packing_order(setups):
            if current and self.fits([*current, setup], offset + len(days)):
                current.append(setup)
                continue
            if current:
                days.append(current)
            current = [setup]
        return [*days, current] if current else days

    def fits(self, setups: list[PlannedSetup], position: int) -> bool:
        """Within the location limit, the capacity (with its company moves), and the light."""
        places = {s.key.location_id for s in setups}
        known = len(places - {None})
        if len(places) > self.settings.max_locations_per_day:
            return False
        if sum(s.minutes for s in setups) > capacity(self.settings, max(known - 1, 0)):
            return False
        return self._in_light(setups, self.first + dt.timedelta(days=position))

    def sun(self, location_id: str | None, date: dt.date) -> SunTimes | None:
        location = self.locations.get(location_id or "")
        return sun_times(location, date) if location is not None else None

    def _in_light(self, setups: list[PlannedSetup], date: dt.date) -> bool:
        if not any(s.key.ext_day and self.sun(s.key.location_id, date) for s in setups):
            return True
        ordered = order_day(setups)
        margin = dt.timedelta(minutes=self.settings.daylight_margin_minutes)
        timeline = day_timeline(self._day(ordered, date), self.places.shots, self.settings, self.places.location_of)
        for setup, placed in zip(ordered, timeline.setups, strict=True):
            sun = self.sun(setup.key.location_id, date) if setup.key.ext_day else None
            if sun is not None and (placed.start < _local(sun.sunrise) + margin
                                    or placed.end > _local(sun.sunset) - margin):
                return False
        return True

    def call(self, setups: list[PlannedSetup], date: dt.date) -> dt.time:
        """Night days start shooting at sunset; day days at 07:00, or later for first light."""
        lead = dt.timedelta(minutes=self.settings.load_in_out_minutes / 2)
        if any(s.key.night for s in setups):
            sun = next(filter(None, (self.sun(s.key.location_id, date) for s in setups)), None)
            sunset = _local(sun.sunset) if sun else dt.datetime.combine(date, UNKNOWN_SUNSET)
            return _round_up(max(sunset - lead, dt.datetime.combine(date, dt.time(0))))
        suns = [self.sun(s.key.location_id, date) for s in setups if s.key.ext_day]
        earliest = [_local(sun.sunrise) + dt.timedelta(minutes=self.settings.daylight_margin_minutes) - lead
                    for sun in suns if sun is not None]
        return max(DAY_CALL, _round_up(min(earliest))) if earliest else DAY_CALL

    def _day(self, ordered: list[PlannedSetup], date: dt.date, ids: bool = False) -> ShootingDay:
        setups = [Setup(id=new_id("su") if ids else f"draft_{k}", shot_ids=[s.id for s in setup.shots],
                        label=self._label(setup)) for k, setup in enumerate(ordered)]
        locations = list(dict.fromkeys(s.key.location_id for s in ordered if s.key.location_id in self.locations))
        return ShootingDay(id=new_id("day") if ids else "draft", date=date, unit_call=self.call(ordered, date),
                           location_ids=locations, setups=setups)

    def _label(self, setup: PlannedSetup) -> str:
        location = self.locations.get(setup.key.location_id or "")
        parts = [location.name if location else "", setup.key.setup_code or ""]
        return " · ".join(part for part in parts if part)

    def dated(self, drafts: list[list[PlannedSetup]]) -> list[ShootingDay]:
        """The days in order with fresh ids, each on the first date from its turn that rests every actor."""
        released = self._existing_releases()
        rest = dt.timedelta(hours=self.settings.min_turnaround_hours)
        date, days = self.first, []
        for draft in drafts:
            ordered = order_day(draft)
            while True:
                day = self._day(ordered, date, ids=True)
                workers = self._workers(day)
                if all(a not in released or w.call - released[a] >= rest for a, w in workers.items()):
                    break
                date += dt.timedelta(days=1)
            released.update((actor_id, worked.release) for actor_id, worked in workers.items())
            days.append(day)
            date += dt.timedelta(days=1)
        return days

    def _workers(self, day: ShootingDay) -> dict[str, ActorDay]:
        timeline = day_timeline(day, self.places.shots, self.settings, self.places.location_of)
        return actor_days(timeline, self.characters, self.settings, self.scenes)

    def _existing_releases(self) -> dict[str, dt.datetime]:
        released: dict[str, dt.datetime] = {}
        for day in sorted(self.project.days, key=lambda d: (d.date, d.unit_call)):
            for actor_id, worked in self._workers(day).items():
                released[actor_id] = max(worked.release, released.get(actor_id, worked.release))
        return released


def _packing_order(setups: list[PlannedSetup]) -> list[PlannedSetup]:
    """Locations with exteriors first, then by story; within one, daylight first, each cast together."""
    by_location: dict[str | None, list[PlannedSetup]] = {}
    for setup in setups:
        by_location.setdefault(setup.key.location_id, []).append(setup)
    ranked = sorted(by_location.values(), key=lambda block: (
        not any(s.key.int_ext == "EXT" for s in block), min(s.story for s in block)))
    return [setup for block in ranked
            for setup in sorted(block, key=lambda s: (not s.key.ext_day, sorted(s.actors), s.story))]


def _local(moment: dt.datetime) -> dt.datetime:
    """An aware sun time as the naive local clock time the day's timeline uses."""
    return moment.replace(tzinfo=None)


def _round_up(moment: dt.datetime) -> dt.time:
    """The clock time at or after ``moment`` on a five-minute mark (capped at 23:55)."""
    minutes = min(math.ceil((moment.hour * 60 + moment.minute + moment.second / 60) / 5) * 5, 23 * 60 + 55)
    return dt.time(minutes // 60, minutes % 60)
