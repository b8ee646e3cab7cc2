"""Production schedule: shots left off the shooting days, days too long, short rests, lost light.

Evaluated only when the project has at least one shooting day: a project that has
not started scheduling gets no schedule finding at all. Every rule reads the same
estimates as the planner and the call sheet (shotgraph.core.planning): a day's
timeline from its unit call, each setup's start and end, each actor's call and release.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterator
from functools import cached_property
from itertools import pairwise

from shotgraph.core.model import IntExt, Mode, Scene, ShootingDay, Shot, TimeOfDay
from shotgraph.core.planning import ActorDay, DayTimeline, SetupTime, SunTimes, actor_days, day_timeline, turnaround
from shotgraph.core.planning.sun import sun_times

from .facts import EpisodeFacts, ProjectFacts
from .findings import Hit, Severity, Text
from .registry import Scope, rule

TOLERANCE_MINUTES = 1e-3
"""Estimates are sums of fractional minutes; a day within this of its maximum is not over it."""

MODE_ZH = {Mode.LIVE: "实拍", Mode.AI: "AI生成", Mode.HYBRID: "混合"}

LIGHT_TIMES = frozenset({TimeOfDay.DAY, TimeOfDay.NIGHT})
"""Exterior times of day the daylight rule checks; dawn and dusk are the director's call."""

LIGHT_PROBLEMS = {
    TimeOfDay.DAY: {"time_zh": "日戏", "problem": "outside daylight (sunrise {sunrise}, sunset {sunset})",
                    "problem_zh": "超出日照时间（日出 {sunrise}，日落 {sunset}）"},
    TimeOfDay.NIGHT: {"time_zh": "夜戏", "problem": "before sunset ({sunset})", "problem_zh": "早于日落（{sunset}）"},
}


class Schedule:
    """One run's view of the shooting days: where each shot lives and each day's timeline."""

    def __init__(self, facts: ProjectFacts) -> None:
        self.facts = facts
        self.settings = facts.project.planning
        self.owners: dict[str, EpisodeFacts] = {}
        self.shots: dict[str, Shot] = {}
        self.scenes: dict[str, Scene] = {}
        for episode in facts.episodes.values():
            self.shots.update(episode.shots)
            self.scenes.update(episode.scenes)
            self.owners.update(dict.fromkeys(episode.shots, episode))

    @cached_property
    def timelines(self) -> list[DayTimeline]:
        """Every day's timeline, by date and unit call (days on one date keep their order)."""
        days = sorted(self.facts.project.days, key=lambda day: (day.date, day.unit_call))
        return [day_timeline(day, self.shots, self.settings, self.location_of) for day in days]

    def location_of(self, shot: Shot) -> str | None:
        return self.owners[shot.id].location_id(shot)

    def episode_of(self, shot_ids: tuple[str, ...]) -> EpisodeFacts | None:
        """The episode holding all these shots, or None when they span episodes."""
        owners = {id(self.owners[shot_id]): self.owners[shot_id] for shot_id in shot_ids}
        return next(iter(owners.values())) if len(owners) == 1 else None


def _placed(days: list[ShootingDay]) -> set[str]:
    return {shot_id for day in days for setup in day.setups for shot_id in setup.shot_ids}


@rule("schedule.unscheduled", Severity.WARNING, Scope.PROJECT,
      message=Text("Shot {shots} ({mode}) is on no shooting day",
                   "镜头 {shots}（{mode_zh}）还没有排进任何拍摄日"),
      hint=Text("Add it to a setup of a shooting day, or make it an AI shot if it needs no filming",
                "把它排进某个拍摄日的机位组；若无需实拍，可改为AI镜头"))
def unscheduled(project: ProjectFacts) -> Iterator[tuple[EpisodeFacts, Hit]]:
    """A live or hybrid shot needs actors in front of a camera; off the schedule it never gets shot.

    Fix: place it in a setup of a shooting day (or let the planner do it).
    """
    days = project.project.days
    if not days:
        return
    placed = _placed(days)
    for episode in project.in_order():
        for shot in episode.order:
            if shot.mode is not Mode.AI and shot.id not in placed:
                values = {"mode": shot.mode.value, "mode_zh": MODE_ZH[shot.mode]}
                yield episode, Hit((shot.id,), evidence=(shot.mode,), values=values)


@rule("schedule.overlong-day", Severity.WARNING, Scope.PROJECT,
      message=Text("Shooting day {date} is estimated at {hours} h {minutes} min, over the maximum of {limit}",
                   "{date} 拍摄日预计工作 {hours} 小时 {minutes} 分钟，超过每日上限 {limit_zh}"),
      hint=Text("Move setups to another day, or raise the maximum day length in the planning settings",
                "把部分机位组移到其他拍摄日，或在排期设置中调高每日最长工时"))
def overlong_day(project: ProjectFacts) -> Iterator[tuple[EpisodeFacts | None, Hit]]:
    """A day longer than the maximum tires the crew and runs into overtime and unsafe driving home.

    The estimate is load-in/out + setups + meal + company moves (planning/timeline.py).
    Fix: move setups to a lighter day. Reported with the day's shots in setup order; the
    episode is None when they span episodes.
    """
    if not project.project.days:
        return
    schedule = Schedule(project)
    limit = schedule.settings.max_day_hours
    for timeline in schedule.timelines:
        minutes = timeline.working_minutes
        shots = tuple(shot.id for shot in timeline.shots)
        if shots and minutes > limit * 60 + TOLERANCE_MINUTES:
            yield schedule.episode_of(shots), _overlong_hit(timeline.day.date, shots, minutes, limit)


def _overlong_hit(date: dt.date, shots: tuple[str, ...], minutes: float, limit: float) -> Hit:
    """The estimate shown rounded up to the minute, so it never reads as the maximum itself."""
    hours, rest = divmod(math.ceil(minutes - TOLERANCE_MINUTES), 60)
    limit_hours, limit_minutes = divmod(round(limit * 60), 60)
    values = {"date": date.isoformat(), "hours": hours, "minutes": rest,
              "limit": f"{limit_hours} h {limit_minutes} min" if limit_minutes else f"{limit_hours} h",
              "limit_zh": f"{limit_hours} 小时 {limit_minutes} 分钟" if limit_minutes else f"{limit_hours} 小时"}
    return Hit(shots, evidence=(date.isoformat(), round(minutes, 1), limit), values=values, scene=None)


@rule("schedule.turnaround", Severity.WARNING, Scope.PROJECT,
      message=Text("{actor} rests only {rest_hours} h {rest_minutes} min between release at {released} "
                   "and call at {called} (minimum {minimum} h)",
                   "演员 {actor} 从 {released} 收工到 {called} 通告只休息 {rest_hours} 小时 {rest_minutes} 分钟"
                   "（至少需 {minimum} 小时）"),
      hint=Text("Call the actor later on the second day, release them earlier on the first, or move their setups",
                "推迟该演员第二天的通告、提早第一天放人，或调整其机位组的排期"))
def short_turnaround(project: ProjectFacts) -> Iterator[tuple[EpisodeFacts | None, Hit]]:
    """An actor needs a night's rest between release on one day and call on the next they work.

    Days are compared per actor, in date order, among the days that actor works (a live
    or hybrid shot shows a character they play, or has one in its scene's cast). Fix: call later, release earlier, or
    move their setups. Reported with their last shot of the first day and first of the next.
    """
    if not project.project.days:
        return
    schedule = Schedule(project)
    minimum = schedule.settings.min_turnaround_hours
    for actor_id, worked in _days_by_actor(schedule).items():
        for before, after in pairwise(worked):
            rest = turnaround(before, after)
            if rest < dt.timedelta(hours=minimum):
                shots = (before.last_shot_id, after.first_shot_id)
                yield schedule.episode_of(shots), _turnaround_hit(project, actor_id, before, after, minimum)


def _days_by_actor(schedule: Schedule) -> dict[str, list[ActorDay]]:
    worked: dict[str, list[ActorDay]] = {}
    for timeline in schedule.timelines:
        for actor_id, actor_day in actor_days(timeline, schedule.facts.characters, schedule.settings,
                                                 schedule.scenes).items():
            worked.setdefault(actor_id, []).append(actor_day)
    return worked


def _turnaround_hit(project: ProjectFacts, actor_id: str, before: ActorDay, after: ActorDay, minimum: float) -> Hit:
    person = project.people.get(actor_id)
    released, called = _when(before.release), _when(after.call)
    rest_hours, rest_minutes = divmod(math.floor(turnaround(before, after).total_seconds() / 60), 60)
    values = {"actor": person.name if person else actor_id, "rest_hours": rest_hours,
              "rest_minutes": rest_minutes, "minimum": f"{minimum:g}", "released": released, "called": called}
    return Hit((before.last_shot_id, after.first_shot_id), evidence=(actor_id, released, called, minimum),
               values=values)


def _when(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M")


@rule("schedule.daylight", Severity.WARNING, Scope.PROJECT,
      message=Text("EXT {time} shot {shots} is scheduled {start}–{end} on {date}, {problem}",
                   "外景{time_zh}镜头 {shots} 排在 {date} {start}–{end}，{problem_zh}"),
      hint=Text("Move its setup into the light its time of day needs (DAY between sunrise and sunset, "
                "NIGHT after sunset), or to another day",
                "把它的机位组挪到符合时间设定的时段（日戏在日出与日落之间，夜戏在日落之后），或改到其他拍摄日"))
def daylight(project: ProjectFacts) -> Iterator[tuple[EpisodeFacts, Hit]]:
    """An exterior day shot filmed in the dark, or a night shot filmed in daylight, cannot cut in.

    EXT DAY: the whole span of its setup, start to end, must lie between sunrise and sunset.
    EXT NIGHT: its setup must start at or after sunset (then all of it is after sunset).
    Only effective INT/EXT ``EXT`` (``INT/EXT`` is neither), at a location with coordinates
    and a known time zone, on a day the sun rises and sets there. Any shot placed on a day
    counts, whatever its mode. Fix: move the setup within the day, or to another day.
    """
    for owner, shot, placed, sun in _exteriors(project):
        start, end = (moment.replace(tzinfo=sun.sunset.tzinfo) for moment in (placed.start, placed.end))
        if owner.time_of_day(shot) is TimeOfDay.DAY:
            if start < sun.sunrise or end > sun.sunset:
                yield owner, _daylight_hit(shot, placed, sun, TimeOfDay.DAY)
        elif start < sun.sunset:
            yield owner, _daylight_hit(shot, placed, sun, TimeOfDay.NIGHT)


def _exteriors(project: ProjectFacts) -> Iterator[tuple[EpisodeFacts, Shot, SetupTime, SunTimes]]:
    """Scheduled EXT DAY and EXT NIGHT shots at a location with sun times on their day."""
    if not project.project.days:
        return
    schedule = Schedule(project)
    for timeline in schedule.timelines:
        for placed in timeline.setups:
            for shot in placed.shots:
                owner = schedule.owners[shot.id]
                if owner.int_ext(shot) is not IntExt.EXT or owner.time_of_day(shot) not in LIGHT_TIMES:
                    continue
                location = project.locations.get(owner.location_id(shot) or "")
                sun = sun_times(location, timeline.day.date) if location is not None else None
                if sun is not None:
                    yield owner, shot, placed, sun


def _daylight_hit(shot: Shot, placed: SetupTime, sun: SunTimes, time_of_day: TimeOfDay) -> Hit:
    sunrise, sunset = _clock(sun.sunrise), _clock(sun.sunset)
    values = {"time": time_of_day.value, "date": sun.sunset.date().isoformat(),
              "start": _clock(placed.start), "end": _clock(placed.end), **LIGHT_PROBLEMS[time_of_day]}
    values = {key: value.format(sunrise=sunrise, sunset=sunset) for key, value in values.items()}
    evidence = (IntExt.EXT, time_of_day, values["date"], values["start"], values["end"], sunrise, sunset)
    return Hit((shot.id,), evidence=evidence, values=values)


def _clock(moment: dt.datetime) -> str:
    return moment.strftime("%H:%M")
