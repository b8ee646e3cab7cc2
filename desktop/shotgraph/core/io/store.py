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

import json
from pathlib import Path
from typing import Any, Literal

import pydantic_core
from pydantic import StrictInt, ValidationError

from shotgraph.core.gcpause import collector_paused

from ..model import Project, find_problems
from . import migrations
from .atomic import Written, replace_file
from .errors import InputError, OutputError
from .fingerprint import Fingerprint
from .messages import summary, validation_problems

SUFFIX = ".shotgraph"
FORMAT_MARKER = "shotgraph"
MAX_PROJECT_BYTES = 200 * 1024 * 1024
"""Larger files are refused unread: a real series is a few megabytes."""

PROBLEM_LIMIT = 100
"""Integrity problems gathered for a message; beyond it the count reads ``100+``."""

_BINARY_SIGNATURES = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"PK\x03\x04", b"%PDF", b"RIFF", b"\x1f\x8b")


class _ProjectFile(Project):
    """A project file as it is written: lets a current-format file validate straight from bytes.

    Anything this refuses (older formats included) goes down the careful path instead.
    """

    schema_version: StrictInt
    format: Literal["shotgraph"]


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
    if path.is_dir():
        raise InputError(path, "is a folder, not a ShotGraph project file")
    if path.exists() and not path.is_file():
        raise InputError(path, "is not a regular file (a device or pipe), not a ShotGraph project file")
    try:
        size = path.stat().st_size
        _check_size(size, path)
        return path.read_bytes()
    except FileNotFoundError as error:
        raise InputError(path, "no such file") from error
    except OSError as error:
        raise InputError(path, f"cannot read the file ({error.strerror or error})") from error


def _check_size(size: int, file: str | Path) -> None:
    if size > MAX_PROJECT_BYTES:
        limit = MAX_PROJECT_BYTES / 1024 / 1024
        raise InputError(
            file,
            f"the file is {size / 1024 / 1024:.1f} MB, over the {limit:g} MB limit "
            "for a project; it is probably not a ShotGraph project",
        )


def loads_project(content: str | bytes, file: str | Path = "<project>") -> Project:
    """The project in ``content`` (a file's text or bytes); ``file`` names it in error messages."""
    data = content.encode("utf-8") if isinstance(content, str) else bytes(content)
    _check_size(len(data), file)
    with collector_paused():
        project = _load_current_format(data)
        if project is None:
            project = _load_checked(data, file)
    _check_integrity(project, file)
    return project


def _load_current_format(data: bytes) -> Project | None:
    """The project if ``data`` is a valid file of the current format, read the fast way; else None."""
    try:
        loaded = _ProjectFile.model_validate_json(data)
    except ValidationError:
        return None
    if loaded.schema_version != migrations.current_version():
        return None
    fields = {name: getattr(loaded, name) for name in Project.model_fields}
    return Project.model_construct(loaded.model_fields_set - {"format"}, **fields)


def _load_checked(data: bytes, file: str | Path) -> Project:
    """The slow, careful path: every check in turn, so the first failure is reported precisely."""
    document = _parse_json(_decode(data, file), file)
    if not isinstance(document, dict):
        raise InputError(file, f"not a ShotGraph project (the file holds a JSON {_json_kind(document)}, not an object)")
    if document.get("format") != FORMAT_MARKER:
        raise InputError(file, f'not a ShotGraph project (no "format": "{FORMAT_MARKER}" marker)')
    document = migrations.upgrade(document, file)
    document.pop("format", None)
    return _validate(document, file)


def _decode(data: bytes, file: str | Path) -> str:
    head = data[:8192]
    if head.startswith(_BINARY_SIGNATURES) or b"\x00" in head:
        raise InputError(file, "a binary file (an image, archive or similar), not a ShotGraph project")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line, column = _line_column(data, error.start)
        raise InputError(
            file, "not UTF-8 text; a ShotGraph project is always UTF-8", f"line {line}, column {column}"
        ) from error


def _line_column(data: bytes, offset: int) -> tuple[int, int]:
    line_start = data.rfind(b"\n", 0, offset) + 1
    return data.count(b"\n", 0, offset) + 1, offset - line_start + 1


def _parse_json(text: str, file: str | Path) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        where = f"line {error.lineno}, column {error.colno}"
        if error.pos >= len(text.rstrip()):
            raise InputError(file, f"the file ends too early ({error.msg}); it is truncated", where) from error
        raise InputError(file, f"invalid JSON ({error.msg}); the file is damaged", where) from error
    except RecursionError as error:
        raise InputError(file, "invalid JSON (nested too deeply); the file is damaged") from error


def _json_kind(value: Any) -> str:
    kinds = {list: "list", str: "string", bool: "true/false value", type(None): "null"}
    return kinds.get(type(value), "number")


def _validate(document: dict[str, Any], file: str | Path) -> Project:
    try:
        return Project.model_validate(document)
    except ValidationError as error:
        where, message = summary(validation_problems(error))
        raise InputError(file, message, where) from error


def _check_integrity(project: Project, file: str | Path) -> None:
    problems = find_problems(project, limit=PROBLEM_LIMIT + 1)
    if problems:
        where, message = summary(problems[:PROBLEM_LIMIT], more=len(problems) > PROBLEM_LIMIT)
        raise InputError(file, message, where)


