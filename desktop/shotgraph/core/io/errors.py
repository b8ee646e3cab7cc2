"""The two kinds of failure a user can meet when reading or writing files.

Both carry one message that names the file, the place in it and what is wrong;
the command line maps them to exit statuses 2 and 3, the editor to a dialog.
"""

from __future__ import annotations

from pathlib import Path


class ShotGraphError(Exception):
    """A failure to report to the user in one line, never as a traceback."""

    exit_status = 3

    def __init__(self, file: str | Path | None, message: str, where: str | None = None) -> None:
        self.file = str(file) if file is not None else None
        self.where = where
        self.message = message
        super().__init__(str(self))

    def __str__(self) -> str:
        parts = [p for p in (self.file, self.where, self.message) if p]
        return ": ".join(parts)


class InputError(ShotGraphError):
    """Bad input: missing, unreadable, not ShotGraph's, too new, or invalid content (exit 2)."""

    exit_status = 2


class OutputError(ShotGraphError):
    """Writing failed for a reason other than the input (disk full, permission) (exit 3)."""

    exit_status = 3
