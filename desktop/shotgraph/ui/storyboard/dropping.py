"""Where a drag over the storyboard would land: between panels (dragged shots) or on one (image files)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QMimeData, QPoint, QRect
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QListView

from .model import SHOTS_MIME


@dataclass(frozen=True)
class DropTarget:
    """``row`` is the place dragged shots go before (``reorder``), or the panel that gets a dropped frame."""

    row: int
    reorder: bool

    def paint(self, painter: QPainter, view: QListView) -> None:
        """An insertion bar before the place, or a frame around the panel (the painter's pen is set)."""
        model = view.model()
        count = model.rowCount()
        if not self.reorder:
            painter.drawRect(view.visualRect(model.index(self.row, 0)).adjusted(1, 1, -2, -2))
            return
        if count == 0:
            return
        after_last = self.row >= count
        rect = view.visualRect(model.index(count - 1 if after_last else self.row, 0))
        x = rect.right() + view.spacing() if after_last else rect.left() - view.spacing()
        painter.drawLine(x, rect.top(), x, rect.bottom())


def drop_target(view: QListView, data: QMimeData, pos: QPoint) -> DropTarget | None:
    """The target for ``data`` dropped at ``pos`` on the view's viewport, None when it cannot land."""
    if data.hasFormat(SHOTS_MIME):
        return DropTarget(insertion_row(view, pos), reorder=True)
    index = view.indexAt(pos)
    if data.hasUrls() and index.isValid():
        return DropTarget(index.row(), reorder=False)
    return None


def insertion_row(view: QListView, pos: QPoint) -> int:
    """The place before which panels dropped at ``pos`` go: the nearest panel on that line,
    before it in its left half and after it in its right half; the start above the first line, the end
    below the last."""
    model = view.model()
    if model.rowCount() and pos.y() < view.visualRect(model.index(0, 0)).top():
        return 0
    best: tuple[int, QRect] | None = None
    for row in range(model.rowCount()):
        rect = view.visualRect(model.index(row, 0))
        if rect.top() - view.spacing() <= pos.y() <= rect.bottom() + view.spacing():
            distance = abs(rect.center().x() - pos.x())
            if best is None or distance < abs(best[1].center().x() - pos.x()):
                best = (row, rect)
    if best is None:
        return model.rowCount()
    row, rect = best
    return row + 1 if pos.x() > rect.center().x() else row
