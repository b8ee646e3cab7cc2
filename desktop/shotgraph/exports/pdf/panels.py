"""Storyboard panels on a PDF page, shared by the storyboard and the shooting board.

A panel is the 9:16 frame (an empty outlined box when the shot has none), then the shot
code with a boxed mode badge (LIVE, AI, HYBRID), size · angle · movement · duration,
the description and the dialogue. Text that does not fit gets smaller, then is cut with "…".
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from shotgraph.core.io.errors import InputError
from shotgraph.core.model import Shot

from .document import FONT, MARGIN, para
from .images import Thumbnails

PER_PAGE = (2, 3, 4, 5, 6)
GAP = 5 * mm
HEADER = 9 * mm
FOOTER = 6 * mm


def check_per_page(per_page: int) -> None:
    """Refuses a number of panels a page cannot lay out."""
    if per_page not in PER_PAGE:
        raise InputError(None, f"panels per page must be 2 to 6, not {per_page}")


@dataclass(frozen=True)
class Grid:
    """Where the panels of a page go: columns, rows, the size of one cell and the area's top-left corner."""

    columns: int
    rows: int
    cell_width: float
    cell_height: float
    left: float
    top: float

    @classmethod
    def of(cls, per_page: int, page: tuple[float, float]) -> Grid:
        """The panels of a whole page, under its header."""
        return cls.within(per_page, MARGIN, page[1] - MARGIN - HEADER, page[0] - 2 * MARGIN,
                          page[1] - 2 * MARGIN - HEADER - FOOTER)

    @classmethod
    def within(cls, per_page: int, left: float, top: float, width: float, height: float) -> Grid:
        """The panels of an area ``width`` by ``height`` whose top-left corner is at (``left``, ``top``)."""
        check_per_page(per_page)
        columns = 2 if per_page in (2, 4) else 3
        rows = math.ceil(per_page / columns)
        cell_width = (width - (columns - 1) * GAP) / columns
        cell_height = (height - (rows - 1) * GAP) / rows
        return cls(columns, rows, cell_width, cell_height, left, top)

    def origin(self, slot: int) -> tuple[float, float]:
        """The top-left corner of the cell at ``slot``, filled row by row."""
        row, column = divmod(slot, self.columns)
        return self.left + column * (self.cell_width + GAP), self.top - row * (self.cell_height + GAP)


def draw_panel(canvas: Canvas, grid: Grid, slot: int, shot: Shot, thumbnails: Thumbnails, *,
               code: str | None = None, lead: str = "") -> None:
    """One shot's frame and text in its cell: ``code`` in place of the shot's own, ``lead`` as the first line."""
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
    code = code or shot.code
    canvas.drawString(x, line_y, code)
    _badge(canvas, x + canvas.stringWidth(code, FONT, 11) + 3 * mm, line_y, shot.mode.value.upper())
    lines = [lead, *panel_lines(shot)] if lead else panel_lines(shot)
    _text_block(canvas, x, line_y - 2 * mm, grid.cell_width, line_y - 2 * mm - (top - grid.cell_height), lines)


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


def _text_block(canvas: Canvas, x: float, top: float, width: float, height: float, lines: list[str]) -> None:
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


