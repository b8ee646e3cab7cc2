"""Tables and section headings shared by the printed exports: black lines on white, grey header rows,
every cell a wrapping paragraph so long Chinese or English text stays inside its column."""

from __future__ import annotations

from collections.abc import Sequence

import segno
from reportlab.lib.units import mm
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


def heading(text: str) -> list[Flowable]:
    """A section title with a little space above it."""
    return [CondPageBreak(HEADING_ROOM), Spacer(1, 3 * mm), para(text, 11.5, "heading"), Spacer(1, 1 * mm)]


def grid(header: Sequence[str], rows: Sequence[Sequence[object]], widths: Sequence[float],
         extra_style: Sequence[tuple] = (), size: float = 8) -> Table:
    """A ruled table; text cells become paragraphs, flowables (images, QR codes) stay as they are."""
    cells = [[_cell(value, size) for value in header]]
    cells += [[_cell(value, size) for value in row] for row in rows]
    table = Table(cells, colWidths=list(widths), repeatRows=1)
    table.setStyle(GRID)
    if extra_style:
        table.setStyle(TableStyle(list(extra_style)))
    return table


def _cell(value: object, size: float) -> object:
    if isinstance(value, Flowable | list):
        return value
    return para(value, size)


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
