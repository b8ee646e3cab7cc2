"""The call sheet's schedule (setup by setup, with what hybrid shots need captured and their frames)
and crew calls by department."""

from __future__ import annotations

import datetime as dt

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from shotgraph.core.model import Department, Mode, Movement, Shot
from shotgraph.core.planning.estimate import setup_minutes
from shotgraph.core.planning.timeline import SetupTime

from .callsheet_day import DayContext, hhmm
from .pdf.document import FONT
from .pdf.images import Thumbnails
from .pdf.tables import empty_line, grid, heading

SCHEDULE_HEADER = ("Time 时间", "Scene 场", "Shots 镜号", "I/E 内外", "D/N 日夜", "Description 内容",
                   "Cast 演员", "Extras 群演", "Min 分钟", "Mode 方式", "Board 分镜")
SCHEDULE_WIDTHS = (0.08, 0.07, 0.07, 0.065, 0.065, 0.205, 0.065, 0.065, 0.045, 0.07, 0.20)

DEPARTMENTS = {
    Department.DIRECTING: "Directing 导演组", Department.PRODUCTION: "Production 制片组",
    Department.CAMERA: "Camera 摄影组", Department.GRIP_ELECTRIC: "Grip & electric 灯光机械组",
    Department.SOUND: "Sound 录音组", Department.ART: "Art 美术组", Department.PROPS: "Props 道具组",
    Department.WARDROBE: "Wardrobe 服装组", Department.HAIR_MAKEUP: "Hair & make-up 化妆组",
    Department.VFX_AI: "VFX & AI 视效/AI组", Department.LOCATIONS: "Locations 场务组",
    Department.SAFETY: "Safety 安全", Department.OTHER: "Other 其他",
}
EARLY_DEPARTMENTS = frozenset({Department.HAIR_MAKEUP, Department.WARDROBE})
"""Departments called with the first actor when that is before the crew call."""


class FrameStrip(Flowable):
    """Small 9:16 storyboard frames in rows, each outlined and captioned with its shot code."""

    def __init__(self, frames: list[tuple[str, object]], width: float, thumb_height: float = 15 * mm) -> None:
        super().__init__()
        self.frames = frames
        self.thumb_h, self.thumb_w = thumb_height, thumb_height * 9 / 16
        self.per_row = max(1, int(width // (self.thumb_w + 1.5 * mm)))
        rows = -(-len(frames) // self.per_row)
        self.width, self.height = width, rows * (self.thumb_h + 4 * mm)

    def draw(self) -> None:
        canvas = self.canv
        canvas.setFont(FONT, 5.5)
        canvas.setLineWidth(0.4)
        for k, (code, image) in enumerate(self.frames):
            row, col = divmod(k, self.per_row)
            x = col * (self.thumb_w + 1.5 * mm)
            y = self.height - (row + 1) * (self.thumb_h + 4 * mm) + 3 * mm
            if image is not None:
                canvas.drawImage(image, x, y, self.thumb_w, self.thumb_h, preserveAspectRatio=True, anchor="c")
            canvas.rect(x, y, self.thumb_w, self.thumb_h)
            canvas.drawString(x, y - 2.3 * mm, code)


def schedule_section(context: DayContext) -> list[Flowable]:
    timeline = context.timeline
    if not timeline.shots:
        return [*heading("Schedule 拍摄安排"), empty_line("No shots on this day 当日无镜头")]
    rows, style = [], []
    for placed in timeline.setups:
        if not placed.shots:
            continue
        if placed.move_before:
            rows.append(_banner(f"COMPANY MOVE 转场 → {_location_name(context, placed)}"))
            style.append(_span_row(len(rows)))
        rows.append(_setup_row(context, placed))
        needs = capture_needs(placed.shots)
        if needs:
            rows.append(["", "AI capture 现场采集", "", "", "", "\n".join(needs)])
            style += [("SPAN", (1, len(rows)), (4, len(rows))), ("SPAN", (5, len(rows)), (-1, len(rows)))]
        if timeline.meal is not None and placed.end == timeline.meal:
            end = timeline.meal + dt.timedelta(minutes=context.project.planning.meal_minutes)
            rows.append(_banner(f"MEAL 用餐 {hhmm(timeline.meal)}–{hhmm(end)}"))
            style.append(_span_row(len(rows)))
    widths = [f * context.width for f in SCHEDULE_WIDTHS]
    return [*heading("Schedule 拍摄安排"), grid(SCHEDULE_HEADER, rows, widths, style, size=7.5)]


def _banner(text: str) -> list[str]:
    return [text] + [""] * (len(SCHEDULE_HEADER) - 1)


def _span_row(row: int) -> tuple:
    return ("SPAN", (0, row), (-1, row))


def _location_name(context: DayContext, placed: SetupTime) -> str:
    ids = [loc for shot in placed.shots if (loc := context.index.location_of(shot))]
    location = context.index.locations.get(ids[0]) if ids else None
    return location.name if location else "—"


def _setup_row(context: DayContext, placed: SetupTime) -> list[object]:
    index, shots = context.index, placed.shots
    scenes = list(dict.fromkeys(index.scene_code(s) for s in shots))
    description = "\n".join(f"{s.code}: {s.description}" for s in shots if s.description)
    if placed.setup.notes:
        description += f"\n※ {placed.setup.notes}"
    cast = sorted({index.cast_id(c) for s in shots for c in index.called(s)},
                  key=lambda text: (not text.isdigit(), int(text) if text.isdigit() else 0, text))
    extras = index.extras(shots)
    modes = sorted({s.mode.value.upper() for s in shots})
    minutes = round(setup_minutes(shots, context.project.planning))
    board_width = SCHEDULE_WIDTHS[-1] * context.width - 5
    return [f"{hhmm(placed.start)}–\n{hhmm(placed.end)}", ", ".join(scenes), ", ".join(s.code for s in shots),
            _joined(index.int_ext(s) for s in shots), _joined(index.time_of_day(s) for s in shots),
            description, ", ".join(cast), str(extras) if extras else "", str(minutes), " + ".join(modes),
            FrameStrip(_frames(shots, context.thumbnails), board_width)]


def _joined(values) -> str:
    return "\n".join(v for v in dict.fromkeys(values) if v)


def _frames(shots: tuple[Shot, ...], thumbnails: Thumbnails) -> list[tuple[str, object]]:
    return [(shot.code, thumbnails.get(shot.frame)) for shot in shots]


def capture_needs(shots: tuple[Shot, ...]) -> list[str]:
    """What the AI team needs captured on set for the hybrid shots of a setup (none for live-only)."""
    hybrid = [s for s in shots if s.mode is Mode.HYBRID]
    if not hybrid:
        return []
    moving = [s.code for s in hybrid if s.camera.movement not in (None, Movement.STATIC)]
    needs = ["Green screen 绿幕", "Clean plate 空镜", "Lighting reference (grey & chrome ball) 灯光参考球",
             "HDRI 全景光照"]
    if moving:
        needs.insert(1, f"Tracking markers 跟踪点 ({', '.join(moving)})")
    for shot in hybrid:
        kelvin = [f"fg {shot.fg_kelvin:.0f} K" if shot.fg_kelvin else "",
                  f"plate {shot.plate_kelvin:.0f} K" if shot.plate_kelvin else ""]
        plate = f", plate {shot.plate_asset}" if shot.plate_asset else ""
        if any(kelvin) or plate:
            needs.append(f"Colour temperature 色温 {shot.code}: {' / '.join(k for k in kelvin if k)}{plate}")
    return needs


def crew_section(context: DayContext) -> list[Flowable]:
    call = context.timeline.call
    first_actor = min((a.call for a in context.actors.values()), default=call)
    rows = []
    for department, label in DEPARTMENTS.items():
        for person in (p for p in context.project.people if p.department is department):
            time = min(call, first_actor) if department in EARLY_DEPARTMENTS else call
            rows.append([label, person.name, person.role, person.phone, hhmm(time)])
    if not rows:
        return [*heading("Crew calls 部门集合"), empty_line("No crew listed 未列剧组人员")]
    w = context.width
    return [*heading("Crew calls 部门集合"),
            grid(["Department 部门", "Name 姓名", "Role 职务", "Phone 电话", "Call 集合"], rows,
                 [f * w for f in (0.22, 0.16, 0.32, 0.18, 0.12)])]
