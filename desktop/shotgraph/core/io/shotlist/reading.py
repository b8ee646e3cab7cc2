"""Importing a shot list (CSV, TSV, TXT or XLSX) as a new project, as spec/shotlist.md describes."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from shotgraph.core.gcpause import collector_paused
from shotgraph.core.io.errors import InputError
from shotgraph.core.model import Language, Project

from .building import ProjectBuilder
from .columns import HeaderError, map_headers
from .rows import CellProblem, parse_rows
from .table import Table, load_table

_CHINESE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


@dataclass
class ImportResult:
    """The imported project, the cells a lenient import skipped, and how many data rows it read."""

    project: Project
    skipped: list[CellProblem] = field(default_factory=list)
    rows: int = 0
    """Non-blank data rows in the file (header not counted), imported or skipped."""


def read_shotlist(path: str | Path, *, sheet: str | None = None, lenient: bool = False) -> ImportResult:
    """Import a shot list as a new project titled after the file.

    By default a bad cell anywhere fails the whole import with an InputError naming the first
    bad cell (row number with 1 = header, column as written, value, what is accepted) and how
    many more there are. ``lenient`` imports the rest: a bad cell is left empty, a row with a
    bad or duplicate shot code is skipped, and each is listed in ``skipped``.
    """
    path = Path(path)
    with collector_paused():
        table = load_table(path, sheet)
        try:
            header_map = map_headers(table.headers)
        except HeaderError as error:
            raise InputError(path, str(error), "row 1") from None
        rows, problems = parse_rows(table.rows, header_map)
        builder = ProjectBuilder(path.stem, _language(table), header_map)
        project = builder.build(rows)
    problems = sorted(problems + builder.problems, key=lambda problem: problem.row)
    if problems and not lenient:
        raise _error(path, problems)
    return ImportResult(project, problems, len(table.rows))


def _language(table: Table) -> Language:
    """Chinese when any header or cell holds Chinese characters, else English."""
    if any(_CHINESE.search(header) for header in table.headers):
        return Language.ZH
    return Language.ZH if any(_CHINESE.search("\x1f".join(cells)) for _, cells in table.rows) else Language.EN


def _error(path: Path, problems: list[CellProblem]) -> InputError:
    first = problems[0]
    more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
    return InputError(path, f"{first.message}{more}", first.where)
