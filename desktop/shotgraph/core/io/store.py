"""Reading and writing ``.shotgraph`` project files.

A project file is UTF-8 JSON, indented by two spaces, keys in model field order,
ending in a newline, so it diffs and merges well in git. Its first keys are
``schema_version`` and the ``"format": "shotgraph"`` marker that tells it from any
other JSON. Fields left at their default are omitted to keep files small. Media
(storyboard frames, takes) live in a folder beside the file, by relative path.

Loading refuses anything it cannot fully trust with one InputError that names the
file and the first problem's JSON path; saving is atomic and keeps a backup.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pydantic_core

from shotgraph.core.gcpause import collector_paused

from ..model import Project, find_problems
from . import migrations
from .atomic import Written, replace_file
from .budgets import MAX_PROBLEMS, read_regular_file, reading
from .errors import InputError, OutputError
from .fingerprint import Fingerprint
from .messages import summary
from .project_json import parse_project_json
from .validating import ProjectProblems, validated

SUFFIX = ".shotgraph"
FORMAT_MARKER = "shotgraph"
MAX_PROJECT_BYTES = 24 * 2**20
"""Larger files are refused unread. The 6,000-shot series is a 6 MB file that opens in 55 MB;
a 30 MB one (30,000 shots) opens in 270 MB and is checked within 320 MB. 24 MB (four times the
series) keeps every file, however it is made, well inside the 1 GB any file may cost, which a
file of hundreds of megabytes never could be."""

PROBLEM_LIMIT = MAX_PROBLEMS
"""Problems gathered for a message; beyond it the count reads ``100+``."""

WHAT = "ShotGraph project"


def dumps_project(project: Project) -> str:
    """The text of a project file for ``project``, always in the current format."""
    return _dump_bytes(project).decode("utf-8")


def _dump_bytes(project: Project) -> bytes:
    with collector_paused():
        fields = project.model_dump(mode="json", exclude_defaults=True)
        fields.pop("schema_version", None)
        document = {"schema_version": migrations.current_version(), "format": FORMAT_MARKER, **fields}
        return pydantic_core.to_json(document, indent=2) + b"\n"


class ProjectTooLarge(OutputError):
    """The project's file would be larger than loading accepts, so it is never written."""


def save_project(project: Project, path: str | Path, *, backup: bool = True, expected: Fingerprint | None = None,
                 replace_read_only: bool = False) -> Path:
    """Write ``project`` to ``path`` atomically; the old file becomes ``path.bak`` if ``backup``.

    ``expected`` is the version of the file the project was read from: if the file now holds
    another, nothing is written (ChangedOnDisk). A read-only file is replaced only with
    ``replace_read_only`` (else ReadOnlyFile). Raises OutputError naming the file if writing
    fails, ProjectTooLarge if loading would refuse the file; the old file is then unchanged.
    """
    return write_project(project, path, backup=backup, expected=expected, replace_read_only=replace_read_only).path


def write_project(project: Project, path: str | Path, *, backup: bool = True, expected: Fingerprint | None = None,
                  replace_read_only: bool = False) -> Written:
    """``save_project``, also giving the version written, which the next save of the file expects."""
    data = _dump_bytes(project)
    _refuse_too_large(len(data), path)
    return replace_file(path, data, backup=backup, expected=expected, replace_read_only=replace_read_only)


def _refuse_too_large(size: int, path: str | Path) -> None:
    """Never write a file that loading would refuse: the work could not be opened again."""
    if size > MAX_PROJECT_BYTES:
        raise ProjectTooLarge(path, f"the project would be a {size / 2**20:.1f} MB file, over the "
                                    f"{MAX_PROJECT_BYTES / 2**20:g} MB limit of a project file, so nothing was "
                                    "written; split it into several projects")


def load_project(path: str | Path) -> Project:
    """The project stored at ``path``, or an InputError naming the file and what is wrong."""
    return loads_project(_read_bytes(Path(path)), path)


def _read_bytes(path: Path) -> bytes:
    """The file's bytes: never a folder, pipe or device, never more than a project may be."""
    return read_regular_file(path, WHAT, MAX_PROJECT_BYTES)


def _check_size(size: int, file: str | Path) -> None:
    if size > MAX_PROJECT_BYTES:
        raise InputError(file, f"the file is {size / 2**20:.1f} MB; a {WHAT} of up to "
                               f"{MAX_PROJECT_BYTES / 2**20:g} MB is read")


def loads_project(content: str | bytes, file: str | Path = "<project>") -> Project:
    """The project in ``content`` (a file's text or bytes); ``file`` names it in error messages."""
    data = content.encode("utf-8", "surrogatepass") if isinstance(content, str) else bytes(content)
    _check_size(len(data), file)
    with reading(file, WHAT), collector_paused():
        project = _load_checked(data, file)
        _check_integrity(project, file)
    return project


def _load_checked(data: bytes, file: str | Path) -> Project:
    """Every check in turn, so the first failure is reported precisely, each within its budget."""
    document, values = parse_project_json(data, file)
    if not isinstance(document, dict):
        raise InputError(file, f"not a ShotGraph project (the file holds a JSON {_json_kind(document)}, not an object)")
    if document.get("format") != FORMAT_MARKER:
        raise InputError(file, f'not a ShotGraph project (no "format": "{FORMAT_MARKER}" marker)')
    document = migrations.upgrade(document, file)
    document.pop("format", None)
    return _validate(document, file, values)


def _json_kind(value: Any) -> str:
    kinds = {list: "list", str: "string", bool: "true/false value", type(None): "null"}
    return kinds.get(type(value), "number")


def _validate(document: dict[str, Any], file: str | Path, values: int) -> Project:
    try:
        return validated(Project, document, PROBLEM_LIMIT, values)
    except ProjectProblems as found:
        where, message = summary(found.problems, more=not found.complete, count=found.count)
        raise InputError(file, message, where) from None


def _check_integrity(project: Project, file: str | Path) -> None:
    problems = find_problems(project, limit=PROBLEM_LIMIT + 1)
    if problems:
        where, message = summary(problems[:PROBLEM_LIMIT], more=len(problems) > PROBLEM_LIMIT)
        raise InputError(file, message, where)


