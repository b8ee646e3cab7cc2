"""Reading the data rows of a shot list: each cell parsed by its column, bad cells collected."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import compress
from operator import itemgetter
from typing import TypedDict, cast

from shotgraph.core.io.budgets import Problems
from shotgraph.core.model import (
    Angle,
    Direction,
    Intent,
    IntExt,
    Look,
    Mode,
    Movement,
    ScreenPos,
    ShotSize,
    Side,
    TimeOfDay,
)

from .columns import COLUMNS, HeaderMap, column
from .values import BadValue, name, text
from .xlsx_cells import SPREADSHEET_ERRORS, BadCell, spreadsheet_error


@dataclass(frozen=True)
class CellProblem:
    """A cell that could not be used: where it is, what it holds, and what is wrong."""

    row: int
    """Row number in the file (1 = header)."""
    column: str
    """The column's header as written in the file."""
    value: str
    message: str
    row_skipped: bool = False
    """Lenient import skipped the whole row (a bad shot code), not just the cell."""

    @property
    def where(self) -> str:
        return f"row {self.row}, column {self.column!r}"

    def __str__(self) -> str:
        outcome = "row skipped" if self.row_skipped else "cell left empty"
        return f"{self.where}: {self.message} ({outcome})"


class RowValues(TypedDict, total=False):
    """A row's parsed cells by column name, each as its column's parser returns it (columns.py)."""

    episode: int
    scene: str
    shot: str
    mode: Mode
    location: str
    int_ext: IntExt
    time: TimeOfDay
    size: ShotSize
    angle: Angle
    movement: Movement
    side: Side
    lens: float
    duration: float
    characters: list[tuple[str, ScreenPos | None, Look | None]]
    motion: list[tuple[str, Direction]]
    wardrobe: list[tuple[str, str]]
    props: list[tuple[str, str | None]]
    story_day: int
    emotion: int
    dialogue: str
    description: str
    ai_model: str
    ai_style: str
    ai_seed: int
    ai_refs: list[tuple[str, str]]
    ai_prompt: str
    plate: tuple[str, str]
    fg_kelvin: float
    plate_kelvin: float
    setup: str
    after: list[str]
    intent: list[Intent]
    notes: str


@dataclass
class ParsedRow:
    """One data row with its cells parsed; ``values`` holds only the non-blank, valid cells."""

    number: int
    raw: dict[str, str] = field(default_factory=dict)
    """The cells the project builder may still complain about (shot, after, plate), as read."""
    episode: int = 1
    scene: str = "1"
    code: str = ""
    values: RowValues = field(default_factory=RowValues)
    extra: dict[str, str] = field(default_factory=dict)


_ORDER = [column.name for column in COLUMNS]
_KEPT_RAW = ("shot", "after", "plate")


def parse_rows(rows: Iterable[tuple[int, list[str]]], header_map: HeaderMap) -> tuple[list[ParsedRow], Problems]:
    """Parse every row as it is read; rows without a usable shot code are left out and reported."""
    known = sorted(header_map.known.items(), key=lambda item: _ORDER.index(item[0]))
    parsers = [(name_, column(name_).parse, name_ in _KEPT_RAW) for name_, _ in known]
    indices = [index for _, index in known]
    pick = itemgetter(*indices)
    read_cells = pick if len(indices) > 1 else lambda cells: (pick(cells),)
    width = max(indices) + 1
    parsed: list[ParsedRow] = []
    problems = Problems()
    for number, cells in rows:
        row = ParsedRow(number)
        # Filled by column name: COLUMNS pairs each name with the parser of its RowValues type.
        values = cast(dict[str, object], row.values)
        padded = cells if len(cells) >= width else [*cells, *[""] * (width - len(cells))]
        picked = read_cells(padded)
        for (column_name, parse, kept), raw in compress(zip(parsers, picked, strict=True), picked):  # empty cells left
            cell = raw.strip()
            if not cell:
                continue
            if kept:
                row.raw[column_name] = cell
            try:
                values[column_name] = parse(cell if raw.__class__ is str else _usable(raw))
            except BadValue as error:
                problems.add(CellProblem(number, header_map.headers[column_name], cell, _explained(cell, error),
                                         row_skipped=column_name == "shot"))
        _extra(row, cells, header_map, problems)
        if _identify(row, cells, header_map, problems):
            parsed.append(row)
    return parsed, problems


def _usable(cell: str) -> str:
    """The stripped cell, or BadValue when the workbook marks it as an error rather than a value."""
    if isinstance(cell, BadCell):
        raise BadValue(cell.reason)
    return cell.strip()


def _explained(cell: str, error: BadValue) -> str:
    """Why a cell was refused; a spreadsheet's error value in a delimited file is named as such
    (in a text column it is kept as text: a user may well have typed it)."""
    return spreadsheet_error(cell).reason if cell in SPREADSHEET_ERRORS else str(error)


def _extra(row: ParsedRow, cells: list[str], header_map: HeaderMap, problems: Problems) -> None:
    """Keep the unknown columns' cells, as written, on the row."""
    for index, header in header_map.extra:
        cell = cells[index] if index < len(cells) else ""
        try:
            _usable(cell)
            row.extra[name(header)] = text(cell)
        except BadValue as error:
            problems.add(CellProblem(row.number, header, str(cell), str(error)))


def _identify(row: ParsedRow, cells: list[str], header_map: HeaderMap, problems: Problems) -> bool:
    """Take episode, scene and shot code out of the values; False when the shot code is missing or bad."""
    row.episode = row.values.pop("episode", 1)
    row.scene = row.values.pop("scene", "1")
    code = row.values.pop("shot", None)
    if code is None:
        index = header_map.known["shot"]
        if index >= len(cells) or not cells[index].strip():
            problems.add(CellProblem(row.number, header_map.headers["shot"], "",
                                     "the shot code is empty; every row needs one", row_skipped=True))
        return False
    row.code = code
    return True
