"""Writing exports as CSV (UTF-8 with BOM, so Excel shows Chinese) or indented JSON, atomically.

CSV text that a spreadsheet would run as a formula is written as text (see ``safe_cell``).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from pathlib import Path

from shotgraph.core.io.atomic import atomic_write
from shotgraph.core.io.cells import safe_cell


def write_csv_rows(path: str | Path, header: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    """Replace ``path`` with a CSV of ``header`` and ``rows``; None becomes an empty cell, text that
    starts like a formula gets a leading apostrophe."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows([("" if value is None else safe_cell(value)) for value in row] for row in rows)
    atomic_write(path, buffer.getvalue().encode("utf-8-sig"))


def write_json(path: str | Path, data: object) -> None:
    """Replace ``path`` with ``data`` as indented UTF-8 JSON (Chinese kept readable)."""
    atomic_write(path, (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
