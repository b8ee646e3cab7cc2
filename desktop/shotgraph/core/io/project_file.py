"""A project file together with the version of it ShotGraph last read or wrote.

Whoever loads a project through ``ProjectFile`` and saves it back the same way never
overwrites a version someone else saved in between: the save is refused (ChangedOnDisk)
and the user decides. The command line and the editor both work this way.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..model import Project
from . import store
from .fingerprint import Fingerprint, fingerprint_file
from .store import load_project, write_project

_READ_ATTEMPTS = 3


@dataclass
class ProjectFile:
    """The file at ``path`` and the ``version`` of it this program has (None: nothing read yet)."""

    path: Path
    version: Fingerprint | None = None

    def load(self) -> Project:
        """The project in the file, remembering which version of the file it came from.

        The version is read before the project and checked after: a file replaced while it
        was being read is read again, so the version always names what was loaded. A file
        larger than a project may be is refused by loading before it is ever hashed.
        """
        for _ in range(_READ_ATTEMPTS):
            before = fingerprint_file(self.path, store.MAX_PROJECT_BYTES)
            project = load_project(self.path)
            after = fingerprint_file(self.path, store.MAX_PROJECT_BYTES)
            if before is not None and before == after:
                break
        self.version = before
        return project

    def save(self, project: Project, *, backup: bool = True, replace_read_only: bool = False,
             overwrite_changes: bool = False) -> Path:
        """Write ``project`` over the file unless it changed since it was read (ChangedOnDisk).

        ``overwrite_changes`` replaces it even then: the user chose to. Other refusals are
        those of ``save_project``.
        """
        expected = None if overwrite_changes else self.version
        written = write_project(project, self.path, backup=backup, expected=expected,
                                replace_read_only=replace_read_only)
        self.version = written.fingerprint
        return written.path

    def accept_current(self) -> None:
        """Take what is on disk now as the version we have: the user chose to keep their work over it."""
        self.version = fingerprint_file(self.path)
