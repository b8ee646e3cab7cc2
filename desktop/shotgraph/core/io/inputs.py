"""Read whatever a user hands ShotGraph — a project, a shot list or a script — as a Project."""

from __future__ import annotations

from pathlib import Path

from shotgraph.core.model import Project

from .errors import InputError

PROJECT_SUFFIXES = (".shotgraph",)
SHOTLIST_SUFFIXES = (".csv", ".tsv", ".txt", ".xlsx")
SCRIPT_ONLY_SUFFIXES = (".fountain", ".spmd", ".docx")


def is_script(path: Path) -> bool:
    """A Fountain or Word file, or a ``.txt`` that reads as a script rather than a delimited shot list."""
    suffix = path.suffix.lower()
    if suffix in SCRIPT_ONLY_SUFFIXES:
        return True
    if suffix != ".txt":
        return False
    from .scripts import looks_like_script

    return looks_like_script(path)


def read_project_or_shotlist(path: Path, *, lenient: bool = False, sheet: str | None = None) -> Project:
    """The project a file holds: a ``.shotgraph`` file as saved, a shot list or a script as imported."""
    suffix = path.suffix.lower()
    if suffix in PROJECT_SUFFIXES:
        from .store import load_project

        return load_project(path)
    if is_script(path):
        from .scripts import read_script

        return read_script(path).project
    if suffix in SHOTLIST_SUFFIXES:
        from .shotlist import read_shotlist

        return read_shotlist(path, sheet=sheet, lenient=lenient).project
    accepted = ", ".join(PROJECT_SUFFIXES + SHOTLIST_SUFFIXES + SCRIPT_ONLY_SUFFIXES)
    raise InputError(path, f"not a file ShotGraph reads (accepted: {accepted})")
