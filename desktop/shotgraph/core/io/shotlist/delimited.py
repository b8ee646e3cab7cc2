"""Reading a delimited shot list (CSV, TSV, TXT) one row at a time.

The text is decoded piece by piece and split into lines, so memory follows the longest row,
not the file. Quoting is read strictly: a quote that opens a cell and never closes would
otherwise swallow every row after it into one cell, so it is refused with the row it opens on.
Each cell is read as typed: the apostrophe that keeps ``=…`` text in a spreadsheet is removed.
"""

from __future__ import annotations

import contextlib
import csv
import re
from collections import deque
from collections.abc import Iterator
from pathlib import Path

from shotgraph.core.io.budgets import MAX_CELL_CHARS, MAX_ROWS
from shotgraph.core.io.cells import typed_cells
from shotgraph.core.io.errors import InputError
from shotgraph.core.io.text import decode_chunks

MAX_LINE_CHARS = 4 * 2**20
"""Characters in one line of a delimited file: far more than any row of real cells."""
DELIMITERS = ",\t;"
_HEADER_SEARCH_LINES = 2 * MAX_ROWS + 2
"""Lines looked through for the header row; a file of empty lines is refused by row count anyway."""

_LINE = re.compile(r"[^\r\n]*(?:\r\n?|\n)")
_QUOTE_NEVER_CLOSED = ('a quote (") opens here and is never closed; accepted: a cell in quotes ends with a '
                       'quote, and a quote inside such a cell is written twice ("")')
_TEXT_AFTER_QUOTE = ('text follows the closing quote of a cell in quotes; accepted: a cell in quotes ends '
                     'at its closing quote, and a quote inside it is written twice ("")')


def delimited_rows(path: Path, data: bytes) -> Iterator[tuple[int, list[str]]]:
    """Every row of the file with its number (1 = first row), blank rows included."""
    lines = _Lines(path, decode_chunks(path, data, "shot list"))
    delimiter = lines.delimiter()
    reader = csv.reader(lines, delimiter=delimiter, strict=True)
    headers: list[str] | None = None
    number = 0
    with _field_limit(MAX_CELL_CHARS):
        while True:
            lines.mark = lines.count + 1
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error as error:
                raise _unreadable(path, str(error), number + 1, lines, delimiter, headers) from None
            number += 1
            if headers is None and any(cell.strip() for cell in cells):
                headers = cells
            yield number, typed_cells(cells)


class _Lines:
    """The physical lines of decoded text, each with its line ending, counted as they are read."""

    def __init__(self, path: Path, chunks: Iterator[str]) -> None:
        self.path = path
        self.count = 0
        self.mark = 1
        """The line number whose text to remember: where the row being read starts."""
        self.marked = ""
        self._pending: deque[str] = deque()
        self._source = self._split(chunks)

    def delimiter(self) -> str:
        """Comma, tab or semicolon: whichever the first non-blank line holds most of."""
        for line in self._source:
            self._pending.append(line)
            if line.strip():
                return max(DELIMITERS, key=line.count)
            if len(self._pending) > _HEADER_SEARCH_LINES:
                break
        return DELIMITERS[0]

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        line = self._pending.popleft() if self._pending else next(self._source)
        self.count += 1
        if self.count == self.mark:
            self.marked = line
        return line

    def _split(self, chunks: Iterator[str]) -> Iterator[str]:
        carry = ""
        read = 0
        for chunk in chunks:
            text = carry + chunk
            end = _complete_lines(text)
            for match in _LINE.finditer(text, 0, end):
                read += 1
                self._check_length(match.end() - match.start(), read)
                yield match.group()
            carry = text[end:]
            self._check_length(len(carry), read + 1)
        if carry:
            yield carry

    def _check_length(self, length: int, line: int) -> None:
        if length > MAX_LINE_CHARS:
            raise InputError(self.path, f"the line is longer than {MAX_LINE_CHARS:,} characters; accepted: rows "
                                        f"of cells of up to {MAX_CELL_CHARS:,} characters each", f"line {line:,}")


def _complete_lines(text: str) -> int:
    """Where the last whole line of ``text`` ends; a final "\r" may yet be followed by "\n"."""
    end = max(text.rfind("\n"), text.rfind("\r")) + 1
    if end == len(text) and text.endswith("\r"):
        end = max(text.rfind("\n", 0, end - 1), text.rfind("\r", 0, end - 1)) + 1
    return end


@contextlib.contextmanager
def _field_limit(limit: int) -> Iterator[None]:
    """The csv module's longest cell, for as long as one file is read."""
    previous = csv.field_size_limit(limit)
    try:
        yield
    finally:
        csv.field_size_limit(previous)


def _unreadable(path: Path, message: str, row: int, lines: _Lines, delimiter: str,
                headers: list[str] | None) -> InputError:
    """The csv module's complaint as the user's problem, with the row (and column) it started on."""
    place = f"row {row:,}" if lines.mark == row else f"row {row:,} (line {lines.mark:,})"
    column = _open_quote_column(lines.marked, delimiter)
    named = f"{place}, {_column_name(column, headers)}"
    if lines.count > lines.mark or "unexpected end of data" in message:
        return InputError(path, _QUOTE_NEVER_CLOSED, named)
    if "field larger" in message:
        return InputError(path, f"a cell holds more than {MAX_CELL_CHARS:,} characters; accepted: up to "
                                f"{MAX_CELL_CHARS:,} characters in a cell, as in a spreadsheet", place)
    if "expected after" in message:
        return InputError(path, _TEXT_AFTER_QUOTE, place)
    return InputError(path, f"not a readable delimited file ({message})", place)


def _open_quote_column(line: str, delimiter: str) -> int:
    """The column of the cell still open at the end of ``line``: the last one it starts."""
    try:
        fields = next(csv.reader([line.rstrip("\r\n")], delimiter=delimiter), [])
    except csv.Error:  # a cell past the length limit: count up to the first quote instead
        fields = line[:line.find('"')].split(delimiter)
    return max(len(fields), 1)


def _column_name(column: int, headers: list[str] | None) -> str:
    if headers and column <= len(headers) and headers[column - 1].strip():
        return f"column {headers[column - 1].strip()[:40]!r}"
    return f"column {column}"
