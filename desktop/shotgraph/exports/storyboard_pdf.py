"""The storyboard as a PDF: each episode's panels in episode order, 2–6 per page row by row.

A panel is the 9:16 frame (an empty outlined box when the shot has none), then the shot
code with a boxed mode badge (LIVE, AI, HYBRID), size · angle · movement · duration,
the description and the dialogue. Text that does not fit gets smaller, then is cut with "…".
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from shotgraph.core.graph import episode_order
from shotgraph.core.io.atomic import atomic_write
from shotgraph.core.io.errors import InputError
from shotgraph.core.model import Episode, Project, Shot

from . import Exporter, Progress, register
from .pdf.document import FONT, MARGIN, decorate_page, paper_size, para, register_font
from .pdf.images import Thumbnails

PER_PAGE = (2, 3, 4, 5, 6)
GAP = 5 * mm
HEADER = 9 * mm
FOOTER = 6 * mm


@dataclass(frozen=True)
class Grid:
    """Where the panels of a page go: columns, rows and the size of one cell."""

    columns: int
    rows: int
    cell_width: float
    cell_height: float
    page_height: float

    @classmethod
    def of(cls, per_page: int, page: tuple[float, float]) -> Grid:
        if per_page not in PER_PAGE:
            raise InputError(None, f"panels per page must be 2 to 6, not {per_page}")
        columns = 2 if per_page in (2, 4) else 3
        rows = math.ceil(per_page / columns)
        width = (page[0] - 2 * MARGIN - (columns - 1) * GAP) / columns
        height = (page[1] - 2 * MARGIN - HEADER - FOOTER - (rows - 1) * GAP) / rows
        return cls(columns, rows, width, height, page[1])

    def origin(self, slot: int) -> tuple[float, float]:
        """The top-left corner of the cell at ``slot``, filled row by row."""
        row, column = divmod(slot, self.columns)
        x = MARGIN + column * (self.cell_width + GAP)
        y = self.page_height - MARGIN - HEADER - row * (self.cell_height + GAP)
        return x, y


def write_storyboard_pdf(project: Project, path: str | Path, *, progress: Progress | None = None,
                         base: str | Path | None = None, episode: int | None = None, paper: str = "a4",
                         per_page: int = 6) -> None:
    """Every episode (or only episode number ``episode``), each starting on a new page."""
    page = paper_size(paper)
    grid = Grid.of(per_page, page)
    episodes = [e for e in project.episodes if episode is None or e.number == episode]
    if episode is not None and not episodes:
        raise InputError(None, f"there is no episode {episode}")
    orders = [(e, episode_order(e)) for e in episodes]
    total_pages = sum(max(1, math.ceil(len(shots) / per_page)) for _, shots in orders) or 1
    total_panels = sum(len(shots) for _, shots in orders)
    register_font()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=page, initialFontName=FONT)
    canvas.setTitle(f"{project.title} storyboard 分镜")
    canvas.setAuthor("ShotGraph")
    thumbnails = Thumbnails(base, max_px=640)
    number = done = 0
    for current, shots in orders:
        for start in range(0, max(len(shots), 1), per_page):
            number += 1
            _header(canvas, project, current, page)
            for slot, shot in enumerate(shots[start:start + per_page]):
                if progress is not None:
                    progress(done, total_panels)
                draw_panel(canvas, grid, slot, shot, thumbnails)
                done += 1
            decorate_page(canvas, number, total_pages, False)
            canvas.showPage()
    if not orders:
        canvas.setFont(FONT, 12)
        canvas.drawString(MARGIN, page[1] - MARGIN - HEADER, "No episodes 没有剧集")
        decorate_page(canvas, 1, 1, False)
        canvas.showPage()
    canvas.save()
    atomic_write(path, buffer.getvalue())


def _header(canvas: Canvas, project: Project, episode: Episode, page: tuple[float, float]) -> None:
    canvas.setFont(FONT, 12)
    title = f"{project.title} · EP{episode.number} {episode.title}".strip(" ·")
    canvas.drawString(MARGIN, page[1] - MARGIN - 5 * mm, f"{title} — Storyboard 分镜")
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN, page[1] - MARGIN - 7 * mm, page[0] - MARGIN, page[1] - MARGIN - 7 * mm)


def draw_panel(canvas: Canvas, grid: Grid, slot: int, shot: Shot, thumbnails: Thumbnails) -> None:
    """One shot's frame and text in its cell."""
    x, top = grid.origin(slot)
    frame_h = min(grid.cell_width * 16 / 9, grid.cell_height * 0.62)
    frame_w = frame_h * 9 / 16
    frame_x, frame_y = x + (grid.cell_width - frame_w) / 2, top - frame_h
    image = thumbnails.get(shot.frame)
    canvas.setLineWidth(0.6)
    if image is not None:
        canvas.drawImage(image, frame_x, frame_y, frame_w, frame_h, preserveAspectRatio=True, anchor="c")
    else:
        canvas.setFont(FONT, 8)
        canvas.drawCentredString(frame_x + frame_w / 2, frame_y + frame_h / 2, "no frame 无画面")
    canvas.rect(frame_x, frame_y, frame_w, frame_h)
    line_y = frame_y - 5.5 * mm
    canvas.setFont(FONT, 11)
    canvas.drawString(x, line_y, shot.code)
    _badge(canvas, x + canvas.stringWidth(shot.code, FONT, 11) + 3 * mm, line_y, shot.mode.value.upper())
    _text_block(canvas, x, line_y - 2 * mm, grid.cell_width, line_y - 2 * mm - (top - grid.cell_height), shot)


def _badge(canvas: Canvas, x: float, y: float, text: str) -> None:
    """The mode as boxed capitals: readable in black and white."""
    width = canvas.stringWidth(text, FONT, 7.5) + 3 * mm
    canvas.setLineWidth(0.8)
    canvas.rect(x, y - 1.3 * mm, width, 4.6 * mm)
    canvas.setFont(FONT, 7.5)
    canvas.drawString(x + 1.5 * mm, y, text)


def panel_lines(shot: Shot) -> list[str]:
    """The panel's text lines below the code: camera and duration, description, dialogue."""
    camera = [v.value for v in (shot.camera.size, shot.camera.angle, shot.camera.movement) if v is not None]
    duration = f"{shot.duration_s:g} s" if shot.duration_s is not None else "— s"
    lines = [" · ".join([*camera, duration])]
    if shot.description:
        lines.append(shot.description)
    if shot.dialogue:
        lines.append(f"“{shot.dialogue}”")
    return lines


def _text_block(canvas: Canvas, x: float, top: float, width: float, height: float, shot: Shot) -> None:
    lines = panel_lines(shot)
    largest = 10.5 if width > 70 * mm else 8.5
    for size in (largest, largest - 1, 7.5, 6.5):
        paragraphs = [para(line, size) for line in lines]
        if sum(p.wrap(width, height)[1] + 1 for p in paragraphs) <= height:
            break
    else:
        paragraphs = _cut_to_fit(lines, width, height)
    y = top
    for paragraph in paragraphs:
        _, used = paragraph.wrap(width, height)
        paragraph.drawOn(canvas, x, y - used)
        y -= used + 1


def _cut_to_fit(lines: list[str], width: float, height: float) -> list:
    """The smallest-size paragraphs, the longest line shortened with "…" until they all fit."""
    lines = list(lines)
    while True:
        paragraphs = [para(line, 6.5) for line in lines]
        if sum(p.wrap(width, height)[1] + 1 for p in paragraphs) <= height:
            return paragraphs
        longest = max(range(len(lines)), key=lambda k: len(lines[k]))
        if len(lines[longest]) <= 2:
            return paragraphs[:1]
        lines[longest] = lines[longest][: len(lines[longest]) * 3 // 4].rstrip("…") + "…"


register(Exporter("storyboard", (".pdf",), "storyboard panels in episode order (PDF)", write_storyboard_pdf,
                  "storyboard"))
