"""The call sheets as the scheduler's workbook: one sheet a day ("Day 2 12-03"), laid out as the PDF.

Header (production, day X of Y, date, version), times, key contacts and locations, schedule,
cast with each actor's times, extras and crew calls, one block under the other with the PDF's
bilingual labels. Every text cell is stored as text, so a value starting with ``=``, ``+``, ``-`` or
``@`` is never a formula.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterable, Sequence
from pathlib import Path

from shotgraph.core.io.atomic import atomic_write
from shotgraph.core.io.cells import safe_xlsx_cell
from shotgraph.core.io.errors import InputError
from shotgraph.core.model import Project
from shotgraph.core.planning.estimate import setup_minutes

from . import Progress
from .callsheet import sheet_title
from .callsheet_cast import CAST_HEADER, cast_rows
from .callsheet_clock import clock, span
from .callsheet_contacts import key_contacts, walkie_channels
from .callsheet_day import DayContext, day_contexts, day_date, day_times
from .callsheet_issue import change_rows, sheet_status
from .callsheet_schedule import (
    DEPARTMENTS,
    EARLY_DEPARTMENTS,
    SCHEDULE_HEADER,
    capture_needs,
    location_name,
    totals_line,
)
from .pdf.images import Thumbnails

Row = Sequence[object]
COLUMN_WIDTHS = (13, 9, 14, 9, 9, 48, 12, 8, 8, 9)
"""Characters across each column, fitted to the schedule, the widest table."""


def write_callsheet_xlsx(project: Project, path: str | Path, *, day: int | str | None = None,
                         progress: Progress | None = None) -> None:
    """A workbook of all shooting days, or only ``day`` (its number from 1, or its id)."""
    from openpyxl import Workbook

    contexts = day_contexts(project, day, Thumbnails(None), 0)
    if not contexts:
        raise InputError(None, "the project has no shooting days to print yet")
    book = Workbook(write_only=True)
    for done, context in enumerate(contexts):
        if progress is not None:
            progress(done, len(contexts))
        _write_sheet(book, context)
    content = io.BytesIO()
    book.save(content)
    atomic_write(path, content.getvalue())
    if progress is not None:
        progress(len(contexts), len(contexts))


def sheet_name(context: DayContext) -> str:
    """``Day 2 12-03``: the day's number and date, unique within the workbook."""
    return f"Day {context.number} {context.day.date:%m-%d}"


def _write_sheet(book, context: DayContext) -> None:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    sheet = book.create_sheet(sheet_name(context))
    for column, width in enumerate(COLUMN_WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    bold, wrapped = Font(bold=True), Alignment(wrap_text=True, vertical="top")

    def cell(value: object, font: Font | None = None) -> WriteOnlyCell:
        written = safe_xlsx_cell(WriteOnlyCell(sheet, value=value))
        if isinstance(value, str):
            written.alignment = wrapped
        if font is not None:
            written.font = font
        return written

    for kind, values in day_rows(context):
        sheet.append([cell(value, bold if kind != "row" else None) for value in values])


def day_rows(context: DayContext) -> Iterable[tuple[str, Row]]:
    """The sheet's rows, top to bottom: ``("title" | "header" | "row", values)``; blank rows between blocks."""
    yield from _header_rows(context)
    for block in (_times_block, _contacts_block, _schedule_block, _cast_block, _extras_block, _crew_block):
        yield "row", ()
        yield from block(context)


def _header_rows(context: DayContext) -> Iterable[tuple[str, Row]]:
    day, number, count = context.day, context.number, context.count
    yield "title", (sheet_title(context),)
    status = sheet_status(context)
    yield "row", (f"Day {number} of {count} · 第{number}天/共{count}天", "Date 日期", day_date(day.date),
                  "Version 版本", status.label)
    if status.changes:
        yield "title", (f"Changed since v{status.since} final 自第{status.since}版定稿以来的变更",)
        yield "header", ("What 项目", "Was 原", "Now 现")
        for row in change_rows(status):
            yield "row", tuple(row)
    if context.project.production_office:
        yield "row", ("Production office 制片办公室", context.project.production_office)


def _times_block(context: DayContext) -> Iterable[tuple[str, Row]]:
    """Crew call, breakfast, shooting call, meal and wrap, as the PDF's times."""
    cells = day_times(context)
    yield "title", ("Times 时间",)
    yield "header", tuple(label for label, _ in cells)
    yield "row", tuple(value for _, value in cells)


def _contacts_block(context: DayContext) -> Iterable[tuple[str, Row]]:
    """The key contacts, the walkie channels, then each location of the day."""
    yield "header", ("Key contacts 主要联系人", "Name 姓名", "Phone 电话", "Email 邮箱")
    for label, person in key_contacts(context.project):
        yield "row", (label, person.name, person.phone, person.email) if person else (label, "—")
    yield "row", ("Walkie 对讲", walkie_channels(context.project))
    yield "row", ()
    yield "header", ("Locations 场地", "Address 地址", "Coordinates 坐标", "Parking 停车", "Nearest hospital 最近医院",
                     "Emergency 急救")
    for location in context.locations:
        where = ""
        if location.latitude is not None and location.longitude is not None:
            where = f"{location.latitude:.5f}, {location.longitude:.5f}"
        yield "row", (location.name, location.address, where, location.parking, location.hospital,
                      location.emergency_phone or "110 / 119 / 120")


def _schedule_block(context: DayContext) -> Iterable[tuple[str, Row]]:
    """One row per setup, with company moves, the meal and the AI team's capture needs between them."""
    index, timeline, date = context.index, context.timeline, context.day.date
    yield "title", ("Schedule 拍摄安排",)
    yield "header", SCHEDULE_HEADER
    for placed in timeline.setups:
        shots = placed.shots
        if not shots:
            continue
        if placed.move_before:
            yield "row", (f"COMPANY MOVE 转场 → {location_name(context, placed)}",)
        descriptions = [s.description for s in shots if s.description]
        description = " / ".join(dict.fromkeys(descriptions))
        if placed.setup.notes:
            description += f"\n※ {placed.setup.notes}"
        extras = index.extras(shots)
        yield "row", (span(placed.start, placed.end, date), index.scene_codes(shots), index.shot_codes(shots),
                      _joined(index.int_ext(s) for s in shots), _joined(index.time_of_day(s) for s in shots),
                      description, index.cast_ids(shots), extras or "",
                      round(setup_minutes(shots, context.project.planning)),
                      "/".join(sorted({s.mode.value.upper() for s in shots})))
        needs = capture_needs(context, shots)
        if needs:
            yield "row", ("", "AI capture 现场采集", "", "", "", " · ".join(needs))
        if timeline.meal is not None and placed.end == timeline.meal:
            end = timeline.meal + dt.timedelta(minutes=context.project.planning.meal_minutes)
            yield "row", (f"MEAL 用餐 {span(timeline.meal, end, date)}",)
    yield "row", (totals_line(context.totals),)


def _cast_block(context: DayContext) -> Iterable[tuple[str, Row]]:
    """Each actor called, then each role NOT CAST, by cast id, with their own times for the day."""
    yield "title", ("Cast 演员",)
    yield "header", CAST_HEADER
    for row in cast_rows(context):
        yield "row", tuple(value.replace("\n", " ") if index > 3 else value for index, value in enumerate(row))


def _extras_block(context: DayContext) -> Iterable[tuple[str, Row]]:
    planning, index, date = context.project.planning, context.index, context.day.date
    yield "title", ("Extras 群演",)
    yield "header", ("Setup 机位时间", "Scene 场", "Shots 镜号", "Extras 人数", "Call 集合")
    for placed in context.timeline.setups:
        count = index.extras(placed.shots)
        if count:
            call = placed.start - dt.timedelta(minutes=planning.wardrobe_minutes + planning.buffer_minutes)
            yield "row", (clock(placed.start, date), index.scene_codes(placed.shots),
                          index.shot_codes(placed.shots), count, clock(call, date))


def _crew_block(context: DayContext) -> Iterable[tuple[str, Row]]:
    """Each department's call, then its people one to a row."""
    call, date = context.timeline.call, context.day.date
    first_actor = min((a.call for a in context.actors.values()), default=call)
    yield "title", ("Crew calls 部门集合",)
    yield "header", ("Department 部门", "Call 集合", "Name 姓名", "Role 职务", "Phone 电话")
    for department, label in DEPARTMENTS.items():
        time = min(call, first_actor) if department in EARLY_DEPARTMENTS else call
        for person in (p for p in context.project.people if p.department is department):
            yield "row", (label, clock(time, date), person.name, person.role, person.phone)


def _joined(values: Iterable[str]) -> str:
    return "/".join(v for v in dict.fromkeys(values) if v)
