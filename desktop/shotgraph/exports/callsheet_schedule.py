"""The call sheet's schedule (setup by setup, with what hybrid shots need captured on set), the
day's totals, and crew calls by department.

Every schedule row stays a line or two high whatever the setup holds: the description is
one line, and a shot list too long for its cell is cut there and given whole, as ranges,
in a row of its own below the setup. The frames themselves go to the shooting board.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Spacer

from shotgraph.core.model import Department, Mode, Movement, Shot
from shotgraph.core.planning.estimate import setup_minutes
from shotgraph.core.planning.timeline import SetupTime

from .callsheet_clock import clock, span
from .callsheet_day import TEXT_SIZE, DayContext, DayTotals, section_gap, section_heading, sheet_table
from .codes import code_list
from .pdf.document import FONT, para
from .pdf.tables import clipped, empty_line

SCHEDULE_HEADER = ("Time 时间", "Scene 场", "Shots 镜号", "I/E 内外", "D/N 日夜", "Description 内容",
                   "Cast ids 演员编号", "Extras 群演", "Min 分钟", "Mode 方式")
SCHEDULE_WIDTHS = (0.095, 0.065, 0.12, 0.05, 0.055, 0.38, 0.08, 0.05, 0.04, 0.065)
LIST_SIZE = 6.5
CELL_PADDING = 5
"""Left and right padding of a table cell together, in points."""

DEPARTMENTS = {
    Department.DIRECTING: "Directing 导演组", Department.PRODUCTION: "Production 制片组",
    Department.CAMERA: "Camera 摄影组", Department.GRIP_ELECTRIC: "G&E 灯光机械组",
    Department.SOUND: "Sound 录音组", Department.ART: "Art 美术组", Department.PROPS: "Props 道具组",
    Department.WARDROBE: "Wardrobe 服装组", Department.HAIR_MAKEUP: "Hair/MU 化妆组",
    Department.VFX_AI: "VFX & AI 视效/AI组", Department.LOCATIONS: "Locations 场务组",
    Department.SAFETY: "Safety 安全", Department.OTHER: "Other 其他",
}
TEMPERATURES_NAMED = 4
"""A setup's colour temperatures are listed one by one up to this many; beyond, as spans."""
EARLY_DEPARTMENTS = frozenset({Department.HAIR_MAKEUP, Department.WARDROBE})
"""Departments called with the first actor when that is before the crew call."""


def schedule_section(context: DayContext) -> list[Flowable]:
    """The setups of the day in order, with company moves, the meal and the AI team's capture needs."""
    timeline = context.timeline
    title = section_heading("Schedule 拍摄安排")
    if not timeline.shots:
        return [*title, empty_line("No shots on this day 当日无镜头")]
    widths = [f * context.width for f in SCHEDULE_WIDTHS]
    rows: list[list[object]] = []
    style: list[tuple] = []
    for placed in timeline.setups:
        if not placed.shots:
            continue
        if placed.move_before:
            style.append(_banner(rows, f"COMPANY MOVE 转场 → {location_name(context, placed)}"))
        row, in_full = _setup_row(context, placed, widths)
        rows.append(row)
        if in_full:
            style += _under(rows, "In full 全部", " · ".join(in_full))
        needs = capture_needs(context, placed.shots)
        if needs:
            style += _under(rows, "AI capture 现场采集", " · ".join(needs))
        if timeline.meal is not None and placed.end == timeline.meal:
            end = timeline.meal + dt.timedelta(minutes=context.project.planning.meal_minutes)
            style.append(_banner(rows, f"MEAL 用餐 {span(timeline.meal, end, context.day.date)}"))
    return [*title, sheet_table(SCHEDULE_HEADER, rows, widths, style), Spacer(1, 1 * mm),
            para(totals_line(context.totals), 7.5)]


def totals_line(totals: DayTotals) -> str:
    """"Day totals: 8 setups · 5 scenes · 12 shots · screen time 1 min 23 s", in English and Chinese."""
    minutes, seconds = divmod(round(totals.screen_seconds), 60)
    line = (f"Day totals 当日合计: {totals.setups} setups 机位 · {totals.scenes} scenes 场 · "
            f"{totals.shots} shots 镜 · screen time 成片时长 {minutes} min {seconds:02d} s "
            f"({minutes}分{seconds:02d}秒)")
    if totals.untimed:
        line += f" + {totals.untimed} shots without a duration 镜无时长"
    return line


def _banner(rows: list[list[object]], text: str) -> tuple:
    rows.append([text, *[""] * (len(SCHEDULE_HEADER) - 1)])
    return ("SPAN", (0, len(rows)), (-1, len(rows)))


def _under(rows: list[list[object]], label: str, text: str) -> list[tuple]:
    """A row under a setup: a label over the scene and shot columns, the text across the rest."""
    rows.append(["", para(label, LIST_SIZE), "", para(text, LIST_SIZE)] + [""] * (len(SCHEDULE_HEADER) - 4))
    row = len(rows)
    return [("SPAN", (1, row), (2, row)), ("SPAN", (3, row), (-1, row))]


def location_name(context: DayContext, placed: SetupTime) -> str:
    ids = [loc for shot in placed.shots if (loc := context.index.location_of(shot))]
    location = context.index.locations.get(ids[0]) if ids else None
    return location.name if location else "—"


def _setup_row(context: DayContext, placed: SetupTime, widths: Sequence[float]) -> tuple[list[object], list[str]]:
    """The setup's row, and in full each of its scene, shot and cast lists too long for the row's cells."""
    index, shots = context.index, placed.shots
    in_full: list[str] = []
    cast_ids = index.cast_of(shots)
    scenes, codes, cast = (_fitted(label, text, count, widths[column], in_full) for label, text, count, column in (
        ("Scenes 场", index.scene_codes(shots), len({s.scene_id for s in shots}), 1),
        ("Shots 镜号", index.shot_codes(shots), len(shots), 2), ("Cast 演员", code_list(cast_ids), len(cast_ids), 6)))
    extras = index.extras(shots)
    modes = sorted({s.mode.value.upper() for s in shots})
    minutes = round(setup_minutes(shots, context.project.planning))
    row: list[object] = [span(placed.start, placed.end, context.day.date), scenes, codes,
           _joined(index.int_ext(s) for s in shots), _joined(index.time_of_day(s) for s in shots),
           _description(context, placed, widths[5] - CELL_PADDING), cast,
           str(extras) if extras else "", str(minutes), "\n".join(modes)]
    return row, in_full


def _fitted(label: str, text: str, count: int, width: float, in_full: list[str]) -> str:
    """``text`` when it fits two lines of its cell; else its start and how many, the whole going to ``in_full``."""
    room = width - CELL_PADDING
    if stringWidth(text, FONT, TEXT_SIZE) <= 2 * room * 0.9:
        return text
    in_full.append(f"{label} ({count}): {text}")
    return f"{clipped(text, room, TEXT_SIZE)}\n({count})"


def _description(context: DayContext, placed: SetupTime, room: float) -> str:
    """One line of what the setup films (its shots' descriptions, else its scenes' headings), then its notes."""
    scenes = context.index.scenes
    texts = [s.description for s in placed.shots if s.description]
    texts = texts or [scenes[s.scene_id].heading for s in placed.shots if s.scene_id in scenes]
    line = clipped(" / ".join(dict.fromkeys(t for t in texts if t)), room, TEXT_SIZE)
    if placed.setup.notes:
        line += "\n" + clipped(f"※ {placed.setup.notes}", room, TEXT_SIZE)
    return line


def _joined(values) -> str:
    return "/".join(v for v in dict.fromkeys(values) if v)


def capture_needs(context: DayContext, shots: tuple[Shot, ...]) -> list[str]:
    """What the AI team needs captured on set for the hybrid shots of a setup (none for live-only)."""
    hybrid = [s for s in shots if s.mode is Mode.HYBRID]
    if not hybrid:
        return []
    moving = [s for s in hybrid if s.camera.movement not in (None, Movement.STATIC)]
    needs = ["Green screen 绿幕", "Clean plate 空镜", "Lighting reference 灯光参考球", "HDRI 全景光照"]
    if moving:
        needs.insert(1, f"Tracking markers 跟踪点 ({context.index.shot_codes(moving)})")
    return needs + _colour_temperatures(context, hybrid)


def _colour_temperatures(context: DayContext, hybrid: list[Shot]) -> list[str]:
    """Each foreground and plate colour temperature (and plate) the hybrid shots ask for, with their shots;
    past a few different ones, the span of each with all their shots."""
    by_values: dict[str, list[Shot]] = {}
    for shot in hybrid:
        kelvin = [f"fg {shot.fg_kelvin:.0f} K" if shot.fg_kelvin else "",
                  f"plate {shot.plate_kelvin:.0f} K" if shot.plate_kelvin else ""]
        plate = f", plate {shot.plate_asset}" if shot.plate_asset else ""
        if any(kelvin) or plate:
            by_values.setdefault(f"{' / '.join(k for k in kelvin if k)}{plate}", []).append(shot)
    if len(by_values) <= TEMPERATURES_NAMED:
        return [f"Colour temperature 色温 {context.index.shot_codes(shots)}: {values}"
                for values, shots in by_values.items()]
    shots = [s for group in by_values.values() for s in group]
    spans = [f"{name} {_span(values)} K" for name, values in (("fg", [s.fg_kelvin for s in shots]),
                                                             ("plate", [s.plate_kelvin for s in shots])) if any(values)]
    return [f"Colour temperature 色温 {context.index.shot_codes(shots)}: {' / '.join(spans)}, per shot in the shot list"
            f" 逐镜见镜头表"]


def _span(values: list[float | None]) -> str:
    known = [v for v in values if v]
    low, high = min(known), max(known)
    return f"{low:.0f}" if low == high else f"{low:.0f}–{high:.0f}"


def crew_section(context: DayContext) -> list[Flowable]:
    """Each department with its call and its people (name, role, phone), two departments to a row."""
    call, date = context.timeline.call, context.day.date
    first_actor = min((a.call for a in context.actors.values()), default=call)
    cells = []
    for department, label in DEPARTMENTS.items():
        people = [p for p in context.project.people if p.department is department]
        if people:
            time = min(call, first_actor) if department in EARLY_DEPARTMENTS else call
            cells.append([label, clock(time, date), "\n".join(" ".join(filter(None, (p.name, p.role, p.phone)))
                                                               for p in people)])
    if not cells:
        return [section_gap(), sheet_table(["Crew calls 部门集合"], [["No crew listed 未列剧组人员"]], [context.width])]
    rows = [cells[k] + (cells[k + 1] if k + 1 < len(cells) else ["", "", ""]) for k in range(0, len(cells), 2)]
    header = ["Crew calls 部门集合", "Call 集合", "Name · role · phone 姓名 · 职务 · 电话",
              "Department 部门", "Call 集合", "Name · role · phone 姓名 · 职务 · 电话"]
    return [section_gap(), sheet_table(header, rows, [f * context.width for f in (0.135, 0.06, 0.305) * 2])]
