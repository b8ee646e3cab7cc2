"""A shot-list file as a header row and a stream of data rows, read within the budgets.

Text files may be UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030/GBK (see
``core/io/text.py``); the delimiter (comma, tab or semicolon) is detected from the header row.
Rows are read one at a time: a row past the row limit is refused as soon as it is reached.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from shotgraph.core.io.budgets import MAX_INPUT_BYTES, MAX_ROWS, read_regular_file
from shotgraph.core.io.errors import InputError

from .delimited import delimited_rows

MAX_COLUMNS = 16_384
"""Columns in a row: a spreadsheet's own limit (A to XFD)."""
MAX_BYTES = MAX_INPUT_BYTES
"""Shot lists larger than this are refused rather than read into memory."""

TEXT_SUFFIXES = (".csv", ".tsv", ".txt")
SUFFIXES = (*TEXT_SUFFIXES, ".xlsx")

LAST_BLANK_ROW = 2 * MAX_ROWS + 1
"""Blank rows past the row limit are passed over up to here, so a sheet that ends in empty rows
still reads, while a file of nothing but empty lines ends quickly."""

_CHINESE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")

Cells = list[str] | dict[int, str]
"""A row as a reader gives it: every cell in order, or the filled cells by column index."""


class Table:
    """The header row and the non-blank data rows, each with its row number (1 = first row).

    ``rows`` can be read once; while they are read, ``count`` and ``chinese`` follow them.
    """

    def __init__(self, path: Path, headers: list[str], source: Iterator[tuple[int, Cells]]) -> None:
        self.path = path
        self.headers = headers
        self.count = 0
        """Non-blank data rows read so far."""
        self.chinese = any(_CHINESE.search(header) for header in headers)
        """Whether the header or any row read so far holds Chinese characters."""
        self.rows = self._stream(source)

    def _stream(self, source: Iterator[tuple[int, Cells]]) -> Iterator[tuple[int, list[str]]]:
        width = len(self.headers)
        for number, cells in source:
            blank = _blank(self.path, number, cells)
            if number > MAX_ROWS + 1 and (not blank or number > LAST_BLANK_ROW):
                raise _too_many_rows(self.path, number)
            if blank:
                continue
            row = _dense(cells, width)
            self.count += 1
            if not self.chinese and _CHINESE.search("\x1f".join(row)):
                self.chinese = True
            yield number, row


def load_table(path: Path, sheet: str | None = None) -> Table:
    """The table of a shot-list file; an unreadable or unsupported file is an InputError."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError(path, f"unsupported file type {suffix or '(none)'!r}; accepted: {', '.join(SUFFIXES)}")
    if suffix != ".xlsx" and sheet is not None:
        raise InputError(path, "a sheet name applies only to .xlsx files")
    data = read_regular_file(path, "shot list", MAX_BYTES)
    source: Iterator[tuple[int, Cells]]
    if suffix == ".xlsx":
        from .xlsx import xlsx_rows  # openpyxl is loaded only for workbooks

        source = xlsx_rows(path, data, sheet)
    else:
        source = delimited_rows(path, data)
    for number, cells in source:
        if not _blank(path, number, cells):
            return Table(path, _dense(cells, MAX_COLUMNS), source)
        if number > LAST_BLANK_ROW:
            raise _too_many_rows(path, number)
    raise InputError(path, "the file has no header row (it is empty)")


def _too_many_rows(path: Path, number: int) -> InputError:
    return InputError(path, f"a shot list holds up to {MAX_ROWS:,} rows below its header; split it into several "
                            "files", f"row {number:,}")


def _blank(path: Path, number: int, cells: Cells) -> bool:
    """Whether a row holds nothing but spaces; a row wider than a spreadsheet is refused."""
    width = len(cells) if isinstance(cells, list) else max(cells, default=-1) + 1
    if width > MAX_COLUMNS:
        raise InputError(path, f"the row has {width:,} columns; accepted: up to {MAX_COLUMNS:,}, as in a "
                               "spreadsheet", f"row {number:,}")
    return not any(cell.strip() for cell in (cells if isinstance(cells, list) else cells.values()))


def _dense(cells: Cells, width: int) -> list[str]:
    """The row's first ``width`` cells in order; cells beyond the header belong to no column."""
    if isinstance(cells, list):
        return cells if len(cells) <= width else cells[:width]
    last = min(max(cells, default=-1) + 1, width)
    return [cells.get(index, "") for index in range(last)]
