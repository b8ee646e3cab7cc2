"""Autosave every minute to a recovery file, and finding that file again after a crash.

A project saved in a folder we can write autosaves beside its file; a project never
saved, or opened read-only (the bundled demo), autosaves into the per-user data folder
by project id, and QSettings remembers which file it came from.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QTimer, Signal

from shotgraph.core.io.atomic import is_read_only as file_is_read_only
from shotgraph.core.io.errors import OutputError
from shotgraph.core.io.recovery import RecoveryFile, discard_recovery, find_recovery, write_recovery
from shotgraph.demo import demo_project_path

from ..bridge import DocumentBridge

AUTOSAVE_MS = 60_000
ORIGIN_KEY = "recovery/origin/{project_id}"


def is_read_only(path: Path) -> bool:
    """The bundled demo, a read-only file, or a file in a folder we may not write: saving it asks where."""
    if path.resolve().parent == demo_project_path().resolve().parent:
        return True
    return file_is_read_only(path.parent) or file_is_read_only(path)


def recovery_target(path: Path | None) -> Path | None:
    """The project file whose recovery sits beside it, or None for the per-user recovery folder."""
    return path if path is not None and not is_read_only(path) else None


def recovery_for(path: Path | None, project_id: str) -> RecoveryFile | None:
    """The autosave of the project ``project_id`` read from ``path`` (None: never saved), if any."""
    target = recovery_target(path)
    return find_recovery(target, None if target else project_id)


def origin_of(project_id: str) -> Path | None:
    """The read-only file an unsaved autosave came from (the demo), if it still exists."""
    value = QSettings().value(ORIGIN_KEY.format(project_id=project_id), "")
    path = Path(value) if isinstance(value, str) and value else None
    return path if path is not None and path.is_file() else None


class Autosaver(QObject):
    """Writes the open project to its recovery file once a minute while it has unsaved changes."""

    failed = Signal(str)
    """Why an autosave could not be written (shown in the status bar, never as a dialog)."""

    def __init__(self, bridge: DocumentBridge, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self._written: tuple[int, int] | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.timer.start()

    def _on_timer_timeout(self) -> None:
        self.autosave()

    def autosave(self) -> Path | None:
        """Write the recovery file if there is unsaved work not yet autosaved; its path, else None."""
        document = self.bridge.document
        if document is None or not document.is_modified:
            return None
        state = (id(document), document.revision)
        if state == self._written:
            return None
        target = recovery_target(self.bridge.path)
        try:
            written = write_recovery(document.project, target)
        except OutputError as error:
            self.failed.emit(str(error))
            return None
        self._written = state
        if target is None and self.bridge.path is not None:
            QSettings().setValue(ORIGIN_KEY.format(project_id=document.project.id), str(self.bridge.path))
        return written

    def discard(self, path: Path | None = None) -> None:
        """Delete the open project's recovery file (its work is saved, or the user let it go)."""
        document = self.bridge.document
        if document is None:
            return
        self._written = None
        project_id = document.project.id
        target = recovery_target(path if path is not None else self.bridge.path)
        try:
            discard_recovery(target, None if target else project_id)
        except OutputError as error:
            self.failed.emit(str(error))
        QSettings().remove(ORIGIN_KEY.format(project_id=project_id))
