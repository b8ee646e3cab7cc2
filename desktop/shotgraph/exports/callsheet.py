"""The call sheet: one PDF page run per shooting day, in the order docs/schedule.md lists.

Header, times, key contacts, locations (with a QR code of the coordinates), weather and
sun, schedule, cast, extras, crew calls, department notes, advance schedule; "page X of Y" on
every page and a DRAFT watermark on every day not marked final. Labels are in English
and Chinese, so one sheet serves the whole crew; nothing is told by colour alone.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer

from shotgraph.core.io.errors import InputError
from shotgraph.core.model import Project, ShootingDay
from shotgraph.core.planning.sun import sun_times

from . import Exporter, Progress, register
from .callsheet_cast import cast_section, extras_section
from .callsheet_clock import clock, span
from .callsheet_day import DayContext, ProjectIndex
from .callsheet_notes import advance_section, notes_section
from .callsheet_schedule import crew_section, schedule_section
from .pdf.document import MARGIN, Watermark, build_pdf, paper_size, para
from .pdf.images import Thumbnails
from .pdf.tables import QRCode, empty_line, grid, heading

WEEKDAYS = ("Mon 周一", "Tue 周二", "Wed 周三", "Thu 周四", "Fri 周五", "Sat 周六", "Sun 周日")

KEY_ROLES = (
    ("Director 导演",
     re.compile(r"^(?!.*(?:assistant|art|photography|副|美术|艺术|摄影)).*(?:\bdirector\b|导演)", re.I)),
    ("Producer 制片人", re.compile(r"^(?!.*(?:line|executive|执行)).*(?:\bproducer\b|制片人)", re.I)),
    ("1st AD 第一副导演", re.compile(r"1st AD|first assistant director|第一副导演|执行导演", re.I)),
    ("Production manager 制片主任", re.compile(r"production manager|\bUPM\b|制片主任", re.I)),
)
"""The contacts every call sheet heads with, each found by the first person whose role matches."""


def write_callsheet(project: Project, path: str | Path, *, progress: Progress | None = None,
                    base: str | Path | None = None, day: int | str | None = None, paper: str = "a4") -> None:
    """All shooting days (each from a new page), or only ``day`` (its number from 1, or its id)."""
    days = sorted(project.days, key=lambda d: d.date)
    chosen = _chosen_days(days, day)
    index = ProjectIndex(project)
    thumbnails = Thumbnails(base, max_px=240)
    width = paper_size(paper)[0] - 2 * MARGIN
    story: list[Flowable] = []
    for done, number in enumerate(chosen):
        if progress is not None:
            progress(done, len(chosen))
        following = days[number + 1] if number + 1 < len(days) else None
        context = DayContext(index, days[number], number + 1, len(days), following, thumbnails, width)
        if story:
            story.append(PageBreak())
        story += day_story(context)
    if not story:
        story = [para(f"{project.title} — no shooting days yet 尚无拍摄日", 11)]
    build_pdf(path, story, paper=paper, title=f"{project.title} call sheet 通告单")
    if progress is not None:
        progress(len(chosen), len(chosen))


def _chosen_days(days: list[ShootingDay], day: int | str | None) -> list[int]:
    """Positions of the days to print; a day that does not exist is refused naming the ones that do."""
    if day is None:
        return list(range(len(days)))
    for position, candidate in enumerate(days):
        if day == candidate.id or str(day) == str(position + 1):
            return [position]
    have = f"days 1–{len(days)}" if days else "no shooting days"
    raise InputError(None, f"there is no shooting day {day}; the project has {have}")


def day_story(context: DayContext) -> list[Flowable]:
    """Every section of one day's call sheet, in the order of the spec."""
    return [Watermark(not context.day.final), *header_section(context), *times_section(context),
            *contacts_section(context), *locations_section(context), *weather_section(context),
            *schedule_section(context), *cast_section(context), *extras_section(context), *crew_section(context),
            *notes_section(context), *advance_section(context)]


def header_section(context: DayContext) -> list[Flowable]:
    day, project = context.day, context.project
    episodes = ", ".join(f"EP{n}" for n in context.episodes) or "—"
    status = "FINAL 定稿" if day.final else "DRAFT 草稿"
    title = f"{project.title or 'Untitled 未命名'} — CALL SHEET 通告单"
    facts = [["Episodes 集数", episodes, "Date 日期", f"{day.date:%Y-%m-%d} {WEEKDAYS[day.date.weekday()]}"],
             ["Day 拍摄日", f"Day {context.number} of {context.count} · 第{context.number}天/共{context.count}天",
              "Version 版本", f"v{day.version} · {status}"]]
    w = context.width
    table = grid(facts[0], facts[1:], [0.16 * w, 0.34 * w, 0.14 * w, 0.36 * w],
                 extra_style=[("BACKGROUND", (0, 0), (-1, 0), "white")], size=9)
    return [para(title, 16, "title"), Spacer(1, 2 * mm), table]


def times_section(context: DayContext) -> list[Flowable]:
    """Crew call, breakfast before an early call, shooting call, meal and estimated wrap (docs/schedule.md);
    a time after midnight is marked ``+1 次日``."""
    timeline, date = context.timeline, context.day.date
    first = next((placed.start for placed in timeline.setups if placed.shots), None)
    meal = "—"
    if timeline.meal is not None:
        end = timeline.meal + dt.timedelta(minutes=context.project.planning.meal_minutes)
        meal = span(timeline.meal, end, date)
    elif first is not None:
        meal = f"None 无 — wraps before {clock(timeline.meal_due, date)} 前收工"
    cells = [("General crew call\n全体集合", clock(timeline.call, date))]
    if timeline.breakfast is not None:
        cells.append(("Breakfast\n早餐", span(timeline.breakfast, timeline.call, date)))
    cells += [("Shooting call\n开机", clock(first, date) or "—"), ("Meal\n用餐", meal),
              ("Estimated wrap\n预计收工", clock(timeline.wrap, date))]
    header, row = zip(*cells, strict=True)
    return [*heading("Times 时间"), grid(header, [row], [context.width / len(cells)] * len(cells), size=10)]


def contacts_section(context: DayContext) -> list[Flowable]:
    rows = []
    for label, pattern in KEY_ROLES:
        person = next((p for p in context.project.people if pattern.search(p.role)), None)
        rows.append([label, person.name if person else "—", person.phone if person else "",
                     person.email if person else ""])
    w = context.width
    return [*heading("Key contacts 主要联系人"),
            grid(["Role 职务", "Name 姓名", "Phone 电话", "Email 邮箱"], rows, [0.3 * w, 0.2 * w, 0.2 * w, 0.3 * w])]


def locations_section(context: DayContext) -> list[Flowable]:
    rows = []
    for location in context.locations:
        where = location.address
        qr: object = "—"
        if location.latitude is not None and location.longitude is not None:
            where += f"\n{location.latitude:.5f}, {location.longitude:.5f}"
            qr = QRCode(f"geo:{location.latitude:.6f},{location.longitude:.6f}")
        rows.append([location.name, where, location.parking, qr,
                     location.hospital, location.emergency_phone or "110 / 119 / 120"])
    if not rows:
        return [*heading("Locations 场地"), empty_line("No location set 未设场地")]
    w = context.width
    header = ["Location 场地", "Address 地址", "Parking 停车", "Map 地图", "Nearest hospital 最近医院",
              "Emergency 急救"]
    return [*heading("Locations 场地"),
            grid(header, rows, [0.16 * w, 0.22 * w, 0.17 * w, 0.12 * w, 0.23 * w, 0.1 * w])]


def weather_section(context: DayContext) -> list[Flowable]:
    rows = []
    for location in context.locations:
        sun = sun_times(location, context.day.date)
        if sun is not None:
            rows.append([location.name, f"{sun.sunrise:%H:%M}", f"{sun.sunset:%H:%M}"])
    w = context.width
    parts = [*heading("Weather 天气"), para(context.day.weather or "Not entered 未填写", 9)]
    if rows:
        parts += [Spacer(1, 1.5 * mm),
                  grid(["Location 场地", "Sunrise 日出", "Sunset 日落"], rows, [0.5 * w, 0.25 * w, 0.25 * w])]
    return parts


register(Exporter("callsheet", (".pdf",), "call sheets of the shooting days (PDF, A4 or US Letter)",
                  write_callsheet, "call-sheet"))
