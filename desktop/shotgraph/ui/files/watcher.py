"""Noticing when another program changes or deletes the open project's file.

The file's content is fingerprinted when we open or save it; a change notice whose
content matches that fingerprint is our own save and is ignored.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

SETTLE_MS = 250
"""Wait this long after a notice, so a program that deletes then rewrites the file has finished."""


def fingerprint(path: Path) -> str | None:
    """A digest of the file's content, None if it cannot be read."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


class DiskWatcher(QObject):
    """Watches one project file and says when someone else changed or deleted it."""

    changed_elsewhere = Signal(object)
    """The watched file (a Path) now holds content we did not write."""
    deleted = Signal(object)
    """The watched file (a Path) is gone."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self.known: str | None = None
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._on_watcher_file_changed)
        self._settle = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._settle.timeout.connect(self._on_settle_timeout)

    def watch(self, path: Path | None) -> None:
        """Follow ``path`` (None: nothing), taking its current content as ours."""
        if self._watcher.files():
            self._watcher.removePaths(self._watcher.files())
        self.path = path
        self.accept_current()

    def accept_current(self) -> None:
        """The file's content now is ours (we just saved it, or the user chose to keep ours)."""
        if self.path is None:
            self.known = None
            return
        self.known = fingerprint(self.path)
        self._follow()

    def _follow(self) -> None:
        """Watch the file again: replacing it (atomic saves) ends the watch of the old one."""
        if self.path is not None and self.path.exists() and str(self.path) not in self._watcher.files():
            self._watcher.addPath(str(self.path))

    def _on_watcher_file_changed(self, _name: str) -> None:
        self._settle.start()

    def _on_settle_timeout(self) -> None:
        path = self.path
        if path is None:
            return
        if not path.exists():
            if self.known is not None:
                self.known = None
                self.deleted.emit(path)
            return
        self._follow()
        current = fingerprint(path)
        if current is not None and current != self.known:
            self.known = current
            self.changed_elsewhere.emit(path)
