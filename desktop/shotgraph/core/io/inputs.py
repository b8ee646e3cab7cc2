"""Read whatever a user hands ShotGraph — a project or a shot list — as a Project."""

from __future__ import annotations

from pathlib import Path

from shotgraph.core.model import Project

from .errors import InputError

PROJECT_SUFFIXES = (".shotgraph",)
SHOTLIST_SUFFIXES = (".csv", ".tsv", ".txt", ".xlsx")


def read_project_or_shotlist(path: Path, *, lenient: bool = False, sheet: str | None = None) -> Project:
    """The project a file holds: a ``.shotgraph`` file as saved, a shot list as imported."""
    suffix = path.suffix.lower()
    if suffix in PROJECT_SUFFIXES:
        from .store import load_project

        return load_project(path)
    if suffix in SHOTLIST_SUFFIXES:
        from .shotlist import read_shotlist

        return read_shotlist(path, sheet=sheet, lenient=lenient).project
    accepted = ", ".join(PROJECT_SUFFIXES + SHOTLIST_SUFFIXES)
    raise InputError(path, f"not a file ShotGraph reads (accepted: {accepted})")
