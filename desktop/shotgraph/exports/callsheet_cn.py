"""The 通告单: a day's call sheet laid out as Chinese crews print it, all in Chinese.

A header with the day (第X天/共Y天), its date and version, then 集合时间与地点, 开机, 用餐 and
预计收工; one row per scene in shooting order (场次 as 集-场, 景 as 日内 / 夜外, 地点, 内容,
演员 as 角色/演员, 群演, 服化道, 备注); then the 演员通告: each actor's 化妆 and 到场 times, pick-up
and the scenes they play. It reads the same day (callsheet_day.DayContext) as the international
sheet, so the two never disagree; pages are numbered per day, headed after the first and marked
DRAFT until the day is final.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from shotgraph.core.model import Mode, Shot
from shotgraph.core.planning.sun import sun_times
from shotgraph.core.planning.timeline import ActorDay

from .callsheet_cast import NOT_CAST, pickup_place
from .callsheet_clock import clock, span
from .callsheet_contacts import key_contacts, walkie_channels
from .callsheet_day import TEXT_SIZE, WEEKDAYS, DayContext, section_gap, section_heading, sheet_table
from .callsheet_issue import changes_section, sheet_status
from .callsheet_schedule import CELL_PADDING
from .pdf.document import PageRun, para
from .pdf.tables import clipped, empty_line

INT_EXT = {"INT": "内", "EXT": "外", "INT/EXT": "内外"}
TIME_OF_DAY = {"DAWN": "晨", "DAY": "日", "DUSK": "昏", "NIGHT": "夜"}

SCENE_HEADER = ("场次", "景", "地点", "内容", "演员（角色/演员）", "群演", "服化道", "备注")
SCENE_WIDTHS = (0.065, 0.05, 0.12, 0.235, 0.2, 0.045, 0.16, 0.125)
TIMES_SIZE = 9
"""The header's times are set larger than the tables, to stand out."""
CONTENT_LINES = 3
"""A scene's 内容 is cut to this many lines: the script says the rest."""

ROLES_NAMED = 12
"""A scene's 演员 cell names up to this many roles; beyond, how many and where all are: the 演员通告."""

ACTOR_HEADER = ("演员", "角色", "化妆", "到场", "接送", "场次")
ACTOR_WIDTHS = (0.13, 0.17, 0.08, 0.08, 0.2, 0.34)


@dataclass(frozen=True)
class SceneOnDay:
    """One scene of the day: its shots in shooting order and when its first setup starts."""

    code: str
    shots: tuple[Shot, ...]
    start: dt.datetime
    move_before: bool
    """The company moves to another location before the scene."""


def cn_day_story(context: DayContext) -> list[Flowable]:
    """The day's 通告单 as one run of pages."""
    return [cn_day_run(context), *header_section(context), *changes_section(context, chinese=True),
            *scenes_section(context), *actors_section(context), *contacts_section(context), *notes_section(context)]


def cn_title(context: DayContext) -> str:
    return f"{context.project.title or '未命名'} 通告单"


def cn_date(date: dt.date) -> str:
    """``2026-12-02 周三``."""
    return f"{date:%Y-%m-%d} {WEEKDAYS[date.weekday()].split()[-1]}"


def cn_day(context: DayContext) -> str:
    """``第2天/共5天``."""
    return f"第{context.number}天/共{context.count}天"


def cn_day_run(context: DayContext) -> PageRun:
    """The day's pages, numbered on their own in Chinese and English, headed after the first, DRAFT until final."""
    number, day, status = context.number, context.day, sheet_status(context)
    footer = f"第{number}天 第{{page}}/{{pages}}页 · Day {number} · page {{page}} of {{pages}}"
    head = f"{cn_title(context)} · {cn_day(context)} · {cn_date(day.date)} · {status.label_cn}"
    return PageRun(footer, head, draft=not status.final)


def header_section(context: DayContext) -> list[Flowable]:
    """The title and day, then one row of the day's times and where the crew gathers."""
    timeline, date, w = context.timeline, context.day.date, context.width
    episodes = "、".join(f"第{n}集" for n in context.episodes) or "—"
    line = f"{cn_day(context)} · {cn_date(date)} · {sheet_status(context).label_cn} · {episodes}"
    first = next((placed.start for placed in timeline.setups if placed.shots), None)
    call = clock(timeline.call, date)
    if timeline.breakfast is not None:
        call += f"\n早餐\n{span(timeline.breakfast, timeline.call, date)}"
    meal = "—"
    if timeline.meal is not None:
        meal = span(timeline.meal, timeline.meal + dt.timedelta(minutes=context.project.planning.meal_minutes), date)
    elif first is not None:
        meal = f"无（{clock(timeline.meal_due, date)}前收工）"
    header = ["集合时间", "集合地点", "开机", "用餐", "预计收工", "天气"]
    row = [para(call, TIMES_SIZE), _gathering(context, 0.3 * w - CELL_PADDING),
           para(clock(first, date) or "—", TIMES_SIZE), para(meal, TIMES_SIZE),
           para(clock(timeline.wrap, date), TIMES_SIZE), _weather(context, 0.22 * w - CELL_PADDING)]
    widths = [f * w for f in (0.11, 0.3, 0.09, 0.15, 0.13, 0.22)]
    return [para(cn_title(context), 14, "title"), para(line, 9), Spacer(1, 1 * mm), sheet_table(header, [row], widths)]


def _gathering(context: DayContext, room: float) -> str:
    """The first location of the day, with its address, in two lines at most."""
    locations = context.locations
    if not locations:
        return "未设场地"
    first = locations[0]
    return "\n".join(filter(None, (first.name, clipped(first.address, room, TEXT_SIZE)))) if first.address \
        else first.name


def _weather(context: DayContext, room: float) -> str:
    """The weather as entered, then the first location's sunrise and sunset."""
    sun = next((times for loc in context.locations if (times := sun_times(loc, context.day.date))), None)
    weather = clipped(context.day.weather, room, TEXT_SIZE, 2) if context.day.weather else "未填写"
    return f"{weather}\n日出 {sun.sunrise:%H:%M} 日落 {sun.sunset:%H:%M}" if sun else weather


def scenes_on_day(context: DayContext) -> list[SceneOnDay]:
    """The day's scenes in shooting order, each once, with all of its shots filmed that day."""
    found: dict[str, list] = {}
    for placed in context.timeline.setups:
        for shot in placed.shots:
            code = context.index.scene_code(shot) or shot.code
            if code not in found:
                found[code] = [[], placed.start, placed.move_before]
            found[code][0].append(shot)
    return [SceneOnDay(code, tuple(shots), start, move) for code, (shots, start, move) in found.items()]


def scenes_section(context: DayContext) -> list[Flowable]:
    """One row per scene in shooting order."""
    title = section_heading("拍摄场次")
    scenes = scenes_on_day(context)
    if not scenes:
        return [*title, empty_line("当日无拍摄场次")]
    widths = [f * context.width for f in SCENE_WIDTHS]
    rows = [_scene_row(context, scene, widths[3] - CELL_PADDING) for scene in scenes]
    return [*title, sheet_table(SCENE_HEADER, rows, widths), Spacer(1, 1 * mm), para(_totals(context), 7.5)]


def _scene_row(context: DayContext, scene: SceneOnDay, room: float) -> list[str]:
    index, shots = context.index, scene.shots
    places = (index.locations[loc].name for s in shots if (loc := index.location_of(s)) in index.locations)
    extras = index.extras(shots)
    return [scene.code, _joined(_setting(context, s) for s in shots), _joined(places, "\n"),
            _content(context, shots, room), "、".join(_roles(context, shots)), str(extras) if extras else "",
            "\n".join(_wardrobe_and_props(context, shots)), "\n".join(_remarks(context, scene))]


def _setting(context: DayContext, shot: Shot) -> str:
    """``日内``, ``夜外``: the time of day, then inside or outside."""
    index = context.index
    return TIME_OF_DAY.get(index.time_of_day(shot), "") + INT_EXT.get(index.int_ext(shot), "")


def _content(context: DayContext, shots: Sequence[Shot], room: float) -> str:
    """What happens: the descriptions of the scene's shots filmed that day (else its heading), cut to a few lines.

    景 and 地点 already say where and when, so the heading is only a last resort.
    """
    scene = context.index.scenes.get(shots[0].scene_id)
    texts = [s.description for s in shots if s.description] or ([scene.heading] if scene and scene.heading else [])
    return clipped(" / ".join(dict.fromkeys(texts)), room, TEXT_SIZE, CONTENT_LINES) if texts else ""


def _roles(context: DayContext, shots: Iterable[Shot]) -> list[str]:
    """``苏婉/林晓``: each character the shots call, with the actor who plays them; past a dozen, the first
    dozen and how many in all."""
    index = context.index
    roles = []
    for character_id in dict.fromkeys(c for shot in shots for c in index.called(shot)):
        character = index.characters[character_id]
        actor = index.people.get(character.actor_id) if character.actor_id else None
        roles.append(f"{character.name}/{actor.name if actor else NOT_CAST}")
    if len(roles) > ROLES_NAMED:
        return [*roles[:ROLES_NAMED], f"等共{len(roles)}人（见演员通告）"]
    return roles


def _wardrobe_and_props(context: DayContext, shots: Sequence[Shot]) -> list[str]:
    """``服：苏婉 红色风衣`` and ``道：手机（碎屏）``: the looks worn and the props used, each once."""
    looks = {look.id: look for look in context.project.wardrobe}
    characters, props = context.index.characters, {p.id: p.name for p in context.project.props}
    worn = dict.fromkeys(
        f"{characters[look.character_id].name if look.character_id in characters else ''} {look.name}".strip()
        for s in shots if s.mode is not Mode.AI for c in s.characters if (look := looks.get(c.wardrobe_id or "")))
    used = dict.fromkeys(f"{props.get(p.prop_id, p.prop_id)}{f'（{p.state}）' if p.state else ''}"
                         for s in shots for p in s.props)
    return [f"{label}：{'、'.join(items)}" for label, items in (("服", worn), ("道", used)) if items]


def _remarks(context: DayContext, scene: SceneOnDay) -> list[str]:
    """When the scene starts and how many shots, a company move before it, and what hybrid and AI shots need."""
    date, shots = context.day.date, scene.shots
    remarks = [f"{clock(scene.start, date)} 起 · {len(shots)}镜"]
    if scene.move_before:
        remarks.insert(0, "转场")
    hybrid = sum(1 for s in shots if s.mode is Mode.HYBRID)
    if hybrid:
        remarks.append(f"{hybrid}镜虚实结合：绿幕、空镜、灯光参考")
    generated = sum(1 for s in shots if s.mode is Mode.AI)
    if generated:
        remarks.append(f"{generated}镜AI生成，不需演员")
    found = context.index.scenes.get(shots[0].scene_id)
    if found and found.notes:
        remarks.append(clipped(found.notes, SCENE_WIDTHS[-1] * context.width - CELL_PADDING, TEXT_SIZE, 2))
    return remarks


def _joined(values: Iterable[str], separator: str = "/") -> str:
    return separator.join(v for v in dict.fromkeys(values) if v)


def _totals(context: DayContext) -> str:
    totals = context.totals
    minutes, seconds = divmod(round(totals.screen_seconds), 60)
    line = (f"当日合计：{totals.scenes}场 · {totals.setups}个机位 · {totals.shots}镜 · "
            f"成片时长 {minutes}分{seconds:02d}秒")
    return line + (f"（另有{totals.untimed}镜无时长）" if totals.untimed else "")


def actors_section(context: DayContext) -> list[Flowable]:
    """演员通告: each actor's make-up and on-set times, pick-up and scenes, by cast number; roles with no
    actor after them."""
    scenes = scenes_on_day(context)
    rows = [*_actor_rows(context, scenes), *_not_cast_rows(context, scenes)]
    title = section_heading("演员通告")
    if not rows:
        return [*title, empty_line("当日无演员")]
    rows.sort(key=lambda row: (row[0] is None, row[0] or 0, row[1]))
    return [*title, sheet_table(ACTOR_HEADER, [row[1:] for row in rows], [f * context.width for f in ACTOR_WIDTHS])]


def _actor_rows(context: DayContext, scenes: list[SceneOnDay]) -> list[list]:
    rows = []
    for actor_id, times in context.actors.items():
        person = context.index.people.get(actor_id)
        characters = context.characters_of(actor_id)
        numbers = [c.cast_number for c in characters if c.cast_number is not None]
        pickup = clock(times.pickup(context.index.locations), context.day.date)
        place = pickup_place(person) if person else ""
        rows.append([min(numbers, default=None), person.name if person else actor_id,
                     "、".join(c.name for c in characters), *_called_times(context, times),
                     f"{pickup} {place}".strip(), _scenes_of(context, scenes, {c.id for c in characters})])
    return rows


def _not_cast_rows(context: DayContext, scenes: list[SceneOnDay]) -> list[list]:
    rows = []
    for character_id, times in context.not_cast.items():
        character = context.index.characters[character_id]
        rows.append([character.cast_number, NOT_CAST, character.name, *_called_times(context, times), "",
                     _scenes_of(context, scenes, {character_id})])
    return rows


def _called_times(context: DayContext, times: ActorDay) -> list[str]:
    """化妆 (their call) and 到场 (on set)."""
    return [clock(times.call, context.day.date, "\n"), clock(times.on_set, context.day.date, "\n")]


def _scenes_of(context: DayContext, scenes: list[SceneOnDay], character_ids: set[str]) -> str:
    """The scenes that call any of these characters, in shooting order."""
    index = context.index
    return "、".join(scene.code for scene in scenes
                    if any(character_ids & set(index.called(s)) for s in scene.shots))


def contacts_section(context: DayContext) -> list[Flowable]:
    """One row: each key contact's name and phone, then the walkie channels."""
    contacts = key_contacts(context.project)
    header = [label.split()[-1] for label, _ in contacts] + ["对讲频道"]
    row = ["\n".join(filter(None, (person.name, person.phone))) if person else "—" for _, person in contacts]
    row.append(walkie_channels(context.project, " · ", chinese=True))
    widths = [f * context.width for f in (0.15, 0.15, 0.15, 0.15, 0.4)]
    return [section_gap(), sheet_table(header, [row], widths)]


def notes_section(context: DayContext) -> list[Flowable]:
    """The day's notes, when there are any."""
    if not context.day.notes:
        return []
    return [section_gap(), sheet_table(["备注", context.day.notes], [], [0.1 * context.width, 0.9 * context.width],
                                       [("BACKGROUND", (1, 0), (1, 0), "white")])]
