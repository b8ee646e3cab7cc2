"""Storyboard frames scaled once to card size, so painting never reads a file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImageReader, QPixmap

from .style import THUMB_HEIGHT, THUMB_WIDTH

_SIZE = QSize(int(THUMB_WIDTH * 2), int(THUMB_HEIGHT * 2))
"""Twice the card's size, so a zoomed-in card stays sharp."""


class ThumbnailCache:
    """Scaled frames by path; None for a shot without a readable frame (the card draws a placeholder)."""

    def __init__(self) -> None:
        self._pixmaps: dict[Path, QPixmap | None] = {}

    def get(self, path: Path | None) -> QPixmap | None:
        if path is None:
            return None
        if path not in self._pixmaps:
            self._pixmaps[path] = _read(path)
        return self._pixmaps[path]


def _read(path: Path) -> QPixmap | None:
    reader = QImageReader(str(path))
    size = reader.size()
    if size.isValid():
        reader.setScaledSize(size.scaled(_SIZE, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    return None if image.isNull() else QPixmap.fromImage(image)
