"""Reading a call sheet PDF back day by day, as the crew holds it: each day's pages by their footers."""

from __future__ import annotations

import re
from pathlib import Path

import pypdfium2

DAY_FOOTER = re.compile(r"Day (\d+) · page (\d+) of (\d+)")


def page_texts(path: Path) -> list[str]:
    """Each page's text; pdfium reads a long file many times faster than pypdf."""
    document = pypdfium2.PdfDocument(str(path))
    try:
        return [page.get_textpage().get_text_range().replace("\r\n", "\n") for page in document]
    finally:
        document.close()


def day_pages(path: Path) -> dict[int, list[str]]:
    """The text of each page by day number, checking every page carries one footer numbering it in its day."""
    days: dict[int, list[str]] = {}
    for text in page_texts(path):
        footers = DAY_FOOTER.findall(text)
        assert len(footers) == 1, text[-300:]
        day, page, pages = map(int, footers[0])
        days.setdefault(day, []).append(text)
        assert page == len(days[day]), f"day {day}: page {page} comes as page {len(days[day])}"
    for day, texts in days.items():
        pages = {int(m[2]) for text in texts for m in DAY_FOOTER.findall(text)}
        assert pages == {len(texts)}, f"day {day} has {len(texts)} pages, its footers say {pages}"
    return days


def days_text(path: Path) -> list[str]:
    """The whole text of each day, in day order."""
    return ["\n".join(texts) for _, texts in sorted(day_pages(path).items())]
