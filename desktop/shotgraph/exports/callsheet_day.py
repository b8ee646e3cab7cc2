"""What one call sheet reads about its day (the timeline, the shots and who and what they need), and the
look its tables share: small type, tight cells, each section's title in its header row or just above."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer, Table

from shotgraph.core.io.errors import InputError
from shotgraph.core.model import Character, Location, Mode, Person, Project, Scene, ShootingDay, Shot, called_characters
from shotgraph.core.planning.timeline import ActorDay, DayTimeline, actor_days, day_timeline

from .callsheet_clock import clock, span
from .codes import code_list, natural_key, scene_ref, with_episode
from .pdf.document import MARGIN, build_pdf, para
from .pdf.images import Thumbnails
from .pdf.tables import grid, heading

WEEKDAYS = ("Mon 周一", "Tue 周二", "Wed 周三", "Thu 周四", "Fri 周五", "Sat 周六", "Sun 周日")
NAMED_SHOTS = 12
"""Department notes name up to this many shots; beyond it, the scenes they are in."""
TEXT_SIZE = 6.8
"""The call sheet's tables are set this small, as crews' sheets are, so a day fits its page."""
TIGHT = (("TOPPADDING", (0, 0), (-1, -1), 0.8), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.4))
"""Cell padding of the call sheet's tables, below a report's."""
SECTION_TITLE_SIZE = 8
SECTION_GAP = 1.2 * mm
SECTION_ROOM = 16 * mm
"""A section title starts a new page when less than this is left: room for a table's header and first row."""


def sheet_table(header: Sequence[str], rows: Sequence[Sequence[object]], widths: Sequence[float],
                style: Sequence[tuple] = ()) -> Table:
    """A ruled table of the call sheet: small text, tight cells, split over pages with its header repeated."""
    return grid(header, rows, widths, [*TIGHT, *style], size=TEXT_SIZE)


def section_heading(title: str) -> list[Flowable]:
    """A section title of the call sheet, smaller than a report's so a day fits its page."""
    return heading(title, SECTION_TITLE_SIZE, SECTION_ROOM)


def section_gap() -> Flowable:
    """The space between two sections whose tables carry their titles in their header rows."""
    return Spacer(1, SECTION_GAP)


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
        """The shot's scene with its episode, as crews call it: ``12-3``."""
        scene = self.scenes.get(shot.scene_id)
        return scene_ref(self.episode_of.get(shot.id), scene.code) if scene else ""

    def scene_codes(self, shots: Iterable[Shot]) -> str:
        """The scenes of some shots, each once: ``12-3, 12-5``."""
        return code_list(code for shot in shots if (code := self.scene_code(shot)))

    def shot_codes(self, shots: Sequence[Shot], with_episodes: bool | None = None) -> str:
        """The shots' codes, with their episode (``12-53, 13-2``) when ``with_episodes`` or, left None,
        when they come from more than one."""
        if with_episodes is None:
            with_episodes = len({self.episode_of.get(s.id) for s in shots}) > 1
        if with_episodes:
            return code_list(with_episode(self.episode_of.get(s.id), s.code) for s in shots)
        return code_list(s.code for s in shots)

    def in_code_order(self, shots: Iterable[Shot]) -> list[Shot]:
        """Shots by episode, then by code as people count (``2`` before ``10``)."""
        return sorted(shots, key=lambda s: (self.episode_of.get(s.id, 0), natural_key(s.code)))

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

    def cast_of(self, shots: Iterable[Shot]) -> list[str]:
        """The cast ids some shots call, each once: numbers first in order, then the names of unnumbered roles."""
        ids = {self.cast_id(c) for s in shots for c in self.called(s)} - {""}
        return sorted(ids, key=lambda text: (not text.isdigit(), natural_key(text)))

    def cast_ids(self, shots: Iterable[Shot]) -> str:
        """The cast ids some shots call, written short: ``1–4, 7, 林晓``."""
        return code_list(self.cast_of(shots))

    def timeline(self, day: ShootingDay) -> DayTimeline:
        return day_timeline(day, self.shots, self.project.planning, self.location_of)


@dataclass(frozen=True)
class DayTotals:
    """What a day films: setups, scenes and shots, and the screen time of the shots that have one."""

    setups: int
    scenes: int
    shots: int
    screen_seconds: float
    untimed: int
    """Shots with no duration, left out of the screen time."""


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

    @property
    def day_and_date(self) -> str:
        """``Day 2 of 5 · 2026-12-03 Thu 周四``."""
        return f"Day {self.number} of {self.count} · {day_date(self.day.date)}"

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
    def totals(self) -> DayTotals:
        shots = self.timeline.shots
        timed = [s.duration_s for s in shots if s.duration_s is not None]
        return DayTotals(setups=sum(1 for placed in self.timeline.setups if placed.shots),
                         scenes=len({s.scene_id for s in shots}), shots=len(shots),
                         screen_seconds=sum(timed), untimed=len(shots) - len(timed))

    def where(self, shots: Sequence[Shot]) -> str:
        """Where something is needed, for notes: the shots when few (with their episode on a day that
        films several), else their scenes and how many shots."""
        if len(shots) > NAMED_SHOTS:
            return f"scenes 场 {self.index.scene_codes(self.index.in_code_order(shots))} · {len(shots)} shots 镜"
        return self.index.shot_codes(self.index.in_code_order(shots), len(self.episodes) > 1)

    @cached_property
    def episodes(self) -> list[int]:
        return sorted({self.index.episode_of[s.id] for s in self.timeline.shots if s.id in self.index.episode_of})

    def characters_of(self, actor_id: str) -> list[Character]:
        """The characters an actor plays in the day's filmed shots and their scenes."""
        called = set(self.called)
        return [c for c in self.project.characters if c.actor_id == actor_id and c.id in called]


def day_times(context: DayContext) -> list[tuple[str, str]]:
    """Crew call, breakfast before an early call, shooting call, meal and estimated wrap (docs/schedule.md),
    each with its label; a time after midnight is marked ``+1 次日``."""
    timeline, date = context.timeline, context.day.date
    first = next((placed.start for placed in timeline.setups if placed.shots), None)
    meal = "—"
    if timeline.meal is not None:
        end = timeline.meal + dt.timedelta(minutes=context.project.planning.meal_minutes)
        meal = span(timeline.meal, end, date)
    elif first is not None:
        meal = f"None 无 — wraps before {clock(timeline.meal_due, date)} 前收工"
    cells = [("General crew call 全体集合", clock(timeline.call, date))]
    if timeline.breakfast is not None:
        cells.append(("Breakfast 早餐", span(timeline.breakfast, timeline.call, date)))
    cells += [("Shooting call 开机", clock(first, date) or "—"), ("Meal 用餐", meal),
              ("Estimated wrap 预计收工", clock(timeline.wrap, date))]
    return cells


def day_contexts(project: Project, day: int | str | None, thumbnails: Thumbnails, width: float) -> list[DayContext]:
    """The days to print, in date order, each with its number from 1 and the day after it.

    All the project's days, or only ``day`` (its number or its id); a day that does not exist
    is refused naming the ones that do.
    """
    days = sorted(project.days, key=lambda d: d.date)
    chosen = list(range(len(days)))
    if day is not None:
        chosen = [k for k, candidate in enumerate(days) if day == candidate.id or str(day) == str(k + 1)][:1]
        if not chosen:
            have = f"days 1–{len(days)}" if days else "no shooting days"
            raise InputError(None, f"there is no shooting day {day}; the project has {have}")
    index = ProjectIndex(project)
    return [DayContext(index, days[k], k + 1, len(days), days[k + 1] if k + 1 < len(days) else None, thumbnails,
                       width) for k in chosen]


def day_date(date: dt.date) -> str:
    """``2026-12-02 Wed 周三``."""
    return f"{date:%Y-%m-%d} {WEEKDAYS[date.weekday()]}"


def write_day_pages(project: Project, path: str | Path, contexts: Sequence[DayContext],
                    pages_of: Callable[[DayContext], list[Flowable]], *, title: str, paper: str,
                    progress: Callable[[int, int], None] | None, margins: float = MARGIN) -> None:
    """One PDF of each day's pages, each day from a new page, reporting progress day by day."""
    story: list[Flowable] = []
    for done, context in enumerate(contexts):
        if progress is not None:
            progress(done, len(contexts))
        if story:
            story.append(PageBreak())
        story += pages_of(context)
    if not story:
        story = [para(f"{project.title} — no shooting days yet 尚无拍摄日", 11),
                 para("Plan them in the Schedule tab (Plan Days…) or with shotgraph schedule. "
                      "请在“排期”页用“安排拍摄日…”或用 shotgraph schedule 命令安排。", 9)]
    build_pdf(path, story, paper=paper, title=title, margins=margins)
    if progress is not None:
        progress(len(contexts), len(contexts))
