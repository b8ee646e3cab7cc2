"""The call sheet's cast table (every actor the day's scenes call, and every role still NOT CAST)
and its extras (群演) table, setup by setup."""

from __future__ import annotations

import datetime as dt

from reportlab.platypus import Flowable

from shotgraph.core.planning.timeline import ActorDay

from .callsheet_day import DayContext, hhmm
from .pdf.tables import empty_line, grid, heading

NOT_CAST = "NOT CAST 未定演员"
"""Printed in the actor column for a called character nobody plays yet."""

CAST_HEADER = ("ID 编号", "Actor 演员", "Character 角色", "Pick-up 接送", "Hair/MU 化妆", "Wardrobe 服装",
               "On set 到场", "Release 收工")
CAST_WIDTHS = (0.07, 0.17, 0.13, 0.23, 0.1, 0.1, 0.1, 0.1)


def cast_section(context: DayContext) -> list[Flowable]:
    """One row per actor called, then one per character with no actor, sorted by cast id."""
    rows = [*_actor_rows(context), *_not_cast_rows(context)]
    if not rows:
        return [*heading("Cast 演员"), empty_line("No actors called 当日无演员")]
    rows.sort(key=lambda row: (not row[0], int(row[0].split(",")[0]) if row[0] else 0, row[1], row[2]))
    return [*heading("Cast 演员"), grid(CAST_HEADER, rows, [f * context.width for f in CAST_WIDTHS])]


def _actor_rows(context: DayContext) -> list[list[str]]:
    rows = []
    for actor_id, times in context.actors.items():
        person = context.index.people.get(actor_id)
        characters = context.characters_of(actor_id)
        ids = ", ".join(str(c.cast_number) for c in characters if c.cast_number is not None)
        rows.append([ids, person.name if person else actor_id, ", ".join(c.name for c in characters),
                     person.pickup if person else "", *_times(context, times)])
    return rows


def _not_cast_rows(context: DayContext) -> list[list[str]]:
    rows = []
    for character_id, times in context.not_cast.items():
        character = context.index.characters[character_id]
        number = str(character.cast_number) if character.cast_number is not None else ""
        rows.append([number, NOT_CAST, character.name, "", *_times(context, times)])
    return rows


def _times(context: DayContext, times: ActorDay) -> list[str]:
    """Hair/make-up call, wardrobe, on set and release of one actor's day."""
    planning = context.project.planning
    wardrobe = times.on_set - dt.timedelta(minutes=planning.buffer_minutes + planning.wardrobe_minutes)
    return [hhmm(times.call), hhmm(wardrobe), hhmm(times.on_set), hhmm(times.release)]


def extras_section(context: DayContext) -> list[Flowable]:
    """Each setup that needs background performers: when, which scenes, how many, and their call.

    Extras are called for wardrobe and the buffer before the setup starts; they have no
    personal hair and make-up time.
    """
    planning, index = context.project.planning, context.index
    rows = []
    for placed in context.timeline.setups:
        count = index.extras(placed.shots)
        if count:
            call = placed.start - dt.timedelta(minutes=planning.wardrobe_minutes + planning.buffer_minutes)
            scenes = ", ".join(dict.fromkeys(index.scene_code(s) for s in placed.shots))
            rows.append([hhmm(placed.start), scenes, ", ".join(s.code for s in placed.shots), str(count), hhmm(call)])
    if not rows:
        return [*heading("Extras 群演"), empty_line("No extras called 当日无群演")]
    w = context.width
    header = ["Setup 机位时间", "Scene 场", "Shots 镜号", "Extras 人数", "Call 集合"]
    return [*heading("Extras 群演"), grid(header, rows, [f * w for f in (0.14, 0.2, 0.36, 0.14, 0.16)])]
