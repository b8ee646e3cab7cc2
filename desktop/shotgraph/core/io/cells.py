"""Spreadsheet cells that Excel and WPS show as text and never run as a formula.

A spreadsheet reads a cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return as a formula: ``=HYPERLINK(…)`` in a shot's notes would run when a crew opens the
file. A CSV cell like that gets a leading apostrophe, which the shot-list import removes
again; so does a text that already starts with apostrophes before such a character, so
that every text reads back exactly as written. A workbook cell keeps its text and is
stored as text instead. A lone ``-`` (a dash for "none") is no formula and stays as it is.
"""

from __future__ import annotations

from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""The first characters that make a spreadsheet read a cell as a formula."""
_QUOTE = "'"


def _formula_behind_quotes(text: str) -> bool:
    """Whether ``text``, after any leading apostrophes, starts like a formula."""
    return text.lstrip(_QUOTE).startswith(FORMULA_STARTS)


def safe_cell(value: object) -> object:
    """The value as a CSV cell a spreadsheet shows as text; numbers and other values as they are."""
    if isinstance(value, str) and value != "-" and _formula_behind_quotes(value):
        return _QUOTE + value
    return value


def typed_text(cell: str) -> str:
    """A CSV cell's text as the user typed it: without the apostrophe ``safe_cell`` (or the user) put
    before a formula character."""
    if cell.startswith(_QUOTE) and _formula_behind_quotes(cell):
        return cell[1:]
    return cell


def typed_cells(cells: list[str]) -> list[str]:
    """A CSV row's cells as the user typed them; a row without an apostrophe is left as it is."""
    if _QUOTE not in "".join(cells):
        return cells
    return [typed_text(cell) for cell in cells]


def safe_xlsx_cell(cell: Any) -> Any:
    """An openpyxl cell whose text stays text: stored as a string (openpyxl turns ``=…`` into a
    formula), and marked as typed after an apostrophe when it starts like a formula, so editing
    it in Excel or WPS keeps it text. The text itself is unchanged."""
    if isinstance(cell.value, str):
        cell.data_type = "s"
        if cell.value != "-" and cell.value.startswith(FORMULA_STARTS):
            cell.quotePrefix = True
    return cell
