"""The call sheet's cast table (every actor the day's scenes call, and every role still NOT CAST)
and its extras (群演) table, setup by setup.

Each actor's times are their own for the day (core/planning/timeline.py): pick-up, hair and
make-up, wardrobe, on set and release, a time after midnight marked ``+1 次日``.
"""

from __future__ import annotations

import datetime as dt
import re

from reportlab.platypus import Flowable

from shotgraph.core.model import Person
from shotgraph.core.planning.timeline import ActorDay

from .callsheet_clock import clock
from .callsheet_day import DayContext, section_heading, sheet_table
from .pdf.tables import empty_line

NOT_CAST = "NOT CAST 未定演员"
"""Printed in the actor column for a called character nobody plays yet."""

CAST_HEADER = ("ID 编号", "Actor 演员", "Character 角色", "Pick-up 接送", "Hair/MU 化妆", "Wardrobe 服装",
               "On set 到场", "Release 收工")
CAST_WIDTHS = (0.06, 0.14, 0.14, 0.26, 0.1, 0.1, 0.1, 0.1)

WRITTEN_TIME = re.compile(r"^\s*\d{1,2}[:：]\d{2}(?!\d)[\s,，;；·、]*")
"""A clock time written at the start of a person's pick-up text: the sheet prints the day's own instead."""


def cast_section(context: DayContext) -> list[Flowable]:
    """The cast table, or a line saying the day calls no actor."""
    rows = cast_rows(context)
    title = section_heading("Cast 演员")
    if not rows:
        return [*title, empty_line("No actors called 当日无演员")]
    return [*title, sheet_table(CAST_HEADER, rows, [f * context.width for f in CAST_WIDTHS])]


def cast_rows(context: DayContext) -> list[list[str]]:
    """One row per actor called and one per character with no actor, by cast id (unnumbered last)."""
    rows = [*_actor_rows(context), *_not_cast_rows(context)]
    rows.sort(key=lambda row: (not row[0], int(row[0].split(",")[0]) if row[0] else 0, row[1], row[2]))
    return rows


def _actor_rows(context: DayContext) -> list[list[str]]:
    rows = []
    for actor_id, times in context.actors.items():
        person = context.index.people.get(actor_id)
        characters = context.characters_of(actor_id)
        ids = ", ".join(str(c.cast_number) for c in characters if c.cast_number is not None)
        rows.append([ids, person.name if person else actor_id, ", ".join(c.name for c in characters),
                     *_times(context, times, person)])
    return rows


def _not_cast_rows(context: DayContext) -> list[list[str]]:
    rows = []
    for character_id, times in context.not_cast.items():
        character = context.index.characters[character_id]
        number = str(character.cast_number) if character.cast_number is not None else ""
        rows.append([number, NOT_CAST, character.name, *_times(context, times)])
    return rows


def _times(context: DayContext, times: ActorDay, person: Person | None = None) -> list[str]:
    """Pick-up (with the person's pick-up place), hair and make-up, wardrobe, on set and release."""
    date = context.day.date
    pickup = clock(times.pickup(context.index.locations), date, "\n")
    place = pickup_place(person) if person else ""
    later = (clock(moment, date, "\n") for moment in (times.call, times.wardrobe, times.on_set, times.release))
    return [f"{pickup}\n{place}" if place else pickup, *later]


def pickup_place(person: Person) -> str:
    """Where transport picks the person up, without any time written there: the time is the day's own."""
    return WRITTEN_TIME.sub("", person.pickup, count=1).strip()


def extras_section(context: DayContext) -> list[Flowable]:
    """Each setup that needs background performers: when, which scenes, how many, and their call.

    Extras are called for wardrobe and the buffer before the setup starts; they have no
    personal hair and make-up time.
    """
    planning, index, date = context.project.planning, context.index, context.day.date
    rows = []
    for placed in context.timeline.setups:
        count = index.extras(placed.shots)
        if count:
            call = placed.start - dt.timedelta(minutes=planning.wardrobe_minutes + planning.buffer_minutes)
            rows.append([clock(placed.start, date), index.scene_codes(placed.shots), index.shot_codes(placed.shots),
                         str(count), clock(call, date)])
    title = section_heading("Extras 群演")
    if not rows:
        return [*title, empty_line("No extras called 当日无群演")]
    w = context.width
    header = ["Setup 机位时间", "Scene 场", "Shots 镜号", "Extras 人数", "Call 集合"]
    return [*title, sheet_table(header, rows, [f * w for f in (0.14, 0.2, 0.36, 0.14, 0.16)])]
