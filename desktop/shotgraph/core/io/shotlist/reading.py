"""Importing a shot list (CSV, TSV, TXT or XLSX) as a new project.

The file is read row by row within the readers' budgets (bytes, rows, cell length, problems
kept); anything wrong with it reaches the user as one InputError naming the file and place.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from shotgraph.core.gcpause import collector_paused
from shotgraph.core.io.budgets import MAX_PROBLEMS, Problems, reading
from shotgraph.core.io.errors import InputError
from shotgraph.core.model import Language, Project

from .building import ProjectBuilder
from .columns import HeaderError, map_headers
from .rows import CellProblem, parse_rows
from .table import load_table


@dataclass
class ImportResult:
    """The imported project, the cells a lenient import skipped, and how many data rows it read."""

    project: Project
    skipped: list[CellProblem] = field(default_factory=list)
    """The first problems by row (up to the readers' limit); ``unlisted`` counts the rest."""
    rows: int = 0
    """Non-blank data rows in the file (header not counted), imported or skipped."""
    unlisted: int = 0
    """Problems beyond those listed in ``skipped``."""


def read_shotlist(path: str | Path, *, sheet: str | None = None, lenient: bool = False) -> ImportResult:
    """Import a shot list as a new project titled after the file.

    By default a bad cell anywhere fails the whole import with an InputError naming the first
    bad cell (row number with 1 = header, column as written, value, what is accepted) and how
    many more there are. ``lenient`` imports the rest: a bad cell is left empty, a row with a
    bad or duplicate shot code is skipped, and each is listed in ``skipped``.
    """
    path = Path(path)
    with reading(path, "shot list"), collector_paused():
        table = load_table(path, sheet)
        try:
            header_map = map_headers(table.headers)
        except HeaderError as error:
            raise InputError(path, str(error), "row 1") from None
        rows, problems = parse_rows(table.rows, header_map)
        builder = ProjectBuilder(path.stem, Language.ZH if table.chinese else Language.EN, header_map)
        project = builder.build(rows)
    listed, total = _merged(problems, builder.problems)
    if listed and not lenient:
        raise _error(path, listed[0], total)
    return ImportResult(project, listed, table.count, total - len(listed))


def _merged(*found: Problems) -> tuple[list[CellProblem], int]:
    """The first problems of all readers by row, and how many there were in all."""
    kept = sorted((problem for problems in found for problem in problems.kept), key=lambda problem: problem.row)
    return kept[:MAX_PROBLEMS], sum(problems.count for problems in found)


def _error(path: Path, first: CellProblem, total: int) -> InputError:
    more = f" (and {total - 1:,} more)" if total > 1 else ""
    return InputError(path, f"{first.message}{more}", first.where)
