"""Flood fill for a 1080×1920 layer without a per-pixel Python loop.

Qt marks every pixel of the seed's colour in C (``createMaskFromColor``) and spreads the 1-bit
mask to one byte per pixel (``Format_Indexed8`` keeps the bit as the byte: the fast conversion);
a regular expression finds the runs of marked pixels in each row; the fill walks from run to touching run (a
scanline fill over runs, not pixels) and paints the runs it reaches.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import deque

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPainter

Run = tuple[int, int]
"""Columns [start, end) of marked pixels in one row."""

_MARKED = re.compile(rb"\x00+")


def flood_fill(image: QImage, seed: QPoint, color: QColor) -> bool:
    """Fill the area of ``image`` connected to ``seed`` that has the seed's colour; False when nothing changes."""
    if not image.rect().contains(seed):
        return False
    plain = image.convertToFormat(QImage.Format.Format_ARGB32)
    target = plain.pixel(seed)
    if target == color.rgba():
        return False
    rows = _rows_of_runs(plain.createMaskFromColor(target, Qt.MaskMode.MaskOutColor))
    spans = _connected_runs(rows, seed)
    _paint(image, spans, color, grow=QColor.fromRgba(target).alpha() < 255)
    return True


def _rows_of_runs(mask: QImage) -> list[list[Run]]:
    """For each row, the runs of pixels that had the seed colour (bit 0 of the mask, byte 0 once spread)."""
    spread = mask.convertToFormat(QImage.Format.Format_Indexed8)
    width, stride = spread.width(), spread.bytesPerLine()
    data = bytes(spread.constBits())
    rows = []
    for y in range(spread.height()):
        offset = y * stride
        rows.append([(m.start() - offset, m.end() - offset) for m in _MARKED.finditer(data, offset, offset + width)])
    return rows


def _connected_runs(rows: list[list[Run]], seed: QPoint) -> list[tuple[int, Run]]:
    """Every run connected to the seed's run through runs that overlap in the next or previous row."""
    starts = [[a for a, _ in runs] for runs in rows]
    first = _run_at(rows[seed.y()], starts[seed.y()], seed.x())
    if first is None:
        return []
    seen = {(seed.y(), first)}
    queue = deque(seen)
    found: list[tuple[int, Run]] = []
    while queue:
        y, index = queue.popleft()
        a, b = rows[y][index]
        found.append((y, (a, b)))
        for ny in (y - 1, y + 1):
            if 0 <= ny < len(rows):
                for n in _overlapping(rows[ny], starts[ny], a, b):
                    if (ny, n) not in seen:
                        seen.add((ny, n))
                        queue.append((ny, n))
    return found


def _run_at(runs: list[Run], starts: list[int], x: int) -> int | None:
    index = bisect_left(starts, x + 1) - 1
    return index if index >= 0 and runs[index][0] <= x < runs[index][1] else None


def _overlapping(runs: list[Run], starts: list[int], a: int, b: int) -> range:
    """Indexes of the runs that share a column with [a, b)."""
    first = max(bisect_left(starts, a + 1) - 1, 0)
    if first < len(runs) and runs[first][1] <= a:
        first += 1
    return range(first, bisect_left(starts, b))


def _paint(image: QImage, spans: list[tuple[int, Run]], color: QColor, grow: bool) -> None:
    """Paint the runs; filling transparency also slips one pixel under the soft edges of the lines around."""
    painter = QPainter(image)
    for y, (a, b) in spans:
        painter.fillRect(a, y, b - a, 1, color)
    if grow:
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_DestinationOver)
        for y, (a, b) in spans:
            painter.fillRect(a - 1, y - 1, b - a + 2, 3, color)
    painter.end()
