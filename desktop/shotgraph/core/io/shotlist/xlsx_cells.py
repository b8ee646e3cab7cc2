"""The text of one workbook cell as a user sees it, or the place and reason it cannot be read.

A cell the file itself gets wrong (a number that is not one, a shared string that does not
exist) is an InputError naming the sheet and cell. A cell the spreadsheet marks as wrong (an
error value such as ``#VALUE!``, a date it cannot show) is a ``BadCell``: the shot-list reader
reports it as a bad cell of its row and column, like any value it cannot use.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, field
from xml.etree.ElementTree import Element

from shotgraph.core.io.budgets import MAX_CELL_CHARS

from .values import plain_number, shown

MAX_NUMBER_CHARS = 64
"""A spreadsheet number is a double: no cell writes one in more characters than this."""

SPREADSHEET_ERRORS = {
    "#VALUE!": "a formula got a value of the wrong kind",
    "#REF!": "a formula refers to a cell that was deleted",
    "#N/A": "a lookup found nothing",
    "#DIV/0!": "a formula divides by zero",
    "#NAME?": "a formula names a function or range that does not exist",
    "#NUM!": "a formula's number is out of range",
    "#NULL!": "a formula's ranges do not meet",
}
"""The error values a spreadsheet shows in a cell whose formula failed, and what each means."""

_NUMBER = re.compile(r"^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$")


class BadCell(str):
    """A cell's text that is no value: the spreadsheet marks it as wrong; ``reason`` says how."""

    reason: str

    def __new__(cls, text: str, reason: str) -> BadCell:
        cell = super().__new__(cls, text)
        cell.reason = reason
        return cell


def spreadsheet_error(text: str) -> BadCell:
    meaning = SPREADSHEET_ERRORS.get(text.strip(), "the spreadsheet marks the cell as an error")
    return BadCell(text, f"{shown(text.strip())} is a spreadsheet error ({meaning}), not a value; accepted: "
                         "the value itself (fix the formula, or type the value)")


class CellError(ValueError):
    """The file gets a cell wrong; the message says how."""


@dataclass
class CellReader:
    """Reads cells with what the workbook says about them: shared strings, date styles, epoch."""

    strings: list[str]
    date_styles: frozenset[int] = frozenset()
    duration_styles: frozenset[int] = frozenset()
    epoch: dt.datetime = field(default_factory=lambda: dt.datetime(1899, 12, 30))

    def text(self, cell: Element) -> str:
        """The cell's text; a CellError when the file gets it wrong."""
        kind = cell.get("t", "n")
        value = _child_text(cell, "v")
        if kind == "inlineStr":
            text = rich_text(next((child for child in cell if _local(child.tag) == "is"), None))
        elif not value:
            text = ""
        elif kind == "s":
            text = self._shared(value)
        elif kind == "e":
            return spreadsheet_error(value)
        elif kind == "b":
            text = _boolean(value)
        elif kind in ("str", "d"):
            text = value
        elif kind == "n":
            text = self._number(value, _style(cell))
        else:
            raise CellError(f"the cell type {shown(kind)} is unknown; accepted: s, inlineStr, str, n, b, e, d")
        if len(text) > MAX_CELL_CHARS:
            raise CellError(f"the cell holds {len(text):,} characters; accepted: up to {MAX_CELL_CHARS:,}, "
                            "as in a spreadsheet")
        return text

    def _shared(self, value: str) -> str:
        index = int(value) if value.isdigit() and len(value) <= 10 else -1
        if not 0 <= index < len(self.strings):
            raise CellError(f"the shared string {shown(value)} does not exist; the workbook has "
                            f"{len(self.strings):,} (numbered from 0)")
        return self.strings[index]

    def _number(self, value: str, style: int) -> str:
        value = value.strip()
        if len(value) > MAX_NUMBER_CHARS or not _NUMBER.match(value):
            raise CellError(f"{shown(value)} is not a number; accepted: a number as a spreadsheet writes it")
        number = float(value) if any(mark in value for mark in ".eE") else int(value)
        if not math.isfinite(number):
            raise CellError(f"{shown(value)} is not a number a spreadsheet holds")
        if style in self.date_styles:
            return self._date(value, number, style in self.duration_styles)
        return plain_number(number) if isinstance(number, float) else str(number)

    def _date(self, text: str, number: float, duration: bool) -> str:
        from openpyxl.utils.datetime import from_excel

        try:
            moment = from_excel(number, self.epoch, timedelta=duration)
        except (OverflowError, ValueError):
            return BadCell(text, f"the date {shown(text)} is outside the dates a spreadsheet shows (the years "
                                 "1900 to 9999); accepted: a date, or the cell formatted as a number")
        return str(moment) if duration else moment.isoformat()


def rich_text(element: Element | None) -> str:
    """The text of a shared or inline string: its ``t``, or the ``t`` of each run; phonetic runs left out."""
    if element is None:
        return ""
    parts = []
    for child in element:
        name = _local(child.tag)
        if name == "t":
            parts.append(child.text or "")
        elif name == "r":
            parts.extend(grandchild.text or "" for grandchild in child if _local(grandchild.tag) == "t")
    return "".join(parts)


def _boolean(value: str) -> str:
    if value.strip() not in ("0", "1"):
        raise CellError(f"{shown(value)} is not a true/false value; accepted: 0 or 1")
    return str(value.strip() == "1")


def _style(cell: Element) -> int:
    style = cell.get("s", "0")
    if not style.isdigit() or len(style) > 6:
        raise CellError(f"the style {shown(style)} is not a style number")
    return int(style)


def _child_text(cell: Element, name: str) -> str | None:
    for child in cell:
        if _local(child.tag) == name:
            return child.text or ""
    return None


def _local(tag: str) -> str:
    return tag[tag.rfind("}") + 1:]
