"""Shot-list import and export (CSV, TSV, TXT and XLSX), as docs/shotlist.md describes.

Pure Python: the editor and the command line both use it.
"""

from .export_table import shotlist_table
from .reading import ImportResult, read_shotlist
from .rows import CellProblem
from .table import MAX_BYTES
from .writing import write_csv, write_xlsx

__all__ = [
    "MAX_BYTES", "CellProblem", "ImportResult", "read_shotlist", "shotlist_table",
    "write_csv", "write_xlsx",
]
