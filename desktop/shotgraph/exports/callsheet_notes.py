"""The call sheet's department notes (props, wardrobe looks, special equipment, safety) and the
advance schedule of the next shooting day."""

from __future__ import annotations

from collections.abc import Iterable

from reportlab.platypus import Flowable

from shotgraph.core.model import Mode, Movement, Shot
from shotgraph.core.planning.estimate import Complexity, complexity

from .callsheet_day import DayContext, hhmm
from .pdf.tables import empty_line, grid, heading

EQUIPMENT = {
    Movement.DOLLY_IN: "Dolly & track 轨道车", Movement.DOLLY_OUT: "Dolly & track 轨道车",
    Movement.TRUCK: "Dolly & track 轨道车", Movement.STEADICAM: "Steadicam 斯坦尼康",
    Movement.CRANE: "Crane / jib 摇臂", Movement.DRONE: "Drone 无人机",
}
SAFETY = {
    Movement.DRONE: "Drone flight: permit filed, spotter, no flying over people 无人机：已报备、设观察员、不飞越人群",
    Movement.CRANE: "Crane: rigged by a qualified grip, keep clear under the arm 摇臂：专人操作，臂下禁止站人",
}


def notes_section(context: DayContext) -> list[Flowable]:
    shots = context.timeline.shots
    rows = [["Props 道具", "\n".join(_props(context, shots)) or "—"],
            ["Wardrobe looks 服装造型", "\n".join(_looks(context, shots)) or "—"],
            ["Special equipment 特殊器材", "\n".join(_equipment(shots)) or "—"],
            ["Safety 安全", "\n".join(_safety(context, shots))]]
    if context.day.notes:
        rows.append(["Day notes 当日备注", context.day.notes])
    w = context.width
    return [*heading("Department notes 部门备注"), grid(["Department 部门", "Notes 备注"], rows, [0.2 * w, 0.8 * w])]


def _by_item(pairs: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    grouped: dict[str, list[str]] = {}
    for item, code in pairs:
        codes = grouped.setdefault(item, [])
        if code not in codes:
            codes.append(code)
    return grouped


def _props(context: DayContext, shots: tuple[Shot, ...]) -> list[str]:
    names = {p.id: p.name for p in context.project.props}
    pairs = ((f"{names.get(p.prop_id, p.prop_id)}{f' ({p.state})' if p.state else ''}", s.code)
             for s in shots for p in s.props)
    return [f"{item}: {', '.join(codes)}" for item, codes in _by_item(pairs).items()]


def _looks(context: DayContext, shots: tuple[Shot, ...]) -> list[str]:
    looks = {look.id: look for look in context.project.wardrobe}
    characters = context.index.characters
    lines = []
    pairs = ((c.wardrobe_id, s.code) for s in shots if s.mode is not Mode.AI for c in s.characters if c.wardrobe_id)
    for look_id, codes in _by_item(pairs).items():
        look = looks.get(look_id)
        if look is None:
            continue
        who = characters[look.character_id].name if look.character_id in characters else ""
        detail = f" — {look.description}" if look.description else ""
        lines.append(f"{who}: {look.name}{detail} ({', '.join(codes)})")
    return lines


def _equipment(shots: tuple[Shot, ...]) -> list[str]:
    pairs = [(EQUIPMENT[s.camera.movement], s.code) for s in shots if s.camera.movement in EQUIPMENT]
    pairs += [("Green screen, tracking markers, grey & chrome balls, HDRI camera 绿幕、跟踪点、灯光参考球、HDRI相机",
               s.code) for s in shots if s.mode is Mode.HYBRID]
    pairs += [("Rain, smoke or crowd effects 雨/烟/群演效果", s.code)
              for s in shots if complexity(s) is Complexity.EFFECTS]
    return [f"{item}: {', '.join(codes)}" for item, codes in _by_item(pairs).items()]


def _safety(context: DayContext, shots: tuple[Shot, ...]) -> list[str]:
    lines = [SAFETY[m] for m in dict.fromkeys(s.camera.movement for s in shots) if m in SAFETY]
    if any(complexity(s) is Complexity.EFFECTS for s in shots):
        lines.append("Effects: wet floors and cables covered, warm clothing ready 特效：地面防滑、线缆防水、备保暖衣物")
    if any(context.index.int_ext(s) == "EXT" and context.index.time_of_day(s) == "NIGHT" for s in shots):
        lines.append("Night exteriors: high-visibility vests, lit walkways 夜外景：穿反光背心，通道照明")
    lines.append("Emergency numbers and nearest hospital: see Locations 急救电话与最近医院见“场地”")
    return lines


def advance_section(context: DayContext) -> list[Flowable]:
    following = context.next_day
    if following is None:
        return [*heading("Advance schedule 下一拍摄日"), empty_line("This is the last shooting day 这是最后一个拍摄日")]
    index = context.index
    timeline = index.timeline(following)
    places = ", ".join(index.locations[i].name for i in following.location_ids if i in index.locations) or "—"
    title = (f"Day {context.number + 1} of {context.count} · {following.date:%Y-%m-%d} · "
             f"call 集合 {hhmm(timeline.call)} · {places}")
    rows = [[hhmm(p.start), ", ".join(dict.fromkeys(index.scene_code(s) for s in p.shots)),
             ", ".join(s.code for s in p.shots), "/".join(dict.fromkeys(index.int_ext(s) for s in p.shots)),
             "/".join(dict.fromkeys(index.time_of_day(s) for s in p.shots)),
             ", ".join(sorted({index.cast_id(c) for s in p.shots for c in index.called(s)}))]
            for p in timeline.setups if p.shots]
    w = context.width
    header = ["Time 时间", "Scene 场", "Shots 镜号", "I/E 内外", "D/N 日夜", "Cast 演员"]
    table = grid(header, rows or [["—"] * 6], [f * w for f in (0.1, 0.14, 0.36, 0.12, 0.13, 0.15)], size=7.5)
    return [*heading("Advance schedule 下一拍摄日"), grid([title], [], [w], size=8.5), table]
