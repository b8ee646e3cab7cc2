"""The recently opened projects, newest first, kept in QSettings between sessions."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings

RECENT_KEY = "files/recent"
RECENT_LIMIT = 10


def recent_files() -> list[Path]:
    """The remembered projects, newest first (some may no longer exist)."""
    value = QSettings().value(RECENT_KEY, [])
    # QSettings gives a lone string for a one-entry list, None for none
    names = [value] if isinstance(value, str) else value if isinstance(value, list) else []
    return [Path(name) for name in names if name]


def _store(paths: list[Path]) -> None:
    QSettings().setValue(RECENT_KEY, [str(path) for path in paths[:RECENT_LIMIT]])


def _same(a: Path, b: Path) -> bool:
    return os.path.normcase(os.path.abspath(a)) == os.path.normcase(os.path.abspath(b))


def remember(path: Path) -> None:
    """Put ``path`` first in the list, keeping at most ten."""
    path = Path(os.path.abspath(path))
    _store([path, *(p for p in recent_files() if not _same(p, path))])


def forget(path: Path) -> None:
    _store([p for p in recent_files() if not _same(p, path)])


def clear() -> None:
    _store([])


def last_project() -> Path | None:
    """The most recently opened project that still exists, if any."""
    return next((path for path in recent_files() if path.is_file()), None)
