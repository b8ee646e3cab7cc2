"""A PDF document in the bundled CJK font, on A4 or US Letter, numbered "page X of Y".

Pages are numbered once the whole document is laid out (the canvas keeps each page's
state until it is saved). A page drawn after a ``Watermark(True)`` marker carries a
diagonal grey DRAFT across it, until a ``Watermark(False)`` marker.
"""

from __future__ import annotations

import io
import re
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
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate

from shotgraph.core.io.atomic import atomic_write
from shotgraph.core.io.errors import InputError
from shotgraph.fonts import cjk_font_path

FONT = "ShotGraphCJK"
PAPERS = {"a4": A4, "letter": LETTER}
MARGIN = 12 * mm
DRAFT_WORD = "DRAFT"


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


class Watermark(Flowable):
    """Marks the pages from here on as draft (watermarked) or final."""

    def __init__(self, draft: bool) -> None:
        super().__init__()
        self.draft = draft
        self.width = self.height = 0

    def draw(self) -> None:
        self.canv.draft = self.draft


class NumberedCanvas(Canvas):
    """A canvas that holds pages back until the end to print "page X of Y" and watermarks."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs["initialFontName"] = register_font()
        super().__init__(*args, **kwargs)
        self.draft = False
        self._pages: list[dict] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            decorate_page(self, number, total, self.draft)
            super().showPage()
        super().save()


def decorate_page(canvas: Canvas, number: int, total: int, draft: bool) -> None:
    """The footer "page X of Y" and, on a draft page, the DRAFT watermark."""
    width, height = canvas._pagesize
    canvas.saveState()
    canvas.setFont(register_font(), 8)
    canvas.setFillGray(0)
    canvas.drawRightString(width - MARGIN, MARGIN / 2, f"page {number} of {total}")
    if draft:
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
    document = SimpleDocTemplate(buffer, pagesize=paper_size(paper), title=title, author="ShotGraph",
                                 leftMargin=margins, rightMargin=margins, topMargin=margins,
                                 bottomMargin=margins + 4 * mm)
    document.build(list(story), canvasmaker=NumberedCanvas)
    atomic_write(path, buffer.getvalue())
