"""The call sheet: one run of pages per shooting day, one page for most days, two for a long one.

Sections in the order docs/printed-exports.md lists: header, times, key contacts with the
walkie channels, locations (with a QR code of the coordinates), weather and sun, schedule
with the day's totals, cast, extras, crew calls, department notes, advance schedule. Every
page after a day's first is headed with the production, the day and its date, and the pages
of each day are numbered on their own ("Day 2 · page 1 of 2"); a day not marked final
carries a DRAFT watermark. Storyboard frames go to the day's shooting board (shooting_board.py),
a file of its own or, with ``with_boards``, pages after each day's sheet. Labels are in English
and Chinese, so one sheet serves the whole crew; nothing is told by colour alone.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak

from shotgraph.core.io.errors import InputError
from shotgraph.core.model import Language, Project
from shotgraph.core.planning.sun import sun_times

from . import Exporter, Progress, register
from .callsheet_cast import cast_section, extras_section
from .callsheet_cn import cn_day_story
from .callsheet_contacts import key_contacts, walkie_channels
from .callsheet_day import (
    DayContext,
    day_contexts,
    day_date,
    day_times,
    section_gap,
    section_heading,
    sheet_table,
    write_day_pages,
)
from .callsheet_issue import changes_section, sheet_status
from .callsheet_notes import advance_table, notes_table
from .callsheet_schedule import crew_section, schedule_section
from .codes import code_list
from .pdf.document import PageRun, paper_size, para
from .pdf.images import Thumbnails
from .pdf.panels import check_per_page
from .pdf.tables import Picture, QRCode, clipped, side_by_side
from .shooting_board import BOARD_PIXELS, board_story, write_shooting_board

LOGO_BOX = (30 * mm, 14 * mm)
"""The room of the production's logo in the header; the logo is fitted into it, its proportions kept."""
QR_SIZE = 10 * mm
SHEET_MARGIN = 10 * mm
SIDE_GAP = 3 * mm
SIDE_BY_SIDE_MOST = 70 * mm
"""Department notes and the advance schedule sit side by side when neither is taller than this."""
MEASURING_ROOM = 1000 * mm
"""Room enough to measure a table's whole height."""


def write_callsheet(project: Project, path: str | Path, *, progress: Progress | None = None,
                    base: str | Path | None = None, day: int | str | None = None, paper: str = "a4",
                    with_boards: bool = False, per_page: int = 6, style: str | None = None) -> None:
    """All shooting days (each from a new page), or only ``day`` (its number from 1, or its id).

    ``style`` is "cn" (the 通告单, callsheet_cn.py) or "intl" (this module's sheet); unset, a Chinese
    project prints "cn" and any other "intl". ``with_boards`` adds each day's shooting board,
    ``per_page`` panels a page, after its sheet.
    """
    story = STYLES.get(style or ("cn" if project.language is Language.ZH else "intl"))
    if story is None:
        raise InputError(None, f"call-sheet style must be one of {', '.join(STYLES)}, not {style!r}")
    check_per_page(per_page)
    width = paper_size(paper)[0] - 2 * SHEET_MARGIN
    contexts = day_contexts(project, day, Thumbnails(base, max_px=BOARD_PIXELS), width)

    def pages(context: DayContext) -> list[Flowable]:
        board = [PageBreak(), *board_story(context, per_page)] if with_boards else []
        return [*story(context), *board]

    write_day_pages(project, path, contexts, pages, title=f"{project.title} call sheet 通告单", paper=paper,
                    margins=SHEET_MARGIN, progress=progress)


def day_story(context: DayContext) -> list[Flowable]:
    """Every section of one day's call sheet, in the order crews read them, as one run of pages."""
    return [day_run(context), *header_section(context), *times_section(context), *changes_section(context),
            *contacts_section(context), *locations_section(context), *weather_section(context),
            *schedule_section(context), *cast_section(context), *extras_section(context), *crew_section(context),
            *closing_sections(context)]


STYLES = {"cn": cn_day_story, "intl": day_story}
"""The call-sheet styles by name: the Chinese 通告单 and the international sheet."""


def sheet_title(context: DayContext) -> str:
    return f"{context.project.title or 'Untitled 未命名'} — CALL SHEET 通告单"


def day_run(context: DayContext) -> PageRun:
    """The day's pages: numbered on their own, headed after the first, DRAFT until final."""
    number, status = context.number, sheet_status(context)
    footer = f"Day {number} · page {{page}} of {{pages}} · 第{number}天 第{{page}}/{{pages}}页"
    head = f"{sheet_title(context)} · {context.day_and_date} · {status.label}"
    return PageRun(footer, head, draft=not status.final)


def header_section(context: DayContext) -> list[Flowable]:
    """Logo, production, episodes and office on the left; the day, date and version boxed on the right."""
    day, project, w = context.day, context.project, context.width
    logo = context.thumbnails.get(project.logo)
    logo_width = LOGO_BOX[0] + 3 * mm if logo is not None else 0
    day_width = 0.3 * w
    text_width = w - logo_width - day_width
    episodes = code_list(f"EP{n}" for n in context.episodes) or "—"
    about = [para(sheet_title(context), 13, "title"), para(f"Episodes 集数: {episodes}", 8)]
    if project.production_office:
        office = clipped(project.production_office, text_width - 6, 7.5, 2)
        about.append(para(f"Production office 制片办公室: {office}", 7.5))
    when = [para(f"Day {context.number} of {context.count} · 第{context.number}天/共{context.count}天", 10),
            para(f"Date 日期 {day_date(day.date)}", 8.5), para(f"Version 版本 {sheet_status(context).label}", 8.5)]
    cells = [Picture(logo, *LOGO_BOX)] if logo is not None else []
    widths = [logo_width] if logo is not None else []
    return [side_by_side([*cells, about, when], [*widths, text_width, day_width],
                         [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("BOX", (-1, 0), (-1, 0), 0.8, "black"),
                          ("LEFTPADDING", (-1, 0), (-1, 0), 4), ("TOPPADDING", (-1, 0), (-1, 0), 2),
                          ("BOTTOMPADDING", (-1, 0), (-1, 0), 3)])]


def times_section(context: DayContext) -> list[Flowable]:
    """The day's times set at 9 pt, to stand out from the tables below."""
    cells = day_times(context)
    header = [label for label, _ in cells]
    row = [para(value, 9) for _, value in cells]
    return [*section_heading("Times 时间"), sheet_table(header, [row], [context.width / len(cells)] * len(cells))]


def contacts_section(context: DayContext) -> list[Flowable]:
    """The key contacts two to a row, then the walkie channel of each department."""
    cells: list[list[object]] = []
    for label, person in key_contacts(context.project):
        reach = "\n".join(filter(None, (person.phone, person.email))) if person else ""
        cells.append([label, person.name if person else "—", reach])
    rows: list[list[object]] = [cells[0] + cells[1], cells[2] + cells[3],
                                ["Walkie 对讲", walkie_channels(context.project), "", "", "", ""]]
    header = ["Key contacts 主要联系人", "Name 姓名", "Phone 电话", "Role 职务", "Name 姓名", "Phone 电话"]
    return [section_gap(), sheet_table(header, rows, [f * context.width for f in (0.2, 0.11, 0.19) * 2],
                                       [("SPAN", (1, 3), (-1, 3))])]


def locations_section(context: DayContext) -> list[Flowable]:
    """Each location of the day: address and coordinates, parking, a QR code of the map, hospital and emergency."""
    rows = []
    for location in context.locations:
        where = location.address
        qr: object = "—"
        if location.latitude is not None and location.longitude is not None:
            where += f"\n{location.latitude:.5f}, {location.longitude:.5f}"
            qr = QRCode(f"geo:{location.latitude:.6f},{location.longitude:.6f}", QR_SIZE)
        emergency = f"Emergency 急救 {location.emergency_phone or '110 / 119 / 120'}"
        rows.append([location.name, where, location.parking, qr,
                     "\n".join(filter(None, (location.hospital, emergency)))])
    w = context.width
    if not rows:
        return [section_gap(), sheet_table(["Locations 场地"], [["No location set 未设场地"]], [w])]
    header = ["Locations 场地", "Address 地址", "Parking 停车", "Map 地图", "Nearest hospital 最近医院"]
    return [section_gap(), sheet_table(header, rows, [f * w for f in (0.15, 0.26, 0.22, 0.08, 0.29)])]


def weather_section(context: DayContext) -> list[Flowable]:
    """The weather as entered, then sunrise and sunset, once for all locations that share them."""
    places: dict[str, list[str]] = {}
    for location in context.locations:
        sun = sun_times(location, context.day.date)
        if sun is not None:
            places.setdefault(f"Sunrise 日出 {sun.sunrise:%H:%M} · Sunset 日落 {sun.sunset:%H:%M}", []).append(
                location.name)
    suns = " · ".join(f"{times} ({', '.join(names)})" for times, names in places.items())
    text = " · ".join(filter(None, (context.day.weather or "Not entered 未填写", suns)))
    w = context.width
    return [section_gap(), sheet_table(["Weather 天气", text], [], [0.15 * w, 0.85 * w],
                                       [("BACKGROUND", (1, 0), (1, 0), "white")])]


def closing_sections(context: DayContext) -> list[Flowable]:
    """Department notes and the advance schedule: side by side when both are short, else one under the other."""
    w = context.width
    left, right = 0.64 * w - SIDE_GAP / 2, 0.36 * w - SIDE_GAP / 2
    notes, advance = notes_table(context, left), advance_table(context, right)
    if max(notes.wrap(left, MEASURING_ROOM)[1], advance.wrap(right, MEASURING_ROOM)[1]) > SIDE_BY_SIDE_MOST:
        return [section_gap(), notes_table(context, w), section_gap(), advance_table(context, w)]
    return [section_gap(), side_by_side([notes, "", advance], [left, SIDE_GAP, right])]


register(Exporter("callsheet", (".pdf",), "call sheets of the shooting days (PDF, A4 or US Letter)",
                  write_callsheet, "call-sheet"))
register(Exporter("boards", (".pdf",), "shooting boards: each day's storyboard frames in shooting order (PDF)",
                  write_shooting_board, "shooting-board"))
