"""Autosave files that let the editor offer the user's work back after a crash.

A saved project autosaves to a hidden file beside it (``.name.shotgraph.recovery``),
so the recovery follows the project when the folder is moved. A project never saved
autosaves into the per-user data folder, named by its project id, so two unsaved
projects open at once never overwrite each other's recovery.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from ..model import Project
from .errors import OutputError
from .store import SUFFIX, load_project, write_project

RECOVERY_SUFFIX = ".recovery"
DATA_DIR_VARIABLE = "SHOTGRAPH_DATA_DIR"


@dataclass(frozen=True)
class RecoveryFile:
    """An autosave found on disk and how it compares with the saved project."""

    path: Path
    modified: dt.datetime
    """When the autosave was written (local time)."""
    newer_than_saved: bool
    """True when it holds work the saved project lacks: it is newer, or nothing was saved."""
    project_path: Path | None = None

    def load(self) -> Project:
        """The project the autosave holds (InputError if it is damaged)."""
        return load_project(self.path)


def user_data_dir() -> Path:
    """ShotGraph's per-user data folder, ``$SHOTGRAPH_DATA_DIR`` if set, else the platform's."""
    override = os.environ.get(DATA_DIR_VARIABLE)
    if override:
        return Path(override).expanduser()
    home = Path.home()
    if sys.platform == "win32":
        return Path(os.environ.get("LOCALAPPDATA") or home / "AppData" / "Local") / "ShotGraph"
    if sys.platform == "darwin":
        return home / "Library" / "Application Support" / "ShotGraph"
    return Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share") / "shotgraph"


def unsaved_recovery_dir() -> Path:
    """Where projects that have no file yet autosave."""
    return user_data_dir() / "recovery"


def recovery_path(project_path: str | Path | None, project_id: str | None = None) -> Path:
    """The autosave file of a saved project, or of the unsaved project with ``project_id``."""
    if project_path is not None:
        project_path = Path(project_path)
        return project_path.with_name(f".{project_path.name}{RECOVERY_SUFFIX}")
    if project_id is None:
        raise ValueError("an unsaved project's recovery file is named by its project id")
    return unsaved_recovery_dir() / f"{project_id}{SUFFIX}{RECOVERY_SUFFIX}"


def write_recovery(project: Project, project_path: str | Path | None = None) -> Path:
    """Autosave ``project`` atomically; raises OutputError naming the file if it cannot.

    An autosave too large to load again is refused like a save (ProjectTooLarge).
    """
    path = recovery_path(project_path, project.id)
    if project_path is None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise OutputError(path.parent, f"cannot create the recovery folder ({error.strerror})") from error
    return write_project(project, path, backup=False).path


def find_recovery(project_path: str | Path | None = None, project_id: str | None = None) -> RecoveryFile | None:
    """The autosave of a project, if any.

    For a saved project, its file's autosave. For an unsaved one, the autosave of
    ``project_id``, or without an id the most recent unsaved autosave (offered at start-up).
    """
    if project_path is None and project_id is None:
        path = _newest(unsaved_recovery_dir().glob(f"*{SUFFIX}{RECOVERY_SUFFIX}"))
    else:
        path = recovery_path(project_path, project_id)
    if path is None or not path.is_file():
        return None
    saved = Path(project_path) if project_path is not None else None
    modified = path.stat().st_mtime
    return RecoveryFile(path, dt.datetime.fromtimestamp(modified), _is_newer(modified, saved), saved)


def _newest(paths) -> Path | None:
    dated = []
    for path in paths:
        with contextlib.suppress(OSError):
            dated.append((path.stat().st_mtime, path))
    return max(dated)[1] if dated else None


def _is_newer(modified: float, saved: Path | None) -> bool:
    try:
        return saved is None or modified > saved.stat().st_mtime
    except FileNotFoundError:
        return True


def discard_recovery(project_path: str | Path | None = None, project_id: str | None = None) -> None:
    """Delete a project's autosave once its work is safely saved or the user declined it."""
    path = recovery_path(project_path, project_id)
    try:
        path.unlink(missing_ok=True)
    except OSError as error:
        raise OutputError(path, f"cannot delete the recovery file ({error.strerror})") from error
