"""The storyboard as a PDF: each episode's panels in episode order, 2–6 per page row by row.

Panels are drawn as pdf/panels.py describes; each page is headed with the episode.
"""

from __future__ import annotations

import io
import math
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from shotgraph.core.graph import episode_order
from shotgraph.core.io.atomic import atomic_write
from shotgraph.core.io.errors import InputError
from shotgraph.core.model import Episode, Project

from . import Exporter, Progress, register
from .pdf.document import FONT, MARGIN, decorate_page, paper_size, register_font
from .pdf.images import Thumbnails
from .pdf.panels import HEADER, Grid, draw_panel


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
            decorate_page(canvas, number, total_pages)
            canvas.showPage()
    if not orders:
        canvas.setFont(FONT, 12)
        canvas.drawString(MARGIN, page[1] - MARGIN - HEADER, "No episodes 没有剧集")
        decorate_page(canvas, 1, 1)
        canvas.showPage()
    canvas.save()
    atomic_write(path, buffer.getvalue())


def _header(canvas: Canvas, project: Project, episode: Episode, page: tuple[float, float]) -> None:
    canvas.setFont(FONT, 12)
    title = f"{project.title} · EP{episode.number} {episode.title}".strip(" ·")
    canvas.drawString(MARGIN, page[1] - MARGIN - 5 * mm, f"{title} — Storyboard 分镜")
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN, page[1] - MARGIN - 7 * mm, page[0] - MARGIN, page[1] - MARGIN - 7 * mm)


register(Exporter("storyboard", (".pdf",), "storyboard panels in episode order (PDF)", write_storyboard_pdf,
                  "storyboard"))
