"""Call sheets as a PDF (the printed sheet), one PNG per page (for the crew chat) or an XLSX workbook.

PNG pages are rendered from the PDF at ``PNG_DPI``, sharp on a phone, and named after the chosen
output: ``-o call-sheet.png`` writes ``call-sheet-day-02-p1.png``, ``call-sheet-day-02-p2.png`` … beside
it. Every page is rendered before any file is written, and a failure while writing removes the pages
already written, so a failed or cancelled export leaves nothing behind.
"""

from __future__ import annotations

import glob
import io
import tempfile
from pathlib import Path

from shotgraph.core.io.atomic import atomic_write_all
from shotgraph.core.io.errors import InputError
from shotgraph.core.model import Project

from . import Progress, export, exporters
from .callsheet_day import day_contexts
from .pdf.images import Thumbnails

FORMATS = {"pdf": ".pdf", "png": ".png", "xlsx": ".xlsx"}
"""Each call-sheet format and the suffix of its files."""
PNG_DPI = 150
"""1240 pixels across an A4 page, 1275 across US Letter."""


def write_callsheets(project: Project, path: str | Path, *, file_format: str = "pdf",
                     progress: Progress | None = None, day: int | str | None = None,
                     **options: object) -> list[Path]:
    """Write the call sheets as ``file_format`` and return the files written.

    ``options`` are those of the PDF call sheet (day, paper, base, with_boards, …); each format
    takes the ones that apply to it.
    """
    path = Path(path)
    if file_format not in FORMATS:
        raise InputError(None, f"call sheets are written as {', '.join(FORMATS)}, not {file_format!r}")
    if file_format == "xlsx":
        from .callsheet_xlsx import write_callsheet_xlsx

        write_callsheet_xlsx(project, path, day=day, progress=progress)
        return [path]
    callsheet = exporters()["callsheet"]
    if file_format == "pdf":
        export("callsheet", project, path, progress=progress, **callsheet.options(day=day, **options))
        return [path]
    return write_callsheet_png(project, path, progress=progress, day=day, **callsheet.options(**options))


def write_callsheet_png(project: Project, path: Path, *, progress: Progress | None = None,
                        day: int | str | None = None, **pdf_options: object) -> list[Path]:
    """One PNG per page of each chosen day's call sheet, beside ``path``; the files written."""
    days = [(context.number, context.day.id) for context in day_contexts(project, day, Thumbnails(None), 0)]
    if not days:
        raise InputError(None, "the project has no shooting days to print yet")
    pages: dict[Path, bytes] = {}
    with tempfile.TemporaryDirectory(prefix="shotgraph-callsheet-") as folder:
        for done, (number, day_id) in enumerate(days):
            if progress is not None:
                progress(done, len(days))
            pdf = Path(folder) / f"day-{number}.pdf"
            exporters()["callsheet"].write(project, pdf, day=day_id, **pdf_options)
            for page, picture in enumerate(rendered_pages(pdf), start=1):
                pages[page_path(path, number, page)] = picture
    atomic_write_all(pages)
    if progress is not None:
        progress(len(days), len(days))
    return list(pages)


def page_path(path: Path, day_number: int, page: int) -> Path:
    """``call-sheet-day-02-p1.png`` for page 1 of day 2 when ``path`` is ``call-sheet.png``."""
    return path.with_name(f"{path.stem}-day-{day_number:02d}-p{page}.png")


def existing_pages(path: Path) -> list[Path]:
    """The PNG pages an earlier export to ``path`` left beside it, by name."""
    return sorted(path.parent.glob(f"{glob.escape(path.stem)}-day-[0-9]*-p[0-9]*.png"))


def rendered_pages(pdf: Path) -> list[bytes]:
    """Each page of ``pdf`` as PNG bytes at ``PNG_DPI``."""
    import pypdfium2

    document = pypdfium2.PdfDocument(str(pdf))
    try:
        pictures = []
        for page in document:
            buffer = io.BytesIO()
            page.render(scale=PNG_DPI / 72).to_pil().save(buffer, format="PNG", optimize=True)
            pictures.append(buffer.getvalue())
        return pictures
    finally:
        document.close()
