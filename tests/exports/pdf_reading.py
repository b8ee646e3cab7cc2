"""Reading back the printed exports as a crew member's PDF reader would: text, pages, fonts."""

from __future__ import annotations

import re
from pathlib import Path

from pypdf import PdfReader

PAGE_FOOTER = re.compile(r"page (\d+) of (\d+)")


def page_texts(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def footers_are_right(path: Path) -> bool:
    """Every page says "page X of Y" with its own number and the file's page count."""
    texts = page_texts(path)
    found = [PAGE_FOOTER.findall(text) for text in texts]
    return all(pairs == [(str(n), str(len(texts)))] for n, pairs in enumerate(found, start=1))


def font_files(path: Path) -> list[tuple[str, bool]]:
    """Each font the pages use, with whether its TrueType program is embedded (/FontFile2)."""
    fonts = []
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            target = descendants[0].get_object() if descendants else font
            descriptor = target.get("/FontDescriptor")
            embedded = descriptor is not None and "/FontFile2" in descriptor.get_object()
            fonts.append((str(font["/BaseFont"]), embedded))
    return fonts
