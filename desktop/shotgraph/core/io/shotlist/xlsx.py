"""Reading the first (or a named) sheet of an XLSX workbook as rows of cell text, one row at a time.

The workbook is found the way spreadsheets find it: the package's relationships name the
workbook part, the workbook names its sheets and their parts, its relationships name the
shared strings and styles. Every part is read through ``xml_parts``, within the budgets, and
every failure is an InputError naming the part or the sheet and cell.
"""

from __future__ import annotations

import datetime as dt
import posixpath
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from openpyxl.styles.numbers import BUILTIN_FORMATS, is_date_format, is_timedelta_format
from openpyxl.utils.cell import column_index_from_string, get_column_letter

from shotgraph.core.io.errors import InputError

from .table import MAX_COLUMNS
from .values import shown
from .xlsx_cells import CellError, CellReader, rich_text
from .xml_parts import has_part, local_name, open_workbook_archive, stream_elements

MAX_SHEET_ROW = 1_048_576
"""A spreadsheet's last row."""

_RELATIONSHIP_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_REFERENCE = re.compile(r"^([A-Z]{1,3})([1-9][0-9]{0,6})$")
_WINDOWS_EPOCH = dt.datetime(1899, 12, 30)
_MAC_EPOCH = dt.datetime(1904, 1, 1)


@dataclass(frozen=True)
class _Sheet:
    name: str
    part: str


def xlsx_rows(path: Path, data: bytes, sheet: str | None) -> Iterator[tuple[int, dict[int, str]]]:
    """Each row of the sheet that has cells, with its number and its cells' text by column index."""
    archive = open_workbook_archive(path, data)
    workbook = _workbook_part(path, archive)
    relations = _relations(path, archive, workbook)
    sheets, epoch = _sheets(path, archive, workbook, relations)
    chosen = _choose(path, sheets, sheet)
    reader = CellReader(_shared_strings(path, archive, relations), *_date_styles(path, archive, relations),
                        epoch=epoch)
    yield from _rows(path, archive, chosen, reader)


def _workbook_part(path: Path, archive: zipfile.ZipFile) -> str:
    """The workbook part the package names (``xl/workbook.xml`` in every common writer)."""
    if has_part(archive, "_rels/.rels"):
        for relation in stream_elements(path, archive, "_rels/.rels", frozenset({"Relationship"})):
            if relation.get("Type", "").endswith("/officeDocument"):
                return _resolve("", relation.get("Target", ""))
    if has_part(archive, "xl/workbook.xml"):
        return "xl/workbook.xml"
    raise InputError(path, "not a readable .xlsx workbook (it has no workbook part); accepted: a workbook saved "
                           "as .xlsx by Excel, WPS, Numbers or LibreOffice")


def _relations(path: Path, archive: zipfile.ZipFile, part: str) -> dict[str, tuple[str, str]]:
    """The part's relationships: id -> (type, target part)."""
    folder, name = posixpath.split(part)
    rels = posixpath.join(folder, "_rels", f"{name}.rels")
    if not has_part(archive, rels):
        return {}
    return {relation.get("Id", ""): (relation.get("Type", ""), _resolve(folder, relation.get("Target", "")))
            for relation in stream_elements(path, archive, rels, frozenset({"Relationship"}))}


def _resolve(folder: str, target: str) -> str:
    """A relationship's target as a part name inside the archive."""
    joined = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
    return posixpath.normpath(joined).lstrip("/")


def _sheets(path: Path, archive: zipfile.ZipFile, workbook: str, relations: dict[str, tuple[str, str]]
            ) -> tuple[list[_Sheet], dt.datetime]:
    """The workbook's worksheets in order (charts left out) and the date system it counts from."""
    sheets, epoch = [], _WINDOWS_EPOCH
    for element in stream_elements(path, archive, workbook, frozenset({"sheet", "workbookPr"})):
        if local_name(element.tag) == "workbookPr":
            epoch = _MAC_EPOCH if element.get("date1904", "").lower() in ("1", "true") else _WINDOWS_EPOCH
            continue
        kind, part = relations.get(element.get(_RELATIONSHIP_ID, ""), ("", ""))
        if kind.endswith("/worksheet"):
            sheets.append(_Sheet(element.get("name", ""), part))
    return sheets, epoch


def _choose(path: Path, sheets: list[_Sheet], name: str | None) -> _Sheet:
    if not sheets:
        raise InputError(path, "the workbook has no worksheet; accepted: a workbook with the shot list on a sheet")
    if name is None:
        return sheets[0]
    for sheet in sheets:
        if sheet.name == name:
            return sheet
    names = ", ".join(sheet.name for sheet in sheets[:50])
    raise InputError(path, f"no sheet {name!r}; the workbook has: {names}")


def _shared_strings(path: Path, archive: zipfile.ZipFile, relations: dict[str, tuple[str, str]]) -> list[str]:
    part = _related(relations, "/sharedStrings")
    if part is None:
        return []
    return [rich_text(item) for item in stream_elements(path, archive, part, frozenset({"si"}))]


def _date_styles(path: Path, archive: zipfile.ZipFile, relations: dict[str, tuple[str, str]]
                 ) -> tuple[frozenset[int], frozenset[int]]:
    """The cell styles that show a date, and those of them that show a duration."""
    part = _related(relations, "/styles")
    if part is None:
        return frozenset(), frozenset()
    formats: dict[int, str] = dict(BUILTIN_FORMATS)
    dates, durations = set(), set()
    for element in stream_elements(path, archive, part, frozenset({"numFmts", "cellXfs"})):
        if local_name(element.tag) == "numFmts":
            formats.update((_number_attribute(path, part, item, "numFmtId"), item.get("formatCode", ""))
                           for item in element)
            continue
        for index, style in enumerate(element):
            code = formats.get(_number_attribute(path, part, style, "numFmtId"), "")
            if is_date_format(code):
                dates.add(index)
            if is_timedelta_format(code):
                durations.add(index)
    return frozenset(dates), frozenset(durations)


def _number_attribute(path: Path, part: str, element, name: str) -> int:
    value = element.get(name, "0")
    if not value.isdigit() or len(value) > 9:
        raise InputError(path, f"{name} {shown(value)} is not a number; the workbook is damaged", part)
    return int(value)


def _related(relations: dict[str, tuple[str, str]], kind: str) -> str | None:
    return next((part for relation, part in relations.values() if relation.endswith(kind)), None)


def _rows(path: Path, archive: zipfile.ZipFile, sheet: _Sheet, reader: CellReader
          ) -> Iterator[tuple[int, dict[int, str]]]:
    """The sheet's rows in order, each with the text of its cells by column index (0 = A)."""
    previous = 0
    for element in stream_elements(path, archive, sheet.part, frozenset({"row"})):
        number = _row_number(path, sheet, element.get("r"), previous)
        previous = number
        cells: dict[int, str] = {}
        column = 0
        for cell in element:
            if local_name(cell.tag) != "c":
                continue
            column = _column(path, sheet, cell.get("r"), number, column)
            try:
                text = reader.text(cell)
            except CellError as error:
                raise InputError(path, f"{error}; the workbook is damaged", _where(sheet, column, number)) from None
            if text:
                cells[column - 1] = text
        if cells:
            yield number, cells


def _row_number(path: Path, sheet: _Sheet, written: str | None, previous: int) -> int:
    """The row's number: as written (after the previous one, at most a spreadsheet's last), else the next."""
    if written is None:
        number = previous + 1
    elif written.isdigit() and len(written) <= 7:
        number = int(written)
    else:
        raise InputError(path, f"the row number {shown(written)} is not a row number; the workbook is damaged",
                         f"sheet {sheet.name!r}, after row {previous:,}")
    if not previous < number <= MAX_SHEET_ROW:
        raise InputError(path, f"row {number:,} comes after row {previous:,}; accepted: rows in order, up to "
                               f"row {MAX_SHEET_ROW:,}; the workbook is damaged", f"sheet {sheet.name!r}")
    return number


def _column(path: Path, sheet: _Sheet, reference: str | None, row: int, previous: int) -> int:
    """The cell's column (1 = A): from its reference, else the one after the previous cell."""
    if reference is None:
        column = previous + 1
    else:
        match = _REFERENCE.match(reference)
        column = column_index_from_string(match[1]) if match and int(match[2]) == row else 0
        if not 0 < column <= MAX_COLUMNS:
            raise InputError(path, f"the cell reference {shown(reference)} is not a cell of row {row:,}; accepted: "
                                   f"A{row} to XFD{row}; the workbook is damaged",
                             f"sheet {sheet.name!r}, row {row:,}")
    if column > MAX_COLUMNS:
        raise InputError(path, f"the row has more than {MAX_COLUMNS:,} columns; the workbook is damaged",
                         f"sheet {sheet.name!r}, row {row:,}")
    return column


def _where(sheet: _Sheet, column: int, row: int) -> str:
    return f"sheet {sheet.name!r}, cell {get_column_letter(column)}{row}"
