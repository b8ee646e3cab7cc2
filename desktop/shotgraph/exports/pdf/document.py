"""A PDF document in the bundled CJK font, on A4 or US Letter, its pages numbered.

Pages are numbered once the whole document is laid out (the canvas keeps each page's
state until it is saved): "page X of Y" over the whole file, or run by run where the story
starts runs with ``PageRun`` markers (each shooting day of a call sheet is one run). A run
may head its later pages and carry a diagonal grey DRAFT across each of its pages.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from shotgraph.core.io.atomic import atomic_write
from shotgraph.core.io.errors import InputError
from shotgraph.fonts import cjk_font_path

FONT = "ShotGraphCJK"
PAPERS = {"a4": A4, "letter": LETTER}
MARGIN = 12 * mm
DRAFT_WORD = "DRAFT"
FOOTER_ROOM = 3 * mm
"""Kept free above the bottom margin for the page number line."""


@cache
def register_font() -> str:
    """Register WenQuanYi Micro Hei (face 0 of the bundled collection) once; reportlab embeds a subset."""
    pdfmetrics.registerFont(TTFont(FONT, str(cjk_font_path()), subfontIndex=0))
    return FONT


def paper_size(paper: str) -> tuple[float, float]:
    """The page size of ``a4`` or ``letter``; anything else is refused with the accepted names."""
    try:
        return PAPERS[paper.lower()]
    except (KeyError, AttributeError):
        raise InputError(None, f"paper must be one of {', '.join(PAPERS)}, not {paper!r}") from None


CJK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]")


@cache
def style(size: float = 8.5, name: str = "body", cjk: bool = True) -> ParagraphStyle:
    """A paragraph style in the CJK font; ``cjk`` breaks lines between Chinese characters too."""
    register_font()
    return ParagraphStyle(f"{name}-{size}-{cjk}", fontName=FONT, fontSize=size, leading=size * 1.25,
                          wordWrap="CJK" if cjk else None)


def para(text: object, size: float = 8.5, name: str = "body") -> Paragraph:
    """Plain text (escaped, line breaks kept) as a wrapping paragraph.

    Text with Chinese in it may break between any two characters; text without keeps
    English words and shot codes (``4-03``) whole.
    """
    text = "" if text is None else str(text)
    return Paragraph(markup(text), style(size, name, CJK.search(text) is not None))


def markup(text: object) -> str:
    """Plain text made safe for a Paragraph, with its line breaks kept."""
    return escape("" if text is None else str(text)).replace("\n", "<br/>")


class PageRun(Flowable):
    """Starts a run of pages, numbered on their own, from the page it is drawn on.

    ``footer`` is the page number line, with ``{page}`` and ``{pages}`` standing for the page's
    number in the run and the run's length ("Day 2 · page {page} of {pages}"). ``head`` is
    printed at the top of every page of the run after its first, so a loose page still says
    what it belongs to. ``draft`` crosses every page of the run with the DRAFT watermark.
    """

    def __init__(self, footer: str = "page {page} of {pages}", head: str = "", draft: bool = False) -> None:
        super().__init__()
        self.footer, self.head, self.draft = footer, head, draft
        self.width = self.height = 0

    def draw(self) -> None:
        self.canv.run = self


WHOLE_FILE = PageRun()
"""The run of a document that starts none: "page X of Y" over the whole file."""


class NumberedCanvas(Canvas):
    """A canvas that holds pages back until the end to number them run by run and mark drafts."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs["initialFontName"] = register_font()
        super().__init__(*args, **kwargs)
        self.run = WHOLE_FILE
        self._pages: list[dict] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        lengths = Counter(id(state["run"]) for state in self._pages)
        numbered: Counter[int] = Counter()
        for state in self._pages:
            self.__dict__.update(state)
            numbered[id(self.run)] += 1
            decorate_page(self, numbered[id(self.run)], lengths[id(self.run)], self.run)
            super().showPage()
        super().save()


def decorate_page(canvas: Canvas, number: int, total: int, run: PageRun = WHOLE_FILE) -> None:
    """The page number line, the run's head after its first page and, on a draft, the DRAFT watermark."""
    width, height = canvas._pagesize
    canvas.saveState()
    canvas.setFont(register_font(), 8)
    canvas.setFillGray(0)
    canvas.drawRightString(width - MARGIN, MARGIN / 2, run.footer.format(page=number, pages=total))
    if run.head and number > 1:
        canvas.setFont(FONT, 7.5)
        canvas.drawString(MARGIN, height - MARGIN + 3.5 * mm, run.head)
    if run.draft:
        canvas.setFillGray(0.55)
        canvas.setFillAlpha(0.22)
        canvas.setFont(FONT, 110)
        canvas.translate(width / 2, height / 2)
        canvas.rotate(40)
        canvas.drawCentredString(0, -38, DRAFT_WORD)
    canvas.restoreState()


def build_pdf(path: str | Path, story: Sequence[Flowable], *, paper: str = "a4", title: str = "",
              margins: float = MARGIN) -> None:
    """Lay ``story`` out on numbered pages and replace ``path`` with the PDF in one step."""
    register_font()
    buffer = io.BytesIO()
    size = paper_size(paper)
    bottom = margins + FOOTER_ROOM
    frame = Frame(margins, bottom, size[0] - 2 * margins, size[1] - margins - bottom, id="text",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    document = BaseDocTemplate(buffer, pagesize=size, title=title, author="ShotGraph",
                               pageTemplates=[PageTemplate("page", [frame])])
    document.build(list(story), canvasmaker=NumberedCanvas)
    atomic_write(path, buffer.getvalue())
