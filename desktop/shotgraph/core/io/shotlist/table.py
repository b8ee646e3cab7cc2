"""Reading a spreadsheet file into a plain table of strings: delimited text or XLSX.

Text files may be UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030/GBK (see
``core/io/text.py``); the delimiter (comma, tab or semicolon) is detected from the header row.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

from shotgraph.core.io.errors import InputError
from shotgraph.core.io.text import decode_text

from .values import plain_number

MAX_BYTES = 50 * 1024 * 1024
"""Shot lists larger than this are refused rather than read into memory."""

TEXT_SUFFIXES = (".csv", ".tsv", ".txt")
SUFFIXES = (*TEXT_SUFFIXES, ".xlsx")


@dataclass
class Table:
    """The header row and the non-blank data rows, each with its row number (1 = header)."""

    headers: list[str]
    rows: list[tuple[int, list[str]]]


def load_table(path: Path, sheet: str | None = None) -> Table:
    """The table of a shot-list file; an unreadable or unsupported file is an InputError."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError(path, f"unsupported file type {suffix or '(none)'!r}; accepted: {', '.join(SUFFIXES)}")
    _check_size(path)
    if suffix == ".xlsx":
        return _table(path, _xlsx_rows(path, sheet))
    if sheet is not None:
        raise InputError(path, "a sheet name applies only to .xlsx files")
    return _table(path, _text_rows(path, decode_text(path, _read_bytes(path), "shot list")))


def _check_size(path: Path) -> None:
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except OSError as error:
        raise InputError(path, f"cannot read the file ({error.strerror or error})") from None
    if not path.is_file():
        raise InputError(path, "not a file")
    if size > MAX_BYTES:
        raise InputError(path, f"the file is {size / 2**20:.1f} MB; shot lists up to {MAX_BYTES / 2**20:g} MB are read")


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise InputError(path, f"cannot read the file ({error.strerror or error})") from None


def _table(path: Path, rows: list[list[str]]) -> Table:
    numbered = [(number, cells) for number, cells in enumerate(rows, start=1) if any(c.strip() for c in cells)]
    if not numbered:
        raise InputError(path, "the file has no header row (it is empty)")
    (_, headers), *data = numbered
    return Table(headers, data)


def _text_rows(path: Path, text: str) -> list[list[str]]:
    first = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = max(",\t;", key=first.count)
    try:
        return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as error:
        raise InputError(path, f"not a readable delimited file ({error})") from None


def _xlsx_rows(path: Path, sheet: str | None) -> list[list[str]]:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, OSError) as error:
        raise InputError(path, f"not a readable .xlsx workbook ({error})") from None
    try:
        if sheet is not None and sheet not in book.sheetnames:
            raise InputError(path, f"no sheet {sheet!r}; the workbook has: {', '.join(book.sheetnames)}")
        worksheet = book[sheet] if sheet is not None else book.worksheets[0]
        return [[_cell_text(value) for value in row] for row in worksheet.iter_rows(values_only=True)]
    finally:
        book.close()


def _cell_text(value: object) -> str:
    """A spreadsheet cell as the text a user sees: whole floats without ``.0``, dates in ISO form."""
    if value is None:
        return ""
    if isinstance(value, float):
        return plain_number(value)
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    return str(value)
