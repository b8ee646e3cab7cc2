"""Tables and section headings shared by the printed exports: black lines on white, grey header rows,
every cell a wrapping paragraph so long Chinese or English text stays inside its column."""

from __future__ import annotations

from collections.abc import Sequence

import segno
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table, TableStyle

from .document import FONT, para

GRID = TableStyle([
    ("FONTNAME", (0, 0), (-1, -1), FONT),
    ("GRID", (0, 0), (-1, -1), 0.4, "black"),
    ("BACKGROUND", (0, 0), (-1, 0), (0.85, 0.85, 0.85)),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
    ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
    ("TOPPADDING", (0, 0), (-1, -1), 1.5),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
])


HEADING_ROOM = 25 * mm
"""A section title starts a new page when less than this is left below it, so it never ends a
page alone; a long table under it still begins on the same page and splits."""


def heading(text: str, size: float = 11.5, room: float = HEADING_ROOM) -> list[Flowable]:
    """A section title with a little space above it, on a new page when less than ``room`` is left."""
    return [CondPageBreak(room), Spacer(1, size * 0.26 * mm), para(text, size, "heading"), Spacer(1, size * 0.09 * mm)]


def grid(header: Sequence[str], rows: Sequence[Sequence[object]], widths: Sequence[float],
         extra_style: Sequence[tuple] = (), size: float = 8) -> Table:
    """A ruled table; text cells become paragraphs, flowables (images, QR codes) stay as they are.

    A table longer than the page goes on over the next with its header row repeated; a row
    taller than the page is split too, so no text is ever too big to print.
    """
    cells = [[_cell(value, size) for value in header]]
    cells += [[_cell(value, size) for value in row] for row in rows]
    table = Table(cells, colWidths=list(widths), repeatRows=1, splitInRow=1)
    table.setStyle(GRID)
    if extra_style:
        table.setStyle(TableStyle(list(extra_style)))
    return table


def side_by_side(cells: Sequence[object], widths: Sequence[float], extra_style: Sequence[tuple] = ()) -> Table:
    """Flowables (or lists of them) in one row of boxes, without rules or padding: a layout, not a table."""
    table = Table([list(cells)], colWidths=list(widths))
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                               *extra_style]))
    return table


def _cell(value: object, size: float) -> object:
    if isinstance(value, Flowable | list):
        return value
    return para(value, size)


def clipped(text: str, width: float, size: float, lines: int = 1) -> str:
    """``text`` on one line, shortened with "…" to fill no more than ``lines`` lines of ``width`` at ``size``."""
    text = " ".join(str(text).split())
    room = width * lines * (1 if lines == 1 else 0.9)
    if stringWidth(text, FONT, size) <= room:
        return text
    low, high = 0, min(len(text), int(room / (size * 0.2)) + 1)
    while low < high:
        middle = (low + high + 1) // 2
        if stringWidth(text[:middle] + "…", FONT, size) <= room:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"


def empty_line(text: str) -> Paragraph:
    """The line shown where a section has nothing to list."""
    return para(text, 8.5)


class QRCode(Flowable):
    """A QR code drawn as vector squares, black on white, with a quiet zone."""

    def __init__(self, content: str, size: float = 18 * mm) -> None:
        super().__init__()
        self.matrix = [list(row) for row in segno.make_qr(content, error="m").matrix]
        self.width = self.height = size

    def draw(self) -> None:
        count = len(self.matrix) + 4
        module = self.width / count
        self.canv.setFillGray(0)
        for y, row in enumerate(self.matrix):
            for x, dark in enumerate(row):
                if dark:
                    self.canv.rect((x + 2) * module, self.height - (y + 3) * module, module, module,
                                   stroke=0, fill=1)


class Picture(Flowable):
    """An image fitted into a box, its proportions kept, against the box's left edge."""

    def __init__(self, image: ImageReader, width: float, height: float) -> None:
        super().__init__()
        self.image = image
        self.width, self.height = width, height

    def draw(self) -> None:
        self.canv.drawImage(self.image, 0, 0, self.width, self.height, preserveAspectRatio=True, anchor="w")
