"""Storyboard frames scaled once to panel size, so painting never reads a file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication, QImageReader, QPixmap

THUMB = QSize(117, 208)
"""A 9:16 frame on a panel."""


class ThumbnailCache:
    """Scaled frames by path; a missing or unreadable frame is a null pixmap (the panel draws a grey card)."""

    def __init__(self) -> None:
        self._pixmaps: dict[Path, QPixmap] = {}

    def get(self, path: Path | None) -> QPixmap:
        if path is None:
            return QPixmap()
        if path not in self._pixmaps:
            self._pixmaps[path] = _read(path)
        return self._pixmaps[path]

    def forget(self, path: Path | None) -> None:
        """Read this frame again next time (its file may have been redrawn)."""
        if path is not None:
            self._pixmaps.pop(path, None)


def _read(path: Path) -> QPixmap:
    """The frame scaled inside THUMB at the screen's pixel density, decoded at that size
    (a big file is never decoded whole)."""
    ratio = QGuiApplication.primaryScreen().devicePixelRatio() if QGuiApplication.primaryScreen() else 1.0
    reader = QImageReader(str(path))
    size = reader.size()
    if size.isValid():
        reader.setScaledSize(size.scaled(THUMB * ratio, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        return QPixmap()
    pixmap = QPixmap.fromImage(image)
    pixmap.setDevicePixelRatio(ratio)
    return pixmap
