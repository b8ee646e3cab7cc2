"""The call sheet's department notes (props, wardrobe looks, special equipment, safety) and the
advance schedule of the next shooting day."""

from __future__ import annotations

from collections.abc import Iterable

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from shotgraph.core.model import Mode, Movement, Shot
from shotgraph.core.planning.estimate import Complexity, complexity

from .callsheet_clock import clock
from .callsheet_day import TEXT_SIZE, DayContext, ProjectIndex, day_date, sheet_table
from .pdf.tables import clipped

EQUIPMENT = {
    Movement.DOLLY_IN: "Dolly & track 轨道车", Movement.DOLLY_OUT: "Dolly & track 轨道车",
    Movement.TRUCK: "Dolly & track 轨道车", Movement.STEADICAM: "Steadicam 斯坦尼康",
    Movement.CRANE: "Crane / jib 摇臂", Movement.DRONE: "Drone 无人机",
}
LABEL_WIDTH = 33 * mm
"""Wide enough for "Department notes 部门备注" on one line."""
ADVANCE_LABEL = 0.27
"""The share of the advance schedule's width its labels take: "Crew call 集合" on one line beside the notes."""
SAFETY = {
    Movement.DRONE: "Drone flight: permit filed, spotter, no flying over people 无人机：已报备、设观察员、不飞越人群",
    Movement.CRANE: "Crane: rigged by a qualified grip, keep clear under the arm 摇臂：专人操作，臂下禁止站人",
}


def notes_table(context: DayContext, width: float) -> Flowable:
    """Props, wardrobe looks (one to a line), special equipment and safety, each with where it is needed."""
    shots = context.timeline.shots
    rows = [["Props 道具", " · ".join(_props(context, shots)) or "—"],
            ["Wardrobe looks 服装造型", "\n".join(_looks(context, shots)) or "—"],
            ["Special equipment 特殊器材", " · ".join(_equipment(context, shots)) or "—"],
            ["Safety 安全", " · ".join(_safety(context, shots))]]
    if context.day.notes:
        rows.append(["Day notes 当日备注", context.day.notes])
    label = min(LABEL_WIDTH, 0.3 * width)
    return sheet_table(["Department notes 部门备注", "Notes 备注"], rows, [label, width - label])


def _by_item(pairs: Iterable[tuple[str, Shot]]) -> dict[str, list[Shot]]:
    """The shots of each item, each shot once, in the order met."""
    grouped: dict[str, dict[str, Shot]] = {}
    for item, shot in pairs:
        grouped.setdefault(item, {})[shot.id] = shot
    return {item: list(shots.values()) for item, shots in grouped.items()}


def _listed(context: DayContext, pairs: Iterable[tuple[str, Shot]]) -> list[str]:
    """Each item once, with where it is needed."""
    return [f"{item}: {context.where(shots)}" for item, shots in _by_item(pairs).items()]


def _props(context: DayContext, shots: tuple[Shot, ...]) -> list[str]:
    names = {p.id: p.name for p in context.project.props}
    return _listed(context, ((f"{names.get(p.prop_id, p.prop_id)}{f' ({p.state})' if p.state else ''}", s)
                             for s in shots for p in s.props))


def _looks(context: DayContext, shots: tuple[Shot, ...]) -> list[str]:
    """One line per character: each look worn that day, with where."""
    looks = {look.id: look for look in context.project.wardrobe}
    characters = context.index.characters
    by_character: dict[str, list[str]] = {}
    pairs = ((c.wardrobe_id, s) for s in shots if s.mode is not Mode.AI for c in s.characters if c.wardrobe_id)
    for look_id, worn in _by_item(pairs).items():
        look = looks.get(look_id)
        if look is not None:
            detail = f" — {look.description}" if look.description else ""
            by_character.setdefault(look.character_id, []).append(f"{look.name}{detail} ({context.where(worn)})")
    return [f"{characters[c].name if c in characters else ''}: {' · '.join(worn)}" for c, worn in by_character.items()]


def _equipment(context: DayContext, shots: tuple[Shot, ...]) -> list[str]:
    pairs = [(EQUIPMENT[s.camera.movement], s) for s in shots if s.camera.movement in EQUIPMENT]
    pairs += [("Green-screen kit (see AI capture) 绿幕套件（见现场采集）", s) for s in shots if s.mode is Mode.HYBRID]
    pairs += [("Rain, smoke or crowd effects 雨/烟/群演效果", s) for s in shots if complexity(s) is Complexity.EFFECTS]
    return _listed(context, pairs)


def _safety(context: DayContext, shots: tuple[Shot, ...]) -> list[str]:
    lines = [SAFETY[m] for m in dict.fromkeys(s.camera.movement for s in shots) if m in SAFETY]
    if any(complexity(s) is Complexity.EFFECTS for s in shots):
        lines.append("Effects: wet floors and cables covered, warm clothing ready 特效：地面防滑、线缆防水、备保暖衣物")
    if any(context.index.int_ext(s) == "EXT" and context.index.time_of_day(s) == "NIGHT" for s in shots):
        lines.append("Night exteriors: high-visibility vests, lit walkways 夜外景：穿反光背心，通道照明")
    lines.append("Hospital and emergency: see Locations 医院与急救见“场地”")
    return lines


def advance_table(context: DayContext, width: float) -> Flowable:
    """The next shooting day in short: when, where, which scenes and who, each in a line or three."""
    following = context.next_day
    if following is None:
        return sheet_table(["Advance schedule 下一拍摄日"], [["This is the last shooting day 这是最后一个拍摄日"]],
                           [width])
    index = context.index
    timeline = index.timeline(following)
    room = (1 - ADVANCE_LABEL) * width - 5
    places = ", ".join(index.locations[i].name for i in following.location_ids if i in index.locations)
    shots = timeline.shots
    scenes = clipped(", ".join(dict.fromkeys(_scene_line(index, s) for s in shots)) or "—", room, TEXT_SIZE, 3)
    if shots:
        setups = sum(1 for placed in timeline.setups if placed.shots)
        scenes += f"\n({setups} setups 机位 · {len(shots)} shots 镜)"
    rows = [["Crew call 集合", clock(timeline.call, following.date)],
            ["Locations 场地", clipped(places or "—", room, TEXT_SIZE, 2)], ["Scenes 场次", scenes],
            ["Cast 演员", clipped(index.cast_ids(shots) or "—", room, TEXT_SIZE, 2)]]
    day = f"Advance schedule 下一拍摄日 · Day {context.number + 1} of {context.count} · {day_date(following.date)}"
    return sheet_table([day, ""], rows, [ADVANCE_LABEL * width, (1 - ADVANCE_LABEL) * width],
                       [("SPAN", (0, 0), (-1, 0))])


def _scene_line(index: ProjectIndex, shot: Shot) -> str:
    """``1-4 EXT DAY``."""
    return " ".join(filter(None, (index.scene_code(shot), index.int_ext(shot), index.time_of_day(shot))))
