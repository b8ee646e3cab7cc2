"""The shooting board: a day's storyboard frames in shooting order, for the crew on set.

The storyboard's panels (pdf/panels.py), 2–6 a page, setup after setup in the day's order;
each panel's first line says which setup it belongs to, when it starts and its scene. Every
page is headed with the production, "Day X of Y" and the date, and the board's pages are
numbered per day ("Day 2 · board page 1 of 3"). Written as a file of its own, or after each
day's call sheet when the call sheet is asked for ``with_boards``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak

from shotgraph.core.model import Project, Shot

from . import Progress
from .callsheet_clock import clock
from .callsheet_day import DayContext, day_contexts, write_day_pages
from .codes import with_episode
from .pdf.document import FONT, MARGIN, PageRun, paper_size, para
from .pdf.images import Thumbnails
from .pdf.panels import HEADER, Grid, check_per_page, draw_panel
from .pdf.tables import clipped, empty_line

BOARD_PIXELS = 640
"""Frames are scaled to fit this many pixels: sharp at the size of a panel, small in the file."""


@dataclass(frozen=True)
class Panel:
    shot: Shot
    code: str
    lead: str
    """The first line under the code: the setup, its start and its scene."""


class BoardPage(Flowable):
    """One page of a day's shooting board: its title line and up to ``per_page`` panels, filling the frame."""

    def __init__(self, title: str, panels: list[Panel], per_page: int, thumbnails: Thumbnails) -> None:
        super().__init__()
        self.title, self.panels, self.per_page, self.thumbnails = title, panels, per_page, thumbnails

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width, self.height = available_width, available_height - 1
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.setFont(FONT, 11)
        canvas.drawString(0, self.height - 5 * mm, clipped(self.title, self.width, 11))
        canvas.setLineWidth(0.6)
        canvas.line(0, self.height - 7 * mm, self.width, self.height - 7 * mm)
        grid = Grid.within(self.per_page, 0, self.height - HEADER, self.width, self.height - HEADER)
        for slot, panel in enumerate(self.panels):
            draw_panel(canvas, grid, slot, panel.shot, self.thumbnails, code=panel.code, lead=panel.lead)


def board_story(context: DayContext, per_page: int = 6) -> list[Flowable]:
    """The day's shooting board as pages of its own, numbered on their own."""
    number = context.number
    run = PageRun(f"Day {number} · board page {{page}} of {{pages}} · 第{number}天 分镜第{{page}}/{{pages}}页")
    title = f"{context.project.title or 'Untitled 未命名'} — SHOOTING BOARD 拍摄分镜 · {context.day_and_date}"
    panels = day_panels(context)
    if not panels:
        return [run, para(title, 11), empty_line("No shots on this day 当日无镜头")]
    story: list[Flowable] = [run]
    for start in range(0, len(panels), per_page):
        if start:
            story.append(PageBreak())
        story.append(BoardPage(title, panels[start:start + per_page], per_page, context.thumbnails))
    return story


def day_panels(context: DayContext) -> list[Panel]:
    """Every shot of the day in shooting order, its code with its episode when the day films several."""
    index = context.index
    several = len(context.episodes) > 1
    panels = []
    setups = [placed for placed in context.timeline.setups if placed.shots]
    for number, placed in enumerate(setups, start=1):
        for shot in placed.shots:
            code = with_episode(index.episode_of.get(shot.id), shot.code) if several else shot.code
            where = " ".join(filter(None, (index.scene_code(shot), index.int_ext(shot), index.time_of_day(shot))))
            panels.append(Panel(shot, code, f"Setup 机位 {number} · {clock(placed.start, context.day.date)} · {where}"))
    return panels


def write_shooting_board(project: Project, path: str | Path, *, progress: Progress | None = None,
                         base: str | Path | None = None, day: int | str | None = None, paper: str = "a4",
                         per_page: int = 6) -> None:
    """The shooting board of every day (each from a new page), or only of ``day`` (its number or id)."""
    check_per_page(per_page)
    width = paper_size(paper)[0] - 2 * MARGIN
    contexts = day_contexts(project, day, Thumbnails(base, max_px=BOARD_PIXELS), width)
    write_day_pages(project, path, contexts, lambda context: board_story(context, per_page),
                    title=f"{project.title} shooting board 拍摄分镜", paper=paper, progress=progress)
