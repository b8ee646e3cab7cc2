"""Exporting a project as a shot list: CSV (UTF-8 with BOM, so Excel shows Chinese) or XLSX.

Both write the table of ``shotlist_table``: canonical English values, with English headers
or the Chinese aliases (``headers="zh"``). Text that a spreadsheet would run as a formula
stays text (see ``core/io/cells.py``); the numeric columns are numbers. Files are replaced
atomically: a failed write leaves any existing file as it was and raises OutputError.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from shotgraph.core.io.atomic import atomic_write
from shotgraph.core.io.cells import safe_cell, safe_xlsx_cell
from shotgraph.core.model import Project
from shotgraph.core.text_width import display_width

from .columns import COLUMNS
from .export_table import shotlist_table

_NUMERIC = frozenset({"episode", "lens", "duration", "story_day", "emotion", "fg_kelvin", "plate_kelvin"})
_NUMERIC_INDEXES = frozenset(index for index, column in enumerate(COLUMNS) if column.name in _NUMERIC)
_NUMBER_TEXT_INDEXES = _NUMERIC_INDEXES | {index for index, column in enumerate(COLUMNS) if column.name == "ai_seed"}
"""Columns that hold nothing but a number, so a leading minus is a sign, never a formula."""
_WIDTH_MIN, _WIDTH_MAX = 6, 60


def write_csv(project: Project, path: str | Path, *, headers: str = "en") -> None:
    """Write the project's shot list as comma-separated UTF-8 with BOM."""
    header, rows = shotlist_table(project, headers)

    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow([safe_cell(name) for name in header])
    writer.writerows([value if column in _NUMBER_TEXT_INDEXES else safe_cell(value)
                      for column, value in enumerate(row)] for row in rows)
    atomic_write(path, buffer.getvalue().encode("utf-8-sig"))


def write_xlsx(project: Project, path: str | Path, *, headers: str = "en") -> None:
    """Write the project's shot list as a workbook with a frozen header row and fitting column widths."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    header, rows = shotlist_table(project, headers)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("镜头表" if headers == "zh" else "Shot list")
    sheet.freeze_panes = "A2"
    for index, width in enumerate(_widths(header, rows), start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    bold = Font(bold=True)

    def cell(value: str, column: int, font: Font | None = None) -> WriteOnlyCell:
        written = safe_xlsx_cell(WriteOnlyCell(sheet, value=_number(value) if column in _NUMERIC_INDEXES else value))
        if font is not None:
            written.font = font
        return written

    sheet.append([cell(name, -1, bold) for name in header])
    for row in rows:
        sheet.append([cell(value, column) for column, value in enumerate(row)])
    content = io.BytesIO()
    book.save(content)
    atomic_write(path, content.getvalue())


def _number(value: str) -> int | float | str:
    """A numeric cell as a number, so spreadsheets can sum it; blank stays blank."""
    if not value:
        return value
    number = float(value)
    return int(number) if number.is_integer() else number


def _widths(header: list[str], rows: list[list[str]]) -> list[float]:
    """A width per column that fits its header and longest line, within sensible bounds."""
    widest = [display_width(name) for name in header]
    for row in rows:
        for index, value in enumerate(row):
            if value:
                widest[index] = max(widest[index], max(display_width(line) for line in value.splitlines() or [""]))
    return [min(max(width + 2, _WIDTH_MIN), _WIDTH_MAX) for width in widest]
